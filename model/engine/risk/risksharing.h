// The risk-sharing curve (DOMAIN.md §8, docs/risk.md): one common achievement factor f swept from
// 0 to 1.5, and at each f who carries what: the commissioner's net cost under the effektkontrakt
// and under the traditional alternative, the investors' profit or loss, the commissioner's net
// value; with the break-even factor and the plan (f = 1) marked.
#pragma once

#include "engine.h"
#include "riskkpis.h"

#include <optional>
#include <vector>

namespace effekt {

struct RiskCurveSettings {
    int steps = 150;        // intervals: steps + 1 points, f = maxFactor · i / steps
    double maxFactor = 1.5; // the last factor
    // Whose improvement is scaled: the plan's, or the forecast's (actuals where reported, plan for
    // the rest), so that the curve at f = 1 equals the figures shown beside it on that basis.
    Basis basis = Basis::Plan;
};

// One point of the curve: the project with every metric's improvement on `basis` scaled by
// `factor` (applyScenario with a common factor on that basis, computed on the forecast basis),
// summed up by riskKpis.
struct RiskCurvePoint {
    double factor = 0;
    Money payments = 0;            // commissioner's net cost under the effektkontrakt, nominal
    Money npvPayments = 0;         // the same discounted
    Money traditionalCost = 0;     // under the traditional alternative, nominal (flat in f)
    Money npvTraditional = 0;      // the same discounted
    Money investorProfit = 0;      // investors' profit (> 0) or loss (< 0), nominal
    Money netValue = 0;            // commissioner's net value: NPV savings − NPV payments
    Money traditionalNetValue = 0; // NPV savings − NPV traditional
    bool failed = false;           // the computation reported an error: figures are 0
    bool operator==(const RiskCurvePoint &) const = default;
};

struct RiskCurve {
    std::vector<RiskCurvePoint> points; // steps + 1, by factor
    RiskCurvePoint plan;                // f = 1: the figures of the basis itself
    Basis basis = Basis::Plan;          // the basis scaled (RiskCurveSettings::basis)
    // The smallest factor at which the investors' distributions reach their capital, with its
    // tolerance: they do at `breakEvenFactor` and not at breakEvenFactor − breakEvenTolerance.
    // On the plan basis it is Results::breakEvenFactor (the same scaling); on the forecast basis
    // it is searched on the curve's own points (riskCurvePoint), by bisection to 1e-4. None when
    // no factor up to 1024 repays them (or there are no investors).
    std::optional<double> breakEvenFactor;
    double breakEvenTolerance = 0;
    std::optional<RiskCurvePoint> breakEven; // the figures at breakEvenFactor
    bool operator==(const RiskCurve &) const = default;
};

// The point at one factor (the sweep computes each point with this).
RiskCurvePoint riskCurvePoint(const Project &project, double factor, Basis basis = Basis::Plan);

// The whole curve. steps < 1 is taken as 1.
RiskCurve riskSharingCurve(const Project &project, const RiskCurveSettings &settings = {});

} // namespace effekt
