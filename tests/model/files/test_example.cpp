// The example that scripts/run opens is the worked example of DOMAIN.md §9, and opens cleanly.
#include "storage.h"
#include "testutil.h"
#include "validate.h"

#include <boost/test/unit_test.hpp>

using namespace effekt;

BOOST_AUTO_TEST_CASE(bundled_example_is_the_worked_example) {
    const auto path = test::sourceDir() / "resources/examples/ung-i-jobb.effekt";
    const LoadResult loaded = loadProject(path.string());
    BOOST_REQUIRE(loaded.project.has_value());
    BOOST_TEST(loaded.diagnostics.empty());
    BOOST_TEST(!loaded.readOnly);
    BOOST_TEST((*loaded.project == workedExample()),
               "regenerate resources/examples/ung-i-jobb.effekt from workedExample()");
    BOOST_TEST(!hasErrors(validate(*loaded.project)));
}
