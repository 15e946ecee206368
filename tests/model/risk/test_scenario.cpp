// Scenarios as pure overrides of a project (DOMAIN.md §8), checked on the worked example (§9).
#include "riskkpis.h"
#include "scenario.h"

#include <boost/test/unit_test.hpp>

using namespace effekt;

BOOST_AUTO_TEST_SUITE(scenario)

BOOST_AUTO_TEST_CASE(the_basis_scenario_computes_as_the_project) {
    const Project p = workedExample();
    const Results base = compute(p, Basis::Forecast);
    const Results same = compute(applyScenario(p, basisScenario()), Basis::Forecast);
    BOOST_TEST(same.totalPayments == base.totalPayments);
    BOOST_TEST(same.npvPayments == base.npvPayments);
    BOOST_TEST(same.netValue == base.netValue);
    BOOST_TEST(same.outcomeDue == base.outcomeDue);
    // The plan is left as it was: only the reported values carry the scenario.
    BOOST_TEST(applyScenario(p, basisScenario()).metrics[0].plan == p.metrics[0].plan);
}

BOOST_AUTO_TEST_CASE(factor_scales_the_improvement_over_the_counterfactual) {
    const Project p = workedExample();
    Scenario s = basisScenario();
    s.factor = 0.5;
    const Project half = applyScenario(p, s);
    // M1: b = 2, plan a = 0, 5, 8, 10, … → a' = 2 + 0.5 (a − 2) = 1, 3.5, 5, 6, …
    BOOST_TEST(*half.metrics[0].actual[0] == 1.0);
    BOOST_TEST(*half.metrics[0].actual[1] == 3.5);
    BOOST_TEST(*half.metrics[0].actual[2] == 5.0);
    BOOST_TEST(*half.metrics[0].actual[3] == 6.0);
    // M2: b = 0, plan 0, 0, 3, 5 … → 0, 0, 1.5, 2.5 …
    BOOST_TEST(*half.metrics[1].actual[2] == 1.5);
    s.factor = 0.0;
    BOOST_TEST(compute(applyScenario(p, s)).totalPayments == 0);
}

BOOST_AUTO_TEST_CASE(a_metric_override_replaces_the_common_factor_and_delays_its_improvement) {
    const Project p = workedExample();
    Scenario s = basisScenario();
    s.factor = 0.0;
    s.metrics.push_back(MetricOverride{p.metrics[1].id, 1.0, 2});
    const Project q = applyScenario(p, s);
    BOOST_TEST(*q.metrics[0].actual[4] == 2.0); // M1 at factor 0: the counterfactual
    // M2 two periods late: 0, 0, 0, 0, 3, 5, 5, 6 (the last plan values 6, 6 are lost).
    const std::vector<double> expected{0, 0, 0, 0, 3, 5, 5, 6};
    for (std::size_t t = 0; t < expected.size(); ++t)
        BOOST_TEST(*q.metrics[1].actual[t] == expected[t]);
}

BOOST_AUTO_TEST_CASE(cost_intake_savings_and_discount_rate) {
    const Project p = workedExample();
    Scenario s = basisScenario();
    s.costFactor = 1.1;
    s.savingsFactor = 0.8;
    s.discountRate = 0.06;
    const Project q = applyScenario(p, s);
    BOOST_TEST(q.deliveryCost[0] == 55'000'000);               // 500,000 kr × 1.1, in øre
    BOOST_TEST(q.metrics[0].savings[0].perUnit == 12'000'000); // 150,000 kr × 0.8
    BOOST_TEST(q.valuation.discountRate == 0.06);
}

BOOST_AUTO_TEST_CASE(a_new_project_has_low_basis_and_high) {
    const auto d = defaultScenarios("Lav", "Basis", "Høy");
    BOOST_TEST_REQUIRE(d.size() == 3u);
    BOOST_TEST(d[0].factor == 0.5);
    BOOST_TEST(d[1].factor == 1.0);
    BOOST_TEST(d[2].factor == 1.2);
    BOOST_TEST(d[2].name == "Høy");
}

BOOST_AUTO_TEST_CASE(the_total_cap_counts_fees_inside_it_before_a_year_cap) {
    // Two budget years of quarters: a metric at 10,000 a unit, 3 units a quarter in 2027 and 2 in
    // 2028; a fixed fee of 10,000 a quarter inside the total cap of 250,000; the municipality pays
    // at most 100,000 a year. The total cap counts 40,000 a quarter in 2027 (160,000), then 30,000
    // (250,000 after the third quarter of 2028): it binds, and the last quarter earns nothing.
    // The year cap then cuts 2027's last 60,000 (20,000 of the third quarter's outcome, the fourth
    // quarter's fee and outcome), so that only 240,000 of what the total cap counted falls due:
    // the cap bound all the same.
    Project p;
    p.name = "test";
    p.timeline = Timeline{Date{2027, 1, 1}, PeriodLength::Quarter, 8};
    p.parties = {Party{1, "Kommune", PartyRole::Commissioner, "", std::nullopt}};
    p.parties[0].yearCap = 100'000'00;
    Metric m;
    m.id = 1;
    m.name = "M";
    m.plan = {3, 3, 3, 3, 2, 2, 2, 2};
    m.counterfactual.assign(8, 0.0);
    m.rule.price = 10'000'00;
    p.metrics = {m};
    FixedFee fee;
    fee.id = 1;
    fee.amount = 10'000'00;
    p.fixedFees = {fee};
    p.caps.total = 250'000'00;
    p.caps.fixedFeesInsideTotal = true;
    p.normalise();
    const Results r = compute(p, Basis::Plan);
    BOOST_TEST(r.totalCapCounted == 250'000'00);
    Money due = 0;
    for (Money x : r.totalDue)
        due += x;
    BOOST_TEST(due == 190'000'00); // 2027: 100,000 (the year cap); 2028: 90,000
    Money earned = 0;
    for (const MetricPeriod &mp : r.metric.at(0))
        earned += mp.afterTotalCap;
    Money fees = 0;
    for (Money f : r.fixedFeesDue)
        fees += f;
    BOOST_TEST(earned + fees == 240'000'00); // what fell due of what the cap counted
    BOOST_TEST(riskKpis(p, r).totalCapReached);
}

BOOST_AUTO_TEST_CASE(review_points_compare_a_scenario_with_the_plan) {
    // A scenario's values are reported values and the plan stays the planner's, so a review
    // (DOMAIN.md §8b) measures the scenario against the plan: M1 must reach 80 % of its 17 planned
    // units by the end of t = 3 (13.6).
    Project p = workedExample();
    p.termination.reviews = {ReviewPoint{1, 3, ReviewTest::MetricUnits, 1, 0.8}};
    Scenario s = basisScenario();
    BOOST_TEST(!compute(applyScenario(p, s)).terminatedAfter.has_value());
    s.factor = 1.2; // 20.4 units
    BOOST_TEST(!compute(applyScenario(p, s)).terminatedAfter.has_value());
    s.factor = 0.5; // 8.5 units
    BOOST_TEST((compute(applyScenario(p, s)).terminatedAfter == std::optional<int>(3)));
    s.factor = 1.0;
    s.delay = 1; // u = 0, 0, 3, 6: 9 units
    const Results late = compute(applyScenario(p, s));
    BOOST_TEST((late.terminatedAfter == std::optional<int>(3)));
    BOOST_TEST(late.deliveryCost[4] == 0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(risk_kpis)

BOOST_AUTO_TEST_CASE(worked_example_figures) {
    // DOMAIN.md §9: payments 4,240 thousand, NPV 3,972,192.29, net value 4,126,694.22; the investor
    // draws 1,460 and gets 1,700 back (multiple 1.16438, IRR 10.069 % a year).
    const Project p = workedExample();
    const RiskKpis k = riskKpis(p, compute(p, Basis::Plan));
    BOOST_TEST(k.payments == 424'000'000);
    BOOST_TEST(k.npvPayments == 397'219'229);
    BOOST_TEST(k.netValue == 412'669'422);
    BOOST_TEST(k.investorDrawn == 146'000'000);
    BOOST_TEST(k.investorProfit == 24'000'000);
    BOOST_TEST_REQUIRE(k.investorMultiple.has_value());
    BOOST_TEST(*k.investorMultiple == 1700.0 / 1460.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST_REQUIRE(k.investorIrrAnnual.has_value());
    BOOST_TEST(*k.investorIrrAnnual == 0.10069, boost::test_tools::tolerance(1e-4));
    BOOST_TEST(!k.totalCapReached); // 4,240 < 5,000
    // Traditional: 8 × 500,000 × 1.1 = 4,400,000 nominal.
    BOOST_TEST(k.traditionalCost == 440'000'000);
    BOOST_TEST(k.traditionalNetValue == k.npvSavings - k.npvTraditional);
}

BOOST_AUTO_TEST_CASE(review_points_compare_a_scenario_with_the_plan) {
    // A scenario's values are reported values and the plan stays the planner's, so a review
    // (DOMAIN.md §8b) measures the scenario against the plan: M1 must reach 80 % of its 17 planned
    // units by the end of t = 3 (13.6).
    Project p = workedExample();
    p.termination.reviews = {ReviewPoint{1, 3, ReviewTest::MetricUnits, 1, 0.8}};
    Scenario s = basisScenario();
    BOOST_TEST(!compute(applyScenario(p, s)).terminatedAfter.has_value());
    s.factor = 1.2; // 20.4 units
    BOOST_TEST(!compute(applyScenario(p, s)).terminatedAfter.has_value());
    s.factor = 0.5; // 8.5 units
    BOOST_TEST((compute(applyScenario(p, s)).terminatedAfter == std::optional<int>(3)));
    s.factor = 1.0;
    s.delay = 1; // u = 0, 0, 3, 6: 9 units
    const Results late = compute(applyScenario(p, s));
    BOOST_TEST((late.terminatedAfter == std::optional<int>(3)));
    BOOST_TEST(late.deliveryCost[4] == 0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(scenarios_side_by_side)

BOOST_AUTO_TEST_CASE(every_figure_equals_compute_on_the_scenario) {
    Project p = workedExample();
    p.scenarios = defaultScenarios("Lav", "Basis", "Høy");
    Scenario late = basisScenario();
    late.id = 4;
    late.name = "Sent";
    late.delay = 1;
    late.costFactor = 1.1;
    late.discountRate = 0.06;
    late.metrics.push_back(MetricOverride{1, 0.7, 2});
    p.scenarios.push_back(late);
    const std::vector<ScenarioResult> rs = computeScenarios(p);
    BOOST_TEST_REQUIRE(rs.size() == 4u);
    for (std::size_t i = 0; i < rs.size(); ++i) {
        const Project q = applyScenario(p, p.scenarios[i]);
        const Results r = compute(q); // the full computation
        BOOST_TEST(rs[i].scenarioId == p.scenarios[i].id);
        BOOST_TEST(rs[i].name == p.scenarios[i].name);
        BOOST_TEST(!rs[i].failed);
        BOOST_TEST((rs[i].kpis == riskKpis(q, r)));
        BOOST_TEST(rs[i].paymentsNet == r.paymentsNet);
        BOOST_TEST(rs[i].outcomeDue == r.outcomeDue);
        BOOST_TEST_REQUIRE(rs[i].investorNetFlows.size() == r.draws.size());
        for (std::size_t t = 0; t < r.draws.size(); ++t)
            BOOST_TEST(rs[i].investorNetFlows[t] == r.distributions[t] - r.draws[t]);
    }
    // Basis is the worked example itself: 4,240,000 paid.
    BOOST_TEST(rs[1].kpis.payments == 424'000'000);
    BOOST_TEST((rs[1].kpis == riskKpis(p, compute(p))));
    // Lav pays less and the investors lose; Høy pays more.
    BOOST_TEST(rs[0].kpis.payments < rs[1].kpis.payments);
    BOOST_TEST(rs[0].kpis.investorProfit < 0);
    BOOST_TEST(rs[2].kpis.payments > rs[1].kpis.payments);
}

BOOST_AUTO_TEST_CASE(a_project_without_scenarios_has_none_side_by_side) {
    Project p = workedExample();
    p.scenarios.clear(); // the worked example carries Lav, Basis and Høy
    BOOST_TEST(computeScenarios(p).empty());
    BOOST_TEST(computeScenarios(p, defaultScenarios("L", "B", "H")).size() == 3u);
}

BOOST_AUTO_TEST_CASE(compute_without_kpis_differs_only_in_the_kpis) {
    const Project p = workedExample();
    const Results full = compute(p, Basis::Plan);
    Results quick = compute(p, Basis::Plan, ComputeOptions{.kpis = false});
    BOOST_TEST(!quick.breakEvenFactor.has_value());
    BOOST_TEST(quick.maxPossiblePayment == 0);
    quick.maxPossiblePayment = full.maxPossiblePayment;
    quick.maxPossibleUnbounded = full.maxPossibleUnbounded;
    quick.forecastPayment = full.forecastPayment;
    quick.breakEvenFactor = full.breakEvenFactor;
    quick.breakEvenTolerance = full.breakEvenTolerance;
    BOOST_TEST((quick == full));
}

BOOST_AUTO_TEST_SUITE_END()
