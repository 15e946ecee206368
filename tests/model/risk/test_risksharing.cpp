// The risk-sharing curve (DOMAIN.md §8), checked on the worked example (§9).
#include "risksharing.h"
#include "scenario.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdlib>

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

BOOST_AUTO_TEST_CASE(below_the_caps_the_curve_is_a_straight_line_by_hand) {
    // At factor f every metric earns f × its planned units (u = max(0, f (a − b))): M1 57 units ×
    // 60,000 and M2 31 × 40,000, 4,660,000 × f in all, until M1's cap of 3,000,000 binds at f =
    // 3,000,000 / 3,420,000 = 0.877. Below the return cap the investors fund the whole delivery
    // (8 × 500,000) and get every payment back, so their profit is payments − 4,000,000, and they
    // break even at 4,660,000 f = 4,000,000: f = 400 / 466 = 0.858369.
    const Project p = workedExample();
    const RiskCurve c = riskSharingCurve(p);
    for (const RiskCurvePoint &pt : c.points) {
        if (pt.factor > 0.87)
            break;
        const Money expected = money::round(466'000'000.0 * pt.factor);
        BOOST_TEST(std::llabs(pt.payments - expected) <= 1);
        BOOST_TEST(pt.investorProfit == pt.payments - 400'000'000);
    }
    BOOST_TEST_REQUIRE(c.breakEvenFactor.has_value());
    BOOST_TEST(std::fabs(*c.breakEvenFactor - 400.0 / 466.0) <= c.breakEvenTolerance);
}

namespace {
// The worked example with the first four quarters reported a fifth better than planned.
Project withActualsAbovePlan() {
    Project p = workedExample();
    for (Metric &m : p.metrics)
        for (std::size_t t = 0; t < 4; ++t)
            m.actual[t] = m.counterfactual[t] + 1.2 * (m.plan[t] - m.counterfactual[t]);
    return p;
}
} // namespace

BOOST_AUTO_TEST_CASE(on_the_forecast_at_factor_one_the_curve_is_the_forecast) {
    // Presentation mode and the Risk page show the curve beside figures of the document's basis:
    // at 100 % it must tell the same story as they do, actuals included.
    const Project p = withActualsAbovePlan();
    RiskCurveSettings settings;
    settings.basis = Basis::Forecast;
    const RiskCurve c = riskSharingCurve(p, settings);
    BOOST_TEST((c.basis == Basis::Forecast));
    const RiskKpis forecast = riskKpis(p, compute(p, Basis::Forecast));
    const RiskKpis plan = riskKpis(p, compute(p, Basis::Plan));
    BOOST_TEST_REQUIRE(forecast.payments != plan.payments); // the actuals count
    for (const RiskCurvePoint &pt : {c.plan, c.points[100]}) {
        BOOST_TEST(!pt.failed);
        BOOST_TEST(pt.payments == forecast.payments);
        BOOST_TEST(pt.npvPayments == forecast.npvPayments);
        BOOST_TEST(pt.netValue == forecast.netValue);
        BOOST_TEST(pt.investorProfit == forecast.investorProfit);
        BOOST_TEST(pt.traditionalCost == forecast.traditionalCost);
    }
    // On the plan the same project's curve ignores the actuals.
    BOOST_TEST(riskSharingCurve(p).plan.payments == plan.payments);
    // Every point is the forecast scaled: f = 0.5 equals the scenario of half the improvement.
    Scenario half;
    half.factor = 0.5;
    const Project scaled = applyScenario(p, half, Basis::Forecast);
    BOOST_TEST(c.points[50].payments ==
               riskKpis(scaled, compute(scaled, Basis::Forecast)).payments);
}

BOOST_AUTO_TEST_CASE(on_the_forecast_break_even_lies_on_the_forecast_curve) {
    const Project p = withActualsAbovePlan();
    RiskCurveSettings settings;
    settings.basis = Basis::Forecast;
    const RiskCurve c = riskSharingCurve(p, settings);
    BOOST_TEST_REQUIRE(c.breakEvenFactor.has_value());
    BOOST_TEST_REQUIRE(c.breakEven.has_value());
    BOOST_TEST(c.breakEvenTolerance <= 1e-3);
    BOOST_TEST(c.breakEvenTolerance > 0.0);
    const Money at = c.breakEven->investorProfit;
    const Money below =
        riskCurvePoint(p, *c.breakEvenFactor - c.breakEvenTolerance, Basis::Forecast)
            .investorProfit;
    BOOST_TEST(at >= 0);
    BOOST_TEST(below < 0);
    // A fifth more improvement in the first four quarters: a smaller factor on the whole repays
    // the investors, so break-even lies lower than on the plan.
    const RiskCurve onPlan = riskSharingCurve(p);
    BOOST_TEST_REQUIRE(onPlan.breakEvenFactor.has_value());
    BOOST_TEST(*c.breakEvenFactor < *onPlan.breakEvenFactor);
}

BOOST_AUTO_TEST_CASE(fewer_steps) {
    const RiskCurve c = riskSharingCurve(workedExample(), RiskCurveSettings{3, 1.5});
    BOOST_TEST_REQUIRE(c.points.size() == 4u);
    BOOST_TEST(c.points[1].factor == 0.5);
    BOOST_TEST(riskSharingCurve(workedExample(), RiskCurveSettings{0, 1.5}).points.size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()
