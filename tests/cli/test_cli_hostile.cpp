// Text from a file cannot forge or act on the CLI's output (issue: files from strangers): names,
// enum values, unknown keys and database object names are quoted and escaped, one diagnostic per
// line, long values shortened.
#include "cliutil.h"
#include "json.h"
#include "printable.h"
#include "storage.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <sqlite3.h>

#include <sstream>

using namespace effekt;
using effekt::test::lines;
using effekt::test::runCli;
using effekt::test::TempDir;

namespace {

// Escape sequences a terminal acts on (colour, clear screen, window title by OSC, C1 CSI), a bidi
// override and a new line followed by a forged verdict.
const std::string kHostile = "A\x1b[31mred\x1b[2J\x1b]0;owned\x07\xc2\x9b"
                             "1m\xe2\x80\xae"
                             "evil\nx.effekt: ok\rB";

// Nothing a terminal would act on: no C0 control but the line ends and the summary's tabs, no DEL,
// no C1 control, no bidi override.
void checkInert(const std::string &output) {
    for (std::size_t i = 0; i < output.size(); ++i) {
        const auto c = static_cast<unsigned char>(output[i]);
        BOOST_TEST_REQUIRE(!(c < 0x20 && c != '\n' && c != '\t'),
                           "control byte " << int(c) << " at " << i);
        BOOST_TEST_REQUIRE(c != 0x7F);
        if (c == 0xC2 && i + 1 < output.size()) {
            const auto d = static_cast<unsigned char>(output[i + 1]);
            BOOST_TEST_REQUIRE(!(d >= 0x80 && d <= 0x9F), "C1 control at " << i);
        }
    }
    BOOST_TEST(output.find("\xe2\x80\xae") == std::string::npos);
}

// Every line of `err` is one diagnostic of `file`.
// (The file's name is printed escaped too: a Windows path's backslashes are doubled.)
void checkOneDiagnosticPerLine(const std::string &err, const std::string &file) {
    const std::string name = escapePrintable(file, 4096);
    for (const std::string &l : lines(err))
        BOOST_TEST(l.rfind(name + ": ", 0) == 0, "line not a diagnostic of the file: " << l);
}

} // namespace

BOOST_AUTO_TEST_SUITE(cli_hostile)

BOOST_AUTO_TEST_CASE(names_enum_values_and_unknown_keys_are_escaped_and_shortened) {
    TempDir dir;
    BOOST_REQUIRE(json::exportJson(workedExample(), dir.file("p.json")).empty());
    auto j = nlohmann::ordered_json::parse(test::readFile(dir.path() / "p.json"));
    j["metrics"][0]["unit"] = kHostile;                   // an enum value
    j[kHostile] = 1;                                      // an unknown key
    j[std::string(1'000'000, 'k') + kHostile] = kHostile; // a 1 MB unknown key
    test::writeFile(dir.path() / "p.json", j.dump());
    const auto r = runCli({"validate", dir.file("p.json")});
    BOOST_TEST(r.exitCode == 1);
    checkInert(r.out + r.err);
    checkOneDiagnosticPerLine(r.err, dir.file("p.json"));
    BOOST_TEST(r.out.find(": ok") == std::string::npos);
    BOOST_TEST(r.err.find("x.effekt: ok") != std::string::npos); // there, but inside a line
    BOOST_TEST(r.err.size() < 20'000u, "the 1 MB key printed whole: " << r.err.size());
}

BOOST_AUTO_TEST_CASE(a_project_and_metric_name_cannot_break_the_summary) {
    TempDir dir;
    Project p = workedExample();
    p.name = kHostile;
    p.metrics[0].name = kHostile;
    BOOST_REQUIRE(saveProject(p, dir.file("p.effekt")).empty());
    const auto r = runCli({"summary", dir.file("p.effekt")});
    BOOST_TEST(r.exitCode == 0);
    checkInert(r.out + r.err);
    // Name, header, one line per due period (8 + the longest lag, 2), total, net total.
    BOOST_TEST(lines(r.out).size() == 14u);
    BOOST_TEST(lines(r.out)[0].find("x.effekt: ok") != std::string::npos);
    const auto c = runCli({"compute", dir.file("p.effekt"), "--format", "json"});
    BOOST_TEST(c.exitCode == 0);
    checkInert(c.out + c.err);
}

BOOST_AUTO_TEST_CASE(scenario_and_metric_names_cannot_break_the_risk_commands) {
    TempDir dir;
    Project p = workedExample();
    p.name = kHostile;
    p.metrics[0].name = kHostile;
    BOOST_REQUIRE(!p.scenarios.empty());
    p.scenarios[0].name = kHostile;
    BOOST_REQUIRE(saveProject(p, dir.file("p.effekt")).empty());
    for (const char *format : {"table", "csv"})
        for (const std::vector<std::string> &cmd : {std::vector<std::string>{"scenarios"},
                                                    {"sensitivity"},
                                                    {"risk-curve", "--steps", "3"},
                                                    {"simulate", "--trials", "20"}}) {
            std::vector<std::string> args = cmd;
            args.insert(args.begin() + 1, dir.file("p.effekt"));
            args.insert(args.end(), {"--format", format});
            const auto r = runCli(args);
            BOOST_TEST(r.exitCode == 0, cmd[0] << " " << format << ": " << r.err);
            checkInert(r.out + r.err);
        }
}

BOOST_AUTO_TEST_CASE(database_object_names_are_escaped) {
    TempDir dir;
    const std::string file = dir.file("p.effekt");
    BOOST_REQUIRE(saveProject(workedExample(), file).empty());
    sqlite3 *db = nullptr;
    BOOST_REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    auto quoted = [](const std::string &name) {
        std::string q = "\"";
        for (char ch : name)
            q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        return q + "\"";
    };
    const std::string sql = "CREATE VIEW " + quoted(kHostile) + " AS SELECT 1; CREATE TABLE " +
                            quoted(kHostile + "x") + "(a); CREATE TRIGGER " +
                            quoted(kHostile + "t") + " AFTER INSERT ON metric BEGIN SELECT 1; END;";
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    BOOST_TEST_REQUIRE(rc == SQLITE_OK, (error ? error : ""));
    sqlite3_close(db);
    for (const char *cmd : {"validate", "summary", "compute"}) {
        const auto r = runCli({cmd, file});
        checkInert(r.out + r.err);
        checkOneDiagnosticPerLine(r.err, file);
    }
}

#ifndef _WIN32 // Windows file names cannot hold control characters
BOOST_AUTO_TEST_CASE(a_path_with_control_characters_is_escaped) {
    TempDir dir;
    const std::string file = dir.file("a\x1b[2Jb.effekt");
    BOOST_REQUIRE(saveProject(workedExample(), file).empty());
    const auto r = runCli({"validate", file});
    BOOST_TEST(r.exitCode == 0);
    checkInert(r.out + r.err);
    BOOST_TEST(r.out.find("a\\x1B[2Jb.effekt: ok") != std::string::npos);
}
#endif

BOOST_AUTO_TEST_SUITE_END()
