// Schema versions: the committed version-1 fixture is upgraded one step at a time, in memory.
#include "storage.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <sqlite3.h>

#include <filesystem>

using namespace effekt;
using effekt::test::TempDir;

BOOST_AUTO_TEST_SUITE(versions)

BOOST_AUTO_TEST_CASE(version_1_fixture_is_upgraded) {
    const auto fixture = test::dataDir() / "files" / "v1-ung-i-jobb.effekt";
    const std::string before = test::readFile(fixture);
    const LoadResult r = loadProject(fixture.string());
    for (const Diagnostic &d : r.diagnostics)
        BOOST_TEST_MESSAGE(toPlainText(d));
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST(r.diagnostics.empty());
    BOOST_TEST(!r.readOnly);
    // The fixture is the worked example with two assumptions; version 2 added "stated by", which
    // the upgrade fills with the empty default.
    Project expected = workedExample();
    expected.assumptions = {{"Intake of 15 a quarter", "NAV statistics 2025", ""},
                            {"Counterfactual 2 a quarter", "Historical comparison", ""}};
    BOOST_TEST((*r.project == expected));
    // Opening never changes the user's file.
    BOOST_TEST((test::readFile(fixture) == before));

    // Saving writes the current version.
    TempDir dir;
    BOOST_TEST(saveProject(*r.project, dir.file("up.effekt")).empty());
    sqlite3 *db = nullptr;
    BOOST_REQUIRE(sqlite3_open(dir.file("up.effekt").c_str(), &db) == SQLITE_OK);
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, nullptr);
    sqlite3_step(s);
    BOOST_TEST(sqlite3_column_int(s, 0) == storage::kSchemaVersion);
    sqlite3_finalize(s);
    sqlite3_close(db);
}

BOOST_AUTO_TEST_CASE(a_version_1_file_unlike_version_1_is_refused_before_its_upgrade) {
    // A version-1 file that already has the column version 2 adds: it is not a version-1 file as
    // version 1 wrote it, so it is refused (naming the table) before any upgrade step runs.
    TempDir dir;
    const std::string path = dir.file("odd.effekt");
    std::filesystem::copy_file(test::dataDir() / "files" / "v1-ung-i-jobb.effekt", path);
    sqlite3 *db = nullptr;
    BOOST_REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_exec(db, "ALTER TABLE assumption ADD COLUMN stated_by TEXT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    const LoadResult r = loadProject(path);
    BOOST_TEST(!r.project);
    BOOST_REQUIRE(!r.diagnostics.empty());
    BOOST_TEST((r.diagnostics[0].code == DiagCode::FileSchemaDiffers));
    BOOST_TEST(describeValue(r.diagnostics[0].values.at(1)) == "assumption");
}

BOOST_AUTO_TEST_SUITE_END()
