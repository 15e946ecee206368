// The risk-sharing curve (DOMAIN.md §8), checked on the worked example (§9).
#include "risksharing.h"
#include "scenario.h"

#include <boost/test/unit_test.hpp>

using namespace effekt;

BOOST_AUTO_TEST_SUITE(risk_sharing)

BOOST_AUTO_TEST_CASE(the_default_curve_has_151_points_from_0_to_1_5) {
    const RiskCurve c = riskSharingCurve(workedExample());
    BOOST_TEST_REQUIRE(c.points.size() == 151u);
    BOOST_TEST(c.points.front().factor == 0.0);
    BOOST_TEST(c.points[100].factor == 1.0);
    BOOST_TEST(c.points.back().factor == 1.5);
    for (const RiskCurvePoint &pt : c.points)
        BOOST_TEST(!pt.failed);
}

BOOST_AUTO_TEST_CASE(at_factor_one_the_curve_is_the_plan) {
    // DOMAIN.md §9: 4,240,000 paid (NPV 3,972,192.29), net value 4,126,694.22; the investor draws
    // 1,460,000 and gets 1,700,000 back.
    const Project p = workedExample();
    const RiskCurve c = riskSharingCurve(p);
    const RiskKpis plan = riskKpis(p, compute(p, Basis::Plan));
    for (const RiskCurvePoint &pt : {c.plan, c.points[100]}) {
        BOOST_TEST(pt.payments == 424'000'000);
        BOOST_TEST(pt.npvPayments == 397'219'229);
        BOOST_TEST(pt.netValue == 412'669'422);
        BOOST_TEST(pt.investorProfit == 24'000'000);
        BOOST_TEST(pt.payments == plan.payments);
        BOOST_TEST(pt.npvPayments == plan.npvPayments);
        BOOST_TEST(pt.netValue == plan.netValue);
        BOOST_TEST(pt.investorProfit == plan.investorProfit);
        BOOST_TEST(pt.traditionalCost == plan.traditionalCost);
        BOOST_TEST(pt.npvTraditional == plan.npvTraditional);
        BOOST_TEST(pt.traditionalNetValue == plan.traditionalNetValue);
    }
}

BOOST_AUTO_TEST_CASE(at_factor_zero_the_investors_carry_the_whole_delivery) {
    // No improvement: nothing paid, no savings; the investor funds all 8 × 500,000.
    const RiskCurve c = riskSharingCurve(workedExample());
    const RiskCurvePoint &z = c.points.front();
    BOOST_TEST(z.payments == 0);
    BOOST_TEST(z.npvPayments == 0);
    BOOST_TEST(z.netValue == 0);
    BOOST_TEST(z.investorProfit == -400'000'000);
    // The traditional alternative is paid whatever the outcome: 8 × 500,000 × 1.1, flat.
    for (const RiskCurvePoint &pt : c.points)
        BOOST_TEST(pt.traditionalCost == 440'000'000);
}

BOOST_AUTO_TEST_CASE(every_point_equals_compute_on_the_scaled_project) {
    const Project p = workedExample();
    const RiskCurve c = riskSharingCurve(p, RiskCurveSettings{15, 1.5});
    BOOST_TEST_REQUIRE(c.points.size() == 16u);
    for (const RiskCurvePoint &pt : c.points) {
        Scenario s;
        s.factor = pt.factor;
        const Project q = applyScenario(p, s, Basis::Plan);
        const RiskKpis k = riskKpis(q, compute(q)); // the full computation, KPIs and all
        BOOST_TEST(pt.payments == k.payments);
        BOOST_TEST(pt.npvPayments == k.npvPayments);
        BOOST_TEST(pt.investorProfit == k.investorProfit);
        BOOST_TEST(pt.netValue == k.netValue);
        BOOST_TEST(pt.traditionalNetValue == k.traditionalNetValue);
    }
}

BOOST_AUTO_TEST_CASE(payments_grow_with_the_factor_until_the_return_cap_binds) {
    const RiskCurve c = riskSharingCurve(workedExample());
    // Up to the plan the investors stay below their return cap (1.3 × drawn): every krone earned
    // is paid.
    for (std::size_t i = 1; i <= 100; ++i)
        BOOST_TEST(c.points[i].payments >= c.points[i - 1].payments);
    // Far above it they reach the cap, and the commissioner keeps the surplus: its net cost falls
    // again. The total cap of 5,000,000 is never
    // passed.
    for (const RiskCurvePoint &pt : c.points)
        BOOST_TEST(pt.payments <= 500'000'000);
    BOOST_TEST(c.points.back().payments < c.points[140].payments);
}

BOOST_AUTO_TEST_CASE(at_break_even_the_investors_profit_is_zero_within_the_tolerance) {
    const Project p = workedExample();
    const RiskCurve c = riskSharingCurve(p);
    const Results plan = compute(p, Basis::Plan);
    BOOST_TEST_REQUIRE(c.breakEvenFactor.has_value());
    BOOST_TEST(*c.breakEvenFactor == *plan.breakEvenFactor);
    BOOST_TEST(c.breakEvenTolerance == plan.breakEvenTolerance);
    BOOST_TEST(c.breakEvenTolerance <= 1e-3);
    BOOST_TEST_REQUIRE(c.breakEven.has_value());
    // The profit has just reached 0 at the factor, and is below 0 a tolerance lower.
    const Money at = c.breakEven->investorProfit;
    const Money below = riskCurvePoint(p, *c.breakEvenFactor - c.breakEvenTolerance).investorProfit;
    BOOST_TEST(at >= 0);
    BOOST_TEST(below < 0);
    BOOST_TEST(at - below >= at); // 0 lies between the two
    // and both are small against the capital at stake (1,460,000 at the plan).
    BOOST_TEST(at < 100'000'00);
    BOOST_TEST(below > -100'000'00);
    // Break-even lies below the plan: at f = 1 the investors gain.
    BOOST_TEST(*c.breakEvenFactor < 1.0);
    BOOST_TEST(*c.breakEvenFactor > 0.0);
}

BOOST_AUTO_TEST_CASE(fewer_steps) {
    const RiskCurve c = riskSharingCurve(workedExample(), RiskCurveSettings{3, 1.5});
    BOOST_TEST_REQUIRE(c.points.size() == 4u);
    BOOST_TEST(c.points[1].factor == 0.5);
    BOOST_TEST(riskSharingCurve(workedExample(), RiskCurveSettings{0, 1.5}).points.size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()
