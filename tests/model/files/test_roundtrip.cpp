// The project file holds every field of the project: save, open, compare with operator==.
#include "fullproject.h"
#include "storage.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <sqlite3.h>

using namespace effekt;
using effekt::test::TempDir;

BOOST_AUTO_TEST_SUITE(roundtrip)

BOOST_AUTO_TEST_CASE(full_project_differs_from_default_everywhere) {
    // Guards the helper itself: each part differs from a default-constructed one.
    const Project full = test::fullProject();
    const Project def;
    BOOST_TEST(full.name != def.name);
    BOOST_TEST(full.currency != def.currency);
    BOOST_TEST(!(full.timeline == def.timeline));
    BOOST_TEST(!(full.caps == def.caps));
    BOOST_TEST(!(full.financing == def.financing));
    BOOST_TEST(!(full.valuation == def.valuation));
    BOOST_TEST(!(full.metrics[0].rule == PaymentRule{}));
    BOOST_TEST(!(full.ledger == def.ledger));
}

BOOST_AUTO_TEST_CASE(full_project_round_trips) {
    TempDir dir;
    const Project p = test::fullProject();
    const Diagnostics saved = saveProject(p, dir.file("full.effekt"));
    BOOST_TEST(saved.empty());
    const LoadResult loaded = loadProject(dir.file("full.effekt"));
    for (const Diagnostic &d : loaded.diagnostics)
        BOOST_TEST_MESSAGE(toPlainText(d));
    BOOST_TEST(loaded.diagnostics.empty());
    BOOST_REQUIRE(loaded.project.has_value());
    BOOST_TEST(!loaded.readOnly);
    BOOST_TEST((*loaded.project == p));
}

BOOST_AUTO_TEST_CASE(worked_example_and_empty_project_round_trip) {
    TempDir dir;
    for (const Project &p : {workedExample(), [] {
                                 Project e;
                                 e.normalise();
                                 return e;
                             }()}) {
        BOOST_TEST(saveProject(p, dir.file("p.effekt")).empty());
        const LoadResult loaded = loadProject(dir.file("p.effekt"));
        BOOST_REQUIRE(loaded.project.has_value());
        BOOST_TEST((*loaded.project == p));
    }
}

BOOST_AUTO_TEST_CASE(save_replaces_an_existing_file) {
    TempDir dir;
    const std::string path = dir.file("p.effekt");
    BOOST_TEST(saveProject(workedExample(), path).empty());
    const Project full = test::fullProject();
    BOOST_TEST(saveProject(full, path).empty());
    const LoadResult loaded = loadProject(path);
    BOOST_REQUIRE(loaded.project.has_value());
    BOOST_TEST((*loaded.project == full));
    // Nothing but the document is left in the folder.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto &e : std::filesystem::directory_iterator(dir.path()))
        ++files;
    BOOST_TEST(files == 1u);
}

BOOST_AUTO_TEST_CASE(file_header_carries_application_id_and_version) {
    TempDir dir;
    const std::string path = dir.file("p.effekt");
    BOOST_TEST(saveProject(workedExample(), path).empty());
    sqlite3 *db = nullptr;
    BOOST_REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    auto pragma = [&](const char *sql) {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &s, nullptr);
        sqlite3_step(s);
        const auto v = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
        return v;
    };
    BOOST_TEST(pragma("PRAGMA application_id") == storage::kApplicationId);
    BOOST_TEST(pragma("PRAGMA user_version") == storage::kSchemaVersion);
    // The worked example's rows: 3 parties, 2 metrics, 8 periods of each.
    BOOST_TEST(pragma("SELECT count(*) FROM party") == 3);
    BOOST_TEST(pragma("SELECT count(*) FROM metric_period") == 16);
    BOOST_TEST(pragma("SELECT price FROM rule WHERE metric_id = 1") == 6'000'000); // 60,000.00 kr
    sqlite3_close(db);
}

BOOST_AUTO_TEST_CASE(work_in_progress_with_design_errors_saves_and_reopens_as_it_was) {
    // Design errors are the engine's to report; the file keeps the planner's work as it is.
    Project p = workedExample();
    p.parties.push_back(Party{4, "", PartyRole::CoPayer, "123", std::nullopt}); // no name, bad org
    p.metrics[0].rule.payers = {PayerShare{1, 0.7}, PayerShare{4, 0.5}};        // 120 %
    p.metrics[1].rule.price = 0;                                                // no price
    p.metrics[1].rule.payers = {PayerShare{2, 1.0}}; // an investor as payer
    FixedFee fee;
    fee.id = 1;
    fee.firstPeriod = 5;
    fee.lastPeriod = 2; // "Til" before "Fra"
    fee.payers = {PayerShare{4, 0.4}};
    p.fixedFees = {fee};
    p.investors[0].guarantorId = 3; // not a guarantor
    p.investors[0].commitment = 0;
    p.caps.total = 0;
    p.timeline.periods = 600;
    p.normalise();
    TempDir dir;
    const Diagnostics saved = saveProject(p, dir.file("wip.effekt"));
    for (const Diagnostic &d : saved)
        BOOST_TEST_MESSAGE(toPlainText(d));
    BOOST_TEST(!hasErrors(saved));
    const LoadResult loaded = loadProject(dir.file("wip.effekt"));
    BOOST_REQUIRE(loaded.project.has_value());
    BOOST_TEST((*loaded.project == p));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(paths)

BOOST_AUTO_TEST_CASE(non_ascii_paths) {
    // Paths are UTF-8 strings everywhere in the model.
    TempDir dir;
    const std::string path = dir.file("Ung i jobb – Bærum kommune.effekt");
    BOOST_TEST(saveProject(workedExample(), path).empty());
    const LoadResult r = loadProject(path);
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST((*r.project == workedExample()));
    BOOST_TEST(saveProject(test::fullProject(), path).empty()); // over the existing file
    BOOST_TEST((*loadProject(path).project == test::fullProject()));
}

BOOST_AUTO_TEST_SUITE_END()
