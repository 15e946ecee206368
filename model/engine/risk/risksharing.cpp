#include "risksharing.h"

#include "scenario.h"

#include <algorithm>
#include <optional>

namespace effekt {

namespace {

RiskCurvePoint pointOf(double factor, const RiskKpis &k) {
    RiskCurvePoint pt;
    pt.factor = factor;
    pt.payments = k.payments;
    pt.npvPayments = k.npvPayments;
    pt.traditionalCost = k.traditionalCost;
    pt.npvTraditional = k.npvTraditional;
    pt.investorProfit = k.investorProfit;
    pt.netValue = k.netValue;
    pt.traditionalNetValue = k.traditionalNetValue;
    return pt;
}

// The project at `factor` on `basis`, computed. The plan basis and the break-even search read no
// ledger (payments.cpp): neither does the curve on the plan, so that f = 1 is the plan and the
// break-even factor lies on the curve. On the forecast the ledger stays, as the forecast's own
// results (and presentation mode's what-if) read it, so that f = 1 is the forecast.
std::optional<Results> computeAt(const Project &project, double factor, Basis basis, Project &p) {
    Scenario s;
    s.factor = factor;
    try {
        p = applyScenario(project, s, basis);
        if (basis == Basis::Plan)
            p.ledger = Shared<Ledger>();
        Results r = compute(p, Basis::Forecast, ComputeOptions{.kpis = false});
        if (hasErrors(r.diagnostics))
            return std::nullopt;
        return r;
    } catch (const MoneyOverflow &) {
        return std::nullopt;
    }
}

// What the investors got back (distributions, without guarantees) less what was drawn, as the
// engine's break-even search measures it (kpis.cpp); none when the computation failed.
std::optional<Money> breakEvenGapAt(const Project &project, double factor, Basis basis) {
    Project p;
    const std::optional<Results> r = computeAt(project, factor, basis, p);
    if (!r)
        return std::nullopt;
    Money gap = 0;
    try {
        for (const InvestorResult &inv : r->investors)
            gap = money::add(gap, money::sub(inv.distributed, inv.drawn));
    } catch (const MoneyOverflow &) {
        return std::nullopt;
    }
    return gap;
}

// The break-even factor on the forecast: the gap crosses from < 0 to >= 0, bracketed by doubling
// from 1 up to 1024 and bisected until the bracket is no wider than the engine's tolerance.
void forecastBreakEven(const Project &project, RiskCurve &curve) {
    constexpr double kTolerance = 1e-3;
    if (project.investors.empty())
        return;
    auto repaid = [&](double f) -> std::optional<bool> {
        const std::optional<Money> g = breakEvenGapAt(project, f, Basis::Forecast);
        if (!g)
            return std::nullopt;
        return *g >= 0;
    };
    const std::optional<bool> atZero = repaid(0.0);
    if (!atZero)
        return;
    if (*atZero) {
        curve.breakEvenFactor = 0.0;
        curve.breakEvenTolerance = 0;
        return;
    }
    double lo = 0, hi = 1;
    for (;;) {
        const std::optional<bool> r = repaid(hi);
        if (!r)
            return;
        if (*r)
            break;
        lo = hi;
        hi *= 2;
        if (hi > 1024)
            return;
    }
    while (hi - lo > kTolerance) {
        const double mid = lo + 0.5 * (hi - lo);
        const std::optional<bool> r = repaid(mid);
        if (!r)
            return;
        (*r ? hi : lo) = mid;
    }
    curve.breakEvenFactor = hi;
    curve.breakEvenTolerance = hi - lo;
}

} // namespace

RiskCurvePoint riskCurvePoint(const Project &project, double factor, Basis basis) {
    Project p;
    const std::optional<Results> r = computeAt(project, factor, basis, p);
    if (!r) {
        RiskCurvePoint failed;
        failed.factor = factor;
        failed.failed = true;
        return failed;
    }
    return pointOf(factor, riskKpis(p, *r));
}

RiskCurve riskSharingCurve(const Project &project, const RiskCurveSettings &settings) {
    RiskCurve curve;
    const int steps = std::max(settings.steps, 1);
    curve.points.reserve(static_cast<std::size_t>(steps) + 1);
    for (int i = 0; i <= steps; ++i) {
        // maxFactor · i first, then ÷ steps: the last factor is maxFactor exactly, and with the
        // defaults f = 1 (i = 100) is exactly 1.
        const double f = settings.maxFactor * static_cast<double>(i) / static_cast<double>(steps);
        curve.points.push_back(riskCurvePoint(project, f, settings.basis));
    }
    curve.basis = settings.basis;
    curve.plan = riskCurvePoint(project, 1.0, settings.basis);

    if (settings.basis == Basis::Plan) {
        Project plan = project;
        plan.ledger = Shared<Ledger>();
        const Results r = compute(plan, Basis::Plan);
        if (!hasErrors(r.diagnostics) && r.breakEvenFactor) {
            curve.breakEvenFactor = r.breakEvenFactor;
            curve.breakEvenTolerance = r.breakEvenTolerance;
        }
    } else {
        forecastBreakEven(project, curve);
    }
    if (curve.breakEvenFactor)
        curve.breakEven = riskCurvePoint(project, *curve.breakEvenFactor, settings.basis);
    return curve;
}

} // namespace effekt
