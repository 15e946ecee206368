// A metric tested cohort by cohort (Metric::cohortOutcomes) as the engine reads it: its observed
// values and counterfactual are the sums of its cohorts' series (docs/engine.md "Cohort tests and
// the final settlement"). The outcome grid shows these sums in the metric's own row, read-only,
// and the payout curve centres on them.
#pragma once

#include "project.h"

#include <optional>
#include <vector>

namespace effekt::views {

inline bool testedByCohort(const Metric &m) {
    return !m.cohortOutcomes.empty();
}

// The metric with its own plan, actual and counterfactual replaced by the sums of its cohorts'
// (an actual is reported in a period when any cohort's is; the others count 0 there, as the
// engine's actual basis has them). A metric not tested by cohort comes back as it is.
inline Metric withCohortSums(const Metric &m) {
    if (!testedByCohort(m))
        return m;
    Metric out = m;
    std::size_t n = 0;
    for (const CohortOutcome &c : m.cohortOutcomes)
        n = std::max({n, c.plan.size(), c.actual.size(), c.counterfactual.size()});
    out.plan.assign(n, 0.0);
    out.actual.assign(n, std::nullopt);
    out.counterfactual.assign(n, 0.0);
    for (const CohortOutcome &c : m.cohortOutcomes)
        for (std::size_t t = 0; t < n; ++t) {
            if (t < c.plan.size())
                out.plan[t] += c.plan[t];
            if (t < c.actual.size() && c.actual[t])
                out.actual[t] = out.actual[t].value_or(0.0) + *c.actual[t];
            if (t < c.counterfactual.size())
                out.counterfactual[t] += c.counterfactual[t];
        }
    return out;
}

} // namespace effekt::views
