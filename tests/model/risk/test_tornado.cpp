// The tornado (DOMAIN.md §8), checked on the worked example (§9).
#include "tornado.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdlib>

using namespace effekt;

namespace {
RiskKpis computed(const Project &p) {
    return riskKpis(p, compute(p, Basis::Forecast));
}
} // namespace

BOOST_AUTO_TEST_SUITE(tornado_chart)

BOOST_AUTO_TEST_CASE(one_bar_per_metric_and_six_more) {
    const Project p = workedExample();
    const Tornado t = tornado(p);
    BOOST_TEST(t.byNetValue.size() == p.metrics.size() + 6);
    BOOST_TEST(t.byIrr.size() == t.byNetValue.size());
    BOOST_TEST((t.basis == computed(p)));
}

BOOST_AUTO_TEST_CASE(every_figure_equals_compute_on_the_moved_project) {
    const Project p = workedExample();
    const Tornado t = tornado(p);
    const RiskKpis basis = computed(p);
    for (const TornadoBar &bar : t.byNetValue) {
        BOOST_TEST(!bar.failed);
        const RiskKpis high = computed(tornadoProject(p, bar.input, bar.metricId, true));
        const RiskKpis low =
            bar.oneSided ? basis : computed(tornadoProject(p, bar.input, bar.metricId, false));
        BOOST_TEST((bar.high == high));
        BOOST_TEST((bar.low == low));
        BOOST_TEST(bar.netValueHigh == high.netValue - basis.netValue);
        BOOST_TEST(bar.netValueLow == low.netValue - basis.netValue);
        BOOST_TEST_REQUIRE(bar.irrHigh.has_value());
        BOOST_TEST(*bar.irrHigh == *high.investorIrrAnnual - *basis.investorIrrAnnual);
    }
}

BOOST_AUTO_TEST_CASE(sorted_by_swing) {
    const Tornado t = tornado(workedExample());
    for (std::size_t i = 1; i < t.byNetValue.size(); ++i)
        BOOST_TEST(t.byNetValue[i - 1].netValueSwing() >= t.byNetValue[i].netValueSwing());
    for (std::size_t i = 1; i < t.byIrr.size(); ++i)
        BOOST_TEST(*t.byIrr[i - 1].irrSwing() >= *t.byIrr[i].irrSwing());
}

BOOST_AUTO_TEST_CASE(savings_move_net_value_by_a_fifth_of_their_present_value) {
    // Savings per unit ±20 % (150,000 → 120,000 / 180,000): the commissioner's net value moves by
    // 0.2 × NPV of savings = 0.2 × 8,098,886.51 = 1,619,777.30 either way; payments and investors
    // do not move.
    const Tornado t = tornado(workedExample());
    for (const TornadoBar &bar : t.byNetValue)
        if (bar.input == TornadoInput::Savings) {
            BOOST_TEST(std::llabs(bar.netValueHigh - 161'977'730) <= 1);
            BOOST_TEST(std::llabs(bar.netValueLow + 161'977'730) <= 1);
            BOOST_TEST(*bar.irrHigh == 0.0);
            BOOST_TEST(bar.netValueSwing() == bar.netValueHigh - bar.netValueLow);
        }
}

BOOST_AUTO_TEST_CASE(the_lag_moves_payments_later_and_is_one_sided) {
    const Project p = workedExample();
    const Tornado t = tornado(p);
    for (const TornadoBar &bar : t.byNetValue)
        if (bar.input == TornadoInput::Lag) {
            BOOST_TEST(bar.oneSided);
            BOOST_TEST(bar.netValueLow == 0);
            BOOST_TEST(bar.high.payments == t.basis.payments); // the same 4,240,000, a period later
            BOOST_TEST(bar.high.npvPayments < t.basis.npvPayments);
            BOOST_TEST(bar.netValueHigh > 0);
            BOOST_TEST(*bar.irrHigh < 0.0); // the investor waits longer
            BOOST_TEST(bar.netValueSwing() == bar.netValueHigh);
        }
    const Project late = tornadoProject(p, TornadoInput::Lag, -1, true);
    BOOST_TEST(late.metrics[0].rule.lag == 2);
    BOOST_TEST(late.metrics[1].rule.lag == 3);
}

BOOST_AUTO_TEST_CASE(prices_scale_every_money_amount_of_the_rules) {
    Project p = workedExample();
    p.metrics[0].rule.bands = {VolumeBand{0, 100}, VolumeBand{10, 200}};
    p.metrics[1].rule.tiers = {Tier{0.1, 1000}};
    p.metrics[1].rule.milestoneAmount = 5000;
    p.metrics[1].rule.share = 0.5;
    p.metrics[1].rule.secondShare = 0.2;
    const Project up = tornadoProject(p, TornadoInput::Prices, -1, true);
    BOOST_TEST(up.metrics[0].rule.price == 6'600'000); // 60,000 kr × 1.1
    BOOST_TEST(up.metrics[0].rule.bands[1].price == 220);
    BOOST_TEST(up.metrics[1].rule.tiers[0].amount == 1100);
    BOOST_TEST(up.metrics[1].rule.milestoneAmount == 5500);
    BOOST_TEST(up.metrics[1].rule.share == 0.55, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(*up.metrics[1].rule.secondShare == 0.22, boost::test_tools::tolerance(1e-12));
    // Caps are not prices.
    BOOST_TEST(*up.metrics[0].rule.capMoney == *p.metrics[0].rule.capMoney);
    const Project down = tornadoProject(p, TornadoInput::Prices, -1, false);
    BOOST_TEST(down.metrics[0].rule.price == 5'400'000);
}

BOOST_AUTO_TEST_CASE(metric_factor_moves_only_that_metric) {
    const Project p = workedExample();
    const Project q = tornadoProject(p, TornadoInput::MetricFactor, 2, false);
    // M2 at 0.8: b = 0, plan 0, 0, 3, 5 … → 0, 0, 2.4, 4 …; M1 as planned.
    BOOST_TEST(*q.metrics[1].actual[2] == 2.4, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(*q.metrics[1].actual[3] == 4.0);
    BOOST_TEST(*q.metrics[0].actual[3] == 10.0);
}

BOOST_AUTO_TEST_CASE(an_irr_that_does_not_exist_is_reported_as_such) {
    // With the delivery cost at 0 the investors never draw: no IRR in any run, no IRR swing.
    Project p = workedExample();
    for (Money &c : p.deliveryCost)
        c = 0;
    const Tornado t = tornado(p);
    BOOST_TEST(!t.basis.investorIrrAnnual.has_value());
    for (const TornadoBar &bar : t.byIrr) {
        BOOST_TEST(!bar.irrHigh.has_value());
        BOOST_TEST(!bar.irrLow.has_value());
        BOOST_TEST(!bar.irrSwing().has_value());
    }
}

BOOST_AUTO_TEST_CASE(discount_rate_replaces_the_projects) {
    const Project p = workedExample();
    BOOST_TEST(tornadoProject(p, TornadoInput::DiscountRate, -1, false).valuation.discountRate ==
               0.02);
    BOOST_TEST(tornadoProject(p, TornadoInput::DiscountRate, -1, true).valuation.discountRate ==
               0.06);
    TornadoSettings s;
    s.intakeChange = 0.5;
    Project c = p;
    c.targetGroup.cohorts = {Cohort{1, "K", "", 100, std::vector<int>(8, 10)}};
    const Project fewer = tornadoProject(c, TornadoInput::Intake, -1, false, s);
    BOOST_TEST(fewer.targetGroup.cohorts[0].plannedSize == 50);
    BOOST_TEST(fewer.targetGroup.cohorts[0].intake[0] == 5);
    BOOST_TEST(fewer.targetGroup.plannedSize == 60);
}

BOOST_AUTO_TEST_SUITE_END()
