#include "diagnostictext.h"

#include "format.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <utility>
#include <vector>

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

std::int64_t intArg(const Diagnostic &d, std::size_t i, std::int64_t fallback) {
    if (i < d.values.size())
        if (const auto *v = std::get_if<std::int64_t>(&d.values[i]))
            return *v;
    return fallback;
}

// A date given as ISO text ("2027-01-15"), as the locale writes dates.
QString dateArg(const Diagnostic &d, std::size_t i) {
    const QDate date = QDate::fromString(arg(d, i), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat)
                          : Text::tr("no valid date");
}

QString quoted(const std::string &name) {
    const QString n = QString::fromStdString(name).trimmed();
    //: A name shown in a message: «Rusfri etter 12 måneder».
    return n.isEmpty() ? Text::tr("(no name)") : Text::tr("“%1”").arg(n);
}

// A name, from the model's, the JSON's or the file's spelling of a field or a list ("orgNumber",
// "org_number", "fixedFees"), as the planner sees it on the page; empty when unknown.
QString fieldLabel(QString key) {
    key = key.toLower().remove(QLatin1Char('_'));
    static const std::vector<std::pair<const char *, const char *>> labels = {
        {"name", QT_TRANSLATE_NOOP("Diagnostic", "name")},
        {"description", QT_TRANSLATE_NOOP("Diagnostic", "description")},
        {"currency", QT_TRANSLATE_NOOP("Diagnostic", "currency")},
        {"periods", QT_TRANSLATE_NOOP("Diagnostic", "number of periods")},
        {"start", QT_TRANSLATE_NOOP("Diagnostic", "start date")},
        {"periodlength", QT_TRANSLATE_NOOP("Diagnostic", "period length")},
        {"orgnumber", QT_TRANSLATE_NOOP("Diagnostic", "organisation number")},
        {"role", QT_TRANSLATE_NOOP("Diagnostic", "role")},
        {"cap", QT_TRANSLATE_NOOP("Diagnostic", "cap on payments")},
        {"capmoney", QT_TRANSLATE_NOOP("Diagnostic", "cap on payments")},
        {"capunits", QT_TRANSLATE_NOOP("Diagnostic", "cap on units")},
        {"payers", QT_TRANSLATE_NOOP("Diagnostic", "payers")},
        {"partyid", QT_TRANSLATE_NOOP("Diagnostic", "party")},
        {"share", QT_TRANSLATE_NOOP("Diagnostic", "share")},
        {"rule", QT_TRANSLATE_NOOP("Diagnostic", "payment rule")},
        {"type", QT_TRANSLATE_NOOP("Diagnostic", "rule type")},
        {"price", QT_TRANSLATE_NOOP("Diagnostic", "price per unit")},
        {"perunit", QT_TRANSLATE_NOOP("Diagnostic", "price per unit")},
        {"lag", QT_TRANSLATE_NOOP("Diagnostic", "payment lag")},
        {"bands", QT_TRANSLATE_NOOP("Diagnostic", "volume bands")},
        {"volumeband", QT_TRANSLATE_NOOP("Diagnostic", "volume bands")},
        {"fromunits", QT_TRANSLATE_NOOP("Diagnostic", "from unit")},
        {"tiers", QT_TRANSLATE_NOOP("Diagnostic", "tiers")},
        {"tier", QT_TRANSLATE_NOOP("Diagnostic", "tiers")},
        {"level", QT_TRANSLATE_NOOP("Diagnostic", "threshold")},
        {"threshold", QT_TRANSLATE_NOOP("Diagnostic", "threshold")},
        {"thresholdbasis", QT_TRANSLATE_NOOP("Diagnostic", "threshold")},
        {"thresholdrelative", QT_TRANSLATE_NOOP("Diagnostic", "minimum improvement")},
        {"spreadperiods", QT_TRANSLATE_NOOP("Diagnostic", "spread over periods")},
        {"tierbasis", QT_TRANSLATE_NOOP("Diagnostic", "tier basis")},
        {"tiermode", QT_TRANSLATE_NOOP("Diagnostic", "tier mode")},
        {"tieramountbasis", QT_TRANSLATE_NOOP("Diagnostic", "tier amount basis")},
        {"amount", QT_TRANSLATE_NOOP("Diagnostic", "amount")},
        {"milestoneamount", QT_TRANSLATE_NOOP("Diagnostic", "milestone amount")},
        {"secondshare", QT_TRANSLATE_NOOP("Diagnostic", "second share")},
        {"secondshareafter", QT_TRANSLATE_NOOP("Diagnostic", "second share applies from")},
        {"secondsharewhen", QT_TRANSLATE_NOOP("Diagnostic", "second share starts")},
        {"secondsharereturn", QT_TRANSLATE_NOOP("Diagnostic", "investors' return a year")},
        {"onceperparticipant", QT_TRANSLATE_NOOP("Diagnostic", "once per participant")},
        {"cohortoutcomes", QT_TRANSLATE_NOOP("Diagnostic", "outcome data per cohort")},
        {"settlement", QT_TRANSLATE_NOOP("Diagnostic", "final settlement")},
        {"plan", QT_TRANSLATE_NOOP("Diagnostic", "plan")},
        {"actual", QT_TRANSLATE_NOOP("Diagnostic", "reported outcome")},
        {"counterfactual", QT_TRANSLATE_NOOP("Diagnostic", "counterfactual")},
        {"metricperiod", QT_TRANSLATE_NOOP("Diagnostic", "outcome data")},
        {"deliverycost", QT_TRANSLATE_NOOP("Diagnostic", "delivery cost")},
        {"cohortid", QT_TRANSLATE_NOOP("Diagnostic", "cohort")},
        {"cohort", QT_TRANSLATE_NOOP("Diagnostic", "cohort")},
        {"cohorts", QT_TRANSLATE_NOOP("Diagnostic", "cohorts")},
        {"intake", QT_TRANSLATE_NOOP("Diagnostic", "intake per period")},
        {"cohortintake", QT_TRANSLATE_NOOP("Diagnostic", "intake per period")},
        {"people", QT_TRANSLATE_NOOP("Diagnostic", "intake per period")},
        {"plannedsize", QT_TRANSLATE_NOOP("Diagnostic", "planned size")},
        {"definition", QT_TRANSLATE_NOOP("Diagnostic", "definition")},
        {"unit", QT_TRANSLATE_NOOP("Diagnostic", "unit")},
        {"direction", QT_TRANSLATE_NOOP("Diagnostic", "direction")},
        {"validation", QT_TRANSLATE_NOOP("Diagnostic", "validation method")},
        {"datasource", QT_TRANSLATE_NOOP("Diagnostic", "data source")},
        {"kind", QT_TRANSLATE_NOOP("Diagnostic", "kind")},
        {"firstperiod", QT_TRANSLATE_NOOP("Diagnostic", "from")},
        {"lastperiod", QT_TRANSLATE_NOOP("Diagnostic", "to")},
        {"commitment", QT_TRANSLATE_NOOP("Diagnostic", "commitment")},
        {"returncap", QT_TRANSLATE_NOOP("Diagnostic", "return cap")},
        {"guaranteedshare", QT_TRANSLATE_NOOP("Diagnostic", "guaranteed share")},
        {"guarantorid", QT_TRANSLATE_NOOP("Diagnostic", "guarantor")},
        {"coupon", QT_TRANSLATE_NOOP("Diagnostic", "coupon a year")},
        {"tranche", QT_TRANSLATE_NOOP("Diagnostic", "tranche")},
        {"reserveshare", QT_TRANSLATE_NOOP("Diagnostic", "reserve share")},
        {"providerincentiveshare", QT_TRANSLATE_NOOP("Diagnostic", "provider incentive share")},
        {"discountrate", QT_TRANSLATE_NOOP("Diagnostic", "discount rate")},
        {"traditionalmargin", QT_TRANSLATE_NOOP("Diagnostic", "traditional margin")},
        {"total", QT_TRANSLATE_NOOP("Diagnostic", "total cap")},
        {"perparticipant", QT_TRANSLATE_NOOP("Diagnostic", "cap per participant")},
        {"fixedfeesinsidetotal",
         QT_TRANSLATE_NOOP("Diagnostic", "fixed fees inside the total cap")},
        {"savings", QT_TRANSLATE_NOOP("Diagnostic", "public savings")},
        {"savingsline", QT_TRANSLATE_NOOP("Diagnostic", "public savings")},
        {"cashable", QT_TRANSLATE_NOOP("Diagnostic", "cashable")},
        {"holder", QT_TRANSLATE_NOOP("Diagnostic", "budget holder")},
        {"spreadyears", QT_TRANSLATE_NOOP("Diagnostic", "spread over years")},
        {"yearcap", QT_TRANSLATE_NOOP("Diagnostic", "cap per budget year")},
        {"yearcapcarry", QT_TRANSLATE_NOOP("Diagnostic", "carrying of year-cap cuts")},
        {"text", QT_TRANSLATE_NOOP("Diagnostic", "assumption")},
        {"source", QT_TRANSLATE_NOOP("Diagnostic", "source")},
        {"statedby", QT_TRANSLATE_NOOP("Diagnostic", "stated by")},
        {"participant", QT_TRANSLATE_NOOP("Diagnostic", "participant")},
        {"metricid", QT_TRANSLATE_NOOP("Diagnostic", "outcome metric")},
        {"metric", QT_TRANSLATE_NOOP("Diagnostic", "outcome metric")},
        {"metrics", QT_TRANSLATE_NOOP("Diagnostic", "outcome metrics")},
        {"period", QT_TRANSLATE_NOOP("Diagnostic", "period")},
        {"units", QT_TRANSLATE_NOOP("Diagnostic", "units")},
        {"id", QT_TRANSLATE_NOOP("Diagnostic", "internal number")},
        {"parties", QT_TRANSLATE_NOOP("Diagnostic", "parties")},
        {"party", QT_TRANSLATE_NOOP("Diagnostic", "party")},
        {"fixedfees", QT_TRANSLATE_NOOP("Diagnostic", "fixed fees")},
        {"fixedfee", QT_TRANSLATE_NOOP("Diagnostic", "fixed fees")},
        {"fixedfeepayer", QT_TRANSLATE_NOOP("Diagnostic", "payers")},
        {"rulepayer", QT_TRANSLATE_NOOP("Diagnostic", "payers")},
        {"investors", QT_TRANSLATE_NOOP("Diagnostic", "investors")},
        {"investor", QT_TRANSLATE_NOOP("Diagnostic", "investors")},
        {"assumptions", QT_TRANSLATE_NOOP("Diagnostic", "assumption log")},
        {"assumption", QT_TRANSLATE_NOOP("Diagnostic", "assumption log")},
        {"ledger", QT_TRANSLATE_NOOP("Diagnostic", "participant ledger")},
        {"targetgroup", QT_TRANSLATE_NOOP("Diagnostic", "target group")},
        {"timeline", QT_TRANSLATE_NOOP("Diagnostic", "timeline")},
        {"caps", QT_TRANSLATE_NOOP("Diagnostic", "caps on the contract")},
        {"financing", QT_TRANSLATE_NOOP("Diagnostic", "financing")},
        {"valuation", QT_TRANSLATE_NOOP("Diagnostic", "value for money")},
        {"indexation", QT_TRANSLATE_NOOP("Diagnostic", "price indexation")},
        {"rate", QT_TRANSLATE_NOOP("Diagnostic", "price increase a year")},
        {"indexationrate", QT_TRANSLATE_NOOP("Diagnostic", "price increase a year")},
        {"baseyear", QT_TRANSLATE_NOOP("Diagnostic", "base year")},
        {"indexationbaseyear", QT_TRANSLATE_NOOP("Diagnostic", "base year")},
        {"project", QT_TRANSLATE_NOOP("Diagnostic", "the contract")},
        {"format", QT_TRANSLATE_NOOP("Diagnostic", "file format")},
        {"version", QT_TRANSLATE_NOOP("Diagnostic", "file version")},
        {"rows", QT_TRANSLATE_NOOP("Diagnostic", "number of rows")},
        {"requiredshare", QT_TRANSLATE_NOOP("Diagnostic", "required share of plan")},
        {"payeeid", QT_TRANSLATE_NOOP("Diagnostic", "paid to")},
        {"payment", QT_TRANSLATE_NOOP("Diagnostic", "termination payment")},
        {"payments", QT_TRANSLATE_NOOP("Diagnostic", "payments due")},
        {"reviews", QT_TRANSLATE_NOOP("Diagnostic", "review points")},
        {"review", QT_TRANSLATE_NOOP("Diagnostic", "review points")},
        {"termination", QT_TRANSLATE_NOOP("Diagnostic", "early termination")},
        {"scenarios", QT_TRANSLATE_NOOP("Diagnostic", "scenarios")},
        {"scenario", QT_TRANSLATE_NOOP("Diagnostic", "scenarios")},
        {"scenariometric", QT_TRANSLATE_NOOP("Diagnostic", "scenario overrides per metric")},
        {"factor", QT_TRANSLATE_NOOP("Diagnostic", "achievement factor")},
        {"delay", QT_TRANSLATE_NOOP("Diagnostic", "delay in periods")},
        {"intakefactor", QT_TRANSLATE_NOOP("Diagnostic", "intake factor")},
        {"costfactor", QT_TRANSLATE_NOOP("Diagnostic", "cost factor")},
        {"savingsfactor", QT_TRANSLATE_NOOP("Diagnostic", "savings factor")},
        {"simulation", QT_TRANSLATE_NOOP("Diagnostic", "Monte Carlo simulation")},
        {"correlation", QT_TRANSLATE_NOOP("Diagnostic", "correlation (ρ)")},
        {"trials", QT_TRANSLATE_NOOP("Diagnostic", "number of trials")},
        {"seed", QT_TRANSLATE_NOOP("Diagnostic", "seed")},
        {"distributions", QT_TRANSLATE_NOOP("Diagnostic", "distributions of the factors")},
        {"factordistribution", QT_TRANSLATE_NOOP("Diagnostic", "distributions of the factors")},
        {"min", QT_TRANSLATE_NOOP("Diagnostic", "lowest factor")},
        {"mode", QT_TRANSLATE_NOOP("Diagnostic", "most likely factor")},
        {"max", QT_TRANSLATE_NOOP("Diagnostic", "highest factor")},
        {"delayprobabilities", QT_TRANSLATE_NOOP("Diagnostic", "delay probabilities")},
        {"delayprobability", QT_TRANSLATE_NOOP("Diagnostic", "delay probabilities")},
        {"probability", QT_TRANSLATE_NOOP("Diagnostic", "probability")},
        {"reviewpoint", QT_TRANSLATE_NOOP("Diagnostic", "review points")},
        {"test", QT_TRANSLATE_NOOP("Diagnostic", "test")},
    };
    for (const auto &[k, label] : labels)
        if (key == QLatin1String(k))
            return Text::tr(label);
    return {};
}

// "payers[1].partyId" (file), "/metrics/0/rule/price" (JSON), "price" (model): the labels of
// the known parts, list positions as row numbers; parts without a label are left out.
QString fieldText(const std::string &field) {
    QStringList parts;
    static const QRegularExpression split(QStringLiteral("[./]"));
    static const QRegularExpression indexed(QStringLiteral("^([A-Za-z_]*)\\[(\\d+)\\]$"));
    for (const QString &seg : QString::fromStdString(field).split(split, Qt::SkipEmptyParts)) {
        bool number = false;
        const int n = seg.toInt(&number);
        if (number) {
            if (!parts.isEmpty())
                parts.last() = Text::tr("%1, row %2").arg(parts.last()).arg(n + 1);
            continue;
        }
        const QRegularExpressionMatch m = indexed.match(seg);
        if (m.hasMatch()) {
            const QString label = fieldLabel(m.captured(1));
            if (!label.isEmpty())
                parts << Text::tr("%1, row %2").arg(label).arg(m.captured(2).toInt() + 1);
            continue;
        }
        const QString label = fieldLabel(seg);
        if (!label.isEmpty() && (parts.isEmpty() || parts.last() != label))
            parts << label;
    }
    return parts.join(QStringLiteral(", "));
}

QString capitalised(QString s) {
    for (int i = 0; i < s.size(); ++i)
        if (s.at(i).isLetter()) {
            s[i] = s.at(i).toUpper();
            break;
        }
    return s;
}

// The place in a project file's table (the file loader's diagnostics carry the table's name).
QString tableName(const std::string &table) {
    const QString label = fieldLabel(QString::fromStdString(table));
    return label;
}

QString entityName(const Diagnostic &d, const Project *p) {
    const int id = static_cast<int>(d.id);
    const std::string &e = d.entity;
    if (e == "metric" || e == "rule") {
        if (p)
            if (const Metric *m = p->metric(id))
                return Text::tr("outcome metric %1").arg(quoted(m->name));
        return Text::tr("outcome metric %1").arg(d.id);
    }
    if (e == "party") {
        if (p)
            if (const Party *party = p->party(id))
                return Text::tr("party %1").arg(quoted(party->name));
        return Text::tr("party %1").arg(d.id);
    }
    if (e == "investor") {
        if (p)
            for (const Investor &inv : p->investors)
                if (inv.id == id) {
                    const Party *party = p->party(inv.partyId);
                    return Text::tr("investor %1").arg(quoted(party ? party->name : std::string()));
                }
        return Text::tr("investor %1").arg(d.id);
    }
    if (e == "fixedFee") {
        if (p)
            for (const FixedFee &f : p->fixedFees)
                if (f.id == id)
                    return Text::tr("fixed fee %1").arg(quoted(f.name));
        return Text::tr("fixed fee %1").arg(d.id);
    }
    if (e == "cohort") {
        if (p)
            for (const Cohort &c : p->targetGroup.cohorts)
                if (c.id == id)
                    return Text::tr("cohort %1").arg(quoted(c.name));
        return Text::tr("cohort %1").arg(d.id);
    }
    if (e == "review") {
        if (p)
            for (const ReviewPoint &r : p->termination.reviews)
                if (r.id == id) {
                    const QString when = r.period >= 0 && r.period < p->timeline.periods
                                             ? periodLabel(p->timeline, r.period)
                                             : Text::tr("period %1").arg(r.period + 1);
                    const Metric *m = r.metricId ? p->metric(*r.metricId) : nullptr;
                    if (r.test == ReviewTest::MetricUnits && m)
                        //: "the review point in 2. kv. 2027 of “In work for 13 weeks”"
                        return Text::tr("the review point in %1 of %2").arg(when, quoted(m->name));
                    if (r.test == ReviewTest::OutcomePayments)
                        return Text::tr("the review point in %1 of the outcome payments").arg(when);
                    return Text::tr("the review point in %1").arg(when);
                }
        return Text::tr("review point %1").arg(d.id);
    }
    if (e == "scenario") {
        if (p)
            for (const Scenario &s : p->scenarios)
                if (s.id == id)
                    return Text::tr("scenario %1").arg(quoted(s.name));
        return Text::tr("scenario %1").arg(d.id);
    }
    if (e == "distribution") {
        if (p)
            if (const Metric *m = p->metric(id))
                //: The Monte Carlo distribution of a metric's achievement factor.
                return Text::tr("the distribution of outcome metric %1").arg(quoted(m->name));
        return Text::tr("the distribution of outcome metric %1").arg(d.id);
    }
    if (e == "simulation")
        return Text::tr("the Monte Carlo simulation");
    if (e == "termination")
        return Text::tr("early termination");
    if (e == "assumption")
        return Text::tr("assumption %1").arg(d.id + 1);
    if (e == "ledger")
        return d.id >= 0 ? Text::tr("participant ledger, row %1").arg(d.id + 1)
                         : Text::tr("the participant ledger");
    if (e == "timeline")
        return Text::tr("the timeline");
    if (e == "targetGroup")
        return Text::tr("the target group");
    if (e == "caps")
        return Text::tr("the contract's caps");
    if (e == "valuation")
        return Text::tr("value for money");
    if (e == "indexation")
        return Text::tr("price indexation");
    if (e == "financing")
        return Text::tr("financing");
    if (e == "project" || e.empty())
        return p && !p->name.empty() ? Text::tr("the contract %1").arg(quoted(p->name))
                                     : Text::tr("the contract");
    if (e == "file" || e == "json")
        return Text::tr("the file");
    if (e == "csv")
        return Text::tr("row %1 of the imported file").arg(d.id);
    const QString table = tableName(e);
    if (table.isEmpty())
        return Text::tr("row %1 in the file").arg(d.id);
    //: A table of the project file, with a row number: "Fixed fees, row 3 in the file".
    return Text::tr("%1, row %2 in the file").arg(table).arg(d.id);
}

QString periodText(const Diagnostic &d, const Project *project) {
    return project ? periodLabel(project->timeline, d.period)
                   : Text::tr("period %1").arg(d.period + 1);
}

// A period given as a value (0-based), named as the planner sees it.
QString periodValue(const Diagnostic &d, std::size_t i, const Project *project) {
    const std::int64_t t = intArg(d, i, -1);
    if (project && t >= 0 && t < project->timeline.periods)
        return periodLabel(project->timeline, static_cast<int>(t));
    return Text::tr("period %1").arg(t + 1);
}

QString unexpectedObject(const Diagnostic &d) {
    const QString type = arg(d, 0);
    if (type == QLatin1String("trigger"))
        return Text::tr("a trigger");
    if (type == QLatin1String("view"))
        return Text::tr("a view");
    if (type == QLatin1String("index"))
        return Text::tr("an index");
    if (type == QLatin1String("table"))
        return Text::tr("a list of data");
    if (type == QLatin1String("virtual table"))
        return Text::tr("a virtual list of data");
    return Text::tr("a database object");
}

// A database object of the file by the name a planner knows it by ("parties" for the table party),
// or its own name when it has none.
QString objectName(const Diagnostic &d) {
    const std::string name = d.values.size() > 1 ? describeValue(d.values[1]) : std::string();
    const QString label = tableName(name);
    return label.isEmpty() ? QString::fromStdString(name) : label;
}

// The list a TooManyEntries counts: the last part of its JSON path or field, or the file's table.
QString listName(const Diagnostic &d) {
    std::string key = d.field.empty() || d.field == "periods" ? d.entity : d.field;
    if (const auto slash = key.rfind('/'); slash != std::string::npos)
        key = key.substr(slash + 1);
    QString k = QString::fromStdString(key).toLower().remove(QLatin1Char('_'));
    if (k.endsWith(QLatin1Char('s')) && k != QLatin1String("savings") && k != QLatin1String("rows"))
        k.chop(1);
    if (k == QLatin1String("party"))
        return Text::tr("parties");
    if (k == QLatin1String("metric"))
        return Text::tr("outcome metrics");
    if (k == QLatin1String("cohort"))
        return Text::tr("cohorts");
    if (k == QLatin1String("fixedfee"))
        return Text::tr("fixed fees");
    if (k == QLatin1String("investor"))
        return Text::tr("investors");
    if (k == QLatin1String("assumption"))
        return Text::tr("assumptions");
    if (k == QLatin1String("ledger") || k == QLatin1String("rows"))
        return Text::tr("participant ledger rows");
    if (k == QLatin1String("band") || k == QLatin1String("volumeband"))
        return Text::tr("volume bands");
    if (k == QLatin1String("tier"))
        return Text::tr("tiers");
    if (k == QLatin1String("payer") || k == QLatin1String("rulepayer") ||
        k == QLatin1String("fixedfeepayer"))
        return Text::tr("payers");
    if (k == QLatin1String("savings") || k == QLatin1String("savingsline"))
        return Text::tr("savings lines");
    return Text::tr("entries");
}

QString tooMany(const Diagnostic &d) {
    const QLocale locale;
    const QString count = locale.toString(static_cast<qlonglong>(intArg(d, 0, 0)));
    const QString limit = locale.toString(static_cast<qlonglong>(intArg(d, 1, 0)));
    if (d.field == "bytes")
        return Text::tr("The file is too large to open: %1 bytes (at most %2).").arg(count, limit);
    if (d.entity == "csv" && d.field == "line")
        return Text::tr("Line %1 of the imported file is longer than %2 characters; nothing was "
                        "imported.")
            .arg(d.id)
            .arg(limit);
    if (d.values.size() > 2 || d.field == "periods")
        return Text::tr("The file holds more outcome metrics and cohorts than fit its number of "
                        "periods: %1 (at most %2).")
            .arg(count, limit);
    return Text::tr("The file holds too many %1: %2 (at most %3).").arg(listName(d), count, limit);
}

QString csvReason(const Diagnostic &d) {
    const QString why = arg(d, 0);
    const QString column = fieldText(d.field);
    if (why == QLatin1String("missing-header"))
        return Text::tr("the heading row has no column for %1").arg(column);
    if (why == QLatin1String("column-count"))
        return Text::tr("it has %1 fields, not as many as the heading row").arg(arg(d, 1));
    if (why == QLatin1String("empty-participant"))
        return Text::tr("the participant is empty");
    if (why == QLatin1String("participant-too-long"))
        return Text::tr("the participant is longer than 64 characters");
    if (why == QLatin1String("unknown-metric"))
        return Text::tr("there is no outcome metric named “%1”").arg(arg(d, 1));
    if (why == QLatin1String("bad-period"))
        return Text::tr("“%1” is not a period").arg(arg(d, 1));
    if (why == QLatin1String("period-outside"))
        return Text::tr("the period “%1” lies outside the timeline").arg(arg(d, 1));
    if (why == QLatin1String("bad-units"))
        return Text::tr("“%1” is not a number").arg(arg(d, 1));
    if (why == QLatin1String("negative-units"))
        return Text::tr("the number of units “%1” is negative").arg(arg(d, 1));
    if (why == QLatin1String("unterminated-quote"))
        return Text::tr("a quotation mark is not closed");
    return column.isEmpty() ? Text::tr("a value cannot be read")
                            : Text::tr("the value in column %1 cannot be read").arg(column);
}

// A part of the contract there is one of ("the contract's caps"): its field says it all
// ("total cap"), where "the contract's caps, total cap" would say it twice.
bool singleton(const Diagnostic &d) {
    return d.entity == "caps" || d.entity == "financing" || d.entity == "valuation" ||
           d.entity == "indexation" || d.entity == "timeline" || d.entity == "targetGroup" ||
           d.entity == "termination";
}

QString text(const Diagnostic &d, const Project *project);
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
    const QString field = fieldText(d.field);
    QString s = field.isEmpty() || !singleton(d) ? entityName(d, project) : field;
    if (!field.isEmpty() && !singleton(d))
        s += QStringLiteral(", ") + field;
    if (d.period >= 0)
        s += QStringLiteral(", ") + periodText(d, project);
    return capitalised(s);
}

QString diagnosticText(const Diagnostic &d, const Project *project) {
    return capitalised(text(d, project));
}

namespace {
QString text(const Diagnostic &d, const Project *project) {
    const QString where = entityName(d, project);
    const QString field = fieldText(d.field);
    // "outcome metric “X”, payers" — the entity and the field the problem is in.
    const QString place = field.isEmpty() ? where
                          : singleton(d)  ? field
                                          : Text::tr("%1, %2").arg(where, field);
    switch (d.code) {
    case DiagCode::PayerSharesNotWhole:
        return Text::tr("%1: the payers' shares add up to %2, not 100 %.").arg(place, arg(d, 0));
    case DiagCode::MetricWithoutRule:
        return Text::tr("%1 has no payment rule or price, so it never pays.").arg(where);
    case DiagCode::ThresholdsOutOfOrder:
        return Text::tr("%1: the thresholds, bands or tiers are not in increasing order.")
            .arg(place);
    case DiagCode::CapBelowOnePeriod:
        return Text::tr("%1: the cap (%2) is below a single period's payment (%3).")
            .arg(place, arg(d, 0), arg(d, 1));
    case DiagCode::NegativeObservedValue:
        return Text::tr("%1 has a negative observed value (%2) in %3.")
            .arg(place, arg(d, 0), periodText(d, project));
    case DiagCode::CountAboveCohort:
        return Text::tr("%1 counts %2 people in %3, more than the cohort holds (%4).")
            .arg(place, arg(d, 0), periodText(d, project), arg(d, 1));
    case DiagCode::LagPastContractEnd:
        return Text::tr("%1: the payment lag (%2 periods) runs past the last period allowed (%3).")
            .arg(where, arg(d, 0), arg(d, 1));
    case DiagCode::FundingGap:
        return Text::tr(
                   "The investors' commitment does not cover the delivery costs: %1 is not funded.")
            .arg(arg(d, 0));
    case DiagCode::ReturnCapBelowOne:
        return Text::tr(
                   "%1: the return cap is %2; below 1, investors could not get their capital back.")
            .arg(where, arg(d, 0));
    case DiagCode::DiscountRateOutOfRange:
        return Text::tr("The discount rate %1 is outside −5 % … 20 %.").arg(arg(d, 0));
    case DiagCode::InvalidOrgNumber:
        return Text::tr(
                   "%1: the organisation number %2 is not valid (9 digits with a check digit).")
            .arg(where, arg(d, 0));
    case DiagCode::NationalIdInLedger:
        return Text::tr("%1 holds a national identity number. The file may hold pseudonyms only.")
            .arg(where);
    case DiagCode::DateOutsideTimeline:
        return Text::tr("%1: %2 lies outside the contract's timeline.")
            .arg(place, periodValue(d, 0, project));
    case DiagCode::UnknownReference:
        if (intArg(d, 0, 0) < 0 && d.field == "payers")
            return Text::tr("%1 has no one to pay it: add a commissioner or another payer among "
                            "the parties.")
                .arg(where);
        if (d.field == "payers" && project)
            if (const Party *party = project->party(static_cast<int>(intArg(d, 0, -1)));
                party && !party->isPayer()) {
                return Text::tr("%1: %2 is among the payers, but its role no longer pays. "
                                "Choose another payer, or give the party a paying role on the "
                                "Parties page.")
                    .arg(place, quoted(party->name));
            }
        return Text::tr("%1 refers to something that no longer exists.").arg(place);
    case DiagCode::PeriodsOutOfRange:
        return Text::tr("The number of periods (%1) must be between 1 and 600.").arg(arg(d, 0));
    case DiagCode::StartNotFirstOfMonth:
        return Text::tr("The contract must start on the first day of a month (%1).")
            .arg(dateArg(d, 0));
    case DiagCode::MoneyOverflow:
        if (d.period >= 0)
            //: %1 where (a metric's price, a fixed fee, the payments due), %2 the period
            return Text::tr("%1, %2: an amount is too large to compute with.")
                .arg(place, periodText(d, project));
        return Text::tr("%1: an amount is too large to compute with.").arg(place);
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
    case DiagCode::PeriodRangeReversed:
        return Text::tr("%1: “To” (%3) lies before “From” (%2).")
            .arg(where, periodValue(d, 0, project), periodValue(d, 1, project));
    case DiagCode::EmptyName:
        if (d.entity == "project")
            return Text::tr("The contract has no name.");
        return Text::tr("%1 has no name.").arg(where);
    case DiagCode::FractionalCount:
        return Text::tr("%1 counts %2 people: people are counted whole.").arg(where, arg(d, 0));
    case DiagCode::ParticipantAboveOne:
        return Text::tr("%1 gives one participant %2 units of a metric that counts people: a "
                        "participant is one person.")
            .arg(where, arg(d, 0));
    case DiagCode::ReviewWithoutMetric:
        return Text::tr("%1 tests an outcome metric's improvement but names no metric, so it is "
                        "not taken.")
            .arg(where);
    case DiagCode::TerminationPaymentWithoutPayee:
        return Text::tr("A termination payment of %1 is set, but no party is named to receive "
                        "it, so it is not paid.")
            .arg(arg(d, 0));
    case DiagCode::ContractTerminated:
        if (arg(d, 0) == QLatin1String("outcome-payments"))
            return Text::tr("%1 is not met: the outcome payments earned came to %2, below the %3 "
                            "required (%4 of plan). The contract terminates: nothing is "
                            "delivered or earned after %5.")
                .arg(where, arg(d, 1), arg(d, 2), arg(d, 3), periodText(d, project));
        return Text::tr("%1 is not met: the improvement came to %2 units, below the %3 required "
                        "(%4 of plan). The contract terminates: nothing is delivered or earned "
                        "after %5.")
            .arg(where, arg(d, 1), arg(d, 2), arg(d, 3), periodText(d, project));
    case DiagCode::EffectBelowDetectable:
        return Text::tr("%1: the planned effect (%2) is smaller than the smallest effect the "
                        "evaluation can detect with %4 people in each group (%3): a real effect "
                        "may go unmeasured and unpaid.")
            .arg(where, arg(d, 0), arg(d, 1), arg(d, 2));
    case DiagCode::RelativeThresholdWithoutCounterfactual:
        return Text::tr("%1: the threshold on the relative improvement needs a counterfactual; "
                        "with none in any period the rule never pays.")
            .arg(where);
    case DiagCode::YearCapNotPayer:
        return Text::tr("%1: the cap per budget year (%2) has no effect, as this party pays "
                        "nothing.")
            .arg(where, arg(d, 0));
    case DiagCode::IndexationOutOfRange:
        if (d.field == "baseYear")
            return Text::tr("The base year of price indexation (%1) must lie between %2 and %3.")
                .arg(QString::number(intArg(d, 0, 0)), QString::number(intArg(d, 1, 0)),
                     QString::number(intArg(d, 2, 0)));
        return Text::tr("The price increase a year (%1) must lie between %2 and %3.")
            .arg(arg(d, 0), arg(d, 1), arg(d, 2));
    case DiagCode::IndexationBaseYearAfterEnd:
        return Text::tr("The base year of price indexation (%1) comes after the contract's last "
                        "year (%2), so no price ever rises.")
            .arg(QString::number(intArg(d, 0, 0)), QString::number(intArg(d, 1, 0)));
    case DiagCode::SecondShareWithoutInvestors:
        return Text::tr("%1: the second share starts once the investors are repaid, but the "
                        "contract has no investors, so the second share never applies.")
            .arg(where);
    case DiagCode::CohortTestNotPerUnit:
        return Text::tr("%1: the metric has outcome data per cohort, but its payment rule is not "
                        "per unit, so the cohorts' thresholds and the final settlement do not "
                        "apply; the rule pays on all cohorts together.")
            .arg(where);
    case DiagCode::DuplicateCohortOutcome:
        return Text::tr("%1: a cohort's outcome data are given twice.").arg(where);
    case DiagCode::SettlementWithoutCohorts:
        return Text::tr("%1: the rule has a final settlement, but the metric has no outcome data "
                        "per cohort, so the settlement is never taken.")
            .arg(where);
    case DiagCode::SettlementPeriodOutside:
        return Text::tr("%1: the final settlement's period (%2) lies outside the contract, which "
                        "ends with period %3.")
            .arg(where, QString::number(intArg(d, 0, 0)), QString::number(intArg(d, 1, 0)));
    case DiagCode::FileNotFound: return Text::tr("The file does not exist.");
    case DiagCode::FileNotEffekt: return Text::tr("This is not an Effekt Studio project file.");
    case DiagCode::FileNewerVersion:
        return Text::tr(
                   "The file was written by a newer version of Effekt Studio (file version %1, "
                   "this version reads up to %2).")
            .arg(arg(d, 0), arg(d, 1));
    case DiagCode::FileCorrupt: return Text::tr("The file is damaged and cannot be read.");
    case DiagCode::FileReadOnly:
        return Text::tr("The file is marked read only, so Effekt Studio does not replace it. Save "
                        "under another name, or make the file writable first.");
    case DiagCode::FileNotRegular: {
        const std::string kind =
            d.values.empty() || !std::holds_alternative<std::string>(d.values[0])
                ? std::string()
                : std::get<std::string>(d.values[0]);
        const QString what = kind == "directory" ? Text::tr("a folder")
                             : kind == "fifo"    ? Text::tr("a named pipe")
                             : kind == "device"  ? Text::tr("a device")
                             : kind == "socket"  ? Text::tr("a socket")
                                                 : Text::tr("not an ordinary file");
        return Text::tr("The name you saved to is %1. Effekt Studio saves only to ordinary files: "
                        "choose another name.")
            .arg(what);
    }
    case DiagCode::FileWriteFailed:
        return Text::tr("The file could not be saved. Check that the disk has room and that the "
                        "folder can be written to.");
    case DiagCode::FileLocked: return Text::tr("The file is open elsewhere (%1).").arg(arg(d, 0));
    case DiagCode::ValueOutOfRange:
        if (intArg(d, 1, -1) >= 0 && intArg(d, 2, -1) >= 0)
            return Text::tr("%1 has %2 values, not one for each of the %3 periods.")
                .arg(place, arg(d, 1), arg(d, 2));
        if (d.values.empty() || std::holds_alternative<std::string>(d.values[0]))
            return Text::tr("%1: a value is out of range.").arg(place);
        return Text::tr("%1: the value %2 is out of range.").arg(place, arg(d, 0));
    case DiagCode::ValueWrongType:
        return Text::tr("%1: the value is not of the kind expected.").arg(place);
    case DiagCode::ValueTooLong:
        return Text::tr("%1: the text is too long (%2 characters, at most %3).")
            .arg(place, arg(d, 0), arg(d, 1));
    case DiagCode::MissingReference:
        return Text::tr("%1 refers to something that does not exist.").arg(place);
    case DiagCode::DuplicateId:
        return Text::tr("%1 is stored twice under the same number (%2).")
            .arg(where, QLocale().toString(static_cast<qlonglong>(intArg(d, 0, 0))));
    case DiagCode::JsonSyntax:
        return field.isEmpty() ? Text::tr("The file is not valid JSON.")
                               : Text::tr("The file is not valid JSON (at %1).").arg(field);
    case DiagCode::JsonSchema:
        return field.isEmpty() ? Text::tr("The file holds something unexpected.")
                               : Text::tr("The file holds something unexpected at %1.").arg(field);
    case DiagCode::FileUnexpectedObject:
        return Text::tr("The file contains %1 named “%2”, which Effekt Studio never writes. A "
                        "file from another program can run code when it is read, so it was not "
                        "opened.")
            .arg(unexpectedObject(d), objectName(d));
    case DiagCode::FileSchemaDiffers:
        return Text::tr("In the file, %1 named “%2” is not built the way Effekt Studio builds it. "
                        "A file changed by another program can run code when it is read, so it "
                        "was not opened.")
            .arg(unexpectedObject(d), objectName(d));
    case DiagCode::FileLoadBudget:
        return Text::tr("Reading the file took far more work than a file of its size needs, so "
                        "it was stopped and the file was not opened.");
    case DiagCode::FileSidecar:
        return Text::tr("The file “%1” lies beside the document and was not read. If another "
                        "program left changes in it, they are not shown; what you see is what "
                        "the document itself holds.")
            .arg(arg(d, 0));
    case DiagCode::TooManyEntries: return tooMany(d);
    case DiagCode::MoreDiagnostics:
        return Text::tr("Not shown: %n more problem(s).", "", static_cast<int>(intArg(d, 0, 0)));
    case DiagCode::ProbabilitiesNotWhole:
        return Text::tr("%1: the delay probabilities add up to %2, not 100 %.")
            .arg(place, arg(d, 0));
    case DiagCode::CsvBadRow:
        return Text::tr("Row %1 was not imported: %2.").arg(d.id).arg(csvReason(d));
    }
    return Text::tr("Unknown problem (number %1).").arg(static_cast<int>(d.code));
}
} // namespace

QString diagnosticsText(const Diagnostics &ds, const Project *project) {
    QStringList lines;
    for (const Diagnostic &d : ds)
        lines << severityText(d.severity) + QStringLiteral(": ") + diagnosticText(d, project);
    return lines.join(QLatin1Char('\n'));
}

} // namespace effekt::views
