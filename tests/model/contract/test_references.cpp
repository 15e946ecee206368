// What refers to an entity, what goes with it, and the removals that take every reference along.
#include "project.h"
#include "references.h"

#include <boost/test/unit_test.hpp>

using namespace effekt;

namespace {
// The worked example with a co-payer, a guarantor, a cohort, a fixed fee, outcomes and a ledger.
Project referencedProject() {
    Project p = workedExample();
    p.parties.push_back(Party{4, "Staten", PartyRole::CoPayer, "", std::nullopt});
    p.parties.push_back(Party{5, "Garantisten", PartyRole::Guarantor, "", std::nullopt});
    p.metrics[0].rule.payers = {PayerShare{1, 0.6}, PayerShare{4, 0.4}};
    p.investors[0].guarantorId = 5;
    p.targetGroup.cohorts = {Cohort{1, "2027", "", 40, {10, 10, 0, 0, 0, 0, 0, 5}}};
    p.metrics[1].cohortId = 1;
    FixedFee fee;
    fee.id = 1;
    fee.kind = FixedFeeKind::PerParticipantStarted;
    fee.cohortId = 1;
    fee.payers = {PayerShare{4, 1.0}};
    p.fixedFees = {fee};
    p.metrics[0].actual[0] = 1;
    p.metrics[0].actual[6] = 3;
    p.metrics[0].actual[7] = 0; // reported as zero: still a value
    p.metrics[0].plan[7] = 0;
    p.ledger.set(Ledger{{"a", 1, 0, 1}, {"b", 1, 7, 1}, {"c", 2, 7, 1}});
    p.normalise();
    return p;
}

// Scenarios, the simulation and early termination (DOMAIN.md §8, §8b) naming metrics and a party.
Project riskProject() {
    Project p = referencedProject();
    Scenario low;
    low.id = 1;
    low.name = "Lav";
    low.factor = 0.5;
    low.metrics = {MetricOverride{1, 0.3, 1}, MetricOverride{2, 0.8, 0}};
    Scenario late;
    late.id = 2;
    late.name = "Sen";
    late.metrics = {MetricOverride{1, 1.0, 2}};
    Scenario plain;
    plain.id = 3;
    plain.name = "Basis";
    p.scenarios = {low, late, plain};
    p.simulation.distributions = {
        FactorDistribution{2, FactorDistributionKind::Triangular, 0.2, 0.9, 1.1, {}},
        FactorDistribution{1, FactorDistributionKind::Pert, 0.4, 1.0, 1.3, {0.7, 0.3}}};
    p.termination.reviews = {
        ReviewPoint{1, 2, ReviewTest::MetricUnits, 1, 0.5},
        ReviewPoint{2, 3, ReviewTest::MetricUnits, 2, 0.5},
        ReviewPoint{3, 4, ReviewTest::OutcomePayments, 1, 0.6},
        ReviewPoint{4, 5, ReviewTest::MetricUnits, 1, 0.7},
    };
    p.termination.payment = 100'000'00;
    p.termination.payeeId = 3;
    return p;
}
} // namespace

BOOST_AUTO_TEST_SUITE(references)

BOOST_AUTO_TEST_CASE(values_beyond_counts_what_a_shorter_timeline_drops) {
    const Project p = referencedProject();
    BOOST_TEST(!valuesBeyond(p, 8).any());
    const PeriodLoss last = valuesBeyond(p, 7);
    // Period 8: plan of metric 2 (6), actuals of metric 1 (0 reported), counterfactual of metric 1
    // (2), intake (5), delivery cost; and two ledger rows.
    BOOST_TEST(last.values == 5);
    BOOST_TEST(last.ledgerRows == 2);
    const PeriodLoss all = valuesBeyond(p, 1);
    BOOST_TEST(all.ledgerRows == 2);
    // Shortening and lengthening again loses exactly what was counted.
    Project q = p;
    q.timeline.periods = 7;
    q.normalise();
    q.timeline.periods = 8;
    q.normalise();
    BOOST_TEST(valuesBeyond(q, 7).values == 0);
    Project empty;
    empty.normalise();
    BOOST_TEST(!valuesBeyond(empty, 1).any());
}

BOOST_AUTO_TEST_CASE(party_dependents_and_removal_take_every_reference) {
    Project p = referencedProject();
    const Dependents copayer = partyDependents(p, 4);
    BOOST_TEST(copayer.metricPayers == 1);
    BOOST_TEST(copayer.feePayers == 1);
    BOOST_TEST(partyDependents(p, 2).investors == 1);
    BOOST_TEST(partyDependents(p, 5).guarantees == 1);
    BOOST_TEST(!partyDependents(p, 3).any()); // the provider: nothing refers to it

    BOOST_TEST(removeParty(p, 4));
    BOOST_TEST(!p.party(4));
    BOOST_TEST(p.metrics[0].rule.payers.size() == 1u);
    BOOST_TEST(p.fixedFees[0].payers.empty());
    BOOST_TEST(removeParty(p, 5));
    BOOST_TEST(!p.investors[0].guarantorId.has_value());
    BOOST_TEST(removeParty(p, 2));
    BOOST_TEST(p.investors.empty());
    BOOST_TEST(!removeParty(p, 2));
}

BOOST_AUTO_TEST_CASE(metric_dependents_and_removal_take_the_ledger_rows) {
    Project p = referencedProject();
    const Dependents d = metricDependents(p, 1);
    BOOST_TEST(d.outcomeValues == 3);
    BOOST_TEST(d.ledgerRows == 2);
    BOOST_TEST(!metricDependents(p, 2).outcomeValues);
    BOOST_TEST(removeMetric(p, 1));
    BOOST_TEST(p.metrics.size() == 1u);
    BOOST_TEST(p.ledger->size() == 1u);
    BOOST_TEST(!removeMetric(p, 1));
}

BOOST_AUTO_TEST_CASE(metric_removal_takes_its_overrides_distribution_and_reviews) {
    Project p = riskProject();
    const Dependents d = metricDependents(p, 1);
    BOOST_TEST(d.scenarios == 2);
    BOOST_TEST(d.distributions == 1);
    BOOST_TEST(d.reviews == 2); // the review of all outcome payments does not test it
    BOOST_TEST(d.any());
    const Dependents d2 = metricDependents(p, 2);
    BOOST_TEST(d2.scenarios == 1);
    BOOST_TEST(d2.distributions == 1);
    BOOST_TEST(d2.reviews == 1);

    BOOST_TEST(removeMetric(p, 1));
    // Every scenario stays; only the override of the metric goes.
    BOOST_REQUIRE(p.scenarios.size() == 3u);
    BOOST_TEST((p.scenarios[0].metrics == std::vector<MetricOverride>{{2, 0.8, 0}}));
    BOOST_TEST(p.scenarios[1].metrics.empty());
    BOOST_TEST(p.scenarios[0].factor == 0.5);
    BOOST_REQUIRE(p.simulation.distributions.size() == 1u);
    BOOST_TEST(p.simulation.distributions[0].metricId == 2);
    BOOST_REQUIRE(p.termination.reviews.size() == 2u);
    BOOST_TEST(p.termination.reviews[0].id == 2);
    BOOST_TEST(p.termination.reviews[1].id == 3);
    BOOST_TEST(!p.termination.reviews[1].metricId.has_value());
    // Nothing left names the metric.
    const Dependents after = metricDependents(p, 1);
    BOOST_TEST(after.scenarios + after.distributions + after.reviews == 0);
}

BOOST_AUTO_TEST_CASE(party_removal_ends_the_termination_payment_to_it) {
    Project p = riskProject();
    BOOST_TEST(partyDependents(p, 3).terminationPayee == 1);
    BOOST_TEST(partyDependents(p, 3).any());
    BOOST_TEST(partyDependents(p, 1).terminationPayee == 0);
    BOOST_TEST(removeParty(p, 3));
    BOOST_TEST(!p.termination.payeeId.has_value());
    BOOST_TEST(!partyDependents(p, 3).any());
}

BOOST_AUTO_TEST_CASE(cohort_dependents_and_removal_clear_the_references) {
    Project p = referencedProject();
    const Dependents d = cohortDependents(p, 1);
    BOOST_TEST(d.metrics == 1);
    BOOST_TEST(d.fixedFees == 1);
    BOOST_TEST(d.intakeValues == 3);
    BOOST_TEST(removeCohort(p, 1));
    BOOST_TEST(p.targetGroup.cohorts.empty());
    BOOST_TEST(!p.metrics[1].cohortId.has_value());
    BOOST_TEST(!p.fixedFees[0].cohortId.has_value());
}

BOOST_AUTO_TEST_SUITE_END()
