// effekt compute on a metric tested cohort by cohort (issue 15, item 2): the cohort tests and the
// final settlement, in the table, CSV and JSON formats.
#include "cliutil.h"
#include "storage.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

using namespace effekt;
using effekt::test::lines;
using effekt::test::runCli;
using effekt::test::TempDir;

namespace {

// Peterborough's terms, by hand (HMP Peterborough social impact bond, 2010): three cohorts of
// released prisoners, each against its own matched comparison group, reconviction events (lower
// is better). Comparison groups b = 100, 100, 100; the cohorts a = 85, 92, 88: improvements
// u = 15, 8, 12, x = 15 %, 8 %, 12 %. Each cohort must reach 10 %: A and C pass, B fails, 27 units
// counted. The final settlement over the pooled cohorts at 7.5 % in the last period: A = 265,
// B = 300, U = 35, X = 11.67 % ≥ 7.5 %, so it adds 35 − 27 = 8 units. At 1,000 kr an event
// avoided the metric pays 35,000 kr.
Project peterborough() {
    Project p;
    p.name = "Peterborough";
    p.timeline = Timeline{Date{2010, 1, 1}, PeriodLength::Year, 1};
    p.parties = {Party{1, "Justisdepartementet", PartyRole::Commissioner, "", std::nullopt}};
    // Cohort B's name holds a terminal escape: it is printed escaped.
    p.targetGroup.cohorts = {Cohort{1, "Kohort A", "", 1000, {1000}},
                             Cohort{2, "Kohort B\x1b[2J", "", 1000, {1000}},
                             Cohort{3, "Kohort C", "", 1000, {1000}}};
    Metric m;
    m.id = 1;
    m.name = "Reconviction events";
    m.unit = MetricUnit::Events;
    m.direction = Direction::LowerIsBetter;
    m.rule.type = RuleType::PerUnit;
    m.rule.price = 1'000'00;
    m.rule.settlement = CohortSettlement{0, 0.075};
    for (const auto &[cohort, a] : {std::pair{1, 85.0}, std::pair{2, 92.0}, std::pair{3, 88.0}})
        m.cohortOutcomes.push_back(CohortOutcome{cohort, 0.10, {a}, {std::nullopt}, {100.0}});
    p.metrics = {m};
    p.normalise();
    return p;
}

} // namespace

BOOST_AUTO_TEST_SUITE(cli_cohorts)

BOOST_AUTO_TEST_CASE(compute_prints_the_cohort_tests_and_the_settlement) {
    TempDir dir;
    BOOST_REQUIRE(saveProject(peterborough(), dir.file("pb.effekt")).empty());

    const auto j = runCli({"compute", dir.file("pb.effekt"), "--format", "json"});
    BOOST_TEST(j.exitCode == 0, j.err);
    const auto doc = nlohmann::json::parse(j.out);
    BOOST_TEST(doc["periods"][0]["metric_1_due"] == "35000.00");
    const auto &tests = doc.at("cohort_tests");
    BOOST_REQUIRE(tests.size() == 3u);
    const double x[] = {15, 8, 12};
    const bool passed[] = {true, false, true};
    for (std::size_t k = 0; k < 3; ++k) {
        BOOST_TEST(tests[k]["metric"] == "Reconviction events");
        BOOST_TEST(tests[k]["period"] == 0);
        BOOST_TEST(tests[k]["date"] == "2010-12-31");
        BOOST_TEST(tests[k]["x_percent"].get<double>() == x[k]);
        BOOST_TEST(tests[k]["threshold_percent"].get<double>() == 10.0);
        BOOST_TEST(tests[k]["passed"].get<bool>() == passed[k]);
        BOOST_TEST(tests[k]["units"].get<double>() == x[k]); // b = 100: units = percent
    }
    BOOST_TEST(tests[0]["cohort"] == "Kohort A");
    BOOST_TEST(tests[1]["cohort"] == "Kohort B\x1b[2J"); // JSON escapes it itself
    const auto &settlements = doc.at("settlements");
    BOOST_REQUIRE(settlements.size() == 1u);
    BOOST_TEST(settlements[0]["metric"] == "Reconviction events");
    BOOST_TEST(settlements[0]["period"] == 0);
    BOOST_TEST(settlements[0]["pooled_x_percent"].get<double>() == 11.666667);
    BOOST_TEST(settlements[0]["threshold_percent"].get<double>() == 7.5);
    BOOST_TEST(settlements[0]["passed"].get<bool>() == true);
    BOOST_TEST(settlements[0]["pooled_units"].get<double>() == 35.0);
    BOOST_TEST(settlements[0]["units_counted"].get<double>() == 27.0);
    BOOST_TEST(settlements[0]["units_added"].get<double>() == 8.0);

    const auto c = runCli({"compute", dir.file("pb.effekt"), "--format", "csv"});
    BOOST_TEST(c.exitCode == 0, c.err);
    const auto cl = lines(c.out);
    const auto header = std::find(
        cl.begin(), cl.end(), "metric,cohort,period,date,x_percent,threshold_percent,passed,units");
    BOOST_REQUIRE((header != cl.end()));
    BOOST_REQUIRE(cl.end() - header >= 7);
    BOOST_TEST(*(header - 1) == "");
    BOOST_TEST(header[1] == "Reconviction events,Kohort A,0,2010-12-31,15.0,10.0,yes,15.0");
    BOOST_TEST(header[2] == "Reconviction events,Kohort B\\x1B[2J,0,2010-12-31,8.0,10.0,no,8.0");
    BOOST_TEST(header[3] == "Reconviction events,Kohort C,0,2010-12-31,12.0,10.0,yes,12.0");
    BOOST_TEST(header[4] == "");
    BOOST_TEST(header[5] == "metric,period,date,pooled_x_percent,threshold_percent,passed,"
                            "pooled_units,units_counted,units_added");
    BOOST_TEST(header[6] == "Reconviction events,0,2010-12-31,11.666667,7.5,yes,35.0,27.0,8.0");

    const auto t = runCli({"compute", dir.file("pb.effekt")});
    BOOST_TEST(t.exitCode == 0, t.err);
    BOOST_TEST(t.out.find('\x1b') == std::string::npos);
    const auto tl = lines(t.out);
    const auto title = std::find(tl.begin(), tl.end(), "cohort tests");
    BOOST_REQUIRE((title != tl.end()));
    BOOST_REQUIRE(tl.end() - title >= 9);
    BOOST_TEST(title[1] == "metric               cohort           period        date  x_percent  "
                           "threshold_percent  passed  units");
    BOOST_TEST(title[3] == "Reconviction events  Kohort B\\x1B[2J       0  2010-12-31        8.0  "
                           "             10.0      no    8.0");
    BOOST_TEST(title[5] == "");
    BOOST_TEST(title[6] == "settlements");
    BOOST_TEST(title[8].rfind("Reconviction events       0  2010-12-31         11.666667", 0) == 0u,
               title[8]);
    BOOST_TEST(title[8].find("yes") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(without_cohort_tests_there_is_no_section) {
    TempDir dir;
    BOOST_REQUIRE(saveProject(workedExample(), dir.file("ung.effekt")).empty());
    const auto t = runCli({"compute", dir.file("ung.effekt")});
    BOOST_TEST(t.exitCode == 0, t.err);
    BOOST_TEST(t.out.find("cohort tests") == std::string::npos);
    const auto c = runCli({"compute", dir.file("ung.effekt"), "--format", "csv"});
    BOOST_TEST(c.out.find("x_percent") == std::string::npos);
    const auto j =
        nlohmann::json::parse(runCli({"compute", dir.file("ung.effekt"), "--format", "json"}).out);
    BOOST_TEST(j.at("cohort_tests").empty());
    BOOST_TEST(j.at("settlements").empty());
}

BOOST_AUTO_TEST_SUITE_END()
