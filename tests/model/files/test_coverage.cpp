// A tripwire: the project file and the JSON form store every field of project.h. When a field is
// added to a type below, its size changes and this test fails: add the field to its describe*
// function in model/files/storage_fields.h (file column, JSON key), to the schema and an upgrade
// step in model/files/storage_schema.cpp, to docs/file-format.md, docs/json-format.md,
// docs/effekt.schema.json and to tests/model/files/fullproject.cpp, then update the size here.
#include "project.h"

#include <boost/test/unit_test.hpp>

using namespace effekt;

BOOST_AUTO_TEST_SUITE(coverage)

#if defined(__GLIBCXX__) && defined(__x86_64__)
BOOST_AUTO_TEST_CASE(every_project_type_has_the_size_storage_knows) {
    BOOST_TEST(sizeof(Project) == 584u);
    BOOST_TEST(sizeof(Timeline) == 20u);
    BOOST_TEST(sizeof(TargetGroup) == 96u);
    BOOST_TEST(sizeof(Cohort) == 104u);
    BOOST_TEST(sizeof(Party) == 112u);
    BOOST_TEST(sizeof(Metric) == 504u);
    BOOST_TEST(sizeof(CohortOutcome) == 88u);
    BOOST_TEST(sizeof(PaymentRule) == 256u);
    BOOST_TEST(sizeof(CohortSettlement) == 16u);
    BOOST_TEST(sizeof(VolumeBand) == 16u);
    BOOST_TEST(sizeof(Tier) == 16u);
    BOOST_TEST(sizeof(PayerShare) == 16u);
    BOOST_TEST(sizeof(SavingsLine) == 32u);
    BOOST_TEST(sizeof(LedgerRow) == 48u);
    BOOST_TEST(sizeof(Caps) == 48u);
    BOOST_TEST(sizeof(FixedFee) == 104u);
    BOOST_TEST(sizeof(Investor) == 64u);
    BOOST_TEST(sizeof(Financing) == 16u);
    BOOST_TEST(sizeof(Valuation) == 16u);
    BOOST_TEST(sizeof(Indexation) == 16u);
    BOOST_TEST(sizeof(Assumption) == 96u);
    BOOST_TEST(sizeof(Scenario) == 120u);
    BOOST_TEST(sizeof(MetricOverride) == 24u);
    BOOST_TEST(sizeof(Simulation) == 48u);
    BOOST_TEST(sizeof(FactorDistribution) == 56u);
    BOOST_TEST(sizeof(ReviewPoint) == 32u);
    BOOST_TEST(sizeof(EarlyTermination) == 40u);
}
#endif

BOOST_AUTO_TEST_SUITE_END()
