// The example that scripts/run opens is the worked example of DOMAIN.md §9, and opens cleanly; its
// JSON twin is the same project in the same bytes the JSON export writes. The same for every
// bundled template and example, which also compute and cite their sources.
#include "engine.h"
#include "json.h"
#include "storage.h"
#include "testutil.h"
#include "validate.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>

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

namespace {

// The base names of resources/<kind>/*.effekt.
std::vector<std::string> bundledProjects(const char *kind) {
    std::vector<std::string> names;
    const auto dir = test::sourceDir() / "resources" / kind;
    for (const auto &f : std::filesystem::directory_iterator(dir))
        if (f.path().extension() == ".effekt")
            names.push_back(f.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

// Every template and example (app/catalogue.h bundles them): reads without a problem, validates
// with no error, equals its JSON twin in the bytes the export writes, and computes payments and
// savings.
BOOST_AUTO_TEST_CASE(every_template_and_example_validates_equals_its_twin_and_computes) {
    const std::vector<std::string> templates = bundledProjects("templates");
    const std::vector<std::string> examples = bundledProjects("examples");
    BOOST_TEST(templates.size() >= 5u);
    BOOST_TEST(examples.size() >= 4u);
    for (const char *kind : {"templates", "examples"}) {
        for (const std::string &name : bundledProjects(kind)) {
            BOOST_TEST_CONTEXT(kind << "/" << name) {
                const auto base = test::sourceDir() / "resources" / kind / name;
                const LoadResult file = loadProject(base.string() + ".effekt");
                BOOST_REQUIRE(file.project.has_value());
                BOOST_TEST(file.diagnostics.empty());
                const Project &p = *file.project;
                const Diagnostics problems = validate(p);
                BOOST_TEST(!hasErrors(problems));
                for (const Diagnostic &d : problems)
                    BOOST_TEST_MESSAGE("warning " << int(d.code) << " " << d.entity << " " << d.id
                                                  << " " << d.field);
                const LoadResult twin = effekt::json::importJson(base.string() + ".json");
                BOOST_REQUIRE(twin.project.has_value());
                BOOST_TEST(twin.diagnostics.empty());
                BOOST_TEST((*twin.project == p), "regenerate the .effekt from the .json");
                std::string text;
                BOOST_REQUIRE(effekt::json::toJson(p, text).empty());
                BOOST_TEST((test::readFile(base.string() + ".json") == text),
                           "regenerate the .json with effekt export-json");
                const Results r = compute(p, Basis::Plan);
                BOOST_TEST(r.totalPayments > 0);
                BOOST_TEST(r.totalSavings > 0);
                BOOST_TEST(!p.name.empty());
                BOOST_TEST(!p.description.empty());
            }
        }
    }
}

// An example's assumption log cites a source for every assumption (the worked example of the
// reference has no log: its figures are the reference's own); a template marks its figures as
// illustrative.
BOOST_AUTO_TEST_CASE(every_assumption_of_an_example_names_its_source) {
    for (const std::string &name : bundledProjects("examples")) {
        BOOST_TEST_CONTEXT(name) {
            const LoadResult file = loadProject(
                (test::sourceDir() / "resources/examples" / (name + ".effekt")).string());
            BOOST_REQUIRE(file.project.has_value());
            if (name != "ung-i-jobb")
                BOOST_TEST(file.project->assumptions.size() >= 3u);
            for (const Assumption &a : file.project->assumptions) {
                BOOST_TEST_INFO(a.text);
                BOOST_TEST(!a.text.empty());
                BOOST_TEST(!a.source.empty());
            }
        }
    }
    for (const std::string &name : bundledProjects("templates")) {
        BOOST_TEST_CONTEXT(name) {
            const LoadResult file = loadProject(
                (test::sourceDir() / "resources/templates" / (name + ".effekt")).string());
            BOOST_REQUIRE(file.project.has_value());
            BOOST_TEST(file.project->description.find("illustrative") != std::string::npos);
            BOOST_REQUIRE(!file.project->assumptions.empty());
            BOOST_TEST(file.project->assumptions.front().text.find("illustrative") !=
                       std::string::npos);
        }
    }
}
