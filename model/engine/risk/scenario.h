// Scenarios (DOMAIN.md §8): a project as a named set of overrides would have it.
#pragma once

#include "engine.h"
#include "riskkpis.h"

#include <string>
#include <vector>

namespace effekt {

// The project with `scenario`'s overrides applied, a pure function. For each metric, with its own
// factor f and delay k (or the scenario's common ones), the observed value of period t on `basis`
// becomes a'(t) = b(t) + f · (a(t − k) − b(t − k)) (a'(t) = b(t) for t < k: improvement pushed past
// the last period is lost). The result holds a' as the *reported* value of every period and leaves
// the plan as it was, so that computing it on the forecast basis gives the scenario while review
// points (§8b) still compare with the planner's plan. The intake factor scales every cohort's
// intake and planned size and the target group's planned size (rounded to whole people), the cost
// factor the delivery costs, the savings factor each savings line's amount per unit (rounded to the
// øre); a discount rate, when given, replaces the project's. Throws MoneyOverflow when a scaled
// amount does not fit.
Project applyScenario(const Project &project, const Scenario &scenario,
                      Basis basis = Basis::Forecast);

// The basis scenario (factor 1, no delay, every factor 1): applyScenario(p, basisScenario())
// computes as p on the same basis.
Scenario basisScenario();

// The three scenarios of a new project (DOMAIN.md §8): factor 0.5, 1 and 1.2 on every metric, with
// ids 1, 2, 3 and the given names (the views pass "Lav", "Basis", "Høy" or their translations).
std::vector<Scenario> defaultScenarios(const std::string &low, const std::string &basis,
                                       const std::string &high);

// One scenario computed (§8, scenarios side by side): compute(applyScenario(project, scenario,
// basis), Basis::Forecast) summed up by riskKpis, with the series a chart of the scenarios draws.
struct ScenarioResult {
    int scenarioId = 0;
    std::string name;
    RiskKpis kpis;
    std::vector<Money> paymentsNet;      // per due period: what the commissioner side pays
    std::vector<Money> outcomeDue;       // per due period: outcome payments falling due
    std::vector<Money> investorNetFlows; // per period: distributions − draws, all investors
    bool failed = false;                 // the computation reported an error (see diagnostics)
    Diagnostics diagnostics;             // of the computation (errors and warnings)
    bool operator==(const ScenarioResult &) const = default;
};

// Each of `scenarios` computed on `basis`, in their order. The KPIs of the break-even search are
// not needed and not computed (ComputeOptions::kpis = false): every figure equals compute() on
// applyScenario(project, scenario, basis).
std::vector<ScenarioResult> computeScenarios(const Project &project,
                                             const std::vector<Scenario> &scenarios,
                                             Basis basis = Basis::Forecast);

// The project's own scenarios (Project::scenarios), side by side; none when it has none (callers
// show defaultScenarios() then, with translated names).
std::vector<ScenarioResult> computeScenarios(const Project &project, Basis basis = Basis::Forecast);

} // namespace effekt
