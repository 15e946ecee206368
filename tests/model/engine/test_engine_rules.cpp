// Hand-computed engine cases: each rule type, each kind of cap, lags, payer caps, fixed fees inside
// and outside the total cap (DOMAIN.md §3–§4, docs/engine.md). The computation is in each comment.
#include "engine_fixtures.h"
#include "nationalids.h"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace effekt;
using effekt::test::kr;

namespace {
using V = std::vector<Money>;
}

BOOST_AUTO_TEST_SUITE(engine_rules)

BOOST_AUTO_TEST_CASE(per_unit_with_unit_threshold_and_lower_is_better) {
    Project p = test::bareProject(4);
    Metric m = test::perUnitMetric(1, kr(1'000), {7, 9, 4, 10});
    m.direction = Direction::LowerIsBetter;
    m.counterfactual = {10, 10, 10, 10};
    m.rule.thresholdBasis = ThresholdBasis::Units;
    m.rule.threshold = 2;
    p.metrics = {m};
    const Results r = compute(p, Basis::Plan);
    // u = b − a = 3, 1, 6, 0; the threshold of 2 units drops t=1: 3,000, 0, 6,000, 0.
    BOOST_TEST(r.metric[0][1].units == 1.0);
    BOOST_TEST((test::grossOf(r, 0) == V{kr(3'000), 0, kr(6'000), 0}));
    BOOST_TEST((r.outcomeDue == V{kr(3'000), 0, kr(6'000), 0}));
}

BOOST_AUTO_TEST_CASE(per_unit_with_relative_threshold) {
    Project p = test::bareProject(3);
    Metric m = test::perUnitMetric(1, kr(500), {110, 130, 5});
    m.counterfactual = {100, 100, 0};
    m.rule.thresholdBasis = ThresholdBasis::Relative;
    m.rule.threshold = 0.2;
    p.metrics = {m};
    const Results r = compute(p, Basis::Plan);
    // x = 10/100 = 0.1 < 0.2 → 0; x = 30/100 = 0.3 → 30 × 500 = 15,000; b = 0: x undefined → 0.
    BOOST_TEST((test::grossOf(r, 0) == V{0, kr(15'000), 0}));
}

BOOST_AUTO_TEST_CASE(per_unit_volume_bands_split_units_exactly) {
    Project p = test::bareProject(3);
    Metric m = test::perUnitMetric(1, 0, {200, 200, 50});
    m.rule.bands = {VolumeBand{0, kr(1'100)}, VolumeBand{370, kr(1'000)},
                    VolumeBand{410, kr(1'350)}};
    p.metrics = {m};
    const Results r = compute(p, Basis::Plan);
    // Units 1–200 at 1,100 = 220,000. Units 201–400: 170 at 1,100 + 30 at 1,000 = 217,000.
    // Units 401–450: 10 at 1,000 + 40 at 1,350 = 64,000.
    BOOST_TEST((test::grossOf(r, 0) == V{kr(220'000), kr(217'000), kr(64'000)}));
}

BOOST_AUTO_TEST_CASE(tiered_step_interpolate_and_per_member) {
    Project p = test::bareProject(4);
    p.targetGroup.cohorts = {Cohort{7, "Kull 1", "", 40, {0, 0, 0, 0}}};
    Metric step = test::perUnitMetric(1, 0, {105, 115, 125, 150});
    step.counterfactual = {100, 100, 100, 100};
    step.rule.type = RuleType::Tiered;
    step.rule.tierBasis = TierBasis::Relative;
    step.rule.tiers = {Tier{0.1, kr(10'000)}, Tier{0.2, kr(25'000)}, Tier{0.3, kr(40'000)}};
    Metric interp = step;
    interp.id = 2;
    interp.rule.tierMode = TierMode::Interpolate;
    Metric member = test::perUnitMetric(3, 0, {0.4, 0.5, 0.75, 0.9});
    member.unit = MetricUnit::Percent;
    member.cohortId = 7;
    member.rule.type = RuleType::Tiered;
    member.rule.tierBasis = TierBasis::Observed;
    member.rule.tierAmountBasis = TierAmountBasis::PerCohortMember;
    member.rule.tiers = {Tier{0.5, kr(100)}, Tier{0.75, kr(250)}};
    p.metrics = {step, interp, member};
    const Results r = compute(p, Basis::Plan);
    // Step on x = 0.05, 0.15, 0.25, 0.5: 0, 10,000, 25,000, 40,000.
    BOOST_TEST((test::grossOf(r, 0) == V{0, kr(10'000), kr(25'000), kr(40'000)}));
    // Interpolated: below the first level nothing; 0.15 → 10,000 + 15,000 × 0.5 = 17,500;
    // 0.25 → 25,000 + 15,000 × 0.5 = 32,500; above the last level 40,000.
    BOOST_TEST((test::grossOf(r, 1) == V{0, kr(17'500), kr(32'500), kr(40'000)}));
    // Per cohort member (40) on a: 0.4 → 0; 0.5 → 100 × 40 = 4,000; 0.75 and 0.9 → 250 × 40.
    BOOST_TEST((test::grossOf(r, 2) == V{0, kr(4'000), kr(10'000), kr(10'000)}));
}

BOOST_AUTO_TEST_CASE(tiers_on_a_for_a_lower_is_better_metric) {
    Project p = test::bareProject(3);
    Metric m = test::perUnitMetric(1, 0, {12, 8, 4});
    m.direction = Direction::LowerIsBetter;
    m.counterfactual = {15, 15, 15};
    m.rule.type = RuleType::Tiered;
    m.rule.tierBasis = TierBasis::Observed;
    m.rule.tiers = {Tier{5, kr(10'000)}, Tier{10, kr(5'000)}};
    p.metrics = {m};
    const Results r = compute(p, Basis::Plan);
    // A level is reached when a <= level: a = 12 reaches none → 0; a = 8 reaches 10 → 5,000;
    // a = 4 reaches 5 (the best) → 10,000.
    BOOST_TEST((test::grossOf(r, 0) == V{0, kr(5'000), kr(10'000)}));
}

BOOST_AUTO_TEST_CASE(share_of_savings_with_second_share) {
    Project p = test::bareProject(3);
    Metric m = test::perUnitMetric(1, 0, {600'000, 600'000, 600'000});
    m.unit = MetricUnit::Money;
    m.rule.type = RuleType::ShareOfSavings;
    m.rule.share = 0.95;
    m.rule.secondShare = 0.40;
    m.rule.secondShareAfter = kr(1'000'000);
    p.metrics = {m};
    const Results r = compute(p, Basis::Plan);
    // t0: 0.95 × 600,000 = 570,000 (cumulative 570,000).
    // t1: 430,000 more at 95 % uses 430,000 / 0.95 = 452,631.5789… kr of savings; the other
    //     147,368.4210… kr at 40 % = 58,947.368… → 430,000 + 58,947.37 = 488,947.37.
    // t2: all at 40 %: 240,000.
    BOOST_TEST((test::grossOf(r, 0) == V{kr(570'000), kr(488'947.37), kr(240'000)}));
}

BOOST_AUTO_TEST_CASE(milestone_pays_once) {
    Project p = test::bareProject(4);
    Metric m = test::perUnitMetric(1, 0, {0, 0.5, 1, 2});
    m.rule.type = RuleType::Milestone;
    m.rule.milestoneAmount = kr(100'000);
    p.metrics = {m};
    const Results r = compute(p, Basis::Plan);
    // First period with a ≥ 1 is t = 2; nothing after.
    BOOST_TEST((test::grossOf(r, 0) == V{0, 0, kr(100'000), 0}));
}

BOOST_AUTO_TEST_CASE(metric_caps_on_units_and_money) {
    Project p = test::bareProject(4);
    Metric units = test::perUnitMetric(1, kr(1'000), {10, 10, 10, 10});
    units.rule.capUnits = 25;
    Metric money = test::perUnitMetric(2, kr(1'000), {10, 10, 10, 10});
    money.rule.capMoney = kr(25'000);
    p.metrics = {units, money};
    const Results r = compute(p, Basis::Plan);
    // Units: 10, 10, then 5 of the 10 (25 in all), then none → 10,000, 10,000, 5,000, 0.
    BOOST_TEST((test::afterTotalCap(r, 0) == V{kr(10'000), kr(10'000), kr(5'000), 0}));
    BOOST_TEST(r.metric[0][2].paidUnits == 5.0);
    BOOST_TEST(r.metric[0][3].paidUnits == 0.0);
    // Money: cumulative 10,000, 20,000, 30,000 → cut to 25,000: 10,000, 10,000, 5,000, 0.
    BOOST_TEST((test::afterTotalCap(r, 1) == V{kr(10'000), kr(10'000), kr(5'000), 0}));
    BOOST_TEST(r.metric[1][2].gross == kr(10'000));
    BOOST_TEST(r.metric[1][2].afterMetricCap == kr(5'000));
    // A cap below a single period's payment is flagged: 25,000 is not below 10,000, so nothing.
    BOOST_TEST(!test::hasCode(r.diagnostics, DiagCode::CapBelowOnePeriod));
}

BOOST_AUTO_TEST_CASE(total_cap_scales_the_binding_period_pro_rata) {
    Project p = test::bareProject(3);
    p.metrics = {test::perUnitMetric(1, kr(10'000), {3, 4, 1}),
                 test::perUnitMetric(2, kr(10'000), {3, 2, 1})};
    p.caps.total = kr(100'000);
    const Results r = compute(p, Basis::Plan);
    // t0: 30,000 + 30,000 (cumulative 60,000). t1: 40,000 + 20,000 against 40,000 left: scaled
    // 2 : 1 → 26,666.666… and 13,333.333… øre-exact by largest remainder: 2,666,666.67 øre has the
    // larger remainder (.67) and gets the odd øre: 26,666.67 and 13,333.33. t2: nothing left.
    BOOST_TEST((test::afterTotalCap(r, 0) == V{kr(30'000), kr(26'666.67), 0}));
    BOOST_TEST((test::afterTotalCap(r, 1) == V{kr(30'000), kr(13'333.33), 0}));
    BOOST_TEST((r.outcomeDue == V{kr(60'000), kr(40'000), 0}));
}

BOOST_AUTO_TEST_CASE(lags_move_payments_past_the_contract) {
    Project p = test::bareProject(2, PeriodLength::Quarter);
    Metric m = test::perUnitMetric(1, kr(1'000), {1, 2});
    m.rule.lag = 3;
    p.metrics = {m};
    const Results r = compute(p, Basis::Plan);
    // Achieved at t = 0, 1, due at 3, 4: the results run for 2 + 3 = 5 periods.
    BOOST_TEST(r.periods == 5);
    BOOST_TEST((r.outcomeDue == V{0, 0, 0, kr(1'000), kr(2'000)}));
    BOOST_TEST(r.metric[0][1].duePeriod == 4);
    // A lag of 3 quarters stays within the one year after the end that payments may fall.
    BOOST_TEST(!test::hasCode(r.diagnostics, DiagCode::LagPastContractEnd));
    m.rule.lag = 5;
    p.metrics = {m};
    BOOST_TEST(test::hasCode(compute(p, Basis::Plan).diagnostics, DiagCode::LagPastContractEnd));
}

BOOST_AUTO_TEST_CASE(payer_split_and_payer_caps) {
    Project p = test::bareProject(3);
    p.parties.push_back(Party{4, "Stat", PartyRole::CoPayer, "", kr(50'000)});
    p.parties.push_back(Party{5, "Helseforetak", PartyRole::CoPayer, "", std::nullopt});
    Metric m = test::perUnitMetric(1, kr(100'000), {1, 1, 1});
    m.rule.payers = {PayerShare{1, 0.5}, PayerShare{4, 0.3}, PayerShare{5, 0.2}};
    p.metrics = {m};
    const Results r = compute(p, Basis::Plan);
    // 100,000 a year split 50,000 / 30,000 / 20,000. Stat's cap of 50,000: 30,000, then 20,000,
    // then 0; the others do not cover what Stat does not pay.
    BOOST_TEST((r.payerIds == std::vector<int>{1, 4, 5}));
    BOOST_TEST((r.payerDue[0] == V{kr(50'000), kr(50'000), kr(50'000)}));
    BOOST_TEST((r.payerDue[1] == V{kr(30'000), kr(20'000), 0}));
    BOOST_TEST((r.payerDue[2] == V{kr(20'000), kr(20'000), kr(20'000)}));
    BOOST_TEST((r.outcomeDue == V{kr(100'000), kr(90'000), kr(70'000)}));
    BOOST_TEST((V(r.byPayer(0, 1).begin(), r.byPayer(0, 1).end()) ==
                V{kr(50'000), kr(20'000), kr(20'000)}));
}

BOOST_AUTO_TEST_CASE(payer_split_hands_out_the_remainder) {
    Project p = test::bareProject(1);
    p.parties.push_back(Party{4, "B", PartyRole::CoPayer, "", std::nullopt});
    p.parties.push_back(Party{5, "C", PartyRole::CoPayer, "", std::nullopt});
    Metric m = test::perUnitMetric(1, kr(100), {1});
    m.rule.payers = {PayerShare{1, 1.0 / 3}, PayerShare{4, 1.0 / 3}, PayerShare{5, 1.0 / 3}};
    p.metrics = {m};
    const Results r = compute(p, Basis::Plan);
    // 10,000 øre in thirds: 3,333.33… each, the odd øre to the first: 3,334, 3,333, 3,333.
    BOOST_TEST((V(r.byPayer(0, 0).begin(), r.byPayer(0, 0).end()) == V{3'334, 3'333, 3'333}));
}

BOOST_AUTO_TEST_CASE(payer_split_of_huge_amounts_sums_to_the_whole) {
    // Far beyond any contract, where the split once used long double: a milestone of 2^53 − 1 øre
    // in 1.6 : 0.74 is 6,158,768,721,190,421.29 and 2,848,430,533,550,569.71, so …421 and …570.
    // The payers' shares as doubles (0.6837606837606839 and 0.3162393162393163) sum to
    // 1 + 3 · 2^−54: the floors of the total times them, …422 and …570, passed the total by one
    // øre.
    Project p = test::bareProject(1);
    p.parties.push_back(Party{4, "B", PartyRole::CoPayer, "", std::nullopt});
    Metric m = test::perUnitMetric(1, 0, {1});
    m.rule.type = RuleType::Milestone;
    m.rule.milestoneAmount = (Money{1} << 53) - 1;
    m.rule.payers = {PayerShare{1, 1.6}, PayerShare{4, 0.74}};
    p.metrics = {m};
    Results r = compute(p, Basis::Plan);
    BOOST_TEST(r.outcomeDue[0] == (Money{1} << 53) - 1);
    BOOST_TEST((V(r.byPayer(0, 0).begin(), r.byPayer(0, 0).end()) ==
                V{6'158'768'721'190'421, 2'848'430'533'550'570}));
    BOOST_TEST(r.payerDue[0][0] + r.payerDue[1][0] == r.outcomeDue[0]);
    // 2^62 øre in 1 : 2 (the shares 1/3 and 2/3 as doubles are 6004799503160661 · 2^−54 and twice
    // that, exactly 1 : 2) is 1,537,228,672,809,129,301.33 and 3,074,457,345,618,258,602.67: the
    // odd øre to the second.
    m.rule.milestoneAmount = Money{1} << 62;
    m.rule.payers = {PayerShare{1, 1}, PayerShare{4, 2}};
    p.metrics = {m};
    r = compute(p, Basis::Plan);
    BOOST_TEST((V(r.byPayer(0, 0).begin(), r.byPayer(0, 0).end()) ==
                V{1'537'228'672'809'129'301, 3'074'457'345'618'258'603}));
    BOOST_TEST(r.payerDue[0][0] + r.payerDue[1][0] == Money{1} << 62);
}

BOOST_AUTO_TEST_CASE(fixed_fees_outside_and_inside_the_total_cap) {
    Project p = test::bareProject(3);
    p.metrics = {test::perUnitMetric(1, kr(40'000), {1, 1, 1})};
    p.fixedFees = {
        FixedFee{1, "Aktivitet", FixedFeeKind::PerPeriod, kr(20'000), 0, 0, -1, std::nullopt, {}}};
    p.caps.total = kr(100'000);
    // Outside (default): outcomes 40,000 + 40,000 + 20,000 = the cap; fees 20,000 each year.
    Results r = compute(p, Basis::Plan);
    BOOST_TEST((r.outcomeDue == V{kr(40'000), kr(40'000), kr(20'000)}));
    BOOST_TEST((r.fixedFeesDue == V{kr(20'000), kr(20'000), kr(20'000)}));
    BOOST_TEST((r.fixedFeeByFee[0] == r.fixedFeesDue));
    BOOST_TEST((r.totalDue == V{kr(60'000), kr(60'000), kr(40'000)}));
    // Inside: t0 fee 20,000 + outcome 40,000 (60,000); t1 fee 20,000 (80,000) + outcome cut to
    // 20,000 (100,000); t2 nothing left for the fee or the outcome.
    p.caps.fixedFeesInsideTotal = true;
    r = compute(p, Basis::Plan);
    BOOST_TEST((r.fixedFeesDue == V{kr(20'000), kr(20'000), 0}));
    BOOST_TEST((r.outcomeDue == V{kr(40'000), kr(20'000), 0}));
}

BOOST_AUTO_TEST_CASE(fixed_fee_kinds) {
    Project p = test::bareProject(3);
    p.deliveryCost = {kr(100'000), kr(200'000), kr(300'000)};
    p.targetGroup.cohorts = {Cohort{1, "A", "", 10, {4, 3, 0}}, Cohort{2, "B", "", 10, {1, 0, 2}}};
    p.fixedFees = {
        FixedFee{1, "Share", FixedFeeKind::ShareOfDeliveryCost, 0, 0.25, 0, -1, std::nullopt, {}},
        FixedFee{2,
                 "Started",
                 FixedFeeKind::PerParticipantStarted,
                 kr(1'000),
                 0,
                 1,
                 2,
                 std::nullopt,
                 {}},
        FixedFee{3, "Started A", FixedFeeKind::PerParticipantStarted, kr(500), 0, 0, -1, 1, {}}};
    const Results r = compute(p, Basis::Plan);
    // 25 % of cost: 25,000, 50,000, 75,000.
    BOOST_TEST((r.fixedFeeByFee[0] == V{kr(25'000), kr(50'000), kr(75'000)}));
    // 1,000 per participant started, t = 1..2, all cohorts: 3 and 2 started → 0, 3,000, 2,000.
    BOOST_TEST((r.fixedFeeByFee[1] == V{0, kr(3'000), kr(2'000)}));
    // 500 per participant of cohort A: 4, 3, 0 → 2,000, 1,500, 0.
    BOOST_TEST((r.fixedFeeByFee[2] == V{kr(2'000), kr(1'500), 0}));
}

BOOST_AUTO_TEST_CASE(per_participant_caps_and_once_per_participant) {
    Project p = test::bareProject(2);
    // The ledger caps reported results: the actuals here equal the plan.
    Metric a = test::perUnitMetric(1, kr(5'000), {2, 1});
    a.actual = {2, 1};
    Metric b = test::perUnitMetric(2, kr(4'000), {1, 0});
    b.actual = {1, 0};
    Metric once = test::perUnitMetric(3, kr(1'000), {2, 1});
    once.actual = {2, 1};
    once.rule.oncePerParticipant = true;
    p.metrics = {a, b, once};
    p.caps.perParticipant = kr(8'200);
    p.ledger.set(Ledger{LedgerRow{"P1", 1, 0, 1}, LedgerRow{"P2", 1, 0, 1},
                        LedgerRow{"P1", 2, 0, 1}, LedgerRow{"P1", 1, 1, 1},
                        LedgerRow{"P1", 3, 0, 1}, LedgerRow{"P2", 3, 0, 1},
                        LedgerRow{"P1", 3, 1, 1}});
    const Results r = compute(p, Basis::Actual);
    // t0, metric 1: P1 5,000, P2 5,000 (no cut). Metric 2: P1 4,000 with 3,200 left under the cap
    // of 8,200 → 3,200. Metric 3: P1 1,000 → 0 left (8,200 reached); P2 1,000 (6,000).
    BOOST_TEST(r.metric[0][0].afterParticipantCap == kr(10'000));
    BOOST_TEST(r.metric[1][0].gross == kr(4'000));
    BOOST_TEST(r.metric[1][0].afterParticipantCap == kr(3'200));
    BOOST_TEST(r.metric[2][0].afterParticipantCap == kr(1'000));
    // t1: metric 1, P1 already at the cap → 0. Metric 3: P1 was counted at t0 → 0 (once).
    BOOST_TEST(r.metric[0][1].gross == kr(5'000));
    BOOST_TEST(r.metric[0][1].afterParticipantCap == 0);
    BOOST_TEST(r.metric[2][1].afterParticipantCap == 0);
    BOOST_TEST(!hasErrors(r.diagnostics));
    // The plan has no participants yet: the ledger does not cut it.
    const Results plan = compute(p, Basis::Plan);
    BOOST_TEST(plan.metric[1][0].afterParticipantCap == kr(4'000));
    BOOST_TEST(plan.metric[0][1].afterParticipantCap == kr(5'000));
}

BOOST_AUTO_TEST_CASE(a_national_id_in_the_ledger_is_refused) {
    Project p = test::bareProject(1);
    p.metrics = {test::perUnitMetric(1, kr(5'000), {1})};
    p.metrics[0].actual = {1};
    p.caps.perParticipant = kr(1'000);
    p.ledger.set(Ledger{LedgerRow{"01010010183", 1, 0, 1}});
    const Results r = compute(p, Basis::Actual);
    BOOST_TEST(test::hasCode(r.diagnostics, DiagCode::NationalIdInLedger));
    BOOST_TEST(hasErrors(r.diagnostics));
    // The ledger is not used at all: no per-participant cut.
    BOOST_TEST(r.metric[0][0].afterParticipantCap == kr(5'000));
}

BOOST_AUTO_TEST_CASE(a_national_id_written_any_way_leaves_the_ledger_unused) {
    for (const test::WrittenId &v : test::nationalIdVariants()) {
        Project p = test::bareProject(1);
        p.metrics = {test::perUnitMetric(1, kr(5'000), {1})};
        p.metrics[0].actual = {1};
        p.caps.perParticipant = kr(1'000);
        p.ledger.set(Ledger{LedgerRow{v.text, 1, 0, 1}});
        const Results r = compute(p, Basis::Actual);
        BOOST_TEST(test::hasCode(r.diagnostics, DiagCode::NationalIdInLedger), v.how);
        BOOST_TEST(r.metric[0][0].afterParticipantCap == kr(5'000), v.how);
    }
}

BOOST_AUTO_TEST_CASE(forecast_uses_actuals_where_reported) {
    Project p = test::bareProject(3);
    Metric m = test::perUnitMetric(1, kr(100), {5, 5, 5});
    m.actual = {7, std::nullopt, 2};
    p.metrics = {m};
    // Forecast: 7, 5, 2 = 14 units; actual: 7, 0, 2 = 9; plan: 15.
    BOOST_TEST(compute(p, Basis::Forecast).forecastPayment == kr(1'400));
    BOOST_TEST(compute(p, Basis::Plan).forecastPayment == kr(1'400));
    BOOST_TEST((compute(p, Basis::Actual).outcomeDue == V{kr(700), 0, kr(200)}));
    BOOST_TEST((compute(p, Basis::Plan).outcomeDue == V{kr(500), kr(500), kr(500)}));
}

BOOST_AUTO_TEST_SUITE_END()
