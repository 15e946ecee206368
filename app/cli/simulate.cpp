#include "simulate.h"

#include "printable.h"
#include "safewrite.h"

#include "montecarlo.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <limits>
#include <sstream>

namespace effekt::cli {

namespace {

using Json = nlohmann::ordered_json;

constexpr int kOk = 0, kInputError = 1, kUsage = 2;

int usageError(const std::string &message) {
    std::cerr << "effekt: simulate: " << message << "\nTry 'effekt --help'.\n";
    return kUsage;
}

// A whole number option; false when `text` is not one in [lo, hi].
bool parseInt(const std::string &text, long long lo, long long hi, long long &out) {
    try {
        std::size_t used = 0;
        const long long v = std::stoll(text, &used);
        if (used != text.size() || v < lo || v > hi)
            return false;
        out = v;
        return true;
    } catch (const std::exception &) {
        return false;
    }
}

// Amounts in minor units as kroner with two decimals; other figures as they are.
std::string kroner(double minor) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", minor / 100.0);
    return buf;
}
std::string number(double v, int digits = 6) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}
// Round-trip exact (17 significant digits): what --trials-out writes for drawn factors.
std::string exact(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

struct Figure {
    const char *name;
    const Summary *summary;
    bool money;
};

std::vector<Figure> figures(const SimulationResult &r) {
    return {{"payments", &r.payments, true},
            {"npv_payments", &r.npvPayments, true},
            {"net_value", &r.netValue, true},
            {"traditional_net_value", &r.traditionalNetValue, true},
            {"investor_profit", &r.investorProfit, true},
            {"investor_multiple", &r.investorMultiple, false},
            {"investor_irr_annual", &r.investorIrr, false}};
}

std::vector<std::pair<const char *, double>> probabilities(const SimulationResult &r) {
    return {{"p_investor_loss", r.pInvestorLoss},
            {"p_total_cap_reached", r.pTotalCapReached},
            {"p_termination", r.pTermination},
            {"p_pays_more_than_traditional", r.pPaysMoreThanTraditional}};
}

std::string cell(const Figure &f, double v) {
    return f.money ? kroner(v) : number(v);
}

void printTable(const Project &p, const SimulationOptions &o, const SimulationResult &r) {
    std::cout << escapePrintable(p.name) << "\n";
    std::cout << "trials " << r.trials << ", seed " << o.seed << ", correlation "
              << number(p.simulation.correlation, 2);
    if (r.failedTrials > 0)
        std::cout << ", failed " << r.failedTrials;
    std::cout << "\n\nfigure\tcount\tmean\tstandard error\tP5\tP50\tP95\n";
    for (const Figure &f : figures(r)) {
        const Summary &s = *f.summary;
        std::cout << f.name << '\t' << s.count << '\t' << cell(f, s.mean) << '\t'
                  << cell(f, s.standardError) << '\t' << cell(f, s.p5) << '\t' << cell(f, s.p50)
                  << '\t' << cell(f, s.p95) << '\n';
    }
    std::cout << "trials without investor multiple\t" << r.trialsWithoutMultiple << '\n';
    std::cout << "trials without investor IRR\t" << r.trialsWithoutIrr << "\n\n";
    for (const auto &[name, v] : probabilities(r))
        std::cout << name << '\t' << number(v, 4) << '\n';
    std::cout << "\ncumulative payments by due period\nperiod\tP5\tP25\tP50\tP75\tP95\n";
    for (std::size_t t = 0; t < r.fan.size(); ++t) {
        const FanPoint &f = r.fan[t];
        std::cout << t << '\t' << kroner(f.p5) << '\t' << kroner(f.p25) << '\t' << kroner(f.p50)
                  << '\t' << kroner(f.p75) << '\t' << kroner(f.p95) << '\n';
    }
}

void printCsv(const SimulationResult &r) {
    std::cout << "figure,count,mean,standard_error,p5,p50,p95\n";
    for (const Figure &f : figures(r)) {
        const Summary &s = *f.summary;
        std::cout << f.name << ',' << s.count << ',' << cell(f, s.mean) << ','
                  << cell(f, s.standardError) << ',' << cell(f, s.p5) << ',' << cell(f, s.p50)
                  << ',' << cell(f, s.p95) << '\n';
    }
    // A probability is the mean of an indicator over the trials.
    const int computed = r.trials - r.failedTrials;
    for (const auto &[name, v] : probabilities(r))
        std::cout << name << ',' << computed << ',' << number(v) << ",,,,\n";
}

Json summaryJson(const Figure &f) {
    const Summary &s = *f.summary;
    auto v = [&](double x) { return f.money ? Json(kroner(x)) : Json(x); };
    return Json{{"count", s.count}, {"mean", v(s.mean)}, {"standard_error", v(s.standardError)},
                {"p5", v(s.p5)},    {"p50", v(s.p50)},   {"p95", v(s.p95)}};
}

void printJson(const SimulationOptions &o, const SimulationResult &r) {
    Json j;
    j["trials"] = r.trials;
    j["seed"] = o.seed;
    j["failed_trials"] = r.failedTrials;
    Json fs = Json::object();
    for (const Figure &f : figures(r))
        fs[f.name] = summaryJson(f);
    j["figures"] = fs;
    j["trials_without_investor_multiple"] = r.trialsWithoutMultiple;
    j["trials_without_investor_irr"] = r.trialsWithoutIrr;
    Json ps = Json::object();
    for (const auto &[name, v] : probabilities(r))
        ps[name] = v;
    j["probabilities"] = ps;
    Json fan = Json::array();
    for (std::size_t t = 0; t < r.fan.size(); ++t) {
        const FanPoint &f = r.fan[t];
        fan.push_back(Json{{"period", t},
                           {"p5", kroner(f.p5)},
                           {"p25", kroner(f.p25)},
                           {"p50", kroner(f.p50)},
                           {"p75", kroner(f.p75)},
                           {"p95", kroner(f.p95)}});
    }
    j["cumulative_payments"] = fan;
    std::cout << j.dump(2) << '\n';
}

std::string optionalNumber(const std::optional<double> &v) {
    return v ? exact(*v) : std::string();
}

// The trials as CSV, written safely (safewrite.h) in pieces: a million trials need not be held
// as one text.
Diagnostics writeTrials(const std::string &path, const Project &p, const SimulationResult &r) {
    safewrite::AtomicFile file(path);
    if (!file.open())
        return file.diagnostics();
    std::ostringstream out;
    auto pass = [&](bool last) {
        if (!last && out.tellp() < (1 << 20))
            return true;
        const std::string text = out.str();
        out.str({});
        return file.write(text);
    };
    out << "trial";
    for (const Metric &m : p.metrics)
        out << ",factor_" << m.id << ",delay_" << m.id;
    out << ",terminated_after,payments,npv_payments,npv_savings,net_value,traditional_cost,"
           "npv_traditional,traditional_net_value,investor_drawn,investor_returned,"
           "investor_profit,investor_multiple,investor_irr_annual,total_cap_reached\n";
    for (const TrialRecord &t : r.trialRecords) {
        out << t.trial;
        for (std::size_t m = 0; m < p.metrics.size(); ++m)
            out << ',' << exact(t.factors[m]) << ',' << t.delays[m];
        const RiskKpis &k = t.kpis;
        out << ',' << (k.terminatedAfter ? std::to_string(*k.terminatedAfter) : std::string())
            << ',' << money::format(k.payments) << ',' << money::format(k.npvPayments) << ','
            << money::format(k.npvSavings) << ',' << money::format(k.netValue) << ','
            << money::format(k.traditionalCost) << ',' << money::format(k.npvTraditional) << ','
            << money::format(k.traditionalNetValue) << ',' << money::format(k.investorDrawn) << ','
            << money::format(k.investorReturned) << ',' << money::format(k.investorProfit) << ','
            << optionalNumber(k.investorMultiple) << ',' << optionalNumber(k.investorIrrAnnual)
            << ',' << (k.totalCapReached ? 1 : 0) << '\n';
        if (!pass(false))
            return file.diagnostics();
    }
    if (pass(true))
        file.commit();
    return file.diagnostics();
}

} // namespace

int simulate(const std::vector<std::string> &args,
             const std::function<std::optional<Project>(const std::string &)> &load) {
    std::string file, format = "table", trialsOut;
    std::optional<long long> trials, seed, threads;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        auto value = [&](std::string &out) {
            if (i + 1 >= args.size())
                return false;
            out = args[++i];
            return true;
        };
        auto whole = [&](std::optional<long long> &out, long long lo, long long hi) {
            std::string text;
            long long v = 0;
            if (!value(text) || !parseInt(text, lo, hi, v))
                return false;
            out = v;
            return true;
        };
        if (a == "--trials") {
            if (!whole(trials, 1, 100'000'000))
                return usageError("--trials expects a whole number from 1");
        } else if (a == "--seed") {
            if (!whole(seed, 0, std::numeric_limits<std::int64_t>::max()))
                return usageError("--seed expects a whole number from 0");
        } else if (a == "--threads") {
            if (!whole(threads, 0, 1024))
                return usageError("--threads expects a whole number from 0 (0: every core)");
        } else if (a == "--format") {
            if (!value(format) || (format != "table" && format != "csv" && format != "json"))
                return usageError("--format expects table, csv or json");
        } else if (a == "--trials-out") {
            if (!value(trialsOut) || trialsOut.empty())
                return usageError("--trials-out expects a file name");
        } else if (!a.empty() && a[0] == '-' && a != "-") {
            return usageError("unknown option '" + a + "'");
        } else if (file.empty()) {
            file = a;
        } else {
            return usageError("expects one FILE");
        }
    }
    if (file.empty())
        return usageError("expects one FILE");

    const std::optional<Project> project = load(file);
    if (!project)
        return kInputError;
    const Diagnostics design = validate(*project);
    for (const Diagnostic &d : design)
        std::cerr << file << ": " << toPlainText(d) << '\n';
    if (hasErrors(design))
        return kInputError;

    SimulationOptions o = simulationOptions(*project);
    if (trials)
        o.trials = static_cast<int>(*trials);
    if (seed)
        o.seed = *seed;
    o.threads = threads ? static_cast<int>(*threads) : 0;
    o.keepTrials = !trialsOut.empty();
    if (o.trials < 1)
        o.trials = 1;
    const SimulationResult r = effekt::simulate(*project, o);

    if (format == "table")
        printTable(*project, o, r);
    else if (format == "csv")
        printCsv(r);
    else
        printJson(o, r);
    if (r.failedTrials > 0)
        std::cerr << file << ": " << r.failedTrials
                  << " trials could not be computed (an amount too large) and are left out\n";
    if (!trialsOut.empty()) {
        const Diagnostics written = writeTrials(trialsOut, *project, r);
        for (const Diagnostic &d : written)
            std::cerr << escapePrintable(trialsOut, 4096) << ": " << toPlainText(d) << '\n';
        if (hasErrors(written))
            return kInputError;
    }
    return kOk;
}

} // namespace effekt::cli
