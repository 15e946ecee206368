// The figures every risk view compares (DOMAIN.md §8): one computed run of a contract summed up
// for the commissioner, the traditional alternative and the investors.
#pragma once

#include "engine.h"

#include <optional>
#include <vector>

namespace effekt {

struct RiskKpis {
    Money payments = 0;            // commissioner side, nominal, net of what it keeps
    Money npvPayments = 0;         // the same discounted (DOMAIN.md §6)
    Money npvSavings = 0;          // savings, discounted
    Money netValue = 0;            // npvSavings − npvPayments: the commissioner's net value
    Money traditionalCost = 0;     // delivery cost × (1 + margin) over the whole contract, nominal
    Money npvTraditional = 0;      // the same discounted, period by period
    Money traditionalNetValue = 0; // npvSavings − npvTraditional
    Money investorDrawn = 0;       // all investors together
    Money investorReturned = 0;    // distributions + guarantees
    Money investorProfit = 0;      // investorReturned − investorDrawn
    std::optional<double> investorMultiple;  // investorReturned ÷ investorDrawn; none if no draw
    std::optional<double> investorIrrAnnual; // all investors' flows together; none when no IRR
    bool totalCapReached = false;            // the contract's total cap bound
    std::optional<int> terminatedAfter;      // §8b
    bool operator==(const RiskKpis &) const = default;
};

// Sums up `results`, computed from `project`. The traditional alternative is the whole contract's
// delivery cost (the project's, not cut by a termination: an ordinary contract is paid whatever
// the outcome) with the margin, each period discounted like the payments.
RiskKpis riskKpis(const Project &project, const Results &results);

// The traditional alternative's figures, which depend on the project alone (its delivery costs,
// margin, discount rate and period length), not on a run.
struct TraditionalFigures {
    Money cost = 0; // RiskKpis::traditionalCost
    Money npv = 0;  // RiskKpis::npvTraditional
};
TraditionalFigures traditionalFigures(const Project &project);

// riskKpis() for runs of one project (Monte Carlo): the traditional figures worked out once,
// `flows` the scratch of the investors' flows, and the IRR only with `irr` (otherwise
// investorIrrAnnual is none). With irr, the same figures as riskKpis(project, results).
RiskKpis riskKpis(const Project &project, const Results &results,
                  const TraditionalFigures &traditional, std::vector<double> &flows, bool irr);

// The same from the figures the fast path of a Monte Carlo trial gives (engine.h, RunTotals):
// equal to riskKpis() of compute()'s results whenever Recomputation::computeTotals() gave them.
RiskKpis riskKpis(const Project &project, const RunTotals &totals,
                  const TraditionalFigures &traditional, std::vector<double> &flows, bool irr);

} // namespace effekt
