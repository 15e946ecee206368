#include "scenario.h"

#include <cmath>
#include <limits>

namespace effekt {

namespace {

int scaledCount(int n, double factor) {
    const double v = std::round(static_cast<double>(n) * factor);
    if (!(v >= 0))
        return 0;
    if (v > static_cast<double>(std::numeric_limits<int>::max()))
        return std::numeric_limits<int>::max();
    return static_cast<int>(v);
}

} // namespace

Scenario basisScenario() {
    Scenario s;
    s.name = "Basis";
    return s;
}

std::vector<Scenario> defaultScenarios(const std::string &low, const std::string &basis,
                                       const std::string &high) {
    std::vector<Scenario> out(3);
    out[0].id = 1;
    out[0].name = low;
    out[0].factor = 0.5;
    out[1].id = 2;
    out[1].name = basis;
    out[2].id = 3;
    out[2].name = high;
    out[2].factor = 1.2;
    return out;
}

Project applyScenario(const Project &project, const Scenario &scenario, Basis basis) {
    Project p = project;
    p.normalise();
    for (Metric &m : p.metrics) {
        double f = scenario.factor;
        int k = scenario.delay;
        for (const MetricOverride &o : scenario.metrics)
            if (o.metricId == m.id) {
                f = o.factor;
                k = o.delay;
            }
        if (k < 0)
            k = 0;
        // a'(t) = b(t) + f · (a(t − k) − b(t − k)) of one series on the basis, as its reported
        // values. A metric tested cohort by cohort: of each cohort's series (docs/risk.md), its
        // own series being unused.
        auto scale = [&](auto &series) {
            const int n = static_cast<int>(series.plan.size());
            std::vector<double> observed(series.plan.size());
            for (int t = 0; t < n; ++t)
                observed[static_cast<std::size_t>(t)] = observedValue(series, t, basis);
            for (int t = 0; t < n; ++t) {
                const auto i = static_cast<std::size_t>(t);
                double a = series.counterfactual[i];
                if (t >= k) {
                    const auto j = static_cast<std::size_t>(t - k);
                    a += f * (observed[j] - series.counterfactual[j]);
                }
                series.actual[i] = a;
            }
        };
        if (m.cohortOutcomes.empty())
            scale(m);
        for (CohortOutcome &c : m.cohortOutcomes)
            scale(c);
        if (scenario.savingsFactor != 1.0)
            for (SavingsLine &s : m.savings)
                s.perUnit = money::times(s.perUnit, scenario.savingsFactor);
    }
    if (scenario.intakeFactor != 1.0) {
        p.targetGroup.plannedSize = scaledCount(p.targetGroup.plannedSize, scenario.intakeFactor);
        for (Cohort &c : p.targetGroup.cohorts) {
            c.plannedSize = scaledCount(c.plannedSize, scenario.intakeFactor);
            for (int &v : c.intake)
                v = scaledCount(v, scenario.intakeFactor);
        }
    }
    if (scenario.costFactor != 1.0)
        for (Money &c : p.deliveryCost)
            c = money::times(c, scenario.costFactor);
    if (scenario.discountRate)
        p.valuation.discountRate = *scenario.discountRate;
    return p;
}

} // namespace effekt

namespace effekt {

std::vector<ScenarioResult> computeScenarios(const Project &project,
                                             const std::vector<Scenario> &scenarios, Basis basis) {
    std::vector<ScenarioResult> out;
    out.reserve(scenarios.size());
    for (const Scenario &s : scenarios) {
        ScenarioResult sr;
        sr.scenarioId = s.id;
        sr.name = s.name;
        try {
            const Project p = applyScenario(project, s, basis);
            Results r = compute(p, Basis::Forecast, ComputeOptions{.kpis = false});
            sr.failed = hasErrors(r.diagnostics);
            if (!sr.failed) {
                sr.kpis = riskKpis(p, r);
                sr.paymentsNet = r.paymentsNet;
                sr.outcomeDue = r.outcomeDue;
                sr.investorNetFlows.assign(r.distributions.size(), 0);
                for (std::size_t t = 0; t < r.distributions.size(); ++t)
                    sr.investorNetFlows[t] = money::sub(r.distributions[t], r.draws[t]);
            }
            sr.diagnostics = std::move(r.diagnostics);
        } catch (const MoneyOverflow &) {
            sr.failed = true;
            sr.diagnostics.push_back(
                Diagnostic{DiagCode::MoneyOverflow, Severity::Error, "scenario", s.id, "", -1, {}});
        }
        out.push_back(std::move(sr));
    }
    return out;
}

std::vector<ScenarioResult> computeScenarios(const Project &project, Basis basis) {
    return computeScenarios(project, project.scenarios, basis);
}

} // namespace effekt
