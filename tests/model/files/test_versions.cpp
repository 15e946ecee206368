// Schema versions: the committed fixtures of earlier versions are upgraded one step at a time, in
// memory, and the upgraded schema is the one a new file gets.
#include "engine.h"
#include "storage.h"
#include "storage_sql.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <sqlite3.h>

#include <filesystem>
#include <map>

using namespace effekt;
using effekt::test::TempDir;

namespace {

// The first integer the query gives on the file.
int queryInt(const std::string &path, const char *sql) {
    sqlite3 *db = nullptr;
    BOOST_REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &s, nullptr);
    sqlite3_step(s);
    const int v = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return v;
}

int userVersion(const std::string &path) {
    return queryInt(path, "PRAGMA user_version");
}

// The oldest version that may read the file (file_info.min_reader_version).
int minReader(const std::string &path) {
    return queryInt(path, "SELECT min_reader_version FROM file_info");
}

// Every table's columns: name, declared type, not null, default, primary key.
std::map<std::string, std::vector<std::string>> columns(sqlite3 *db) {
    std::map<std::string, std::vector<std::string>> out;
    for (const auto &[table, since] : storage::sql::kTables) {
        sqlite3_stmt *s = nullptr;
        const std::string sql = std::string("PRAGMA table_info(") + table + ")";
        sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr);
        while (sqlite3_step(s) == SQLITE_ROW) {
            std::string row;
            for (int c = 1; c <= 5; ++c) {
                const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(s, c));
                row += std::string(t ? t : "NULL") + "|";
            }
            out[table].push_back(row);
        }
        sqlite3_finalize(s);
    }
    return out;
}

} // namespace

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
    // Version 3 added scenarios, the simulation settings and early termination, which the upgrade
    // leaves empty or at their defaults.
    Project expected = workedExample();
    expected.scenarios.clear();
    expected.simulation = Simulation{};
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

BOOST_AUTO_TEST_CASE(version_2_fixture_is_upgraded) {
    const auto fixture = test::dataDir() / "files" / "v2-ung-i-jobb.effekt";
    const std::string before = test::readFile(fixture);
    BOOST_TEST(userVersion(fixture.string()) == 2);
    const LoadResult r = loadProject(fixture.string());
    for (const Diagnostic &d : r.diagnostics)
        BOOST_TEST_MESSAGE(toPlainText(d));
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST(r.diagnostics.empty());
    BOOST_TEST(!r.readOnly);
    // The fixture is the worked example as version 2 stored it, with two assumptions, two reported
    // outcomes and three ledger rows. Version 3 added scenarios, the simulation settings and early
    // termination: a version-2 project has no scenarios, distributions or review points, and the
    // default simulation and termination settings.
    Project expected = workedExample();
    expected.scenarios.clear();
    expected.simulation = Simulation{};
    expected.termination = EarlyTermination{};
    expected.assumptions = {{"Intake of 15 a quarter", "NAV statistics 2025", "Planner"},
                            {"Counterfactual 2 a quarter", "Historical comparison", ""}};
    expected.metrics[0].actual[0] = 1.0;
    expected.metrics[0].actual[1] = 4.0;
    expected.ledger.set(
        Ledger{{"deltaker-1", 1, 0, 1.0}, {"deltaker-2", 1, 1, 1.0}, {"deltaker-3", 2, 1, 1.0}});
    BOOST_TEST((*r.project == expected));
    BOOST_TEST(r.project->simulation.trials == 10000);
    BOOST_TEST(r.project->simulation.seed == 1);
    BOOST_TEST(!r.project->termination.payeeId.has_value());
    BOOST_TEST((test::readFile(fixture) == before));

    // Saved, it is a file of the current version that holds what the planner adds.
    Project edited = *r.project;
    edited.scenarios = workedExample().scenarios;
    edited.simulation = workedExample().simulation;
    edited.termination.reviews = {ReviewPoint{1, 3, ReviewTest::MetricUnits, 1, 0.5}};
    TempDir dir;
    BOOST_TEST(saveProject(edited, dir.file("up.effekt")).empty());
    BOOST_TEST(userVersion(dir.file("up.effekt")) == storage::kSchemaVersion);
    const LoadResult again = loadProject(dir.file("up.effekt"));
    BOOST_REQUIRE(again.project.has_value());
    BOOST_TEST((*again.project == edited));
}

BOOST_AUTO_TEST_CASE(version_3_fixture_is_upgraded_and_computes_the_same) {
    const auto fixture = test::dataDir() / "files" / "v3-ung-i-jobb.effekt";
    const std::string before = test::readFile(fixture);
    BOOST_TEST(userVersion(fixture.string()) == 3);
    const LoadResult r = loadProject(fixture.string());
    for (const Diagnostic &d : r.diagnostics)
        BOOST_TEST_MESSAGE(toPlainText(d));
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST(r.diagnostics.empty());
    BOOST_TEST(!r.readOnly);
    // The fixture (tests/data/files/v3-ung-i-jobb.sql) is the worked example as version 3 stored
    // it, with every part version 3 knows in use. Version 4 added a relative threshold beside a
    // unit threshold and savings spread over periods: a version-3 project has neither (0), so it
    // is the same contract.
    Project expected = workedExample();
    expected.metrics[0].rule.thresholdBasis = ThresholdBasis::Units;
    expected.metrics[0].rule.threshold = 2;
    expected.metrics[1].rule.thresholdBasis = ThresholdBasis::Units;
    expected.metrics[1].rule.threshold = 1;
    expected.metrics[0].savings = {SavingsLine{BudgetHolder::Kommune, 150'000'00, true, 1}};
    expected.metrics[1].savings = {SavingsLine{BudgetHolder::Stat, 20'000'00, false, 3}};
    expected.metrics[0].actual[0] = 1.0;
    expected.metrics[0].actual[1] = 4.0;
    expected.assumptions = {{"Intake of 15 a quarter", "NAV statistics 2025", "Planner"},
                            {"Counterfactual 2 a quarter", "Historical comparison", ""}};
    expected.ledger.set(
        Ledger{{"deltaker-1", 1, 0, 1.0}, {"deltaker-2", 1, 1, 1.0}, {"deltaker-3", 2, 1, 1.0}});
    expected.scenarios[0].metrics = {MetricOverride{2, 0.8, 1}};
    expected.scenarios[2].delay = 1;
    expected.scenarios[2].intakeFactor = 0.9;
    expected.scenarios[2].costFactor = 1.1;
    expected.scenarios[2].discountRate = 0.025;
    expected.simulation.distributions[1] =
        FactorDistribution{2, FactorDistributionKind::Triangular, 0.5, 1.0, 1.2, {0.7, 0.3}};
    expected.termination.reviews = {ReviewPoint{1, 3, ReviewTest::MetricUnits, 1, 0.5}};
    expected.termination.payment = 250'000'00;
    expected.termination.payeeId = 3;
    BOOST_TEST((*r.project == expected));
    for (const Metric &m : r.project->metrics) {
        BOOST_TEST(m.rule.thresholdRelative == 0.0);
        // The second share's switch: a version-3 rule's, after a sum of its own payments.
        BOOST_TEST((m.rule.secondShareWhen == SecondShareSwitch::AfterSum));
        BOOST_TEST(m.rule.secondShareReturn == 0.0);
        for (const SavingsLine &s : m.savings)
            BOOST_TEST(s.spreadPeriods == 0);
    }
    BOOST_TEST((test::readFile(fixture) == before));

    // Saved by this version without the new terms, old versions can still read it
    // (min_reader_version 1); with one of them, only version 4 and later.
    TempDir dir;
    BOOST_TEST(saveProject(*r.project, dir.file("same.effekt")).empty());
    BOOST_TEST(userVersion(dir.file("same.effekt")) == storage::kSchemaVersion);
    BOOST_TEST(minReader(dir.file("same.effekt")) == storage::kFirstSchemaVersion);
    Project edited = *r.project;
    edited.metrics[0].rule.thresholdBasis = ThresholdBasis::UnitsAndRelative;
    edited.metrics[0].rule.thresholdRelative = 0.5;
    edited.metrics[1].savings[0].spreadPeriods = 2;
    BOOST_TEST(saveProject(edited, dir.file("new.effekt")).empty());
    BOOST_TEST(minReader(dir.file("new.effekt")) == 4);
    const LoadResult again = loadProject(dir.file("new.effekt"));
    BOOST_REQUIRE(again.project.has_value());
    BOOST_TEST((*again.project == edited));

    // Caps per budget year (version 4, issue 15 item 4): a version-3 project has none, and what
    // they would cut is lost (the default); the upgraded project computes as the version-3 one
    // did, with nothing cut.
    for (const Party &party : r.project->parties)
        BOOST_TEST(!party.yearCap.has_value());
    BOOST_TEST(!r.project->caps.yearCapCarry);
    const Results upgraded = compute(*r.project);
    for (const auto &cut : upgraded.yearCapCut)
        for (Money c : cut)
            BOOST_TEST(c == 0);
    // A year cap, or the carry setting alone, makes the file one for version 4 and later, and
    // reads back the same.
    Project capped = *r.project;
    capped.parties[0].yearCap = 1'000'000'00;
    BOOST_TEST(saveProject(capped, dir.file("yearcap.effekt")).empty());
    BOOST_TEST(minReader(dir.file("yearcap.effekt")) == 4);
    const LoadResult cappedAgain = loadProject(dir.file("yearcap.effekt"));
    BOOST_REQUIRE(cappedAgain.project.has_value());
    BOOST_TEST((*cappedAgain.project == capped));
    Project carry = *r.project;
    carry.caps.yearCapCarry = true;
    BOOST_TEST(saveProject(carry, dir.file("carry.effekt")).empty());
    BOOST_TEST(minReader(dir.file("carry.effekt")) == 4);
    const LoadResult carryAgain = loadProject(dir.file("carry.effekt"));
    BOOST_REQUIRE(carryAgain.project.has_value());
    BOOST_TEST((*carryAgain.project == carry));
    // A second share once the investors are repaid alone is also a term only version 4 reads.
    Project repaid = *r.project;
    repaid.metrics[1].rule.type = RuleType::ShareOfSavings;
    repaid.metrics[1].rule.share = 0.95;
    repaid.metrics[1].rule.secondShare = 0.4;
    repaid.metrics[1].rule.secondShareWhen = SecondShareSwitch::InvestorsRepaid;
    repaid.metrics[1].rule.secondShareReturn = 0.05;
    BOOST_TEST(saveProject(repaid, dir.file("repaid.effekt")).empty());
    BOOST_TEST(minReader(dir.file("repaid.effekt")) == 4);
    const LoadResult back = loadProject(dir.file("repaid.effekt"));
    BOOST_REQUIRE(back.project.has_value());
    BOOST_TEST((*back.project == repaid));
}

BOOST_AUTO_TEST_CASE(a_version_3_project_has_no_cohort_tests_until_one_is_set) {
    // Version 4 added cohort tests with a final settlement (issue 15, item 2: Peterborough): a
    // version-3 project has none (its metrics are tested on their own series), so it computes as
    // before; with cohort outcomes or a settlement the file needs a reader of version 4.
    const auto fixture = test::dataDir() / "files" / "v3-ung-i-jobb.effekt";
    const LoadResult r = loadProject(fixture.string());
    BOOST_REQUIRE(r.project.has_value());
    for (const Metric &m : r.project->metrics) {
        BOOST_TEST(m.cohortOutcomes.empty());
        BOOST_TEST(!m.rule.settlement.has_value());
    }
    const Results upgraded = compute(*r.project);
    BOOST_TEST(upgraded.cohortTests.empty());
    BOOST_TEST(upgraded.settlements.empty());
    TempDir dir;
    const std::size_t n = static_cast<std::size_t>(r.project->timeline.periods);
    Project tested = *r.project;
    const int cohort = 7;
    tested.targetGroup.cohorts.push_back(
        Cohort{cohort, "Kohort 1", "", 100, std::vector<int>(n, 10)});
    tested.metrics[0].cohortOutcomes = {CohortOutcome{
        cohort, 0.1, std::vector<double>(n, 85.0),
        std::vector<std::optional<double>>(n, std::nullopt), std::vector<double>(n, 100.0)}};
    tested.metrics[0].cohortOutcomes[0].actual[1] = 92.0;
    Project settled = *r.project;
    settled.metrics[0].rule.settlement = CohortSettlement{static_cast<int>(n) - 1, 0.075};
    for (const auto &[name, edited] :
         {std::pair{"tested.effekt", tested}, std::pair{"settled.effekt", settled}}) {
        BOOST_TEST(saveProject(edited, dir.file(name)).empty());
        BOOST_TEST(minReader(dir.file(name)) == 4);
        const LoadResult again = loadProject(dir.file(name));
        BOOST_REQUIRE(again.project.has_value());
        BOOST_TEST((*again.project == edited));
    }
}

BOOST_AUTO_TEST_CASE(a_version_3_project_has_no_price_indexation_until_one_is_set) {
    // Version 4 added price indexation (issue 15, item 3): a version-3 project has none (rate 0,
    // no base year), so its prices stay as stated; set, it needs a reader of version 4.
    const auto fixture = test::dataDir() / "files" / "v3-ung-i-jobb.effekt";
    const LoadResult r = loadProject(fixture.string());
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST((r.project->indexation == Indexation{}));
    TempDir dir;
    BOOST_TEST(saveProject(*r.project, dir.file("same.effekt")).empty());
    BOOST_TEST(minReader(dir.file("same.effekt")) == storage::kFirstSchemaVersion);
    const LoadResult same = loadProject(dir.file("same.effekt"));
    BOOST_REQUIRE(same.project.has_value());
    BOOST_TEST((*same.project == *r.project));
    for (const Indexation &ix :
         {Indexation{0.03, std::nullopt}, Indexation{0, 2028}, Indexation{-0.015, 2026}}) {
        Project edited = *r.project;
        edited.indexation = ix;
        BOOST_TEST(saveProject(edited, dir.file("indexed.effekt")).empty());
        BOOST_TEST(minReader(dir.file("indexed.effekt")) == 4);
        const LoadResult again = loadProject(dir.file("indexed.effekt"));
        BOOST_REQUIRE(again.project.has_value());
        BOOST_TEST((*again.project == edited));
    }
}

BOOST_AUTO_TEST_CASE(every_upgrade_ends_in_the_schema_of_a_new_file) {
    sqlite3 *fresh = nullptr;
    BOOST_REQUIRE(sqlite3_open(":memory:", &fresh) == SQLITE_OK);
    BOOST_REQUIRE(sqlite3_exec(fresh, storage::sql::kSchema, nullptr, nullptr, nullptr) ==
                  SQLITE_OK);
    const auto expected = columns(fresh);
    sqlite3_close(fresh);
    BOOST_TEST(expected.size() == storage::sql::kTables.size());
    for (const char *name :
         {"v1-ung-i-jobb.effekt", "v2-ung-i-jobb.effekt", "v3-ung-i-jobb.effekt"}) {
        TempDir dir;
        const std::string path = dir.file(name);
        std::filesystem::copy_file(test::dataDir() / "files" / name, path);
        sqlite3 *db = nullptr;
        BOOST_REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        const int from = name[1] - '0';
        storage::sql::runUpgrades(db, from);
        BOOST_TEST((columns(db) == expected), name);
        sqlite3_close(db);
        BOOST_TEST(userVersion(path) == storage::kSchemaVersion);
    }
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

    // A version-2 file that already has a table version 3 adds: refused the same way, naming it.
    const std::string path2 = dir.file("odd2.effekt");
    std::filesystem::copy_file(test::dataDir() / "files" / "v2-ung-i-jobb.effekt", path2);
    BOOST_REQUIRE(sqlite3_open(path2.c_str(), &db) == SQLITE_OK);
    sqlite3_exec(db, "CREATE TABLE scenario (x)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    const LoadResult r2 = loadProject(path2);
    BOOST_TEST(!r2.project);
    BOOST_REQUIRE(!r2.diagnostics.empty());
    BOOST_TEST((r2.diagnostics[0].code == DiagCode::FileUnexpectedObject));
    BOOST_TEST(describeValue(r2.diagnostics[0].values.at(1)) == "scenario");
}

BOOST_AUTO_TEST_SUITE_END()
