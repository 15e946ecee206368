#include "payoutcurve.h"

#include "chartaxis.h"
#include "chartview.h"
#include "cohortsums.h"

#include "format.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <set>

namespace effekt::views {

namespace {
constexpr int kSamples = 120;

double kroner(Money m) {
    return static_cast<double>(m) / money::kMinorPerMajor;
}

double meanCounterfactual(const Metric &m) {
    if (m.counterfactual.empty())
        return 0;
    double sum = 0;
    for (double b : m.counterfactual)
        sum += b;
    return sum / static_cast<double>(m.counterfactual.size());
}

// The observed value at which the improvement over b is `units` (for the metric's direction).
double observedFor(const Metric &m, double b, double units) {
    return m.direction == Direction::HigherIsBetter ? b + units : b - units;
}
} // namespace

PayoutCurveChart::PayoutCurveChart(Document *document, QWidget *parent)
    : QChartView(newPlainChart(), parent)
    , document_(document) {
    setRenderHint(QPainter::Antialiasing);
    chart()->setLocalizeNumbers(true);
    setAccessibleName(tr("Payout curve"));
    setToolTip(tr("What the metric pays in one period as a function of the observed value, as "
                  "the engine computes it, from a contract start with nothing paid yet"));
    connect(document_, &Document::projectChanged, this, &PayoutCurveChart::rebuild);
    rebuild();
}

void PayoutCurveChart::setMetric(int metricId) {
    metricId_ = metricId;
    rebuild();
}

Money PayoutCurveChart::paymentAt(const Project &project, int metricId, double observed,
                                  double counterfactual, bool secondShare) {
    const Metric *source = project.metric(metricId);
    if (!source)
        return 0;
    Project p;
    p.name = project.name;
    p.currency = project.currency;
    p.timeline = project.timeline;
    p.timeline.periods = 1;
    p.parties = project.parties;
    p.targetGroup = project.targetGroup;
    p.caps.total = project.caps.total;
    p.valuation = project.valuation;
    Metric m = *source;
    m.plan = {observed};
    m.actual = {std::nullopt};
    m.counterfactual = {counterfactual};
    if (testedByCohort(m)) {
        // Tested cohort by cohort: a period in which every cohort improves alike, each holding
        // its share of the counterfactual (its mean over the contract; equal shares when none is
        // stated), so that each cohort's units are paid from its own threshold. The settlement
        // pools several periods and is not part of a one-period curve.
        std::vector<double> weights;
        double total = 0;
        for (const CohortOutcome &c : m.cohortOutcomes) {
            double sum = 0;
            for (double b : c.counterfactual)
                sum += b;
            weights.push_back(sum);
            total += sum;
        }
        for (double &w : weights)
            w = total > 0 ? w / total : 1.0 / static_cast<double>(weights.size());
        for (std::size_t i = 0; i < m.cohortOutcomes.size(); ++i) {
            CohortOutcome &c = m.cohortOutcomes[i];
            c.plan = {observed * weights[i]};
            c.actual = {std::nullopt};
            c.counterfactual = {counterfactual * weights[i]};
        }
        m.rule.settlement.reset();
    }
    m.rule.lag = 0;
    m.savings.clear();
    if (secondShare && m.rule.secondShare) {
        m.rule.share = *m.rule.secondShare;
        m.rule.secondShare.reset();
    }
    p.metrics = {std::move(m)};
    p.normalise();
    const Results r = compute(p, Basis::Plan);
    if (r.metric.empty() || r.metric.front().empty())
        return 0;
    return r.metric.front().front().afterTotalCap;
}

void PayoutCurveChart::rebuild() {
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis); // gives the axis back to us, not deleted
        delete axis;
    }
    references_.clear();
    indexationNote_.clear();
    cohortNote_.clear();
    secondCurve_ = nullptr;
    // Follow a dark palette (dark mode) with the chart's dark theme.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (c->theme() != theme)
        c->setTheme(theme);
    curve_ = new QLineSeries;
    curve_->setName(tr("Payment"));
    QPen pen(dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x10, 0x10, 0x10));
    pen.setWidthF(2.5);
    curve_->setPen(pen);

    const Project &project = document_->project();
    const Metric *m = project.metric(metricId_);
    if (!m) {
        c->setTitle(tr("Payout curve"));
        c->addSeries(curve_);
        return;
    }
    const PaymentRule &rule = m->rule;
    // Price indexation (docs/engine.md): paymentAt's one-period contract has none, so the curve
    // is in base-year money; a share of savings is in current money and not indexed.
    if (project.indexation.rate != 0 && rule.type != RuleType::ShareOfSavings) {
        const int base = indexationBaseYear(project.indexation, project.timeline);
        //: Under the payout curve's title: %1 the base year, %2 the rate a year, %3 the next year.
        indexationNote_ = tr("In %1 prices; from %3 they change by %2 a year (price indexation)")
                              .arg(QString::number(base), formatPercent(project.indexation.rate),
                                   QString::number(base + 1));
    }
    if (m->rule.type == RuleType::PerUnit && testedByCohort(*m)) {
        //: Under the payout curve's title of a metric tested cohort by cohort.
        cohortNote_ = tr("Cohorts improving alike: each cohort's units are paid from its own "
                         "threshold; the final settlement is not drawn");
    }
    // A chart title is rich text: the metric's name is escaped.
    const QString title =
        tr("Payout curve: %1").arg(QString::fromStdString(m->name).toHtmlEscaped());
    QString titleText = title;
    for (const QString &note : {indexationNote_, cohortNote_})
        if (!note.isEmpty())
            titleText +=
                QStringLiteral("<br><small>") + note.toHtmlEscaped() + QStringLiteral("</small>");
    c->setTitle(titleText);
    // A metric tested cohort by cohort is centred on its cohorts' sums, as the engine reads it.
    const Metric sums = withCohortSums(*m);
    const double b = meanCounterfactual(sums);
    const bool byCohort = testedByCohort(*m);

    // Where something changes: the x values of the reference lines.
    struct Line {
        QString name;
        double value;
    };
    std::vector<Line> vertical;
    std::vector<Line> horizontal;
    if (b > 0)
        vertical.push_back({tr("Counterfactual"), b});
    double unitPrice = 0;
    switch (rule.type) {
    case RuleType::PerUnit:
        unitPrice = kroner(rule.price);
        if (byCohort) {
            // Each cohort's threshold, where a period in which every cohort improves alike
            // reaches it; the rule's own threshold is not applied to such a metric.
            std::set<double> thresholds;
            for (const CohortOutcome &c : m->cohortOutcomes)
                if (c.threshold > 0)
                    thresholds.insert(c.threshold);
            for (double x : thresholds)
                vertical.push_back({tr("Cohort threshold"), observedFor(*m, b, b * x)});
            if (rule.settlement && rule.settlement->threshold > 0)
                vertical.push_back({tr("Settlement threshold"),
                                    observedFor(*m, b, b * rule.settlement->threshold)});
        } else if ((rule.thresholdBasis == ThresholdBasis::Units ||
                    rule.thresholdBasis == ThresholdBasis::UnitsAndRelative) &&
                   rule.threshold > 0)
            vertical.push_back({tr("Threshold"), observedFor(*m, b, rule.threshold)});
        if (rule.thresholdBasis == ThresholdBasis::Relative && rule.threshold > 0)
            vertical.push_back({tr("Threshold"), observedFor(*m, b, b * rule.threshold)});
        // Both minimums: a line at each; the curve (the engine's) pays from the later one.
        if (rule.thresholdBasis == ThresholdBasis::UnitsAndRelative && rule.thresholdRelative > 0)
            vertical.push_back({tr("Threshold"), observedFor(*m, b, b * rule.thresholdRelative)});
        for (const VolumeBand &band : rule.bands) {
            unitPrice = std::max(unitPrice, kroner(band.price));
            if (band.fromUnits > 0)
                vertical.push_back({tr("Band limit"), observedFor(*m, b, band.fromUnits)});
        }
        break;
    case RuleType::Tiered:
        for (const Tier &t : rule.tiers) {
            const double x =
                rule.tierBasis == TierBasis::Observed ? t.level : observedFor(*m, b, b * t.level);
            vertical.push_back({tr("Tier level"), x});
        }
        break;
    case RuleType::ShareOfSavings: unitPrice = rule.share; break;
    case RuleType::Milestone: vertical.push_back({tr("Milestone"), 1.0}); break;
    }
    if (rule.capUnits)
        vertical.push_back({tr("Cap on units"), observedFor(*m, b, *rule.capUnits)});
    if (rule.capMoney)
        horizontal.push_back({tr("Cap on payments"), kroner(*rule.capMoney)});
    if (project.caps.total)
        horizontal.push_back({tr("Total cap"), kroner(*project.caps.total)});

    // The range of a: wide enough to show every reference, the plan and the actuals.
    double hi = std::max(1.0, b);
    for (const Line &l : vertical)
        hi = std::max(hi, l.value);
    for (double v : sums.plan)
        hi = std::max(hi, v);
    for (const auto &v : sums.actual)
        if (v)
            hi = std::max(hi, *v);
    if (unitPrice > 0)
        for (const Line &l : horizontal)
            if (l.value / unitPrice < 1e7)
                hi = std::max(hi, observedFor(*m, b, l.value / unitPrice));
    hi = m->direction == Direction::HigherIsBetter ? hi * 1.15 : std::max(hi, b * 1.15);
    if (!std::isfinite(hi) || hi <= 0)
        hi = 1;
    const double lo = 0;

    std::set<double> xs;
    for (int i = 0; i <= kSamples; ++i)
        xs.insert(lo + (hi - lo) * i / kSamples);
    // Just before and at every break, so that steps are drawn as steps.
    const double eps = (hi - lo) * 1e-6;
    for (const Line &l : vertical)
        if (l.value > lo && l.value < hi) {
            xs.insert(l.value);
            xs.insert(l.value - eps);
        }
    double yMax = 0;
    for (double x : xs) {
        const double y = kroner(paymentAt(project, m->id, x, b));
        curve_->append(x, y);
        yMax = std::max(yMax, y);
    }
    // The first share is the curve; the second, dashed, applies once the investors are repaid.
    if (rule.type == RuleType::ShareOfSavings && rule.secondShare &&
        rule.secondShareWhen == SecondShareSwitch::InvestorsRepaid) {
        secondCurve_ = new QLineSeries;
        secondCurve_->setName(tr("Once investors are repaid"));
        QPen dashed = pen;
        dashed.setStyle(Qt::DashLine);
        dashed.setWidthF(2.0);
        secondCurve_->setPen(dashed);
        for (double x : xs) {
            const double y = kroner(paymentAt(project, m->id, x, b, true));
            secondCurve_->append(x, y);
            yMax = std::max(yMax, y);
        }
    }
    for (const Line &l : horizontal)
        yMax = std::max(yMax, l.value);
    if (yMax <= 0)
        yMax = 1;
    yMax *= 1.1;

    c->addSeries(curve_);
    if (secondCurve_)
        c->addSeries(secondCurve_);
    auto *xAxis = new QValueAxis;
    xAxis->setRange(lo, hi);
    xAxis->setTitleText(tr("Observed value in a period"));
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, yMax);
    //: Axis title of money charts.
    yAxis->setTitleText(tr("Amount (NOK)"));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    xAxis->applyNiceNumbers();
    yAxis->applyNiceNumbers();
    fitLabelDecimals(xAxis); // the metric's unit: units, a share, kroner
    fitWholeNumberTicks(yAxis);
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    curve_->attachAxis(xAxis);
    curve_->attachAxis(yAxis);
    if (secondCurve_) {
        secondCurve_->attachAxis(xAxis);
        secondCurve_->attachAxis(yAxis);
    }

    std::set<QString> named;
    auto addReference = [&](const Line &l, bool isVertical, const QColor &colour) {
        auto *s = new QLineSeries;
        s->setName(l.name);
        QPen p(colour);
        p.setStyle(Qt::DashLine);
        p.setWidthF(1.2);
        s->setPen(p);
        if (isVertical) {
            s->append(l.value, 0);
            s->append(l.value, yMax);
        } else {
            s->append(lo, l.value);
            s->append(hi, l.value);
        }
        c->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
        // One legend entry per kind of line.
        const bool first = named.insert(l.name).second;
        for (QLegendMarker *marker : c->legend()->markers(s))
            marker->setVisible(first);
        references_.push_back(s);
    };
    for (const Line &l : vertical)
        addReference(l, true,
                     l.name == tr("Counterfactual")         ? QColor(0x80, 0x80, 0x80)
                     : l.name == tr("Settlement threshold") ? QColor(0x2e, 0x8b, 0x57)
                                                            : QColor(0x2a, 0x7a, 0xc0));
    // Each cap its own colour: the metric's cap red, the contract's total cap violet.
    for (const Line &l : horizontal)
        addReference(l, false,
                     l.name == tr("Total cap") ? QColor(0x8e, 0x44, 0xad)
                                               : QColor(0xd0, 0x50, 0x40));
}

} // namespace effekt::views
