// Will the evaluation see the effect? (DOMAIN.md §8): the minimum detectable effect, by hand.
#include "evaluation.h"
#include "validate.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>

using namespace effekt;

BOOST_AUTO_TEST_SUITE(evaluation_strength)

BOOST_AUTO_TEST_CASE(only_people_with_a_comparison_group) {
    const Project p = workedExample(); // simple verification
    BOOST_TEST(evaluationStrengths(p).empty());
    Metric m = p.metrics[0];
    m.validation = ValidationMethod::RandomisedControl;
    BOOST_TEST(hasEvaluationStrength(m));
    m.unit = MetricUnit::Events;
    BOOST_TEST(!hasEvaluationStrength(m));
    m.unit = MetricUnit::People;
    m.validation = ValidationMethod::BeforeAfter;
    BOOST_TEST(!hasEvaluationStrength(m));
}

BOOST_AUTO_TEST_CASE(worked_example_m1_is_detectable) {
    // n = 120 (the target group), Σb = 8 × 2 = 16, Σa = 0+5+8+10+4×12 = 71:
    // p0 = 0.13333, p1 = 0.59167, planned effect 55/120 = 0.45833;
    // MDE = 2.801585 × √(2 × 0.13333 × 0.86667 / 120) = 2.801585 × 0.043885 = 0.12295.
    Project p = workedExample();
    p.metrics[0].validation = ValidationMethod::MatchedComparison;
    const auto e = evaluationStrength(p, p.metrics[0]);
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(e->sampleSize == 120);
    BOOST_TEST(e->p0 == 16.0 / 120, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(e->p1 == 71.0 / 120, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(e->plannedEffect == 55.0 / 120, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(e->mde == 0.12295, boost::test_tools::tolerance(1e-4));
    BOOST_TEST(!e->belowDetectable);
    const Diagnostics ds = validate(p);
    BOOST_TEST(std::none_of(ds.begin(), ds.end(), [](const Diagnostic &d) {
        return d.code == DiagCode::EffectBelowDetectable;
    }));
}

BOOST_AUTO_TEST_CASE(a_small_effect_on_a_high_counterfactual_is_flagged) {
    // b = 7 a quarter: Σb = 56, p0 = 0.46667; p1 = 0.59167, planned effect 0.125;
    // MDE = 2.801585 × √(2 × 0.46667 × 0.53333 / 120) = 2.801585 × 0.064406 = 0.18044 > 0.125.
    Project p = workedExample();
    p.metrics[0].validation = ValidationMethod::RandomisedControl;
    p.metrics[0].counterfactual = std::vector<double>(8, 7.0);
    const auto e = evaluationStrength(p, p.metrics[0]);
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(e->plannedEffect == 0.125, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(e->mde == 0.18044, boost::test_tools::tolerance(1e-4));
    BOOST_TEST(e->belowDetectable);
    const Diagnostics ds = validate(p);
    const auto d = std::find_if(ds.begin(), ds.end(), [](const Diagnostic &x) {
        return x.code == DiagCode::EffectBelowDetectable;
    });
    BOOST_TEST_REQUIRE((d != ds.end()));
    BOOST_TEST((d->severity == Severity::Warning));
    BOOST_TEST(d->entity == "metric");
    BOOST_TEST(d->id == 1);
    BOOST_TEST(d->field == "validation");
    BOOST_TEST_REQUIRE(d->values.size() == 3u);
    BOOST_TEST(std::get<PercentValue>(d->values[0]).fraction == 0.125,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(std::get<std::int64_t>(d->values[2]) == 120);
    // A warning only: the contract still computes.
    BOOST_TEST(!hasErrors(ds));
}

BOOST_AUTO_TEST_CASE(the_cohort_gives_n_and_lower_is_better_counts_the_reduction) {
    Project p = workedExample();
    p.targetGroup.cohorts = {Cohort{5, "K", "", 200, {}}};
    Metric &m = p.metrics[0];
    m.cohortId = 5;
    m.validation = ValidationMethod::MatchedComparison;
    m.direction = Direction::LowerIsBetter;
    m.plan = std::vector<double>(8, 5.0);            // Σa = 40
    m.counterfactual = std::vector<double>(8, 10.0); // Σb = 80
    const auto e = evaluationStrength(p, m);
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(e->sampleSize == 200);
    BOOST_TEST(e->plannedEffect == 0.2, boost::test_tools::tolerance(1e-12)); // 0.4 − 0.2
}

BOOST_AUTO_TEST_CASE(no_figures_without_a_size_or_beyond_the_cohort) {
    Project p = workedExample();
    p.metrics[0].validation = ValidationMethod::MatchedComparison;
    p.targetGroup.plannedSize = 0;
    BOOST_TEST(!evaluationStrength(p, p.metrics[0]).has_value());
    p.targetGroup.plannedSize = 50; // Σa = 71 people out of 50
    BOOST_TEST(!evaluationStrength(p, p.metrics[0]).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
