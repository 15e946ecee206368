#include "risksharing.h"

#include "scenario.h"

#include <algorithm>

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

} // namespace

RiskCurvePoint riskCurvePoint(const Project &project, double factor) {
    Scenario s;
    s.factor = factor;
    try {
        Project p = applyScenario(project, s, Basis::Plan);
        // The plan basis and the break-even search read no ledger (payments.cpp): neither does
        // the curve, so that f = 1 is the plan and the break-even factor lies on the curve.
        p.ledger = Shared<Ledger>();
        const Results r = compute(p, Basis::Forecast, ComputeOptions{.kpis = false});
        if (hasErrors(r.diagnostics)) {
            RiskCurvePoint failed;
            failed.factor = factor;
            failed.failed = true;
            return failed;
        }
        return pointOf(factor, riskKpis(p, r));
    } catch (const MoneyOverflow &) {
        RiskCurvePoint failed;
        failed.factor = factor;
        failed.failed = true;
        return failed;
    }
}

RiskCurve riskSharingCurve(const Project &project, const RiskCurveSettings &settings) {
    RiskCurve curve;
    const int steps = std::max(settings.steps, 1);
    curve.points.reserve(static_cast<std::size_t>(steps) + 1);
    for (int i = 0; i <= steps; ++i) {
        // maxFactor · i first, then ÷ steps: the last factor is maxFactor exactly, and with the
        // defaults f = 1 (i = 100) is exactly 1.
        const double f = settings.maxFactor * static_cast<double>(i) / static_cast<double>(steps);
        curve.points.push_back(riskCurvePoint(project, f));
    }
    curve.plan = riskCurvePoint(project, 1.0);

    Project plan = project;
    plan.ledger = Shared<Ledger>();
    const Results r = compute(plan, Basis::Plan);
    if (!hasErrors(r.diagnostics) && r.breakEvenFactor) {
        curve.breakEvenFactor = r.breakEvenFactor;
        curve.breakEvenTolerance = r.breakEvenTolerance;
        curve.breakEven = riskCurvePoint(project, *r.breakEvenFactor);
    }
    return curve;
}

} // namespace effekt
