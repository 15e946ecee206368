#include "riskcommands.h"

#include "nationalid.h"
#include "printable.h"
#include "risksharing.h"
#include "scenario.h"
#include "tornado.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <optional>
#include <utility>
#include <vector>

namespace effekt::cli {

namespace {

using Json = nlohmann::ordered_json;

Json moneyCell(Money m) {
    return money::format(m);
}
Json optNumber(const std::optional<double> &v) {
    return v ? Json(*v) : Json(nullptr);
}

// A cell as printed: text (a name from the file) escaped so that it cannot act on the terminal.
std::string plain(const Json &v) {
    if (v.is_string())
        return escapePrintable(v.get<std::string>());
    if (v.is_null())
        return "";
    return v.dump();
}

std::string csvField(const std::string &s) {
    if (s.find_first_of(",\"\n") == std::string::npos)
        return s;
    std::string q = "\"";
    for (char c : s)
        q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

// Characters, not bytes, so that "Høy" takes three columns.
std::size_t displayWidth(const std::string &s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n;
}

// A table with a header row; in JSON an array of objects keyed by the header.
struct Table {
    std::vector<std::string> columns;
    std::vector<std::vector<Json>> rows;
};

void printTable(const Table &t) {
    std::vector<std::size_t> width(t.columns.size());
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        width[c] = displayWidth(escapePrintable(t.columns[c]));
        for (const auto &row : t.rows)
            width[c] = std::max(width[c], row[c].is_null() ? 4 : displayWidth(plain(row[c])));
    }
    auto line = [&](auto cell) {
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            const std::string text = cell(c);
            // The first column (names) to the left, figures to the right.
            const std::string pad(width[c] - displayWidth(text), ' ');
            std::cout << (c ? "  " : "") << (c ? pad + text : text + pad);
        }
        std::cout << '\n';
    };
    line([&](std::size_t c) { return escapePrintable(t.columns[c]); });
    for (const auto &row : t.rows)
        line([&](std::size_t c) { return row[c].is_null() ? std::string("none") : plain(row[c]); });
}

void printCsv(const Table &t) {
    for (std::size_t c = 0; c < t.columns.size(); ++c)
        std::cout << (c ? "," : "") << csvField(escapePrintable(t.columns[c]));
    std::cout << '\n';
    for (const auto &row : t.rows) {
        for (std::size_t c = 0; c < row.size(); ++c)
            std::cout << (c ? "," : "") << csvField(plain(row[c]));
        std::cout << '\n';
    }
}

Json jsonRows(const Table &t) {
    Json out = Json::array();
    for (const auto &row : t.rows) {
        Json o = Json::object();
        for (std::size_t c = 0; c < t.columns.size(); ++c)
            o[t.columns[c]] = row[c];
        out.push_back(std::move(o));
    }
    return out;
}

// As effekt's other commands print them (main.cpp): personal data masked, text from the file
// escaped, one diagnostic a line.
void printDiagnostics(const std::string &file, Diagnostics ds) {
    maskNationalIds(ds);
    const std::string name = escapePrintable(file, 4096);
    for (const Diagnostic &d : ds)
        std::cerr << name << ": " << toPlainText(d) << '\n';
}

// The project as it is, computed: its diagnostics printed; false when it has errors (nothing is
// worth varying then).
bool computes(const Project &project, const std::string &file) {
    const Results r = compute(project, Basis::Forecast, ComputeOptions{.kpis = false});
    printDiagnostics(file, r.diagnostics);
    return !hasErrors(r.diagnostics);
}

// The RiskKpis as (key, value) pairs, in one order for every command.
std::vector<std::pair<std::string, Json>> kpiPairs(const RiskKpis &k) {
    return {
        {"payments", moneyCell(k.payments)},
        {"npv_payments", moneyCell(k.npvPayments)},
        {"npv_savings", moneyCell(k.npvSavings)},
        {"net_value", moneyCell(k.netValue)},
        {"traditional_cost", moneyCell(k.traditionalCost)},
        {"npv_traditional", moneyCell(k.npvTraditional)},
        {"traditional_net_value", moneyCell(k.traditionalNetValue)},
        {"investor_drawn", moneyCell(k.investorDrawn)},
        {"investor_returned", moneyCell(k.investorReturned)},
        {"investor_profit", moneyCell(k.investorProfit)},
        {"investor_multiple", optNumber(k.investorMultiple)},
        {"investor_irr_annual", optNumber(k.investorIrrAnnual)},
        {"total_cap_reached", Json(k.totalCapReached)},
        {"terminated_after", k.terminatedAfter ? Json(*k.terminatedAfter) : Json(nullptr)},
    };
}

Json kpiObject(const RiskKpis &k) {
    Json o = Json::object();
    for (auto &[key, v] : kpiPairs(k))
        o[key] = std::move(v);
    return o;
}

const char *inputName(TornadoInput input) {
    switch (input) {
    case TornadoInput::MetricFactor: return "metric_factor";
    case TornadoInput::Prices: return "prices";
    case TornadoInput::DeliveryCost: return "delivery_cost";
    case TornadoInput::Lag: return "lag";
    case TornadoInput::Savings: return "savings";
    case TornadoInput::Intake: return "intake";
    case TornadoInput::DiscountRate: return "discount_rate";
    }
    return "";
}

} // namespace

int scenarios(const Project &project, const std::string &file, Format format) {
    if (!computes(project, file))
        return 1;
    const std::vector<Scenario> list =
        project.scenarios.empty() ? defaultScenarios("Lav", "Basis", "Høy") : project.scenarios;
    const std::vector<ScenarioResult> rs = computeScenarios(project, list);
    bool failed = false;
    for (const ScenarioResult &r : rs)
        if (r.failed) {
            failed = true;
            printDiagnostics(file + " (" + r.name + ")", r.diagnostics);
        }
    if (format == Format::Json) {
        Json out = Json::array();
        for (const ScenarioResult &r : rs) {
            Json o = Json::object();
            o["id"] = r.scenarioId;
            o["name"] = r.name;
            o["failed"] = r.failed;
            o["kpis"] = r.failed ? Json(nullptr) : kpiObject(r.kpis);
            out.push_back(std::move(o));
        }
        std::cout << Json{{"scenarios", std::move(out)}}.dump(2) << '\n';
        return failed ? 1 : 0;
    }
    // One row per KPI, one column per scenario: side by side.
    Table t;
    t.columns = {"kpi"};
    for (const ScenarioResult &r : rs)
        t.columns.push_back(r.name);
    const auto keys = kpiPairs(RiskKpis{});
    for (std::size_t i = 0; i < keys.size(); ++i) {
        std::vector<Json> row = {keys[i].first};
        for (const ScenarioResult &r : rs)
            row.push_back(r.failed ? Json(nullptr) : kpiPairs(r.kpis)[i].second);
        t.rows.push_back(std::move(row));
    }
    (format == Format::Csv ? printCsv : printTable)(t);
    return failed ? 1 : 0;
}

int sensitivity(const Project &project, const std::string &file, Format format) {
    if (!computes(project, file))
        return 1;
    const Tornado tor = tornado(project);
    auto table = [&](const std::vector<TornadoBar> &bars) {
        Table t;
        t.columns = {"input",          "metric",          "low",     "high",     "net_value_low",
                     "net_value_high", "net_value_swing", "irr_low", "irr_high", "irr_swing"};
        for (const TornadoBar &b : bars) {
            const Metric *m = b.metricId >= 0 ? project.metric(b.metricId) : nullptr;
            std::vector<Json> row = {inputName(b.input), m ? Json(m->name) : Json(nullptr),
                                     b.lowValue, b.highValue};
            if (b.failed) {
                row.resize(t.columns.size(), Json(nullptr));
            } else {
                row.push_back(moneyCell(b.netValueLow));
                row.push_back(moneyCell(b.netValueHigh));
                row.push_back(moneyCell(b.netValueSwing()));
                row.push_back(optNumber(b.irrLow));
                row.push_back(optNumber(b.irrHigh));
                row.push_back(optNumber(b.irrSwing()));
            }
            t.rows.push_back(std::move(row));
        }
        return t;
    };
    if (format == Format::Json) {
        Json out = Json::object();
        out["basis"] = kpiObject(tor.basis);
        out["by_net_value"] = jsonRows(table(tor.byNetValue));
        out["by_irr"] = jsonRows(table(tor.byIrr));
        std::cout << out.dump(2) << '\n';
        return 0;
    }
    const Table t = table(tor.byNetValue);
    if (format == Format::Csv) {
        printCsv(t);
    } else {
        std::cout << "basis: net_value " << money::format(tor.basis.netValue)
                  << ", investor_irr_annual "
                  << (tor.basis.investorIrrAnnual ? Json(*tor.basis.investorIrrAnnual).dump()
                                                  : std::string("none"))
                  << "\n\n";
        printTable(t);
    }
    return 0;
}

int riskCurve(const Project &project, const std::string &file, int steps, Format format) {
    if (!computes(project, file))
        return 1;
    RiskCurveSettings settings;
    settings.steps = steps;
    const RiskCurve c = riskSharingCurve(project, settings);
    Table t;
    t.columns = {"factor",          "payments",        "npv_payments", "traditional_cost",
                 "npv_traditional", "investor_profit", "net_value",    "traditional_net_value"};
    for (const RiskCurvePoint &p : c.points) {
        std::vector<Json> row = {p.factor};
        if (p.failed)
            row.resize(t.columns.size(), Json(nullptr));
        else
            for (Money m : {p.payments, p.npvPayments, p.traditionalCost, p.npvTraditional,
                            p.investorProfit, p.netValue, p.traditionalNetValue})
                row.push_back(moneyCell(m));
        t.rows.push_back(std::move(row));
    }
    std::vector<std::pair<std::string, Json>> marks = {
        {"break_even_factor", optNumber(c.breakEvenFactor)},
        {"break_even_tolerance", c.breakEvenFactor ? Json(c.breakEvenTolerance) : Json(nullptr)},
        {"plan_payments", moneyCell(c.plan.payments)},
        {"plan_investor_profit", moneyCell(c.plan.investorProfit)},
        {"plan_net_value", moneyCell(c.plan.netValue)},
    };
    if (format == Format::Json) {
        Json out = Json::object();
        out["points"] = jsonRows(t);
        for (auto &[k, v] : marks)
            out[k] = std::move(v);
        std::cout << out.dump(2) << '\n';
        return 0;
    }
    if (format == Format::Csv) {
        printCsv(t);
        std::cout << "\nkpi,value\n";
        for (const auto &[k, v] : marks)
            std::cout << k << ',' << csvField(plain(v)) << '\n';
        return 0;
    }
    printTable(t);
    std::cout << '\n';
    for (const auto &[k, v] : marks)
        std::cout << k << "  " << (v.is_null() ? std::string("none") : plain(v)) << '\n';
    return 0;
}

} // namespace effekt::cli
