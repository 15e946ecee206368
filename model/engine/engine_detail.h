// Private to the engine room (model/engine/): what its files share. The helpers of the hot loops
// (checked money arithmetic, rounding, the largest-remainder split, the payment rules of DOMAIN.md
// §4 step 1), inline here so that they stay inlined; the prepared project; the runs' structures.
#pragma once

#include "engine.h"
#include "exact.h"
#include "valuelimits.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#if defined(__GNUC__)
#define EFFEKT_ALWAYS_INLINE [[gnu::always_inline]]
#else
#define EFFEKT_ALWAYS_INLINE
#endif

namespace effekt::engine {

constexpr Money kNoCap = std::numeric_limits<Money>::max();

inline std::size_t idx(int i) {
    return static_cast<std::size_t>(i);
}

inline double finiteOr0(double v) {
    return std::isfinite(v) ? v : 0.0;
}

inline Money nonNegative(Money m) {
    return m < 0 ? 0 : m;
}

// money::times, inline for the common case (exact.h, roundedProduct), the call otherwise.
EFFEKT_ALWAYS_INLINE inline Money times(Money m, double f) {
    Money r;
    return exact::roundedProduct(m, f, r) ? r : money::times(m, f);
}

// money::times, without its call for the common factors 0 and 1.
inline Money scaled(Money m, double f) {
    if (f == 1.0)
        return m;
    if (f == 0.0)
        return 0;
    return times(m, f);
}

// money::round (half away from zero, overflow → MoneyOverflow), inline and without the libm
// call: for |v| < 2^63 the truncation is exact, and so is v minus it (|v| < 2^53, or v is already
// a whole number and the difference is 0).
EFFEKT_ALWAYS_INLINE inline Money roundMoney(double v) {
    constexpr double kLimit = 9223372036854775808.0; // 2^63
    if (!(std::fabs(v) < kLimit))                    // not a number, infinite, or beyond 64 bits
        return money::round(v); // throws, or rounds at the very edge exactly as money::round
    const Money whole = static_cast<Money>(v); // towards zero
    const double frac = v - static_cast<double>(whole);
    return whole + (frac >= 0.5) - (frac <= -0.5); // without branches: the fraction is random
}

// Checked addition and subtraction as money::add / money::sub, inline for the hot loops: the
// throw sits in a cold function of its own, so the checks stay a single flag test.
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void overflowed() {
    throw MoneyOverflow();
}
// Where an amount left the range of Money, as the planner sees it: the engine's loops catch
// MoneyOverflow where they know what they compute (a metric's payment in a period, a fixed fee, a
// period's total, an investor's account) and throw it on located. The innermost place names it:
// an overflow already located keeps its place on the way out (docs/engine.md "Overflow").
class LocatedOverflow : public MoneyOverflow {
public:
    explicit LocatedOverflow(Diagnostic where)
        : where(std::move(where)) {}
    Diagnostic where;
};

// Called in a `catch (const MoneyOverflow &)` block: throws the overflow on, located at (entity,
// id, field, period) unless it was located already.
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void
overflowAt(const char *entity, std::int64_t id, const char *field, int period) {
    try {
        throw;
    } catch (const LocatedOverflow &) {
        throw;
    } catch (const MoneyOverflow &) {
        throw LocatedOverflow(
            Diagnostic{DiagCode::MoneyOverflow, Severity::Error, entity, id, field, period, {}});
    }
}

// The field of a metric's payment rule its payments come from, for an overflow's place.
inline const char *paymentField(const Metric &m) {
    switch (m.rule.type) {
    case RuleType::PerUnit: return m.rule.bands.empty() ? "price" : "bands";
    case RuleType::Tiered: return "tiers";
    case RuleType::ShareOfSavings: return "share";
    case RuleType::Milestone: return "milestoneAmount";
    }
    return "rule";
}

// The number of periods a savings line spreads each amount over (docs/engine.md): its years
// (0 … 100) in periods plus its own periods (0 … 1,200); 0 means all in the period of achievement.
inline int spreadPeriodsOf(const SavingsLine &s, int perYear) {
    return std::clamp(s.spreadYears, 0, limits::kMaxSpreadYears) * perYear +
           std::clamp(s.spreadPeriods, 0, limits::kMaxSpreadPeriods);
}

inline Money madd(Money a, Money b) {
#if defined(__GNUC__)
    Money r;
    if (__builtin_add_overflow(a, b, &r))
        overflowed();
    return r;
#else
    constexpr Money kMax = std::numeric_limits<Money>::max(),
                    kMin = std::numeric_limits<Money>::min();
    if ((b > 0 && a > kMax - b) || (b < 0 && a < kMin - b))
        overflowed();
    return a + b;
#endif
}
inline Money msub(Money a, Money b) {
#if defined(__GNUC__)
    Money r;
    if (__builtin_sub_overflow(a, b, &r))
        overflowed();
    return r;
#else
    constexpr Money kMax = std::numeric_limits<Money>::max(),
                    kMin = std::numeric_limits<Money>::min();
    if ((b < 0 && a > kMax + b) || (b > 0 && a < kMin + b))
        overflowed();
    return a - b;
#endif
}

// a(t) of one series (a metric's own, or one cohort's of a metric tested cohort by cohort) on a
// basis.
template <typename Series> inline double observedSeries(const Series &s, int t, Basis basis) {
    if (t < 0)
        return 0.0;
    const auto i = static_cast<std::size_t>(t);
    const double plan = i < s.plan.size() ? s.plan[i] : 0.0;
    const std::optional<double> actual = i < s.actual.size() ? s.actual[i] : std::nullopt;
    switch (basis) {
    case Basis::Plan: return plan;
    case Basis::Actual: return actual.value_or(0.0);
    case Basis::Forecast: return actual.value_or(plan);
    }
    return plan;
}

// a(t) of a metric tested cohort by cohort: the sum of its cohorts' a_c(t), each finite (not a
// number → 0) (payments.cpp; docs/engine.md "Cohort tests and the final settlement").
double cohortsObserved(const Metric &metric, int t, Basis basis);

// a(t) of a metric on a basis: the body of effekt::observedValue (payments.cpp), inline here for
// prepare(). The payment runs call observedValue itself, as they did when the engine was one file.
inline double observed(const Metric &metric, int t, Basis basis) {
    if (!metric.cohortOutcomes.empty()) [[unlikely]]
        return cohortsObserved(metric, t, basis);
    return observedSeries(metric, t, basis);
}

// A saving of `amount` in period `from` spread evenly over `parts` periods, added to `step` as
// steps (+x from `from`, −x after the last period) whose running sum gives each period's share;
// the remainder one øre a period to the earliest, so that the shares sum to the amount
// (commissioner.cpp, fastrun.cpp).
inline void addSpread(std::vector<Money> &step, std::size_t from, Money amount, Money parts) {
    const Money each = amount / parts, rest = amount % parts; // rest: the sign of amount
    const std::size_t to = from + static_cast<std::size_t>(parts);
    step[from] = madd(step[from], each);
    step[to] = msub(step[to], each);
    if (rest != 0) {
        const std::size_t restEnd = from + static_cast<std::size_t>(rest < 0 ? -rest : rest);
        const Money one = rest < 0 ? -1 : 1;
        step[from] = madd(step[from], one);
        step[restEnd] = msub(step[restEnd], one);
    }
}

// ---- Prepared project: everything that does not depend on the basis (prepare.cpp) -------------

struct PreparedMetric {
    const Metric *m = nullptr;
    int lag = 0;
    std::vector<double> payerWeights; // aligned with payerIds
    std::vector<double> plan, cf;     // a(t) planned and b(t), finite (not a number → 0)
    std::vector<Tier> tiers;          // sorted by level (mirrored: by −level)
    bool mirrored = false;            // tiers on a of a lower-is-better metric
    std::vector<VolumeBand> bands;    // sorted by fromUnits
    double members = 0;               // cohort size, for per-member tiers
    Money capMoney = kNoCap;
    double capUnits = std::numeric_limits<double>::infinity();
    // A per-unit rule on a metric tested cohort by cohort: it pays the units the cohort tests and
    // the settlement give (PaymentRun::cohortUnits), not its own threshold's.
    bool cohortRule = false;
};

// One cohort of a metric tested cohort by cohort, and the metric's settlement (docs/engine.md
// "Cohort tests and the final settlement"): the cohort's planned a_c(t) and its b_c(t), finite (not
// a number → 0); its reported values are read from `outcome` on each run (a Recomputation changes
// them).
struct PreparedCohort {
    const CohortOutcome *outcome = nullptr;
    double threshold = 0; // 0 (also for a threshold that is not a number or below 0): no test
    std::vector<double> plan, cf;
};
struct PreparedCohortTest {
    std::size_t metric = 0; // index into Prepared::metrics, whose rule is per unit
    std::vector<PreparedCohort> cohorts;
    int settlementPeriod = -1; // -1: no settlement (none, or outside the timeline)
    double settlementThreshold = 0;
};

struct PreparedFee {
    std::vector<Money> amount;        // per contract period
    std::vector<double> payerWeights; // aligned with payerIds
};

struct LedgerIndex {
    bool usable = false;
    int participants = 0;
    // Rows grouped by (period, metric), each group in ledger order: rows in [offset[k],
    // offset[k+1]) with k = t * metrics + m.
    std::vector<std::size_t> offset;
    std::vector<int> participant;
    std::vector<double> units;
};

// A review point the engine evaluates (DOMAIN.md §8b, docs/engine.md "Review points and early
// termination"): only reviews inside the timeline, with a share in (0, 10] and, for a metric's
// units, a metric that exists. `plan` is the cumulative figure on the plan through `period`:
// improvement units, or outcome payments earned (after step 4) in øre.
struct PreparedReview {
    int id = 0;
    int period = 0;
    ReviewTest test = ReviewTest::MetricUnits;
    std::size_t metric = 0; // MetricUnits: index into Prepared::metrics
    double share = 0;
    double plan = 0;
};

struct Prepared {
    const Project *p = nullptr;
    int n = 0;       // contract periods
    int periods = 0; // contract periods + longest lag
    int perYear = 4;
    std::vector<int> payerIds;
    std::vector<Money> payerCap; // kNoCap when none
    bool anyPayerCap = false;
    // Caps per budget year (docs/engine.md "Caps per budget year"): each payer's (kNoCap when
    // none), the budget year of each due period (t < periods: the calendar year of its last day,
    // counted from the first period's year) and the number of years.
    std::vector<Money> payerYearCap;
    bool anyYearCap = false;
    bool yearCapCarry = false;
    std::vector<int> yearOf;
    int years = 0;
    std::vector<PreparedMetric> metrics;
    std::vector<PreparedFee> fees;
    std::vector<Money> cost; // per contract period, >= 0
    // Price indexation (docs/engine.md "Price indexation"): per contract period of achievement
    // the factor its prices, tier amounts, milestone amounts and fixed fees are multiplied by.
    std::vector<double> index;
    bool indexed = false;         // some period's factor is not 1
    std::vector<Money> costAfter; // sum of cost over periods after t (t < periods)
    LedgerIndex ledger;
    Money totalCap = kNoCap;
    Money perParticipantCap = kNoCap;
    // Indices sorted by id: largest-remainder ties go to the lower id, so results do not depend on
    // the order in which metrics, payers, fees or investors are listed.
    std::vector<std::size_t> metricOrder, payerOrder, feeOrder, investorOrder;
    // Early termination (§8b): the reviews in the order they are taken (period, then id); the
    // termination payment (0 when none is due: no payment, or no party named), the payer who pays
    // it (index into payerIds, -1 when there is no payer) and whether it enters the account.
    std::vector<PreparedReview> reviews;
    Money terminationPayment = 0;
    int terminationPayer = -1;
    bool terminationIntoAccount = false;
    // The commissioner's view (§6): the periods the savings run for (at least `periods`: savings
    // may outlast payments) and each period's discount divisor (1 + r_p)^(t + 1), t <
    // savingsPeriods, r_p the discount rate per period.
    int savingsPeriods = 0;
    std::vector<double> discount;
    // A share-of-savings rule whose second share starts once the investors are repaid (§4 step 1,
    // docs/engine.md "Second share"): its payments depend on the account, so runs go through
    // runSwitched.
    bool repaidSwitch = false;
    // Cohort tests: whether a metric has cohort outcomes (then runs in detail fill
    // Results::cohortTests and settlements), and the per-unit rules that test them.
    bool anyCohortOutcomes = false;
    std::vector<PreparedCohortTest> cohortTests;
};

// Everything that does not depend on the basis (prepare.cpp). Keeps pointers into `p`.
Prepared prepare(const Project &p);

// ---- Step 1: gross payments ---------------------------------------------------------------------

// Price of `units` units starting after `from` units already paid, through the volume bands.
// Defined in payments.cpp and not inline, as in the one-file engine: inlined into the rules, it
// made the payment loops too large for the compiler to inline what matters more.
double bandValue(const PreparedMetric &pm, double from, double units);

EFFEKT_ALWAYS_INLINE inline double tierAmount(const PreparedMetric &pm, double v) {
    const auto &tiers = pm.tiers;
    if (tiers.empty() || v < tiers.front().level)
        return 0;
    double amount = static_cast<double>(tiers.back().amount);
    for (std::size_t k = 0; k + 1 < tiers.size(); ++k) {
        if (v < tiers[k + 1].level) {
            amount = static_cast<double>(tiers[k].amount);
            if (pm.m->rule.tierMode == TierMode::Interpolate) {
                const double span = tiers[k + 1].level - tiers[k].level;
                if (span > 0)
                    amount += (static_cast<double>(tiers[k + 1].amount) -
                               static_cast<double>(tiers[k].amount)) *
                              (v - tiers[k].level) / span;
            }
            break;
        }
    }
    if (pm.m->rule.tierAmountBasis == TierAmountBasis::PerCohortMember)
        amount *= pm.members;
    return amount;
}

// Share of savings on `units` kroner, given what this metric has already been paid (payments.cpp).
double savingsShareValue(const PaymentRule &rule, Money paidBefore, double units);

struct MetricState {
    double paidUnits = 0;  // cumulative, after the unit cap (volume bands count these)
    Money afterMetric = 0; // cumulative, after the metric caps
    Money earned = 0;      // cumulative, after the total cap
    bool milestoneDone = false;
    bool second = false; // this period pays a second share started once investors were repaid
};

// Step 1 for one metric in one period: the improvement, the units paid after the unit cap, the
// rule's gross payment and the same limited to the units paid.
struct RuleValue {
    double u = 0, paidUnits = 0;
    Money gross = 0, unitCapped = 0;
};

// u(t), the improvement units of a metric observing a against its counterfactual b: what every
// rule pays for, and what the savings count (commissioner.cpp).
EFFEKT_ALWAYS_INLINE inline double improvement(const PreparedMetric &pm, double a, double b) {
    return pm.m->direction == Direction::HigherIsBetter ? std::max(0.0, a - b)
                                                        : std::max(0.0, b - a);
}

// The rule's type is a template argument so that the loop over one metric's periods (the
// break-even search runs it thousands of times) has no dispatch inside. `index` is the period's
// price indexation factor (Prepared::index): it multiplies what a per-unit, tiered or milestone
// rule pays before the rounding to øre; a share of savings is in current money already. `Cohort`:
// a per-unit rule on a metric tested cohort by cohort, paying `cohortUnits` (the units of the
// cohorts that passed their tests, and the settlement's) instead of u with its own threshold.
template <RuleType Type, bool Cohort = false>
EFFEKT_ALWAYS_INLINE inline RuleValue ruleValueOf(const PreparedMetric &pm, MetricState &st,
                                                  double a, double b, double index,
                                                  [[maybe_unused]] double cohortUnits = 0) {
    const Metric &metric = *pm.m;
    const PaymentRule &rule = metric.rule;
    RuleValue v;
    const double u = improvement(pm, a, b);
    v.u = u;
    const double roomUnits = std::max(0.0, pm.capUnits - st.paidUnits);
    double grossValue = 0, unitCapValue = 0;
    if constexpr (Type == RuleType::PerUnit) {
        double eligible = u; // units the rule pays for
        if constexpr (Cohort) {
            eligible = cohortUnits;
        } else {
            const ThresholdBasis tb = rule.thresholdBasis;
            if ((tb == ThresholdBasis::Units || tb == ThresholdBasis::UnitsAndRelative) &&
                u < rule.threshold)
                eligible = 0;
            if (tb == ThresholdBasis::Relative && (b == 0 || u / std::fabs(b) < rule.threshold))
                eligible = 0;
            if (tb == ThresholdBasis::UnitsAndRelative &&
                (b == 0 || u / std::fabs(b) < rule.thresholdRelative))
                eligible = 0;
        }
        v.paidUnits = std::min(eligible, roomUnits);
        grossValue = pm.bands.empty() ? static_cast<double>(rule.price) * eligible
                                      : bandValue(pm, st.paidUnits, eligible);
        unitCapValue = v.paidUnits == eligible ? grossValue // the unit cap does not bind
                                               : bandValue(pm, st.paidUnits, v.paidUnits);
    } else if constexpr (Type == RuleType::Tiered) {
        double x = pm.mirrored ? -a : a;
        bool defined = true;
        if (rule.tierBasis == TierBasis::Relative) {
            defined = b != 0;
            x = defined ? u / std::fabs(b) : 0;
        }
        grossValue = defined ? tierAmount(pm, x) : 0;
        v.paidUnits = std::min(u, roomUnits);
        // (paidUnits == u: the unit cap does not bind, and u / u is exactly 1)
        unitCapValue = u > 0 && v.paidUnits != u ? grossValue * (v.paidUnits / u) : grossValue;
    } else if constexpr (Type == RuleType::ShareOfSavings) {
        v.paidUnits = std::min(u, roomUnits);
        if (rule.secondShare && rule.secondShareWhen == SecondShareSwitch::InvestorsRepaid) {
            // The whole period at one share: the caller set st.second (runSwitched).
            const double s = finiteOr0(st.second ? *rule.secondShare : rule.share);
            grossValue = s * (u * static_cast<double>(money::kMinorPerMajor));
            unitCapValue = v.paidUnits == u
                               ? grossValue
                               : s * (v.paidUnits * static_cast<double>(money::kMinorPerMajor));
        } else {
            grossValue = savingsShareValue(rule, st.earned, u);
            unitCapValue =
                v.paidUnits == u ? grossValue : savingsShareValue(rule, st.earned, v.paidUnits);
        }
    } else {
        if (!st.milestoneDone && a >= 1) {
            grossValue = static_cast<double>(rule.milestoneAmount);
            st.milestoneDone = true;
        }
        v.paidUnits = std::min(u, roomUnits);
        unitCapValue = grossValue;
    }
    if constexpr (Type != RuleType::ShareOfSavings)
        if (index != 1.0) {
            grossValue *= index;
            unitCapValue *= index;
        }
    v.gross = std::max<Money>(0, roundMoney(grossValue));
    v.unitCapped = unitCapValue == grossValue
                       ? v.gross
                       : std::min(v.gross, std::max<Money>(0, roundMoney(unitCapValue)));
    return v;
}

EFFEKT_ALWAYS_INLINE inline RuleValue ruleValue(const PreparedMetric &pm, MetricState &st, double a,
                                                double b, double index) {
    switch (pm.m->rule.type) {
    case RuleType::PerUnit: return ruleValueOf<RuleType::PerUnit>(pm, st, a, b, index);
    case RuleType::Tiered: return ruleValueOf<RuleType::Tiered>(pm, st, a, b, index);
    case RuleType::ShareOfSavings:
        return ruleValueOf<RuleType::ShareOfSavings>(pm, st, a, b, index);
    case RuleType::Milestone: break;
    }
    return ruleValueOf<RuleType::Milestone>(pm, st, a, b, index);
}

// Step 3: the per-metric caps on units, then on money. Returns the payment after them.
EFFEKT_ALWAYS_INLINE inline Money metricCaps(const PreparedMetric &pm, MetricState &st,
                                             Money afterParticipant, const RuleValue &v) {
    Money capped = std::min(afterParticipant, v.unitCapped);
    if (pm.capMoney != kNoCap)
        capped = std::min(capped, nonNegative(msub(pm.capMoney, st.afterMetric)));
    st.paidUnits += v.paidUnits;
    st.afterMetric = madd(st.afterMetric, capped);
    return capped;
}

// a(t) of a metric on a basis, or on the plan with the improvement scaled by `factor`. Runs for
// every metric and period, so always inline.
EFFEKT_ALWAYS_INLINE inline double observedOn(const PreparedMetric &pm, int t, Basis basis,
                                              std::optional<double> factor) {
    const double b = pm.cf[idx(t)];
    return factor                 ? b + *factor * (pm.plan[idx(t)] - b)
           : basis == Basis::Plan ? pm.plan[idx(t)]
                                  : finiteOr0(observedValue(*pm.m, t, basis));
}

struct RepaidScratch; // repaid.cpp

// ---- Payments run: steps 1–6 (payments.cpp) -----------------------------------------------------

struct PaymentRun {
    std::vector<Money> outcomeDue, fixedDue, totalDue;
    std::vector<std::vector<Money>> payerDue; // [payer][t]
    std::vector<std::vector<Money>> feeDue;   // [fee][t]
    Money largestGrossTotal = 0;              // largest single-period sum of gross payments
    std::vector<Money> largestGross;          // per metric
    // Scratch, kept between runs so that repeated runs (the break-even search) do not allocate.
    std::vector<MetricState> state;
    std::vector<Money> capped;    // [t * metrics + m]: step 3's result
    std::vector<Money> periodSum; // quick runs: step 3's result per period
    std::vector<Money> payerCum, participantCum, share, feeNow, earned, parts;
    std::vector<std::vector<char>> seen;
    std::vector<double> weights, payerUpper;
    // Quick runs: per split source (metrics, then fees) the amounts split and how many splits.
    std::vector<Money> quickAmount;
    std::vector<std::int64_t> quickSplits;
    money::SplitScratch split;
    std::vector<double> shareRem;
    // Per period of achievement: the outcome payments earned after step 4, all metrics (the
    // figure an OutcomePayments review counts).
    std::vector<Money> earnedByPeriod;
    // What the total cap counted: the outcome payments earned after step 4 and the fixed fees
    // inside the total cap (Results::totalCapCounted).
    Money totalCounted = 0;
    // Caps per budget year: [payer][due period] cut and carried (Results::yearCapCut,
    // yearCapCarried), [metric][due period] carried outcome payments, the same by metric and
    // payer ([(metric × due periods + due period) × payers + payer], Results::carriedByPayer), and
    // scratch: what each payer has paid in each year under its cap ([payer × years + year]) and
    // the amounts cut and still carried, per payer.
    std::vector<std::vector<Money>> yearCut, yearCarried, carriedByMetric;
    std::vector<Money> carriedByMetricPayer;
    std::vector<Money> yearUsed;
    struct CarriedAmount {
        int due = 0;        // the due period whose payment was cut
        std::size_t source; // metric m, or metrics + fee f
        Money amount = 0;   // still owed
    };
    std::vector<std::vector<CarriedAmount>> carried;
    // Input of a run (runSwitched sets it): per metric, the first period of achievement paid at
    // the second share of a rule that starts it once the investors are repaid (kNever: none).
    // Empty when no rule does.
    std::vector<int> secondFrom;
    std::shared_ptr<RepaidScratch> repaid; // runSwitched's scratch
    // Cohort tests (cohorts.cpp): per metric whose per-unit rule tests its cohorts, the units the
    // rule pays in each period of achievement (the cohorts that passed, and in the settlement's
    // period what it adds), before any cap; empty rows for the other metrics. Empty when no rule
    // tests cohorts.
    std::vector<std::vector<double>> cohortUnits;
    // The fast path (fastrun.cpp): each metric's improvement units per period, [m · n + t].
    std::vector<double> units;
};

// ---- Cohort tests and the final settlement (cohorts.cpp) ---------------------------------------

// For a run: each cohort-tested rule's units per period into `out.cohortUnits` (periods from `end`
// on pay nothing, and a settlement in them is not taken), on the basis or on the plan with each
// cohort's improvement scaled by `factor`; with `detail`, Results::cohortTests and settlements.
// Called by runPayments when a metric has cohort outcomes.
void cohortUnits(const Prepared &pp, Basis basis, std::optional<double> factor, int end,
                 PaymentRun &out, Results *detail);

constexpr int kNever = std::numeric_limits<int>::max();

// Steps 1–6 for every period. With `quick` (no detail), the payer split is skipped and only an
// upper bound on what each capped payer would pay is kept (each exact part is at most its real
// share plus one øre); when a bound reaches its cap the run is not valid (returns false) and must
// be repeated without `quick`. Otherwise the totals are exactly those of the full run; payerDue
// and feeDue are not filled.
//
// Steps 1–3 of a period never depend on steps 4–6 except through a share-of-savings rule's second
// share, which counts the payments earned after the total cap. Until the total cap binds those
// equal the payments after the metric caps; from the period after it binds nothing more is
// earned, whatever steps 1–3 give. So a run that reports no detail and uses no ledger (which
// links the metrics of a period through the per-participant caps) takes steps 1–3 one metric at a
// time over all periods, counting the payments after the metric caps as earned, and the earned
// payments come out exactly the same; only the detail would differ after the cap binds.
//
// `end` (when ≥ 0) ends the contract after period end − 1 (early termination, §8b): periods from
// `end` on earn nothing and have no fixed fees; in `detail` they keep their observed value, their
// counterfactual and their due period, with 0 units and 0 payments.
bool runPayments(const Prepared &pp, Basis basis, std::optional<double> factor, Results *detail,
                 PaymentRun &out, bool quick = false, int end = -1);

// ---- Review points and early termination (§8b, termination.cpp) --------------------------------

// The review (index into pp.reviews) that fails on a run's figures, the first in the order they are
// taken, or -1. Improvement units come from the basis (or the scaled plan) directly, outcome
// payments from `pay.earnedByPeriod`.
int failingReview(const Prepared &pp, Basis basis, std::optional<double> factor,
                  const PaymentRun &pay);

// The cumulative figure a review compares with its plan figure, on a run's figures: improvement
// units, or outcome payments earned in øre.
double reviewFigure(const Prepared &pp, const PreparedReview &r, Basis basis,
                    std::optional<double> factor, const PaymentRun &pay);

// Steps 1–6 with the reviews applied: runs the payments (a quick run repeated exactly when it is
// not valid), takes the reviews, and when one fails runs them again ended after its period.
// Reviews are not taken on the plan itself (basis Plan without a factor): the plan is their
// yardstick. Returns the failing review (index into pp.reviews) or -1. The termination payment is
// not in `pay`: the caller adds it where it belongs.
int runReviewed(const Prepared &pp, Basis basis, std::optional<double> factor, Results *detail,
                PaymentRun &pay, bool quick);

// ---- Second shares once investors are repaid (§4 step 1, repaid.cpp) ---------------------------

// runPayments, with the periods at which rules switch to their second share once the investors
// are repaid (pay.secondFrom) found first: without such rules exactly runPayments; with them,
// payments and the account (runAccount with the same `end`) are run in turns, each turn fixing
// the earliest switch it finds, until no further rule switches (docs/engine.md "Second share").
bool runSwitched(const Prepared &pp, Basis basis, std::optional<double> factor, Results *detail,
                 PaymentRun &pay, bool quick = false, int end = -1);

// ---- The special-purpose account and the waterfall (§5, waterfall.cpp)
// ----------------------------

struct InvestorState {
    Money commitment = 0;
    Money drawn = 0;
    Money outstanding = 0; // principal drawn and not repaid
    Money accrued = 0;     // coupon accrued and not paid
    Money distributed = 0;
    Money returnRoomCap = kNoCap; // recomputed from drawn
};

struct AccountRun {
    std::vector<Money> draws, distributions, incentive, kept, reserve, gap;
    std::vector<std::vector<Money>> investorDraws, investorDist; // [investor][t]
    std::vector<Money> guarantee;                                // per investor
    std::vector<InvestorState> inv;
    Money totalDrawn = 0, totalDistributed = 0, totalGap = 0;
    int firstGap = -1;
    // Scratch, kept between runs.
    std::vector<double> commitW, w, fillW;
    std::vector<Money> room, given, paid, parts;
    std::vector<char> active;
    money::SplitScratch split;
    // Scratch of compute() and the commissioner's view.
    std::vector<Money> outsideAccount, noOutcome;
    std::array<std::vector<Money>, 4> savingsSteps;
    std::vector<double> net, flows;
    std::vector<Date> dates;
};

// Without `detail` only the totals are kept (drawn, distributed, the gap), not the rows per period
// and investor nor the guarantees.
// `end` (when ≥ 0) ends the contract after period end − 1: no delivery costs from `end` on, and
// no reserve from period end − 1 on (no costs remain).
void runAccount(const Prepared &pp, const std::vector<Money> &paymentsIn, AccountRun &a,
                bool detail, int end = -1);

// The detailed run's rows, the funding gap and the investors' figures (multiple; with `rates`
// their IRR and XIRR) into the results. The rows are swapped into the results, so that a run
// reusing `acc` and `r` (Recomputation) allocates nothing.
void accountResults(const Prepared &pp, AccountRun &acc, Results &r, bool rates);

// ---- The commissioner's view (§6, commissioner.cpp) ---------------------------------------------

// Net payments and their present value, savings by budget holder, net value, benefit-cost ratio,
// payback, the traditional alternative and (with `riskTransferred`) the risk transferred. Uses
// `acc` as scratch.
// `detail` off (a totals-only run, ComputeOptions::detail): no rows (paymentsDiscounted, savings)
// and no payback, traditional cost or risk transferred; the same totals. Each metric's
// improvement units come from r.metric, or in a totals-only run are worked out from the project.
void commissionerView(const Prepared &pp, Results &r, AccountRun &acc, bool riskTransferred,
                      bool detail = true);

// ---- The fast path of totals-only runs (fastrun.cpp) -------------------------------------------

// Whether fastRun() covers the project: no review points, no second share once investors are
// repaid (indeed no share of savings), no cohort tests, no payer caps and no caps per budget year,
// at most one investor, no per-participant caps or once-per-participant rules with a usable
// ledger, and every metric with a plan and a reported value for each period.
bool fastPathCovers(const Prepared &pp);

// Recomputation::computeTotals()'s figures of a project fastPathCovers(), on the forecast basis,
// with `pay` and `acc` as scratch. Throws MoneyOverflow, not located: the caller then runs
// compute(), which locates it.
void fastRun(const Prepared &pp, RunTotals &out, PaymentRun &pay, AccountRun &acc);

// ---- KPIs (kpis.cpp) ----------------------------------------------------------------------------

// Maximum possible payment, forecast payment and the break-even factor. Uses `pay` and `acc` as
// scratch.
void kpis(const Prepared &pp, Basis basis, Results &r, PaymentRun &pay, AccountRun &acc);

// ---- compute() (compute.cpp)
// ---------------------------------------------------------------------

// Everything compute() does after validating and preparing the project: the payments with the
// reviews, the account, the commissioner's view and (ComputeOptions::kpis) the KPIs, into `r`,
// which must be as a new Results except that its vectors may hold (any) values: every one is
// assigned or swapped in whole. Uses `pay` and `acc` as scratch, so that a caller computing the
// same prepared project again and again (Recomputation) reuses their memory. Throws MoneyOverflow.
void computePrepared(const Prepared &pp, Basis basis, const ComputeOptions &options, Results &r,
                     PaymentRun &pay, AccountRun &acc);

// A diagnostic of the computation (compute() and the account's figures).
inline Diagnostic diag(DiagCode code, Severity s, std::string entity, std::int64_t id,
                       std::string field, int period, std::vector<DiagValue> values) {
    return Diagnostic{code, s, std::move(entity), id, std::move(field), period, std::move(values)};
}

} // namespace effekt::engine
