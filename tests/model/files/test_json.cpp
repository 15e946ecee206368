// The JSON interchange: lossless, stable bytes, errors with the JSON path.
#include "fullproject.h"
#include "json.h"
#include "storage.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

using namespace effekt;
using effekt::test::TempDir;

namespace {

bool has(const LoadResult &r, DiagCode code, const std::string &path) {
    for (const Diagnostic &d : r.diagnostics)
        if (d.code == code && d.entity == "json" && d.field == path)
            return true;
    for (const Diagnostic &d : r.diagnostics)
        BOOST_TEST_MESSAGE(toPlainText(d));
    return false;
}

std::string jsonOf(const Project &p) {
    std::string text;
    BOOST_REQUIRE(effekt::json::toJson(p, text).empty());
    return text;
}

// The worked example's JSON, changed by f.
std::string edited(void (*f)(nlohmann::ordered_json &)) {
    auto j = nlohmann::ordered_json::parse(jsonOf(workedExample()));
    f(j);
    return j.dump();
}

} // namespace

BOOST_AUTO_TEST_SUITE(json_interchange)

BOOST_AUTO_TEST_CASE(full_project_round_trips) {
    const Project p = test::fullProject();
    const LoadResult r = effekt::json::fromJson(jsonOf(p));
    for (const Diagnostic &d : r.diagnostics)
        BOOST_TEST_MESSAGE(toPlainText(d));
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST(r.diagnostics.empty());
    BOOST_TEST((*r.project == p));
}

BOOST_AUTO_TEST_CASE(effekt_json_effekt_json_is_byte_identical) {
    TempDir dir;
    BOOST_REQUIRE(saveProject(test::fullProject(), dir.file("a.effekt")).empty());
    const LoadResult a = loadProject(dir.file("a.effekt"));
    BOOST_REQUIRE(a.project.has_value());
    BOOST_REQUIRE(effekt::json::exportJson(*a.project, dir.file("a.json")).empty());
    const LoadResult b = effekt::json::importJson(dir.file("a.json"));
    BOOST_REQUIRE(b.project.has_value());
    BOOST_REQUIRE(saveProject(*b.project, dir.file("b.effekt")).empty());
    const LoadResult c = loadProject(dir.file("b.effekt"));
    BOOST_REQUIRE(c.project.has_value());
    BOOST_REQUIRE(effekt::json::exportJson(*c.project, dir.file("b.json")).empty());
    const std::string first = test::readFile(dir.path() / "a.json");
    const std::string second = test::readFile(dir.path() / "b.json");
    BOOST_TEST(first.size() > 1000u);
    BOOST_TEST((first == second));
}

BOOST_AUTO_TEST_CASE(stable_key_order_money_as_strings_dates_iso) {
    const std::string text = jsonOf(workedExample());
    BOOST_TEST(text.rfind("{\n  \"format\": \"effekt-project\",\n  \"version\": 3,\n  \"name\": "
                          "\"Ung i jobb\",",
                          0) == 0u);
    BOOST_TEST(text.find("\"start\": \"2027-01-01\"") != std::string::npos);
    BOOST_TEST(text.find("\"price\": \"60000.00\"") != std::string::npos); // M1, 60,000 kr
    BOOST_TEST(text.find("\"capMoney\": \"3000000.00\"") != std::string::npos);
    BOOST_TEST(text.find("\"returnCap\": 1.3") != std::string::npos);
    BOOST_TEST(text.back() == '\n');
    // Same project, same bytes.
    BOOST_TEST((jsonOf(workedExample()) == text));
}

BOOST_AUTO_TEST_CASE(absent_keys_take_defaults) {
    const LoadResult r = effekt::json::fromJson(
        R"({"format": "effekt-project", "version": 1, "name": "Minimal",
            "timeline": {"start": "2030-01-01", "periodLength": "year", "periods": 2}})");
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST(r.project->name == "Minimal");
    BOOST_TEST(r.project->timeline.periods == 2);
    BOOST_TEST(r.project->deliveryCost.size() == 2u);
    BOOST_TEST(r.project->valuation.discountRate == 0.04);
}

BOOST_AUTO_TEST_CASE(price_indexation_round_trips_and_is_checked) {
    // Issue 15, item 3: the rate and the base year are kept exactly; a file of version 2 has
    // none (rate 0, no base year), and out-of-range values name their path.
    using J = nlohmann::ordered_json;
    Project p = workedExample();
    p.indexation = Indexation{0.025, 2026};
    const std::string text = jsonOf(p);
    BOOST_TEST(text.find("\"indexation\": {\n    \"rate\": 0.025,\n    \"baseYear\": 2026\n  }") !=
               std::string::npos);
    const LoadResult back = effekt::json::fromJson(text);
    BOOST_REQUIRE(back.project.has_value());
    BOOST_TEST((*back.project == p));
    p.indexation.baseYear.reset();
    const LoadResult noYear = effekt::json::fromJson(jsonOf(p));
    BOOST_REQUIRE(noYear.project.has_value());
    BOOST_TEST((*noYear.project == p));
    const LoadResult v2 = effekt::json::fromJson(edited([](J &j) {
        j["version"] = 2;
        j.erase("indexation");
    }));
    BOOST_REQUIRE(v2.project.has_value());
    BOOST_TEST((v2.project->indexation == Indexation{}));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) { j["indexation"]["rate"] = 1.5; })),
                   DiagCode::ValueOutOfRange, "/indexation/rate"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) { j["indexation"]["baseYear"] = 1850; })),
                   DiagCode::ValueOutOfRange, "/indexation/baseYear"));
}

BOOST_AUTO_TEST_CASE(second_share_once_investors_are_repaid) {
    // The full project's share-of-savings rule starts its second share once the investors are
    // repaid: named in the JSON, read back as it was; without the keys (an earlier version's
    // file) a rule switches after a sum of its payments, as it always did.
    const std::string text = jsonOf(test::fullProject());
    BOOST_TEST(text.find("\"secondShareWhen\": \"investors-repaid\"") != std::string::npos);
    BOOST_TEST(text.find("\"secondShareReturn\": 0.05") != std::string::npos);
    const LoadResult back = effekt::json::fromJson(text);
    BOOST_REQUIRE(back.project.has_value());
    BOOST_TEST(
        (back.project->metrics[2].rule.secondShareWhen == SecondShareSwitch::InvestorsRepaid));
    BOOST_TEST(back.project->metrics[2].rule.secondShareReturn == 0.05);
    const LoadResult old = effekt::json::fromJson(edited([](nlohmann::ordered_json &j) {
        j["version"] = 2;
        j["metrics"][0]["rule"].erase("secondShareWhen");
        j["metrics"][0]["rule"].erase("secondShareReturn");
    }));
    BOOST_REQUIRE(old.project.has_value());
    BOOST_TEST((old.project->metrics[0].rule.secondShareWhen == SecondShareSwitch::AfterSum));
    BOOST_TEST(has(effekt::json::fromJson(edited([](nlohmann::ordered_json &j) {
                       j["metrics"][0]["rule"]["secondShareWhen"] = "never";
                   })),
                   DiagCode::ValueOutOfRange, "/metrics/0/rule/secondShareWhen"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](nlohmann::ordered_json &j) {
                       j["metrics"][0]["rule"]["secondShareReturn"] = 1.5;
                   })),
                   DiagCode::ValueOutOfRange, "/metrics/0/rule/secondShareReturn"));
}

BOOST_AUTO_TEST_CASE(cohort_tests_and_the_settlement_round_trip_and_are_checked) {
    // Issue 15, item 2 (Peterborough): a metric's outcome data per cohort, a threshold per cohort
    // and the rule's final settlement are kept exactly; a file of version 2 has none; a cohort
    // outcome naming a cohort that does not exist, a series of the wrong length or a value out of
    // range names its JSON path.
    using J = nlohmann::ordered_json;
    const Project full = test::fullProject();
    const std::string text = jsonOf(full);
    const J j = J::parse(text);
    BOOST_TEST(j["metrics"][0]["rule"]["settlement"].dump() == R"({"period":3,"threshold":0.075})");
    BOOST_TEST(j["metrics"][0]["cohortOutcomes"][0].dump() ==
               R"({"cohortId":3,"threshold":0.1,"plan":[85.0,92.5,0.0,-1.25],)"
               R"("actual":[null,91.0,0.0,null],"counterfactual":[100.0,100.0,)" +
                   J(1.0 / 3.0).dump() + R"(,0.0]})");
    BOOST_TEST(j["metrics"][1]["rule"]["settlement"].is_null());
    BOOST_TEST(j["metrics"][1]["cohortOutcomes"].dump() == "[]");
    const LoadResult back = effekt::json::fromJson(text);
    BOOST_REQUIRE(back.project.has_value());
    BOOST_TEST((back.project->metrics[0].cohortOutcomes == full.metrics[0].cohortOutcomes));
    BOOST_TEST((back.project->metrics[0].rule.settlement == full.metrics[0].rule.settlement));

    auto fullEdited = [&](void (*f)(J &)) {
        J k = J::parse(text);
        f(k);
        return effekt::json::fromJson(k.dump());
    };
    // An earlier version's file: no cohort tests, no settlement.
    const LoadResult old = fullEdited([](J &k) {
        k["version"] = 2;
        for (J &m : k["metrics"]) {
            m.erase("cohortOutcomes");
            m["rule"].erase("settlement");
        }
    });
    BOOST_REQUIRE(old.project.has_value());
    for (const Metric &m : old.project->metrics) {
        BOOST_TEST(m.cohortOutcomes.empty());
        BOOST_TEST(!m.rule.settlement.has_value());
    }
    // The same cohort twice is kept as it is (validate reports it; the file does not refuse it).
    const LoadResult twice =
        fullEdited([](J &k) { k["metrics"][0]["cohortOutcomes"][1]["cohortId"] = 3; });
    BOOST_REQUIRE(twice.project.has_value());
    BOOST_TEST(twice.project->metrics[0].cohortOutcomes.size() == 2u);
    BOOST_TEST(twice.project->metrics[0].cohortOutcomes[1].cohortId == 3);

    BOOST_TEST(has(fullEdited([](J &k) { k["metrics"][0]["cohortOutcomes"][1]["cohortId"] = 42; }),
                   DiagCode::MissingReference, "/metrics/0/cohortOutcomes/1/cohortId"));
    BOOST_TEST(
        has(fullEdited([](J &k) { k["metrics"][0]["cohortOutcomes"][0]["threshold"] = -0.1; }),
            DiagCode::ValueOutOfRange, "/metrics/0/cohortOutcomes/0/threshold"));
    BOOST_TEST(has(fullEdited([](J &k) {
                       k["metrics"][0]["cohortOutcomes"][0]["plan"] = {1, 2};
                   }),
                   DiagCode::JsonSchema, "/metrics/0/cohortOutcomes/0/plan"));
    BOOST_TEST(
        has(fullEdited([](J &k) { k["metrics"][0]["cohortOutcomes"][0]["actual"][2] = "x"; }),
            DiagCode::ValueWrongType, "/metrics/0/cohortOutcomes/0/actual/2"));
    BOOST_TEST(has(fullEdited([](J &k) { k["metrics"][0]["cohortOutcomes"][0]["colour"] = 1; }),
                   DiagCode::JsonSchema, "/metrics/0/cohortOutcomes/0/colour"));
    BOOST_TEST(has(fullEdited([](J &k) { k["metrics"][0]["rule"]["settlement"]["period"] = 600; }),
                   DiagCode::ValueOutOfRange, "/metrics/0/rule/settlement/period"));
    BOOST_TEST(
        has(fullEdited([](J &k) { k["metrics"][0]["rule"]["settlement"]["threshold"] = -1; }),
            DiagCode::ValueOutOfRange, "/metrics/0/rule/settlement/threshold"));
    BOOST_TEST(has(fullEdited([](J &k) { k["metrics"][0]["rule"]["settlement"] = 3; }),
                   DiagCode::JsonSchema, "/metrics/0/rule/settlement/"));
    // Cohort outcomes hold values per period: they count towards the file's limit.
    BOOST_TEST(has(fullEdited([](J &k) {
                       J many = J::array();
                       for (int i = 0; i < 6000; ++i)
                           many.push_back(J::object());
                       k["timeline"]["periods"] = 600;
                       k["metrics"][0]["cohortOutcomes"] = many;
                   }),
                   DiagCode::TooManyEntries, "/metrics/0/cohortOutcomes"));
}

BOOST_AUTO_TEST_CASE(errors_name_the_json_path) {
    using J = nlohmann::ordered_json;
    // A syntax error names the value it stands in.
    BOOST_TEST(has(effekt::json::fromJson("{\"format\": "), DiagCode::JsonSyntax, "/format"));
    BOOST_TEST(has(effekt::json::fromJson("[1, 2]"), DiagCode::JsonSchema, "/"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) { j["format"] = "other"; })),
                   DiagCode::JsonSchema, "/format"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) { j["version"] = 4; })),
                   DiagCode::FileNewerVersion, "/version"));
    BOOST_TEST(
        has(effekt::json::fromJson(edited([](J &j) { j["metrics"][1]["rule"]["price"] = 40000; })),
            DiagCode::ValueWrongType, "/metrics/1/rule/price"));
    BOOST_TEST(has(
        effekt::json::fromJson(edited([](J &j) { j["metrics"][1]["rule"]["price"] = "40 000"; })),
        DiagCode::ValueWrongType, "/metrics/1/rule/price"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) { j["parties"][0]["colour"] = 1; })),
                   DiagCode::JsonSchema, "/parties/0/colour"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) { j["metrics"][0]["plan"][3] = "x"; })),
                   DiagCode::ValueWrongType, "/metrics/0/plan/3"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) { j["metrics"][0]["plan"].erase(0); })),
                   DiagCode::JsonSchema, "/metrics/0/plan"));
    BOOST_TEST(has(effekt::json::fromJson(
                       edited([](J &j) { j["metrics"][0]["rule"]["payers"][0]["partyId"] = 9; })),
                   DiagCode::MissingReference, "/metrics/0/rule/payers/0/partyId"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) { j["timeline"]["periods"] = 601; })),
                   DiagCode::ValueOutOfRange, "/timeline/periods"));
    BOOST_TEST(
        has(effekt::json::fromJson(edited([](J &j) { j["valuation"]["discountRate"] = 1e300; })),
            DiagCode::ValueOutOfRange, "/valuation/discountRate"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) { j["parties"][1]["id"] = 1; })),
                   DiagCode::DuplicateId, "/parties/1/id"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) { j["parties"] = 3; })),
                   DiagCode::JsonSchema, "/parties"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) {
                       j["ledger"] = J::array({J{{"participant", "p1"}, {"metricId", 7}}});
                   })),
                   DiagCode::MissingReference, "/ledger/0/metricId"));
    // Scenarios, the simulation and early termination.
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) { j["scenarios"][0]["factor"] = -1; })),
                   DiagCode::ValueOutOfRange, "/scenarios/0/factor"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) {
                       j["scenarios"][2]["metrics"] =
                           J::array({J{{"metricId", 1}, {"factor", 1.1}, {"delay", 601}}});
                   })),
                   DiagCode::ValueOutOfRange, "/scenarios/2/metrics/0/delay"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) {
                       j["scenarios"][1]["metrics"] = J::array({J{{"metricId", 7}}});
                   })),
                   DiagCode::MissingReference, "/scenarios/1/metrics/0/metricId"));
    BOOST_TEST(
        has(effekt::json::fromJson(edited([](J &j) {
                j["scenarios"][1]["metrics"] = J::array({J{{"metricId", 2}}, J{{"metricId", 2}}});
            })),
            DiagCode::DuplicateId, "/scenarios/1/metrics/1/metricId"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) { j["scenarios"][1]["id"] = 1; })),
                   DiagCode::DuplicateId, "/scenarios/1/id"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) { j["simulation"]["trials"] = 0; })),
                   DiagCode::ValueOutOfRange, "/simulation/trials"));
    BOOST_TEST(
        has(effekt::json::fromJson(edited([](J &j) { j["simulation"]["correlation"] = 1.01; })),
            DiagCode::ValueOutOfRange, "/simulation/correlation"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) { j["simulation"]["seed"] = -3; })),
                   DiagCode::ValueOutOfRange, "/simulation/seed"));
    BOOST_TEST(has(effekt::json::fromJson(edited(
                       [](J &j) { j["simulation"]["distributions"][1]["kind"] = "normal"; })),
                   DiagCode::ValueOutOfRange, "/simulation/distributions/1/kind"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) {
                       j["simulation"]["distributions"][0]["delayProbabilities"] = {0.5, 1.5};
                   })),
                   DiagCode::ValueOutOfRange, "/simulation/distributions/0/delayProbabilities/1"));
    BOOST_TEST(has(effekt::json::fromJson(
                       edited([](J &j) { j["simulation"]["distributions"][1]["metricId"] = 1; })),
                   DiagCode::DuplicateId, "/simulation/distributions/1/metricId"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) {
                       j["termination"]["reviews"] = J::array({J{
                           {"id", 1}, {"period", 2}, {"test", "metric-units"}, {"metricId", 9}}});
                   })),
                   DiagCode::MissingReference, "/termination/reviews/0/metricId"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) {
                       j["termination"]["reviews"] = J::array(
                           {J{{"id", 1}, {"test", "outcome-payments"}, {"requiredShare", -0.5}}});
                   })),
                   DiagCode::ValueOutOfRange, "/termination/reviews/0/requiredShare"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) { j["termination"]["payeeId"] = 99; })),
                   DiagCode::MissingReference, "/termination/payeeId"));
    BOOST_TEST(
        has(effekt::json::fromJson(edited([](J &j) { j["termination"]["payment"] = "-1.00"; })),
            DiagCode::ValueOutOfRange, "/termination/payment"));
    BOOST_TEST(has(effekt::json::fromJson(edited([](J &j) { j["simulation"]["runs"] = 5; })),
                   DiagCode::JsonSchema, "/simulation/runs"));
    std::string badUtf8 = jsonOf(workedExample());
    badUtf8.replace(badUtf8.find("Ung i jobb"), 3, "\xff\xfe");
    BOOST_TEST(has(effekt::json::fromJson(badUtf8), DiagCode::JsonSyntax, "/name"));
}

BOOST_AUTO_TEST_CASE(version_1_json_reads_without_scenarios) {
    // A version-1 file knows nothing of scenarios, the simulation or termination: it reads as a
    // project without them, with the default settings.
    auto j = nlohmann::ordered_json::parse(jsonOf(workedExample()));
    j["version"] = 1;
    j.erase("scenarios");
    j.erase("simulation");
    j.erase("termination");
    const LoadResult r = effekt::json::fromJson(j.dump());
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST(r.diagnostics.empty());
    Project expected = workedExample();
    expected.scenarios.clear();
    expected.simulation = Simulation{};
    BOOST_TEST((*r.project == expected));
    // Written again, it is the current version with the new keys.
    const std::string again = jsonOf(*r.project);
    BOOST_TEST(again.find("\"version\": 3") != std::string::npos);
    BOOST_TEST(again.find("\"scenarios\": []") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(caps_per_budget_year_round_trip) {
    // Issue 15, item 4: a payer's cap per budget year and the carry setting, as money strings and
    // a boolean, read back the same; a version-2 file without them reads with none (lost).
    Project p = workedExample();
    p.parties[0].yearCap = 2'500'000'00;
    p.caps.yearCapCarry = true;
    const std::string text = jsonOf(p);
    BOOST_TEST(text.find("\"yearCap\": \"2500000.00\"") != std::string::npos);
    BOOST_TEST(text.find("\"yearCap\": null") != std::string::npos); // the other parties
    BOOST_TEST(text.find("\"yearCapCarry\": true") != std::string::npos);
    const LoadResult r = effekt::json::fromJson(text);
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST(r.diagnostics.empty());
    BOOST_TEST((*r.project == p));

    auto j = nlohmann::ordered_json::parse(text);
    j["version"] = 2;
    for (auto &party : j["parties"])
        party.erase("yearCap");
    j["caps"].erase("yearCapCarry");
    const LoadResult old = effekt::json::fromJson(j.dump());
    BOOST_REQUIRE(old.project.has_value());
    BOOST_TEST((*old.project == workedExample()));

    using J = nlohmann::ordered_json;
    BOOST_TEST(
        has(effekt::json::fromJson(edited([](J &x) { x["parties"][0]["yearCap"] = "-1.00"; })),
            DiagCode::ValueOutOfRange, "/parties/0/yearCap"));
}

BOOST_AUTO_TEST_CASE(seed_and_probabilities_are_exact_and_sums_are_checked) {
    const Project p = test::fullProject();
    const std::string text = jsonOf(p);
    BOOST_TEST(text.find("\"seed\": 9007199254740993") != std::string::npos);
    BOOST_TEST(text.find("\"payment\": \"250000.50\"") != std::string::npos);
    // Delay probabilities that do not add up to 1: read, with a warning at the distribution.
    auto j = nlohmann::ordered_json::parse(text);
    j["simulation"]["distributions"][0]["delayProbabilities"] = {0.5, 0.25};
    const LoadResult r = effekt::json::fromJson(j.dump());
    BOOST_REQUIRE(r.project.has_value());
    BOOST_REQUIRE(r.diagnostics.size() == 1u);
    BOOST_TEST((r.diagnostics[0].code == DiagCode::ProbabilitiesNotWhole));
    BOOST_TEST((r.diagnostics[0].severity == Severity::Warning));
    BOOST_TEST(r.diagnostics[0].field == "/simulation/distributions/0/delayProbabilities");
}

BOOST_AUTO_TEST_CASE(national_identity_number_in_a_json_ledger) {
    // 11 digits passing both modulus-11 checks: searched, not copied from anywhere.
    std::string fnr;
    for (int i = 0; i < 100000 && fnr.empty(); ++i) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "010190%05d", i);
        if (isNationalIdNumber(buf))
            fnr = buf;
    }
    BOOST_REQUIRE(!fnr.empty());
    Project p = workedExample();
    p.ledger.set(Ledger{LedgerRow{"anon-1", 1, 0, 1.0}, LedgerRow{"anon-2", 2, 1, 1.0}});
    std::string text = jsonOf(p);
    text.replace(text.find("anon-2"), 6, fnr);
    const LoadResult r = effekt::json::fromJson(text);
    BOOST_TEST(!r.project);
    BOOST_TEST(has(r, DiagCode::NationalIdInLedger, "/ledger/1/participant"));
}

BOOST_AUTO_TEST_CASE(hostile_json_is_refused_calmly) {
    // Deep nesting, a huge number, a NaN literal: errors, no crash.
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    BOOST_TEST(hasErrors(effekt::json::fromJson(deep).diagnostics));
    BOOST_TEST(hasErrors(effekt::json::fromJson(R"({"format":"effekt-project","version":1,
        "valuation":{"discountRate":1e999}})")
                             .diagnostics));
    BOOST_TEST(hasErrors(effekt::json::fromJson(R"({"format":"effekt-project","version":1,
        "valuation":{"discountRate":NaN}})")
                             .diagnostics));
    BOOST_TEST(hasErrors(effekt::json::fromJson(R"({"format":"effekt-project",
        "version":18446744073709551615})")
                             .diagnostics));
}

BOOST_AUTO_TEST_SUITE_END()
