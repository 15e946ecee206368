// Hand-computed cases of the payment terms of issue 15 (docs/engine.md): each comment names the
// contract term it follows and does the arithmetic.
#include "engine_fixtures.h"

#include <boost/test/unit_test.hpp>

using namespace effekt;
using effekt::test::kr;

namespace {
using V = std::vector<Money>;
}

BOOST_AUTO_TEST_SUITE(engine_terms)

BOOST_AUTO_TEST_CASE(a_unit_and_a_relative_threshold_on_one_rule) {
    // Issue 15, item 5: pay only when u ≥ N and x ≥ X. The relative test is Peterborough's form
    // (an improvement of at least a stated share against the comparison group, here 20 %); the
    // unit test a minimum number of outcomes (3) below which a period is too small to pay.
    Project p = test::bareProject(4);
    Metric m = test::perUnitMetric(1, kr(1'000), {22, 25, 23, 6});
    m.counterfactual = {20, 20, 20, 4};
    m.rule.thresholdBasis = ThresholdBasis::UnitsAndRelative;
    m.rule.threshold = 3;
    m.rule.thresholdRelative = 0.2;
    p.metrics = {m};
    const Results r = compute(p, Basis::Plan);
    // u = 2, 5, 3, 2; x = 2/20 = 0.10, 5/20 = 0.25, 3/20 = 0.15, 2/4 = 0.50.
    // t=0: u < 3 → 0. t=1: u ≥ 3 and x ≥ 0.2 → 5 × 1,000 = 5,000. t=2: x < 0.2 → 0. t=3: u < 3 → 0.
    BOOST_TEST((test::grossOf(r, 0) == V{0, kr(5'000), 0, 0}));
    BOOST_TEST((r.outcomeDue == V{0, kr(5'000), 0, 0}));
    // Either test alone pays more: units alone also t=2 (3,000), x alone also t=3 (2,000).
    Project unitsOnly = p;
    unitsOnly.metrics[0].rule.thresholdBasis = ThresholdBasis::Units;
    BOOST_TEST(
        (test::grossOf(compute(unitsOnly, Basis::Plan), 0) == V{0, kr(5'000), kr(3'000), 0}));
    Project relativeOnly = p;
    relativeOnly.metrics[0].rule.thresholdBasis = ThresholdBasis::Relative;
    relativeOnly.metrics[0].rule.threshold = 0.2;
    BOOST_TEST(
        (test::grossOf(compute(relativeOnly, Basis::Plan), 0) == V{0, kr(5'000), 0, kr(2'000)}));
    BOOST_TEST(!test::hasCode(r.diagnostics, DiagCode::RelativeThresholdWithoutCounterfactual));
}

BOOST_AUTO_TEST_CASE(a_relative_threshold_without_counterfactual_is_reported) {
    // x = u / b is undefined where b = 0, so the rule never pays: validate says so.
    Project p = test::bareProject(2);
    Metric m = test::perUnitMetric(1, kr(1'000), {5, 6});
    m.rule.thresholdBasis = ThresholdBasis::UnitsAndRelative;
    m.rule.threshold = 1;
    m.rule.thresholdRelative = 0.1;
    p.metrics = {m};
    const Results r = compute(p, Basis::Plan);
    BOOST_TEST((test::grossOf(r, 0) == V{0, 0}));
    BOOST_TEST(test::hasCode(r.diagnostics, DiagCode::RelativeThresholdWithoutCounterfactual));
    p.metrics[0].rule.thresholdRelative = -0.1;
    BOOST_TEST(test::hasCode(validate(p), DiagCode::ValueOutOfRange));
}

BOOST_AUTO_TEST_CASE(savings_spread_over_periods) {
    // Issue 15, item 5: a saving spread over a number of periods rather than whole years, e.g. a
    // placement avoided that would have lasted 3 quarters. Quarterly, 3 periods; 6,000 saved per
    // unit (kommune); u = 2, 0, 1.
    Project p = test::bareProject(3, PeriodLength::Quarter);
    Metric m = test::perUnitMetric(1, kr(10), {2, 0, 1});
    m.savings = {SavingsLine{BudgetHolder::Kommune, kr(6'000), true, 0, 3}};
    p.metrics = {m};
    const Results r = compute(p, Basis::Plan);
    // t=0: 12,000 over t=0…2 = 4,000 each; t=2: 6,000 over t=2…4 = 2,000 each. The series runs
    // 3 periods + 3 of spread.
    const auto &k = r.savings[static_cast<std::size_t>(BudgetHolder::Kommune)];
    BOOST_TEST((k == V{kr(4'000), kr(4'000), kr(6'000), kr(2'000), kr(2'000), 0}));
    BOOST_TEST(r.totalSavings == kr(18'000));

    // Years and periods add up: 1 year + 2 quarters = 6 quarters. t=0: 12,000 / 6 = 2,000 at
    // t=0…5; t=2: 6,000 / 6 = 1,000 at t=2…7; the series runs 3 + 6 = 9 periods.
    p.metrics[0].savings[0].spreadYears = 1;
    p.metrics[0].savings[0].spreadPeriods = 2;
    const Results ry = compute(p, Basis::Plan);
    const auto &ky = ry.savings[static_cast<std::size_t>(BudgetHolder::Kommune)];
    BOOST_TEST((ky == V{kr(2'000), kr(2'000), kr(3'000), kr(3'000), kr(3'000), kr(3'000), kr(1'000),
                        kr(1'000), 0}));
    BOOST_TEST(ry.totalSavings == kr(18'000));
}

BOOST_AUTO_TEST_SUITE_END()
