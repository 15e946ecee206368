// What refers to an entity of the project, and what data goes with it: the questions the designer
// asks before it removes something or shortens the timeline, and the removals that take every
// reference along, so that no state reachable from the designer points at something gone.
#pragma once

#include "project.h"

namespace effekt {

// ---- Shortening the timeline

// Values held in periods [periods, timeline.periods) that a shorter timeline drops: plan values
// that are not 0, reported actual values, counterfactual values that are not 0 (per metric, and
// per cohort of a metric tested cohort by cohort), intake that is not 0 (per cohort), and delivery
// costs that are not 0; and the participant ledger's rows
// that fall in those periods (they stay, but outside the timeline).
struct PeriodLoss {
    int values = 0;
    int ledgerRows = 0;
    bool any() const { return values > 0 || ledgerRows > 0; }
};
PeriodLoss valuesBeyond(const Project &p, int periods);

// ---- Removing an entity

// What refers to an entity, or goes with it when it is removed. Counts of each kind; all 0:
// nothing.
struct Dependents {
    int metricPayers = 0;     // metrics whose payer split names the party
    int feePayers = 0;        // fixed fees whose payer split names the party
    int investors = 0;        // investors that are the party (removed with it)
    int guarantees = 0;       // investors the party guarantees
    int metrics = 0;          // metrics that measure the cohort
    int fixedFees = 0;        // fixed fees paid per participant of the cohort
    int outcomeValues = 0;    // reported actual values of the metric
    int ledgerRows = 0;       // ledger rows of the metric
    int intakeValues = 0;     // periods with intake of the cohort
    int scenarios = 0;        // scenarios with an override of the metric
    int distributions = 0;    // the metric's distribution in the Monte Carlo simulation (0 or 1)
    int reviews = 0;          // review points that test the metric (removed with it)
    int terminationPayee = 0; // the party receives the termination payment (0 or 1)
    int cohortOutcomes = 0;   // metrics tested cohort by cohort that hold the cohort's own outcome
                              // data (Metric::cohortOutcomes; the entry is removed with it)
    bool any() const {
        return metricPayers + feePayers + investors + guarantees + metrics + fixedFees +
                   outcomeValues + ledgerRows + intakeValues + scenarios + distributions + reviews +
                   terminationPayee + cohortOutcomes >
               0;
    }
};

Dependents partyDependents(const Project &p, int partyId);
Dependents metricDependents(const Project &p, int metricId);
Dependents cohortDependents(const Project &p, int cohortId);

// Remove the entity and every reference to it: a party leaves every payer split it is in (the
// others keep their shares), the investors that are the party go with it, guarantees by it end,
// and a termination payment to it has no payee any more; a metric takes its ledger rows, its
// overrides in every scenario, its distribution in the simulation and the review points that
// test it along (a review of all outcome payments that still names it forgets the name); a cohort
// leaves the metrics and fees that named it, and its outcome data leave every metric tested cohort
// by cohort (Metric::cohortOutcomes).
// Return false when there is no such entity.
bool removeParty(Project &p, int partyId);
bool removeMetric(Project &p, int metricId);
bool removeCohort(Project &p, int cohortId);

} // namespace effekt
