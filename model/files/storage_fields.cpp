#include "storage_fields.h"
#include "storage_archive.h"

#include <cstring>
#include <unordered_map>

namespace effekt::io {

std::string snakeCase(std::string_view camel) {
    std::string out;
    out.reserve(camel.size() + 4);
    for (char c : camel) {
        if (c >= 'A' && c <= 'Z') {
            out += '_';
            out += static_cast<char>(c - 'A' + 'a');
        } else {
            out += c;
        }
    }
    return out;
}

std::string_view refTargetName(RefTarget t) {
    switch (t) {
    case RefTarget::Party: return "party";
    case RefTarget::Cohort: return "cohort";
    case RefTarget::Metric: return "metric";
    }
    return "";
}

void addDiagnostic(Diagnostics &ds, Diagnostic d) {
    if (ds.size() < kMaxDiagnostics)
        ds.push_back(std::move(d));
}

// ---- ArchiveBase
// ---------------------------------------------------------------------------------

std::string ArchiveBase::label(std::string_view field) const {
    return prefix + std::string(field);
}

void ArchiveBase::fail(DiagCode code, std::string_view field, std::vector<DiagValue> values,
                       Severity severity) {
    if (severity == Severity::Error)
        failed_ = true;
    addDiagnostic(diags_,
                  Diagnostic{code, severity, entity, row, label(field), period, std::move(values)});
}

bool ArchiveBase::checkInteger(std::string_view f, std::int64_t v, std::int64_t lo,
                               std::int64_t hi) {
    if (v >= lo && v <= hi)
        return true;
    fail(DiagCode::ValueOutOfRange, f, {v});
    return false;
}

bool ArchiveBase::checkReal(std::string_view f, double v, double lo, double hi) {
    if (std::isfinite(v) && v >= lo && v <= hi)
        return true;
    fail(DiagCode::ValueOutOfRange, f, {v});
    return false;
}

bool ArchiveBase::checkMoney(std::string_view f, Money v, Money lo, Money hi) {
    if (v >= lo && v <= hi)
        return true;
    fail(DiagCode::ValueOutOfRange, f, {MoneyValue{v}});
    return false;
}

bool isValidUtf8(std::string_view s) {
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        // ASCII runs, eight bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, s.data() + i, 8);
            if (word & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, surrogates and values beyond Unicode are invalid.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

bool ArchiveBase::checkText(std::string_view f, std::string_view v, std::size_t maxBytes) {
    if (v.size() > maxBytes) {
        fail(DiagCode::ValueTooLong, f,
             {static_cast<std::int64_t>(v.size()), static_cast<std::int64_t>(maxBytes)});
        return false;
    }
    if (!isValidUtf8(v)) {
        fail(DiagCode::ValueWrongType, f, {std::string("not UTF-8")});
        return false;
    }
    return true;
}

bool ArchiveBase::checkParticipant(std::string_view f, std::string_view v) {
    // First, whatever else is wrong: the number itself is personal data and is not repeated in
    // the diagnostic (containsNationalIdNumber also finds it in spaced, dashed, fullwidth or
    // longer texts).
    if (containsNationalIdNumber(v)) {
        fail(DiagCode::NationalIdInLedger, f, {});
        return false;
    }
    if (!checkText(f, v, kMaxParticipantBytes))
        return false;
    if (v.empty()) {
        fail(DiagCode::ValueOutOfRange, f, {std::string(v)});
        return false;
    }
    return true;
}

bool ArchiveBase::checkRef(std::string_view f, std::int64_t id, RefTarget target) {
    if (!ids_ || ids_->contains(target, static_cast<int>(id)))
        return true;
    fail(DiagCode::MissingReference, f, {id, std::string(refTargetName(target))});
    return false;
}

// ---- The pre-save check
// --------------------------------------------------------------------------

namespace {

class CheckArchive : public ArchiveBase {
public:
    using ArchiveBase::ArchiveBase;

    template <typename V>
    void integer(const char *n, const V &v, std::int64_t lo, std::int64_t hi) {
        checkInteger(n, v, lo, hi);
    }
    void optInteger(const char *n, const std::optional<int> &v, std::int64_t lo, std::int64_t hi) {
        if (v)
            checkInteger(n, *v, lo, hi);
    }
    void real(const char *n, const double &v, double lo, double hi) { checkReal(n, v, lo, hi); }
    void optReal(const char *n, const std::optional<double> &v, double lo, double hi) {
        if (v)
            checkReal(n, *v, lo, hi);
    }
    void money(const char *n, const Money &v, Money lo, Money hi) { checkMoney(n, v, lo, hi); }
    void optMoney(const char *n, const std::optional<Money> &v, Money lo, Money hi) {
        if (v)
            checkMoney(n, *v, lo, hi);
    }
    void boolean(const char *, const bool &) {}
    void text(const char *n, const std::string &v, std::size_t maxBytes) {
        checkText(n, v, maxBytes);
    }
    void participant(const char *n, const std::string &v) { checkParticipant(n, v); }
    void date(const char *n, const Date &d) {
        if (!d.isValid())
            fail(DiagCode::ValueOutOfRange, n, {d.toIso()});
    }
    template <typename E> void enumeration(const char *n, const E &e) {
        if (enumName(e).empty())
            fail(DiagCode::ValueOutOfRange, n, {static_cast<std::int64_t>(e)});
    }
    void ref(const char *n, const int &id, RefTarget t) {
        if (checkInteger(n, id, 0, kMaxId))
            checkRef(n, id, t);
    }
    void optRef(const char *n, const std::optional<int> &id, RefTarget t) {
        if (id)
            ref(n, *id, t);
    }

    void probability(const std::string &f, double v) { checkReal(f, v, 0.0, 1.0); }

    void at(std::string e, std::int64_t r, std::string p = {}) {
        entity = std::move(e);
        row = r;
        prefix = std::move(p);
        period = -1;
    }

    template <typename T>
    void series(const char *n, const std::vector<T> &v, std::size_t periods, double lo, double hi) {
        if (v.size() != periods) {
            fail(DiagCode::ValueOutOfRange, n,
                 {std::string("entries"), static_cast<std::int64_t>(v.size()),
                  static_cast<std::int64_t>(periods)});
            return;
        }
        for (std::size_t t = 0; t < v.size(); ++t) {
            period = static_cast<int>(t);
            if constexpr (std::is_same_v<T, std::optional<double>>) {
                if (v[t])
                    checkReal(n, *v[t], lo, hi);
            } else if constexpr (std::is_same_v<T, double>) {
                checkReal(n, v[t], lo, hi);
            } else {
                checkInteger(n, v[t], static_cast<std::int64_t>(lo), static_cast<std::int64_t>(hi));
            }
        }
        period = -1;
    }
};

template <typename T>
void checkUniqueIds(CheckArchive &a, const std::vector<T> &items, const char *entity) {
    std::unordered_set<int> seen;
    for (const T &x : items) {
        if (!seen.insert(x.id).second) {
            a.at(entity, x.id);
            a.fail(DiagCode::DuplicateId, "id", {static_cast<std::int64_t>(x.id)});
        }
    }
}

} // namespace

IdSets collectIds(const Project &p) {
    IdSets s;
    for (const Party &x : p.parties)
        s.parties.insert(x.id);
    for (const Cohort &x : p.targetGroup.cohorts)
        s.cohorts.insert(x.id);
    for (const Metric &x : p.metrics)
        s.metrics.insert(x.id);
    return s;
}

Diagnostics checkProject(const Project &p) {
    Diagnostics ds;
    const IdSets ids = collectIds(p);
    CheckArchive a(ds, &ids);
    a.at("project", -1);
    describeProjectHead(a, p);
    a.at("timeline", -1);
    describeTimeline(a, p.timeline);
    a.at("targetGroup", -1);
    describeTargetGroup(a, p.targetGroup);
    a.at("caps", -1);
    describeCaps(a, p.caps);
    a.at("financing", -1);
    describeFinancing(a, p.financing);
    a.at("valuation", -1);
    describeValuation(a, p.valuation);
    a.at("indexation", -1);
    describeIndexation(a, p.indexation);
    if (a.failed())
        return ds; // periods may be unusable below

    const std::size_t n = static_cast<std::size_t>(p.timeline.periods);
    a.at("project", -1);
    a.series("deliveryCost", p.deliveryCost, n, static_cast<double>(kCostLo),
             static_cast<double>(kCostHi));

    checkUniqueIds(a, p.targetGroup.cohorts, "cohort");
    for (const Cohort &c : p.targetGroup.cohorts) {
        a.at("cohort", c.id);
        describeCohort(a, c);
        a.series("intake", c.intake, n, kIntakeLo, static_cast<double>(kIntakeHi));
    }
    checkUniqueIds(a, p.parties, "party");
    for (const Party &x : p.parties) {
        a.at("party", x.id);
        describeParty(a, x);
    }
    checkUniqueIds(a, p.metrics, "metric");
    for (const Metric &m : p.metrics) {
        a.at("metric", m.id);
        describeMetric(a, m);
        a.series("plan", m.plan, n, kObservedLo, kObservedHi);
        a.series("actual", m.actual, n, kObservedLo, kObservedHi);
        a.series("counterfactual", m.counterfactual, n, kObservedLo, kObservedHi);
        a.at("rule", m.id);
        describeRule(a, m.rule);
        if (m.rule.settlement) {
            a.at("rule", m.id, "settlement.");
            describeSettlement(a, *m.rule.settlement);
        }
        for (std::size_t i = 0; i < m.cohortOutcomes.size(); ++i) {
            const CohortOutcome &c = m.cohortOutcomes[i];
            a.at("metric", m.id, "cohortOutcomes[" + std::to_string(i) + "].");
            describeCohortOutcome(a, c);
            a.series("plan", c.plan, n, kObservedLo, kObservedHi);
            a.series("actual", c.actual, n, kObservedLo, kObservedHi);
            a.series("counterfactual", c.counterfactual, n, kObservedLo, kObservedHi);
        }
        for (std::size_t i = 0; i < m.rule.bands.size(); ++i) {
            a.at("rule", m.id, "bands[" + std::to_string(i) + "].");
            describeBand(a, m.rule.bands[i]);
        }
        for (std::size_t i = 0; i < m.rule.tiers.size(); ++i) {
            a.at("rule", m.id, "tiers[" + std::to_string(i) + "].");
            describeTier(a, m.rule.tiers[i]);
        }
        for (std::size_t i = 0; i < m.rule.payers.size(); ++i) {
            a.at("rule", m.id, "payers[" + std::to_string(i) + "].");
            describePayer(a, m.rule.payers[i]);
        }
        for (std::size_t i = 0; i < m.savings.size(); ++i) {
            a.at("metric", m.id, "savings[" + std::to_string(i) + "].");
            describeSavings(a, m.savings[i]);
        }
    }
    checkUniqueIds(a, p.fixedFees, "fixedFee");
    for (const FixedFee &f : p.fixedFees) {
        a.at("fixedFee", f.id);
        describeFixedFee(a, f);
        for (std::size_t i = 0; i < f.payers.size(); ++i) {
            a.at("fixedFee", f.id, "payers[" + std::to_string(i) + "].");
            describePayer(a, f.payers[i]);
        }
    }
    checkUniqueIds(a, p.investors, "investor");
    for (const Investor &x : p.investors) {
        a.at("investor", x.id);
        describeInvestor(a, x);
    }
    for (std::size_t i = 0; i < p.assumptions.size(); ++i) {
        a.at("assumption", static_cast<std::int64_t>(i));
        describeAssumption(a, p.assumptions[i]);
    }
    checkUniqueIds(a, p.scenarios, "scenario");
    for (const Scenario &sc : p.scenarios) {
        a.at("scenario", sc.id);
        describeScenario(a, sc);
        std::unordered_set<int> metrics;
        for (std::size_t i = 0; i < sc.metrics.size(); ++i) {
            a.at("scenario", sc.id, "metrics[" + std::to_string(i) + "].");
            describeMetricOverride(a, sc.metrics[i]);
            if (!metrics.insert(sc.metrics[i].metricId).second)
                a.fail(DiagCode::DuplicateId, "metricId",
                       {static_cast<std::int64_t>(sc.metrics[i].metricId)});
        }
    }
    a.at("simulation", -1);
    describeSimulation(a, p.simulation);
    std::unordered_set<int> distributed;
    for (const FactorDistribution &d : p.simulation.distributions) {
        a.at("distribution", d.metricId);
        describeDistribution(a, d);
        if (!distributed.insert(d.metricId).second)
            a.fail(DiagCode::DuplicateId, "metricId", {static_cast<std::int64_t>(d.metricId)});
        if (d.delayProbabilities.size() > static_cast<std::size_t>(kMaxDelay) + 1)
            a.fail(DiagCode::ValueOutOfRange, "delayProbabilities",
                   {static_cast<std::int64_t>(d.delayProbabilities.size())});
        for (std::size_t k = 0; k < d.delayProbabilities.size(); ++k)
            a.probability("delayProbabilities[" + std::to_string(k) + "]", d.delayProbabilities[k]);
    }
    checkUniqueIds(a, p.termination.reviews, "review");
    for (const ReviewPoint &r : p.termination.reviews) {
        a.at("review", r.id);
        describeReview(a, r);
    }
    a.at("termination", -1);
    describeTermination(a, p.termination);

    const Ledger &ledger = p.ledger.get();
    a.at("ledger", -1);
    for (std::size_t i = 0; i < ledger.size() && ds.size() < kMaxDiagnostics; ++i) {
        a.row = static_cast<std::int64_t>(i);
        describeLedgerRow(a, ledger[i]);
    }
    return ds;
}

} // namespace effekt::io
