#include "json.h"

#include "platform.h"
#include "safewrite.h"
#include "sizelimits.h"
#include "storage_archive.h"
#include "storage_fields.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <unordered_set>

namespace effekt::json {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;
using io::RefTarget;

Diagnostic fileError(DiagCode code, std::string detail) {
    return Diagnostic{code, Severity::Error, "file", -1, "", -1, {std::move(detail)}};
}

// ---- Writing
// ---------------------------------------------------------------------------------------

class JsonOut {
public:
    explicit JsonOut(Json &obj)
        : o_(obj) {}
    std::string prefix; // unused

    template <typename V, typename... R> void integer(const char *n, const V &v, R &&...) {
        o_[n] = static_cast<std::int64_t>(v);
    }
    template <typename... R> void optInteger(const char *n, const std::optional<int> &v, R &&...) {
        o_[n] = v ? Json(*v) : Json(nullptr);
    }
    template <typename... R> void real(const char *n, const double &v, R &&...) { o_[n] = v; }
    template <typename... R> void optReal(const char *n, const std::optional<double> &v, R &&...) {
        o_[n] = v ? Json(*v) : Json(nullptr);
    }
    template <typename... R> void money(const char *n, const Money &v, R &&...) {
        o_[n] = money::format(v);
    }
    template <typename... R> void optMoney(const char *n, const std::optional<Money> &v, R &&...) {
        o_[n] = v ? Json(money::format(*v)) : Json(nullptr);
    }
    void boolean(const char *n, const bool &v) { o_[n] = v; }
    template <typename... R> void text(const char *n, const std::string &v, R &&...) { o_[n] = v; }
    void participant(const char *n, const std::string &v) { o_[n] = v; }
    void date(const char *n, const Date &d) { o_[n] = d.toIso(); }
    template <typename E> void enumeration(const char *n, const E &e) {
        o_[n] = std::string(io::enumName(e));
    }
    void ref(const char *n, const int &v, RefTarget) { o_[n] = v; }
    void optRef(const char *n, const std::optional<int> &v, RefTarget) {
        o_[n] = v ? Json(*v) : Json(nullptr);
    }

private:
    Json &o_;
};

template <typename T, typename D> Json object(const T &x, D describe) {
    Json o = Json::object();
    JsonOut w(o);
    describe(w, x);
    return o;
}

template <typename T, typename D> Json array(const std::vector<T> &xs, D describe) {
    Json a = Json::array();
    for (const T &x : xs)
        a.push_back(object(x, describe));
    return a;
}

#define EFFEKT_DESCRIBE(fn) [](auto &a, auto &x) { io::fn(a, x); }

// A series with values not reported: null for each.
Json optionals(const std::vector<std::optional<double>> &xs) {
    Json a = Json::array();
    for (const auto &x : xs)
        a.push_back(x ? Json(*x) : Json(nullptr));
    return a;
}

Json build(const Project &p) {
    Json j = Json::object();
    j["format"] = kFormatName;
    j["version"] = kFormatVersion;
    {
        JsonOut w(j);
        io::describeProjectHead(w, p);
    }
    j["timeline"] = object(p.timeline, EFFEKT_DESCRIBE(describeTimeline));
    Json tg = object(p.targetGroup, EFFEKT_DESCRIBE(describeTargetGroup));
    Json cohorts = Json::array();
    for (const Cohort &c : p.targetGroup.cohorts) {
        Json o = object(c, EFFEKT_DESCRIBE(describeCohort));
        o["intake"] = c.intake;
        cohorts.push_back(std::move(o));
    }
    tg["cohorts"] = std::move(cohorts);
    j["targetGroup"] = std::move(tg);
    j["parties"] = array(p.parties, EFFEKT_DESCRIBE(describeParty));
    Json metrics = Json::array();
    for (const Metric &m : p.metrics) {
        Json o = object(m, EFFEKT_DESCRIBE(describeMetric));
        o["plan"] = m.plan;
        o["actual"] = optionals(m.actual);
        o["counterfactual"] = m.counterfactual;
        Json rule = object(m.rule, EFFEKT_DESCRIBE(describeRule));
        rule["bands"] = array(m.rule.bands, EFFEKT_DESCRIBE(describeBand));
        rule["tiers"] = array(m.rule.tiers, EFFEKT_DESCRIBE(describeTier));
        rule["payers"] = array(m.rule.payers, EFFEKT_DESCRIBE(describePayer));
        rule["settlement"] = m.rule.settlement
                                 ? object(*m.rule.settlement, EFFEKT_DESCRIBE(describeSettlement))
                                 : Json(nullptr);
        o["rule"] = std::move(rule);
        o["savings"] = array(m.savings, EFFEKT_DESCRIBE(describeSavings));
        Json cohortOutcomes = Json::array();
        for (const CohortOutcome &c : m.cohortOutcomes) {
            Json co = object(c, EFFEKT_DESCRIBE(describeCohortOutcome));
            co["plan"] = c.plan;
            co["actual"] = optionals(c.actual);
            co["counterfactual"] = c.counterfactual;
            cohortOutcomes.push_back(std::move(co));
        }
        o["cohortOutcomes"] = std::move(cohortOutcomes);
        metrics.push_back(std::move(o));
    }
    j["metrics"] = std::move(metrics);
    j["caps"] = object(p.caps, EFFEKT_DESCRIBE(describeCaps));
    Json fees = Json::array();
    for (const FixedFee &f : p.fixedFees) {
        Json o = object(f, EFFEKT_DESCRIBE(describeFixedFee));
        o["payers"] = array(f.payers, EFFEKT_DESCRIBE(describePayer));
        fees.push_back(std::move(o));
    }
    j["fixedFees"] = std::move(fees);
    Json cost = Json::array();
    for (Money m : p.deliveryCost)
        cost.push_back(money::format(m));
    j["deliveryCost"] = std::move(cost);
    j["investors"] = array(p.investors, EFFEKT_DESCRIBE(describeInvestor));
    j["financing"] = object(p.financing, EFFEKT_DESCRIBE(describeFinancing));
    j["valuation"] = object(p.valuation, EFFEKT_DESCRIBE(describeValuation));
    j["indexation"] = object(p.indexation, EFFEKT_DESCRIBE(describeIndexation));
    j["assumptions"] = array(p.assumptions, EFFEKT_DESCRIBE(describeAssumption));
    Json scenarios = Json::array();
    for (const Scenario &sc : p.scenarios) {
        Json o = object(sc, EFFEKT_DESCRIBE(describeScenario));
        o["metrics"] = array(sc.metrics, EFFEKT_DESCRIBE(describeMetricOverride));
        scenarios.push_back(std::move(o));
    }
    j["scenarios"] = std::move(scenarios);
    Json simulation = object(p.simulation, EFFEKT_DESCRIBE(describeSimulation));
    Json distributions = Json::array();
    for (const FactorDistribution &d : p.simulation.distributions) {
        Json o = object(d, EFFEKT_DESCRIBE(describeDistribution));
        o["delayProbabilities"] = d.delayProbabilities;
        distributions.push_back(std::move(o));
    }
    simulation["distributions"] = std::move(distributions);
    j["simulation"] = std::move(simulation);
    Json termination = object(p.termination, EFFEKT_DESCRIBE(describeTermination));
    termination["reviews"] = array(p.termination.reviews, EFFEKT_DESCRIBE(describeReview));
    j["termination"] = std::move(termination);
    j["ledger"] = array(p.ledger.get(), EFFEKT_DESCRIBE(describeLedgerRow));
    return j;
}

// ---- Reading
// ---------------------------------------------------------------------------------------

const char *typeOf(const Json &v) {
    return v.type_name();
}

// Reads the fields of one JSON object; absent keys keep the entity's default, unknown keys are
// errors (finish()). Diagnostics: entity "json", field = the JSON path ("/metrics/0/rule/price").
class JsonIn : public io::ArchiveBase {
public:
    JsonIn(Diagnostics &d, const io::IdSets *ids, const Json &obj, std::string path)
        : ArchiveBase(d, ids)
        , o_(obj) {
        entity = "json";
        prefix = std::move(path); // ends with '/'
        if (!o_.is_object())
            fail(DiagCode::JsonSchema, "",
                 {std::string("expected an object, found ") + typeOf(o_)});
    }

    // The member `name`, or nullptr when absent.
    const Json *get(const char *name) {
        seen_.push_back(name);
        if (!o_.is_object())
            return nullptr;
        const auto it = o_.find(name);
        return it == o_.end() ? nullptr : &*it;
    }
    // A member that must be an array (absent: nullptr).
    const Json *array(const char *name) {
        const Json *v = get(name);
        if (v && !v->is_array()) {
            fail(DiagCode::JsonSchema, name,
                 {std::string("expected an array, found ") + typeOf(*v)});
            return nullptr;
        }
        return v;
    }
    void finish() {
        if (!o_.is_object())
            return;
        for (const auto &item : o_.items()) {
            bool known = false;
            for (const char *s : seen_)
                known = known || item.key() == s;
            if (!known)
                fail(DiagCode::JsonSchema, item.key(), {std::string("unknown key")});
        }
    }
    std::string path() const { return prefix; }

    // -- element converters, also used for array entries (field = "plan/3")
    bool toInt(std::string_view f, const Json &v, std::int64_t lo, std::int64_t hi,
               std::int64_t &x) {
        if (v.is_number_unsigned()) {
            const auto u = v.get<std::uint64_t>();
            if (u > static_cast<std::uint64_t>(INT64_MAX)) {
                fail(DiagCode::ValueOutOfRange, f, {static_cast<double>(u)});
                return false;
            }
            x = static_cast<std::int64_t>(u);
        } else if (v.is_number_integer()) {
            x = v.get<std::int64_t>();
        } else {
            fail(DiagCode::ValueWrongType, f, {std::string(typeOf(v))});
            return false;
        }
        return checkInteger(f, x, lo, hi);
    }
    bool toReal(std::string_view f, const Json &v, double lo, double hi, double &x) {
        if (!v.is_number()) {
            fail(DiagCode::ValueWrongType, f, {std::string(typeOf(v))});
            return false;
        }
        // + 0.0 turns -0.0 into 0.0: the project file cannot keep the sign of a zero, so neither
        // does the project (JSON → .effekt → JSON gives the same text).
        x = v.get<double>() + 0.0;
        return checkReal(f, x, lo, hi);
    }
    bool toMoney(std::string_view f, const Json &v, Money lo, Money hi, Money &x) {
        if (!v.is_string()) {
            fail(DiagCode::ValueWrongType, f, {std::string(typeOf(v))});
            return false;
        }
        const auto &s = v.get_ref<const std::string &>();
        const auto m = money::parse(s);
        if (!m) {
            fail(DiagCode::ValueWrongType, f, {s.substr(0, 64)});
            return false;
        }
        x = *m;
        return checkMoney(f, x, lo, hi);
    }
    bool toText(std::string_view f, const Json &v, std::string_view &s) {
        if (!v.is_string()) {
            fail(DiagCode::ValueWrongType, f, {std::string(typeOf(v))});
            return false;
        }
        s = v.get_ref<const std::string &>();
        return true;
    }

    // -- the archive
    template <typename V> void integer(const char *n, V &v, std::int64_t lo, std::int64_t hi) {
        std::int64_t x = 0;
        if (const Json *j = get(n); j && toInt(n, *j, lo, hi, x))
            v = static_cast<V>(x);
    }
    void optInteger(const char *n, std::optional<int> &v, std::int64_t lo, std::int64_t hi) {
        const Json *j = get(n);
        if (!j)
            return;
        std::int64_t x = 0;
        if (j->is_null())
            v.reset();
        else if (toInt(n, *j, lo, hi, x))
            v = static_cast<int>(x);
    }
    void real(const char *n, double &v, double lo, double hi) {
        double x = 0;
        if (const Json *j = get(n); j && toReal(n, *j, lo, hi, x))
            v = x;
    }
    void optReal(const char *n, std::optional<double> &v, double lo, double hi) {
        const Json *j = get(n);
        if (!j)
            return;
        double x = 0;
        if (j->is_null())
            v.reset();
        else if (toReal(n, *j, lo, hi, x))
            v = x;
    }
    void money(const char *n, Money &v, Money lo, Money hi) {
        Money x = 0;
        if (const Json *j = get(n); j && toMoney(n, *j, lo, hi, x))
            v = x;
    }
    void optMoney(const char *n, std::optional<Money> &v, Money lo, Money hi) {
        const Json *j = get(n);
        if (!j)
            return;
        Money x = 0;
        if (j->is_null())
            v.reset();
        else if (toMoney(n, *j, lo, hi, x))
            v = x;
    }
    void boolean(const char *n, bool &v) {
        const Json *j = get(n);
        if (!j)
            return;
        if (j->is_boolean())
            v = j->get<bool>();
        else
            fail(DiagCode::ValueWrongType, n, {std::string(typeOf(*j))});
    }
    void text(const char *n, std::string &v, std::size_t maxBytes) {
        std::string_view s;
        if (const Json *j = get(n); j && toText(n, *j, s) && checkText(n, s, maxBytes))
            v.assign(s);
    }
    void participant(const char *n, std::string &v) {
        std::string_view s;
        if (const Json *j = get(n); j && toText(n, *j, s) && checkParticipant(n, s))
            v.assign(s);
    }
    void date(const char *n, Date &d) {
        std::string_view s;
        if (const Json *j = get(n); j && toText(n, *j, s)) {
            const auto parsed = s.size() == 10 ? Date::parseIso(s) : std::nullopt;
            if (parsed)
                d = *parsed;
            else
                fail(DiagCode::ValueOutOfRange, n, {std::string(s.substr(0, 64))});
        }
    }
    template <typename E> void enumeration(const char *n, E &e) {
        std::string_view s;
        if (const Json *j = get(n); j && toText(n, *j, s)) {
            if (const auto v = io::enumFromName<E>(s))
                e = *v;
            else
                fail(DiagCode::ValueOutOfRange, n, {std::string(s.substr(0, 64))});
        }
    }
    void ref(const char *n, int &v, RefTarget t) {
        std::int64_t x = 0;
        if (const Json *j = get(n); j && toInt(n, *j, 0, io::kMaxId, x) && checkRef(n, x, t))
            v = static_cast<int>(x);
    }
    void optRef(const char *n, std::optional<int> &v, RefTarget t) {
        const Json *j = get(n);
        if (!j)
            return;
        std::int64_t x = 0;
        if (j->is_null())
            v.reset();
        else if (toInt(n, *j, 0, io::kMaxId, x) && checkRef(n, x, t))
            v = static_cast<int>(x);
    }

    // A per-period series of exactly `periods` entries (absent: the defaults).
    template <typename T, typename Conv>
    void series(const char *n, std::vector<T> &out, std::size_t periods, Conv conv) {
        const Json *a = array(n);
        if (!a)
            return;
        if (a->size() != periods) {
            fail(DiagCode::JsonSchema, n,
                 {std::string("entries"), static_cast<std::int64_t>(a->size()),
                  static_cast<std::int64_t>(periods)});
            return;
        }
        for (std::size_t t = 0; t < periods; ++t)
            conv(std::string(n) + "/" + std::to_string(t), (*a)[t], out[t]);
    }

private:
    const Json &o_;
    std::vector<const char *> seen_;
};

class Reader {
public:
    explicit Reader(Diagnostics &d)
        : diags_(d) {}

    bool read(const Json &root, Project &p) {
        JsonIn top(diags_, &ids_, root, "/");
        if (top.failed())
            return false;
        std::string format;
        top.text("format", format, 64);
        if (format != kFormatName) {
            top.fail(DiagCode::JsonSchema, "format", {std::string("expected ") + kFormatName});
            return false;
        }
        int version = 0;
        top.integer("version", version, 1, 1'000'000);
        if (version > kFormatVersion) {
            top.fail(DiagCode::FileNewerVersion, "version",
                     {std::int64_t{version}, std::int64_t{kFormatVersion}});
            return false;
        }
        if (top.failed())
            return false;
        io::describeProjectHead(top, p);
        if (const Json *j = top.get("timeline")) {
            JsonIn a(diags_, &ids_, *j, "/timeline/");
            io::describeTimeline(a, p.timeline);
            a.finish();
            failed_ = failed_ || a.failed();
        }
        if (failed_)
            return false;
        p.normalise();
        n_ = static_cast<std::size_t>(p.timeline.periods);

        if (const Json *j = top.get("targetGroup")) {
            JsonIn a(diags_, &ids_, *j, "/targetGroup/");
            io::describeTargetGroup(a, p.targetGroup);
            list(a, "cohorts", p.targetGroup.cohorts, [&](JsonIn &c, Cohort &x) {
                io::describeCohort(c, x);
                x.intake.assign(n_, 0);
                c.series("intake", x.intake, n_, [&](const std::string &f, const Json &v, int &o) {
                    std::int64_t i = 0;
                    if (c.toInt(f, v, io::kIntakeLo, io::kIntakeHi, i))
                        o = static_cast<int>(i);
                });
                unique(c, ids_.cohorts, x.id);
            });
            done(a);
        }
        list(top, "parties", p.parties, [&](JsonIn &a, Party &x) {
            io::describeParty(a, x);
            unique(a, ids_.parties, x.id);
        });
        // Metric ids first: nothing in a metric refers to another metric, the ledger does.
        list(top, "metrics", p.metrics, [&](JsonIn &a, Metric &m) {
            io::describeMetric(a, m);
            unique(a, ids_.metrics, m.id);
            m.plan.assign(n_, 0.0);
            m.actual.assign(n_, std::nullopt);
            m.counterfactual.assign(n_, 0.0);
            readSeries(a, m.plan, m.actual, m.counterfactual);
            if (const Json *r = a.get("rule")) {
                JsonIn ra(diags_, &ids_, *r, a.path() + "rule/");
                io::describeRule(ra, m.rule);
                list(ra, "bands", m.rule.bands, EFFEKT_DESCRIBE(describeBand));
                list(ra, "tiers", m.rule.tiers, EFFEKT_DESCRIBE(describeTier));
                list(ra, "payers", m.rule.payers, EFFEKT_DESCRIBE(describePayer));
                if (const Json *sj = ra.get("settlement"); sj && !sj->is_null()) {
                    CohortSettlement settlement;
                    JsonIn sa(diags_, &ids_, *sj, ra.path() + "settlement/");
                    if (!sa.failed())
                        io::describeSettlement(sa, settlement);
                    done(sa);
                    m.rule.settlement = settlement;
                }
                done(ra);
            }
            list(a, "savings", m.savings, EFFEKT_DESCRIBE(describeSavings));
            list(a, "cohortOutcomes", m.cohortOutcomes, [&](JsonIn &c, CohortOutcome &x) {
                io::describeCohortOutcome(c, x);
                x.plan.assign(n_, 0.0);
                x.actual.assign(n_, std::nullopt);
                x.counterfactual.assign(n_, 0.0);
                readSeries(c, x.plan, x.actual, x.counterfactual);
            });
        });
        object(top, "caps", p.caps, EFFEKT_DESCRIBE(describeCaps));
        std::unordered_set<int> feeIds;
        list(top, "fixedFees", p.fixedFees, [&](JsonIn &a, FixedFee &f) {
            io::describeFixedFee(a, f);
            unique(a, feeIds, f.id);
            list(a, "payers", f.payers, EFFEKT_DESCRIBE(describePayer));
        });
        top.series("deliveryCost", p.deliveryCost, n_,
                   [&](const std::string &f, const Json &v, Money &o) {
                       top.toMoney(f, v, io::kCostLo, io::kCostHi, o);
                   });
        std::unordered_set<int> investorIds;
        list(top, "investors", p.investors, [&](JsonIn &a, Investor &x) {
            io::describeInvestor(a, x);
            unique(a, investorIds, x.id);
        });
        object(top, "financing", p.financing, EFFEKT_DESCRIBE(describeFinancing));
        object(top, "valuation", p.valuation, EFFEKT_DESCRIBE(describeValuation));
        object(top, "indexation", p.indexation, EFFEKT_DESCRIBE(describeIndexation));
        list(top, "assumptions", p.assumptions, EFFEKT_DESCRIBE(describeAssumption));
        readScenarios(top, p);
        readSimulation(top, p);
        readTermination(top, p);
        Ledger ledger;
        list(top, "ledger", ledger, EFFEKT_DESCRIBE(describeLedgerRow));
        p.ledger = Shared<Ledger>(std::move(ledger));
        done(top);
        return !failed_;
    }

private:
    // The per-period series of a metric or of one of its cohorts (plan, actual, counterfactual).
    void readSeries(JsonIn &a, std::vector<double> &plan,
                    std::vector<std::optional<double>> &actual,
                    std::vector<double> &counterfactual) {
        auto real = [&](const std::string &f, const Json &v, double &o) {
            a.toReal(f, v, io::kObservedLo, io::kObservedHi, o);
        };
        a.series("plan", plan, n_, real);
        a.series("actual", actual, n_,
                 [&](const std::string &f, const Json &v, std::optional<double> &o) {
                     double x = 0;
                     if (v.is_null())
                         o.reset();
                     else if (a.toReal(f, v, io::kObservedLo, io::kObservedHi, x))
                         o = x;
                 });
        a.series("counterfactual", counterfactual, n_, real);
    }

    // A metric named twice in one list (overrides of a scenario, distributions).
    static void oncePerMetric(JsonIn &a, std::unordered_set<int> &seen, int metricId) {
        if (!seen.insert(metricId).second)
            a.fail(DiagCode::DuplicateId, "metricId", {std::int64_t{metricId}});
    }

    void readScenarios(JsonIn &top, Project &p) {
        std::unordered_set<int> ids;
        list(top, "scenarios", p.scenarios, [&](JsonIn &a, Scenario &x) {
            io::describeScenario(a, x);
            unique(a, ids, x.id);
            std::unordered_set<int> metrics;
            list(a, "metrics", x.metrics, [&](JsonIn &o, MetricOverride &m) {
                io::describeMetricOverride(o, m);
                oncePerMetric(o, metrics, m.metricId);
            });
        });
    }

    void readSimulation(JsonIn &top, Project &p) {
        const Json *j = top.get("simulation");
        if (!j)
            return;
        JsonIn a(diags_, &ids_, *j, "/simulation/");
        io::describeSimulation(a, p.simulation);
        std::unordered_set<int> metrics;
        list(a, "distributions", p.simulation.distributions, [&](JsonIn &d, FactorDistribution &x) {
            io::describeDistribution(d, x);
            oncePerMetric(d, metrics, x.metricId);
            const Json *q = d.array("delayProbabilities");
            if (!q)
                return;
            if (q->size() > static_cast<std::size_t>(io::kMaxDelay) + 1) {
                d.fail(DiagCode::ValueOutOfRange, "delayProbabilities",
                       {static_cast<std::int64_t>(q->size())});
                return;
            }
            x.delayProbabilities.assign(q->size(), 0.0);
            for (std::size_t k = 0; k < q->size(); ++k)
                d.toReal("delayProbabilities/" + std::to_string(k), (*q)[k], 0.0, 1.0,
                         x.delayProbabilities[k]);
            if (const auto sum = io::probabilitySumOff(x.delayProbabilities))
                d.fail(DiagCode::ProbabilitiesNotWhole, "delayProbabilities", {PercentValue{*sum}},
                       Severity::Warning);
        });
        done(a);
    }

    void readTermination(JsonIn &top, Project &p) {
        const Json *j = top.get("termination");
        if (!j)
            return;
        JsonIn a(diags_, &ids_, *j, "/termination/");
        io::describeTermination(a, p.termination);
        std::unordered_set<int> ids;
        list(a, "reviews", p.termination.reviews, [&](JsonIn &r, ReviewPoint &x) {
            io::describeReview(r, x);
            unique(r, ids, x.id);
        });
        done(a);
    }

    void done(JsonIn &a) {
        a.finish();
        failed_ = failed_ || a.failed();
    }
    // More entries than a project may hold: refused before anything is allocated for them.
    void tooMany(JsonIn &parent, const char *name, std::size_t count, std::size_t limit,
                 std::int64_t periods = -1) {
        Diagnostic d{DiagCode::TooManyEntries,
                     Severity::Error,
                     "json",
                     -1,
                     parent.path() + name,
                     -1,
                     {static_cast<std::int64_t>(count), static_cast<std::int64_t>(limit)}};
        if (periods >= 0)
            d.values.emplace_back(periods);
        io::addDiagnostic(diags_, std::move(d));
        failed_ = true;
    }
    void unique(JsonIn &a, std::unordered_set<int> &ids, int id) {
        if (!ids.insert(id).second)
            a.fail(DiagCode::DuplicateId, "id", {std::int64_t{id}});
    }
    template <typename T, typename D> void object(JsonIn &parent, const char *name, T &x, D d) {
        if (const Json *j = parent.get(name)) {
            JsonIn a(diags_, &ids_, *j, parent.path() + name + "/");
            d(a, x);
            done(a);
        }
    }
    template <typename T, typename D>
    void list(JsonIn &parent, const char *name, std::vector<T> &out, D d) {
        const Json *arr = parent.array(name);
        if (!arr)
            return;
        const std::string_view list = name;
        const std::size_t limit =
            list == "ledger" ? limits::kMaxLedgerRows
            : list == "bands" || list == "tiers" || list == "payers" || list == "savings"
                ? limits::kMaxRuleEntries
                : limits::kMaxListEntries;
        if (arr->size() > limit) {
            tooMany(parent, name, arr->size(), limit);
            return;
        }
        // Metrics, cohorts and metrics' cohort outcomes hold values per period.
        if (list == "metrics" || list == "cohorts" || list == "cohortOutcomes") {
            cells_ += arr->size() * n_;
            if (cells_ > limits::kMaxPeriodCells) {
                tooMany(parent, name, cells_ / std::max<std::size_t>(n_, 1),
                        limits::kMaxPeriodCells / std::max<std::size_t>(n_, 1),
                        static_cast<std::int64_t>(n_));
                return;
            }
        }
        out.reserve(arr->size());
        const std::string base = parent.path() + name + "/";
        for (std::size_t i = 0; i < arr->size() && diags_.size() < io::kMaxDiagnostics; ++i) {
            JsonIn a(diags_, &ids_, (*arr)[i], base + std::to_string(i) + "/");
            T x{};
            if (!a.failed())
                d(a, x);
            done(a);
            out.push_back(std::move(x));
        }
    }

    Diagnostics &diags_;
    io::IdSets ids_;
    std::size_t n_ = 1;
    std::size_t cells_ = 0; // periods × (metrics + cohorts) so far
    bool failed_ = false;
};

// A first pass over the text (SAX, linear) that knows where it is, as a JSON path such as
// /metrics/3/rule/price, and finds what the parser proper would pass over or report without a
// place: keys that appear twice in one object (the last would win silently), numbers out of range
// (1e400) and syntax errors.
class Scout : public nlohmann::json_sax<Json> {
public:
    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t v, const string_t &) override {
        value();
        if (std::isfinite(v))
            return true;
        problem =
            Diagnostic{DiagCode::ValueOutOfRange, Severity::Error, "json", -1, path(), -1, {}};
        return false;
    }
    bool string(string_t &) override { return value(); }
    bool binary(binary_t &) override { return value(); }
    bool start_object(std::size_t) override {
        value();
        frames_.push_back(Frame{false, -1, {}, {}});
        return true;
    }
    bool key(string_t &k) override {
        Frame &f = frames_.back();
        f.key = k;
        if (!f.keys.insert(k).second && duplicates.size() < io::kMaxDiagnostics)
            duplicates.push_back(path());
        return true;
    }
    bool end_object() override {
        frames_.pop_back();
        return true;
    }
    bool start_array(std::size_t) override {
        value();
        frames_.push_back(Frame{true, -1, {}, {}});
        return true;
    }
    bool end_array() override {
        frames_.pop_back();
        return true;
    }
    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &e) override {
        // A number out of range (406) is a value the parser could not read: in an array, the
        // element after the last one read.
        if (e.id == 406)
            value();
        problem =
            Diagnostic{DiagCode::JsonSyntax,
                       Severity::Error,
                       "json",
                       -1,
                       path(),
                       -1,
                       {std::string(e.what()).substr(0, 200), static_cast<std::int64_t>(position)}};
        return false;
    }

    // The path of the value being read.
    std::string path() const {
        std::string p;
        for (const Frame &f : frames_) {
            p += '/';
            p += f.array ? std::to_string(std::max(f.index, 0L)) : escaped(f.key);
        }
        return p.empty() ? "/" : p;
    }
    std::vector<std::string> duplicates;
    std::optional<Diagnostic> problem;

private:
    struct Frame {
        bool array = false;
        long index = -1;
        std::string key;
        std::unordered_set<std::string> keys;
    };
    bool value() {
        if (!frames_.empty() && frames_.back().array)
            ++frames_.back().index;
        return true;
    }
    static std::string escaped(const std::string &key) { // JSON Pointer: ~ → ~0, / → ~1
        std::string out;
        for (char c : key.substr(0, 64))
            out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
        return out;
    }
    std::vector<Frame> frames_;
};

} // namespace

Diagnostics toJson(const Project &project, std::string &out) {
    out.clear();
    Diagnostics diags = io::checkProject(project);
    if (hasErrors(diags))
        return diags;
    out = build(project).dump(2);
    out += '\n';
    return diags;
}

namespace {
LoadResult readJson(std::string_view text) {
    LoadResult result;
    if (text.size() > limits::kMaxJsonBytes) {
        result.diagnostics.push_back(
            Diagnostic{DiagCode::TooManyEntries,
                       Severity::Error,
                       "json",
                       -1,
                       "bytes",
                       -1,
                       {static_cast<std::int64_t>(text.size()),
                        static_cast<std::int64_t>(limits::kMaxJsonBytes)}});
        return result;
    }
    Scout where;
    try {
        Json::sax_parse(text.begin(), text.end(), &where);
    } catch (const std::exception &e) {
        where.problem = Diagnostic{DiagCode::JsonSyntax,
                                   Severity::Error,
                                   "json",
                                   -1,
                                   where.path(),
                                   -1,
                                   {std::string(e.what()).substr(0, 200)}};
    }
    if (where.problem) {
        result.diagnostics.push_back(std::move(*where.problem));
        return result;
    }
    for (const std::string &path : where.duplicates)
        result.diagnostics.push_back(Diagnostic{DiagCode::JsonSchema,
                                                Severity::Error,
                                                "json",
                                                -1,
                                                path,
                                                -1,
                                                {std::string("duplicate key")}});
    if (!where.duplicates.empty())
        return result;
    Json root;
    try {
        root = Json::parse(text.begin(), text.end());
    } catch (const std::exception &e) {
        result.diagnostics.push_back(Diagnostic{
            DiagCode::JsonSyntax, Severity::Error, "json", -1, "/", -1, {std::string(e.what())}});
        return result;
    }
    try {
        Project p;
        Reader reader(result.diagnostics);
        if (reader.read(root, p) && !hasErrors(result.diagnostics)) {
            // A key left out keeps its default (an empty participant, id 0, …): what the reader
            // accepted must also pass the pre-save check, so that `validate` and the GUI agree
            // with what import-json and Save will do.
            Diagnostics check = io::checkProject(p);
            const bool refused = hasErrors(check);
            for (Diagnostic &d : check)
                io::addDiagnostic(result.diagnostics, std::move(d));
            if (!refused)
                result.project = std::move(p);
        }
    } catch (const std::exception &e) {
        result.diagnostics.push_back(Diagnostic{
            DiagCode::JsonSchema, Severity::Error, "json", -1, "/", -1, {std::string(e.what())}});
        result.project.reset();
    }
    capDiagnostics(result.diagnostics, limits::kMaxDiagnosticsReported);
    return result;
}

} // namespace

LoadResult fromJson(std::string_view text) {
    LoadResult result = readJson(text);
    maskNationalIds(result.diagnostics);
    return result;
}

Diagnostics exportJson(const Project &project, const std::string &path) {
    std::string text;
    Diagnostics diags = toJson(project, text);
    if (hasErrors(diags))
        return diags;
    for (Diagnostic &d : safewrite::writeFile(path, text))
        diags.push_back(std::move(d));
    return diags;
}

LoadResult importJson(const std::string &path) {
    LoadResult result;
    std::error_code ec;
    const fs::path file = platform::fsPath(path);
    if (!fs::is_regular_file(file, ec)) {
        result.diagnostics.push_back(fileError(
            fs::exists(file, ec) ? DiagCode::FileNotEffekt : DiagCode::FileNotFound, path));
        return result;
    }
    const auto size = fs::file_size(file, ec);
    if (ec) {
        result.diagnostics.push_back(fileError(DiagCode::FileNotFound, path));
        return result;
    }
    if (size > limits::kMaxJsonBytes) {
        result.diagnostics.push_back(Diagnostic{
            DiagCode::TooManyEntries,
            Severity::Error,
            "json",
            -1,
            "bytes",
            -1,
            {static_cast<std::int64_t>(size), static_cast<std::int64_t>(limits::kMaxJsonBytes)}});
        return result;
    }
    std::ifstream in(file, std::ios::binary);
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (!in) {
        result.diagnostics.push_back(fileError(DiagCode::FileNotFound, path));
        return result;
    }
    return fromJson(text);
}

} // namespace effekt::json
