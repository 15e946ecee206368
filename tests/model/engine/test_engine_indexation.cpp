// Hand-computed cases of price indexation (issue 15, item 3; docs/engine.md "Price indexation").
// INDIGO's outcomes-contract data standard calls these "contracted price increases"; Norwegian
// public contracts index their prices each year by the consumer price index (KPI-regulering,
// indeksregulering), the rate being the assumption the planner states.
#include "engine_fixtures.h"

#include <boost/test/unit_test.hpp>

using namespace effekt;
using effekt::test::kr;

namespace {
using V = std::vector<Money>;

// Quarterly from 1 July 2027, 8 periods: t = 0, 1 in 2027; t = 2 … 5 in 2028; t = 6, 7 in 2029.
// At 3 % a year from 2027 the factors are 1 (2027), 1.03 (2028) and 1.03² = 1.0609 (2029).
Project indexedProject() {
    Project p = test::bareProject(8, PeriodLength::Quarter);
    p.timeline.start = Date{2027, 7, 1};
    p.indexation.rate = 0.03;
    return p;
}

std::vector<Money> feeOf(const Results &r, std::size_t f) {
    std::vector<Money> out(r.fixedFeeByFee.at(f).begin(),
                           r.fixedFeeByFee.at(f).begin() + r.metric.at(0).size());
    return out;
}
} // namespace

BOOST_AUTO_TEST_SUITE(engine_indexation)

BOOST_AUTO_TEST_CASE(prices_tiers_milestones_and_fees_rise_each_calendar_year) {
    Project p = indexedProject();
    // 1: 1,000 kr a unit, one unit in 2027, 2028 and 2029.
    Metric unit = test::perUnitMetric(1, kr(1'000), {1, 0, 1, 0, 0, 0, 1, 0});
    // 2: 333.33 kr a unit, 3 units in 2029: 999.99 × 1.0609 = 1,060.889391 → 1,060.89 kr (the
    // factor multiplies the period's amount, which is then rounded to øre).
    Metric odd = test::perUnitMetric(2, kr(333.33), {0, 0, 0, 0, 0, 0, 3, 0});
    // 3: volume bands 100 kr for the first 2 units, 50 kr after; 3 units in 2028:
    // (2 × 100 + 50) × 1.03 = 257.50 kr.
    Metric banded = test::perUnitMetric(3, 0, {0, 0, 3, 0, 0, 0, 0, 0});
    banded.rule.bands = {VolumeBand{0, kr(100)}, VolumeBand{2, kr(50)}};
    // 4: a milestone of 50,000 kr reached in 2028 (t = 5): 51,500 kr.
    Metric milestone = test::perUnitMetric(4, 0, {0, 0, 0, 0, 0, 1, 1, 1});
    milestone.rule.type = RuleType::Milestone;
    milestone.rule.milestoneAmount = kr(50'000);
    // 5: a tier of 10,000 kr at a = 10, reached in 2029 (t = 7): 10,609 kr.
    Metric tiered = test::perUnitMetric(5, 0, {0, 0, 0, 0, 0, 0, 0, 10});
    tiered.rule.type = RuleType::Tiered;
    tiered.rule.tierBasis = TierBasis::Observed;
    tiered.rule.tiers = {Tier{10, kr(10'000)}};
    // 6: half of 1,000 kr saved in 2029: 500 kr, not indexed (savings are current money).
    Metric savings = test::perUnitMetric(6, 0, {0, 0, 0, 0, 0, 0, 1'000, 0});
    savings.rule.type = RuleType::ShareOfSavings;
    savings.rule.share = 0.5;
    // 7: 1,000 kr for a unit in 2027 paid a period later (lag 1, in 2028): 2027's price.
    Metric lagged = test::perUnitMetric(7, kr(1'000), {0, 1, 0, 0, 0, 0, 0, 0});
    lagged.rule.lag = 1;
    p.metrics = {unit, odd, banded, milestone, tiered, savings, lagged};

    // Fixed fees: 1,000 kr a period; 100 kr a participant started (2 start in 2028: 206 kr);
    // 10 % of delivery cost (5,000 kr in 2029: 500 kr, current money, not indexed).
    p.targetGroup.cohorts = {Cohort{1, "C", "", 2, {0, 0, 2, 0, 0, 0, 0, 0}}};
    p.targetGroup.plannedSize = 2;
    p.fixedFees = {FixedFee{1, "Drift", FixedFeeKind::PerPeriod, kr(1'000), 0, 0, -1, {}, {}},
                   FixedFee{2,
                            "Oppstart",
                            FixedFeeKind::PerParticipantStarted,
                            kr(100),
                            0,
                            0,
                            -1,
                            std::nullopt,
                            {}},
                   FixedFee{3, "Admin", FixedFeeKind::ShareOfDeliveryCost, 0, 0.1, 0, -1, {}, {}}};
    p.deliveryCost = {0, 0, 0, 0, 0, 0, kr(5'000), 0};
    const Results r = compute(p, Basis::Plan);
    BOOST_TEST(!test::hasCode(r.diagnostics, DiagCode::IndexationOutOfRange));

    BOOST_TEST((test::grossOf(r, 0) == V{kr(1'000), 0, kr(1'030), 0, 0, 0, kr(1'060.90), 0}));
    BOOST_TEST((test::grossOf(r, 1) == V{0, 0, 0, 0, 0, 0, kr(1'060.89), 0}));
    BOOST_TEST((test::grossOf(r, 2) == V{0, 0, kr(257.50), 0, 0, 0, 0, 0}));
    BOOST_TEST((test::grossOf(r, 3) == V{0, 0, 0, 0, 0, kr(51'500), 0, 0}));
    BOOST_TEST((test::grossOf(r, 4) == V{0, 0, 0, 0, 0, 0, 0, kr(10'609)}));
    BOOST_TEST((test::grossOf(r, 5) == V{0, 0, 0, 0, 0, 0, kr(500), 0}));
    BOOST_TEST((test::grossOf(r, 6) == V{0, kr(1'000), 0, 0, 0, 0, 0, 0}));
    BOOST_TEST(r.metric[6][1].duePeriod == 2);

    BOOST_TEST((feeOf(r, 0) == V{kr(1'000), kr(1'000), kr(1'030), kr(1'030), kr(1'030), kr(1'030),
                                 kr(1'060.90), kr(1'060.90)}));
    BOOST_TEST((feeOf(r, 1) == V{0, 0, kr(206), 0, 0, 0, 0, 0}));
    BOOST_TEST((feeOf(r, 2) == V{0, 0, 0, 0, 0, 0, kr(500), 0}));
}

BOOST_AUTO_TEST_CASE(the_base_year_and_the_caps) {
    // A stated base year of 2028: 2027 and 2028 at the stated price, 2029 at 1.03 times it.
    Project p = indexedProject();
    p.indexation.baseYear = 2028;
    p.metrics = {test::perUnitMetric(1, kr(1'000), {1, 0, 1, 0, 0, 0, 1, 0})};
    BOOST_TEST((test::grossOf(compute(p, Basis::Plan), 0) ==
                V{kr(1'000), 0, kr(1'000), 0, 0, 0, kr(1'030), 0}));

    // Caps stay in nominal money: a cap of 2,000 kr on the metric cuts 2028's 1,030 kr to the
    // 1,000 kr left, and 2029 gets nothing.
    p.indexation.baseYear.reset();
    p.metrics[0].rule.capMoney = kr(2'000);
    BOOST_TEST((test::afterTotalCap(compute(p, Basis::Plan), 0) ==
                V{kr(1'000), 0, kr(1'000), 0, 0, 0, 0, 0}));

    // A falling rate (−10 %): 2028 at 900 kr, 2029 at 810 kr.
    p.metrics[0].rule.capMoney.reset();
    p.indexation.rate = -0.1;
    BOOST_TEST((test::grossOf(compute(p, Basis::Plan), 0) ==
                V{kr(1'000), 0, kr(900), 0, 0, 0, kr(810), 0}));
}

BOOST_AUTO_TEST_CASE(the_maximum_possible_payment_includes_the_factor) {
    // A milestone of 50,000 kr could be reached in 2029 at the latest: at most 53,045 kr. A tier of
    // 1,000 kr could be paid in every period: 2 × 1,000 + 4 × 1,030 + 2 × 1,060.90 = 8,241.80 kr.
    Project p = indexedProject();
    Metric milestone = test::perUnitMetric(1, 0, {0, 0, 0, 0, 0, 1, 1, 1});
    milestone.rule.type = RuleType::Milestone;
    milestone.rule.milestoneAmount = kr(50'000);
    Metric tiered = test::perUnitMetric(2, 0, {0, 0, 0, 0, 0, 0, 0, 0});
    tiered.rule.type = RuleType::Tiered;
    tiered.rule.tierBasis = TierBasis::Observed;
    tiered.rule.tiers = {Tier{0, kr(1'000)}};
    p.metrics = {milestone, tiered};
    const Results r = compute(p, Basis::Plan);
    BOOST_TEST(!r.maxPossibleUnbounded);
    BOOST_TEST(r.maxPossiblePayment == kr(53'045) + kr(8'241.80));
    // And it is reached: the tier pays in every period, the milestone in 2028.
    Money paid = 0;
    for (Money m : r.outcomeDue)
        paid += m;
    BOOST_TEST(paid == kr(51'500) + kr(8'241.80));
}

BOOST_AUTO_TEST_CASE(a_better_result_may_pay_less_when_it_comes_in_a_cheaper_year) {
    // Why the property "payments never fall when achievement rises" leaves indexation out: a
    // milestone of 50,000 kr reached in 2028 pays 51,500 kr; reached earlier, in 2027, it pays
    // 2027's 50,000 kr. Likewise a unit cap reached in an earlier, cheaper year.
    Project p = indexedProject();
    Metric milestone = test::perUnitMetric(1, 0, {0, 0, 0, 0, 0, 1, 1, 1});
    milestone.rule.type = RuleType::Milestone;
    milestone.rule.milestoneAmount = kr(50'000);
    p.metrics = {milestone};
    BOOST_TEST((compute(p, Basis::Plan).outcomeDue == V{0, 0, 0, 0, 0, kr(51'500), 0, 0}));
    p.metrics[0].plan = {0, 1, 1, 1, 1, 1, 1, 1};
    BOOST_TEST((compute(p, Basis::Plan).outcomeDue == V{0, kr(50'000), 0, 0, 0, 0, 0, 0}));
}

BOOST_AUTO_TEST_CASE(out_of_range_settings_are_reported) {
    Project p = indexedProject();
    p.indexation.rate = 1.5;
    BOOST_TEST(test::hasCode(validate(p), DiagCode::IndexationOutOfRange));
    p.indexation.rate = 0.02;
    p.indexation.baseYear = 1850;
    BOOST_TEST(test::hasCode(validate(p), DiagCode::IndexationOutOfRange));
    // A base year after the contract's last year (2029): no price would ever rise.
    p.indexation.baseYear = 2030;
    BOOST_TEST(!test::hasCode(validate(p), DiagCode::IndexationOutOfRange));
    BOOST_TEST(test::hasCode(validate(p), DiagCode::IndexationBaseYearAfterEnd));
    p.indexation.baseYear = 2029;
    BOOST_TEST(!test::hasCode(validate(p), DiagCode::IndexationBaseYearAfterEnd));
}

BOOST_AUTO_TEST_CASE(recomputation_keeps_the_factors) {
    // Recomputation reuses one prepared project as reported values change: the factors stay.
    Project p = indexedProject();
    p.metrics = {test::perUnitMetric(1, kr(1'000), {1, 1, 1, 1, 1, 1, 1, 1})};
    Recomputation rc(p);
    rc.actual(0)[6] = 2.0;
    const Results &r = rc.compute(Basis::Forecast, ComputeOptions{});
    BOOST_TEST((test::grossOf(r, 0) == V{kr(1'000), kr(1'000), kr(1'030), kr(1'030), kr(1'030),
                                         kr(1'030), kr(2'121.80), kr(1'060.90)}));
    Project q = p;
    q.metrics[0].actual[6] = 2.0;
    BOOST_TEST((test::grossOf(compute(q, Basis::Forecast), 0) == test::grossOf(r, 0)));
}

BOOST_AUTO_TEST_SUITE_END()
