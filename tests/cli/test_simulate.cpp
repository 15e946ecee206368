// `effekt simulate` (docs/cli.md): formats, options, and --trials-out rows that compute()
// recomputes.
#include "cliutil.h"
#include "montecarlo.h"
#include "scenario.h"
#include "storage.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

using namespace effekt;
using effekt::test::runCli;
using effekt::test::TempDir;

namespace {

Project simulated() {
    Project p = workedExample();
    p.simulation.distributions = {
        FactorDistribution{1, FactorDistributionKind::Pert, 0.3, 1.0, 1.3, {0.6, 0.3, 0.1}},
        FactorDistribution{2, FactorDistributionKind::Triangular, 0.2, 0.8, 1.5, {}}};
    p.simulation.correlation = 0.5;
    p.simulation.trials = 300;
    p.simulation.seed = 17;
    return p;
}

std::vector<std::vector<std::string>> readCsv(const std::string &path) {
    std::ifstream in(path);
    std::vector<std::vector<std::string>> rows;
    for (std::string line; std::getline(in, line);)
        rows.push_back(test::split(line, ','));
    return rows;
}

} // namespace

BOOST_AUTO_TEST_SUITE(cli_simulate)

BOOST_AUTO_TEST_CASE(usage_errors) {
    BOOST_TEST(runCli({"simulate"}).exitCode == 2);
    BOOST_TEST(runCli({"simulate", "p.effekt", "--trials", "0"}).exitCode == 2);
    BOOST_TEST(runCli({"simulate", "p.effekt", "--trials", "ten"}).exitCode == 2);
    BOOST_TEST(runCli({"simulate", "p.effekt", "--seed", "-1"}).exitCode == 2);
    BOOST_TEST(runCli({"simulate", "p.effekt", "--format", "xml"}).exitCode == 2);
    BOOST_TEST(runCli({"simulate", "p.effekt", "--trials-out"}).exitCode == 2);
    BOOST_TEST(runCli({"simulate", "a.effekt", "b.effekt"}).exitCode == 2);
    BOOST_TEST(runCli({"simulate", "--help"}).exitCode == 0);
    TempDir dir;
    BOOST_TEST(runCli({"simulate", dir.file("missing.effekt")}).exitCode == 1);
}

BOOST_AUTO_TEST_CASE(formats_agree_with_the_simulation) {
    TempDir dir;
    const Project p = simulated();
    BOOST_REQUIRE(saveProject(p, dir.file("p.effekt")).empty());
    // The CLI sees the project as the file holds it.
    const Project stored = *loadProject(dir.file("p.effekt")).project;
    const SimulationResult expected = simulate(stored, {200, 5, 1, false});

    const auto json = runCli({"simulate", dir.file("p.effekt"), "--trials", "200", "--seed", "5",
                              "--threads", "2", "--format", "json"});
    BOOST_TEST_REQUIRE(json.exitCode == 0, json.err);
    const auto j = nlohmann::json::parse(json.out);
    BOOST_TEST(j["trials"].get<int>() == 200);
    BOOST_TEST(j["seed"].get<long long>() == 5);
    BOOST_TEST(j["figures"]["payments"]["p50"].get<std::string>() ==
               money::format(static_cast<Money>(std::llround(expected.payments.p50))));
    BOOST_TEST(j["figures"]["investor_multiple"]["mean"].get<double>() ==
               expected.investorMultiple.mean);
    BOOST_TEST(j["probabilities"]["p_investor_loss"].get<double>() == expected.pInvestorLoss);
    BOOST_TEST(j["cumulative_payments"].size() == expected.fan.size());

    const auto csv = runCli(
        {"simulate", dir.file("p.effekt"), "--trials", "200", "--seed", "5", "--format", "csv"});
    BOOST_TEST_REQUIRE(csv.exitCode == 0);
    BOOST_TEST(csv.out.rfind("figure,count,mean,standard_error,p5,p50,p95\npayments,200,", 0) ==
               0u);
    BOOST_TEST(csv.out.find("\np_total_cap_reached,200,") != std::string::npos);

    const auto table = runCli({"simulate", dir.file("p.effekt"), "--trials", "200"});
    BOOST_TEST_REQUIRE(table.exitCode == 0);
    BOOST_TEST(table.out.find("p_pays_more_than_traditional") != std::string::npos);
    BOOST_TEST(table.out.find("cumulative payments by due period") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(trials_out_rows_recompute_with_compute) {
    TempDir dir;
    BOOST_REQUIRE(saveProject(simulated(), dir.file("p.effekt")).empty());
    const Project p = *loadProject(dir.file("p.effekt")).project;
    BOOST_TEST_REQUIRE(p.simulation.distributions.size() == 2u); // the file keeps them
    const auto r = runCli({"simulate", dir.file("p.effekt"), "--trials", "120", "--threads", "2",
                           "--trials-out", dir.file("trials.csv")});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
    const auto rows = readCsv(dir.file("trials.csv"));
    BOOST_TEST_REQUIRE(rows.size() == 121u);
    const auto &head = rows[0];
    BOOST_TEST(head[0] == "trial");
    BOOST_TEST(head[1] == "factor_1");
    BOOST_TEST(head[2] == "delay_1");
    BOOST_TEST(head[3] == "factor_2");
    BOOST_TEST(head[4] == "delay_2");
    BOOST_TEST(head[5] == "terminated_after");
    auto column = [&](const std::string &name) {
        return static_cast<std::size_t>(std::find(head.begin(), head.end(), name) - head.begin());
    };
    std::set<std::string> factors1, delays1, factors2;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto &row = rows[i];
        factors1.insert(row[1]);
        delays1.insert(row[2]);
        factors2.insert(row[3]);
        BOOST_TEST_REQUIRE(row.size() == head.size());
        BOOST_TEST(std::stoi(row[0]) == static_cast<int>(i - 1));
        // The row's factors and delays, as anyone would read them, recomputed by compute().
        const std::vector<double> factors{std::stod(row[1]), std::stod(row[3])};
        const std::vector<int> delays{std::stoi(row[2]), std::stoi(row[4])};
        const Project q = applyScenario(p, trialScenario(p, factors, delays));
        const RiskKpis k = riskKpis(q, compute(q));
        BOOST_TEST(row[column("payments")] == money::format(k.payments));
        BOOST_TEST(row[column("npv_payments")] == money::format(k.npvPayments));
        BOOST_TEST(row[column("net_value")] == money::format(k.netValue));
        BOOST_TEST(row[column("traditional_net_value")] == money::format(k.traditionalNetValue));
        BOOST_TEST(row[column("investor_profit")] == money::format(k.investorProfit));
        BOOST_TEST(row[column("total_cap_reached")] == (k.totalCapReached ? "1" : "0"));
        BOOST_TEST(row[column("terminated_after")] ==
                   (k.terminatedAfter ? std::to_string(*k.terminatedAfter) : ""));
        if (k.investorMultiple)
            BOOST_TEST(std::stod(row[column("investor_multiple")]) == *k.investorMultiple);
        else
            BOOST_TEST(row[column("investor_multiple")].empty());
    }
    // The rows are real draws: every factor differs, and M1's delays take all three values.
    BOOST_TEST(factors1.size() == 120u);
    BOOST_TEST(factors2.size() == 120u);
    BOOST_TEST(delays1.size() == 3u);
}

BOOST_AUTO_TEST_SUITE_END()
