// Hand-computed cases for the special-purpose account (DOMAIN.md §5) and the commissioner's view
// (§6): the waterfall with two tranches and a coupon, a binding return cap, the reserve at 100 %
// and 0 %, a guarantee that pays, a funding gap, savings spread over years.
#include "engine_fixtures.h"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace effekt;
using effekt::test::kr;

namespace {
using V = std::vector<Money>;

// Annual, 3 years: cost 1,000,000 in year 0; payments 0, 500,000, 1,000,000 (100,000 a unit);
// senior investor (600,000, coupon 10 %) and subordinate investor (400,000, no coupon).
Project twoTranches() {
    Project p = test::bareProject(3);
    p.parties.push_back(Party{4, "Sub investor", PartyRole::Investor, "", std::nullopt});
    p.metrics = {test::perUnitMetric(1, kr(100'000), {0, 5, 10})};
    p.deliveryCost = {kr(1'000'000), 0, 0};
    Investor senior;
    senior.id = 1;
    senior.partyId = 2;
    senior.commitment = kr(600'000);
    senior.coupon = 0.10;
    Investor sub;
    sub.id = 2;
    sub.partyId = 4;
    sub.commitment = kr(400'000);
    sub.tranche = Tranche::Subordinate;
    p.investors = {senior, sub};
    return p;
}
} // namespace

BOOST_AUTO_TEST_SUITE(engine_account)

BOOST_AUTO_TEST_CASE(waterfall_two_tranches_and_a_coupon) {
    const Results r = compute(twoTranches(), Basis::Plan);
    // t0: cost 1,000,000 drawn pro rata to commitment: 600,000 and 400,000.
    // t1: senior coupon accrues 600,000 × 10 % = 60,000. 500,000 in: coupon 60,000, then senior
    //     principal 440,000 (160,000 left).
    // t2: coupon 160,000 × 10 % = 16,000. 1,000,000 in: coupon 16,000, senior principal 160,000,
    //     subordinate principal 400,000; 424,000 left as return, pro rata to capital drawn 6 : 4:
    //     254,400 and 169,600.
    BOOST_TEST((r.draws == V{kr(1'000'000), 0, 0}));
    BOOST_TEST((r.investors[0].draws == V{kr(600'000), 0, 0}));
    BOOST_TEST((r.investors[1].draws == V{kr(400'000), 0, 0}));
    BOOST_TEST((r.investors[0].distributions == V{0, kr(500'000), kr(430'400)}));
    BOOST_TEST((r.investors[1].distributions == V{0, 0, kr(569'600)}));
    BOOST_TEST((r.distributions == V{0, kr(500'000), kr(1'000'000)}));
    BOOST_TEST((r.commissionerKept == V{0, 0, 0}));
    // Senior: −600,000, +500,000, +430,400: multiple 930,400 / 600,000 = 1.550666…
    BOOST_TEST(std::fabs(*r.investors[0].multiple - 930'400.0 / 600'000.0) < 1e-12);
    BOOST_TEST(r.investors[0].profit == kr(330'400));
    // IRR: −600 + 500 v + 430.4 v² = 0 → v = (−500 + √(250,000 + 1,032,960)) / 860.8
    const double v = (-500 + std::sqrt(250'000.0 + 4 * 430.4 * 600)) / (2 * 430.4);
    BOOST_TEST(std::fabs(r.investors[0].irrPeriodic.rate - (1 / v - 1)) < 1e-12);
    BOOST_TEST(std::fabs(*r.investors[0].irrAnnual - r.investors[0].irrPeriodic.rate) < 1e-15);
}

BOOST_AUTO_TEST_CASE(return_cap_binds_then_incentive_and_commissioner_keeps_the_rest) {
    Project p = twoTranches();
    p.investors[0].returnCap = 1.3;
    p.investors[1].returnCap = 1.3;
    p.financing.providerIncentiveShare = 0.10;
    const Results r = compute(p, Basis::Plan);
    // As above to the return step at t2 (424,000 left). Caps: senior 1.3 × 600,000 = 780,000 less
    // 676,000 already paid = 104,000; subordinate 520,000 − 400,000 = 120,000. Pro rata 254,400 and
    // 169,600 exceed both rooms, so both are capped: 224,000 paid, 200,000 left: 10 % = 20,000 to
    // the provider, 180,000 the commissioner does not pay.
    BOOST_TEST((r.investors[0].distributions == V{0, kr(500'000), kr(280'000)}));
    BOOST_TEST((r.investors[1].distributions == V{0, 0, kr(520'000)}));
    BOOST_TEST(std::fabs(*r.investors[0].multiple - 1.3) < 1e-12);
    BOOST_TEST(std::fabs(*r.investors[1].multiple - 1.3) < 1e-12);
    BOOST_TEST((r.providerIncentive == V{0, 0, kr(20'000)}));
    BOOST_TEST((r.commissionerKept == V{0, 0, kr(180'000)}));
    BOOST_TEST((r.paymentsNet == V{0, kr(500'000), kr(820'000)}));
    BOOST_TEST(r.totalPayments == kr(1'320'000));
}

BOOST_AUTO_TEST_CASE(reserve_at_100_and_at_0_percent) {
    Project p = test::bareProject(3);
    p.metrics = {test::perUnitMetric(1, kr(250), {0, 1, 0})};
    p.deliveryCost = {kr(100), kr(100), kr(100)};
    Investor inv;
    inv.id = 1;
    inv.partyId = 2;
    inv.commitment = kr(1'000);
    p.investors = {inv};
    // 100 %: t0 draw 100; t1 250 − 100 = 150 in the account, 100 kept back for t2, 50 repaid;
    // t2 pays the last 100 from the reserve.
    Results r = compute(p, Basis::Plan);
    BOOST_TEST((r.draws == V{kr(100), 0, 0}));
    BOOST_TEST((r.distributions == V{0, kr(50), 0}));
    BOOST_TEST((r.reserve == V{0, kr(100), 0}));
    // 0 %: t1 pays out all 150 (100 principal, 50 return, no cap); t2 draws 100 again.
    p.financing.reserveShare = 0;
    r = compute(p, Basis::Plan);
    BOOST_TEST((r.draws == V{kr(100), 0, kr(100)}));
    BOOST_TEST((r.distributions == V{0, kr(150), 0}));
    BOOST_TEST((r.reserve == V{0, 0, 0}));
    BOOST_TEST(r.investors[0].drawn == kr(200));
    // The worked example at 0 %: every surplus goes out at once: 100, 300, 300, 340, 420, 240.
    Project w = workedExample();
    w.financing.reserveShare = 0;
    r = compute(w, Basis::Plan);
    BOOST_TEST((r.distributions == V{0, 0, 0, 0, kr(100'000), kr(300'000), kr(300'000), kr(340'000),
                                     kr(420'000), kr(240'000)}));
    BOOST_TEST((r.reserve == V(10, 0)));
}

BOOST_AUTO_TEST_CASE(guarantee_pays_the_shortfall) {
    Project p = test::bareProject(2);
    p.parties.push_back(Party{5, "Garantist", PartyRole::Guarantor, "", std::nullopt});
    p.metrics = {test::perUnitMetric(1, kr(1'300), {0, 1})};
    p.deliveryCost = {kr(1'000), 0};
    Investor inv;
    inv.id = 1;
    inv.partyId = 2;
    inv.commitment = kr(5'000);
    inv.guaranteedShare = 0.5;
    inv.guarantorId = 5;
    p.investors = {inv};
    const Results r = compute(p, Basis::Plan);
    // Drawn 1,000 at t0; t1 has no cost, so all 1,300 goes out: 1,000 principal and 300 return
    // (no cap) → nothing to guarantee.
    BOOST_TEST(r.investors[0].guarantee == 0);
    p.metrics = {test::perUnitMetric(1, kr(300), {0, 1})};
    const Results g = compute(p, Basis::Plan);
    // Drawn 1,000, repaid 300; guaranteed 50 % × 1,000 = 500 → the guarantor pays 200.
    BOOST_TEST(g.investors[0].guarantee == kr(200));
    BOOST_TEST(g.investors[0].profit == kr(-500));
    BOOST_TEST(std::fabs(*g.investors[0].multiple - 0.5) < 1e-12);
    // Flows −1,000 then 300 + 200: IRR −50 %.
    BOOST_TEST(std::fabs(g.investors[0].irrPeriodic.rate + 0.5) < 1e-12);
}

BOOST_AUTO_TEST_CASE(funding_gap) {
    Project p = test::bareProject(2);
    p.deliveryCost = {kr(500), kr(500)};
    p.fixedFees = {FixedFee{
        1, "Half cost", FixedFeeKind::ShareOfDeliveryCost, 0, 0.5, 0, -1, std::nullopt, {}}};
    Investor inv;
    inv.id = 1;
    inv.partyId = 2;
    inv.commitment = kr(300);
    p.investors = {inv};
    // Fees pay 250 a year; the other 250 a year is drawn: 250, then 50 (commitment 300 reached),
    // and 200 of year 1's cost is not funded.
    const Results r = compute(p, Basis::Plan);
    BOOST_TEST((r.draws == V{kr(250), kr(50)}));
    BOOST_TEST((r.fundingGap == V{0, kr(200)}));
    // Validation: costs not covered by fixed fees 500 > commitment 300 → gap of 200.
    const Diagnostics v = validate(p);
    BOOST_TEST_REQUIRE(test::hasCode(v, DiagCode::FundingGap));
    int found = 0;
    for (const Diagnostic &d : r.diagnostics)
        if (d.code == DiagCode::FundingGap) {
            ++found;
            BOOST_TEST((d.values.front() == DiagValue{MoneyValue{kr(200)}}));
        }
    BOOST_TEST(found == 2); // the design check and the computed gap (first in period 1)
    // Risk transferred: with no outcome the investor would draw its whole 300.
    BOOST_TEST(r.riskTransferred == kr(300));
}

BOOST_AUTO_TEST_CASE(savings_spread_over_years_by_budget_holder) {
    Project p = test::bareProject(4, PeriodLength::Quarter);
    Metric m = test::perUnitMetric(1, kr(1'000), {1, 0, 0, 0});
    m.savings = {SavingsLine{BudgetHolder::Kommune, kr(120'000), true, 2},
                 SavingsLine{BudgetHolder::Stat, kr(1'000), false, 3}};
    p.metrics = {m};
    const Results r = compute(p, Basis::Plan);
    // Kommune: 120,000 over 2 years = 8 quarters of 15,000 from t = 0. Stat: 1,000 over 12
    // quarters: 100,000 øre / 12 = 8,333.33…: the first 4 quarters get 8,334 øre, the rest 8,333.
    const auto kommune = r.savings[static_cast<std::size_t>(BudgetHolder::Kommune)];
    const auto stat = r.savings[static_cast<std::size_t>(BudgetHolder::Stat)];
    BOOST_TEST_REQUIRE(kommune.size() == 16u); // 4 periods + 12 quarters of spread
    for (std::size_t t = 0; t < 16; ++t) {
        BOOST_TEST(kommune[t] == (t < 8 ? kr(15'000) : 0));
        BOOST_TEST(stat[t] == (t < 4 ? 8'334 : (t < 12 ? 8'333 : 0)));
    }
    BOOST_TEST(r.totalSavings == kr(121'000));
    // NPV at 4 % a year: Σ savings(t) / 1.04^((t+1)/4).
    double npv = 0;
    for (std::size_t t = 0; t < 16; ++t)
        npv += static_cast<double>(kommune[t] + stat[t]) / std::pow(1.04, (t + 1) / 4.0);
    BOOST_TEST(r.npvSavings == static_cast<Money>(std::llround(npv)));
    // Payment 1,000 at t = 0 against 15,000 + 83.34 of savings: pays back at once.
    BOOST_TEST(r.paybackPeriod.value_or(-1) == 0);
}

BOOST_AUTO_TEST_CASE(a_negative_saving_spreads_to_the_ore) {
    // A saving can be negative: a cost that falls on a budget holder (say, more use of another
    // service). Spread, it is divided like a positive one: evenly, the remainder one øre a period
    // to the earliest, and the parts sum to the whole.
    Project p = test::bareProject(2, PeriodLength::Quarter);
    Metric m = test::perUnitMetric(1, kr(10), {1, 0});
    m.savings = {SavingsLine{BudgetHolder::Helseforetak, kr(-1'000), true, 0}};
    p.metrics = {m};
    Project spread = p;
    spread.metrics[0].savings[0].spreadYears = 1; // over 4 quarters: −25,000 each
    const Results r = compute(p, Basis::Plan);
    const auto &h = r.savings[static_cast<std::size_t>(BudgetHolder::Helseforetak)];
    BOOST_TEST((h == V{kr(-1'000), 0}));
    const Results rs = compute(spread, Basis::Plan);
    const auto &hs = rs.savings[static_cast<std::size_t>(BudgetHolder::Helseforetak)];
    BOOST_TEST((hs == V{kr(-250), kr(-250), kr(-250), kr(-250), 0, 0})); // 2 periods + 4 of spread
    BOOST_TEST(rs.totalSavings == kr(-1'000));

    // With a remainder: −1,000.01 kr over 4 quarters = −100,001 øre = 4 × −25,000 and −1 left,
    // which goes to the first quarter: −25,001, then −25,000 × 3.
    spread.metrics[0].savings[0].perUnit = -100'001;
    const Results rr = compute(spread, Basis::Plan);
    const auto &hr = rr.savings[static_cast<std::size_t>(BudgetHolder::Helseforetak)];
    BOOST_TEST((hr == V{-25'001, -25'000, -25'000, -25'000, 0, 0}));
    BOOST_TEST(rr.totalSavings == -100'001);
}

BOOST_AUTO_TEST_CASE(coupon_accrues_unpaid_and_is_paid_first) {
    // Quarterly, coupon 8 % a year = 2 % a quarter on principal outstanding (simple).
    Project p = test::bareProject(3, PeriodLength::Quarter);
    p.metrics = {test::perUnitMetric(1, kr(1'000), {0, 0, 1'100})};
    p.deliveryCost = {kr(1'000'000), 0, 0};
    Investor inv;
    inv.id = 1;
    inv.partyId = 2;
    inv.commitment = kr(1'000'000);
    inv.coupon = 0.08;
    inv.returnCap = 1.05;
    p.investors = {inv};
    const Results r = compute(p, Basis::Plan);
    // t1 and t2 each accrue 20,000 (nothing paid at t1). t2: 1,100,000 in: coupon 40,000,
    // principal 1,000,000, return up to 1.05 × 1,000,000 − 1,040,000 = 10,000; 50,000 left goes
    // back to the commissioner.
    BOOST_TEST((r.investors[0].distributions == V{0, 0, kr(1'050'000)}));
    BOOST_TEST((r.commissionerKept == V{0, 0, kr(50'000)}));
}

BOOST_AUTO_TEST_SUITE_END()

// Thousands of investors (issue 13): the pro-rata split gave out the øre left by rounding one
// investor at a time, looking through all of them each time, so that 20,000 investors took 43 s
// (the split repeated per period and by the break-even search). Now the split sorts once. Checked
// here with a size that ran for minutes before (the timeout) and with what the split must give:
// equal commitments get equal shares to the øre, and every øre is placed.
BOOST_AUTO_TEST_CASE(thousands_of_investors_split_evenly_and_quickly,
                     *boost::unit_test::timeout(120)) {
    Project p = test::bareProject(12, PeriodLength::Month);
    constexpr int kInvestors = 5'000;
    p.deliveryCost.assign(12, 0);
    p.deliveryCost[0] = kr(1'000'000) + 4'321; // not a multiple of the number of investors
    for (int i = 0; i < kInvestors; ++i) {
        Investor inv;
        inv.id = i + 1;
        inv.partyId = 2;
        inv.commitment = kr(1'000);
        inv.returnCap = 1.0 + 0.0001 * (i % 7);
        p.investors.push_back(inv);
    }
    std::vector<double> plan(12, 2.0);
    plan[0] = 0; // nothing paid in the first period: its cost is drawn whole
    p.metrics.push_back(test::perUnitMetric(1, kr(100'000), plan));
    p.metrics.back().rule.payers = {PayerShare{1, 1.0}};
    const Results r = compute(p, Basis::Plan);
    BOOST_REQUIRE(r.investors.size() == static_cast<std::size_t>(kInvestors));
    Money drawn = 0, lo = r.investors[0].drawn, hi = lo;
    for (const InvestorResult &inv : r.investors) {
        drawn += inv.drawn;
        lo = std::min(lo, inv.drawn);
        hi = std::max(hi, inv.drawn);
    }
    BOOST_TEST(drawn == p.deliveryCost[0]);
    BOOST_TEST(hi - lo <= 1); // the øre left over go one each, never two to one investor
    BOOST_TEST(r.breakEvenFactor.has_value());
}
