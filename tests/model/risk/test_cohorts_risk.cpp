// Scenarios, the risk-sharing curve and Monte Carlo on a contract tested cohort by cohort (issue 15
// item 2; docs/risk.md, docs/engine.md "Cohort tests and the final settlement"): a factor scales
// each cohort's own improvement, a delay shifts each cohort's, and every figure equals compute()
// on the project so overridden.
#include "montecarlo.h"
#include "risksharing.h"
#include "scenario.h"

#include <boost/test/unit_test.hpp>

#include <set>

using namespace effekt;

namespace {

constexpr Money kKr = money::kMinorPerMajor;

// Four years, Peterborough's three cohorts (HMP Peterborough social impact bond, UK 2010) each
// against its own comparison group at 10 %, a settlement over all of them at 7.5 % in year 4; a
// second metric paid as usual; an investor funding the delivery, and savings.
Project cohortContract() {
    Project p;
    p.name = "Peterborough";
    p.timeline = Timeline{Date{2027, 1, 1}, PeriodLength::Year, 4};
    p.parties = {Party{1, "Kommune", PartyRole::Commissioner, "", std::nullopt},
                 Party{2, "Investor", PartyRole::Investor, "", std::nullopt},
                 Party{3, "Provider", PartyRole::Provider, "", std::nullopt}};
    p.targetGroup.cohorts = {Cohort{1, "A", "", 1000, {}}, Cohort{2, "B", "", 1000, {}},
                             Cohort{3, "C", "", 1000, {}}};
    Metric m;
    m.id = 1;
    m.name = "Reconviction events";
    m.unit = MetricUnit::Events;
    m.direction = Direction::LowerIsBetter;
    m.rule.type = RuleType::PerUnit;
    m.rule.price = 1000 * kKr;
    m.rule.settlement = CohortSettlement{3, 0.075};
    m.savings = {SavingsLine{BudgetHolder::Kommune, 2500 * kKr, true, 0, 0}};
    m.cohortOutcomes = {
        CohortOutcome{
            1, 0.10, {85, 90, 0, 0}, {83, 91, std::nullopt, std::nullopt}, {100, 100, 0, 0}},
        CohortOutcome{2, 0.10, {0, 92, 95, 0}, {std::nullopt, 93}, {0, 100, 100, 0}},
        CohortOutcome{3, 0.10, {0, 0, 88, 90}, {}, {0, 0, 100, 100}},
    };
    Metric jobs;
    jobs.id = 2;
    jobs.name = "Jobs";
    jobs.rule.type = RuleType::PerUnit;
    jobs.rule.price = 500 * kKr;
    jobs.plan = {2, 4, 6, 8};
    jobs.actual = {3};
    p.metrics = {m, jobs};
    p.deliveryCost = {25'000 * kKr, 25'000 * kKr, 20'000 * kKr, 0};
    p.investors = {Investor{1, 2, 100'000 * kKr, Tranche::Senior, 0.03, 1.4, 0, std::nullopt}};
    p.normalise();
    return p;
}

} // namespace

BOOST_AUTO_TEST_SUITE(cohort_risk)

BOOST_AUTO_TEST_CASE(the_contract_is_clean_and_tested) {
    const Project p = cohortContract();
    const Results r = compute(p);
    BOOST_TEST(!hasErrors(r.diagnostics));
    BOOST_TEST_REQUIRE(r.cohortTests.size() == 2u);
    BOOST_TEST(r.cohortTests[0].size() == 3u);
    BOOST_TEST(r.cohortTests[1].empty());
    BOOST_TEST_REQUIRE(r.settlements[0].has_value());
    BOOST_TEST(r.settlements[0]->passed);
}

// A factor scales each cohort's improvement: a_c' = b_c + f · (a_c − b_c), on the basis, as the
// cohort's reported values; a delay shifts each cohort's improvement as the metric's.
BOOST_AUTO_TEST_CASE(a_scenario_scales_and_delays_each_cohort) {
    const Project p = cohortContract();
    Scenario s = basisScenario();
    s.metrics = {MetricOverride{1, 0.5, 1}};
    const Project q = applyScenario(p, s, Basis::Plan);
    const CohortOutcome &a = q.metrics[0].cohortOutcomes[0];
    // Year 1: nothing yet (delayed): b = 100. Year 2: b = 100 + 0.5 · (85 − 100) = 92.5. Year 3:
    // b = 0 + 0.5 · (90 − 100) = −5.
    BOOST_TEST(*a.actual[0] == 100.0);
    BOOST_TEST(*a.actual[1] == 92.5);
    BOOST_TEST(*a.actual[2] == -5.0);
    BOOST_TEST(*a.actual[3] == 0.0);
    const CohortOutcome &c = q.metrics[0].cohortOutcomes[2];
    BOOST_TEST(*c.actual[3] == 100 + 0.5 * (88 - 100));
    // The metric's a(t) is the sum of the scaled cohorts'.
    // Year 3: A −5, B 100 + 0.5 · (92 − 100) = 96, C 100 (nothing achieved in year 2 to shift).
    BOOST_TEST(observedValue(q.metrics[0], 2, Basis::Forecast) == -5.0 + 96 + 100);
}

BOOST_AUTO_TEST_CASE(every_scenario_equals_compute_on_the_overridden_project) {
    Project p = cohortContract();
    p.scenarios = defaultScenarios("Lav", "Basis", "Høy");
    Scenario late = basisScenario();
    late.id = 4;
    late.name = "Sent";
    late.delay = 1;
    late.metrics = {MetricOverride{1, 0.9, 1}};
    p.scenarios.push_back(late);
    for (Basis basis : {Basis::Plan, Basis::Forecast}) {
        const std::vector<ScenarioResult> rs = computeScenarios(p, basis);
        BOOST_TEST_REQUIRE(rs.size() == 4u);
        for (std::size_t i = 0; i < rs.size(); ++i) {
            const Project q = applyScenario(p, p.scenarios[i], basis);
            const Results r = compute(q);
            BOOST_TEST(!rs[i].failed);
            BOOST_TEST((rs[i].kpis == riskKpis(q, r)));
            BOOST_TEST(rs[i].outcomeDue == r.outcomeDue);
            BOOST_TEST(rs[i].paymentsNet == r.paymentsNet);
        }
        // Basis is the project itself on that basis.
        BOOST_TEST((rs[1].kpis == riskKpis(p, compute(p, basis))));
        BOOST_TEST(rs[1].outcomeDue == compute(p, basis).outcomeDue);
        // Lav pays less than Basis, Høy more.
        BOOST_TEST(rs[0].kpis.payments < rs[1].kpis.payments);
        BOOST_TEST(rs[2].kpis.payments > rs[1].kpis.payments);
    }
}

BOOST_AUTO_TEST_CASE(the_risk_curve_at_factor_one_is_compute) {
    const Project p = cohortContract();
    for (Basis basis : {Basis::Plan, Basis::Forecast}) {
        const RiskCurve c = riskSharingCurve(p, RiskCurveSettings{10, 1.5, basis});
        const RiskKpis k = riskKpis(p, compute(p, basis));
        for (const RiskCurvePoint &pt : {c.plan, riskCurvePoint(p, 1.0, basis)}) {
            BOOST_TEST(!pt.failed);
            BOOST_TEST(pt.payments == k.payments);
            BOOST_TEST(pt.npvPayments == k.npvPayments);
            BOOST_TEST(pt.investorProfit == k.investorProfit);
            BOOST_TEST(pt.netValue == k.netValue);
            BOOST_TEST(pt.traditionalNetValue == k.traditionalNetValue);
        }
        // Every point is compute() on the project with each cohort scaled.
        for (const RiskCurvePoint &pt : c.points) {
            Scenario s;
            s.factor = pt.factor;
            const Project q = applyScenario(p, s, basis);
            const RiskKpis kq = riskKpis(q, compute(q));
            BOOST_TEST(pt.payments == kq.payments);
            BOOST_TEST(pt.investorProfit == kq.investorProfit);
        }
    }
    // On the plan, break-even lies on the curve: the engine's search scales each cohort as the
    // curve does.
    const RiskCurve plan = riskSharingCurve(p, RiskCurveSettings{10, 1.5, Basis::Plan});
    BOOST_TEST_REQUIRE(plan.breakEvenFactor.has_value());
    BOOST_TEST_REQUIRE(plan.breakEven.has_value());
    BOOST_TEST(plan.breakEven->investorProfit >= 0);
}

BOOST_AUTO_TEST_CASE(every_monte_carlo_trial_recomputes_with_compute) {
    Project p = cohortContract();
    p.simulation.distributions = {
        FactorDistribution{1, FactorDistributionKind::Triangular, 0.3, 0.9, 1.3, {0.6, 0.3, 0.1}},
        FactorDistribution{2, FactorDistributionKind::Pert, 0.5, 1.0, 1.2, {}}};
    p.simulation.correlation = 0.4;
    const int n = 120;
    const SimulationResult r = simulate(p, {n, 13, 2, true});
    BOOST_TEST_REQUIRE(r.trialRecords.size() == static_cast<std::size_t>(n));
    std::set<Money> payments;
    for (const TrialRecord &t : r.trialRecords) {
        const Project q = applyScenario(p, trialScenario(p, t.factors, t.delays));
        BOOST_TEST((riskKpis(q, compute(q)) == t.kpis), "trial " << t.trial);
        payments.insert(t.kpis.payments);
    }
    BOOST_TEST(payments.size() > 10u); // the trials differ
    BOOST_TEST((simulate(p, {n, 13, 1, true}) == r));

    // A fixed factor of 0.8 on every metric: every trial is compute() on the scaled project.
    Project fixed = p;
    for (FactorDistribution &d : fixed.simulation.distributions) {
        d.kind = FactorDistributionKind::Fixed;
        d.mode = 0.8;
        d.delayProbabilities.clear();
    }
    Scenario s = basisScenario();
    s.factor = 0.8;
    const Project q = applyScenario(fixed, s);
    const RiskKpis exact = riskKpis(q, compute(q));
    for (const TrialRecord &t : simulate(fixed, {20, 3, 2, true}).trialRecords)
        BOOST_TEST((t.kpis == exact));
}

BOOST_AUTO_TEST_SUITE_END()
