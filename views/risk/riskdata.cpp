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

std::optional<RiskKpis> scenarioKpis(const Project &project, const Scenario &scenario,
                                     Basis basis) {
    try {
        const Project p = applyScenario(project, scenario, basis);
        return riskKpis(p, compute(p, Basis::Forecast));
    } catch (const MoneyOverflow &) {
        return std::nullopt;
    }
}

RiskCurve riskCurve(const Project &project, Basis basis, int steps, double maxFactor) {
    RiskCurve c;
    steps = std::max(1, steps);
    Scenario s = basisScenario();
    for (int i = 0; i <= steps; ++i) {
        s.factor = maxFactor * i / steps;
        c.factors.push_back(s.factor);
        c.kpis.push_back(scenarioKpis(project, s, basis));
    }
    for (std::size_t i = 1; i < c.kpis.size() && !c.breakEven; ++i) {
        if (!c.kpis[i - 1] || !c.kpis[i])
            continue;
        const double a = static_cast<double>(c.kpis[i - 1]->investorProfit);
        const double b = static_cast<double>(c.kpis[i]->investorProfit);
        if (a < 0 && b >= 0)
            c.breakEven = c.factors[i - 1] + (c.factors[i] - c.factors[i - 1]) * (-a) / (b - a);
    }
    return c;
}

int nearestStep(const RiskCurve &curve, double factor) {
    int best = 0;
    for (std::size_t i = 0; i < curve.factors.size(); ++i)
        if (std::abs(curve.factors[i] - factor) <
            std::abs(curve.factors[static_cast<std::size_t>(best)] - factor))
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
    ChartSeries payments{Text::tr("Commissioner pays (effektkontrakt)"), ChartSeries::Kind::Line,
                         {}};
    ChartSeries traditional{Text::tr("Commissioner pays (traditional)"),
                            ChartSeries::Kind::Reference,
                            {}};
    ChartSeries investors{Text::tr("Investors' profit or loss"), ChartSeries::Kind::Line, {}};
    ChartSeries netValue{Text::tr("Commissioner's net value (NPV)"), ChartSeries::Kind::Line, {}};
    for (std::size_t i = 0; i < curve.factors.size(); ++i) {
        d.categories << formatPercent(curve.factors[i], locale, 0);
        const std::optional<RiskKpis> &k = curve.kpis[i];
        payments.values.push_back(k ? kroner(k->payments) : nan);
        traditional.values.push_back(k ? kroner(k->traditionalCost) : nan);
        investors.values.push_back(k ? kroner(k->investorProfit) : nan);
        netValue.values.push_back(k ? kroner(k->netValue) : nan);
    }
    const std::size_t n = curve.factors.size();
    ChartSeries plan{Text::tr("Today's plan"), ChartSeries::Kind::Marker,
                     std::vector<double>(n, nan)};
    const auto today = static_cast<std::size_t>(nearestStep(curve, 1.0));
    if (today < n && std::abs(curve.factors[today] - 1.0) < 1e-9)
        plan.values[today] = payments.values[today];
    ChartSeries breakEven{Text::tr("Break-even"), ChartSeries::Kind::Marker,
                          std::vector<double>(n, nan)};
    if (curve.breakEven) {
        const auto i = static_cast<std::size_t>(nearestStep(curve, *curve.breakEven));
        breakEven.values[i] = investors.values[i];
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
