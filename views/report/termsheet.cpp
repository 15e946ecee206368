#include "termsheet.h"

#include "chartobject.h"
#include "cohortsums.h"
#include "designwidgets.h"
#include "diagnostictext.h"
#include "document.h"
#include "format.h"
#include "payoutcurve.h"
#include "resultschart.h"
#include "resultsdata.h"
#include "riskdata.h"
#include "riskkpis.h"
#include "risksharing.h"
#include "scenario.h"
#include "tornado.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <map>

namespace effekt::views {

namespace report {

QTextCharFormat ChartObjects::add(QSizeF size, Painter painter) {
    QTextCharFormat format;
    format.setObjectType(kType);
    format.setProperty(kIndex, static_cast<int>(sizes_.size()));
    sizes_.push_back(size);
    painters_.push_back(std::move(painter));
    return format;
}

QSizeF ChartObjects::intrinsicSize(QTextDocument *, int, const QTextFormat &format) {
    const int i = format.intProperty(kIndex);
    return i >= 0 && i < static_cast<int>(sizes_.size()) ? sizes_[static_cast<std::size_t>(i)]
                                                         : QSizeF();
}

void ChartObjects::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                              const QTextFormat &format) {
    const int i = format.intProperty(kIndex);
    if (i < 0 || i >= static_cast<int>(painters_.size()))
        return;
    // A chart is never split between pages (its line moves to the next page whole), and the
    // scene it is drawn from sets its own clip: one not wholly on this page is drawn on the next.
    if (painter->hasClipping() &&
        !painter->clipBoundingRect().adjusted(-2, -2, 2, 2).contains(rect))
        return;
    painter->save();
    painters_[static_cast<std::size_t>(i)](painter, rect);
    painter->restore();
}

} // namespace report

namespace {

using report::ChartObjects;

// The layout's unit: a pixel at 96 per inch, whatever the screen, so that the printer, the PDF and
// the headless command lay the pages out alike.
constexpr double kLayoutDpi = 96.0;
constexpr double kMm = kLayoutDpi / 25.4;
constexpr double kHeaderHeight = 10 * kMm;
constexpr double kFooterHeight = 10 * kMm;

QString esc(const std::string &s) {
    return QString::fromStdString(s).toHtmlEscaped();
}
QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

QString choiceName(const Choices &choices, int value) {
    for (const auto &[name, v] : choices)
        if (v == value)
            return name;
    return {};
}

// Draws a chart view's scene into `rect` as vectors.
void renderChart(QChartView *view, QPainter *painter, const QRectF &rect) {
    // Laid out a third larger than the space on the page and drawn scaled down: smaller text,
    // so that period labels and legends fit an A4 column.
    const QSize size = (rect.size() * 1.35).toSize();
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumSize(1, 1);
    view->resize(size);
    QChart *chart = view->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->resize(size);
    chart->setMinimumSize(size);
    chart->setMaximumSize(size);
    view->setSceneRect(QRectF(QPointF(0, 0), size));
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    painter->setRenderHint(QPainter::Antialiasing);
    view->scene()->render(painter, rect, QRectF(QPointF(0, 0), size));
}

// The pieces of the document as it is written: headings, HTML and charts.
class Writer {
public:
    Writer(QTextDocument *doc, ChartObjects *charts)
        : cursor_(doc)
        , charts_(charts) {}

    void heading(const QString &title) {
        titles_ << title;
        html(QStringLiteral("<h2 style=\"font-size:14pt; color:#1f4e79; margin-top:18px; "
                            "margin-bottom:6px\">%1</h2>")
                 .arg(esc(title)));
    }
    void subheading(const QString &title) {
        html(QStringLiteral("<h3 style=\"font-size:11pt; color:#1f4e79; margin-top:12px; "
                            "margin-bottom:4px\">%1</h3>")
                 .arg(esc(title)));
    }
    void paragraph(const QString &text) {
        html(
            QStringLiteral("<p style=\"margin-top:2px; margin-bottom:4px\">%1</p>").arg(esc(text)));
    }
    void html(const QString &h) {
        cursor_.insertBlock(QTextBlockFormat(), QTextCharFormat());
        cursor_.insertHtml(h);
    }
    void chart(double height, ChartObjects::Painter painter) {
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        block.setTopMargin(6);
        block.setBottomMargin(6);
        cursor_.insertBlock(block, QTextCharFormat());
        const double width =
            cursor_.document()->pageSize().width() - 2 * cursor_.document()->documentMargin() - 4;
        cursor_.insertText(QString(QChar::ObjectReplacementCharacter),
                           charts_->add(QSizeF(width, height), std::move(painter)));
    }
    // The next block starts a page (this one stays empty, at the top of it).
    void pageBreak() {
        QTextBlockFormat block;
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor_.insertBlock(block, QTextCharFormat());
    }
    const QStringList &titles() const { return titles_; }

private:
    QTextCursor cursor_;
    ChartObjects *charts_;
    QStringList titles_;
};

// A table: a header row (repeated on every page it runs over) and rows; `right` marks the columns
// of numbers. A row whose first cell starts with "\x01" is a total (bold).
QString table(const QStringList &headers, const std::vector<QStringList> &rows,
              const std::vector<bool> &right = {}, const std::vector<int> &widths = {}) {
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                               "border=\"1\" style=\"border-collapse:collapse; "
                               "border-color:#a0a8b0; margin-top:4px; margin-bottom:6px\">");
    auto align = [&](int c) {
        return c < static_cast<int>(right.size()) && right[static_cast<std::size_t>(c)]
                   ? QStringLiteral(" align=\"right\"")
                   : QString();
    };
    auto width = [&](int c) {
        return c < static_cast<int>(widths.size()) && widths[static_cast<std::size_t>(c)] > 0
                   ? QStringLiteral(" width=\"%1%\"").arg(widths[static_cast<std::size_t>(c)])
                   : QString();
    };
    if (!headers.isEmpty()) {
        h += QStringLiteral("<thead><tr>");
        for (int c = 0; c < headers.size(); ++c)
            h += QStringLiteral("<th bgcolor=\"#e3eaf2\"%1%2>%3</th>")
                     .arg(align(c), width(c), esc(headers[c]));
        h += QStringLiteral("</tr></thead>");
    }
    for (const QStringList &row : rows) {
        const bool total = !row.isEmpty() && row.first().startsWith(QChar(1));
        h += total ? QStringLiteral("<tr bgcolor=\"#f2f4f7\">") : QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c) {
            QString cell = row[c];
            if (c == 0 && total)
                cell.remove(0, 1);
            cell = esc(cell);
            if (total)
                cell = QStringLiteral("<b>%1</b>").arg(cell);
            h += QStringLiteral("<td%1%2>%3</td>").arg(align(c), width(c), cell);
        }
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

// Two columns: a label and its value.
QString facts(const std::vector<std::pair<QString, QString>> &rows) {
    std::vector<QStringList> r;
    for (const auto &[label, value] : rows)
        if (!value.isEmpty())
            r.push_back({label, value});
    return table({}, r, {}, {32, 68});
}

QString totalLabel(const QString &label) {
    return QChar(1) + label;
}

class Sheet {
    Q_DECLARE_TR_FUNCTIONS(effekt::views::TermSheet)
public:
    Sheet(const TermSheet &sheet, Writer &w, Document *document)
        : s_(sheet)
        , p_(sheet.project())
        , r_(sheet.results())
        , loc_(sheet.options().locale)
        , w_(w)
        , document_(document) {}

    void build() {
        cover();
        parties();
        purpose();
        dates();
        metrics();
        capsAndFees();
        investment();
        schedule();
        valueForMoney();
        risk();
        termination();
        assumptions();
        diagnostics();
        signatures();
    }

    static QString sectionTitle(int i) {
        switch (i) {
        case 0: return tr("Parties and roles");
        case 1: return tr("Purpose and target group");
        case 2: return tr("Key dates and periods");
        case 3: return tr("Outcome metrics and payment rules");
        case 4: return tr("Caps and fixed fees");
        case 5: return tr("Investment terms");
        case 6: return tr("Payment schedule");
        case 7: return tr("Value for money");
        case 8: return tr("Scenarios and risk");
        case 9: return tr("Review points and termination");
        case 10: return tr("Assumptions and sources");
        case 11: return tr("Open problems");
        case 12: return tr("Signatures");
        }
        return {};
    }

private:
    // An amount never breaks between its digits and "kr".
    QString money(Money m) const {
        return formatMoney(m, loc_).replace(QLatin1Char(' '), QChar(0x00A0));
    }
    QString pct(double f, int decimals = 1) const { return formatPercent(f, loc_, decimals); }
    QString number(double v, int decimals = 2) const { return formatNumber(v, loc_, decimals); }
    QString period(int t) const { return periodLabel(p_.timeline, t, loc_); }
    QString date(const Date &d) const {
        return loc_.toString(QDate(d.year, d.month, d.day), QLocale::LongFormat);
    }
    QString partyName(int id) const {
        const Party *party = p_.party(id);
        return party ? QString::fromStdString(party->name) : QString();
    }
    const Party *firstCommissioner() const {
        for (const Party &party : p_.parties)
            if (party.role == PartyRole::Commissioner)
                return &party;
        return nullptr;
    }
    QString payersText(const std::vector<PayerShare> &payers) const {
        if (payers.empty()) {
            const Party *c = firstCommissioner();
            return c ? QString::fromStdString(c->name) : QString();
        }
        QStringList parts;
        for (const PayerShare &ps : payers)
            parts << tr("%1 (%2)").arg(partyName(ps.partyId), pct(ps.share, 0));
        return parts.join(QStringLiteral(", "));
    }
    static QString orgNumber(const std::string &n) {
        QString s = QString::fromStdString(n);
        if (s.size() == 9 && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); }))
            return s.left(3) + QChar(0x00A0) + s.mid(3, 3) + QChar(0x00A0) + s.mid(6);
        return s;
    }

    void cover() {
        QStringList commissioners;
        for (const Party &party : p_.parties)
            if (party.role == PartyRole::Commissioner)
                commissioners << esc(party.name);
        const QString name = p_.name.empty() ? tr("Untitled contract") : esc(p_.name);
        QString h = QStringLiteral("<p style=\"margin-top:120px; font-size:12pt; "
                                   "color:#555555\">%1</p>")
                        .arg(esc(tr("Term sheet for an outcomes contract")));
        h += QStringLiteral("<p style=\"font-size:24pt; font-weight:bold; color:#1f4e79; "
                            "margin-top:6px; margin-bottom:18px\">%1</p>")
                 .arg(name);
        if (!p_.description.empty())
            h += QStringLiteral("<p style=\"font-size:11pt; margin-bottom:24px\">%1</p>")
                     .arg(esc(p_.description).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        w_.html(h);
        int errors = 0, warnings = 0;
        for (const Diagnostic &d : r_.diagnostics) {
            errors += d.severity == Severity::Error;
            warnings += d.severity == Severity::Warning;
        }
        QString status;
        if (s_.options().unsavedChanges)
            status = tr("Not final: the project has unsaved changes.");
        else if (errors > 0)
            status = tr("Not final: the calculation found errors.");
        else
            status = tr("As saved.");
        if (errors > 0 || warnings > 0)
            status += QLatin1Char(' ') +
                      tr("Open problems: %1 errors, %2 warnings.").arg(errors).arg(warnings);
        w_.html(facts({{tr("Contract"), name},
                       {tr("Commissioner"), commissioners.join(QStringLiteral(", "))},
                       {tr("Date"), loc_.toString(s_.options().date, QLocale::LongFormat)},
                       {tr("Version"), versionText()},
                       {tr("Status"), status}}));
        w_.pageBreak();
    }

public:
    QString versionText() const {
        if (s_.options().savedAt && !s_.options().unsavedChanges)
            return tr("saved %1").arg(loc_.toString(*s_.options().savedAt, QLocale::ShortFormat));
        return tr("not saved");
    }

private:
    void parties() {
        if (p_.parties.empty())
            return;
        w_.heading(sectionTitle(0));
        const Choices roles = roleChoices();
        std::vector<QStringList> rows;
        bool caps = false, yearCaps = false;
        for (const Party &party : p_.parties) {
            caps = caps || party.cap.has_value();
            yearCaps = yearCaps || party.yearCap.has_value();
        }
        for (const Party &party : p_.parties) {
            QStringList row{QString::fromStdString(party.name), choiceName(roles, int(party.role)),
                            orgNumber(party.orgNumber)};
            if (caps)
                row << (party.cap ? money(*party.cap) : QString());
            if (yearCaps)
                row << (party.yearCap ? money(*party.yearCap) : QString());
            rows.push_back(row);
        }
        QStringList headers{tr("Party"), tr("Role"), tr("Organisation number")};
        std::vector<bool> right{false, false, false};
        if (caps) {
            headers << tr("Cap on what it pays");
            right.push_back(true);
        }
        if (yearCaps) {
            headers << tr("Cap per budget year");
            right.push_back(true);
        }
        w_.html(table(headers, rows, right));
    }

    void purpose() {
        const TargetGroup &g = p_.targetGroup;
        if (g.name.empty() && g.description.empty() && g.plannedSize == 0 && g.cohorts.empty())
            return;
        w_.heading(sectionTitle(1));
        w_.html(facts(
            {{tr("Target group"), QString::fromStdString(g.name)},
             {tr("Description"), QString::fromStdString(g.description)},
             {tr("Planned size"), g.plannedSize > 0 ? loc_.toString(g.plannedSize) : QString()}}));
        if (g.cohorts.empty())
            return;
        w_.subheading(tr("Cohorts and intake"));
        std::vector<QStringList> rows;
        for (const Cohort &c : g.cohorts) {
            int total = 0, first = -1, last = -1;
            for (std::size_t t = 0; t < c.intake.size(); ++t)
                if (c.intake[t] > 0) {
                    total += c.intake[t];
                    if (first < 0)
                        first = static_cast<int>(t);
                    last = static_cast<int>(t);
                }
            QString when;
            if (first >= 0)
                when =
                    first == last ? period(first) : tr("%1 – %2").arg(period(first), period(last));
            rows.push_back({QString::fromStdString(c.name), QString::fromStdString(c.description),
                            loc_.toString(c.plannedSize), loc_.toString(total), when});
        }
        w_.html(table({tr("Cohort"), tr("Description"), tr("Planned size"), tr("Intake"),
                       tr("Intake periods")},
                      rows, {false, false, true, true, false}));
    }

    QString periodLengthName() const {
        switch (p_.timeline.length) {
        case PeriodLength::Month: return tr("Month");
        case PeriodLength::Quarter: return tr("Quarter");
        case PeriodLength::HalfYear: return tr("Half-year");
        case PeriodLength::Year: return tr("Year");
        }
        return {};
    }

    void dates() {
        w_.heading(sectionTitle(2));
        const Timeline &tl = p_.timeline;
        std::vector<std::pair<QString, QString>> rows{
            {tr("Start"), date(tl.start)},
            {tr("End of the last period"), date(tl.periodEnd(tl.periods - 1))},
            {tr("Periods"), tr("%1 × %2").arg(loc_.toString(tl.periods), periodLengthName())},
            {tr("First and last period"), tr("%1 – %2").arg(period(0), period(tl.periods - 1))}};
        if (r_.periods > tl.periods)
            rows.push_back({tr("Last payment falls due"), date(tl.periodEnd(r_.periods - 1))});
        QStringList reviews;
        for (const ReviewPoint &rp : p_.termination.reviews)
            reviews << tr("end of %1").arg(period(rp.period));
        if (!reviews.isEmpty())
            rows.push_back({tr("Review points"), reviews.join(QStringLiteral(", "))});
        w_.html(facts(rows));
    }

    QString ruleInWords(const Metric &m) const {
        const PaymentRule &r = m.rule;
        QStringList parts;
        switch (r.type) {
        case RuleType::PerUnit:
            if (r.bands.empty()) {
                parts << tr("Pays %1 for each improvement unit over the counterfactual.")
                             .arg(money(r.price));
            } else {
                QStringList bands;
                for (const VolumeBand &b : r.bands)
                    bands << tr("%1 a unit from unit %2").arg(money(b.price), number(b.fromUnits));
                parts << tr("Pays by volume: %1.").arg(bands.join(QStringLiteral("; ")));
            }
            if (testedByCohort(m)) {
                // Peterborough: each cohort against its own comparison group, then a final
                // test over the pooled cohorts; the rule's own threshold does not apply.
                QStringList cohorts;
                for (const CohortOutcome &o : m.cohortOutcomes) {
                    QString name = QString::number(o.cohortId);
                    for (const Cohort &c : p_.targetGroup.cohorts)
                        if (c.id == o.cohortId)
                            name = QString::fromStdString(c.name);
                    cohorts << tr("%1 %2").arg(name, pct(o.threshold));
                }
                parts << tr("Tested cohort by cohort: a cohort's improvement units are paid in a "
                            "period only when its improvement over its own comparison group "
                            "reaches its threshold (%1).")
                             .arg(cohorts.join(QStringLiteral(", ")));
                if (r.settlement)
                    parts << tr("Final settlement at the end of %1: when all cohorts pooled from "
                                "the start improve by at least %2, the pooled units not yet paid "
                                "for are paid then.")
                                 .arg(period(r.settlement->period), pct(r.settlement->threshold));
            } else if (r.thresholdBasis == ThresholdBasis::Units)
                parts << tr("Nothing is paid in a period with fewer than %1 improvement units.")
                             .arg(number(r.threshold));
            else if (r.thresholdBasis == ThresholdBasis::Relative)
                parts << tr("Nothing is paid in a period whose improvement over the "
                            "counterfactual is below %1.")
                             .arg(pct(r.threshold));
            else if (r.thresholdBasis == ThresholdBasis::UnitsAndRelative)
                parts << tr("Nothing is paid in a period with fewer than %1 improvement units, "
                            "nor in one whose improvement over the counterfactual is below %2.")
                             .arg(number(r.threshold), pct(r.thresholdRelative));
            break;
        case RuleType::Tiered: {
            QStringList tiers;
            for (const Tier &t : r.tiers)
                tiers << (r.tierBasis == TierBasis::Relative
                              ? tr("%1 at an improvement of %2").arg(money(t.amount), pct(t.level))
                              : tr("%1 at an observed value of %2")
                                    .arg(money(t.amount), number(t.level)));
            parts << (r.tierMode == TierMode::Step
                          ? tr("Pays by tiers, the highest level reached: %1.")
                          : tr("Pays by tiers, interpolated between the levels: %1."))
                         .arg(tiers.join(QStringLiteral("; ")));
            if (r.tierAmountBasis == TierAmountBasis::PerCohortMember)
                parts << tr("The amounts are per member of the cohort.");
            break;
        }
        case RuleType::ShareOfSavings:
            parts << tr("Pays %1 of the savings achieved.").arg(pct(r.share));
            if (r.secondShare && r.secondShareWhen == SecondShareSwitch::InvestorsRepaid)
                parts << tr("Once every investor has received the capital drawn plus %1 a year "
                            "on it (judged at the end of the period before), it pays %2.")
                             .arg(pct(r.secondShareReturn), pct(*r.secondShare));
            else if (r.secondShare)
                parts << tr("Once this metric's payments reach %1, it pays %2.")
                             .arg(money(r.secondShareAfter), pct(*r.secondShare));
            break;
        case RuleType::Milestone:
            parts << tr("Pays %1 once, in the first period in which the milestone is reached.")
                         .arg(money(r.milestoneAmount));
            break;
        }
        if (p_.indexation.rate != 0 && r.type != RuleType::ShareOfSavings)
            parts << tr("The amounts are in %1 money and change by %2 a year from %3 (price "
                        "indexation).")
                         .arg(QString::number(indexationBaseYear(p_.indexation, p_.timeline)),
                              pct(p_.indexation.rate),
                              QString::number(indexationBaseYear(p_.indexation, p_.timeline) + 1));
        if (r.capMoney)
            parts << tr("At most %1 in all for this metric.").arg(money(*r.capMoney));
        if (r.capUnits)
            parts << tr("At most %1 improvement units are paid for.").arg(number(*r.capUnits));
        if (r.lag > 0)
            parts << tr("Paid %n period(s) after the period of achievement.", nullptr, r.lag);
        if (r.oncePerParticipant)
            parts << tr("A participant counts at most once.");
        const QString payers = payersText(r.payers);
        if (!payers.isEmpty())
            parts << tr("Paid by %1.").arg(payers);
        return parts.join(QLatin1Char(' '));
    }

    void metrics() {
        if (p_.metrics.empty())
            return;
        w_.heading(sectionTitle(3));
        const Choices units = unitChoices(), directions = directionChoices(),
                      validations = validationChoices(), rules = ruleTypeChoices();
        for (std::size_t i = 0; i < p_.metrics.size(); ++i) {
            const Metric &m = p_.metrics[i];
            w_.subheading(QString::fromStdString(m.name));
            // Tested cohort by cohort: the sums of the cohorts, as the engine reads them.
            const Metric sums = withCohortSums(m);
            double cfTotal = 0, planTotal = 0;
            for (double b : sums.counterfactual)
                cfTotal += b;
            for (double a : sums.plan)
                planTotal += a;
            QString counterfactual;
            if (!m.counterfactual.empty())
                counterfactual = tr("%1 in all over the contract (planned: %2)")
                                     .arg(number(cfTotal), number(planTotal));
            std::vector<std::pair<QString, QString>> rows{
                {tr("Definition"), QString::fromStdString(m.definition)},
                {tr("Unit"), choiceName(units, int(m.unit))},
                {tr("Direction"), choiceName(directions, int(m.direction))},
                {tr("Counterfactual"), counterfactual},
                {tr("Validation method"), choiceName(validations, int(m.validation))},
                {tr("Data source"), QString::fromStdString(m.dataSource)},
                {tr("Payment rule"), choiceName(rules, int(m.rule.type))}};
            if (m.cohortId)
                for (const Cohort &c : p_.targetGroup.cohorts)
                    if (c.id == *m.cohortId)
                        rows.push_back({tr("Cohort"), QString::fromStdString(c.name)});
            w_.html(facts(rows));
            w_.paragraph(ruleInWords(m));
            const int id = m.id;
            Document *document = document_;
            w_.chart(250, [document, id](QPainter *painter, const QRectF &rect) {
                PayoutCurveChart chart(document);
                chart.setMetric(id);
                renderChart(&chart, painter, rect);
            });
        }
    }

    void capsAndFees() {
        const Caps &c = p_.caps;
        const bool yearCaps = std::any_of(p_.parties.begin(), p_.parties.end(),
                                          [](const Party &x) { return x.yearCap.has_value(); });
        if (!c.total && !c.perParticipant && p_.fixedFees.empty() && !yearCaps &&
            p_.indexation.rate == 0)
            return;
        w_.heading(sectionTitle(4));
        std::vector<std::pair<QString, QString>> rows;
        if (c.total)
            rows.push_back({tr("Total cap on outcome payments"),
                            c.fixedFeesInsideTotal
                                ? tr("%1, fixed fees included").arg(money(*c.total))
                                : tr("%1, fixed fees not included").arg(money(*c.total))});
        if (c.perParticipant)
            rows.push_back({tr("Cap per participant"), money(*c.perParticipant)});
        if (yearCaps)
            rows.push_back({tr("What a payer's cap per budget year cuts"),
                            c.yearCapCarry ? tr("carried to later years with room") : tr("lost")});
        if (p_.indexation.rate != 0) {
            const int base = indexationBaseYear(p_.indexation, p_.timeline);
            rows.push_back(
                {tr("Price indexation"),
                 tr("Prices, tier and milestone amounts and fixed fees change by %1 a year "
                    "from %2 (base year %3); the caps are not indexed")
                     .arg(pct(p_.indexation.rate), QString::number(base + 1),
                          QString::number(base))});
        }
        for (std::size_t i = 0; i < p_.metrics.size(); ++i) {
            const PaymentRule &rule = p_.metrics[i].rule;
            if (rule.capMoney)
                rows.push_back({tr("Cap on %1").arg(QString::fromStdString(p_.metrics[i].name)),
                                money(*rule.capMoney)});
        }
        if (!rows.empty())
            w_.html(facts(rows));
        if (p_.fixedFees.empty())
            return;
        w_.subheading(tr("Fixed fees"));
        const Choices kinds = feeKindChoices();
        std::vector<QStringList> fees;
        for (const FixedFee &f : p_.fixedFees) {
            const int last = f.lastPeriod < 0 ? p_.timeline.periods - 1 : f.lastPeriod;
            fees.push_back(
                {QString::fromStdString(f.name), choiceName(kinds, int(f.kind)),
                 f.kind == FixedFeeKind::ShareOfDeliveryCost ? pct(f.share) : money(f.amount),
                 tr("%1 – %2").arg(period(f.firstPeriod), period(last)), payersText(f.payers)});
        }
        w_.html(table({tr("Fee"), tr("Kind"), tr("Amount or share"), tr("Periods"), tr("Paid by")},
                      fees, {false, false, true, false, false}));
    }

    void investment() {
        if (p_.investors.empty())
            return;
        w_.heading(sectionTitle(5));
        const Choices tranches = trancheChoices();
        std::vector<QStringList> rows;
        for (std::size_t i = 0; i < p_.investors.size(); ++i) {
            const Investor &inv = p_.investors[i];
            QString guarantee;
            if (inv.guaranteedShare > 0)
                guarantee =
                    inv.guarantorId
                        ? tr("%1 by %2").arg(pct(inv.guaranteedShare), partyName(*inv.guarantorId))
                        : pct(inv.guaranteedShare);
            const Money maxLoss =
                inv.commitment - static_cast<Money>(static_cast<double>(inv.commitment) *
                                                    std::clamp(inv.guaranteedShare, 0.0, 1.0));
            rows.push_back(
                {partyName(inv.partyId), choiceName(tranches, int(inv.tranche)),
                 money(inv.commitment), pct(inv.coupon),
                 inv.returnCap ? tr("%1 × drawn").arg(number(*inv.returnCap)) : tr("none"),
                 guarantee.isEmpty() ? tr("none") : guarantee, money(maxLoss)});
        }
        w_.html(table({tr("Investor"), tr("Tranche"), tr("Commitment"), tr("Coupon a year"),
                       tr("Return cap"), tr("Guarantee"), tr("Maximum loss")},
                      rows, {false, false, true, true, true, false, true}));
        w_.paragraph(tr("The maximum loss is the commitment less the guaranteed share."));
        if (r_.investors.size() == p_.investors.size()) {
            w_.subheading(tr("On the forecast"));
            std::vector<QStringList> fc;
            for (std::size_t i = 0; i < p_.investors.size(); ++i) {
                const InvestorResult &ir = r_.investors[i];
                fc.push_back({partyName(p_.investors[i].partyId), money(ir.drawn),
                              money(ir.distributed + ir.guarantee), money(ir.profit),
                              formatMultiple(ir.multiple, loc_), formatIrr(ir.irrAnnual, loc_)});
            }
            w_.html(table({tr("Investor"), tr("Drawn"), tr("Returned"), tr("Profit"),
                           tr("Multiple"), tr("IRR a year")},
                          fc, {false, true, true, true, true, true}));
        }
    }

    void schedule() {
        if (r_.periods <= 0 || r_.totalDue.empty())
            return;
        w_.heading(sectionTitle(6));
        const int n = r_.periods;
        // Long contracts by calendar year, short ones by period.
        const bool byYear = n > 24;
        struct Row {
            QString label;
            Money outcome = 0, fees = 0, total = 0;
            std::vector<Money> payers;
        };
        std::vector<Row> rows;
        std::map<int, std::size_t> yearRow;
        const std::size_t payers = r_.payerIds.size();
        for (int t = 0; t < n; ++t) {
            std::size_t k;
            if (byYear) {
                const int year = p_.timeline.periodEnd(t).year;
                auto it = yearRow.find(year);
                if (it == yearRow.end()) {
                    it = yearRow.emplace(year, rows.size()).first;
                    rows.push_back({QString::number(year), 0, 0, 0, std::vector<Money>(payers)});
                }
                k = it->second;
            } else {
                k = rows.size();
                rows.push_back({period(t), 0, 0, 0, std::vector<Money>(payers)});
            }
            Row &row = rows[k];
            row.outcome += at(r_.outcomeDue, t);
            row.fees += at(r_.fixedFeesDue, t);
            row.total += at(r_.totalDue, t);
            for (std::size_t j = 0; j < payers && j < r_.payerDue.size(); ++j)
                row.payers[j] += at(r_.payerDue[j], t);
        }
        QStringList headers{byYear ? tr("Year") : tr("Period"), tr("Outcome payments"),
                            tr("Fixed fees")};
        for (int id : r_.payerIds)
            headers << tr("Paid by %1").arg(partyName(id));
        headers << tr("Total");
        Row sum{totalLabel(tr("Total")), 0, 0, 0, std::vector<Money>(payers)};
        std::vector<QStringList> cells;
        for (const Row &row : rows) {
            QStringList c{row.label, money(row.outcome), money(row.fees)};
            for (Money m : row.payers)
                c << money(m);
            c << money(row.total);
            cells.push_back(c);
            sum.outcome += row.outcome;
            sum.fees += row.fees;
            sum.total += row.total;
            for (std::size_t j = 0; j < payers; ++j)
                sum.payers[j] += row.payers[j];
        }
        QStringList c{sum.label, money(sum.outcome), money(sum.fees)};
        for (Money m : sum.payers)
            c << money(m);
        c << money(sum.total);
        cells.push_back(c);
        std::vector<bool> right(static_cast<std::size_t>(headers.size()), true);
        right[0] = false;
        if (byYear)
            w_.paragraph(tr("By calendar year, in which the payments fall due."));
        w_.html(table(headers, cells, right));
        const Project project = p_;
        const Results results = r_;
        const QLocale loc = loc_;
        w_.chart(260, [project, results, loc](QPainter *painter, const QRectF &rect) {
            ResultsChartView view;
            view.setData(paymentsChartData(project, results, loc));
            renderChart(&view, painter, rect);
        });
    }

    void valueForMoney() {
        if (p_.metrics.empty())
            return;
        w_.heading(sectionTitle(7));
        std::vector<std::pair<QString, QString>> rows{
            {tr("Payments, nominal"), money(r_.totalPayments)},
            {tr("Payments, present value"), money(r_.npvPayments)},
            {tr("Savings, present value"), money(r_.npvSavings)},
            {tr("Net value (present value)"), money(r_.netValue)},
            {tr("Benefit-cost ratio"),
             r_.benefitCostRatio ? number(*r_.benefitCostRatio) : tr("none")},
            {tr("Discount rate a year"), pct(p_.valuation.discountRate)},
            {tr("Payback"), r_.paybackPeriod ? period(*r_.paybackPeriod)
                                             : tr("not within the "
                                                  "contract")}};
        w_.html(facts(rows));
        std::vector<QStringList> holders;
        for (int h = 0; h < 4; ++h) {
            Money total = 0;
            for (Money m : r_.savings[static_cast<std::size_t>(h)])
                total += m;
            if (total != 0)
                holders.push_back({budgetHolderName(static_cast<BudgetHolder>(h)), money(total)});
        }
        if (!holders.empty()) {
            w_.subheading(tr("Savings by budget holder"));
            holders.push_back({totalLabel(tr("Total")), money(r_.totalSavings)});
            w_.html(table({tr("Budget holder"), tr("Savings, nominal")}, holders, {false, true}));
        }
        const RiskKpis k = riskKpis(p_, r_);
        w_.subheading(tr("Traditional alternative"));
        w_.html(facts({{tr("Cost, nominal"), money(k.traditionalCost)},
                       {tr("Cost, present value"), money(k.npvTraditional)},
                       {tr("Net value (present value)"), money(k.traditionalNetValue)},
                       {tr("Margin on the delivery cost"), pct(p_.valuation.traditionalMargin)}}));
        w_.paragraph(tr("The traditional alternative pays the delivery cost with the margin, "
                        "whatever the outcomes."));
        const Project project = p_;
        const Results results = r_;
        const QLocale loc = loc_;
        w_.chart(250, [project, results, loc](QPainter *painter, const QRectF &rect) {
            ResultsChartView view;
            view.setData(commissionerChartData(project, results, loc));
            renderChart(&view, painter, rect);
        });
    }

    void risk() {
        if (p_.metrics.empty())
            return;
        w_.heading(sectionTitle(8));
        const std::vector<ScenarioResult> scenarios = computeScenarios(p_);
        if (!scenarios.empty()) {
            w_.subheading(tr("Scenarios"));
            std::vector<QStringList> rows;
            for (const ScenarioResult &sr : scenarios) {
                if (sr.failed) {
                    rows.push_back({QString::fromStdString(sr.name), tr("could not be computed")});
                    continue;
                }
                const RiskKpis &k = sr.kpis;
                rows.push_back({QString::fromStdString(sr.name), money(k.payments),
                                money(k.netValue), money(k.investorProfit),
                                formatMultiple(k.investorMultiple, loc_),
                                formatIrr(k.investorIrrAnnual, loc_)});
            }
            w_.html(table({tr("Scenario"), tr("Payments"), tr("Net value (present value)"),
                           tr("Investors' profit"), tr("Multiple"), tr("IRR a year")},
                          rows, {false, true, true, true, true, true}));
        }
        const Project project = p_;
        const QLocale loc = loc_;
        RiskCurveSettings settings;
        settings.steps = 60;
        const RiskCurve curve = riskSharingCurve(p_, settings);
        w_.subheading(tr("Who carries the risk"));
        if (curve.breakEvenFactor)
            w_.paragraph(tr("The investors get their capital back at %1 of the planned "
                            "improvement.")
                             .arg(pct(*curve.breakEvenFactor, 0)));
        w_.chart(260, [project, curve, loc](QPainter *painter, const QRectF &rect) {
            ResultsChartView view;
            view.setData(riskSharingChartData(project, curve, loc));
            renderChart(&view, painter, rect);
        });
        const Tornado t = tornado(p_);
        if (!t.byNetValue.empty()) {
            w_.subheading(tr("Sensitivity"));
            w_.chart(280, [project, t, loc](QPainter *painter, const QRectF &rect) {
                ResultsChartView view;
                view.setData(tornadoChartData(project, t, TornadoFigure::NetValue, loc));
                renderChart(&view, painter, rect);
            });
        }
        w_.subheading(tr("Monte Carlo simulation"));
        if (const auto &sim = s_.options().simulation; sim && !sim->cancelled && sim->trials > 0) {
            w_.html(facts(
                {{tr("Trials"), loc_.toString(sim->trials)},
                 {tr("Probability that the investors lose money"), pct(sim->pInvestorLoss)},
                 {tr("Probability that the total cap is reached"), pct(sim->pTotalCapReached)},
                 {tr("Probability of early termination"), pct(sim->pTermination)}}));
        } else {
            w_.paragraph(tr("No simulation has been run for this version. Run one on the Risk "
                            "page (Monte Carlo), or with “effekt simulate FILE”, for the "
                            "probabilities that the investors lose money and that the total "
                            "cap is reached."));
        }
    }

    void termination() {
        const EarlyTermination &et = p_.termination;
        if (et.reviews.empty())
            return;
        w_.heading(sectionTitle(9));
        std::vector<QStringList> rows;
        for (const ReviewPoint &rp : et.reviews) {
            QString test;
            if (rp.test == ReviewTest::MetricUnits) {
                const Metric *m = rp.metricId ? p_.metric(*rp.metricId) : nullptr;
                test = tr("Improvement units of %1")
                           .arg(m ? QString::fromStdString(m->name) : QString());
            } else {
                test = tr("Outcome payments earned");
            }
            rows.push_back({tr("end of %1").arg(period(rp.period)), test,
                            tr("at least %1 of plan").arg(pct(rp.requiredShare, 0))});
        }
        w_.html(table({tr("Review"), tr("What is tested (cumulative)"), tr("Required")}, rows));
        std::vector<std::pair<QString, QString>> facts_;
        if (et.payeeId)
            facts_.push_back({tr("Termination payment"),
                              tr("%1 to %2").arg(money(et.payment), partyName(*et.payeeId))});
        facts_.push_back({tr("On the forecast"),
                          r_.terminatedAfter
                              ? tr("the contract ends after %1").arg(period(*r_.terminatedAfter))
                              : tr("every review is passed")});
        w_.html(facts(facts_));
    }

    void assumptions() {
        if (p_.assumptions.empty())
            return;
        w_.heading(sectionTitle(10));
        std::vector<QStringList> rows;
        for (const Assumption &a : p_.assumptions)
            rows.push_back({QString::fromStdString(a.text), QString::fromStdString(a.source),
                            QString::fromStdString(a.statedBy)});
        w_.html(table({tr("Assumption"), tr("Source"), tr("Stated by")}, rows, {}, {50, 30, 20}));
    }

    void diagnostics() {
        if (r_.diagnostics.empty())
            return;
        w_.heading(sectionTitle(11));
        std::vector<QStringList> rows;
        for (const Diagnostic &d : r_.diagnostics)
            rows.push_back(
                {severityText(d.severity), diagnosticText(d, &p_), locationText(d, &p_)});
        w_.html(table({tr("Severity"), tr("Problem"), tr("Where")}, rows, {}, {14, 56, 30}));
    }

    void signatures() {
        std::vector<const Party *> signers;
        for (const Party &party : p_.parties)
            if (party.role != PartyRole::Evaluator)
                signers.push_back(&party);
        if (signers.empty())
            return;
        w_.heading(sectionTitle(12));
        QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"12\" cellpadding=\"0\">");
        for (std::size_t i = 0; i < signers.size(); i += 2) {
            h += QStringLiteral("<tr>");
            for (std::size_t j = i; j < i + 2; ++j) {
                h += QStringLiteral("<td width=\"50%\">");
                if (j < signers.size())
                    h += QStringLiteral("<p style=\"margin-top:36px\">%1</p>"
                                        "<hr><p>%2</p><p style=\"color:#555555\">%3</p>")
                             .arg(esc(tr("For %1").arg(QString::fromStdString(signers[j]->name))),
                                  esc(tr("Signature")), esc(tr("Place and date")));
                h += QStringLiteral("</td>");
            }
            h += QStringLiteral("</tr>");
        }
        w_.html(h + QStringLiteral("</table>"));
    }

    const TermSheet &s_;
    const Project &p_;
    const Results &r_;
    QLocale loc_;
    Writer &w_;
    Document *document_;
};

// A device for the layout at 96 units per inch.
QPaintDevice *layoutDevice() {
    static QImage image = [] {
        QImage i(4, 4, QImage::Format_ARGB32_Premultiplied);
        const int dpm = static_cast<int>(kLayoutDpi / 0.0254 + 0.5);
        i.setDotsPerMeterX(dpm);
        i.setDotsPerMeterY(dpm);
        return i;
    }();
    return &image;
}

} // namespace

TermSheet::TermSheet(Project project, Results results, TermSheetOptions options)
    : project_(std::move(project))
    , results_(std::move(results))
    , options_(std::move(options)) {}

QString TermSheet::draftMark() {
    return tr("DRAFT");
}

bool TermSheet::isDraft() const {
    if (options_.unsavedChanges)
        return true;
    return std::any_of(results_.diagnostics.begin(), results_.diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

QStringList TermSheet::sectionTitles() const {
    QTextDocument doc;
    ChartObjects charts;
    Document document;
    document.setAsyncThresholdMs(-1);
    document.reset(project_);
    doc.setPageSize(QSizeF(600, 800));
    Writer w(&doc, &charts);
    Sheet(*this, w, &document).build();
    return w.titles();
}

int TermSheet::paint(QPagedPaintDevice *device) const {
    const double scale = device->logicalDpiX() / kLayoutDpi;
    const double pageWidth = device->width() / scale;
    const double pageHeight = device->height() / scale;
    const double bodyHeight = pageHeight - kHeaderHeight - kFooterHeight;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(layoutDevice());
    doc.setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    // No ligatures: "effekt" stays six letters that a search in the PDF finds, not "e", "ﬀ", "ekt".
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(font);
    doc.setPageSize(QSizeF(pageWidth, bodyHeight));
    ChartObjects charts;
    doc.documentLayout()->registerHandler(ChartObjects::kType, &charts);
    // The payout curves follow a document holding the project.
    Document document;
    document.setAsyncThresholdMs(-1);
    document.reset(project_);
    Writer w(&doc, &charts);
    Sheet sheet(*this, w, &document);
    sheet.build();

    const int pages = doc.pageCount();
    const QString name =
        project_.name.empty() ? tr("Untitled contract") : QString::fromStdString(project_.name);
    const QString footer = tr("%1 · version %2 · %3")
                               .arg(name, sheet.versionText(),
                                    options_.locale.toString(options_.date, QLocale::ShortFormat));
    // Sizes in layout units: the painter's scale takes them to the device.
    QFont small(font);
    small.setPixelSize(10);
    QFont mark(font);
    mark.setPixelSize(120);
    mark.setBold(true);

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.scale(scale, scale);
        if (isDraft()) {
            painter.save();
            painter.translate(pageWidth / 2, pageHeight / 2);
            painter.rotate(-50);
            painter.setFont(mark);
            painter.setPen(QColor(200, 40, 40, 55));
            const QRectF box(-pageHeight, -100, 2 * pageHeight, 200);
            painter.drawText(box, Qt::AlignCenter, draftMark());
            painter.restore();
        }
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF head(0, 0, pageWidth, kHeaderHeight - 3 * kMm);
        painter.drawText(head, Qt::AlignLeft | Qt::AlignBottom, name);
        painter.drawText(head, Qt::AlignRight | Qt::AlignBottom, tr("Term sheet"));
        painter.setPen(QPen(QColor(0xa0, 0xa8, 0xb0), 0.5));
        painter.drawLine(QPointF(0, kHeaderHeight - 2 * kMm),
                         QPointF(pageWidth, kHeaderHeight - 2 * kMm));
        const double footTop = pageHeight - kFooterHeight + 2 * kMm;
        painter.drawLine(QPointF(0, footTop), QPointF(pageWidth, footTop));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF foot(0, footTop + 1 * kMm, pageWidth, kFooterHeight - 3 * kMm);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignTop, footer);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignTop,
                         tr("Page %1 of %2").arg(page + 1).arg(pages));

        painter.translate(0, kHeaderHeight - page * bodyHeight);
        const QRectF clip(0, page * bodyHeight, pageWidth, bodyHeight);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return pages;
}

bool writeTermSheetPdf(const TermSheet &sheet, const QString &path, QString *error) {
    int pages = 0;
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter);
        const QString name = QString::fromStdString(sheet.project().name);
        writer.setTitle(name.isEmpty() ? TermSheet::tr("Term sheet")
                                       : TermSheet::tr("Term sheet: %1").arg(name));
        writer.setCreator(QStringLiteral("Effekt Studio"));
        pages = sheet.paint(&writer);
    }
    const QFileInfo info(path);
    if (pages == 0 || !info.exists() || info.size() == 0) {
        if (error)
            *error = TermSheet::tr("The file %1 could not be written.").arg(path);
        return false;
    }
    return true;
}

} // namespace effekt::views
