// Cohort tests with a final settlement (issue 15 item 2; docs/engine.md "Cohort tests and the final
// settlement"), computed by hand. The contract followed: the HMP Peterborough social impact bond
// (UK, 2010). Each cohort of short-sentence prisoners had to show a reduction in reconviction
// events of at least 10 % against its own matched comparison group for that cohort to be paid (a
// price per reconviction event avoided); if not every cohort did, a final test over all cohorts
// together at 7.5 % paid at the end, less what had already been paid.
//
// Throughout: reconviction events (lower is better), comparison groups of b = 100 events, a price
// of 1,000 kr per event avoided, each cohort's threshold 10 %, the settlement's 7.5 %.
#include "engine_fixtures.h"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace effekt;
using namespace effekt::test;

namespace {

constexpr double kTol = 1e-9;

// A contract of `periods` years with cohorts 1, 2, 3 (A, B, C) and one per-unit metric of
// reconviction events tested cohort by cohort: cohort k's observed a and comparison b per period.
// With `settlementPeriod` ≥ 0 a settlement at 7.5 % in that period.
Project peterborough(int periods, const std::vector<std::vector<double>> &a,
                     const std::vector<std::vector<double>> &b, int settlementPeriod) {
    Project p = bareProject(periods);
    p.targetGroup.cohorts = {Cohort{1, "A", "", 1000, {}}, Cohort{2, "B", "", 1000, {}},
                             Cohort{3, "C", "", 1000, {}}};
    Metric m = perUnitMetric(1, kr(1000), std::vector<double>(static_cast<std::size_t>(periods)));
    m.unit = MetricUnit::Events;
    m.direction = Direction::LowerIsBetter;
    for (std::size_t k = 0; k < a.size(); ++k)
        m.cohortOutcomes.push_back(CohortOutcome{static_cast<int>(k) + 1, 0.10, a[k], {}, b[k]});
    if (settlementPeriod >= 0)
        m.rule.settlement = CohortSettlement{settlementPeriod, 0.075};
    p.metrics = {m};
    p.normalise();
    return p;
}

// All three cohorts measured in one period: a = 85, 92, 88 against b = 100 each.
Project onePeriod(double a1 = 85, double a2 = 92, double a3 = 88, bool settlement = true) {
    return peterborough(1, {{a1}, {a2}, {a3}}, {{100}, {100}, {100}}, settlement ? 0 : -1);
}

// One cohort per period (A in year 1, B in year 2, C in year 3), the settlement in year 3.
Project onePerPeriod(bool settlement = true) {
    return peterborough(3, {{85, 0, 0}, {0, 92, 0}, {0, 0, 88}},
                        {{100, 0, 0}, {0, 100, 0}, {0, 0, 100}}, settlement ? 2 : -1);
}

Money outcomeTotal(const Results &r) {
    Money s = 0;
    for (Money m : r.outcomeDue)
        s += m;
    return s;
}

} // namespace

BOOST_AUTO_TEST_SUITE(engine_cohorts)

// Peterborough, all cohorts in one period: u = 15, 8, 12; x = 15 %, 8 %, 12 %. A and C reach 10 %,
// B does not: the tests count 15 + 12 = 27 units. The settlement pools A = 85 + 92 + 88 = 265
// against B = 300: U = 35, X = 35 / 300 = 11.67 % ≥ 7.5 %, so it adds U − 27 = 8 units ("less what
// was already paid"). The period pays 35 × 1,000 = 35,000 kr.
BOOST_AUTO_TEST_CASE(peterborough_in_one_period) {
    const Results r = compute(onePeriod(), Basis::Plan);
    BOOST_TEST(!hasErrors(r.diagnostics));
    BOOST_TEST_REQUIRE(r.cohortTests.size() == 1u);
    BOOST_TEST_REQUIRE(r.cohortTests[0].size() == 3u);
    const double units[] = {15, 8, 12};
    const bool passed[] = {true, false, true};
    for (std::size_t k = 0; k < 3; ++k) {
        const CohortTestResult &c = r.cohortTests[0][k];
        BOOST_TEST(c.cohortId == static_cast<int>(k) + 1);
        BOOST_TEST(c.counterfactual[0] == 100.0);
        BOOST_TEST(c.units[0] == units[k]);
        BOOST_TEST_REQUIRE(c.relative[0].has_value());
        BOOST_TEST(*c.relative[0] == units[k] / 100, boost::test_tools::tolerance(kTol));
        BOOST_TEST(c.passed[0] == passed[k]);
    }
    BOOST_TEST_REQUIRE(r.settlements.size() == 1u);
    BOOST_TEST_REQUIRE(r.settlements[0].has_value());
    const SettlementResult &s = *r.settlements[0];
    BOOST_TEST(s.period == 0);
    BOOST_TEST(s.pooledUnits == 35.0);
    BOOST_TEST_REQUIRE(s.pooledRelative.has_value());
    BOOST_TEST(*s.pooledRelative == 35.0 / 300, boost::test_tools::tolerance(kTol));
    BOOST_TEST(s.passed);
    BOOST_TEST(s.unitsCounted == 27.0);
    BOOST_TEST(s.unitsAdded == 8.0);
    // The metric's own row: the sums (a = 265, b = 300, u = 35), and 35 units paid.
    const MetricPeriod &mp = r.metric[0][0];
    BOOST_TEST(mp.observed == 265.0);
    BOOST_TEST(mp.counterfactual == 300.0);
    BOOST_TEST(mp.units == 35.0);
    BOOST_TEST(mp.paidUnits == 35.0);
    BOOST_TEST(mp.gross == kr(35'000));
    BOOST_TEST(outcomeTotal(r) == kr(35'000));
}

// The same without a settlement: only the cohorts that passed, 27 × 1,000 = 27,000 kr; no
// settlement result.
BOOST_AUTO_TEST_CASE(without_settlement_only_passing_cohorts_are_paid) {
    const Results r = compute(onePeriod(85, 92, 88, false), Basis::Plan);
    BOOST_TEST(r.metric[0][0].paidUnits == 27.0);
    BOOST_TEST(outcomeTotal(r) == kr(27'000));
    BOOST_TEST_REQUIRE(r.settlements.size() == 1u);
    BOOST_TEST(!r.settlements[0].has_value());
}

// One cohort per year. Year 1: A, u = 15, x = 15 % passes: 15,000 kr. Year 2: B, u = 8, x = 8 %
// fails: 0. Year 3: C, u = 12, x = 12 % passes, and the settlement over years 1–3 pools A = 265, B
// = 300: U = 35, X = 11.67 %, counted 15 + 0 + 12 = 27, adds 8: year 3 pays 20 × 1,000 = 20,000 kr.
// Cohorts with b_c = 0 in a period have no x there and do not pass (u_c = 0 there anyway).
BOOST_AUTO_TEST_CASE(peterborough_one_cohort_per_period) {
    const Results r = compute(onePerPeriod(), Basis::Plan);
    BOOST_TEST((afterTotalCap(r, 0) == std::vector<Money>{kr(15'000), 0, kr(20'000)}));
    BOOST_TEST(r.metric[0][2].paidUnits == 20.0);
    BOOST_TEST(!r.cohortTests[0][0].relative[1].has_value());
    BOOST_TEST(!r.cohortTests[0][0].passed[1]);
    BOOST_TEST(r.cohortTests[0][1].passed[1] == false);
    BOOST_TEST(r.cohortTests[0][2].passed[2] == true);
    BOOST_TEST_REQUIRE(r.settlements[0].has_value());
    BOOST_TEST(r.settlements[0]->period == 2);
    BOOST_TEST(r.settlements[0]->unitsCounted == 27.0);
    BOOST_TEST(r.settlements[0]->unitsAdded == 8.0);
    // The metric's own units per period are the improvement of the sums: 15, 8, 12.
    BOOST_TEST(r.metric[0][1].units == 8.0);
    BOOST_TEST(r.metric[0][1].paidUnits == 0.0);
}

// The settlement's units are priced through the rule's volume bands like any other: 1,000 kr for
// units 0–30, 1,350 kr above. Year 1: 15 units at 1,000 = 15,000. Year 3: 20 units from unit 15:
// 15 at 1,000 and 5 at 1,350 = 21,750 kr.
BOOST_AUTO_TEST_CASE(settlement_units_go_through_the_bands) {
    Project p = onePerPeriod();
    p.metrics[0].rule.bands = {VolumeBand{0, kr(1000)}, VolumeBand{30, kr(1350)}};
    const Results r = compute(p, Basis::Plan);
    BOOST_TEST((afterTotalCap(r, 0) == std::vector<Money>{kr(15'000), 0, kr(21'750)}));
}

// ... and then the caps: a unit cap of 30 leaves 30 − 15 = 15 of year 3's 20 units (15,000 kr);
// a money cap of 25,000 kr instead leaves 10,000 kr of year 3's 20,000.
BOOST_AUTO_TEST_CASE(settlement_units_are_capped_like_any_other) {
    Project units = onePerPeriod();
    units.metrics[0].rule.capUnits = 30;
    const Results ru = compute(units, Basis::Plan);
    BOOST_TEST((afterTotalCap(ru, 0) == std::vector<Money>{kr(15'000), 0, kr(15'000)}));
    BOOST_TEST(ru.metric[0][2].paidUnits == 15.0);
    // unitsAdded is what the settlement adds before any cap.
    BOOST_TEST(ru.settlements[0]->unitsAdded == 8.0);

    Project money = onePerPeriod();
    money.metrics[0].rule.capMoney = kr(25'000);
    const Results rm = compute(money, Basis::Plan);
    BOOST_TEST((afterTotalCap(rm, 0) == std::vector<Money>{kr(15'000), 0, kr(10'000)}));
}

// Every cohort passed: a = 85, 88, 89, u = 15, 12, 11 all ≥ 10 %; counted 38. Pooled U = 300 − 262
// = 38 ≤ 38: the settlement passes (X = 12.67 %) but adds nothing: 38,000 kr.
BOOST_AUTO_TEST_CASE(when_every_cohort_passed_the_settlement_adds_nothing) {
    const Results r = compute(onePeriod(85, 88, 89), Basis::Plan);
    BOOST_TEST(r.settlements[0]->passed);
    BOOST_TEST(r.settlements[0]->unitsCounted == 38.0);
    BOOST_TEST(r.settlements[0]->unitsAdded == 0.0);
    BOOST_TEST(outcomeTotal(r) == kr(38'000));
}

// A cohort that got worse lowers the pooled improvement. a = 85, 101, 91: u = 15, 0 (B got worse
// by 1), 9 (9 % fails); counted 15. Pooled A = 277, U = 23, X = 7.67 % passes: adds 23 − 15 = 8,
// 23,000 kr in all. Had B stayed at 100 (u = 0 all the same), U = 24 and it would add 9.
BOOST_AUTO_TEST_CASE(a_cohort_that_got_worse_lowers_the_pooled_units) {
    const Results worse = compute(onePeriod(85, 101, 91), Basis::Plan);
    BOOST_TEST(worse.cohortTests[0][1].units[0] == 0.0);
    BOOST_TEST(worse.settlements[0]->pooledUnits == 23.0);
    BOOST_TEST(worse.settlements[0]->unitsCounted == 15.0);
    BOOST_TEST(worse.settlements[0]->unitsAdded == 8.0);
    BOOST_TEST(outcomeTotal(worse) == kr(23'000));
    const Results level = compute(onePeriod(85, 100, 91), Basis::Plan);
    BOOST_TEST(level.settlements[0]->unitsAdded == 9.0);
    BOOST_TEST(outcomeTotal(level) == kr(24'000));
}

// Pooled X below 7.5 % adds nothing: a = 85, 98, 96: u = 15, 2, 4 (only A passes); counted 15;
// pooled A = 279, U = 21, X = 7 % < 7.5 %: not passed, 0 added; 15,000 kr.
BOOST_AUTO_TEST_CASE(pooled_below_the_settlement_threshold_adds_nothing) {
    const Results r = compute(onePeriod(85, 98, 96), Basis::Plan);
    BOOST_TEST_REQUIRE(r.settlements[0].has_value());
    BOOST_TEST(!r.settlements[0]->passed);
    BOOST_TEST(*r.settlements[0]->pooledRelative == 0.07, boost::test_tools::tolerance(kTol));
    BOOST_TEST(r.settlements[0]->unitsAdded == 0.0);
    BOOST_TEST(outcomeTotal(r) == kr(15'000));
}

// The forecast: cohort A reported a = 95 (u = 5, 5 %: fails), B and C on plan (92 fails, 88
// passes): counted 12. Pooled A = 95 + 92 + 88 = 275, U = 25, X = 8.33 %: adds 13; 25,000 kr.
BOOST_AUTO_TEST_CASE(the_forecast_reads_each_cohorts_reported_values) {
    Project p = onePeriod();
    p.metrics[0].cohortOutcomes[0].actual[0] = 95;
    const Results r = compute(p, Basis::Forecast);
    BOOST_TEST(r.cohortTests[0][0].observed[0] == 95.0);
    BOOST_TEST(!r.cohortTests[0][0].passed[0]);
    BOOST_TEST(r.settlements[0]->unitsCounted == 12.0);
    BOOST_TEST(r.settlements[0]->unitsAdded == 13.0);
    BOOST_TEST(r.metric[0][0].observed == 275.0);
    BOOST_TEST(outcomeTotal(r) == kr(25'000));
    // observedValue gives the metric's a(t) as the sum of its cohorts'.
    BOOST_TEST(observedValue(p.metrics[0], 0, Basis::Forecast) == 275.0);
}

// The rule's own threshold is not applied to a metric tested cohort by cohort: a threshold of 50
// units, which the pooled 35 never reach, changes nothing.
BOOST_AUTO_TEST_CASE(the_rules_own_threshold_is_not_applied) {
    Project p = onePeriod();
    p.metrics[0].rule.threshold = 50;
    p.metrics[0].rule.thresholdBasis = ThresholdBasis::Units;
    BOOST_TEST(outcomeTotal(compute(p, Basis::Plan)) == kr(35'000));
}

// A cohort with threshold 0 is paid without a test: with B's threshold 0, B's 8 units count too;
// 15 + 8 + 12 = 35 units counted, and the settlement (U = 35) adds 0.
BOOST_AUTO_TEST_CASE(a_cohort_without_threshold_is_always_paid) {
    Project p = onePeriod();
    p.metrics[0].cohortOutcomes[1].threshold = 0;
    const Results r = compute(p, Basis::Plan);
    BOOST_TEST(r.cohortTests[0][1].passed[0]);
    BOOST_TEST(r.settlements[0]->unitsCounted == 35.0);
    BOOST_TEST(r.settlements[0]->unitsAdded == 0.0);
    BOOST_TEST(outcomeTotal(r) == kr(35'000));
}

// Early termination before the settlement's period (§8b): cohort A reported a = 89 in year 1 (u =
// 11, 11 %: passes, 11,000 kr) against 15 planned; a review of the metric's units at the end of
// year 1 requiring 100 % of plan fails, so the contract ends after year 1. Years 2 and 3 test
// nothing and pay nothing, and the settlement (year 3) is not taken.
BOOST_AUTO_TEST_CASE(termination_before_the_settlement_skips_it) {
    Project p = onePerPeriod();
    p.metrics[0].cohortOutcomes[0].actual[0] = 89;
    p.termination.reviews = {ReviewPoint{1, 0, ReviewTest::MetricUnits, 1, 1.0}};
    const Results r = compute(p, Basis::Forecast);
    BOOST_TEST_REQUIRE(r.terminatedAfter.has_value());
    BOOST_TEST(*r.terminatedAfter == 0);
    BOOST_TEST((afterTotalCap(r, 0) == std::vector<Money>{kr(11'000), 0, 0}));
    BOOST_TEST_REQUIRE(r.settlements.size() == 1u);
    BOOST_TEST(!r.settlements[0].has_value());
    // Year 3's cohort C: its values are kept, but it is not tested.
    BOOST_TEST(r.cohortTests[0][2].observed[2] == 88.0);
    BOOST_TEST(r.cohortTests[0][2].units[2] == 0.0);
    BOOST_TEST(!r.cohortTests[0][2].passed[2]);

    // Terminated in the settlement's own period: it is taken (year 3 delivered).
    Project atS = onePerPeriod();
    atS.metrics[0].cohortOutcomes[2].actual[2] = 89; // u = 11 of 12 planned
    atS.termination.reviews = {ReviewPoint{1, 2, ReviewTest::MetricUnits, 1, 1.0}};
    const Results rs = compute(atS, Basis::Forecast);
    BOOST_TEST_REQUIRE(rs.terminatedAfter.has_value());
    BOOST_TEST_REQUIRE(rs.settlements[0].has_value());
    // Pooled A = 85 + 92 + 89 = 266, U = 34; counted 15 + 11 = 26; adds 8.
    BOOST_TEST(rs.settlements[0]->unitsAdded == 8.0);
}

// A rule of another type on a metric tested cohort by cohort pays on the sums, without tests or a
// settlement: a milestone of 5,000 kr is reached (a = 265 ≥ 1); cohortTests[m] stays empty.
BOOST_AUTO_TEST_CASE(other_rules_pay_on_the_sums_without_tests) {
    Project p = onePeriod();
    p.metrics[0].rule.type = RuleType::Milestone;
    p.metrics[0].rule.milestoneAmount = kr(5000);
    const Results r = compute(p, Basis::Plan);
    BOOST_TEST(hasCode(r.diagnostics, DiagCode::CohortTestNotPerUnit));
    BOOST_TEST(outcomeTotal(r) == kr(5000));
    BOOST_TEST(r.metric[0][0].observed == 265.0);
    BOOST_TEST_REQUIRE(r.cohortTests.size() == 1u);
    BOOST_TEST(r.cohortTests[0].empty());
    BOOST_TEST(!r.settlements[0].has_value());
}

// A project without cohort outcomes leaves both empty.
BOOST_AUTO_TEST_CASE(no_cohort_outcomes_leave_the_results_empty) {
    const Results r = compute(workedExample());
    BOOST_TEST(r.cohortTests.empty());
    BOOST_TEST(r.settlements.empty());
}

// The break-even search scales each cohort's improvement by its factor (a_c' = b_c + f · (a_c −
// b_c)), not the sums': the gap at f = 0.8 is the gap on the plan with every cohort's plan scaled
// by hand. At 0.8 without a settlement: A 12 (12 %, passes), B 6.4 (fails), C 9.6 (9.6 %, fails),
// so 12 units are paid, where scaling the pooled sums would give the same 28 units as before.
BOOST_AUTO_TEST_CASE(the_break_even_factor_scales_each_cohort) {
    Project p = onePeriod(85, 92, 88, false);
    p.deliveryCost = {kr(20'000)};
    p.investors = {Investor{1, 2, kr(30'000), Tranche::Senior, 0, std::nullopt, 0, std::nullopt}};
    Project byHand = p;
    for (CohortOutcome &c : byHand.metrics[0].cohortOutcomes)
        c.plan[0] = c.counterfactual[0] + 0.8 * (c.plan[0] - c.counterfactual[0]);
    BOOST_TEST(breakEvenGap(p, 0.8) == breakEvenGap(byHand, 1.0));
    const Results scaled = compute(byHand, Basis::Plan);
    BOOST_TEST(outcomeTotal(scaled) == kr(12'000));
    BOOST_TEST(breakEvenGap(p, 0.8) != breakEvenGap(p, 1.0));
    // The break-even factor of compute() lies where the gap crosses 0.
    const Results r = compute(p, Basis::Plan);
    BOOST_TEST_REQUIRE(r.breakEvenFactor.has_value());
    // C passes from f = 10 / 12 on: A 12.5 + C 10 = 22.5 units repay the 20,000 kr drawn; just
    // below, A's 12.5 units alone do not.
    BOOST_TEST(*r.breakEvenFactor >= 10.0 / 12);
    BOOST_TEST(*r.breakEvenFactor <= 10.0 / 12 + 1e-3);
    BOOST_TEST(breakEvenGap(p, *r.breakEvenFactor) >= 0);
    BOOST_TEST(breakEvenGap(p, 10.0 / 12 - 1e-3) < 0);
}

BOOST_AUTO_TEST_SUITE_END()
