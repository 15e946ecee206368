// Cohort tests and the final settlement (docs/engine.md "Cohort tests and the final settlement";
// the HMP Peterborough social impact bond): a per-unit rule on a metric tested cohort by cohort
// pays in each period the improvement units of the cohorts that reached their own threshold against
// their own comparison group, and, in the settlement's period, the pooled improvement of all
// cohorts that the tests have not already counted when the pooled cohorts reach the settlement's
// threshold. Kept apart from the payment loops: a project without cohort outcomes never comes here.
#include "engine_detail.h"

namespace effekt {

namespace engine {

namespace {

inline double improvement(Direction d, double a, double b) {
    return d == Direction::HigherIsBetter ? std::max(0.0, a - b) : std::max(0.0, b - a);
}

// x = u / |b|, none when b = 0.
inline std::optional<double> relativeOf(double u, double b) {
    if (b == 0)
        return std::nullopt;
    return u / std::fabs(b);
}

} // namespace

void cohortUnits(const Prepared &pp, Basis basis, std::optional<double> factor, int end,
                 PaymentRun &out, Results *detail) {
    const std::size_t M = pp.metrics.size();
    const int n = pp.n;
    end = end < 0 ? n : std::min(end, n);
    out.cohortUnits.resize(M);
    if (detail) {
        detail->cohortTests.assign(M, {});
        detail->settlements.assign(M, std::nullopt);
    }
    for (const PreparedCohortTest &test : pp.cohortTests) {
        const PreparedMetric &pm = pp.metrics[test.metric];
        const Direction direction = pm.m->direction;
        std::vector<double> &units = out.cohortUnits[test.metric];
        units.assign(idx(n), 0.0);
        std::vector<CohortTestResult> *rows = detail ? &detail->cohortTests[test.metric] : nullptr;
        if (rows) {
            rows->resize(test.cohorts.size());
            for (std::size_t k = 0; k < test.cohorts.size(); ++k) {
                CohortTestResult &row = (*rows)[k];
                row.cohortId = test.cohorts[k].outcome->cohortId;
                row.observed.assign(idx(n), 0.0);
                row.counterfactual.assign(idx(n), 0.0);
                row.units.assign(idx(n), 0.0);
                row.relative.assign(idx(n), std::nullopt);
                row.passed.assign(idx(n), false);
            }
        }
        const int S = test.settlementPeriod;
        double pooledA = 0, pooledB = 0;
        for (int t = 0; t < n; ++t) {
            double eligible = 0;
            for (std::size_t k = 0; k < test.cohorts.size(); ++k) {
                const PreparedCohort &c = test.cohorts[k];
                const double b = c.cf[idx(t)];
                // a_c(t): as observedOn forms a(t), per cohort (the factor scales each cohort's
                // own improvement: a_c' = b_c + f · (a_c − b_c)).
                const double a = factor ? b + *factor * (c.plan[idx(t)] - b)
                                 : basis == Basis::Plan
                                     ? c.plan[idx(t)]
                                     : finiteOr0(observedSeries(*c.outcome, t, basis));
                if (rows) {
                    (*rows)[k].observed[idx(t)] = a;
                    (*rows)[k].counterfactual[idx(t)] = b;
                }
                if (t >= end)
                    continue; // after early termination: nothing tested, nothing paid
                if (t <= S) {
                    pooledA += a;
                    pooledB += b;
                }
                const double u = improvement(direction, a, b);
                const std::optional<double> x = relativeOf(u, b);
                // Passes with no threshold, or with x defined and at least the threshold.
                const bool passed = c.threshold == 0 || (x && *x >= c.threshold);
                if (passed)
                    eligible += u;
                if (rows) {
                    CohortTestResult &row = (*rows)[k];
                    row.units[idx(t)] = u;
                    row.relative[idx(t)] = x;
                    row.passed[idx(t)] = passed;
                }
            }
            units[idx(t)] = eligible;
        }
        // The settlement, in its period when the contract delivered it: the pooled improvement
        // less what the tests counted up to it (before any cap), when the pooled cohorts pass.
        if (S < 0 || S >= end)
            continue;
        SettlementResult st;
        st.period = S;
        st.pooledUnits = improvement(direction, pooledA, pooledB);
        st.pooledRelative = relativeOf(st.pooledUnits, pooledB);
        st.passed = st.pooledRelative && *st.pooledRelative >= test.settlementThreshold;
        for (int t = 0; t <= S; ++t)
            st.unitsCounted += units[idx(t)];
        if (st.passed)
            st.unitsAdded = std::max(0.0, st.pooledUnits - st.unitsCounted);
        units[idx(S)] += st.unitsAdded;
        if (detail)
            detail->settlements[test.metric] = st;
    }
}

} // namespace engine

} // namespace effekt
