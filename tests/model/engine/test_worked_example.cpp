// The worked example of DOMAIN.md §9 ("Ung i jobb"): every figure it gives, to the øre and to 1e-6
// on rates, from compute(workedExample(), Basis::Plan).
#include "engine.h"
#include "engine_fixtures.h"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace effekt;

using effekt::test::kr;
using effekt::test::thousands;

BOOST_AUTO_TEST_SUITE(worked_example)

BOOST_AUTO_TEST_CASE(metric_payments_and_caps) {
    const Results r = compute(workedExample(), Basis::Plan);
    BOOST_TEST(!hasErrors(r.diagnostics));
    BOOST_TEST_REQUIRE(r.metric.size() == 2u);
    // M1: u = a − 2 = 0 (max(0, −2)), 3, 6, 8, 10, 10, 10, 10; × 60,000 = 0, 180, 360, 480, 600,
    // 600, 600, 600 thousand. Cumulative 0, 180, 540, 1,020, 1,620, 2,220, 2,820, 3,420: the cap of
    // 3,000 leaves 180 in the last quarter.
    const auto m1Gross = thousands({0, 180, 360, 480, 600, 600, 600, 600});
    const auto m1Paid = thousands({0, 180, 360, 480, 600, 600, 600, 180});
    Money m1Total = 0;
    for (int t = 0; t < 8; ++t) {
        const MetricPeriod &mp = r.metric[0][static_cast<std::size_t>(t)];
        BOOST_TEST(mp.gross == m1Gross[static_cast<std::size_t>(t)]);
        BOOST_TEST(mp.afterParticipantCap == m1Gross[static_cast<std::size_t>(t)]);
        BOOST_TEST(mp.afterMetricCap == m1Paid[static_cast<std::size_t>(t)]);
        BOOST_TEST(mp.afterTotalCap == m1Paid[static_cast<std::size_t>(t)]);
        BOOST_TEST(mp.duePeriod == t + 1);
        BOOST_TEST_REQUIRE(r.byPayer(0, t).size() == 1u);
        BOOST_TEST(r.byPayer(0, t)[0] == mp.afterTotalCap);
        m1Total += mp.afterTotalCap;
    }
    BOOST_TEST(m1Total == kr(3'000'000));
    // M2: u = a (no counterfactual) = 0, 0, 3, 5, 5, 6, 6, 6 = 31 units × 40,000 = 1,240,000.
    Money m2Total = 0;
    for (int t = 0; t < 8; ++t) {
        BOOST_TEST(r.metric[1][static_cast<std::size_t>(t)].duePeriod == t + 2);
        m2Total += r.metric[1][static_cast<std::size_t>(t)].afterTotalCap;
    }
    BOOST_TEST(m2Total == kr(1'240'000));
}

BOOST_AUTO_TEST_CASE(payments_due) {
    const Results r = compute(workedExample(), Basis::Plan);
    // Due at t: M1 of t−1 plus M2 of t−2. t=2: 180 + 0; t=3: 360 + 0; t=4: 480 + 120; t=5: 600 +
    // 200; t=6: 600 + 200; t=7: 600 + 240; t=8: 180 + 240; t=9: 0 + 240. Total 4,240 < cap 5,000.
    BOOST_TEST(r.periods == 10);
    BOOST_TEST((r.outcomeDue == thousands({0, 0, 180, 360, 600, 800, 800, 840, 420, 240})));
    BOOST_TEST((r.totalDue == r.outcomeDue));
    BOOST_TEST((r.fixedFeesDue == std::vector<Money>(10, 0)));
    BOOST_TEST_REQUIRE(r.payerDue.size() == 1u);
    BOOST_TEST((r.payerDue[0] == r.totalDue));
    BOOST_TEST(r.totalPayments == kr(4'240'000));
    BOOST_TEST(r.forecastPayment == kr(4'240'000)); // no actuals reported: forecast = plan
}

BOOST_AUTO_TEST_CASE(investor_account) {
    const Results r = compute(workedExample(), Basis::Plan);
    // Cost 500 a quarter. t0: 0 in → draw 500; t1: draw 500; t2: 180 in → draw 320; t3: 360 in →
    // draw 140 (1,460 in all). t4: 600 − 500 = 100 kept (reserve target 1,500 for t5..t7);
    // t5: 100 + 300 = 400 (target 1,000); t6: 400 + 300 = 700, target 500 → pay out 200;
    // t7: 500 + 340 = 840, target 0 → pay out 840; t8: 420; t9: 240.
    BOOST_TEST((r.draws == thousands({500, 500, 320, 140, 0, 0, 0, 0, 0, 0})));
    BOOST_TEST((r.reserve == thousands({0, 0, 0, 0, 100, 400, 500, 0, 0, 0})));
    BOOST_TEST((r.distributions == thousands({0, 0, 0, 0, 0, 0, 200, 840, 420, 240})));
    BOOST_TEST((r.fundingGap == std::vector<Money>(10, 0)));
    BOOST_TEST((r.commissionerKept == std::vector<Money>(10, 0)));
    BOOST_TEST((r.providerIncentive == std::vector<Money>(10, 0)));
    BOOST_TEST_REQUIRE(r.investors.size() == 1u);
    const InvestorResult &inv = r.investors[0];
    BOOST_TEST(inv.drawn == kr(1'460'000));
    BOOST_TEST(inv.distributed == kr(1'700'000));
    BOOST_TEST(inv.profit == kr(240'000));
    BOOST_TEST(inv.guarantee == 0);
    // Multiple 1,700 / 1,460 = 1.164383…; the return cap 1.3 × 1,460 = 1,898 does not bind.
    BOOST_TEST_REQUIRE(inv.multiple.has_value());
    BOOST_TEST(std::fabs(*inv.multiple - 1700.0 / 1460.0) < 1e-12);
    BOOST_TEST(std::fabs(*inv.multiple - 1.16438) < 1e-5);
    // IRR of −500, −500, −320, −140, 0, 0, 200, 840, 420, 240: 2.4274 % a quarter, 10.069 % a year.
    BOOST_TEST_REQUIRE(inv.irrPeriodic.ok());
    BOOST_TEST(!inv.irrPeriodic.ambiguous);
    BOOST_TEST(std::fabs(inv.irrPeriodic.rate - 0.024274) < 1e-6);
    BOOST_TEST_REQUIRE(inv.irrAnnual.has_value());
    BOOST_TEST(std::fabs(*inv.irrAnnual - 0.10069) < 1e-6);
    BOOST_TEST(inv.xirr.ok());
}

BOOST_AUTO_TEST_CASE(commissioner_view) {
    const Results r = compute(workedExample(), Basis::Plan);
    // r_p = 1.04^(1/4) − 1; payments due at t discounted by (1 + r_p)^(t+1).
    BOOST_TEST(r.npvPayments == 397219229);
    // Savings: 57 improvement units of M1 (0+3+6+8+10+10+10+10) × 150,000 = 8,550,000 nominal,
    // in the quarter of achievement.
    BOOST_TEST(r.totalSavings == kr(8'550'000));
    BOOST_TEST(r.npvSavings == 809888651);
    BOOST_TEST(r.netValue == 412669422);
    BOOST_TEST_REQUIRE(r.benefitCostRatio.has_value());
    BOOST_TEST(std::fabs(*r.benefitCostRatio - 2.0389) < 1e-4);
    BOOST_TEST(std::fabs(*r.benefitCostRatio - 8098886.51 / 3972192.29) < 1e-6);
    // Traditional: 8 × 500,000 × 1.10 = 4,400,000. Risk transferred: with no outcome at all the
    // investor would fund every quarter's 500,000 = 4,000,000 (its whole commitment).
    BOOST_TEST(r.traditionalCost == kr(4'400'000));
    BOOST_TEST(r.riskTransferred == kr(4'000'000));
    // Cumulative savings − payments: 0, 450, 1 350 − 180, … never negative: payback at once.
    BOOST_TEST(r.paybackPeriod.value_or(-1) == 0);
}

BOOST_AUTO_TEST_CASE(kpis) {
    const Results r = compute(workedExample(), Basis::Plan);
    // M1 is capped at 3,000,000, M2 has no cap, the contract 5,000,000: at most 5,000,000.
    BOOST_TEST(r.maxPossiblePayment == kr(5'000'000));
    BOOST_TEST(!r.maxPossibleUnbounded);
    // Break-even: the investors draw at most 4,000,000 and are repaid 1,700,000 at factor 1, so the
    // factor lies below 1; at the factor found they get at least their capital back.
    BOOST_TEST_REQUIRE(r.breakEvenFactor.has_value());
    BOOST_TEST(*r.breakEvenFactor > 0.0);
    BOOST_TEST(*r.breakEvenFactor < 1.0);
    BOOST_TEST(r.breakEvenTolerance <= 1e-3);
    // By hand: with reserve 100 % the account ends empty, so the investors get exactly their
    // capital back when payments equal delivery costs, 4,000,000. At factor f the payments are
    // M1 60,000 × 57 f = 3,420,000 f (below its cap while f < 0.877) plus M2 1,240,000 f:
    // 4,660,000 f = 4,000,000 → f = 0.858369…
    const double exact = 4.0 / 4.66;
    BOOST_TEST(*r.breakEvenFactor >= exact - 1e-6);
    BOOST_TEST(*r.breakEvenFactor <= exact + r.breakEvenTolerance + 1e-6);
}

BOOST_AUTO_TEST_SUITE_END()
