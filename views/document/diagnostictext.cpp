#include "diagnostictext.h"

#include "format.h"

#include <QCoreApplication>

namespace effekt::views {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(Diagnostic)
};

QString valueText(const DiagValue &v) {
    struct Visitor {
        QString operator()(const std::string &s) const { return QString::fromStdString(s); }
        QString operator()(double d) const { return formatNumber(d, QLocale(), 6); }
        QString operator()(std::int64_t i) const {
            return QLocale().toString(static_cast<qlonglong>(i));
        }
        QString operator()(const MoneyValue &m) const { return formatMoney(m.minor); }
        QString operator()(const PercentValue &p) const {
            return formatPercent(p.fraction, QLocale(), 2);
        }
    };
    return std::visit(Visitor{}, v);
}

QString arg(const Diagnostic &d, std::size_t i) {
    return i < d.values.size() ? valueText(d.values[i]) : QStringLiteral("?");
}

QString entityName(const Diagnostic &d, const Project *p) {
    const int id = static_cast<int>(d.id);
    if (p && d.entity == "metric")
        if (const Metric *m = p->metric(id))
            return Text::tr("metric “%1”").arg(QString::fromStdString(m->name));
    if (p && d.entity == "party")
        if (const Party *party = p->party(id))
            return Text::tr("party “%1”").arg(QString::fromStdString(party->name));
    if (d.entity == "metric")
        return Text::tr("metric %1").arg(d.id);
    if (d.entity == "party")
        return Text::tr("party %1").arg(d.id);
    if (d.entity == "investor")
        return Text::tr("investor %1").arg(d.id);
    if (d.entity == "fixedFee")
        return Text::tr("fixed fee %1").arg(d.id);
    if (d.entity == "ledger")
        return Text::tr("ledger row %1").arg(d.id + 1);
    if (d.entity == "timeline")
        return Text::tr("the timeline");
    if (d.entity == "caps")
        return Text::tr("the contract's caps");
    if (d.entity == "valuation")
        return Text::tr("value for money");
    if (d.entity == "financing")
        return Text::tr("financing");
    if (d.entity == "project" || d.entity.empty())
        return Text::tr("the project");
    if (d.entity == "file")
        return Text::tr("the file");
    //: A table of the project file, with a row number.
    return Text::tr("table %1, row %2").arg(QString::fromStdString(d.entity)).arg(d.id);
}
} // namespace

QString severityText(Severity s) {
    switch (s) {
    case Severity::Info: return Text::tr("Note");
    case Severity::Warning: return Text::tr("Warning");
    case Severity::Error: return Text::tr("Error");
    }
    return Text::tr("Error");
}

QString locationText(const Diagnostic &d, const Project *project) {
    QString s = entityName(d, project);
    if (!d.field.empty())
        s += QStringLiteral(", ") + Text::tr("field %1").arg(QString::fromStdString(d.field));
    if (d.period >= 0)
        s += QStringLiteral(", ") + (project ? periodLabel(project->timeline, d.period)
                                             : Text::tr("period %1").arg(d.period + 1));
    return s;
}

QString diagnosticText(const Diagnostic &d, const Project *project) {
    const QString where = entityName(d, project);
    switch (d.code) {
    case DiagCode::PayerSharesNotWhole:
        return Text::tr("The payer shares of %1 add up to %2, not 100 %.").arg(where, arg(d, 0));
    case DiagCode::MetricWithoutRule:
        return Text::tr("%1 has no payment rule or price, so it never pays.").arg(where);
    case DiagCode::ThresholdsOutOfOrder:
        return Text::tr("The thresholds, bands or tiers of %1 are not in increasing order.")
            .arg(where);
    case DiagCode::CapBelowOnePeriod:
        return Text::tr("The cap of %1 (%2) is below a single period's payment (%3).")
            .arg(where, arg(d, 0), arg(d, 1));
    case DiagCode::NegativeObservedValue:
        return Text::tr("%1 has a negative observed value (%2).").arg(where, arg(d, 0));
    case DiagCode::CountAboveCohort:
        return Text::tr("%1 counts %2 people, more than the cohort holds (%3).")
            .arg(where, arg(d, 0), arg(d, 1));
    case DiagCode::LagPastContractEnd:
        return Text::tr(
                   "The payment lag of %1 (%2 periods) runs past the last period allowed (%3).")
            .arg(where, arg(d, 0), arg(d, 1));
    case DiagCode::FundingGap:
        return Text::tr(
                   "The investors' commitment does not cover the delivery costs: %1 is not funded.")
            .arg(arg(d, 0));
    case DiagCode::ReturnCapBelowOne:
        return Text::
            tr("The return cap of %1 is %2: below 1, investors could not get their capital back.")
                .arg(where, arg(d, 0));
    case DiagCode::DiscountRateOutOfRange:
        return Text::tr("The discount rate %1 is outside −5 % … 20 %.").arg(arg(d, 0));
    case DiagCode::InvalidOrgNumber:
        return Text::tr(
                   "The organisation number %1 of %2 is not valid (9 digits with a check digit).")
            .arg(arg(d, 0), where);
    case DiagCode::NationalIdInLedger:
        return Text::tr("%1 holds a national identity number. The file may hold pseudonyms only.")
            .arg(where);
    case DiagCode::DateOutsideTimeline:
        return Text::tr("%1 refers to period %2, outside the contract's timeline.")
            .arg(where, arg(d, 0));
    case DiagCode::UnknownReference:
        return Text::tr("%1 refers to something that does not exist (%2).").arg(where, arg(d, 0));
    case DiagCode::PeriodsOutOfRange:
        return Text::tr("The number of periods (%1) must be between 1 and 600.").arg(arg(d, 0));
    case DiagCode::StartNotFirstOfMonth:
        return Text::tr("The contract must start on the first day of a month (%1).").arg(arg(d, 0));
    case DiagCode::MoneyOverflow:
        return Text::tr("An amount in %1 is too large to compute with.").arg(where);
    case DiagCode::PerParticipantCapWithoutLedger:
        return Text::tr("A cap per participant needs a participant ledger.");
    case DiagCode::IrrNoRoot:
        return Text::tr("%1 has no internal rate of return: the cash flow never changes sign.")
            .arg(where);
    case DiagCode::IrrAmbiguous:
        return Text::
            tr("The internal rate of return of %1 may not be unique: the cash flow changes sign "
               "more than once.")
                .arg(where);
    case DiagCode::FractionalCount:
        return Text::tr("%1 counts %2 people: people are counted whole.").arg(where, arg(d, 0));
    case DiagCode::ParticipantAboveOne:
        return Text::tr("%1 gives one participant %2 units of a metric that counts people: a "
                        "participant is one person.")
            .arg(where, arg(d, 0));
    case DiagCode::FileNotFound: return Text::tr("The file does not exist.");
    case DiagCode::FileNotEffekt: return Text::tr("This is not an Effekt Studio project file.");
    case DiagCode::FileNewerVersion:
        return Text::tr(
                   "The file was written by a newer version of Effekt Studio (file version %1, "
                   "this version reads up to %2).")
            .arg(arg(d, 0), arg(d, 1));
    case DiagCode::FileCorrupt: return Text::tr("The file is damaged: %1").arg(arg(d, 0));
    case DiagCode::FileReadOnly: return Text::tr("The file or its folder cannot be written to.");
    case DiagCode::FileWriteFailed:
        return Text::tr("The file could not be saved: %1").arg(arg(d, 0));
    case DiagCode::FileLocked: return Text::tr("The file is open elsewhere: %1").arg(arg(d, 0));
    case DiagCode::ValueOutOfRange:
        return Text::tr("%1: the value %2 is out of range.")
            .arg(locationText(d, project), arg(d, 0));
    case DiagCode::ValueWrongType:
        return Text::tr("%1: the value has the wrong type.").arg(locationText(d, project));
    case DiagCode::ValueTooLong:
        return Text::tr("%1: the text is too long (%2 characters, at most %3).")
            .arg(locationText(d, project), arg(d, 0), arg(d, 1));
    case DiagCode::MissingReference:
        return Text::tr("%1 refers to %2, which does not exist.")
            .arg(locationText(d, project), arg(d, 0));
    case DiagCode::DuplicateId:
        return Text::tr("%1: the identifier %2 is used twice.")
            .arg(locationText(d, project), arg(d, 0));
    case DiagCode::JsonSyntax:
        return Text::tr("The JSON is not valid at %1: %2")
            .arg(QString::fromStdString(d.field), arg(d, 0));
    case DiagCode::JsonSchema:
        return Text::tr("The JSON has an unexpected value at %1: %2")
            .arg(QString::fromStdString(d.field), arg(d, 0));
    case DiagCode::FileUnexpectedObject:
        return Text::tr("The file contains a %1 named “%2”, which was ignored.")
            .arg(arg(d, 0), arg(d, 1));
    case DiagCode::CsvBadRow:
        return Text::tr("Row %1 was not imported: %2").arg(d.id).arg(arg(d, 0));
    }
    return Text::tr("Unknown problem (%1).").arg(QString::fromUtf8(codeName(d.code).data()));
}

QString diagnosticsText(const Diagnostics &ds, const Project *project) {
    QStringList lines;
    for (const Diagnostic &d : ds)
        lines << severityText(d.severity) + QStringLiteral(": ") + diagnosticText(d, project);
    return lines.join(QLatin1Char('\n'));
}

} // namespace effekt::views
