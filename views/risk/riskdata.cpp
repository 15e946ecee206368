#include "riskdata.h"

#include "format.h"

#include <QCoreApplication>

#include <cmath>

namespace effekt::views {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(RiskCharts)
};

} // namespace

int nearestStep(const RiskCurve &curve, double factor) {
    int best = 0;
    const auto &pts = curve.points;
    for (std::size_t i = 0; i < pts.size(); ++i)
        if (std::abs(pts[i].factor - factor) <
            std::abs(pts[static_cast<std::size_t>(best)].factor - factor))
            best = static_cast<int>(i);
    return best;
}

ChartData riskSharingChartData(const Project &project, const RiskCurve &curve,
                               const QLocale &locale) {
    ChartData d;
    d.id = QStringLiteral("riskSharing");
    d.title = Text::tr("Who carries the risk");
    d.xTitle = Text::tr("Achievement factor");
    d.yTitle = Text::tr("Kroner");
    d.contract = QString::fromStdString(project.name);
    // Labels every 25 % (labelledPeriods takes the step as "a year").
    d.periodsPerYear = 25;
    const double nan = std::nan("");
    ChartSeries payments{Text::tr("Commissioner pays"), ChartSeries::Kind::Line, {}};
    ChartSeries traditional{Text::tr("Traditional cost"), ChartSeries::Kind::Reference, {}};
    ChartSeries investors{Text::tr("Investors' profit or loss"), ChartSeries::Kind::Line, {}};
    ChartSeries netValue{Text::tr("Net value (NPV)"), ChartSeries::Kind::Line, {}};
    for (const RiskCurvePoint &pt : curve.points) {
        d.categories << formatPercent(pt.factor, locale, 0);
        payments.values.push_back(pt.failed ? nan : kroner(pt.payments));
        traditional.values.push_back(pt.failed ? nan : kroner(pt.traditionalCost));
        investors.values.push_back(pt.failed ? nan : kroner(pt.investorProfit));
        netValue.values.push_back(pt.failed ? nan : kroner(pt.netValue));
    }
    const std::size_t n = curve.points.size();
    ChartSeries plan{curve.basis == Basis::Forecast ? Text::tr("Today's forecast")
                                                    : Text::tr("Today's plan"),
                     ChartSeries::Kind::Marker, std::vector<double>(n, nan)};
    if (n > 0 && !curve.plan.failed)
        plan.values[static_cast<std::size_t>(nearestStep(curve, 1.0))] =
            kroner(curve.plan.payments);
    ChartSeries breakEven{Text::tr("Break-even"), ChartSeries::Kind::Marker,
                          std::vector<double>(n, nan)};
    if (n > 0 && curve.breakEvenFactor && curve.breakEven && !curve.breakEven->failed) {
        breakEven.name =
            Text::tr("Break-even (%1)").arg(formatPercent(*curve.breakEvenFactor, locale, 0));
        breakEven.values[static_cast<std::size_t>(nearestStep(curve, *curve.breakEvenFactor))] =
            kroner(curve.breakEven->investorProfit);
    }
    d.series = {payments, traditional, investors, netValue, plan, breakEven};
    return d;
}

QString formatMultiple(std::optional<double> multiple, const QLocale &locale) {
    if (!multiple || !std::isfinite(*multiple))
        return QStringLiteral("–");
    return formatNumber(*multiple, locale, 2) + QStringLiteral("×");
}

QString formatIrr(std::optional<double> irr, const QLocale &locale) {
    if (!irr || !std::isfinite(*irr))
        return QStringLiteral("–");
    return formatPercent(*irr, locale, 1);
}

} // namespace effekt::views

namespace effekt::views {

QString tornadoInputName(const Project &project, const TornadoBar &bar, const QLocale &locale) {
    auto pct = [&](double v) { return formatPercent(v, locale, 0); };
    auto change = [&](double v) {
        return (v > 0 ? QStringLiteral("+") : QString()) + formatPercent(v, locale, 0);
    };
    switch (bar.input) {
    case TornadoInput::MetricFactor: {
        const Metric *m = project.metric(bar.metricId);
        return Text::tr("%1: achievement %2 / %3")
            .arg(m ? QString::fromStdString(m->name) : QString::number(bar.metricId),
                 pct(bar.lowValue), pct(bar.highValue));
    }
    case TornadoInput::Prices:
        return Text::tr("Prices %1 / %2").arg(change(bar.lowValue), change(bar.highValue));
    case TornadoInput::DeliveryCost:
        return Text::tr("Delivery cost %1 / %2").arg(change(bar.lowValue), change(bar.highValue));
    case TornadoInput::Lag:
        return Text::tr("Payment lag +%n period(s)", nullptr,
                        static_cast<int>(std::lround(bar.highValue)));
    case TornadoInput::Savings:
        return Text::tr("Savings per unit %1 / %2")
            .arg(change(bar.lowValue), change(bar.highValue));
    case TornadoInput::Intake:
        return Text::tr("Intake %1 / %2").arg(change(bar.lowValue), change(bar.highValue));
    case TornadoInput::DiscountRate:
        return Text::tr("Discount rate %1 / %2")
            .arg(formatPercent(bar.lowValue, locale, 1), formatPercent(bar.highValue, locale, 1));
    }
    return QString();
}

ChartData tornadoChartData(const Project &project, const Tornado &tornado, TornadoFigure figure,
                           const QLocale &locale) {
    ChartData d;
    const bool irr = figure == TornadoFigure::Irr;
    d.id = irr ? QStringLiteral("tornadoIrr") : QStringLiteral("tornadoNetValue");
    d.title = irr ? Text::tr("What moves the investors' IRR")
                  : Text::tr("What moves the commissioner's net value");
    d.xTitle = Text::tr("Input");
    d.yTitle = irr ? Text::tr("Change in IRR (percentage points)")
                   : Text::tr("Change in net value (kroner)");
    d.unit = irr ? ChartData::Unit::Number : ChartData::Unit::Money;
    d.contract = QString::fromStdString(project.name);
    ChartSeries low{Text::tr("Input down"), ChartSeries::Kind::Bar, {}};
    ChartSeries high{Text::tr("Input up"), ChartSeries::Kind::Bar, {}};
    const double nan = std::nan("");
    for (const TornadoBar &b : irr ? tornado.byIrr : tornado.byNetValue) {
        d.categories << tornadoInputName(project, b, locale);
        if (b.failed) {
            low.values.push_back(nan);
            high.values.push_back(nan);
        } else if (irr) {
            low.values.push_back(b.irrLow ? *b.irrLow * 100.0 : nan);
            high.values.push_back(b.irrHigh ? *b.irrHigh * 100.0 : nan);
        } else {
            low.values.push_back(kroner(b.netValueLow));
            high.values.push_back(kroner(b.netValueHigh));
        }
    }
    d.series = {low, high};
    return d;
}

ChartData fanChartData(const Project &project, const SimulationResult &result,
                       std::optional<int> planEndedAfter, const QLocale &locale) {
    ChartData d;
    d.id = QStringLiteral("fan");
    d.title = Text::tr("Cumulative payments, spread over the trials");
    d.xTitle = Text::tr("Period");
    d.yTitle = Text::tr("Kroner");
    d.contract = QString::fromStdString(project.name);
    d.periodsPerYear = periodsPerYear(project.timeline.length);
    ChartSeries p5{Text::tr("P5"), ChartSeries::Kind::DashedLine, {}};
    ChartSeries p25{Text::tr("P25"), ChartSeries::Kind::DashedLine, {}};
    ChartSeries p50{Text::tr("Median"), ChartSeries::Kind::Line, {}};
    ChartSeries p75{Text::tr("P75"), ChartSeries::Kind::DashedLine, {}};
    ChartSeries p95{Text::tr("P95"), ChartSeries::Kind::DashedLine, {}};
    for (std::size_t t = 0; t < result.fan.size(); ++t) {
        d.categories << periodLabel(project.timeline, static_cast<int>(t), locale);
        const FanPoint &f = result.fan[t];
        p5.values.push_back(f.p5 / 100.0);
        p25.values.push_back(f.p25 / 100.0);
        p50.values.push_back(f.p50 / 100.0);
        p75.values.push_back(f.p75 / 100.0);
        p95.values.push_back(f.p95 / 100.0);
    }
    d.series = {p5, p25, p50, p75, p95};
    markContractEnd(d, project, planEndedAfter, locale);
    return d;
}

namespace {

ChartData histogramData(const Histogram &h, double scale, bool money, const QLocale &locale) {
    ChartData d;
    d.unit = ChartData::Unit::Number;
    d.yTitle = Text::tr("Trials");
    d.periodsPerYear = 5; // a label on every fifth bin
    for (std::size_t i = 0; i + 1 < h.edges.size(); ++i) {
        const double mid = (h.edges[i] + h.edges[i + 1]) / 2.0 * scale;
        d.categories << (money ? formatAmount(money::round(mid * money::kMinorPerMajor), locale)
                               : formatNumber(mid, locale, 2));
    }
    return d;
}

std::vector<double> counts(const std::vector<int> &c) {
    return std::vector<double>(c.begin(), c.end());
}

} // namespace

ChartData multipleHistogramData(const Project &project, const SimulationResult &result, int bins,
                                const QLocale &locale) {
    const Histogram h = histogram(result.investorMultiples, {}, bins);
    ChartData d = histogramData(h, 1.0, false, locale);
    d.id = QStringLiteral("multipleHistogram");
    d.title = Text::tr("The investors' multiple over the trials");
    d.xTitle = Text::tr("Multiple (returned ÷ invested)");
    d.contract = QString::fromStdString(project.name);
    d.series = {ChartSeries{Text::tr("Trials"), ChartSeries::Kind::Bar, counts(h.countsA)}};
    return d;
}

ChartData netCostHistogramData(const Project &project, const SimulationResult &result, int bins,
                               const QLocale &locale) {
    const Histogram h = histogram(result.netCosts, result.traditionalNetCosts, bins);
    ChartData d = histogramData(h, 0.01, true, locale);
    d.id = QStringLiteral("netCostHistogram");
    d.title = Text::tr("The commissioner's net cost under both contract forms");
    d.xTitle = Text::tr("Net cost, NPV (kroner)");
    d.contract = QString::fromStdString(project.name);
    d.series = {
        ChartSeries{Text::tr("Effektkontrakt"), ChartSeries::Kind::Bar, counts(h.countsA)},
        ChartSeries{Text::tr("Traditional contract"), ChartSeries::Kind::Bar, counts(h.countsB)}};
    return d;
}

} // namespace effekt::views
