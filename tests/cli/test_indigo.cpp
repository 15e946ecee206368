// The INDIGO open-data export (app/indigo, docs/exports.md): `effekt export-indigo` on the worked
// example with reported outcomes, an evaluator, assumptions and a participant ledger. The file has
// the standard's fields and enum values, every reference in it resolves, the sections left out are
// absent, and nothing of the ledger leaves the project file.
#include "cliutil.h"
#include "engine.h"
#include "indigo.h"
#include "storage.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <functional>
#include <map>
#include <regex>
#include <set>

using namespace effekt;
using effekt::test::runCli;
using effekt::test::TempDir;
using Json = nlohmann::json;

namespace {

const std::string kLedgerMark = "LEDGER-ID-QX7";

// The worked example with what a contract under way has: reported outcomes for the first periods,
// an evaluator, assumptions with sources, and a ledger whose participant ids are easy to find.
Project contractUnderWay() {
    Project p = workedExample();
    p.parties.push_back(
        Party{4, "Eksempel Evaluering AS", PartyRole::Evaluator, "923609016", std::nullopt});
    p.metrics[0].actual[0] = 1;
    p.metrics[0].actual[1] = 6;
    p.metrics[0].actual[2] = 7;
    p.metrics[1].actual[0] = 0;
    p.metrics[1].actual[1] = 1;
    p.metrics[0].dataSource = "NAV-registeret";
    p.assumptions = {Assumption{"Varig effekt i 13 uker", "SSB 2025", "Planlegger"},
                     Assumption{"Lav frafallsrate", "Egen erfaring", "Leverandør"}};
    Ledger ledger;
    for (int i = 0; i < 12; ++i)
        ledger.push_back(LedgerRow{kLedgerMark + "-" + std::to_string(i), 1 + i % 2, i % 3, 1.0});
    p.ledger = Shared<Ledger>(std::move(ledger));
    return p;
}

// Runs every JSON value under `j` with its key (the key of the nearest object member).
void walk(const Json &j, const std::string &key,
          const std::function<void(const std::string &, const Json &)> &visit) {
    visit(key, j);
    if (j.is_object())
        for (auto it = j.begin(); it != j.end(); ++it)
            walk(it.value(), it.key(), visit);
    else if (j.is_array())
        for (const Json &e : j)
            walk(e, key, visit);
}

std::set<std::string> idsOf(const Json &list) {
    std::set<std::string> ids;
    for (const Json &e : list)
        ids.insert(e.at("id").get<std::string>());
    return ids;
}

Json exportOf(const Project &p, const std::vector<std::string> &extra = {}) {
    TempDir dir;
    const std::string in = dir.file("kontrakt.effekt"), out = dir.file("indigo.json");
    BOOST_REQUIRE(!hasErrors(saveProject(p, in)));
    std::vector<std::string> args = {"export-indigo", in, out, "--date", "2026-12-01"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = runCli(args);
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err);
    const std::string text = test::readFile(dir.path() / "indigo.json");
    BOOST_TEST(text.find(kLedgerMark) == std::string::npos);
    return Json::parse(text);
}

Money sumOf(const Json &payments, const std::string &type) {
    Money sum = 0;
    for (const Json &e : payments)
        if (e.at("type").at("value") == type)
            sum += static_cast<Money>(
                std::llround(e.at("money").at("amount").at("value").get<double>() * 100));
    return sum;
}

bool contains(const std::set<std::string> &set, const std::string &v) {
    return set.count(v) > 0;
}

} // namespace

BOOST_AUTO_TEST_SUITE(indigo_export)

BOOST_AUTO_TEST_CASE(the_worked_example_has_the_standards_fields) {
    const Project p = contractUnderWay();
    const Json j = exportOf(p);

    BOOST_TEST(j.at("status") == "PUBLIC");
    BOOST_TEST(j.at("name").at("value") == "Ung i jobb");
    BOOST_TEST(j.at("stage_development").at("value") == "Implementation");
    BOOST_TEST(j.at("dates").at("start_date_of_service_provision").at("value") == "2027-01-01");
    BOOST_TEST(j.at("dates").at("start_date_of_service_provision").at("status") == "PUBLIC");
    BOOST_TEST(j.at("dates").at("anticipated_end_date_of_service_provision").at("value") ==
               "2028-12-31");
    BOOST_TEST(j.at("jurisdiction").at("jurisdiction").at("value") == "NO");
    const Json &finance = j.at("overall_project_finance");
    BOOST_TEST(finance.at("total_investment_commitment").at("amount").at("exact").at("value") ==
               4'000'000.0);
    BOOST_TEST(finance.at("total_investment_commitment").at("currency").at("value") == "NOK");
    BOOST_TEST(finance.at("maximum_potential_outcome_payment_v2").at("amount").at("value") ==
               5'000'000.0);

    // Organisations: Norwegian organisation numbers as org-id identifiers.
    const std::set<std::string> orgs = idsOf(j.at("organisations"));
    BOOST_TEST(contains(orgs, "NO-BRC-974760673"));
    BOOST_TEST(contains(orgs, "NO-BRC-923609016"));
    BOOST_TEST(contains(orgs, "effekt-party-2")); // the investor has no organisation number
    BOOST_TEST(j.at("organisations").size() == 4u);
    BOOST_TEST(j.at("service_provisions").at(0).at("organisation_id").at("value") ==
               "effekt-party-3");

    // Outcome metrics and pricings.
    BOOST_TEST_REQUIRE(j.at("outcome_metrics").size() == 2u);
    const Json &m1 = j.at("outcome_metrics").at(0);
    BOOST_TEST(m1.at("id") == "outcome-metric-1");
    BOOST_TEST(m1.at("definition").at("value") == "I arbeid i 13 uker");
    BOOST_TEST(m1.at("outcome_validation_method").at("value") == "Simple ex-post verification");
    BOOST_TEST(m1.at("data_source_for_outcome_validation").at("value") == "NAV-registeret");
    const Json &price = j.at("outcome_pricings").at(0);
    BOOST_TEST(price.at("outcome_metric_id").at("value") == "outcome-metric-1");
    BOOST_TEST(price.at("price_per_unit").at("amount").at("value") == 60'000.0);
    BOOST_TEST(price.at("maximum_price_if_all_targets_achieved").at("amount").at("value") ==
               "3000000.00");
    const std::string words = price.at("price_description").at("value");
    BOOST_TEST(words.find("NOK 60000.00 per improvement unit") != std::string::npos, words);
    BOOST_TEST(words.find("paid 1 period after") != std::string::npos, words);
    BOOST_TEST(words.find("Eksempel kommune 100 %") != std::string::npos, words);

    // One commitment per payer; the investment with its maximum potential return from the cap.
    BOOST_TEST_REQUIRE(j.at("outcome_payment_commitments").size() == 1u);
    const Json &commitment = j.at("outcome_payment_commitments").at(0);
    BOOST_TEST(commitment.at("organisation_id").at("value") == "NO-BRC-974760673");
    BOOST_TEST(commitment.at("result_type").at("value") == "Interim");
    const Json &inv = j.at("investments").at(0);
    BOOST_TEST(inv.at("organisation_id").at("value") == "effekt-party-2");
    BOOST_TEST(inv.at("investment_commitment").at("amount").at("exact").at("value") == 4'000'000.0);
    BOOST_TEST(inv.at("maximum_potential_return").at("value") == 30.0);
    BOOST_TEST(inv.at("maximum_potential_loss").at("value") == "100 %");

    // Planned outcome payments add up to the engine's on the plan; actual ones to the engine's on
    // the reported outcomes.
    const Json &payments = j.at("outcome_payments");
    const Results plan = compute(p, Basis::Plan);
    Money planned = 0;
    for (Money m : plan.outcomeDue)
        planned += m;
    BOOST_TEST(planned > 0);
    BOOST_TEST(sumOf(payments, "Planned") == planned);
    const Results actual = compute(p, Basis::Actual);
    Money paid = 0;
    for (Money m : actual.outcomeDue)
        paid += m;
    BOOST_TEST(paid > 0);
    BOOST_TEST(sumOf(payments, "Actual") == paid);
    BOOST_TEST(
        std::llround(
            finance.at("total_outcome_payments_made").at("amount").at("value").get<double>() *
            100) == paid);
    for (const Json &e : payments) {
        BOOST_TEST(e.at("money").at("currency").at("value") == "NOK");
        BOOST_TEST(e.at("payer_organisation_id").at("value") == "NO-BRC-974760673");
        BOOST_TEST(e.at("recipient_organisation_id").at("value") == "effekt-party-3");
    }
    // Metric 1, achieved in period 1 (6 − 2 = 4 people), paid a period later, on 30 June 2027.
    bool found = false;
    for (const Json &e : payments)
        if (e.at("type").at("value") == "Actual" &&
            e.at("outcome_metric_id").at("value") == "outcome-metric-1" &&
            e.at("period").at("end_date").at("value") == "2027-09-30") {
            found = true;
            BOOST_TEST(e.at("money").at("amount").at("value") == 240'000.0);
        }
    BOOST_TEST(found);

    // Results: one per reported metric and period, at the outcome level, checked by the evaluator.
    BOOST_TEST_REQUIRE(j.at("results").size() == 5u);
    const Json &r = j.at("results").at(1);
    BOOST_TEST(r.at("result_level").at("value") == "Outcome level");
    BOOST_TEST(r.at("result_type").at("value") == "Interim");
    BOOST_TEST(r.at("number_with_positive_social_outcomes").at("value") == 6.0);
    BOOST_TEST(r.at("outcomes_validator_organisation_ids").at("value") == "NO-BRC-923609016");

    // Sources: the contract and each assumption's source.
    const std::set<std::string> sources = idsOf(j.at("sources"));
    BOOST_TEST(sources.size() == 3u);
    BOOST_TEST(j.at("sources").at(0).at("type").at("value") == "Contract");
    BOOST_TEST(j.at("sources").at(0).at("publication_date").at("value") == "2026-12-01");
}

BOOST_AUTO_TEST_CASE(a_second_share_once_investors_are_repaid_is_described) {
    // Issue 15, item 1: `effekt export-indigo` describes the switch by the investors' return.
    Project p = workedExample();
    Metric m = p.metrics.front();
    m.id = 3;
    m.unit = MetricUnit::Money;
    m.rule = PaymentRule{};
    m.rule.type = RuleType::ShareOfSavings;
    m.rule.share = 0.95;
    m.rule.secondShare = 0.4;
    m.rule.secondShareWhen = SecondShareSwitch::InvestorsRepaid;
    m.rule.secondShareReturn = 0.05;
    m.savings.clear();
    p.metrics.push_back(m);
    const Json j = exportOf(p);
    const std::string words = j.at("outcome_pricings").at(2).at("price_description").at("value");
    BOOST_TEST(words.find("40 % once every investor has received the capital drawn plus 5 % a "
                          "year") != std::string::npos,
               words);
    BOOST_TEST(words.find("once the payments reach") == std::string::npos, words);
}

BOOST_AUTO_TEST_CASE(payments_a_year_cap_carries_are_where_they_are_paid) {
    // The municipality pays at most 1.5 million kroner a budget year, and what its cap cuts is
    // carried to a later year with room: the outcome payments listed, period by period, are the
    // engine's (those paid late included), and together what the engine's outcome payments are.
    Project p = contractUnderWay();
    p.parties[0].yearCap = 1'500'000 * money::kMinorPerMajor;
    p.caps.yearCapCarry = true;
    p.normalise();
    const Json j = exportOf(p);
    for (const auto &[basis, type] : {std::pair<Basis, std::string>{Basis::Plan, "Planned"},
                                      std::pair<Basis, std::string>{Basis::Actual, "Actual"}}) {
        BOOST_TEST_CONTEXT(type) {
            // The actual payments: of the outcomes reported, a period not reported no improvement.
            Project reported = p;
            for (Metric &m : reported.metrics)
                for (std::size_t t = 0; t < m.actual.size(); ++t)
                    if (!m.actual[t])
                        m.actual[t] = m.counterfactual[t];
            const Results r = compute(basis == Basis::Plan ? p : reported, basis);
            Money carried = 0, all = 0;
            for (Money m : r.yearCapCarried.at(0))
                carried += m;
            for (Money m : r.outcomeDue)
                all += m;
            BOOST_TEST(all > 0);
            if (basis == Basis::Plan) // the cap cuts 2027's plan and carries some to 2028
                BOOST_TEST(carried > 0);
            BOOST_TEST(sumOf(j.at("outcome_payments"), type) == all);
            for (int d = 0; d < r.periods; ++d) {
                Money listed = 0;
                for (const Json &e : j.at("outcome_payments"))
                    if (e.at("type").at("value") == type &&
                        e.at("period").at("start_date").at("value") ==
                            p.timeline.periodStart(d).toIso())
                        listed += std::llround(
                            e.at("money").at("amount").at("value").get<double>() * 100);
                BOOST_TEST(listed == r.outcomeDue[static_cast<std::size_t>(d)], "period " << d);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(enum_values_dates_and_references_follow_the_standard) {
    const Json j = exportOf(contractUnderWay());
    const std::set<std::string> sources = idsOf(j.at("sources"));
    const std::set<std::string> orgs = idsOf(j.at("organisations"));
    // The enumerations of the standard's project schema (4.1.0) for the fields written.
    const std::map<std::string, std::set<std::string>> enums = {
        {"status", {"PUBLIC", "PRIVATE", "DISPUTED"}},
        {"stage_development",
         {"Contracted", "Implementation", "Service delivery complete", "Complete"}},
        {"unit_type_targeted_service_users_or_beneficiaries", {"Individual", "Other"}},
        {"unit_type_of_targeted_service_users_or_beneficiaries", {"Individual", "Other"}},
        {"result_level", {"Project level", "Outcome level"}},
        {"type",
         {"Planned", "Actual", "Contract", "Report", "Award Notice", "Website", "News piece",
          "Press release", "Email correspondence", "Evaluation report", "Government body"}},
        {"organisation_role_category",
         {"Nonprofit/NGO", "Foundation/Philanthropist", "Government/Public Sector/Public Bank",
          "Multilateral/Bilateral/Intergovernmental Financial Institution", "Corporate Giving",
          "Investment Fund", "Other"}},
        {"outcome_validation_method",
         {"Randomised Control Trial", "Quasi-experimental study", "Historical comparison",
          "Pre-Post analysis", "Simple ex-post verification", "Not available"}},
    };
    const std::regex date(R"(\d{4}-\d{2}-\d{2})");
    int sourceRefs = 0, orgRefs = 0, dates = 0, enumValues = 0;
    walk(j, "", [&](const std::string &key, const Json &v) {
        if (key == "source_ids") {
            BOOST_TEST_REQUIRE(v.is_string());
            for (const std::string &id : test::split(v.get<std::string>(), ',')) {
                BOOST_TEST(contains(sources, id), id);
                ++sourceRefs;
            }
        }
        const bool orgKey = key.size() >= 15 &&
                            (key.ends_with("organisation_id") || key.ends_with("organisation_ids"));
        if (orgKey) {
            for (const std::string &id : test::split(v.at("value").get<std::string>(), ',')) {
                BOOST_TEST(contains(orgs, id), id);
                ++orgRefs;
            }
        }
        if (key.ends_with("date") || key.starts_with("start_date") ||
            key.starts_with("anticipated_")) {
            BOOST_TEST(std::regex_match(v.at("value").get<std::string>(), date));
            ++dates;
        }
        if (auto e = enums.find(key); e != enums.end()) {
            const Json &text = v.is_object() ? v.at("value") : v;
            BOOST_TEST(contains(e->second, text.get<std::string>()), key << ": " << text);
            ++enumValues;
        }
        // Every status of a value is the standard's PUBLIC.
        if (v.is_object() && v.contains("status") && v.contains("value"))
            BOOST_TEST(v.at("status") == "PUBLIC");
    });
    BOOST_TEST(sourceRefs > 20);
    BOOST_TEST(orgRefs > 10);
    BOOST_TEST(dates > 20);
    BOOST_TEST(enumValues > 20);
}

BOOST_AUTO_TEST_CASE(sections_left_out_are_absent) {
    const Project p = contractUnderWay();
    const Json j = exportOf(p, {"--without", "organisations", "--without=investments", "--without",
                                "actual-payments", "--without", "sources"});
    BOOST_TEST(!j.contains("organisations"));
    BOOST_TEST(!j.contains("service_provisions"));
    BOOST_TEST(!j.contains("investments"));
    BOOST_TEST(!j.at("overall_project_finance").contains("total_investment_commitment"));
    BOOST_TEST(!j.at("overall_project_finance").contains("total_outcome_payments_made"));
    BOOST_TEST(j.at("sources").size() == 1u); // the contract itself, always
    const std::string text = j.dump();
    BOOST_TEST(text.find("organisation_id") == std::string::npos);
    BOOST_TEST(text.find("NO-BRC-") == std::string::npos);
    BOOST_TEST(text.find("Eksempel kommune") == std::string::npos);
    BOOST_TEST(text.find("Eksempel Invest") == std::string::npos);
    BOOST_TEST(text.find("\"Actual\"") == std::string::npos);
    BOOST_TEST(text.find("\"Planned\"") != std::string::npos);
    BOOST_TEST(j.contains("outcome_metrics"));
    BOOST_TEST(j.contains("results"));

    const Json none =
        exportOf(p, {"--without", "metrics", "--without", "pricing", "--without", "commitments",
                     "--without", "planned-payments", "--without", "results"});
    for (const char *key : {"outcome_metrics", "outcome_pricings", "outcome_payment_commitments",
                            "results", "service_and_beneficiaries"})
        BOOST_TEST(!none.contains(key), key);
    for (const Json &e : none.at("outcome_payments"))
        BOOST_TEST(e.at("type").at("value") == "Actual");
}

BOOST_AUTO_TEST_CASE(periods_not_reported_are_no_improvement) {
    // Lower is better: a period not reported must not count as an observed 0 (the best outcome).
    Project p = contractUnderWay();
    p.metrics[1].direction = Direction::LowerIsBetter;
    p.metrics[1].counterfactual = std::vector<double>(8, 3.0);
    p.metrics[1].actual = std::vector<std::optional<double>>(8);
    p.metrics[1].actual[0] = 2; // one better than the counterfactual
    indigo::Options o;
    o.date = "2026-12-01";
    const Json j = Json::parse(indigo::exportProject(p, o).dump());
    Money metric2 = 0;
    for (const Json &e : j.at("outcome_payments"))
        if (e.at("type").at("value") == "Actual" &&
            e.at("outcome_metric_id").at("value") == "outcome-metric-2")
            metric2 += std::llround(e.at("money").at("amount").at("value").get<double>() * 100);
    BOOST_TEST(metric2 == 40'000 * money::kMinorPerMajor);
    const Money made = std::llround(j.at("overall_project_finance")
                                        .at("total_outcome_payments_made")
                                        .at("amount")
                                        .at("value")
                                        .get<double>() *
                                    100);
    BOOST_TEST(made == sumOf(j.at("outcome_payments"), "Actual"));
}

BOOST_AUTO_TEST_CASE(usage_and_input_errors) {
    TempDir dir;
    const std::string in = dir.file("kontrakt.effekt");
    BOOST_REQUIRE(!hasErrors(saveProject(workedExample(), in)));
    BOOST_TEST(runCli({"export-indigo", in}).exitCode == 2);
    BOOST_TEST(runCli({"export-indigo", in, dir.file("a.json"), "--without", "ledger"}).exitCode ==
               2);
    BOOST_TEST(runCli({"export-indigo", in, dir.file("a.json"), "--date", "1. mai"}).exitCode == 2);
    // A contract the engine refuses is not published: exit 1 and no file.
    Project broken = workedExample();
    broken.metrics[0].rule.payers = {PayerShare{1, 0.5}}; // shares that do not add up to 1
    BOOST_TEST(hasErrors(validate(broken)));
    const std::string bad = dir.file("broken.effekt");
    BOOST_REQUIRE(!hasErrors(saveProject(broken, bad)));
    const auto r = runCli({"export-indigo", bad, dir.file("b.json")});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(!std::filesystem::exists(dir.path() / "b.json"));
}

BOOST_AUTO_TEST_CASE(the_library_reads_no_ledger_and_works_without_parties_numbers) {
    // Straight through the library, as the GUI calls it.
    Project p = contractUnderWay();
    indigo::Options o;
    o.date = "2026-12-01";
    const std::string text = indigo::exportProject(p, o).dump();
    BOOST_TEST(text.find(kLedgerMark) == std::string::npos);
    BOOST_TEST(text.find("deltaker") == std::string::npos);
    BOOST_TEST(indigo::organisationId(p.parties[0]) == "NO-BRC-974760673");
    p.parties[0].orgNumber = "974760674"; // wrong check digit: not an organisation number
    BOOST_TEST(indigo::organisationId(p.parties[0]) == "effekt-party-1");
    BOOST_TEST(indigo::sectionKeys().size() == 9u);
    indigo::Sections s;
    for (const std::string &key : indigo::sectionKeys())
        *indigo::section(s, key) = false;
    BOOST_TEST(!s.organisations);
    BOOST_TEST(!s.sources);
    BOOST_TEST(indigo::section(s, "ledger") == nullptr);
}

BOOST_AUTO_TEST_SUITE_END()
