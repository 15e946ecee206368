// The effekt command-line tool: commands, formats, exit codes.
#include "cliutil.h"
#include "engine.h"
#include "fullproject.h"
#include "json.h"
#include "storage.h"
#include "testutil.h"
#include "valuelimits.h"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <sqlite3.h>

#include <cmath>
#include <filesystem>
#include <sstream>

using namespace effekt;
using effekt::test::lines;
using effekt::test::runCli;
using effekt::test::TempDir;

namespace {} // namespace

BOOST_AUTO_TEST_SUITE(cli)

BOOST_AUTO_TEST_CASE(help_version_and_usage_errors) {
    const auto help = runCli({"--help"});
    BOOST_TEST(help.exitCode == 0);
    BOOST_TEST(help.out.find("usage: effekt") != std::string::npos);
    BOOST_TEST(runCli({"compute", "--help"}).exitCode == 0);
    const auto version = runCli({"--version"});
    BOOST_TEST(version.exitCode == 0);
    BOOST_TEST(version.out.rfind(std::string("effekt ") + EFFEKT_VERSION, 0) == 0u);
    BOOST_TEST(runCli({}).exitCode == 2);
    BOOST_TEST(runCli({"frobnicate"}).exitCode == 2);
    BOOST_TEST(runCli({"validate"}).exitCode == 2);
    BOOST_TEST(runCli({"validate", "a", "b"}).exitCode == 2);
    BOOST_TEST(runCli({"compute", "x.effekt", "--basis", "hope"}).exitCode == 2);
    BOOST_TEST(runCli({"compute", "x.effekt", "--format", "xml"}).exitCode == 2);
    BOOST_TEST(runCli({"compute", "x.effekt", "--colour"}).exitCode == 2);
    BOOST_TEST(runCli({"export-json", "x.effekt"}).exitCode == 2);
}

BOOST_AUTO_TEST_CASE(errors_in_the_input_exit_1) {
    TempDir dir;
    test::writeFile(dir.path() / "junk.effekt", "not a project");
    const auto r = runCli({"validate", dir.file("junk.effekt")});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.find("file-not-effekt") != std::string::npos);
    BOOST_TEST(runCli({"summary", dir.file("missing.effekt")}).exitCode == 1);
    BOOST_TEST(runCli({"compute", dir.file("missing.effekt")}).exitCode == 1);
    test::writeFile(dir.path() / "bad.json", "{\"format\": \"effekt-project\", \"version\": 1, "
                                             "\"timeline\": {\"periods\": 0}}");
    const auto j = runCli({"validate", dir.file("bad.json")});
    BOOST_TEST(j.exitCode == 1);
    BOOST_TEST(j.err.find("/timeline/periods") != std::string::npos);
    BOOST_TEST(runCli({"import-json", dir.file("bad.json"), dir.file("out.effekt")}).exitCode == 1);
    BOOST_TEST(!std::filesystem::exists(dir.file("out.effekt")));
}

BOOST_AUTO_TEST_CASE(validate_accepts_effekt_and_json) {
    TempDir dir;
    // A valid contract (fullProject() sets every field, not a consistent contract).
    BOOST_REQUIRE(saveProject(workedExample(), dir.file("p.effekt")).empty());
    const auto r = runCli({"validate", dir.file("p.effekt")});
    BOOST_TEST(r.exitCode == 0);
    BOOST_TEST(r.out.find(": ok") != std::string::npos);
    BOOST_TEST(runCli({"export-json", dir.file("p.effekt"), dir.file("p.json")}).exitCode == 0);
    BOOST_TEST(runCli({"validate", dir.file("p.json")}).exitCode == 0);
}

BOOST_AUTO_TEST_CASE(validate_is_not_ok_where_import_json_would_fail) {
    TempDir dir;
    Project p = workedExample();
    p.ledger.set(Ledger{LedgerRow{"P-1", p.metrics.front().id, 0, 1.0}});
    std::string text;
    BOOST_REQUIRE(json::toJson(p, text).empty());
    auto j = nlohmann::ordered_json::parse(text);
    j["ledger"][0].erase("participant"); // a key left out: an empty participant
    test::writeFile(test::u8path(dir.file("missing.json")), j.dump(2));
    const auto v = runCli({"validate", dir.file("missing.json")});
    const auto i = runCli({"import-json", dir.file("missing.json"), dir.file("missing.effekt")});
    BOOST_TEST(i.exitCode == 1);
    BOOST_TEST(v.exitCode == 1, v.out << v.err);
    BOOST_TEST(v.out.find(": ok") == std::string::npos);
    BOOST_TEST(!std::filesystem::exists(test::u8path(dir.file("missing.effekt"))));
}

BOOST_AUTO_TEST_CASE(national_identity_numbers_are_refused_and_never_printed) {
    TempDir dir;
    Project p = workedExample();
    p.ledger.set(Ledger{LedgerRow{"P-1", p.metrics.front().id, 0, 1.0}});
    std::string text;
    BOOST_REQUIRE(json::toJson(p, text).empty());
    for (const std::string &written :
         {std::string("010101 50074"), std::string("Ola Nordmann 01010150074"),
          std::string("=\"01010150074\""), std::string("010101\u00A050074")}) {
        auto j = nlohmann::ordered_json::parse(text);
        j["ledger"][0]["participant"] = written;
        j["unknown 01010150074"] = 1; // an unknown key, reported as such
        test::writeFile(test::u8path(dir.file("fnr.json")), j.dump(2));
        const auto v = runCli({"validate", dir.file("fnr.json")});
        BOOST_TEST(v.exitCode == 1, written);
        const auto i = runCli({"import-json", dir.file("fnr.json"), dir.file("fnr.effekt")});
        BOOST_TEST(i.exitCode == 1, written);
        BOOST_TEST(!std::filesystem::exists(test::u8path(dir.file("fnr.effekt"))));
        for (std::string out : {v.out, v.err, i.out, i.err}) {
            // The temporary folder's name is digits too: only what follows it counts.
            for (const std::string &name : {dir.file("fnr.json"), dir.file("fnr.effekt")})
                for (auto at = out.find(name); at != std::string::npos; at = out.find(name))
                    out.erase(at, name.size());
            BOOST_TEST(out.find("50074") == std::string::npos, out);
            BOOST_TEST(!containsNationalIdNumber(out), out);
        }
        BOOST_TEST(v.err.find("national-id-in-ledger") != std::string::npos, v.err);
    }
}

BOOST_AUTO_TEST_CASE(validate_does_not_say_ok_where_compute_fails) {
    // Amounts each within their limits whose product is too large to compute with: validate
    // said ok, then compute failed. Now validate computes too and names the likely field.
    TempDir dir;
    Project p = workedExample();
    p.metrics.front().rule.price = 100'000'000'000'000'000;
    for (double &v : p.metrics.front().plan)
        v = 1e15;
    BOOST_REQUIRE(!hasErrors(saveProject(p, dir.file("big.effekt"))));
    const auto c = runCli({"compute", dir.file("big.effekt")});
    BOOST_TEST(c.exitCode == 1);
    const auto r = runCli({"validate", dir.file("big.effekt")});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.out.find(": ok") == std::string::npos);
    BOOST_TEST(r.err.find("error money-overflow rule#") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(validate_and_compute_name_where_an_overflow_happens) {
    // The largest amount entered (a party's cap) is not what overflows: a metric's modest price
    // times 10^15 units in the fourth period is. Both commands name that metric and period.
    TempDir dir;
    Project p = workedExample();
    p.parties.front().cap = limits::kMaxEnteredMoney;
    Metric &m = p.metrics.front();
    m.rule.type = RuleType::PerUnit;
    m.rule.bands.clear();
    m.rule.capMoney.reset();
    m.rule.capUnits.reset();
    m.rule.price = 1'000'000;
    for (double &v : m.plan)
        v = 0;
    m.plan.at(3) = limits::kMaxQuantity;
    BOOST_REQUIRE(!hasErrors(saveProject(p, dir.file("big.effekt"))));
    const std::string where = "error money-overflow rule#" + std::to_string(m.id) + ".price[t=3]";
    const auto v = runCli({"validate", dir.file("big.effekt")});
    BOOST_TEST(v.exitCode == 1);
    BOOST_TEST(v.out.find(": ok") == std::string::npos);
    BOOST_TEST(v.err.find(where) != std::string::npos, v.err);
    BOOST_TEST(v.err.find("party#") == std::string::npos, v.err);
    const auto c = runCli({"compute", dir.file("big.effekt"), "--basis", "plan"});
    BOOST_TEST(c.exitCode == 1);
    BOOST_TEST(c.err.find(where) != std::string::npos, c.err);
}

BOOST_AUTO_TEST_CASE(newer_file_is_read_only_and_version_1_is_read) {
    TempDir dir;
    BOOST_REQUIRE(saveProject(workedExample(), dir.file("p.effekt")).empty());
    {
        sqlite3 *db = nullptr;
        BOOST_REQUIRE(sqlite3_open(dir.file("p.effekt").c_str(), &db) == SQLITE_OK);
        sqlite3_exec(db, "PRAGMA user_version = 9", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    const auto r = runCli({"validate", dir.file("p.effekt")});
    BOOST_TEST(r.exitCode == 0);
    BOOST_TEST(r.out.find("read-only") != std::string::npos);
    BOOST_TEST(r.err.find("warning file-newer-version") != std::string::npos);
    const auto v1 = (test::dataDir() / "files" / "v1-ung-i-jobb.effekt").string();
    BOOST_TEST(runCli({"validate", v1}).exitCode == 0);
}

BOOST_AUTO_TEST_CASE(summary_prints_payments_per_due_period) {
    TempDir dir;
    BOOST_REQUIRE(saveProject(workedExample(), dir.file("ung.effekt")).empty());
    const auto r = runCli({"summary", dir.file("ung.effekt")});
    BOOST_TEST(r.exitCode == 0);
    const auto ls = lines(r.out);
    BOOST_REQUIRE(ls.size() == 1u + 1u + 10u + 2u); // name, header, t = 0..9, total, net total
    BOOST_TEST(ls[0] == "Ung i jobb");
    BOOST_TEST(ls[1] == "period\tI arbeid i 13 uker\tFullført videregående opplæring\tfixed fees "
                        "due\ttotal due");
    // M2 (40,000 a unit, no counterfactual, lag 2): a = 0, 0, 3, 5, 5, 6, 6, 6 achieved at
    // t = 0..7 falls due at t = 2..9: 3 × 40,000 = 120,000 at t = 4, 5 × 40,000 = 200,000 at
    // t = 5 and 6, 6 × 40,000 = 240,000 at t = 7, 8, 9; nothing before t = 4.
    const char *m2[] = {"0.00",      "0.00",      "0.00",      "0.00",      "120000.00",
                        "200000.00", "200000.00", "240000.00", "240000.00", "240000.00"};
    for (int t = 0; t < 10; ++t) {
        const auto cells = test::split(ls[static_cast<std::size_t>(2 + t)], '\t');
        BOOST_REQUIRE(cells.size() == 5u);
        BOOST_TEST(cells[0] == std::to_string(t));
        BOOST_TEST(cells[2] == m2[t]);
    }
    // The total line sums each column; the net line says what the commissioner side pays.
    const auto total = test::split(ls[12], '\t');
    BOOST_REQUIRE(total.size() == 5u);
    BOOST_TEST(total[0] == "total");
    BOOST_TEST(total[2] == "1240000.00"); // M2: 120,000 + 2 × 200,000 + 3 × 240,000
    const auto net = test::split(ls[13], '\t');
    BOOST_REQUIRE(net.size() == 5u);
    BOOST_TEST(net[0] == "total net of commissioner kept");
    BOOST_TEST(net[1] == "");
    BOOST_TEST(net[3] == "");
}

BOOST_AUTO_TEST_CASE(a_unit_and_a_relative_threshold_reach_the_summary_and_validate) {
    // Issue 15, item 5, read from JSON: M1 of the worked example (60,000 a unit over b = 2, lag
    // 1) pays only when u ≥ 3 and x ≥ 300 %: u = 0, 3, 6, 8, … and x = 0, 1.5, 3, 4, …, so the
    // quarter t = 1 (u = 3, x = 150 %) pays nothing where it paid 180,000, due at t = 2; t = 2
    // (u = 6, x = 300 %) pays 360,000, due at t = 3. M2 gets a threshold on x with no
    // counterfactual: it never pays, and validate warns.
    TempDir dir;
    Project p = workedExample();
    p.metrics[0].rule.thresholdBasis = ThresholdBasis::UnitsAndRelative;
    p.metrics[0].rule.threshold = 3;
    p.metrics[0].rule.thresholdRelative = 3;
    p.metrics[1].rule.thresholdBasis = ThresholdBasis::Relative;
    p.metrics[1].rule.threshold = 0.1;
    std::string text;
    BOOST_REQUIRE(json::toJson(p, text).empty());
    BOOST_TEST(text.find("\"thresholdBasis\": \"units-and-relative\"") != std::string::npos);
    test::writeFile(dir.path() / "terms.json", text);
    const auto s = runCli({"summary", dir.file("terms.json")});
    BOOST_TEST(s.exitCode == 0, s.err);
    const auto ls = lines(s.out);
    BOOST_REQUIRE(ls.size() >= 5u);
    BOOST_TEST(test::split(ls[2 + 2], '\t').at(1) == "0.00");
    BOOST_TEST(test::split(ls[2 + 3], '\t').at(1) == "360000.00");
    BOOST_TEST(test::split(ls[2 + 4], '\t').at(2) == "0.00");
    const auto v = runCli({"validate", dir.file("terms.json")});
    BOOST_TEST(v.exitCode == 0);
    BOOST_TEST((v.out + v.err).find("relative-threshold-without-counterfactual") !=
               std::string::npos);
}

namespace {
// Kroner with two decimals as øre.
Money cents(const std::string &s) {
    return static_cast<Money>(std::llround(std::stod(s) * 100));
}
} // namespace

BOOST_AUTO_TEST_CASE(per_metric_dues_are_after_the_payer_caps_and_add_up) {
    // A co-payer takes half of M1 and its cap of 200,000 binds: M1's column must show what is
    // paid after that cap, so that the metric columns add up to outcome_due.
    Project p = workedExample();
    p.parties.push_back(Party{4, "Stat", PartyRole::CoPayer, "", 200'000 * money::kMinorPerMajor});
    p.metrics[0].rule.payers = {PayerShare{1, 0.5}, PayerShare{4, 0.5}};
    p.normalise();
    TempDir dir;
    BOOST_REQUIRE(saveProject(p, dir.file("capped.effekt")).empty());
    const auto j = runCli({"compute", dir.file("capped.effekt"), "--format", "json"});
    BOOST_TEST(j.exitCode == 0);
    const auto doc = nlohmann::json::parse(j.out);
    Money coPayer = 0, earnedM1 = 0, dueM1 = 0;
    for (const auto &row : doc.at("periods")) {
        const Money m1 = cents(row.at("metric_1_due").get<std::string>());
        const Money m2 = cents(row.at("metric_2_due").get<std::string>());
        BOOST_TEST(m1 + m2 == cents(row.at("outcome_due").get<std::string>()));
        BOOST_TEST(cents(row.at("payer_1_due").get<std::string>()) +
                       cents(row.at("payer_4_due").get<std::string>()) ==
                   cents(row.at("total_due").get<std::string>()));
        coPayer += cents(row.at("payer_4_due").get<std::string>());
        dueM1 += m1;
    }
    const Results r = compute(p);
    for (const MetricPeriod &mp : r.metric[0])
        earnedM1 += mp.afterTotalCap;
    BOOST_TEST(coPayer == 200'000 * money::kMinorPerMajor); // the cap binds
    BOOST_TEST(dueM1 < earnedM1);                           // and M1's column shows it

    const auto s = runCli({"summary", dir.file("capped.effekt")});
    BOOST_TEST(s.exitCode == 0);
    const auto ls = lines(s.out);
    BOOST_REQUIRE(ls.size() == 2u + 10u + 2u);
    BOOST_TEST(ls[1] == "period\tI arbeid i 13 uker\tFullført videregående opplæring\tfixed fees "
                        "due\ttotal due");
    std::vector<Money> sums(4, 0);
    for (std::size_t t = 0; t < 10; ++t) {
        const auto cells = test::split(ls[2 + t], '\t');
        BOOST_REQUIRE(cells.size() == 5u);
        BOOST_TEST(cents(cells[1]) + cents(cells[2]) + cents(cells[3]) == cents(cells[4]));
        for (std::size_t c = 0; c < 4; ++c)
            sums[c] += cents(cells[c + 1]);
    }
    const auto total = test::split(ls[12], '\t');
    BOOST_REQUIRE(total.size() == 5u);
    for (std::size_t c = 0; c < 4; ++c)
        BOOST_TEST(cents(total[c + 1]) == sums[c]);
    BOOST_TEST(cents(test::split(ls[13], '\t').back()) ==
               cents(doc.at("kpis").at("total_payments").get<std::string>()));
}

BOOST_AUTO_TEST_CASE(compute_lists_what_a_cap_per_budget_year_cut_and_carried) {
    // Issue 15, item 4: the worked example's municipality may pay at most 1,500,000 a year. The
    // statement has, for that payer only, what its year cap cut in each period and (carried)
    // what it paid of earlier years' cuts: the engine's figures.
    TempDir dir;
    Project p = workedExample();
    p.parties[0].yearCap = 1'500'000'00;
    p.caps.yearCapCarry = true;
    BOOST_REQUIRE(saveProject(p, dir.file("capped.effekt")).empty());
    const auto j =
        runCli({"compute", dir.file("capped.effekt"), "--format", "json", "--basis", "plan"});
    BOOST_TEST(j.exitCode == 0, j.err);
    const auto doc = nlohmann::json::parse(j.out);
    const Results r = compute(p, Basis::Plan);
    BOOST_REQUIRE(doc.at("periods").size() == static_cast<std::size_t>(r.periods));
    Money cut = 0;
    for (int t = 0; t < r.periods; ++t) {
        const auto &row = doc["periods"][static_cast<std::size_t>(t)];
        const auto k = static_cast<std::size_t>(t);
        BOOST_TEST(row.at("payer_1_year_cap_cut") == money::format(r.yearCapCut[0][k]));
        BOOST_TEST(row.at("payer_1_year_cap_carried") == money::format(r.yearCapCarried[0][k]));
        BOOST_TEST(row.at("payer_1_due") == money::format(r.payerDue[0][k]));
        cut += r.yearCapCut[0][k];
    }
    BOOST_TEST(cut > 0);
    // Lost (the default): no carried column; without a year cap, neither column.
    p.caps.yearCapCarry = false;
    BOOST_REQUIRE(saveProject(p, dir.file("lost.effekt")).empty());
    const auto lost =
        nlohmann::json::parse(runCli({"compute", dir.file("lost.effekt"), "--format", "json"}).out);
    BOOST_TEST(lost["periods"][0].contains("payer_1_year_cap_cut"));
    BOOST_TEST(!lost["periods"][0].contains("payer_1_year_cap_carried"));
    BOOST_REQUIRE(saveProject(workedExample(), dir.file("ung.effekt")).empty());
    const auto plain =
        nlohmann::json::parse(runCli({"compute", dir.file("ung.effekt"), "--format", "json"}).out);
    BOOST_TEST(!plain["periods"][0].contains("payer_1_year_cap_cut"));
}

BOOST_AUTO_TEST_CASE(compute_formats) {
    TempDir dir;
    BOOST_REQUIRE(saveProject(workedExample(), dir.file("ung.effekt")).empty());
    const auto j = runCli({"compute", dir.file("ung.effekt"), "--format", "json"});
    BOOST_TEST(j.exitCode == 0);
    const auto doc = nlohmann::json::parse(j.out);
    // 8 quarters plus the longest lag (2).
    BOOST_TEST(doc.at("periods").size() == 10u);
    BOOST_TEST(doc["periods"][9]["date"] == "2029-06-30");
    BOOST_TEST(doc.at("kpis").contains("total_payments"));
    BOOST_TEST(doc["kpis"]["basis"] == "forecast");
    BOOST_TEST(doc["kpis"].contains("npv_payments"));
    // Early termination: the worked example has no review points and runs its course.
    BOOST_TEST(doc["kpis"].at("terminated_after").is_null());
    BOOST_TEST(doc["kpis"].at("terminated_after_date").is_null());
    BOOST_TEST(doc["kpis"].at("termination_review").is_null());
    BOOST_TEST(doc["kpis"]["termination_payment"] == "0.00");

    const auto c = runCli({"compute", dir.file("ung.effekt"), "--format=csv", "--basis", "plan"});
    BOOST_TEST(c.exitCode == 0);
    const auto ls = lines(c.out);
    BOOST_REQUIRE(ls.size() > 12u);
    BOOST_TEST(ls[0].rfind("period,date,metric_1_due,metric_2_due,outcome_due,fixed_fees_due,"
                           "total_due,payer_1_due,",
                           0) == 0u);
    // M2 at t = 4: 3 units achieved at t = 2 × 40,000, due two periods later.
    BOOST_TEST(doc["periods"][4]["metric_2_due"] == "120000.00");
    BOOST_TEST(ls[1].rfind("0,2027-03-31,", 0) == 0u);
    BOOST_TEST(ls[11] == "");
    BOOST_TEST(ls[12] == "kpi,value");
    BOOST_TEST(c.out.find("basis,plan") != std::string::npos);

    const auto t = runCli({"compute", dir.file("ung.effekt")});
    BOOST_TEST(t.exitCode == 0);
    BOOST_TEST(t.out.find("total_payments") != std::string::npos);
    BOOST_TEST(t.out.find("\nterminated_after ") != std::string::npos);
    BOOST_TEST(t.out.find("none\ntermination_review") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(export_import_export_is_byte_identical) {
    TempDir dir;
    BOOST_REQUIRE(saveProject(test::fullProject(), dir.file("a.effekt")).empty());
    BOOST_TEST(runCli({"export-json", dir.file("a.effekt"), dir.file("a.json")}).exitCode == 0);
    BOOST_TEST(runCli({"import-json", dir.file("a.json"), dir.file("b.effekt")}).exitCode == 0);
    BOOST_TEST(runCli({"export-json", dir.file("b.effekt"), dir.file("b.json")}).exitCode == 0);
    BOOST_TEST((test::readFile(dir.path() / "a.json") == test::readFile(dir.path() / "b.json")));
    const LoadResult b = loadProject(dir.file("b.effekt"));
    BOOST_REQUIRE(b.project.has_value());
    BOOST_TEST((*b.project == test::fullProject()));
}

BOOST_AUTO_TEST_CASE(price_indexation_reaches_the_summary_and_compute) {
    // Issue 15, item 3, read from JSON: the worked example (quarterly from January 2027) at 3 % a
    // year from 2027. M1 (lag 1) achieved in 2028's first quarter (t = 4) falls due at t = 5, at
    // 1.03 times the stated price; what 2027's last quarter earns falls due at t = 4 unindexed.
    TempDir dir;
    Project p = workedExample();
    std::string plainText, indexedText;
    BOOST_REQUIRE(json::toJson(p, plainText).empty());
    p.indexation.rate = 0.03;
    BOOST_REQUIRE(json::toJson(p, indexedText).empty());
    test::writeFile(dir.path() / "plain.json", plainText);
    test::writeFile(dir.path() / "indexed.json", indexedText);
    const auto plain = runCli({"summary", dir.file("plain.json")});
    const auto indexed = runCli({"summary", dir.file("indexed.json")});
    BOOST_TEST(indexed.exitCode == 0, indexed.err);
    const auto a = lines(plain.out), b = lines(indexed.out);
    BOOST_REQUIRE(a.size() >= 8u);
    BOOST_REQUIRE(b.size() == a.size() + 1);
    BOOST_TEST(test::split(b[2 + 4], '\t').at(1) == test::split(a[2 + 4], '\t').at(1));
    BOOST_TEST(cents(test::split(b[2 + 5], '\t').at(1)) ==
               money::times(cents(test::split(a[2 + 5], '\t').at(1)), 1.03));
    BOOST_TEST(b.back() == "price indexation\t3 % a year from 2028 (base year 2027)");
    BOOST_TEST(a.back().rfind("price indexation", 0) == std::string::npos);
    const auto c = runCli({"compute", dir.file("indexed.json"), "--format", "json"});
    BOOST_TEST(c.exitCode == 0, c.err);
    const auto j = nlohmann::json::parse(c.out);
    BOOST_TEST(j["kpis"]["indexation_rate"].get<double>() == 0.03);
    BOOST_TEST(j["kpis"]["indexation_base_year"].get<int>() == 2027);
    const auto d = runCli({"compute", dir.file("plain.json"), "--format", "json"});
    BOOST_TEST(!nlohmann::json::parse(d.out)["kpis"].contains("indexation_rate"));
}

BOOST_AUTO_TEST_SUITE_END()
