// Files from others (issue 13): nothing in a file runs, nothing beside it is read or written, and
// nothing in it can take the machine's memory or time; each refusal says what and where.
#include "fullproject.h"
#include "json.h"
#include "ledgerimport.h"
#include "lockfile.h"
#include "samples.h"
#include "sizelimits.h"
#include "storage.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

#ifndef _WIN32
#include <sys/stat.h>
#endif

using namespace effekt;
using effekt::test::dumpDiagnostics;
using effekt::test::hasDiagnostic;
using effekt::test::TempDir;
namespace fs = std::filesystem;

namespace {

bool names(const Diagnostics &ds, DiagCode code, const std::string &name) {
    for (const Diagnostic &d : ds)
        if (d.code == code && d.values.size() >= 2 && std::get<std::string>(d.values[1]) == name)
            return true;
    return false;
}

// Runs `sql` on the file at `path` with a plain connection (the way another program would).
void runSql(const std::string &path, const std::string &sql) {
    sqlite3 *db = nullptr;
    BOOST_REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK)
        BOOST_TEST_MESSAGE("sql failed: " << (err ? err : "?"));
    sqlite3_free(err);
    sqlite3_close(db);
    BOOST_REQUIRE(rc == SQLITE_OK);
}

std::string saved(const TempDir &dir, const std::string &name = "t.effekt") {
    const std::string path = dir.file(name);
    fs::remove(path);
    BOOST_REQUIRE(saveProject(test::fullProject(), path).empty());
    return path;
}

std::vector<std::string> filesIn(const fs::path &dir) {
    std::vector<std::string> out;
    for (const auto &e : fs::directory_iterator(dir))
        out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(hostile_files)

// ---- Item 3: nothing in a file runs
// -----------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_generated_column_is_refused_before_it_is_evaluated) {
    TempDir dir;
    const std::string path = saved(dir);
    // A column that would allocate a gigabyte for every row read.
    runSql(path, "ALTER TABLE party ADD COLUMN g TEXT AS (substr(hex(zeroblob(1000000000)), 1, "
                 "1)) VIRTUAL;");
    const LoadResult r = loadProject(path);
    dumpDiagnostics(r.diagnostics);
    BOOST_TEST(!r.project);
    BOOST_TEST(names(r.diagnostics, DiagCode::FileSchemaDiffers, "party"));
}

BOOST_AUTO_TEST_CASE(a_virtual_table_named_like_ours_is_refused) {
    // The SQLite of the Windows build (Debian's amalgamation, default options) has no fts5 to
    // create the table with; the check itself reads only the schema text.
    if (!sqlite3_compileoption_used("ENABLE_FTS5")) {
        BOOST_TEST_MESSAGE("this SQLite has no fts5: nothing to create the virtual table with");
        return;
    }
    TempDir dir;
    const std::string path = saved(dir);
    runSql(path, "DROP TABLE ledger; CREATE VIRTUAL TABLE ledger USING fts5(participant, "
                 "metric_id, period, units);");
    const LoadResult r = loadProject(path);
    dumpDiagnostics(r.diagnostics);
    BOOST_TEST(!r.project);
    BOOST_TEST(names(r.diagnostics, DiagCode::FileSchemaDiffers, "ledger"));
    bool virtualNamed = false;
    for (const Diagnostic &d : r.diagnostics)
        virtualNamed = virtualNamed || (d.values.size() == 2 &&
                                        std::get<std::string>(d.values[0]) == "virtual table");
    BOOST_TEST(virtualNamed);
}

BOOST_AUTO_TEST_CASE(triggers_views_and_extra_tables_are_refused) {
    TempDir dir;
    for (const char *sql :
         {"CREATE TRIGGER t1 AFTER INSERT ON ledger BEGIN DELETE FROM party; END;",
          "CREATE VIEW v1 AS SELECT randomblob(10) AS r;", "CREATE TABLE audit (x);",
          "CREATE INDEX i1 ON ledger (units * 2);"}) {
        const std::string path = saved(dir);
        runSql(path, sql);
        const LoadResult r = loadProject(path);
        dumpDiagnostics(r.diagnostics);
        BOOST_TEST(!r.project, sql);
        BOOST_TEST(hasDiagnostic(r.diagnostics, DiagCode::FileUnexpectedObject), sql);
    }
    // A changed column kind in one of our tables (same names).
    const std::string path = saved(dir);
    runSql(path, "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, "
                 "'units REAL NOT NULL', 'units BLOB NOT NULL') WHERE name = 'ledger';");
    const LoadResult r = loadProject(path);
    BOOST_TEST(!r.project);
    BOOST_TEST(names(r.diagnostics, DiagCode::FileSchemaDiffers, "ledger"));
}

BOOST_AUTO_TEST_CASE(a_legitimate_file_of_each_version_still_opens) {
    TempDir dir;
    const LoadResult now = loadProject(saved(dir));
    dumpDiagnostics(now.diagnostics);
    BOOST_REQUIRE(now.project.has_value());
    BOOST_TEST(now.diagnostics.empty());
    const LoadResult v1 =
        loadProject((test::dataDir() / "files" / "v1-ung-i-jobb.effekt").string());
    dumpDiagnostics(v1.diagnostics);
    BOOST_TEST(v1.project.has_value());
}

BOOST_AUTO_TEST_CASE(a_newer_file_may_add_plain_tables_but_nothing_that_runs) {
    TempDir dir;
    std::string path = saved(dir);
    runSql(path, "PRAGMA user_version = 9; CREATE TABLE scenario_x (id INTEGER PRIMARY KEY, "
                 "name TEXT NOT NULL DEFAULT '');");
    LoadResult r = loadProject(path);
    dumpDiagnostics(r.diagnostics);
    BOOST_TEST(r.project.has_value());
    BOOST_TEST(r.readOnly);
    path = saved(dir);
    runSql(path, "PRAGMA user_version = 9; CREATE TABLE scenario_x (id INTEGER PRIMARY KEY, "
                 "g TEXT AS (hex(zeroblob(100))));");
    r = loadProject(path);
    BOOST_TEST(!r.project);
    BOOST_TEST(names(r.diagnostics, DiagCode::FileSchemaDiffers, "scenario_x"));
}

BOOST_AUTO_TEST_CASE(a_load_past_its_budget_is_stopped) {
    TempDir dir;
    const std::string path = saved(dir);
    storage::setLoadBudgetForTesting(0, 0); // no steps at all
    const LoadResult r = loadProject(path);
    storage::setLoadBudgetForTesting(limits::kLoadStepsBase, limits::kLoadStepsPerByte);
    dumpDiagnostics(r.diagnostics);
    BOOST_TEST(!r.project);
    BOOST_TEST(hasDiagnostic(r.diagnostics, DiagCode::FileLoadBudget, "file"));
    // The real budget leaves room: a large legitimate file (100,000 ledger rows) loads.
    const std::string large = dir.file("large.effekt");
    BOOST_REQUIRE(saveProject(largeContract(true), large).empty());
    storage::setLoadBudgetForTesting(0, limits::kLoadStepsPerByte / 10);
    const LoadResult ok = loadProject(large);
    storage::setLoadBudgetForTesting(limits::kLoadStepsBase, limits::kLoadStepsPerByte);
    dumpDiagnostics(ok.diagnostics);
    BOOST_TEST(ok.project.has_value()); // a tenth of the per-byte budget is enough
}

// ---- Item 9: sidecar files
// ---------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_shipped_wal_does_not_change_what_the_file_says) {
    TempDir dir;
    const std::string path = saved(dir, "source.effekt");
    runSql(path, "PRAGMA journal_mode = WAL;");
    // Change the name inside the WAL only, and copy the file with its WAL while it is open.
    sqlite3 *db = nullptr;
    BOOST_REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    BOOST_REQUIRE(sqlite3_exec(db,
                               "PRAGMA wal_autocheckpoint = 0; UPDATE project SET name = "
                               "'Forged';",
                               nullptr, nullptr, nullptr) == SQLITE_OK);
    fs::create_directory(dir.path() / "shipped");
    const fs::path shipped = dir.path() / "shipped" / "plan.effekt";
    fs::copy_file(path, shipped);
    fs::copy_file(path + "-wal", shipped.string() + "-wal");
    sqlite3_close(db);
    const auto before = filesIn(shipped.parent_path());
    const LoadResult r = loadProject(shipped.string());
    dumpDiagnostics(r.diagnostics);
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST(r.project->name == test::fullProject().name);
    BOOST_TEST(hasDiagnostic(r.diagnostics, DiagCode::FileSidecar, "file"));
    BOOST_TEST(!hasErrors(r.diagnostics));
    BOOST_TEST(filesIn(shipped.parent_path()) == before); // no -shm, the WAL untouched
}

BOOST_AUTO_TEST_CASE(a_wal_flagged_file_opens_without_creating_anything_beside_it) {
    TempDir dir;
    const std::string path = saved(dir);
    runSql(path, "PRAGMA journal_mode = WAL;");
    BOOST_REQUIRE(!fs::exists(path + "-wal"));
    const auto before = filesIn(dir.path());
    const LoadResult r = loadProject(path);
    dumpDiagnostics(r.diagnostics);
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST((*r.project == test::fullProject()));
    BOOST_TEST(r.diagnostics.empty());
    BOOST_TEST(filesIn(dir.path()) == before);
}

BOOST_AUTO_TEST_CASE(a_stray_journal_or_a_read_only_folder_does_not_make_a_file_corrupt) {
    TempDir dir;
    const std::string path = saved(dir);
    runSql(path, "PRAGMA journal_mode = WAL;");
    // A hot-looking journal left by another program.
    test::writeFile(path + "-journal", std::string(4096, '\x01'));
    const LoadResult r = loadProject(path);
    dumpDiagnostics(r.diagnostics);
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST(hasDiagnostic(r.diagnostics, DiagCode::FileSidecar));
    BOOST_TEST(!hasErrors(r.diagnostics));
    fs::remove(path + "-journal");
#ifndef _WIN32
    ::chmod(dir.path().c_str(), 0555);
    const LoadResult ro = loadProject(path);
    ::chmod(dir.path().c_str(), 0755);
    dumpDiagnostics(ro.diagnostics);
    BOOST_TEST(ro.project.has_value());
    BOOST_TEST(ro.diagnostics.empty());
#endif
}

// ---- Item 11: the smaller holes
// -----------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_bogus_min_reader_version_is_refused) {
    TempDir dir;
    for (const char *value : {"'abc'", "0", "-5", "99"}) {
        const std::string path = saved(dir);
        runSql(path, std::string("PRAGMA user_version = 4; PRAGMA ignore_check_constraints = ON; "
                                 "PRAGMA writable_schema = ON; UPDATE file_info SET "
                                 "min_reader_version = ") +
                         value + ";");
        const LoadResult r = loadProject(path);
        dumpDiagnostics(r.diagnostics);
        BOOST_TEST(!r.project, value);
        BOOST_TEST(hasDiagnostic(r.diagnostics, DiagCode::ValueOutOfRange, "file_info",
                                 "min_reader_version"),
                   value);
    }
}

#ifndef _WIN32
BOOST_AUTO_TEST_CASE(a_lock_that_is_a_fifo_or_a_device_is_not_read) {
    TempDir dir;
    const std::string fifo = dir.file(".a.effekt.lock");
    BOOST_REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    BOOST_TEST(!ProjectLock::read(fifo)); // before: blocked for ever opening the FIFO
    const std::string zero = dir.file(".b.effekt.lock");
    fs::create_symlink("/dev/zero", zero);
    BOOST_TEST(!ProjectLock::read(zero)); // before: read until memory ran out
    // An over-long regular lock file is not ours either.
    const std::string big = dir.file(".c.effekt.lock");
    test::writeFile(big, "{\"user\": \"" + std::string(ProjectLock::kMaxLockBytes, 'x') +
                             "\", \"host\": \"h\", \"pid\": 1, \"since\": \"s\"}");
    BOOST_TEST(!ProjectLock::read(big));
    // And the lock is taken over (the planted file replaced by ours).
    ProjectLock lock;
    BOOST_TEST(!lock.acquire(dir.file("a.effekt")));
    BOOST_TEST(lock.held());
}
#endif

BOOST_AUTO_TEST_CASE(duplicate_json_keys_are_refused_with_their_path) {
    const LoadResult r =
        json::fromJson(R"({"format": "effekt-project", "version": 1, "name": "a", "name": "b",)"
                       R"( "parties": [{"id": 1, "name": "x", "id": 2}]})");
    dumpDiagnostics(r.diagnostics);
    BOOST_TEST(!r.project);
    BOOST_TEST(hasDiagnostic(r.diagnostics, DiagCode::JsonSchema, "json", "/name"));
    BOOST_TEST(hasDiagnostic(r.diagnostics, DiagCode::JsonSchema, "json", "/parties/0/id"));
}

BOOST_AUTO_TEST_CASE(out_of_range_json_numbers_name_their_place) {
    const LoadResult r = json::fromJson(
        R"({"format": "effekt-project", "version": 1, "metrics": [{"id": 1}, {"id": 1e400}]})");
    dumpDiagnostics(r.diagnostics);
    BOOST_TEST(!r.project);
    BOOST_TEST(hasDiagnostic(r.diagnostics, DiagCode::JsonSyntax, "json", "/metrics/1/id"));
}

BOOST_AUTO_TEST_CASE(out_of_range_numbers_in_a_list_name_their_own_element) {
    // The third value of a plan: /plan/2, not the element read before it.
    for (const std::string &number : {std::string("1e400"), std::string(17 << 20, '9')}) {
        const LoadResult r =
            json::fromJson(R"({"format": "effekt-project", "version": 1, "metrics": [{"id": 1, )"
                           R"("plan": [0, 0, )" +
                           number + "]}]}");
        BOOST_TEST(!r.project);
        BOOST_TEST(hasDiagnostic(r.diagnostics, DiagCode::JsonSyntax, "json", "/metrics/0/plan/2"));
        BOOST_TEST(
            !hasDiagnostic(r.diagnostics, DiagCode::JsonSyntax, "json", "/metrics/0/plan/1"));
    }
}

BOOST_AUTO_TEST_CASE(a_value_larger_than_sqlite_reads_is_named_with_its_place) {
    // 17 MB in a metric's name: more than SQLite reads (16 MiB). Reported as the metric's name,
    // with its size, not as an unlocated "string or blob too big".
    TempDir dir;
    const std::string path = saved(dir);
    runSql(path, "UPDATE metric SET name = hex(zeroblob(8912896)) WHERE id = (SELECT max(id) FROM "
                 "metric);");
    std::int64_t id = 0;
    {
        sqlite3 *db = nullptr;
        BOOST_REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, "SELECT max(id) FROM metric", -1, &s, nullptr);
        BOOST_REQUIRE(sqlite3_step(s) == SQLITE_ROW);
        id = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
        sqlite3_close(db);
    }
    const LoadResult r = loadProject(path);
    dumpDiagnostics(r.diagnostics);
    BOOST_TEST(!r.project);
    bool found = false;
    for (const Diagnostic &d : r.diagnostics)
        if (d.code == DiagCode::ValueTooLong && d.entity == "metric" && d.id == id &&
            d.field == "name" && !d.values.empty() &&
            std::get<std::int64_t>(d.values[0]) == 17'825'792)
            found = true;
    BOOST_TEST(found);
    BOOST_TEST(!hasDiagnostic(r.diagnostics, DiagCode::FileCorrupt));
    // The one problem, not a cascade of references to the rows not read.
    BOOST_TEST(!hasDiagnostic(r.diagnostics, DiagCode::MissingReference));
}

BOOST_AUTO_TEST_CASE(negative_zero_survives_json_effekt_json) {
    TempDir dir;
    std::string text;
    BOOST_REQUIRE(json::toJson(test::fullProject(), text).empty());
    auto j = nlohmann::ordered_json::parse(text);
    j["metrics"][0]["plan"][0] = -0.0;
    const LoadResult first = json::fromJson(j.dump());
    BOOST_REQUIRE(first.project.has_value());
    std::string once;
    BOOST_REQUIRE(json::toJson(*first.project, once).empty());
    BOOST_REQUIRE(saveProject(*first.project, dir.file("z.effekt")).empty());
    const LoadResult back = loadProject(dir.file("z.effekt"));
    BOOST_REQUIRE(back.project.has_value());
    std::string twice;
    BOOST_REQUIRE(json::toJson(*back.project, twice).empty());
    BOOST_TEST(once == twice);
}

BOOST_AUTO_TEST_CASE(duplicate_period_rows_in_a_file_are_refused) {
    TempDir dir;
    const std::string path = saved(dir);
    // Another program rebuilt the table without its key and stored period 0 twice.
    runSql(path, "ALTER TABLE metric_period RENAME TO old; CREATE TABLE metric_period AS SELECT "
                 "* FROM old; DROP TABLE old; INSERT INTO metric_period SELECT metric_id, period, "
                 "plan + 1, actual, counterfactual FROM metric_period WHERE period = 0;");
    const LoadResult r = loadProject(path);
    dumpDiagnostics(r.diagnostics);
    BOOST_TEST(!r.project); // before: the later row won silently
    BOOST_TEST(names(r.diagnostics, DiagCode::FileSchemaDiffers, "metric_period"));
}

// ---- Item 4: memory bounded by what the file holds
// ----------------------------------------------------

BOOST_AUTO_TEST_CASE(many_metrics_times_many_periods_are_refused_before_allocating) {
    // 60,000 empty metrics at 600 periods: under a megabyte of JSON that once took 1.15 GB.
    std::string text = R"({"format": "effekt-project", "version": 1, "timeline": {"start": )"
                       R"("2027-01-01", "periodLength": "month", "periods": 600}, "metrics": [)";
    for (int i = 0; i < 60'000; ++i)
        text += (i ? ",{\"id\":" : "{\"id\":") + std::to_string(i) + "}";
    text += "]}";
    const LoadResult r = json::fromJson(text);
    dumpDiagnostics(r.diagnostics);
    BOOST_TEST(!r.project);
    BOOST_TEST(hasDiagnostic(r.diagnostics, DiagCode::TooManyEntries, "json", "/metrics"));
    BOOST_TEST(r.diagnostics.size() <= limits::kMaxDiagnosticsReported + 1);
    // Fewer metrics, but still more values per period than a project holds.
    text = R"({"format": "effekt-project", "version": 1, "timeline": {"start": )"
           R"("2027-01-01", "periodLength": "month", "periods": 600}, "metrics": [)";
    for (int i = 0; i < 5'000; ++i)
        text += (i ? ",{\"id\":" : "{\"id\":") + std::to_string(i) + "}";
    text += "]}";
    BOOST_TEST(hasDiagnostic(json::fromJson(text).diagnostics, DiagCode::TooManyEntries, "json",
                             "/metrics"));
}

BOOST_AUTO_TEST_CASE(a_file_with_too_many_rows_is_refused_with_the_table) {
    TempDir dir;
    const std::string path = saved(dir);
    runSql(path, "WITH RECURSIVE n(i) AS (SELECT 1000 UNION ALL SELECT i + 1 FROM n WHERE i < "
                 "11500) INSERT INTO party (id, position, name, role, org_number) SELECT i, i, "
                 "'p', 'investor', '' FROM n;");
    const LoadResult r = loadProject(path);
    dumpDiagnostics(r.diagnostics);
    BOOST_TEST(!r.project);
    BOOST_TEST(hasDiagnostic(r.diagnostics, DiagCode::TooManyEntries, "file", "party"));
}

BOOST_AUTO_TEST_CASE(too_many_scenarios_or_overrides_are_refused_with_the_table) {
    TempDir dir;
    const std::string path = saved(dir);
    runSql(path, "WITH RECURSIVE n(i) AS (SELECT 1000 UNION ALL SELECT i + 1 FROM n WHERE i < "
                 "11500) INSERT INTO scenario (id, position, name, factor, delay, intake_factor, "
                 "cost_factor, savings_factor) SELECT i, i, 's', 1, 0, 1, 1, 1 FROM n;");
    const LoadResult r = loadProject(path);
    dumpDiagnostics(r.diagnostics);
    BOOST_TEST(!r.project);
    BOOST_TEST(hasDiagnostic(r.diagnostics, DiagCode::TooManyEntries, "file", "scenario"));

    const std::string path2 = saved(dir, "u.effekt");
    runSql(path2, "INSERT INTO scenario (id, position, name, factor, delay, intake_factor, "
                  "cost_factor, savings_factor) VALUES (900, 900, 's', 1, 0, 1, 1, 1); "
                  "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1500) "
                  "INSERT INTO scenario_metric (scenario_id, position, metric_id, factor, delay) "
                  "SELECT 900, i, (SELECT min(id) FROM metric), 1, 0 FROM n;");
    const LoadResult r2 = loadProject(path2);
    dumpDiagnostics(r2.diagnostics);
    BOOST_TEST(!r2.project);
    BOOST_TEST(hasDiagnostic(r2.diagnostics, DiagCode::TooManyEntries, "file", "scenario_metric"));
}

BOOST_AUTO_TEST_CASE(diagnostics_are_capped_with_how_many_more) {
    Diagnostics ds(1000,
                   Diagnostic{DiagCode::EmptyName, Severity::Warning, "party", 1, "name", -1, {}});
    ds[700].severity = Severity::Error;
    capDiagnostics(ds, limits::kMaxDiagnosticsReported);
    BOOST_REQUIRE(ds.size() == limits::kMaxDiagnosticsReported + 1);
    BOOST_TEST((ds.back().code == DiagCode::MoreDiagnostics));
    BOOST_TEST((ds.back().severity == Severity::Error));
    BOOST_TEST(std::get<std::int64_t>(ds.back().values.at(0)) == 800);
}

BOOST_AUTO_TEST_CASE(csv_junk_and_over_long_lines_are_bounded) {
    const Project p = workedExample();
    // 200,000 junk lines: every row refused, only the first few described.
    std::string junk = "participant;metric;period\n";
    for (int i = 0; i < 200'000; ++i)
        junk += "x\n";
    const csv::LedgerImport r = csv::importLedger(junk, p);
    BOOST_TEST(r.refusedRows == 200'000);
    BOOST_TEST(r.diagnostics.size() == limits::kMaxDiagnosticsReported + 1);
    BOOST_TEST((r.diagnostics.back().code == DiagCode::MoreDiagnostics));
    // One line longer than any ledger line: refused whole, naming the line.
    const std::string longLine =
        "participant;metric;period\nA;1;1\n" + std::string(limits::kMaxCsvLineBytes + 10, 'y');
    const csv::LedgerImport l = csv::importLedger(longLine, p);
    BOOST_TEST(l.rows.empty());
    BOOST_REQUIRE(!l.diagnostics.empty());
    BOOST_TEST((l.diagnostics[0].code == DiagCode::TooManyEntries));
    BOOST_TEST(l.diagnostics[0].id == 3);
}

BOOST_AUTO_TEST_SUITE_END()
