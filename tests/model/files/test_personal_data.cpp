// National identity numbers at every door of the files room: the project file's loader, the
// pre-save check, JSON and the CSV import refuse them written any way, and never repeat them.
// And the limits the saver applies hold at the doors before it (CSV units, JSON keys left out).
#include "fullproject.h"
#include "json.h"
#include "ledgerimport.h"
#include "nationalids.h"
#include "storage.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <filesystem>

using namespace effekt;
using effekt::test::hasDiagnostic;
using effekt::test::TempDir;

namespace {

// Every diagnostic as the CLI prints it: no trace of the number may be in it.
std::string allText(const Diagnostics &ds) {
    std::string out;
    for (const Diagnostic &d : ds)
        out += toPlainText(d) + '\n';
    return out;
}
void checkNotRepeated(const Diagnostics &ds, const char *how) {
    const std::string text = allText(ds);
    BOOST_TEST(text.find("50074") == std::string::npos, how << ": " << text);
    BOOST_TEST(text.find("00044") == std::string::npos, how << ": " << text);
    BOOST_TEST(!containsNationalIdNumber(text), how << ": " << text);
}

// A saved full project whose ledger row 4 then gets `participant` by plain SQL.
std::string plantedFile(const TempDir &dir, const std::string &participant) {
    const std::string path = dir.file("planted.effekt");
    std::filesystem::remove(path);
    BOOST_REQUIRE(saveProject(test::fullProject(), path).empty());
    sqlite3 *db = nullptr;
    BOOST_REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    BOOST_REQUIRE(sqlite3_prepare_v2(db, "UPDATE ledger SET participant = ? WHERE position = 4", -1,
                                     &st, nullptr) == SQLITE_OK);
    sqlite3_bind_text(st, 1, participant.data(), static_cast<int>(participant.size()),
                      SQLITE_TRANSIENT);
    BOOST_REQUIRE(sqlite3_step(st) == SQLITE_DONE);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return path;
}

std::string jsonWithParticipant(const std::string &participant) {
    Project p = test::fullProject();
    std::string text;
    BOOST_REQUIRE(json::toJson(p, text).empty());
    auto j = nlohmann::ordered_json::parse(text);
    j["ledger"][1]["participant"] = participant;
    return j.dump(2);
}

// Two metrics, 8 quarters from 2027.
Project personLedgerProject() {
    Project p;
    p.timeline = Timeline{Date{2027, 1, 1}, PeriodLength::Quarter, 8};
    Metric a;
    a.id = 1;
    a.name = "I arbeid";
    p.metrics = {a};
    p.normalise();
    return p;
}

} // namespace

BOOST_AUTO_TEST_SUITE(personal_data)

BOOST_AUTO_TEST_CASE(the_project_file_loader_refuses_every_written_form) {
    TempDir dir;
    for (const test::WrittenId &v : test::nationalIdVariants()) {
        const LoadResult r = loadProject(plantedFile(dir, v.text));
        BOOST_TEST(!r.project, v.how);
        BOOST_TEST(hasDiagnostic(r.diagnostics, DiagCode::NationalIdInLedger), v.how);
        checkNotRepeated(r.diagnostics, v.how);
    }
    // NUL inside the number, stored as text by SQLite.
    const LoadResult nul = loadProject(plantedFile(dir, std::string("010101\0"
                                                                    "50074",
                                                                    12)));
    BOOST_TEST(!nul.project);
    BOOST_TEST(hasDiagnostic(nul.diagnostics, DiagCode::NationalIdInLedger));
    for (const std::string &innocent : test::innocentPseudonyms()) {
        const LoadResult r = loadProject(plantedFile(dir, innocent));
        BOOST_TEST(r.project.has_value(), innocent);
    }
}

BOOST_AUTO_TEST_CASE(the_pre_save_check_refuses_every_written_form) {
    TempDir dir;
    for (const test::WrittenId &v : test::nationalIdVariants()) {
        Project p = test::fullProject();
        p.ledger.modify([&](Ledger &l) { l[1].participant = v.text; });
        const std::string path = dir.file("fnr.effekt");
        const Diagnostics saved = saveProject(p, path);
        BOOST_TEST(hasDiagnostic(saved, DiagCode::NationalIdInLedger), v.how);
        BOOST_TEST(!std::filesystem::exists(path), v.how);
        checkNotRepeated(saved, v.how);
        std::string text;
        BOOST_TEST(hasDiagnostic(json::toJson(p, text), DiagCode::NationalIdInLedger), v.how);
        BOOST_TEST(text.empty(), v.how);
    }
    for (const std::string &innocent : test::innocentPseudonyms()) {
        Project p = test::fullProject();
        p.ledger.modify([&](Ledger &l) { l[1].participant = innocent; });
        BOOST_TEST(saveProject(p, dir.file("ok.effekt")).empty(), innocent);
    }
}

BOOST_AUTO_TEST_CASE(json_refuses_every_written_form) {
    for (const test::WrittenId &v : test::nationalIdVariants()) {
        const LoadResult r = json::fromJson(jsonWithParticipant(v.text));
        BOOST_TEST(!r.project, v.how);
        BOOST_TEST(hasDiagnostic(r.diagnostics, DiagCode::NationalIdInLedger), v.how);
        checkNotRepeated(r.diagnostics, v.how);
    }
    for (const std::string &innocent : test::innocentPseudonyms())
        BOOST_TEST(json::fromJson(jsonWithParticipant(innocent)).project.has_value(), innocent);
}

BOOST_AUTO_TEST_CASE(json_never_repeats_a_number_standing_elsewhere) {
    // In an enumeration and in an unknown key: refused or ignored, but not repeated.
    std::string text;
    BOOST_REQUIRE(json::toJson(test::fullProject(), text).empty());
    auto j = nlohmann::ordered_json::parse(text);
    j["timeline"]["periodLength"] = "010101 50074";
    j["parties"][0]["01010150074"] = 1;
    const LoadResult r = json::fromJson(j.dump());
    BOOST_TEST(!r.project);
    checkNotRepeated(r.diagnostics, "enumeration, key");
}

BOOST_AUTO_TEST_CASE(csv_refuses_a_line_with_a_number_in_any_column) {
    const Project p = personLedgerProject();
    for (const test::WrittenId &v : test::nationalIdVariants()) {
        // The same number in the participant, metric, period, units and an extra column.
        const std::vector<std::string> lines = {
            v.text + ";I arbeid;1;1",        "P-1;" + v.text + ";1;1",
            "P-2;I arbeid;" + v.text + ";1", "P-3;I arbeid;1;" + v.text,
            "P-4;I arbeid;1;1;" + v.text,
        };
        const char *const columns[] = {"participant", "metric", "period", "units", "column"};
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const std::string csvText = "participant;metric;period;units;note\n" + lines[i] + "\n";
            const csv::LedgerImport r = csv::importLedger(csvText, p);
            BOOST_TEST(r.rows.empty(), v.how << " in " << columns[i]);
            BOOST_TEST(r.refusedRows == 1, v.how << " in " << columns[i]);
            BOOST_TEST(r.nationalIdRows == 1, v.how << " in " << columns[i]);
            BOOST_REQUIRE(r.diagnostics.size() == 1);
            const Diagnostic &d = r.diagnostics.front();
            BOOST_TEST((d.code == DiagCode::NationalIdInLedger));
            BOOST_TEST(d.id == 2); // line 2
            BOOST_TEST(d.field == columns[i], v.how);
            checkNotRepeated(r.diagnostics, v.how);
        }
    }
    // A too-long participant holding one: refused for the number, not echoed as too long.
    const csv::LedgerImport longer = csv::importLedger(
        "participant;metric;period\n" + std::string(80, 'x') + " 01010150074;I arbeid;1\n", p);
    BOOST_TEST(longer.nationalIdRows == 1);
    checkNotRepeated(longer.diagnostics, "too long");
    // In the header.
    const csv::LedgerImport header =
        csv::importLedger("participant;metric;period;01010150074\nP-1;I arbeid;1;x\n", p);
    BOOST_TEST(header.rows.empty());
    BOOST_TEST(hasDiagnostic(header.diagnostics, DiagCode::NationalIdInLedger));
    checkNotRepeated(header.diagnostics, "header");
    // Pseudonyms with 11 digits get in.
    for (const std::string &innocent : test::innocentPseudonyms()) {
        const csv::LedgerImport r =
            csv::importLedger("participant;metric;period\n" + innocent + ";I arbeid;1\n", p);
        BOOST_TEST(r.rows.size() == 1u, innocent);
    }
}

BOOST_AUTO_TEST_CASE(csv_units_above_the_limit_are_refused) {
    const Project p = personLedgerProject();
    const csv::LedgerImport r = csv::importLedger(
        "participant;metric;period;units\nP-1;I arbeid;1;1000000000000000\nP-2;I arbeid;1;"
        "2000000000000000\nP-3;I arbeid;1;1 000 000 000 000 001\n",
        p);
    BOOST_REQUIRE(r.rows.size() == 1u);
    BOOST_TEST(r.rows[0].participant == "P-1"); // 10^15 exactly is the limit
    BOOST_TEST(r.refusedRows == 2);
    for (const Diagnostic &d : r.diagnostics) {
        BOOST_TEST(d.field == "units");
        BOOST_TEST(describeValue(d.values[0]) == std::string(csv::reason::kUnitsTooLarge));
    }
    // What the import accepts, the saver accepts.
    TempDir dir;
    Project saved = p;
    saved.ledger.set(r.rows);
    BOOST_TEST(!hasErrors(saveProject(saved, dir.file("units.effekt"))));
}

BOOST_AUTO_TEST_CASE(json_with_keys_left_out_is_refused_where_saving_would_fail) {
    std::string text;
    Project p = test::fullProject();
    BOOST_REQUIRE(json::toJson(p, text).empty());
    auto j = nlohmann::ordered_json::parse(text);
    j["ledger"][0].erase("participant"); // left empty: the saver refuses it
    const LoadResult r = json::fromJson(j.dump());
    BOOST_TEST(!r.project);
    BOOST_TEST(hasErrors(r.diagnostics));
    // Whatever JSON loads, saves.
    auto ok = nlohmann::ordered_json::parse(text);
    const LoadResult fine = json::fromJson(ok.dump());
    BOOST_REQUIRE(fine.project.has_value());
    TempDir dir;
    BOOST_TEST(!hasErrors(saveProject(*fine.project, dir.file("fine.effekt"))));
}

BOOST_AUTO_TEST_SUITE_END()
