// effekt: the command-line tool (docs/cli.md). Reads .effekt or .json project files; links no Qt.
// Exit codes: 0 ok, 1 errors in the input (or the output could not be written), 2 usage.
#include "engine.h"
#include "indigo.h"
#include "json.h"
#include "platform.h"
#include "printable.h"
#include "riskcommands.h"
#include "simulate.h"
#include "sizelimits.h"
#include "storage.h"
#include "storage_fields.h"
#include "workbook.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace effekt;
using Json = nlohmann::ordered_json;

constexpr int kOk = 0, kInputError = 1, kUsage = 2;

const char *const kUsageText =
    R"(usage: effekt COMMAND [ARGS]

Commands:
  validate FILE                 check a project file; print every diagnostic
  compute FILE [--basis plan|actual|forecast] [--format table|csv|json]
                                the full statement per period and every KPI
  summary FILE                  payments due per period, per metric and in total
  export-json FILE OUT          write the project as JSON (docs/json-format.md)
  import-json IN OUT            write a JSON (or .effekt) project as a .effekt file
  export-xlsx FILE OUT.xlsx [--language nb|en]
                                write the Excel workbook: inputs, payment schedule,
                                cash flows, key figures, scenarios (docs/exports.md)
  export-indigo FILE OUT.json [--without SECTION]... [--date YYYY-MM-DD]
                                the contract as INDIGO open data (docs/exports.md); SECTION is
                                organisations, metrics, pricing, commitments, investments,
                                planned-payments, actual-payments, results or sources
  scenarios FILE [--format table|csv|json]
                                the project's scenarios (or Lav, Basis, Høy), KPIs side by side
  sensitivity FILE [--format table|csv|json]
                                the tornado: each input moved alone, sorted by swing
  risk-curve FILE [--steps N] [--format table|csv|json]
                                who carries what at achievement factors 0 to 1.5
  simulate FILE [--trials N] [--seed S] [--threads T] [--format table|csv|json]
                [--trials-out FILE.csv]
                                Monte Carlo of the project's factor distributions

FILE may be a .effekt project file or its JSON form.
Options: --help (also after a command), --version.
Exit codes: 0 ok, 1 errors in the input, 2 usage.
)";

// The same in Norwegian Bokmål, for a Norwegian locale. The commands and options stay as typed.
const char *const kUsageTextNb =
    R"(bruk: effekt KOMMANDO [ARGUMENTER]

Kommandoer:
  validate FIL                  kontroller en prosjektfil; skriv ut hver melding
  compute FIL [--basis plan|actual|forecast] [--format table|csv|json]
                                hele oppstillingen per periode og alle nøkkeltall
  summary FIL                   utbetalinger per periode, per resultatmål og totalt
  export-json FIL UT            skriv prosjektet som JSON (docs/json-format.md)
  import-json INN UT            skriv et JSON- (eller .effekt-) prosjekt som en .effekt-fil
  export-xlsx FIL UT.xlsx [--language nb|en]
                                skriv Excel-arbeidsboken: inndata, betalingsplan,
                                kontantstrømmer, nøkkeltall, scenarioer (docs/exports.md)
  export-indigo FIL UT.json [--without DEL]... [--date ÅÅÅÅ-MM-DD]
                                kontrakten som INDIGO åpne data (docs/exports.md); DEL er
                                organisations, metrics, pricing, commitments, investments,
                                planned-payments, actual-payments, results eller sources
  scenarios FIL [--format table|csv|json]
                                prosjektets scenarioer (eller Lav, Basis, Høy), nøkkeltall side om side
  sensitivity FIL [--format table|csv|json]
                                tornadoen: hver inndata flyttet alene, sortert etter utslag
  risk-curve FIL [--steps N] [--format table|csv|json]
                                hvem som bærer hva ved måloppnåelse fra 0 til 1,5
  simulate FIL [--trials N] [--seed S] [--threads T] [--format table|csv|json]
               [--trials-out FIL.csv]
                                Monte Carlo-simulering av prosjektets fordelinger

FIL kan være en .effekt-prosjektfil eller JSON-formen av den.
Valg: --help (også etter en kommando), --version.
Avslutningskoder: 0 ok, 1 feil i inndata, 2 feil bruk.
)";

// Norwegian when the locale that chooses the language of messages is Norwegian (nb, nn or no), as
// POSIX orders them: LC_ALL, then LC_MESSAGES, then LANG.
bool norwegian() {
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char *value = std::getenv(name);
        if (!value || !*value)
            continue;
        const std::string v(value);
        return v.rfind("nb", 0) == 0 || v.rfind("nn", 0) == 0 || v.rfind("no", 0) == 0;
    }
    return false;
}

int usage(bool ok) {
    std::fputs(norwegian() ? kUsageTextNb : kUsageText, ok ? stdout : stderr);
    return ok ? kOk : kUsage;
}

int usageError(const std::string &message) {
    std::cerr << "effekt: " << escapePrintable(message) << "\n";
    std::cerr << (norwegian() ? "Se «effekt --help».\n" : "Try 'effekt --help'.\n");
    return kUsage;
}

// Text from a file never reaches the terminal as it is (printable.h): every diagnostic is one
// line, its values quoted and escaped, long values shortened; personal data is never repeated;
// only the first so many are shown, then "and N more".
void printDiagnostics(const std::string &file, Diagnostics ds) {
    maskNationalIds(ds);
    capDiagnostics(ds, limits::kMaxDiagnosticsReported);
    const std::string name = escapePrintable(file, 4096);
    for (const Diagnostic &d : ds)
        std::cerr << name << ": " << toPlainText(d) << '\n';
}

// .effekt files start with the SQLite header; anything else that looks like JSON is read as JSON.
LoadResult loadAny(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    char head[16] = {};
    in.read(head, sizeof head);
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == sizeof head && std::memcmp(head, "SQLite format 3", 16) == 0)
        return loadProject(path);
    const bool jsonName = path.size() >= 5 && path.compare(path.size() - 5, 5, ".json") == 0;
    std::size_t i = 0;
    while (i < got && std::strchr(" \t\r\n", head[i]))
        ++i;
    if (jsonName || (i < got && head[i] == '{'))
        return json::importJson(path);
    return loadProject(path);
}

// Loads, prints diagnostics; nullopt when the input has errors.
std::optional<Project> load(const std::string &path, bool quiet = false) {
    LoadResult r = loadAny(path);
    if (!quiet || !r.project)
        printDiagnostics(path, r.diagnostics);
    return std::move(r.project);
}

// ---- compute
// ---------------------------------------------------------------------------------------

Json moneyCell(Money m) {
    return money::format(m);
}
template <typename V> Money at(const std::vector<V> &v, int t) {
    return t >= 0 && static_cast<std::size_t>(t) < v.size() ? v[static_cast<std::size_t>(t)] : 0;
}
Json optNumber(const std::optional<double> &v) {
    return v ? Json(*v) : Json(nullptr);
}
Json rate(const RateResult &r) {
    return r.ok() ? Json(r.rate) : Json(nullptr);
}
std::string_view basisName(Basis b) {
    switch (b) {
    case Basis::Plan: return "plan";
    case Basis::Actual: return "actual";
    case Basis::Forecast: return "forecast";
    }
    return "forecast";
}
const char *const kHolders[] = {"kommune", "stat", "helseforetak", "other"};

struct Statement {
    std::vector<std::string> columns;
    std::vector<std::vector<Json>> rows;
    std::vector<std::pair<std::string, Json>> kpis;
};

Statement statementOf(const Project &p, const Results &r) {
    Statement s;
    s.columns = {"period", "date"};
    for (const Metric &m : p.metrics)
        s.columns.push_back("metric_" + std::to_string(m.id) + "_due");
    s.columns.insert(s.columns.end(), {"outcome_due"});
    for (const FixedFee &f : p.fixedFees)
        s.columns.push_back("fee_" + std::to_string(f.id) + "_due");
    s.columns.insert(s.columns.end(), {"fixed_fees_due", "total_due"});
    for (int id : r.payerIds)
        s.columns.push_back("payer_" + std::to_string(id) + "_due");
    // Caps per budget year: for each payer with one, what it cut (lost, or carried on) and, with
    // the carry setting, what it paid of earlier cuts.
    std::vector<std::size_t> yearCapped;
    for (std::size_t i = 0; i < r.payerIds.size(); ++i) {
        const Party *party = p.party(r.payerIds[i]);
        if (!party || !party->yearCap)
            continue;
        yearCapped.push_back(i);
        s.columns.push_back("payer_" + std::to_string(r.payerIds[i]) + "_year_cap_cut");
        if (p.caps.yearCapCarry)
            s.columns.push_back("payer_" + std::to_string(r.payerIds[i]) + "_year_cap_carried");
    }
    for (const char *c : {"delivery_cost", "draws", "distributions", "provider_incentive",
                          "commissioner_kept", "reserve", "funding_gap"})
        s.columns.push_back(c);
    for (const char *h : kHolders)
        s.columns.push_back(std::string("savings_") + h);
    // Per metric after every cap, the payer caps included: the columns add up to outcome_due.
    const auto byMetric = effekt::outcomeDueByMetric(r);
    for (int t = 0; t < r.periods; ++t) {
        std::vector<Json> row = {t, p.timeline.periodEnd(t).toIso()};
        for (std::size_t m = 0; m < p.metrics.size(); ++m)
            row.push_back(moneyCell(m < byMetric.size() ? at(byMetric[m], t) : 0));
        row.push_back(moneyCell(at(r.outcomeDue, t)));
        for (std::size_t f = 0; f < p.fixedFees.size(); ++f)
            row.push_back(moneyCell(f < r.fixedFeeByFee.size() ? at(r.fixedFeeByFee[f], t) : 0));
        row.push_back(moneyCell(at(r.fixedFeesDue, t)));
        row.push_back(moneyCell(at(r.totalDue, t)));
        for (std::size_t i = 0; i < r.payerIds.size(); ++i)
            row.push_back(moneyCell(i < r.payerDue.size() ? at(r.payerDue[i], t) : 0));
        for (std::size_t i : yearCapped) {
            row.push_back(moneyCell(i < r.yearCapCut.size() ? at(r.yearCapCut[i], t) : 0));
            if (p.caps.yearCapCarry)
                row.push_back(
                    moneyCell(i < r.yearCapCarried.size() ? at(r.yearCapCarried[i], t) : 0));
        }
        for (const auto *v : {&r.deliveryCost, &r.draws, &r.distributions, &r.providerIncentive,
                              &r.commissionerKept, &r.reserve, &r.fundingGap})
            row.push_back(moneyCell(at(*v, t)));
        for (const auto &v : r.savings)
            row.push_back(moneyCell(at(v, t)));
        s.rows.push_back(std::move(row));
    }
    auto kpi = [&](std::string k, Json v) { s.kpis.emplace_back(std::move(k), std::move(v)); };
    kpi("basis", std::string(basisName(r.basis)));
    kpi("total_payments", moneyCell(r.totalPayments));
    kpi("npv_payments", moneyCell(r.npvPayments));
    kpi("total_savings", moneyCell(r.totalSavings));
    kpi("npv_savings", moneyCell(r.npvSavings));
    kpi("net_value", moneyCell(r.netValue));
    kpi("benefit_cost_ratio", optNumber(r.benefitCostRatio));
    kpi("payback_period", r.paybackPeriod ? Json(*r.paybackPeriod) : Json(nullptr));
    kpi("traditional_cost", moneyCell(r.traditionalCost));
    kpi("risk_transferred", moneyCell(r.riskTransferred));
    kpi("max_possible_payment", moneyCell(r.maxPossiblePayment));
    kpi("forecast_payment", moneyCell(r.forecastPayment));
    kpi("break_even_factor", optNumber(r.breakEvenFactor));
    // Early termination (DOMAIN.md §8b): the period after which the contract ended, its date, the
    // review point that failed and the termination payment; none when it ran its course.
    kpi("terminated_after", r.terminatedAfter ? Json(*r.terminatedAfter) : Json(nullptr));
    kpi("terminated_after_date",
        r.terminatedAfter ? Json(p.timeline.periodEnd(*r.terminatedAfter).toIso()) : Json(nullptr));
    kpi("termination_review", r.terminationReviewId ? Json(*r.terminationReviewId) : Json(nullptr));
    kpi("termination_payment", moneyCell(r.terminationPayment));
    // Price indexation (docs/engine.md): the rate a year and the base year in force, when set.
    if (p.indexation.rate != 0) {
        kpi("indexation_rate", p.indexation.rate);
        kpi("indexation_base_year", indexationBaseYear(p.indexation, p.timeline));
    }
    for (const InvestorResult &inv : r.investors) {
        const std::string k = "investor_" + std::to_string(inv.investorId) + "_";
        kpi(k + "drawn", moneyCell(inv.drawn));
        kpi(k + "distributed", moneyCell(inv.distributed));
        kpi(k + "guarantee", moneyCell(inv.guarantee));
        kpi(k + "profit", moneyCell(inv.profit));
        kpi(k + "multiple", optNumber(inv.multiple));
        kpi(k + "irr_periodic", rate(inv.irrPeriodic));
        kpi(k + "irr_annual", optNumber(inv.irrAnnual));
        kpi(k + "xirr", rate(inv.xirr));
    }
    return s;
}

std::string plain(const Json &v) {
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_null())
        return "";
    return v.dump();
}

// ---- cohort tests (docs/engine.md "Cohort tests and the final settlement")

// A table printed after the KPIs: a title (table format only), a header row, rows. Its first
// `names` columns hold names from the file, printed escaped (printable.h) and to the left.
struct Section {
    std::string title;
    std::vector<std::string> columns;
    std::vector<std::vector<Json>> rows;
    std::size_t names = 0;
};

// A number to a millionth, so that 0.15 × 100 prints as 15.0 and not 15.000000000000002.
Json rounded(double v) {
    return std::fabs(v) < 1e9 ? std::round(v * 1e6) / 1e6 + 0.0 : v;
}
// A fraction as a percentage (0.15 → 15.0); none stays none.
Json percentCell(const std::optional<double> &f) {
    return f ? rounded(*f * 100) : Json(nullptr);
}

std::string cohortName(const Project &p, int id) {
    for (const Cohort &c : p.targetGroup.cohorts)
        if (c.id == id)
            return c.name;
    return "#" + std::to_string(id);
}

// The metrics tested cohort by cohort: each cohort's test in each period of achievement, then each
// settlement taken. Nothing when no metric is tested cohort by cohort.
std::vector<Section> cohortSections(const Project &p, const Results &r) {
    if (r.cohortTests.empty())
        return {};
    Section tests{
        "cohort tests",
        {"metric", "cohort", "period", "date", "x_percent", "threshold_percent", "passed", "units"},
        {},
        2};
    Section settlements{"settlements",
                        {"metric", "period", "date", "pooled_x_percent", "threshold_percent",
                         "passed", "pooled_units", "units_counted", "units_added"},
                        {},
                        1};
    for (std::size_t m = 0; m < p.metrics.size() && m < r.cohortTests.size(); ++m) {
        const Metric &metric = p.metrics[m];
        for (std::size_t k = 0; k < r.cohortTests[m].size() && k < metric.cohortOutcomes.size();
             ++k) {
            const CohortTestResult &c = r.cohortTests[m][k];
            const std::size_t n = std::min({c.units.size(), c.relative.size(), c.passed.size()});
            for (std::size_t t = 0; t < n; ++t)
                tests.rows.push_back({metric.name, cohortName(p, c.cohortId), t,
                                      p.timeline.periodEnd(static_cast<int>(t)).toIso(),
                                      percentCell(c.relative[t]),
                                      percentCell(metric.cohortOutcomes[k].threshold),
                                      bool(c.passed[t]), rounded(c.units[t])});
        }
        if (m < r.settlements.size() && r.settlements[m]) {
            const SettlementResult &s = *r.settlements[m];
            const double threshold = metric.rule.settlement ? metric.rule.settlement->threshold : 0;
            settlements.rows.push_back(
                {metric.name, s.period, p.timeline.periodEnd(s.period).toIso(),
                 percentCell(s.pooledRelative), percentCell(threshold), s.passed,
                 rounded(s.pooledUnits), rounded(s.unitsCounted), rounded(s.unitsAdded)});
        }
    }
    return {tests, settlements};
}

// A cell of a section in the table and CSV formats: names escaped, yes/no, none (table) or empty
// (CSV) where there is no value.
std::string sectionCell(const Section &s, std::size_t c, const Json &v, bool table) {
    if (v.is_null())
        return table ? "none" : "";
    if (v.is_boolean())
        return v.get<bool>() ? "yes" : "no";
    if (c < s.names)
        return escapePrintable(v.get<std::string>());
    return plain(v);
}

// Characters, not bytes, so that "Høy" takes three columns.
std::size_t displayWidth(const std::string &s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n;
}

void printSectionTable(const Section &s) {
    if (s.rows.empty())
        return;
    std::cout << '\n' << s.title << '\n';
    std::vector<std::size_t> width(s.columns.size());
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
        width[c] = s.columns[c].size();
        for (const auto &row : s.rows)
            width[c] = std::max(width[c], displayWidth(sectionCell(s, c, row[c], true)));
    }
    auto line = [&](auto cell) {
        for (std::size_t c = 0; c < s.columns.size(); ++c) {
            const std::string text = cell(c);
            const std::string pad(width[c] - displayWidth(text), ' ');
            std::cout << (c ? "  " : "") << (c < s.names ? text + pad : pad + text);
        }
        std::cout << '\n';
    };
    line([&](std::size_t c) { return s.columns[c]; });
    for (const auto &row : s.rows)
        line([&](std::size_t c) { return sectionCell(s, c, row[c], true); });
}

std::string csvField(const std::string &s) {
    if (s.find_first_of(",\"\n") == std::string::npos)
        return s;
    std::string q = "\"";
    for (char c : s)
        q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

void printTable(const Statement &s) {
    std::vector<std::size_t> width(s.columns.size());
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
        width[c] = s.columns[c].size();
        for (const auto &row : s.rows)
            width[c] = std::max(width[c], plain(row[c]).size());
    }
    auto line = [&](auto cell) {
        for (std::size_t c = 0; c < s.columns.size(); ++c) {
            const std::string text = cell(c);
            std::cout << (c ? "  " : "") << std::string(width[c] - text.size(), ' ') << text;
        }
        std::cout << '\n';
    };
    line([&](std::size_t c) { return s.columns[c]; });
    for (const auto &row : s.rows)
        line([&](std::size_t c) { return plain(row[c]); });
    std::cout << '\n';
    std::size_t kw = 0;
    for (const auto &[k, v] : s.kpis)
        kw = std::max(kw, k.size());
    for (const auto &[k, v] : s.kpis)
        std::cout << k << std::string(kw - k.size() + 2, ' ')
                  << (v.is_null() ? std::string("none") : plain(v)) << '\n';
}

void printSectionCsv(const Section &s) {
    if (s.rows.empty())
        return;
    std::cout << '\n';
    for (std::size_t c = 0; c < s.columns.size(); ++c)
        std::cout << (c ? "," : "") << s.columns[c];
    std::cout << '\n';
    for (const auto &row : s.rows) {
        for (std::size_t c = 0; c < row.size(); ++c)
            std::cout << (c ? "," : "") << csvField(sectionCell(s, c, row[c], false));
        std::cout << '\n';
    }
}

void printCsv(const Statement &s) {
    for (std::size_t c = 0; c < s.columns.size(); ++c)
        std::cout << (c ? "," : "") << s.columns[c];
    std::cout << '\n';
    for (const auto &row : s.rows) {
        for (std::size_t c = 0; c < row.size(); ++c)
            std::cout << (c ? "," : "") << csvField(plain(row[c]));
        std::cout << '\n';
    }
    std::cout << "\nkpi,value\n";
    for (const auto &[k, v] : s.kpis)
        std::cout << k << ',' << csvField(plain(v)) << '\n';
}

// An object of keys known to be distinct, in their order. ordered_json's operator[] looks each key
// up among those already there, which made a statement of thousands of columns quadratic.
template <typename Pairs> Json objectOf(Pairs &&pairs) {
    Json o = Json::object();
    Json::object_t::Container &list = o.get_ref<Json::object_t &>();
    for (auto &&[k, v] : pairs)
        list.emplace_back(k, v);
    return o;
}

void printJson(const Statement &s, const Results &r, const std::vector<Section> &sections) {
    Json out = Json::object();
    Json periods = Json::array();
    std::vector<std::pair<const std::string &, const Json &>> cells;
    for (const auto &row : s.rows) {
        cells.clear();
        for (std::size_t c = 0; c < s.columns.size(); ++c)
            cells.emplace_back(s.columns[c], row[c]);
        periods.push_back(objectOf(cells));
    }
    out["periods"] = std::move(periods);
    out["kpis"] = objectOf(s.kpis);
    // Cohort tests and settlements: always present, empty when no metric is tested cohort by
    // cohort.
    for (const char *key : {"cohort_tests", "settlements"}) {
        Json list = Json::array();
        const std::size_t i = key[0] == 'c' ? 0 : 1;
        if (i < sections.size())
            for (const auto &row : sections[i].rows) {
                cells.clear();
                for (std::size_t c = 0; c < sections[i].columns.size(); ++c)
                    cells.emplace_back(sections[i].columns[c], row[c]);
                list.push_back(objectOf(cells));
            }
        out[key] = std::move(list);
    }
    Json diags = Json::array();
    Diagnostics reported = r.diagnostics;
    capDiagnostics(reported, limits::kMaxDiagnosticsReported);
    for (const Diagnostic &d : reported)
        diags.push_back(toPlainText(d));
    out["diagnostics"] = std::move(diags);
    std::cout << out.dump(2) << '\n';
}

int compute(const std::vector<std::string> &args) {
    std::string file, basis = "forecast", format = "table";
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if ((a == "--basis" || a == "--format") && i + 1 < args.size())
            (a == "--basis" ? basis : format) = args[++i];
        else if (a.rfind("--basis=", 0) == 0)
            basis = a.substr(8);
        else if (a.rfind("--format=", 0) == 0)
            format = a.substr(9);
        else if (!a.empty() && a[0] == '-')
            return usageError("compute: unknown option " + a);
        else if (file.empty())
            file = a;
        else
            return usageError("compute: one FILE only");
    }
    if (file.empty())
        return usageError("compute: FILE missing");
    Basis b = Basis::Forecast;
    if (basis == "plan")
        b = Basis::Plan;
    else if (basis == "actual")
        b = Basis::Actual;
    else if (basis != "forecast")
        return usageError("compute: --basis must be plan, actual or forecast");
    if (format != "table" && format != "csv" && format != "json")
        return usageError("compute: --format must be table, csv or json");
    const auto project = load(file);
    if (!project)
        return kInputError;
    const Results r = effekt::compute(*project, b);
    const Statement s = statementOf(*project, r);
    const std::vector<Section> sections = cohortSections(*project, r);
    if (format == "table") {
        printTable(s);
        for (const Section &x : sections)
            printSectionTable(x);
    } else if (format == "csv") {
        printCsv(s);
        for (const Section &x : sections)
            printSectionCsv(x);
    } else {
        printJson(s, r, sections);
    }
    printDiagnostics(file, r.diagnostics);
    return hasErrors(r.diagnostics) ? kInputError : kOk;
}

// ---- the risk commands (riskcommands.cpp)
// ----------------------------------------------------------------------

int risk(const std::string &cmd, const std::vector<std::string> &args) {
    std::string file, format = "table", steps = "150";
    const bool hasSteps = cmd == "risk-curve";
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if ((a == "--format" || (hasSteps && a == "--steps")) && i + 1 < args.size())
            (a == "--format" ? format : steps) = args[++i];
        else if (a.rfind("--format=", 0) == 0)
            format = a.substr(9);
        else if (hasSteps && a.rfind("--steps=", 0) == 0)
            steps = a.substr(8);
        else if (!a.empty() && a[0] == '-')
            return usageError(cmd + ": unknown option " + a);
        else if (file.empty())
            file = a;
        else
            return usageError(cmd + ": one FILE only");
    }
    if (file.empty())
        return usageError(cmd + ": FILE missing");
    cli::Format f = cli::Format::Table;
    if (format == "csv")
        f = cli::Format::Csv;
    else if (format == "json")
        f = cli::Format::Json;
    else if (format != "table")
        return usageError(cmd + ": --format must be table, csv or json");
    int n = 0;
    try {
        std::size_t used = 0;
        n = std::stoi(steps, &used);
        if (used != steps.size())
            n = 0;
    } catch (const std::exception &) {
        n = 0;
    }
    if (n < 1 || n > 10000)
        return usageError(cmd + ": --steps must be a whole number from 1 to 10000");
    const auto project = load(file, true);
    if (!project)
        return kInputError;
    if (cmd == "scenarios")
        return cli::scenarios(*project, file, f);
    if (cmd == "sensitivity")
        return cli::sensitivity(*project, file, f);
    return cli::riskCurve(*project, file, n, f);
}

// ---- the other commands
// ------------------------------------------------------------------------------

void printSummary(const Project &p, const Results &r) {
    // Per metric after every cap (the payer caps included), so that a row's metrics and fixed fees
    // add up to its total due; the `total` line sums each column. What the commissioner side pays
    // in the end is less by what it keeps of a surplus, and is labelled so on a line of its own.
    const auto byMetric = effekt::outcomeDueByMetric(r);
    std::cout << escapePrintable(p.name) << "\n";
    std::cout << "period";
    for (const Metric &m : p.metrics)
        std::cout << '\t' << escapePrintable(m.name);
    std::cout << "\tfixed fees due\ttotal due\n";
    std::vector<Money> totals(p.metrics.size() + 2, 0);
    auto cell = [&](std::size_t column, Money v) {
        totals[column] = money::add(totals[column], v);
        std::cout << '\t' << money::format(v);
    };
    for (int t = 0; t < r.periods; ++t) {
        std::cout << t;
        for (std::size_t m = 0; m < p.metrics.size(); ++m)
            cell(m, m < byMetric.size() ? at(byMetric[m], t) : 0);
        cell(p.metrics.size(), at(r.fixedFeesDue, t));
        cell(p.metrics.size() + 1, at(r.totalDue, t));
        std::cout << '\n';
    }
    std::cout << "total";
    for (Money v : totals)
        std::cout << '\t' << money::format(v);
    std::cout << '\n';
    std::cout << "total net of commissioner kept";
    for (std::size_t c = 0; c + 1 < totals.size(); ++c)
        std::cout << '\t';
    std::cout << '\t' << money::format(r.totalPayments) << '\n';
    // Price indexation: the amounts above include it; the terms say by how much from when.
    if (p.indexation.rate != 0) {
        const int base = indexationBaseYear(p.indexation, p.timeline);
        std::ostringstream pct;
        pct << p.indexation.rate * 100;
        std::cout << "price indexation\t" << pct.str() << " % a year from " << base + 1
                  << " (base year " << base << ")\n";
    }
}

int validate(const std::string &file) {
    LoadResult r = loadAny(file);
    printDiagnostics(file, r.diagnostics);
    if (!r.project)
        return kInputError;
    const Diagnostics design = effekt::validate(*r.project);
    printDiagnostics(file, design);
    // What Save and import-json check before writing: validate is not ok where they would fail.
    const Diagnostics saving = io::checkProject(*r.project);
    printDiagnostics(file, saving);
    if (hasErrors(r.diagnostics) || hasErrors(design) || hasErrors(saving))
        return kInputError;
    // What only computing finds (an amount too large to compute with): `validate` must not say ok
    // where `compute` fails. compute() repeats the design diagnostics first; the rest are its own.
    const Results computed = effekt::compute(*r.project);
    Diagnostics found;
    for (std::size_t i = design.size(); i < computed.diagnostics.size(); ++i)
        if (computed.diagnostics[i].severity == Severity::Error)
            found.push_back(computed.diagnostics[i]);
    printDiagnostics(file, found);
    if (!found.empty())
        return kInputError;
    std::cout << escapePrintable(file, 4096) << ": ok";
    if (r.readOnly)
        std::cout << " (written by a newer version: read-only)";
    std::cout << '\n';
    return kOk;
}

int exportJson(const std::string &in, const std::string &out) {
    const auto project = load(in);
    if (!project)
        return kInputError;
    const Diagnostics d = json::exportJson(*project, out);
    printDiagnostics(out, d);
    return hasErrors(d) ? kInputError : kOk;
}

// The workbook of the forecast, as File > Export > Excel Workbook writes it, in Bokmål by default.
int exportXlsx(const std::vector<std::string> &args) {
    std::string language = "nb";
    std::vector<std::string> files;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--language" && i + 1 < args.size())
            language = args[++i];
        else if (a.rfind("--language=", 0) == 0)
            language = a.substr(11);
        else if (!a.empty() && a[0] == '-' && a != "-")
            return usageError("export-xlsx: unknown option " + a);
        else
            files.push_back(a);
    }
    if (files.size() != 2)
        return usageError("export-xlsx: expects FILE and OUT.xlsx");
    const auto lang = xlsx::languageFromCode(language);
    if (!lang)
        return usageError("export-xlsx: --language must be nb or en");
    if (!xlsx::available()) {
        std::cerr << "effekt: export-xlsx: this build of effekt cannot write Excel workbooks (it "
                     "was built without libxlsxwriter)\n";
        return kInputError;
    }
    const auto project = load(files[0], true);
    if (!project)
        return kInputError;
    const Results r = effekt::compute(*project);
    printDiagnostics(files[0], r.diagnostics);
    if (hasErrors(r.diagnostics))
        return kInputError;
    const Diagnostics d = xlsx::writeWorkbook(*project, r, files[1], *lang);
    printDiagnostics(files[1], d);
    return hasErrors(d) ? kInputError : kOk;
}

int importJson(const std::string &in, const std::string &out) {
    const auto project = load(in);
    if (!project)
        return kInputError;
    const Diagnostics d = saveProject(*project, out);
    printDiagnostics(out, d);
    return hasErrors(d) ? kInputError : kOk;
}

// The contract as INDIGO open data: every section public unless --without names it.
int exportIndigo(const std::vector<std::string> &args) {
    std::vector<std::string> files;
    indigo::Options options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        std::string arg;
        if ((a == "--without" || a == "--date") && i + 1 < args.size())
            arg = args[++i];
        else if (a.rfind("--without=", 0) == 0 || a.rfind("--date=", 0) == 0)
            arg = a.substr(a.find('=') + 1);
        else if (!a.empty() && a[0] == '-' && a != "-")
            return usageError("export-indigo: unknown option " + a);
        else {
            files.push_back(a);
            continue;
        }
        if (a.rfind("--date", 0) == 0) {
            if (!Date::parseIso(arg))
                return usageError("export-indigo: --date must be YYYY-MM-DD");
            options.date = arg;
        } else if (bool *flag = indigo::section(options.sections, arg)) {
            *flag = false;
        } else {
            return usageError("export-indigo: no section '" + arg + "'");
        }
    }
    if (files.size() != 2)
        return usageError("export-indigo: expects FILE and OUT");
    const auto project = load(files[0]);
    if (!project)
        return kInputError;
    // A contract that cannot be computed is not published: its errors, and nothing written.
    const Results plan = effekt::compute(*project, Basis::Plan);
    if (hasErrors(plan.diagnostics)) {
        printDiagnostics(files[0], plan.diagnostics);
        return kInputError;
    }
    const Diagnostics d = indigo::writeExport(*project, files[1], options);
    printDiagnostics(files[1], d);
    return hasErrors(d) ? kInputError : kOk;
}

} // namespace

int main(int argc, char **argv) {
    effekt::platform::binaryStandardOutput();
    const std::vector<std::string> args = effekt::platform::arguments(argc, argv);
    if (args.empty())
        return usage(false);
    const std::string cmd = args[0];
    if (cmd == "--help" || cmd == "-h" || cmd == "help")
        return usage(true);
    if (cmd == "--version") {
        std::printf("effekt %s (file schema %d, JSON format %d)\n", EFFEKT_VERSION,
                    storage::kSchemaVersion, json::kFormatVersion);
        return kOk;
    }
    std::vector<std::string> rest(args.begin() + 1, args.end());
    for (const std::string &a : rest)
        if (a == "--help" || a == "-h")
            return usage(true);
    try {
        if (cmd == "compute")
            return compute(rest);
        if (cmd == "scenarios" || cmd == "sensitivity" || cmd == "risk-curve")
            return risk(cmd, rest);
        if (cmd == "export-indigo")
            return exportIndigo(rest);
        if (cmd == "simulate")
            return effekt::cli::simulate(rest, [](const std::string &f) { return load(f, true); });
        auto positional = [&](std::size_t n) {
            for (const std::string &a : rest)
                if (!a.empty() && a[0] == '-' && a != "-")
                    return false;
            return rest.size() == n;
        };
        if (cmd == "validate" || cmd == "summary") {
            if (!positional(1))
                return usageError(cmd + ": expects one FILE");
            if (cmd == "validate")
                return validate(rest[0]);
            const auto project = load(rest[0], true);
            if (!project)
                return kInputError;
            const Results r = effekt::compute(*project);
            printSummary(*project, r);
            printDiagnostics(rest[0], r.diagnostics);
            return hasErrors(r.diagnostics) ? kInputError : kOk;
        }
        if (cmd == "export-xlsx")
            return exportXlsx(rest);
        if (cmd == "export-json" || cmd == "import-json") {
            if (!positional(2))
                return usageError(cmd + ": expects IN and OUT");
            return cmd == "export-json" ? exportJson(rest[0], rest[1])
                                        : importJson(rest[0], rest[1]);
        }
    } catch (const std::exception &e) {
        std::cerr << "effekt: " << escapePrintable(e.what()) << '\n';
        return kInputError;
    }
    return usageError("unknown command '" + cmd + "'");
}
