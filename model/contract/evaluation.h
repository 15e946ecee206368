// Will the evaluation see the effect? (DOMAIN.md §8, docs/risk.md "Minimum detectable effect").
// For a metric counted in people and validated by a matched comparison or a randomised control:
// the minimum detectable effect (MDE) of a comparison of two groups of the cohort's planned size,
// at 80 % power and 5 % two-sided significance, beside the effect the plan promises.
//
// It lives in the contract room, not in the risk room, because validate() reports the warning
// (DiagCode::EffectBelowDetectable) and validate() may use nothing but this room; the risk room
// and the views call it from here.
#pragma once

#include "project.h"

#include <optional>
#include <vector>

namespace effekt {

// z(0.975) + z(0.80): 5 % two-sided significance and 80 % power.
constexpr double kMdeZ = 1.959964 + 0.841621;

struct EvaluationStrength {
    int metricId = 0;
    int sampleSize = 0;           // n: the planned size of the metric's cohort (or target group)
    double p0 = 0;                // Σ b(t) / n over the contract: the counterfactual share
    double p1 = 0;                // Σ a(t) / n over the contract, a on the plan
    double plannedEffect = 0;     // p1 − p0 (lower is better: p0 − p1), the planned improvement
    double mde = 0;               // kMdeZ · √(2 · p0 (1 − p0) / n)
    bool belowDetectable = false; // plannedEffect < mde: a real effect may go unmeasured
    bool operator==(const EvaluationStrength &) const = default;
};

// Whether §8's test applies: unit People and validation MatchedComparison or RandomisedControl.
bool hasEvaluationStrength(const Metric &metric);

// The metric's figures; none when the test does not apply, n ≤ 0, or p0 or p1 lies outside
// [0, 1] (more people than the cohort holds, or a negative count: the shares mean nothing).
std::optional<EvaluationStrength> evaluationStrength(const Project &project, const Metric &metric);

// Every metric's figures where they exist, in metric order.
std::vector<EvaluationStrength> evaluationStrengths(const Project &project);

} // namespace effekt
