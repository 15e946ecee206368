// The fields of every stored entity, described once and used by every format: the project file
// (storage_write.cpp, storage_read.cpp), the JSON interchange (json.cpp) and the pre-save check.
// Each `describe*` function calls the archive once per field, in a fixed order, with the field's
// name and its valid range; the archive reads, writes or checks it. Field names are the JSON keys;
// the SQLite column is the same name in snake_case (docs/file-format.md, docs/json-format.md).
#pragma once

#include "diagnostics.h"
#include "project.h"
#include "sizelimits.h"
#include "valuelimits.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace effekt::io {

// ---- Limits (docs/file-format.md "Limits")
// -------------------------------------------------------

// The value limits are the contract's (valuelimits.h), shared with every other door.
using limits::kMaxCount;
using limits::kMaxId;
using limits::kMaxIndexBaseYear;
using limits::kMaxIndexRate;
using limits::kMaxMoney;
using limits::kMaxParticipantBytes;
using limits::kMaxQuantity;
using limits::kMaxRate;
using limits::kMaxShortTextBytes;
using limits::kMaxSpreadPeriods;
using limits::kMaxSpreadYears;
using limits::kMaxTextBytes;
using limits::kMinIndexBaseYear;
using limits::kMinIndexRate;
constexpr int kMaxPeriodIndex = Timeline::kMaxPeriods - 1;
constexpr std::size_t kMaxDiagnostics = limits::kMaxDiagnosticsReported; // readers stop adding
// Scenarios and the simulation (DOMAIN.md §8, §8b)
constexpr double kMaxFactor = 100.0;             // achievement, intake, cost and savings factors
constexpr int kMaxDelay = Timeline::kMaxPeriods; // periods an improvement is shifted
constexpr int kMaxTrials = 1'000'000;
constexpr std::int64_t kMaxSeed = INT64_MAX;
constexpr double kMaxRequiredShare = kMaxRate;    // a review may ask for more than the plan
constexpr double kProbabilitySumTolerance = 1e-6; // delay probabilities sum to 1 within this

// ---- Enumerations as stable text
// -----------------------------------------------------------------

template <typename E> struct EnumNames;
#define EFFEKT_ENUM_NAMES(E, ...)                                                                  \
    template <> struct EnumNames<E> { static constexpr std::string_view kNames[] = {__VA_ARGS__}; };
EFFEKT_ENUM_NAMES(PeriodLength, "month", "quarter", "half-year", "year")
EFFEKT_ENUM_NAMES(PartyRole, "commissioner", "co-payer", "investor", "provider", "intermediary",
                  "evaluator", "guarantor")
EFFEKT_ENUM_NAMES(Direction, "higher-is-better", "lower-is-better")
EFFEKT_ENUM_NAMES(MetricUnit, "people", "events", "days", "money", "percent")
EFFEKT_ENUM_NAMES(ValidationMethod, "simple-verification", "before-after", "historical-comparison",
                  "matched-comparison", "randomised-control")
EFFEKT_ENUM_NAMES(RuleType, "per-unit", "tiered", "share-of-savings", "milestone")
EFFEKT_ENUM_NAMES(ThresholdBasis, "none", "units", "relative", "units-and-relative")
EFFEKT_ENUM_NAMES(TierBasis, "relative", "observed")
EFFEKT_ENUM_NAMES(TierMode, "step", "interpolate")
EFFEKT_ENUM_NAMES(TierAmountBasis, "per-period", "per-cohort-member")
EFFEKT_ENUM_NAMES(SecondShareSwitch, "after-sum", "investors-repaid")
EFFEKT_ENUM_NAMES(BudgetHolder, "kommune", "stat", "helseforetak", "other")
EFFEKT_ENUM_NAMES(FixedFeeKind, "per-period", "share-of-delivery-cost", "per-participant-started")
EFFEKT_ENUM_NAMES(Tranche, "senior", "subordinate")
EFFEKT_ENUM_NAMES(FactorDistributionKind, "fixed", "triangular", "pert")
EFFEKT_ENUM_NAMES(ReviewTest, "metric-units", "outcome-payments")
#undef EFFEKT_ENUM_NAMES

template <typename E> std::string_view enumName(E e) {
    const auto i = static_cast<std::size_t>(e);
    const auto &names = EnumNames<E>::kNames;
    return i < std::size(names) ? names[i] : std::string_view{};
}
template <typename E> std::optional<E> enumFromName(std::string_view s) {
    const auto &names = EnumNames<E>::kNames;
    for (std::size_t i = 0; i < std::size(names); ++i)
        if (names[i] == s)
            return static_cast<E>(i);
    return std::nullopt;
}

// "fixedFeesInsideTotal" -> "fixed_fees_inside_total"
std::string snakeCase(std::string_view camel);
// Well-formed UTF-8 (no overlong forms, no surrogates).
bool isValidUtf8(std::string_view s);

// Ids the references of a project may point to.
enum class RefTarget { Party, Cohort, Metric };
struct IdSets {
    std::unordered_set<int> parties, cohorts, metrics;
    bool contains(RefTarget t, int id) const {
        switch (t) {
        case RefTarget::Party: return parties.count(id) > 0;
        case RefTarget::Cohort: return cohorts.count(id) > 0;
        case RefTarget::Metric: return metrics.count(id) > 0;
        }
        return false;
    }
};
std::string_view refTargetName(RefTarget t); // the table: "party", "cohort", "metric"

// ---- The descriptions
// ------------------------------------------------------------------------------ An archive
// provides:
//   integer(name, int&, lo, hi)          optInteger(name, std::optional<int>&, lo, hi)
//   real(name, double&, lo, hi)          optReal(name, std::optional<double>&, lo, hi)
//   money(name, Money&, lo, hi)          optMoney(name, std::optional<Money>&, lo, hi)
//   boolean(name, bool&)                 text(name, std::string&, maxBytes)
//   date(name, Date&)                    enumeration(name, E&)
//   ref(name, int&, RefTarget)           optRef(name, std::optional<int>&, RefTarget)
//   participant(name, std::string&)      (text, at most kMaxParticipantBytes, no national id)
// T is the entity type, const for writers.

template <typename A, typename T> void describeProjectHead(A &a, T &p) {
    a.text("name", p.name, kMaxTextBytes);
    a.text("description", p.description, kMaxTextBytes);
    a.text("currency", p.currency, kMaxShortTextBytes);
}

template <typename A, typename T> void describeTimeline(A &a, T &t) {
    a.date("start", t.start);
    a.enumeration("periodLength", t.length);
    a.integer("periods", t.periods, Timeline::kMinPeriods, Timeline::kMaxPeriods);
}

template <typename A, typename T> void describeTargetGroup(A &a, T &g) {
    a.text("name", g.name, kMaxTextBytes);
    a.text("description", g.description, kMaxTextBytes);
    a.integer("plannedSize", g.plannedSize, 0, kMaxCount);
}

template <typename A, typename T> void describeCaps(A &a, T &c) {
    a.optMoney("total", c.total, 0, kMaxMoney);
    a.boolean("fixedFeesInsideTotal", c.fixedFeesInsideTotal);
    a.optMoney("perParticipant", c.perParticipant, 0, kMaxMoney);
    a.boolean("yearCapCarry", c.yearCapCarry);
}

template <typename A, typename T> void describeFinancing(A &a, T &f) {
    a.real("reserveShare", f.reserveShare, 0.0, 1.0);
    a.real("providerIncentiveShare", f.providerIncentiveShare, 0.0, 1.0);
}

template <typename A, typename T> void describeValuation(A &a, T &v) {
    a.real("discountRate", v.discountRate, -0.99, kMaxRate);
    a.real("traditionalMargin", v.traditionalMargin, -1.0, kMaxRate);
}

// Price indexation (issue 15): project columns indexation_rate, indexation_base_year.
template <typename A, typename T> void describeIndexation(A &a, T &x) {
    a.real("rate", x.rate, kMinIndexRate, kMaxIndexRate);
    a.optInteger("baseYear", x.baseYear, kMinIndexBaseYear, kMaxIndexBaseYear);
}

template <typename A, typename T> void describeCohort(A &a, T &c) {
    a.integer("id", c.id, 0, kMaxId);
    a.text("name", c.name, kMaxTextBytes);
    a.text("description", c.description, kMaxTextBytes);
    a.integer("plannedSize", c.plannedSize, 0, kMaxCount);
}

template <typename A, typename T> void describeParty(A &a, T &p) {
    a.integer("id", p.id, 0, kMaxId);
    a.text("name", p.name, kMaxTextBytes);
    a.enumeration("role", p.role);
    a.text("orgNumber", p.orgNumber, kMaxShortTextBytes);
    a.optMoney("cap", p.cap, 0, kMaxMoney);
    a.optMoney("yearCap", p.yearCap, 0, kMaxMoney);
}

template <typename A, typename T> void describeMetric(A &a, T &m) {
    a.integer("id", m.id, 0, kMaxId);
    a.text("name", m.name, kMaxTextBytes);
    a.text("definition", m.definition, kMaxTextBytes);
    a.enumeration("unit", m.unit);
    a.enumeration("direction", m.direction);
    a.enumeration("validation", m.validation);
    a.text("dataSource", m.dataSource, kMaxTextBytes);
    a.optRef("cohortId", m.cohortId, RefTarget::Cohort);
}

template <typename A, typename T> void describeRule(A &a, T &r) {
    a.enumeration("type", r.type);
    a.money("price", r.price, 0, kMaxMoney);
    a.enumeration("thresholdBasis", r.thresholdBasis);
    a.real("threshold", r.threshold, 0.0, kMaxQuantity);
    a.real("thresholdRelative", r.thresholdRelative, 0.0, kMaxQuantity);
    a.enumeration("tierBasis", r.tierBasis);
    a.enumeration("tierMode", r.tierMode);
    a.enumeration("tierAmountBasis", r.tierAmountBasis);
    a.real("share", r.share, 0.0, 1.0);
    a.optReal("secondShare", r.secondShare, 0.0, 1.0);
    a.money("secondShareAfter", r.secondShareAfter, 0, kMaxMoney);
    a.enumeration("secondShareWhen", r.secondShareWhen);
    a.real("secondShareReturn", r.secondShareReturn, 0.0, 1.0);
    a.money("milestoneAmount", r.milestoneAmount, 0, kMaxMoney);
    a.optMoney("capMoney", r.capMoney, 0, kMaxMoney);
    a.optReal("capUnits", r.capUnits, 0.0, kMaxQuantity);
    a.integer("lag", r.lag, 0, Timeline::kMaxPeriods);
    a.boolean("oncePerParticipant", r.oncePerParticipant);
}

// The final settlement of a rule on a metric tested cohort by cohort (PaymentRule::settlement):
// rule columns settlement_period and settlement_threshold (both NULL: none); in JSON the rule's
// "settlement", an object or null.
template <typename A, typename T> void describeSettlement(A &a, T &s) {
    a.integer("period", s.period, 0, kMaxPeriodIndex);
    a.real("threshold", s.threshold, 0.0, kMaxQuantity);
}

// One cohort's outcome data of a metric tested cohort by cohort (Metric::cohortOutcomes): table
// cohort_outcome (metric_id, position, these), its series in cohort_outcome_period (metric_id,
// position, period, plan, actual, counterfactual); in JSON the metric's "cohortOutcomes", each
// with its series as arrays. The same cohort twice is kept (validate reports it).
template <typename A, typename T> void describeCohortOutcome(A &a, T &c) {
    a.ref("cohortId", c.cohortId, RefTarget::Cohort);
    a.real("threshold", c.threshold, 0.0, kMaxQuantity);
}

template <typename A, typename T> void describeBand(A &a, T &b) {
    a.real("fromUnits", b.fromUnits, 0.0, kMaxQuantity);
    a.money("price", b.price, 0, kMaxMoney);
}

template <typename A, typename T> void describeTier(A &a, T &t) {
    a.real("level", t.level, -kMaxQuantity, kMaxQuantity);
    a.money("amount", t.amount, 0, kMaxMoney);
}

template <typename A, typename T> void describePayer(A &a, T &s) {
    a.ref("partyId", s.partyId, RefTarget::Party);
    a.real("share", s.share, 0.0, 1.0);
}

template <typename A, typename T> void describeSavings(A &a, T &s) {
    a.enumeration("holder", s.holder);
    a.money("perUnit", s.perUnit, -kMaxMoney, kMaxMoney);
    a.boolean("cashable", s.cashable);
    a.integer("spreadYears", s.spreadYears, 0, kMaxSpreadYears);
    a.integer("spreadPeriods", s.spreadPeriods, 0, kMaxSpreadPeriods);
}

template <typename A, typename T> void describeFixedFee(A &a, T &f) {
    a.integer("id", f.id, 0, kMaxId);
    a.text("name", f.name, kMaxTextBytes);
    a.enumeration("kind", f.kind);
    a.money("amount", f.amount, 0, kMaxMoney);
    a.real("share", f.share, 0.0, kMaxRate);
    a.integer("firstPeriod", f.firstPeriod, 0, kMaxPeriodIndex);
    a.integer("lastPeriod", f.lastPeriod, -1, kMaxPeriodIndex);
    a.optRef("cohortId", f.cohortId, RefTarget::Cohort);
}

template <typename A, typename T> void describeInvestor(A &a, T &i) {
    a.integer("id", i.id, 0, kMaxId);
    a.ref("partyId", i.partyId, RefTarget::Party);
    a.money("commitment", i.commitment, 0, kMaxMoney);
    a.enumeration("tranche", i.tranche);
    a.real("coupon", i.coupon, 0.0, kMaxRate);
    a.optReal("returnCap", i.returnCap, 0.0, kMaxRate);
    a.real("guaranteedShare", i.guaranteedShare, 0.0, 1.0);
    a.optRef("guarantorId", i.guarantorId, RefTarget::Party);
}

template <typename A, typename T> void describeAssumption(A &a, T &s) {
    a.text("text", s.text, kMaxTextBytes);
    a.text("source", s.source, kMaxTextBytes);
    a.text("statedBy", s.statedBy, kMaxTextBytes);
}

template <typename A, typename T> void describeScenario(A &a, T &s) {
    a.integer("id", s.id, 0, kMaxId);
    a.text("name", s.name, kMaxTextBytes);
    a.real("factor", s.factor, 0.0, kMaxFactor);
    a.integer("delay", s.delay, 0, kMaxDelay);
    a.real("intakeFactor", s.intakeFactor, 0.0, kMaxFactor);
    a.real("costFactor", s.costFactor, 0.0, kMaxFactor);
    a.real("savingsFactor", s.savingsFactor, 0.0, kMaxFactor);
    a.optReal("discountRate", s.discountRate, -0.99, kMaxRate);
}

template <typename A, typename T> void describeMetricOverride(A &a, T &o) {
    a.ref("metricId", o.metricId, RefTarget::Metric);
    a.real("factor", o.factor, 0.0, kMaxFactor);
    a.integer("delay", o.delay, 0, kMaxDelay);
}

template <typename A, typename T> void describeSimulation(A &a, T &s) {
    a.real("correlation", s.correlation, 0.0, 1.0);
    a.integer("trials", s.trials, 1, kMaxTrials);
    a.integer("seed", s.seed, 0, kMaxSeed);
}

// delayProbabilities are stored beside it: one row per delay (SQLite), an array (JSON).
template <typename A, typename T> void describeDistribution(A &a, T &d) {
    a.ref("metricId", d.metricId, RefTarget::Metric);
    a.enumeration("kind", d.kind);
    a.real("min", d.min, 0.0, kMaxFactor);
    a.real("mode", d.mode, 0.0, kMaxFactor);
    a.real("max", d.max, 0.0, kMaxFactor);
}

template <typename A, typename T> void describeReview(A &a, T &r) {
    a.integer("id", r.id, 0, kMaxId);
    a.integer("period", r.period, 0, kMaxPeriodIndex);
    a.enumeration("test", r.test);
    a.optRef("metricId", r.metricId, RefTarget::Metric);
    a.real("requiredShare", r.requiredShare, 0.0, kMaxRequiredShare);
}

template <typename A, typename T> void describeTermination(A &a, T &t) {
    a.money("payment", t.payment, 0, kMaxMoney);
    a.optRef("payeeId", t.payeeId, RefTarget::Party);
}

template <typename A, typename T> void describeLedgerRow(A &a, T &r) {
    a.participant("participant", r.participant);
    a.ref("metricId", r.metricId, RefTarget::Metric);
    a.integer("period", r.period, 0, kMaxPeriodIndex);
    a.real("units", r.units, -kMaxQuantity, kMaxQuantity);
}

// The sum of a distribution's delay probabilities when it is not 1 (within
// kProbabilitySumTolerance); none when it is, or when there are none (no delay).
inline std::optional<double> probabilitySumOff(const std::vector<double> &probabilities) {
    if (probabilities.empty())
        return std::nullopt;
    double sum = 0;
    for (double q : probabilities)
        sum += q;
    if (sum >= 1.0 - kProbabilitySumTolerance && sum <= 1.0 + kProbabilitySumTolerance)
        return std::nullopt;
    return sum;
}

// Per-period values, stored one row per period (SQLite) or as arrays (JSON).
constexpr double kObservedLo = -kMaxQuantity, kObservedHi = kMaxQuantity;
constexpr Money kCostLo = 0, kCostHi = kMaxMoney;
constexpr int kIntakeLo = 0;
constexpr std::int64_t kIntakeHi = kMaxCount;

// Checks a project before it is written (saveProject, toJson): every value in range and finite,
// every text within its limit, every reference resolved, no national identity number in the
// ledger, every per-period series of timeline.periods entries. Locations are domain terms (entity,
// id, field, period); ledger rows are named by their index.
Diagnostics checkProject(const Project &project);

// Collects the ids references may point to.
IdSets collectIds(const Project &project);

// Adds d unless ds already holds kMaxDiagnostics entries.
void addDiagnostic(Diagnostics &ds, Diagnostic d);

} // namespace effekt::io
