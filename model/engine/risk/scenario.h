// Scenarios (DOMAIN.md §8): a project as a named set of overrides would have it.
#pragma once

#include "engine.h"

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

} // namespace effekt
