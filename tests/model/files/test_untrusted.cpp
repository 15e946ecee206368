// Opening untrusted files: every kind of damage gives a diagnostic naming where it is, no project
// (nothing half-loaded) and no crash.
#include "fullproject.h"
#include "samples.h"
#include "storage.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <sqlite3.h>

#include <filesystem>
#include <random>

using namespace effekt;
using effekt::test::TempDir;

namespace {

bool has(const LoadResult &r, DiagCode code, const std::string &entity = {},
         const std::string &field = {}) {
    for (const Diagnostic &d : r.diagnostics)
        if (d.code == code && (entity.empty() || d.entity == entity) &&
            (field.empty() || d.field == field))
            return true;
    return false;
}

void dump(const LoadResult &r) {
    for (const Diagnostic &d : r.diagnostics)
        BOOST_TEST_MESSAGE(toPlainText(d));
}

// A saved full project, then `sql` run on it by a plain connection with CHECK constraints off.
std::string tampered(const TempDir &dir, const std::string &sql,
                     const Project &p = test::fullProject()) {
    const std::string path = dir.file("t.effekt");
    std::filesystem::remove(path);
    BOOST_REQUIRE(saveProject(p, path).empty());
    sqlite3 *db = nullptr;
    BOOST_REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char *err = nullptr;
    const std::string all = "PRAGMA ignore_check_constraints = ON; " + sql;
    const int rc = sqlite3_exec(db, all.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK)
        BOOST_TEST_MESSAGE("sql failed: " << (err ? err : "?"));
    BOOST_REQUIRE(rc == SQLITE_OK);
    sqlite3_free(err);
    sqlite3_close(db);
    return path;
}

// Rebuilds a table without its constraints, so that any value can be planted.
std::string unconstrained(const std::string &table) {
    return "ALTER TABLE " + table + " RENAME TO old_" + table + "; CREATE TABLE " + table +
           " AS SELECT * FROM old_" + table + "; DROP TABLE old_" + table + ";";
}

std::string someBytes(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::string s(n, '\0');
    for (char &c : s)
        c = static_cast<char>(rng() & 0xff);
    return s;
}

std::string validNationalId() {
    for (int i = 0; i < 100000; ++i) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "010190%05d", i);
        if (isNationalIdNumber(buf))
            return buf;
    }
    return {};
}

} // namespace

BOOST_AUTO_TEST_SUITE(untrusted)

BOOST_AUTO_TEST_CASE(missing_file) {
    TempDir dir;
    const LoadResult r = loadProject(dir.file("nothing.effekt"));
    BOOST_TEST(!r.project);
    BOOST_TEST(has(r, DiagCode::FileNotFound));
    BOOST_TEST(has(loadProject(dir.path().string()), DiagCode::FileNotEffekt)); // a folder
}

BOOST_AUTO_TEST_CASE(random_bytes_zero_bytes_and_short_files) {
    TempDir dir;
    for (std::size_t n : {0u, 1u, 99u, 100u, 4096u, 100000u}) {
        test::writeFile(dir.path() / "r.effekt", someBytes(n, static_cast<unsigned>(n)));
        const LoadResult r = loadProject(dir.file("r.effekt"));
        BOOST_TEST(!r.project);
        BOOST_TEST(has(r, DiagCode::FileNotEffekt));
    }
}

BOOST_AUTO_TEST_CASE(random_bytes_behind_a_valid_header) {
    TempDir dir;
    BOOST_REQUIRE(saveProject(test::fullProject(), dir.file("ok.effekt")).empty());
    const std::string good = test::readFile(dir.path() / "ok.effekt");
    for (unsigned seed = 1; seed <= 20; ++seed) {
        // Keep the first page's header (100 bytes), scramble a stretch of the rest.
        std::string bad = good;
        std::mt19937 rng(seed);
        const std::size_t from = 100 + rng() % (bad.size() - 200);
        const std::size_t len = 1 + rng() % 4000;
        const std::string noise = someBytes(len, seed);
        bad.replace(from, std::min(len, bad.size() - from), noise.substr(0, bad.size() - from));
        test::writeFile(dir.path() / "bad.effekt", bad);
        const LoadResult r = loadProject(dir.file("bad.effekt"));
        // Either the damage hit nothing that matters (and the project is whole) or it is reported.
        if (r.project) {
            BOOST_TEST(!hasErrors(r.diagnostics));
        } else {
            BOOST_TEST(hasErrors(r.diagnostics));
        }
    }
}

BOOST_AUTO_TEST_CASE(truncated_file) {
    TempDir dir;
    BOOST_REQUIRE(saveProject(workedExampleWithLedger(5000), dir.file("ok.effekt")).empty());
    const std::string good = test::readFile(dir.path() / "ok.effekt");
    for (std::size_t keep : {good.size() / 2, good.size() - 4096, std::size_t{4096}}) {
        test::writeFile(dir.path() / "cut.effekt", good.substr(0, keep));
        const LoadResult r = loadProject(dir.file("cut.effekt"));
        dump(r);
        BOOST_TEST(!r.project);
        BOOST_TEST(has(r, DiagCode::FileCorrupt));
    }
}

BOOST_AUTO_TEST_CASE(another_programs_database) {
    TempDir dir;
    sqlite3 *db = nullptr;
    const std::string path = dir.file("other.effekt");
    BOOST_REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_exec(db,
                 "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);"
                 "INSERT INTO customers VALUES (1, 'x');",
                 nullptr, nullptr, nullptr);
    sqlite3_close(db);
    const LoadResult r = loadProject(path);
    BOOST_TEST(!r.project);
    BOOST_TEST(has(r, DiagCode::FileNotEffekt));
}

BOOST_AUTO_TEST_CASE(wrong_application_id) {
    TempDir dir;
    const LoadResult r = loadProject(tampered(dir, "PRAGMA application_id = 1234;"));
    BOOST_TEST(!r.project);
    BOOST_TEST(has(r, DiagCode::FileNotEffekt));
}

BOOST_AUTO_TEST_CASE(newer_version_opens_read_only_when_it_allows) {
    TempDir dir;
    // A newer version that keeps this version as a reader (min_reader_version 4 here, the full
    // project using the terms of version 4): read-only, with a warning.
    const LoadResult r = loadProject(tampered(dir, "PRAGMA user_version = 5;"));
    dump(r);
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST(r.readOnly);
    BOOST_TEST(has(r, DiagCode::FileNewerVersion));
    BOOST_TEST((*r.project == test::fullProject()));
    // One that says old readers cannot read it: refused.
    const LoadResult r2 = loadProject(
        tampered(dir, "PRAGMA user_version = 5; UPDATE file_info SET min_reader_version = 5;"));
    BOOST_TEST(!r2.project);
    BOOST_TEST(has(r2, DiagCode::FileNewerVersion));
    BOOST_TEST(hasErrors(r2.diagnostics));
}

BOOST_AUTO_TEST_CASE(missing_references) {
    TempDir dir;
    struct Case {
        std::string sql, table, field;
    };
    const std::vector<Case> cases = {
        {"UPDATE rule_payer SET party_id = 99 WHERE position = 1;", "rule_payer", "party_id"},
        {"UPDATE ledger SET metric_id = 42 WHERE position = 3;", "ledger", "metric_id"},
        {"UPDATE investor SET guarantor_id = 77 WHERE id = 4;", "investor", "guarantor_id"},
        {"UPDATE metric SET cohort_id = 5 WHERE id = 8;", "metric", "cohort_id"},
        {"UPDATE tier SET metric_id = 1234;", "tier", "metric_id"},
        {"UPDATE fixed_fee_payer SET fixed_fee_id = 1234;", "fixed_fee_payer", "fixed_fee_id"},
        {"UPDATE scenario_metric SET metric_id = 99 WHERE position = 1;", "scenario_metric",
         "metric_id"},
        {"UPDATE scenario_metric SET scenario_id = 1234;", "scenario_metric", "scenario_id"},
        {"UPDATE factor_distribution SET metric_id = 77 WHERE metric_id = 2;",
         "factor_distribution", "metric_id"},
        {"UPDATE delay_probability SET metric_id = 5 WHERE metric_id = 8 AND delay = 0;",
         "delay_probability", "metric_id"},
        {"UPDATE review_point SET metric_id = 42 WHERE id = 3;", "review_point", "metric_id"},
        {"UPDATE termination SET payee_id = 99;", "termination", "payee_id"},
        // Cohort tests: an entry naming a cohort or a metric that does not exist, a series row
        // naming a metric or an entry that does not exist.
        {"UPDATE cohort_outcome SET cohort_id = 99 WHERE position = 1;", "cohort_outcome",
         "cohort_id"},
        {"UPDATE cohort_outcome SET metric_id = 77;", "cohort_outcome", "metric_id"},
        {"UPDATE cohort_outcome_period SET metric_id = 77 WHERE period = 0;",
         "cohort_outcome_period", "metric_id"},
        {"UPDATE cohort_outcome_period SET position = 5 WHERE position = 1;",
         "cohort_outcome_period", "position"},
    };
    for (const Case &c : cases) {
        const LoadResult r = loadProject(tampered(dir, c.sql));
        dump(r);
        BOOST_TEST(!r.project);
        BOOST_TEST(has(r, DiagCode::MissingReference, c.table, c.field), c.sql);
    }
    // The row is named: ledger row 3 (its position).
    const LoadResult r = loadProject(tampered(dir, cases[1].sql));
    BOOST_REQUIRE(!r.diagnostics.empty());
    BOOST_TEST(r.diagnostics[0].id == 3);
}

BOOST_AUTO_TEST_CASE(out_of_range_and_non_finite_numbers) {
    TempDir dir;
    struct Case {
        std::string sql, table, field;
        DiagCode code;
    };
    const std::vector<Case> cases = {
        {"UPDATE project SET periods = 0;", "project", "periods", DiagCode::ValueOutOfRange},
        {"UPDATE project SET periods = 100000;", "project", "periods", DiagCode::ValueOutOfRange},
        {"UPDATE project SET reserve_share = 2.5;", "project", "reserve_share",
         DiagCode::ValueOutOfRange},
        {"UPDATE metric_period SET plan = 9e999 WHERE period = 2;", "metric_period", "plan",
         DiagCode::ValueOutOfRange}, // +inf
        {"UPDATE metric_period SET counterfactual = -9e999;", "metric_period", "counterfactual",
         DiagCode::ValueOutOfRange}, // -inf
        {"UPDATE ledger SET period = 600 WHERE position = 0;", "ledger", "period",
         DiagCode::ValueOutOfRange},
        {"UPDATE metric_period SET period = 4 WHERE period = 3;", "metric_period", "period",
         DiagCode::ValueOutOfRange}, // beyond the timeline's 4 periods
        {"UPDATE party SET cap = -1 WHERE id = 5;", "party", "cap", DiagCode::ValueOutOfRange},
        {"UPDATE rule SET price = 9223372036854775807;", "rule", "price",
         DiagCode::ValueOutOfRange},
        {"UPDATE rule SET type = 'bribe';", "rule", "type", DiagCode::ValueOutOfRange},
        {"UPDATE project SET start = '2027-02-30';", "project", "start", DiagCode::ValueOutOfRange},
        {"UPDATE rule SET once_per_participant = 2;", "rule", "once_per_participant",
         DiagCode::ValueOutOfRange},
        // NaN cannot be stored by SQLite: it arrives as NULL, or as text. A table rebuilt without
        // its NOT NULL to hold a NULL is not ours: refused before any row is read.
        {unconstrained("metric_period") + "UPDATE metric_period SET plan = NULL;", "file", "",
         DiagCode::FileSchemaDiffers},
        {"UPDATE metric_period SET plan = 'NaN';", "metric_period", "plan",
         DiagCode::ValueWrongType},
        // Scenarios, the simulation and early termination.
        {"UPDATE scenario SET factor = -0.5 WHERE id = 4;", "scenario", "factor",
         DiagCode::ValueOutOfRange},
        {"UPDATE scenario SET delay = 601;", "scenario", "delay", DiagCode::ValueOutOfRange},
        {"UPDATE scenario SET cost_factor = 9e999;", "scenario", "cost_factor",
         DiagCode::ValueOutOfRange},
        {"UPDATE scenario SET discount_rate = 'low';", "scenario", "discount_rate",
         DiagCode::ValueWrongType},
        {"UPDATE scenario_metric SET factor = -9e999;", "scenario_metric", "factor",
         DiagCode::ValueOutOfRange},
        {"UPDATE scenario_metric SET delay = -1;", "scenario_metric", "delay",
         DiagCode::ValueOutOfRange},
        {"UPDATE simulation SET trials = 0;", "simulation", "trials", DiagCode::ValueOutOfRange},
        {"UPDATE simulation SET trials = 1000001;", "simulation", "trials",
         DiagCode::ValueOutOfRange},
        {"UPDATE simulation SET correlation = 1.5;", "simulation", "correlation",
         DiagCode::ValueOutOfRange},
        {"UPDATE simulation SET seed = -1;", "simulation", "seed", DiagCode::ValueOutOfRange},
        {"UPDATE simulation SET seed = 'one';", "simulation", "seed", DiagCode::ValueWrongType},
        {"DELETE FROM simulation;", "simulation", "rows", DiagCode::ValueOutOfRange},
        {"UPDATE factor_distribution SET kind = 'lognormal';", "factor_distribution", "kind",
         DiagCode::ValueOutOfRange},
        {"UPDATE factor_distribution SET max = -2 WHERE metric_id = 2;", "factor_distribution",
         "max", DiagCode::ValueOutOfRange},
        {"UPDATE delay_probability SET probability = 1.5 WHERE metric_id = 8 AND delay = 0;",
         "delay_probability", "probability", DiagCode::ValueOutOfRange},
        {"UPDATE delay_probability SET delay = 601 WHERE delay = 2;", "delay_probability", "delay",
         DiagCode::ValueOutOfRange},
        {"UPDATE review_point SET required_share = -0.1;", "review_point", "required_share",
         DiagCode::ValueOutOfRange},
        {"UPDATE review_point SET period = 600;", "review_point", "period",
         DiagCode::ValueOutOfRange},
        {"UPDATE review_point SET test = 'vibes';", "review_point", "test",
         DiagCode::ValueOutOfRange},
        {"UPDATE termination SET payment = -1;", "termination", "payment",
         DiagCode::ValueOutOfRange},
        // Cohort tests and the settlement.
        {"UPDATE cohort_outcome SET threshold = -0.5 WHERE position = 0;", "cohort_outcome",
         "threshold", DiagCode::ValueOutOfRange},
        {"UPDATE cohort_outcome SET cohort_id = 'A';", "cohort_outcome", "cohort_id",
         DiagCode::ValueWrongType},
        {"UPDATE cohort_outcome_period SET period = 4 WHERE period = 3;", "cohort_outcome_period",
         "period", DiagCode::ValueOutOfRange},
        {"UPDATE cohort_outcome_period SET plan = 9e999 WHERE period = 1;", "cohort_outcome_period",
         "plan", DiagCode::ValueOutOfRange},
        {"UPDATE cohort_outcome_period SET actual = 'many' WHERE period = 2;",
         "cohort_outcome_period", "actual", DiagCode::ValueWrongType},
        {"UPDATE cohort_outcome_period SET counterfactual = -9e999;", "cohort_outcome_period",
         "counterfactual", DiagCode::ValueOutOfRange},
        {"UPDATE rule SET settlement_period = 600 WHERE metric_id = 8;", "rule",
         "settlement_period", DiagCode::ValueOutOfRange},
        {"UPDATE rule SET settlement_threshold = -0.1 WHERE metric_id = 8;", "rule",
         "settlement_threshold", DiagCode::ValueOutOfRange},
        // One of the settlement's two columns without the other.
        {"UPDATE rule SET settlement_threshold = NULL WHERE metric_id = 8;", "rule",
         "settlement_threshold", DiagCode::ValueOutOfRange},
        {"UPDATE rule SET settlement_period = 2 WHERE metric_id = 1;", "rule",
         "settlement_threshold", DiagCode::ValueOutOfRange},
        // Cohort outcomes hold values per period: 3,400 of them do not fit 600 periods.
        {"WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n WHERE i < 3400) "
         "INSERT INTO cohort_outcome SELECT 8, i, 3, 0 FROM n; UPDATE project SET periods = 600;",
         "file", "periods", DiagCode::TooManyEntries},
        // A second termination row needs the table rebuilt without its key: not ours, refused.
        {unconstrained("termination") + "INSERT INTO termination SELECT * FROM termination;",
         "file", "", DiagCode::FileSchemaDiffers},
    };
    for (const Case &c : cases) {
        const LoadResult r = loadProject(tampered(dir, c.sql));
        dump(r);
        BOOST_TEST(!r.project, c.sql);
        BOOST_TEST(has(r, c.code, c.table, c.field), c.sql);
    }
}

BOOST_AUTO_TEST_CASE(one_override_and_one_distribution_per_metric) {
    TempDir dir;
    const LoadResult r = loadProject(tampered(
        dir, "UPDATE scenario_metric SET metric_id = 2 WHERE scenario_id = 4 AND position = 1;"));
    BOOST_TEST(!r.project);
    BOOST_TEST(has(r, DiagCode::DuplicateId, "scenario_metric", "metric_id"));
    const LoadResult r2 = loadProject(
        tampered(dir, unconstrained("factor_distribution") +
                          "INSERT INTO factor_distribution SELECT metric_id, position + 10, kind, "
                          "min, mode, max FROM factor_distribution WHERE metric_id = 2;"));
    // A second distribution or delay of a metric needs the table rebuilt without its key: the file
    // is then not ours and is refused before any row is read.
    BOOST_TEST(!r2.project);
    BOOST_TEST(has(r2, DiagCode::FileSchemaDiffers, "file", ""));
    const LoadResult r3 =
        loadProject(tampered(dir, unconstrained("delay_probability") +
                                      "INSERT INTO delay_probability VALUES (8, 1, 0.0);"));
    BOOST_TEST(!r3.project);
    BOOST_TEST(has(r3, DiagCode::FileSchemaDiffers, "file", ""));
    // Saving refuses the same.
    Project p = test::fullProject();
    p.scenarios[0].metrics.push_back(MetricOverride{8, 1.0, 0});
    BOOST_TEST(hasErrors(saveProject(p, dir.file("dup.effekt"))));
    p = test::fullProject();
    p.simulation.distributions.push_back(p.simulation.distributions[0]);
    BOOST_TEST(hasErrors(saveProject(p, dir.file("dup.effekt"))));
    BOOST_TEST(!std::filesystem::exists(dir.file("dup.effekt")));
}

BOOST_AUTO_TEST_CASE(delay_probabilities_not_adding_up_are_a_warning) {
    TempDir dir;
    // 0.1 + 0.25 + 0.25: the project opens, with a warning that names the distribution.
    const LoadResult r = loadProject(tampered(
        dir, "UPDATE delay_probability SET probability = 0.1 WHERE metric_id = 8 AND delay = 0;"));
    dump(r);
    BOOST_REQUIRE(r.project.has_value());
    BOOST_REQUIRE(r.diagnostics.size() == 1u);
    const Diagnostic &d = r.diagnostics[0];
    BOOST_TEST((d.code == DiagCode::ProbabilitiesNotWhole));
    BOOST_TEST((d.severity == Severity::Warning));
    BOOST_TEST(d.entity == "factor_distribution");
    BOOST_TEST(d.id == 8);
    BOOST_TEST(std::get<PercentValue>(d.values.at(0)).fraction == 0.6,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST((r.project->simulation.distributions[0].delayProbabilities ==
                std::vector<double>{0.1, 0.25, 0.25}));
}

BOOST_AUTO_TEST_CASE(text_in_numeric_columns) {
    TempDir dir;
    struct Case {
        std::string sql, table, field;
    };
    const std::vector<Case> cases = {
        {"UPDATE party SET cap = 'abc' WHERE id = 5;", "party", "cap"},
        {"UPDATE ledger SET units = 'one' WHERE position = 2;", "ledger", "units"},
        {"UPDATE project SET periods = '4 quarters';", "project", "periods"},
        {"UPDATE delivery_cost SET amount = x'00ff' WHERE period = 1;", "delivery_cost", "amount"},
        {"UPDATE party SET name = x'41' WHERE id = 5;", "party", "name"},
    };
    for (const Case &c : cases) {
        const LoadResult r = loadProject(tampered(dir, c.sql));
        dump(r);
        BOOST_TEST(!r.project, c.sql);
        BOOST_TEST(has(r, DiagCode::ValueWrongType, c.table, c.field), c.sql);
    }
}

BOOST_AUTO_TEST_CASE(over_long_strings) {
    TempDir dir;
    const LoadResult r =
        loadProject(tampered(dir, "UPDATE project SET name = printf('%.*c', 70000, 'x');"));
    BOOST_TEST(!r.project);
    BOOST_TEST(has(r, DiagCode::ValueTooLong, "project", "name"));
    const LoadResult r2 = loadProject(tampered(
        dir, "UPDATE ledger SET participant = printf('%.*c', 65, 'p') WHERE position = 1;"));
    BOOST_TEST(!r2.project);
    BOOST_TEST(has(r2, DiagCode::ValueTooLong, "ledger", "participant"));
    // Far beyond any limit: refused calmly too.
    const LoadResult r3 = loadProject(
        tampered(dir, "UPDATE party SET name = zeroblob(20000000) || '' WHERE id = 5;"));
    BOOST_TEST(!r3.project);
    BOOST_TEST(hasErrors(r3.diagnostics));
}

BOOST_AUTO_TEST_CASE(national_identity_number_in_the_ledger) {
    TempDir dir;
    const std::string fnr = validNationalId();
    BOOST_REQUIRE(!fnr.empty());
    const LoadResult r = loadProject(
        tampered(dir, "UPDATE ledger SET participant = '" + fnr + "' WHERE position = 4;"));
    BOOST_TEST(!r.project);
    BOOST_TEST(has(r, DiagCode::NationalIdInLedger, "ledger", "participant"));
    // The number itself is not repeated in the diagnostic.
    for (const Diagnostic &d : r.diagnostics)
        BOOST_TEST(toPlainText(d).find(fnr) == std::string::npos);
    // And it is never saved.
    Project p = test::fullProject();
    p.ledger.modify([&](Ledger &l) { l[1].participant = fnr; });
    const Diagnostics saved = saveProject(p, dir.file("fnr.effekt"));
    BOOST_TEST(hasErrors(saved));
    BOOST_TEST(!std::filesystem::exists(dir.file("fnr.effekt")));
}

BOOST_AUTO_TEST_CASE(duplicates_and_row_counts) {
    TempDir dir;
    // Tables rebuilt without their keys to hold duplicates are not ours: refused whole, naming the
    // table (docs/file-format.md "Files from others").
    const LoadResult r = loadProject(tampered(
        dir, unconstrained("party") + "INSERT INTO party SELECT * FROM party WHERE id = 5;"));
    BOOST_TEST(!r.project);
    BOOST_TEST(has(r, DiagCode::FileSchemaDiffers, "file"));
    const LoadResult r2 = loadProject(
        tampered(dir, unconstrained("project") + "INSERT INTO project SELECT * FROM project;"));
    BOOST_TEST(!r2.project);
    BOOST_TEST(has(r2, DiagCode::FileSchemaDiffers, "file"));
    const LoadResult r5 = loadProject(tampered(
        dir, unconstrained("rule") + "INSERT INTO rule SELECT * FROM rule WHERE metric_id = 8;"));
    BOOST_TEST(!r5.project);
    BOOST_TEST(has(r5, DiagCode::FileSchemaDiffers, "file"));
    const LoadResult r3 = loadProject(tampered(dir, "DROP TABLE tier;"));
    BOOST_TEST(!r3.project);
    BOOST_TEST(has(r3, DiagCode::FileCorrupt, "tier"));
    const LoadResult r4 = loadProject(tampered(dir, "ALTER TABLE party DROP COLUMN cap;"));
    BOOST_TEST(!r4.project);
    BOOST_TEST(has(r4, DiagCode::FileSchemaDiffers, "file"));
}

BOOST_AUTO_TEST_CASE(planted_triggers_and_views_are_refused) {
    TempDir dir;
    // A trigger that would wipe the parties on any write, a view calling a function: the file is
    // refused, naming each.
    const std::string path = tampered(
        dir, "CREATE TABLE audit (x); CREATE TRIGGER t1 AFTER INSERT ON ledger BEGIN DELETE FROM "
             "party; END; CREATE TRIGGER t2 BEFORE DELETE ON party BEGIN INSERT INTO audit "
             "VALUES (1); END; CREATE VIEW v1 AS SELECT randomblob(10) AS r;");
    const LoadResult r = loadProject(path);
    dump(r);
    BOOST_TEST(!r.project);
    BOOST_TEST(has(r, DiagCode::FileUnexpectedObject));
    int named = 0;
    for (const Diagnostic &d : r.diagnostics)
        named += d.code == DiagCode::FileUnexpectedObject;
    BOOST_TEST(named == 4); // audit, t1, t2, v1
    // A view standing in for a table is refused.
    const LoadResult r2 = loadProject(tampered(
        dir, "DROP TABLE assumption; CREATE VIEW assumption AS SELECT 0 AS position, 'a' AS "
             "text, 'b' AS source, 'c' AS stated_by;"));
    BOOST_TEST(!r2.project);
    BOOST_TEST(has(r2, DiagCode::FileSchemaDiffers, "file"));
}

BOOST_AUTO_TEST_CASE(header_claiming_a_huge_size) {
    TempDir dir;
    BOOST_REQUIRE(saveProject(test::fullProject(), dir.file("ok.effekt")).empty());
    std::string bytes = test::readFile(dir.path() / "ok.effekt");
    // Offset 28: the database size in pages; make it valid-looking by matching the change counter
    // (offset 24) to version-valid-for (offset 92).
    for (int i = 0; i < 4; ++i) {
        bytes[static_cast<std::size_t>(28 + i)] = i == 0 ? '\x7f' : '\xff';
        bytes[static_cast<std::size_t>(92 + i)] = bytes[static_cast<std::size_t>(24 + i)];
    }
    test::writeFile(dir.path() / "huge.effekt", bytes);
    const LoadResult r = loadProject(dir.file("huge.effekt"));
    dump(r);
    if (r.project) {
        BOOST_TEST((*r.project == test::fullProject()));
    } else {
        BOOST_TEST(hasErrors(r.diagnostics));
    }
    // A huge page size field: refused calmly.
    bytes = test::readFile(dir.path() / "ok.effekt");
    bytes[16] = '\x7f';
    bytes[17] = '\x7f';
    test::writeFile(dir.path() / "page.effekt", bytes);
    const LoadResult r2 = loadProject(dir.file("page.effekt"));
    BOOST_TEST(!r2.project);
    BOOST_TEST(hasErrors(r2.diagnostics));
}

BOOST_AUTO_TEST_SUITE_END()
