// Cohort tests with a final settlement (issue 15 item 2, docs/engine.md "Cohort tests and the final
// settlement"): what validate() says about a metric tested cohort by cohort and its settlement, and
// how removing a cohort takes its outcome data along (references.h).
#include "project.h"
#include "references.h"
#include "validate.h"

#include <boost/test/unit_test.hpp>

#include <limits>

using namespace effekt;

namespace {

// Two periods, one commissioner, three cohorts (Peterborough's cohorts 1–3) and one per-unit metric
// of reconviction events (lower is better) tested cohort by cohort against each cohort's own
// comparison group at 10 %, with a settlement at 7.5 % in the last period.
Project cohortProject() {
    Project p;
    p.name = "Peterborough";
    p.timeline = Timeline{Date{2027, 1, 1}, PeriodLength::Year, 2};
    p.parties = {Party{1, "Kommune", PartyRole::Commissioner, "", std::nullopt}};
    p.targetGroup.cohorts = {Cohort{1, "A", "", 1000, {}}, Cohort{2, "B", "", 1000, {}},
                             Cohort{3, "C", "", 1000, {}}};
    Metric m;
    m.id = 1;
    m.name = "Reconviction events";
    m.unit = MetricUnit::Events;
    m.direction = Direction::LowerIsBetter;
    m.rule.type = RuleType::PerUnit;
    m.rule.price = 100'00;
    m.rule.settlement = CohortSettlement{1, 0.075};
    for (int c = 1; c <= 3; ++c)
        m.cohortOutcomes.push_back(CohortOutcome{c, 0.10, {90, 90}, {}, {100, 100}});
    p.metrics = {m};
    p.normalise();
    return p;
}

const Diagnostic *find(const Diagnostics &ds, DiagCode code) {
    for (const Diagnostic &d : ds)
        if (d.code == code)
            return &d;
    return nullptr;
}

} // namespace

BOOST_AUTO_TEST_SUITE(cohort_tests)

BOOST_AUTO_TEST_CASE(a_well_formed_cohort_test_is_clean) {
    const Diagnostics ds = validate(cohortProject());
    BOOST_TEST(ds.empty());
}

BOOST_AUTO_TEST_CASE(unknown_and_duplicate_cohorts_are_errors) {
    Project p = cohortProject();
    p.metrics[0].cohortOutcomes[1].cohortId = 7; // no such cohort
    p.metrics[0].cohortOutcomes[2].cohortId = 1; // cohort 1 twice
    const Diagnostics ds = validate(p);
    const Diagnostic *unknown = find(ds, DiagCode::UnknownReference);
    BOOST_TEST_REQUIRE(unknown);
    BOOST_TEST((unknown->severity == Severity::Error));
    BOOST_TEST(unknown->entity == "metric");
    BOOST_TEST(unknown->id == 1);
    BOOST_TEST(unknown->field == "cohortOutcomes");
    BOOST_TEST((unknown->values == std::vector<DiagValue>{std::int64_t{7}}));
    const Diagnostic *twice = find(ds, DiagCode::DuplicateCohortOutcome);
    BOOST_TEST_REQUIRE(twice);
    BOOST_TEST((twice->severity == Severity::Error));
    BOOST_TEST(twice->entity == "metric");
    BOOST_TEST(twice->field == "cohortOutcomes");
    BOOST_TEST((twice->values == std::vector<DiagValue>{std::int64_t{1}}));
}

BOOST_AUTO_TEST_CASE(a_rule_not_per_unit_on_cohorts_is_warned) {
    Project p = cohortProject();
    p.metrics[0].rule.type = RuleType::Milestone;
    p.metrics[0].rule.milestoneAmount = 1000'00;
    p.metrics[0].rule.settlement.reset();
    const Diagnostics ds = validate(p);
    const Diagnostic *d = find(ds, DiagCode::CohortTestNotPerUnit);
    BOOST_TEST_REQUIRE(d);
    BOOST_TEST((d->severity == Severity::Warning));
    BOOST_TEST(d->entity == "metric");
    BOOST_TEST(d->field == "cohortOutcomes");
    BOOST_TEST(!hasErrors(ds));
    BOOST_TEST(!find(validate(cohortProject()), DiagCode::CohortTestNotPerUnit));
}

BOOST_AUTO_TEST_CASE(a_settlement_without_cohorts_is_warned) {
    Project p = cohortProject();
    p.metrics[0].cohortOutcomes.clear();
    const Diagnostics ds = validate(p);
    const Diagnostic *d = find(ds, DiagCode::SettlementWithoutCohorts);
    BOOST_TEST_REQUIRE(d);
    BOOST_TEST((d->severity == Severity::Warning));
    BOOST_TEST(d->entity == "rule");
    BOOST_TEST(d->id == 1);
    BOOST_TEST(d->field == "settlement");
}

BOOST_AUTO_TEST_CASE(a_settlement_outside_the_timeline_is_an_error) {
    for (int period : {-1, 2, 9}) {
        Project p = cohortProject();
        p.metrics[0].rule.settlement->period = period;
        const Diagnostics ds = validate(p);
        const Diagnostic *d = find(ds, DiagCode::SettlementPeriodOutside);
        BOOST_TEST_REQUIRE(d);
        BOOST_TEST((d->severity == Severity::Error));
        BOOST_TEST(d->entity == "rule");
        BOOST_TEST(d->id == 1);
        BOOST_TEST(d->field == "settlement");
        // The period from 1 as the planner counts, and the last period.
        BOOST_TEST(
            (d->values == std::vector<DiagValue>{std::int64_t{period + 1}, std::int64_t{2}}));
    }
    Project last = cohortProject();
    last.metrics[0].rule.settlement->period = 0;
    BOOST_TEST(!find(validate(last), DiagCode::SettlementPeriodOutside));
}

BOOST_AUTO_TEST_CASE(thresholds_and_cohort_values_are_checked) {
    Project p = cohortProject();
    p.metrics[0].cohortOutcomes[0].threshold = -0.1;
    p.metrics[0].rule.settlement->threshold = std::numeric_limits<double>::quiet_NaN();
    p.metrics[0].cohortOutcomes[1].actual[0] = -3;
    const Diagnostics ds = validate(p);
    int outOfRange = 0;
    for (const Diagnostic &d : ds)
        if (d.code == DiagCode::ValueOutOfRange) {
            ++outOfRange;
            BOOST_TEST((d.field == "cohortOutcomes" || d.field == "settlement"));
        }
    BOOST_TEST(outOfRange == 2);
    const Diagnostic *negative = find(ds, DiagCode::NegativeObservedValue);
    BOOST_TEST_REQUIRE(negative);
    BOOST_TEST(negative->field == "cohortOutcomes");
    BOOST_TEST(negative->period == 0);
}

BOOST_AUTO_TEST_CASE(the_rules_relative_threshold_needs_no_own_counterfactual) {
    // The cohorts' thresholds replace the rule's: its own counterfactual (all 0) is not used.
    Project p = cohortProject();
    p.metrics[0].rule.thresholdBasis = ThresholdBasis::Relative;
    p.metrics[0].rule.threshold = 0.1;
    BOOST_TEST(!find(validate(p), DiagCode::RelativeThresholdWithoutCounterfactual));
    p.metrics[0].cohortOutcomes.clear();
    p.metrics[0].rule.settlement.reset();
    BOOST_TEST(find(validate(p), DiagCode::RelativeThresholdWithoutCounterfactual));
}

BOOST_AUTO_TEST_CASE(removing_a_cohort_takes_its_outcome_data_along) {
    Project p = cohortProject();
    p.metrics[0].cohortOutcomes[1].actual[0] = 95;
    Metric other = p.metrics[0];
    other.id = 2;
    other.cohortOutcomes = {other.cohortOutcomes[2]}; // cohort 3 only
    p.metrics.push_back(other);
    // Cohort 2: one metric holds its data; cohort 3: both.
    BOOST_TEST(cohortDependents(p, 2).cohortOutcomes == 1);
    BOOST_TEST(cohortDependents(p, 2).any());
    BOOST_TEST(cohortDependents(p, 3).cohortOutcomes == 2);
    // The metric's reported values count its cohorts' too.
    BOOST_TEST(metricDependents(p, 1).outcomeValues == 1);

    BOOST_TEST(removeCohort(p, 2));
    BOOST_TEST_REQUIRE(p.metrics[0].cohortOutcomes.size() == 2u);
    BOOST_TEST(p.metrics[0].cohortOutcomes[0].cohortId == 1); // the others stay, in order
    BOOST_TEST(p.metrics[0].cohortOutcomes[1].cohortId == 3);
    BOOST_TEST(p.metrics[1].cohortOutcomes.size() == 1u);
    BOOST_TEST(!cohortDependents(p, 2).any());
    BOOST_TEST(validate(p).empty()); // nothing names the cohort any more

    BOOST_TEST(removeCohort(p, 3));
    BOOST_TEST(p.metrics[1].cohortOutcomes.empty());
    BOOST_TEST(p.metrics[0].cohortOutcomes.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_shorter_timeline_counts_the_cohorts_values) {
    Project p = cohortProject();
    p.metrics[0].cohortOutcomes[0].actual[1] = 88;
    // Period 2: three cohorts' plan (90) and counterfactual (100), one reported actual.
    BOOST_TEST(valuesBeyond(p, 1).values == 7);
    BOOST_TEST(valuesBeyond(p, 2).values == 0);
}

BOOST_AUTO_TEST_SUITE_END()
