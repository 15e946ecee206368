// A second share of savings that starts once the investors are repaid (issue 15, item 1;
// docs/engine.md "Second share"): hand-computed cases, the switch judged on the account at the
// end of the previous period, and contracts without investors.
#include "engine_fixtures.h"

#include <boost/test/unit_test.hpp>

using namespace effekt;
using effekt::test::kr;

namespace {
using V = std::vector<Money>;

// The Utah High Quality Preschool Program (Salt Lake County / State of Utah, 2013; Goldman Sachs
// and J.B. Pritzker as lenders, United Way of Salt Lake as intermediary): the State pays 95 % of
// the special-education costs avoided until the lenders have received their principal plus 5 % a
// year, and 40 % of them afterwards as the success fee. Here, by year: the programme costs
// 1,000,000 in year 0 and the savings are a(t) kroner a year; one investor commits 1,000,000; no
// reserve, so every surplus goes out at once.
Project utah(std::vector<double> savings) {
    const int n = static_cast<int>(savings.size());
    Project p = test::bareProject(n);
    Metric m = test::perUnitMetric(1, 0, std::move(savings));
    m.unit = MetricUnit::Money;
    m.rule.type = RuleType::ShareOfSavings;
    m.rule.share = 0.95;
    m.rule.secondShare = 0.40;
    m.rule.secondShareWhen = SecondShareSwitch::InvestorsRepaid;
    m.rule.secondShareReturn = 0.05;
    p.metrics = {m};
    p.deliveryCost.assign(static_cast<std::size_t>(n), 0);
    p.deliveryCost[0] = kr(1'000'000);
    Investor inv;
    inv.id = 1;
    inv.partyId = 2;
    inv.commitment = kr(1'000'000);
    p.investors = {inv};
    p.financing.reserveShare = 0;
    return p;
}
} // namespace

BOOST_AUTO_TEST_SUITE(engine_repaid)

BOOST_AUTO_TEST_CASE(utah_95_percent_until_principal_plus_5_percent_then_40) {
    const Project p = utah({0, 600'000, 600'000, 600'000, 600'000});
    const Results r = compute(p, Basis::Plan);
    // Year 0: no savings, nothing paid; the cost 1,000,000 is drawn. Owed at the end: 1,000,000.
    // Year 1: 95 % × 600,000 = 570,000 (not repaid at the end of year 0). The loan's interest
    //         5 % × 1,000,000 = 50,000; the 570,000 distributed pays it and 520,000 principal:
    //         480,000 still owed.
    // Year 2: 95 % again = 570,000 (not repaid at the end of year 1). Interest 5 % × 480,000 =
    //         24,000; 570,000 pays it and the 480,000 (66,000 more is return above it): repaid.
    // Years 3 and 4: 40 % × 600,000 = 240,000.
    BOOST_TEST((test::grossOf(r, 0) == V{0, kr(570'000), kr(570'000), kr(240'000), kr(240'000)}));
    BOOST_TEST((r.outcomeDue == V{0, kr(570'000), kr(570'000), kr(240'000), kr(240'000)}));
    BOOST_TEST((r.draws == V{kr(1'000'000), 0, 0, 0, 0}));
    BOOST_TEST((r.distributions == V{0, kr(570'000), kr(570'000), kr(240'000), kr(240'000)}));
    BOOST_TEST(!test::hasCode(r.diagnostics, DiagCode::SecondShareWithoutInvestors));

    // At 10 % a year the interest is 100,000 and then 10 % × 530,000 = 53,000: 570,000 leaves
    // 530,000 after year 1 and 13,000 after year 2, so year 3 is still at 95 % (570,000) and
    // years from 4 on at 40 %.
    Project ten = p;
    ten.metrics[0].rule.secondShareReturn = 0.10;
    BOOST_TEST((compute(ten, Basis::Plan).outcomeDue ==
                V{0, kr(570'000), kr(570'000), kr(570'000), kr(240'000)}));

    // A fixed sum of the metric's own payments cannot say this: at 1,074,000 (principal plus
    // the interest above) the switch falls inside year 2, whose payment is split at the sum:
    // 504,000 at 95 % and the rest of its savings, 600,000 − 504,000 / 0.95 = 69,473.68…, at
    // 40 % = 27,789.47.
    Project sum = p;
    sum.metrics[0].rule.secondShareWhen = SecondShareSwitch::AfterSum;
    sum.metrics[0].rule.secondShareAfter = kr(1'074'000);
    BOOST_TEST((compute(sum, Basis::Plan).outcomeDue ==
                V{0, kr(570'000), kr(531'789.47), kr(240'000), kr(240'000)}));
}

BOOST_AUTO_TEST_CASE(the_switch_is_judged_on_the_previous_period) {
    // Year 1's savings alone repay the investors (95 % × 2,000,000 = 1,900,000 against 1,050,000
    // owed), yet year 1 pays at 95 %: a period's own payment cannot start its own second share.
    // Year 2 then pays 40 %.
    const Results big = compute(utah({0, 2'000'000, 600'000, 600'000}), Basis::Plan);
    BOOST_TEST((big.outcomeDue == V{0, kr(1'900'000), kr(240'000), kr(240'000)}));
    // In the base case year 2's own payment repays them, and year 2 is at 95 % however much it
    // pays: raising its savings raises its payment at 95 %; the 40 % starts in year 3 either way.
    const Results base = compute(utah({0, 600'000, 600'000, 600'000}), Basis::Plan);
    const Results more = compute(utah({0, 600'000, 1'000'000, 600'000}), Basis::Plan);
    BOOST_TEST((base.outcomeDue == V{0, kr(570'000), kr(570'000), kr(240'000)}));
    BOOST_TEST((more.outcomeDue == V{0, kr(570'000), kr(950'000), kr(240'000)}));
    // And lowering it so that year 2 does not repay them keeps year 3 at 95 %.
    const Results less = compute(utah({0, 600'000, 500'000, 600'000}), Basis::Plan);
    // Year 2: 475,000 against 480,000 + 24,000 owed: 29,000 still owed; year 3 at 95 %.
    BOOST_TEST((less.outcomeDue == V{0, kr(570'000), kr(475'000), kr(570'000)}));
}

BOOST_AUTO_TEST_CASE(a_lag_delays_the_switch_to_when_the_money_is_paid) {
    // With a lag of one year the payment for year t falls due in t + 1, so the account sees year
    // 1's 570,000 at the end of year 2 and year 2's at the end of year 3: owed after year 2
    // (interest 50,000 in year 1 and 50,000 in year 2 on 1,000,000): 1,100,000 − 570,000 =
    // 530,000; after year 3: interest 26,500, so 556,500 − 570,000 < 0: repaid. Years 1–3 pay 95
    // %, year 4 40 %.
    Project p = utah({0, 600'000, 600'000, 600'000, 600'000, 600'000});
    p.metrics[0].rule.lag = 1;
    const Results r = compute(p, Basis::Plan);
    BOOST_TEST((test::grossOf(r, 0) ==
                V{0, kr(570'000), kr(570'000), kr(570'000), kr(240'000), kr(240'000)}));
}

BOOST_AUTO_TEST_CASE(two_rules_each_with_its_own_return) {
    // Two metrics, each half of the savings above, the same investor, one rule at 5 % a year as
    // in the Utah case, the other at 30 % a year. The first rule's switch lowers year 3's
    // payments, and the second rule's switch is judged on them: a first run with neither switch
    // would repay the 30 % investor's claim in year 3 (570,000 paid), the true run does not
    // (405,000 paid), which runSwitched's turns find.
    Project p = utah({0, 300'000, 300'000, 300'000, 300'000, 300'000});
    Metric second = p.metrics[0];
    second.id = 2;
    second.name = "M2";
    second.rule.secondShareReturn = 0.30;
    p.metrics.push_back(second);
    const Results r = compute(p, Basis::Plan);
    // Rule 1 (5 %): owed 1,000,000 + 50,000 − 570,000 = 480,000; + 24,000 − 570,000 < 0 → from
    // year 3 at 40 % (120,000).
    BOOST_TEST((test::grossOf(r, 0) ==
                V{0, kr(285'000), kr(285'000), kr(120'000), kr(120'000), kr(120'000)}));
    // Rule 2 (30 %): year 1 interest 300,000, so 570,000 leaves 730,000 owed; year 2 interest
    // 219,000, 570,000 leaves 379,000; year 3 interest 113,700 and 120,000 + 285,000 = 405,000
    // paid leave 87,700; year 4 interest 26,310 and 405,000 paid: repaid → from year 5 at 40 %.
    BOOST_TEST((test::grossOf(r, 1) ==
                V{0, kr(285'000), kr(285'000), kr(285'000), kr(285'000), kr(120'000)}));
}

BOOST_AUTO_TEST_CASE(without_investors_the_second_share_never_applies) {
    Project p = utah({0, 600'000, 600'000});
    p.investors.clear();
    const Results r = compute(p, Basis::Plan);
    BOOST_TEST((r.outcomeDue == V{0, kr(570'000), kr(570'000)}));
    BOOST_TEST(test::hasCode(r.diagnostics, DiagCode::SecondShareWithoutInvestors));
    BOOST_TEST(!test::hasCode(validate(utah({0, 1})), DiagCode::SecondShareWithoutInvestors));
    // Nothing drawn (the costs met by a fixed fee): no capital to repay, so no switch either.
    Project fee = utah({0, 600'000, 600'000});
    FixedFee f;
    f.id = 1;
    f.kind = FixedFeeKind::PerPeriod;
    f.amount = kr(1'000'000);
    f.firstPeriod = 0;
    f.lastPeriod = 0;
    fee.fixedFees = {f};
    BOOST_TEST((compute(fee, Basis::Plan).outcomeDue == V{0, kr(570'000), kr(570'000)}));
    // A return outside 0–100 % a year is an error.
    Project wrong = utah({0, 1});
    wrong.metrics[0].rule.secondShareReturn = -0.01;
    BOOST_TEST(test::hasCode(validate(wrong), DiagCode::ValueOutOfRange));
}

BOOST_AUTO_TEST_CASE(the_maximum_possible_payment_takes_the_larger_share) {
    Project p = utah({0, 600'000, 600'000});
    p.metrics[0].rule.capUnits = 1'000'000;
    p.metrics[0].rule.share = 0.3;
    // 0.4 × 1,000,000 kroner of savings at most.
    BOOST_TEST(compute(p, Basis::Plan).maxPossiblePayment == kr(400'000));
}

BOOST_AUTO_TEST_SUITE_END()
