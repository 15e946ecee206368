// First slice of the engine: per-unit payments with lag. Replaced by the full engine (issue 3).
#include "engine.h"

#include <algorithm>

namespace effekt {

double observedValue(const Metric &metric, int t, Basis basis) {
    const auto i = static_cast<std::size_t>(t);
    const double plan = i < metric.plan.size() ? metric.plan[i] : 0.0;
    const std::optional<double> actual = i < metric.actual.size() ? metric.actual[i] : std::nullopt;
    switch (basis) {
    case Basis::Plan: return plan;
    case Basis::Actual: return actual.value_or(0.0);
    case Basis::Forecast: return actual.value_or(plan);
    }
    return plan;
}

Diagnostics validate(const Project &) {
    return {};
}

Results compute(const Project &project, Basis basis) {
    Results r;
    r.basis = basis;
    const int n = project.timeline.periods;
    int maxLag = 0;
    for (const Metric &m : project.metrics)
        maxLag = std::max(maxLag, m.rule.lag);
    r.periods = n + maxLag;
    for (const Party &p : project.parties)
        if (p.isPayer())
            r.payerIds.push_back(p.id);
    r.outcomeDue.assign(static_cast<std::size_t>(r.periods), 0);
    r.fixedFeesDue.assign(static_cast<std::size_t>(r.periods), 0);
    r.totalDue.assign(static_cast<std::size_t>(r.periods), 0);
    try {
        for (const Metric &m : project.metrics) {
            std::vector<MetricPeriod> row(static_cast<std::size_t>(n));
            for (int t = 0; t < n; ++t) {
                MetricPeriod &mp = row[static_cast<std::size_t>(t)];
                mp.observed = observedValue(m, t, basis);
                mp.counterfactual = static_cast<std::size_t>(t) < m.counterfactual.size()
                                        ? m.counterfactual[static_cast<std::size_t>(t)]
                                        : 0.0;
                mp.units = m.direction == Direction::HigherIsBetter
                               ? std::max(0.0, mp.observed - mp.counterfactual)
                               : std::max(0.0, mp.counterfactual - mp.observed);
                mp.paidUnits = mp.units;
                mp.gross = money::times(m.rule.price, mp.units);
                mp.afterParticipantCap = mp.afterMetricCap = mp.afterTotalCap = mp.gross;
                mp.duePeriod = t + m.rule.lag;
                auto &due = r.outcomeDue[static_cast<std::size_t>(mp.duePeriod)];
                due = money::add(due, mp.afterTotalCap);
            }
            r.metric.push_back(std::move(row));
        }
        for (std::size_t t = 0; t < r.totalDue.size(); ++t) {
            r.totalDue[t] = money::add(r.outcomeDue[t], r.fixedFeesDue[t]);
            r.totalPayments = money::add(r.totalPayments, r.totalDue[t]);
        }
    } catch (const MoneyOverflow &) {
        r.diagnostics.push_back(
            Diagnostic{DiagCode::MoneyOverflow, Severity::Error, "project", -1, "", -1, {}});
    }
    return r;
}

} // namespace effekt
