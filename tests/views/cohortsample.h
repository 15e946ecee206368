// A contract tested cohort by cohort for the GUI tests, after HMP Peterborough's social impact
// bond (2010): three cohorts of released prisoners, each against its own comparison group; a
// cohort's reconviction events avoided are paid when they are at least 10 % of its comparison
// group's; a final test over the pooled cohorts at 7.5 % pays the rest at the end.
#pragma once

#include "project.h"

namespace effekt::test {

// Cohorts A, B, C (ids 1, 2, 3) in a contract of two yearly periods from 2027. Metric 1,
// "Reconviction events" (lower is better, 1 000 kr an event avoided), is tested cohort by cohort
// when `tested`: comparison groups 100 events each in both periods, planned 85, 92 and 88 (so A
// and C pass at 10 % and B does not), thresholds 10 % and a settlement at 7.5 % in the last period.
inline Project peterborough(bool tested = true) {
    Project p;
    p.name = "Peterborough";
    p.timeline = Timeline{Date{2027, 1, 1}, PeriodLength::Year, 2};
    p.targetGroup.name = "Released prisoners";
    p.targetGroup.plannedSize = 3000;
    p.targetGroup.cohorts = {Cohort{}, Cohort{}, Cohort{}};
    const char *names[] = {"Cohort A", "Cohort B", "Cohort C"};
    for (int i = 0; i < 3; ++i) {
        p.targetGroup.cohorts[std::size_t(i)].id = i + 1;
        p.targetGroup.cohorts[std::size_t(i)].name = names[i];
        p.targetGroup.cohorts[std::size_t(i)].plannedSize = 1000;
    }
    p.parties = {Party{1, "Justisdepartementet", PartyRole::Commissioner, "", std::nullopt}};
    Metric m;
    m.id = 1;
    m.name = "Reconviction events";
    m.unit = MetricUnit::Events;
    m.direction = Direction::LowerIsBetter;
    m.rule.type = RuleType::PerUnit;
    m.rule.price = 1'000 * money::kMinorPerMajor;
    m.plan = {300, 300};
    m.counterfactual = {300, 300};
    if (tested) {
        const double planned[] = {85, 92, 88};
        for (int i = 0; i < 3; ++i) {
            CohortOutcome c;
            c.cohortId = i + 1;
            c.threshold = 0.10;
            c.plan = {planned[i], planned[i]};
            c.actual = {std::nullopt, std::nullopt};
            c.counterfactual = {100, 100};
            m.cohortOutcomes.push_back(c);
        }
        m.rule.settlement = CohortSettlement{1, 0.075};
    }
    p.metrics = {m};
    p.normalise();
    return p;
}

} // namespace effekt::test
