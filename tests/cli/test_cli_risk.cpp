// The risk commands of the effekt tool (docs/cli.md): scenarios, sensitivity, risk-curve, on the
// worked example (DOMAIN.md §9).
#include "cliutil.h"
#include "engine.h"
#include "risksharing.h"
#include "storage.h"
#include "testutil.h"
#include "tornado.h"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

using namespace effekt;
using effekt::test::lines;
using effekt::test::runCli;
using effekt::test::TempDir;

namespace {

struct Saved {
    TempDir dir;
    std::string file;
    Saved() {
        file = dir.file("ung.effekt");
        BOOST_REQUIRE(saveProject(workedExample(), file).empty());
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(cli_risk)

BOOST_AUTO_TEST_CASE(usage_errors_exit_2) {
    BOOST_TEST(runCli({"scenarios"}).exitCode == 2);
    BOOST_TEST(runCli({"scenarios", "x.effekt", "--format", "xml"}).exitCode == 2);
    BOOST_TEST(runCli({"sensitivity", "x.effekt", "--steps", "3"}).exitCode == 2);
    BOOST_TEST(runCli({"risk-curve", "x.effekt", "--steps", "0"}).exitCode == 2);
    BOOST_TEST(runCli({"risk-curve", "x.effekt", "--steps", "ten"}).exitCode == 2);
    BOOST_TEST(runCli({"risk-curve", "a.effekt", "b.effekt"}).exitCode == 2);
    BOOST_TEST(runCli({"risk-curve", "--help"}).exitCode == 0);
    BOOST_TEST(runCli({"--help"}).out.find("risk-curve FILE") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_missing_file_exits_1) {
    TempDir dir;
    BOOST_TEST(runCli({"scenarios", dir.file("missing.effekt")}).exitCode == 1);
}

BOOST_AUTO_TEST_CASE(scenarios_side_by_side_default_to_low_basis_and_high) {
    Saved s;
    const auto r = runCli({"scenarios", s.file, "--format", "csv"});
    BOOST_TEST(r.exitCode == 0);
    const auto rows = lines(r.out);
    BOOST_TEST_REQUIRE(rows.size() >= 3u);
    BOOST_TEST(rows[0] == "kpi,Lav,Basis,Høy");
    // Basis is the worked example: 4,240,000 paid; Lav (factor 0.5) 2,330,000.
    BOOST_TEST(rows[1] == "payments,2330000.00,4240000.00,4405600.00");
    BOOST_TEST(rows[2] == "npv_payments,2178358.51,3972192.29,4139141.59");

    const auto j = runCli({"scenarios", s.file, "--format", "json"});
    BOOST_TEST(j.exitCode == 0);
    const auto doc = nlohmann::json::parse(j.out);
    BOOST_TEST_REQUIRE(doc["scenarios"].size() == 3u);
    BOOST_TEST(doc["scenarios"][1]["kpis"]["net_value"] == "4126694.22");
    BOOST_TEST(doc["scenarios"][1]["kpis"]["investor_profit"] == "240000.00");
    BOOST_TEST(doc["scenarios"][0]["kpis"]["terminated_after"].is_null());

    const auto t = runCli({"scenarios", s.file});
    BOOST_TEST(t.exitCode == 0);
    BOOST_TEST(t.out.find("Basis") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(sensitivity_lists_every_input_sorted_by_swing) {
    Saved s;
    const auto r = runCli({"sensitivity", s.file, "--format", "csv"});
    BOOST_TEST(r.exitCode == 0);
    const auto rows = lines(r.out);
    // A header, two metrics and six more inputs.
    BOOST_TEST_REQUIRE(rows.size() == 9u);
    BOOST_TEST(rows[0].rfind("input,metric,low,high,net_value_low,net_value_high,", 0) == 0u);
    // Savings ±20 % swing the net value most: ±0.2 × 8,098,886.51.
    BOOST_TEST(rows[1].rfind("savings,,-0.2,0.2,-1619777.30,1619777.30,3239554.60,", 0) == 0u);

    const auto j = runCli({"sensitivity", s.file, "--format", "json"});
    BOOST_TEST(j.exitCode == 0);
    const auto doc = nlohmann::json::parse(j.out);
    const Tornado expected = tornado(workedExample());
    BOOST_TEST_REQUIRE(doc["by_net_value"].size() == expected.byNetValue.size());
    BOOST_TEST_REQUIRE(doc["by_irr"].size() == expected.byIrr.size());
    for (std::size_t i = 0; i < expected.byNetValue.size(); ++i)
        BOOST_TEST(doc["by_net_value"][i]["net_value_swing"].get<std::string>() ==
                   money::format(expected.byNetValue[i].netValueSwing()));
    for (std::size_t i = 0; i < expected.byIrr.size(); ++i)
        BOOST_TEST(doc["by_irr"][i]["irr_swing"].get<double>() == *expected.byIrr[i].irrSwing());
    BOOST_TEST(doc["basis"]["net_value"] == "4126694.22");
}

BOOST_AUTO_TEST_CASE(risk_curve_has_steps_plus_one_points_and_marks_the_plan_and_break_even) {
    Saved s;
    const auto j = runCli({"risk-curve", s.file, "--format", "json"});
    BOOST_TEST(j.exitCode == 0);
    const auto doc = nlohmann::json::parse(j.out);
    BOOST_TEST_REQUIRE(doc["points"].size() == 151u);
    BOOST_TEST(doc["points"][100]["factor"].get<double>() == 1.0);
    BOOST_TEST(doc["points"][100]["payments"] == "4240000.00");
    BOOST_TEST(doc["points"][0]["investor_profit"] == "-4000000.00");
    BOOST_TEST(doc["plan_net_value"] == "4126694.22");
    // The break-even factor is compute's, on the plan basis.
    const auto c = runCli({"compute", s.file, "--basis", "plan", "--format", "json"});
    const auto computed = nlohmann::json::parse(c.out);
    BOOST_TEST(doc["break_even_factor"].get<double>() ==
               computed["kpis"]["break_even_factor"].get<double>());

    const auto csv = runCli({"risk-curve", s.file, "--steps", "3", "--format", "csv"});
    BOOST_TEST(csv.exitCode == 0);
    const auto rows = lines(csv.out);
    BOOST_TEST_REQUIRE(rows.size() >= 5u);
    BOOST_TEST(rows[0] == "factor,payments,npv_payments,traditional_cost,npv_traditional,"
                          "investor_profit,net_value,traditional_net_value");
    BOOST_TEST(rows[1] == "0.0,0.00,0.00,4400000.00,4211140.85,-4000000.00,0.00,-4211140.85");
    BOOST_TEST(rows[3] == "1.0,4240000.00,3972192.29,4400000.00,4211140.85,240000.00,"
                          "4126694.22,3887745.66");
    const auto table = runCli({"risk-curve", s.file, "--steps=2"});
    BOOST_TEST(table.exitCode == 0);
    BOOST_TEST(table.out.find("break_even_factor") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
