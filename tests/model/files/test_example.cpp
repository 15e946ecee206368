// The example that scripts/run opens is the worked example of DOMAIN.md §9, and opens cleanly; its
// JSON twin is the same project in the same bytes the JSON export writes.
#include "json.h"
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

BOOST_AUTO_TEST_CASE(bundled_json_twin_is_the_same_project) {
    const auto path = test::sourceDir() / "resources/examples/ung-i-jobb.json";
    const LoadResult loaded = effekt::json::importJson(path.string());
    BOOST_REQUIRE(loaded.project.has_value());
    BOOST_TEST(loaded.diagnostics.empty());
    BOOST_TEST((*loaded.project == workedExample()),
               "regenerate resources/examples/ung-i-jobb.json from workedExample()");
    std::string text;
    BOOST_REQUIRE(effekt::json::toJson(workedExample(), text).empty());
    BOOST_TEST((test::readFile(path) == text));
    // It carries the three scenarios and the simulation set-up.
    BOOST_TEST(loaded.project->scenarios.size() == 3u);
    BOOST_TEST(loaded.project->simulation.distributions.size() == 2u);
}
