// The project: everything a contract consists of (DOMAIN.md §3). Plain value types, cheap to copy
// and compare; the large parts (the participant ledger) are shared immutable values so that the
// GUI's undo can keep whole snapshots of a project.
//
// Identity: parties, metrics, investors, fixed fees and cohorts carry a stable integer `id`, unique
// within their list and never reused in a project; references between entities use those ids, never
// positions. Per-period series have exactly `timeline.periods` entries (normalise() restores that).
#pragma once

#include "date.h"
#include "money.h"
#include "nationalid.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace effekt {

// A shared, immutable value: copying costs a pointer; comparing compares contents.
template <typename T> class Shared {
public:
    Shared()
        : ptr_(std::make_shared<const T>()) {}
    explicit Shared(T value)
        : ptr_(std::make_shared<const T>(std::move(value))) {}
    const T &operator*() const { return *ptr_; }
    const T *operator->() const { return ptr_.get(); }
    const T &get() const { return *ptr_; }
    // Copy on write: returns a new value built from a copy of this one.
    template <typename F> void modify(F &&f) {
        T copy = *ptr_;
        f(copy);
        ptr_ = std::make_shared<const T>(std::move(copy));
    }
    void set(T value) { ptr_ = std::make_shared<const T>(std::move(value)); }
    friend bool operator==(const Shared &a, const Shared &b) {
        return a.ptr_ == b.ptr_ || *a.ptr_ == *b.ptr_;
    }

private:
    std::shared_ptr<const T> ptr_;
};

// ---- Timeline
// ------------------------------------------------------------------------------------

enum class PeriodLength { Month, Quarter, HalfYear, Year };

int monthsPerPeriod(PeriodLength length); // 1, 3, 6, 12
int periodsPerYear(PeriodLength length);  // 12, 4, 2, 1

struct Timeline {
    Date start{2027, 1, 1}; // first day of a month
    PeriodLength length = PeriodLength::Quarter;
    int periods = 8; // 1..600

    static constexpr int kMinPeriods = 1;
    static constexpr int kMaxPeriods = 600;

    Date periodStart(int t) const; // t may exceed periods (lags)
    Date periodEnd(int t) const;   // last day of period t, where its cash flows fall
    bool operator==(const Timeline &) const = default;
};

// ---- Parties
// -------------------------------------------------------------------------------------

enum class PartyRole {
    Commissioner,
    CoPayer,
    Investor,
    Provider,
    Intermediary,
    Evaluator,
    Guarantor
};

struct Party {
    int id = 0;
    std::string name;
    PartyRole role = PartyRole::Commissioner;
    std::string orgNumber;    // Norwegian organisation number, 9 digits, may be empty
    std::optional<Money> cap; // per-payer cap on all it pays (commissioners and co-payers)
    // Per-payer cap on what it pays in each calendar (budget) year, by the year of the due date
    // (docs/engine.md "Caps per budget year"); commissioners and co-payers.
    std::optional<Money> yearCap = std::nullopt;
    bool operator==(const Party &) const = default;

    bool isPayer() const { return role == PartyRole::Commissioner || role == PartyRole::CoPayer; }
};

// 9 digits with a valid modulus-11 check digit (weights 3,2,7,6,5,4,3,2).
bool isValidOrgNumber(std::string_view digits);

// ---- Target group
// --------------------------------------------------------------------------------

struct Cohort {
    int id = 0;
    std::string name;
    std::string description;
    int plannedSize = 0;
    std::vector<int> intake; // people starting in each period
    bool operator==(const Cohort &) const = default;
};

struct TargetGroup {
    std::string name;
    std::string description;
    int plannedSize = 0;
    std::vector<Cohort> cohorts;
    bool operator==(const TargetGroup &) const = default;
};

// ---- Metrics and payment rules
// -------------------------------------------------------------------

enum class Direction { HigherIsBetter, LowerIsBetter };
enum class MetricUnit { People, Events, Days, Money, Percent };
enum class ValidationMethod {
    SimpleVerification,
    BeforeAfter,
    HistoricalComparison,
    MatchedComparison,
    RandomisedControl
};

enum class RuleType { PerUnit, Tiered, ShareOfSavings, Milestone };
// Minimum u, minimum x = u / b, or both at once (pay only when u ≥ threshold and x ≥
// thresholdRelative).
enum class ThresholdBasis { None, Units, Relative, UnitsAndRelative };
enum class TierBasis { Relative, Observed }; // tiers on x, or on a
enum class TierMode { Step, Interpolate };
enum class TierAmountBasis { PerPeriod, PerCohortMember };
// When a share-of-savings rule's second share starts: once this metric's cumulative payments
// reach secondShareAfter, or once every investor has received the capital drawn plus
// secondShareReturn a year on it, judged on the account at the end of the previous period
// (docs/engine.md "Second share").
enum class SecondShareSwitch { AfterSum, InvestorsRepaid };

// A volume band: `price` applies to cumulative paid units above `fromUnits` (the first band starts
// at 0). Bands are ordered by fromUnits.
struct VolumeBand {
    double fromUnits = 0;
    Money price = 0;
    bool operator==(const VolumeBand &) const = default;
};

struct Tier {
    double level = 0; // of x (a fraction, 0.25 = 25 %) or of a
    Money amount = 0;
    bool operator==(const Tier &) const = default;
};

struct PayerShare {
    int partyId = 0;
    double share = 1.0; // fraction; a rule's shares sum to 1
    bool operator==(const PayerShare &) const = default;
};

// The final settlement of a metric tested cohort by cohort (Peterborough, docs/engine.md "Cohort
// tests and the final settlement"): at the end of period `period` of achievement, all cohorts'
// observed values and comparison figures of periods 0 … `period` are pooled; when the pooled
// relative improvement reaches `threshold`, the pooled improvement units that the cohort tests
// have not already counted are paid in that period (at the rule's price, through its bands and
// caps): "the final payment, less what was already paid".
struct CohortSettlement {
    int period = 0;       // period of achievement of the pooled test (0 … periods − 1)
    double threshold = 0; // minimum relative improvement of the pooled cohorts (0.075 = 7.5 %)
    bool operator==(const CohortSettlement &) const = default;
};

struct PaymentRule {
    RuleType type = RuleType::PerUnit;

    // Per unit (rate card)
    Money price = 0;
    ThresholdBasis thresholdBasis = ThresholdBasis::None;
    double threshold = 0;          // minimum u (Units, UnitsAndRelative) or minimum x (Relative)
    double thresholdRelative = 0;  // UnitsAndRelative: the minimum x beside the minimum u
    std::vector<VolumeBand> bands; // empty: `price` for every unit

    // Tiered
    TierBasis tierBasis = TierBasis::Relative;
    TierMode tierMode = TierMode::Step;
    TierAmountBasis tierAmountBasis = TierAmountBasis::PerPeriod;
    std::vector<Tier> tiers;

    // Share of savings: a(t) is money saved (in major units, kroner)
    double share = 0;                  // fraction of u(t) paid
    std::optional<double> secondShare; // applies once cumulative payments reach secondShareAfter
    Money secondShareAfter = 0;
    SecondShareSwitch secondShareWhen = SecondShareSwitch::AfterSum;
    double secondShareReturn = 0; // InvestorsRepaid: the annual return (0.05 = 5 % a year)

    // Milestone: paid once, in the first period where a(t) >= 1
    Money milestoneAmount = 0;

    // Common to all rules
    std::optional<Money> capMoney;   // on this metric's total payments
    std::optional<double> capUnits;  // on this metric's total paid units
    int lag = 0;                     // periods between achievement and payment
    std::vector<PayerShare> payers;  // empty: the project's first commissioner pays 100 %
    bool oncePerParticipant = false; // with a ledger: a participant counts at most once

    // Per unit, on a metric tested cohort by cohort (Metric::cohortOutcomes): the final test over
    // the pooled cohorts. None: no settlement.
    std::optional<CohortSettlement> settlement = std::nullopt;

    bool operator==(const PaymentRule &) const = default;
};

enum class BudgetHolder { Kommune, Stat, Helseforetak, Other };

struct SavingsLine {
    BudgetHolder holder = BudgetHolder::Kommune;
    Money perUnit = 0; // public saving per improvement unit
    bool cashable = true;
    // Spread evenly over spreadYears × periods a year + spreadPeriods periods from the period of
    // achievement (0 in all: all in it).
    int spreadYears = 0;
    int spreadPeriods = 0;
    bool operator==(const SavingsLine &) const = default;
};

// One cohort's own outcome data for a metric tested cohort by cohort (Peterborough: each cohort
// against its own comparison group; docs/engine.md "Cohort tests and the final settlement"). Per
// period, `timeline.periods` entries each, as a metric's own series.
struct CohortOutcome {
    int cohortId = 0; // a cohort of the target group (Cohort::id)
    // Minimum relative improvement x_c = u_c / |b_c| of this cohort in a period (0.10 = 10 %) for
    // its improvement units to be paid; 0: the cohort's units are paid without a test.
    double threshold = 0;
    std::vector<double> plan;                  // a_c(t) planned
    std::vector<std::optional<double>> actual; // a_c(t) reported, nullopt = not reported
    std::vector<double> counterfactual;        // b_c(t): the cohort's comparison group
    bool operator==(const CohortOutcome &) const = default;
};

struct Metric {
    int id = 0;
    std::string name;
    std::string definition;
    MetricUnit unit = MetricUnit::People;
    Direction direction = Direction::HigherIsBetter;
    ValidationMethod validation = ValidationMethod::SimpleVerification;
    std::string dataSource;
    std::optional<int> cohortId; // the cohort it measures (for per-member tiers, head counts)

    // Per period, `timeline.periods` entries each.
    std::vector<double> plan;                  // planned observed value a(t)
    std::vector<std::optional<double>> actual; // reported observed value, nullopt = not reported
    std::vector<double> counterfactual;        // b(t), 0 if none

    PaymentRule rule;
    std::vector<SavingsLine> savings;

    // Cohort tests: when not empty, the metric's a(t) and b(t) are the sums of these cohorts'
    // series (its own plan, actual and counterfactual are not used), and a per-unit rule pays in
    // each period only the improvement units of the cohorts that reach their threshold, plus the
    // rule's settlement. One entry per cohort at most, in the order the planner gave.
    std::vector<CohortOutcome> cohortOutcomes = {};

    bool operator==(const Metric &) const = default;
};

// ---- Participant ledger
// --------------------------------------------------------------------------

struct LedgerRow {
    std::string participant; // pseudonymous id; a valid national identity number is refused
    int metricId = 0;
    int period = 0;
    double units = 1;
    bool operator==(const LedgerRow &) const = default;
};

using Ledger = std::vector<LedgerRow>;

// ---- Caps, fees, costs
// ---------------------------------------------------------------------------

struct Caps {
    std::optional<Money> total;          // on all outcome payments over the contract
    bool fixedFeesInsideTotal = false;   // whether fixed fees count towards `total`
    std::optional<Money> perParticipant; // all metrics together, needs a ledger
    // What a payer's year cap cuts: lost (false), or carried to the next years with room
    bool yearCapCarry = false;
    bool operator==(const Caps &) const = default;
};

enum class FixedFeeKind { PerPeriod, ShareOfDeliveryCost, PerParticipantStarted };

struct FixedFee {
    int id = 0;
    std::string name;
    FixedFeeKind kind = FixedFeeKind::PerPeriod;
    Money amount = 0;               // per period, or per participant started
    double share = 0;               // of delivery cost (ShareOfDeliveryCost)
    int firstPeriod = 0;            // inclusive
    int lastPeriod = -1;            // inclusive; -1 = to the last period
    std::optional<int> cohortId;    // PerParticipantStarted: whose intake (none = all cohorts)
    std::vector<PayerShare> payers; // empty: the first commissioner pays 100 %
    bool operator==(const FixedFee &) const = default;
};

// ---- Investment
// ----------------------------------------------------------------------------------

enum class Tranche { Senior, Subordinate };

struct Investor {
    int id = 0;
    int partyId = 0; // a party with role Investor (its name is the investor's)
    Money commitment = 0;
    Tranche tranche = Tranche::Senior;
    double coupon = 0;               // annual rate on principal outstanding
    std::optional<double> returnCap; // multiple of capital drawn, e.g. 1.3
    double guaranteedShare = 0;      // share of principal drawn a guarantor covers
    std::optional<int> guarantorId;  // a party with role Guarantor
    bool operator==(const Investor &) const = default;
};

struct Financing {
    double reserveShare = 1.0;           // share of remaining delivery costs kept back
    double providerIncentiveShare = 0.0; // of what is left after the waterfall
    bool operator==(const Financing &) const = default;
};

// ---- Value for money
// -----------------------------------------------------------------------------

struct Valuation {
    double discountRate = 0.04;      // a year, real
    double traditionalMargin = 0.10; // traditional alternative = delivery cost × (1 + margin)
    bool operator==(const Valuation &) const = default;
};

// ---- Price indexation (indeksregulering)
// ---------------------------------------------------------------

// Contracted price increases (INDIGO's term): the contract's prices, tier amounts, milestone
// amounts and fixed fees are stated in base-year money and rise by `rate` each calendar year after
// the base year (docs/engine.md "Price indexation"). A share of savings and a share of delivery
// cost are in current money already; caps and the termination payment stay as stated.
struct Indexation {
    double rate = 0;             // a year, 0.03 = 3 % (e.g. the consumer price index assumption)
    std::optional<int> baseYear; // none: the calendar year the timeline starts in
    bool operator==(const Indexation &) const = default;
};

// The base year in force: the stated one, or the calendar year of the timeline's start.
int indexationBaseYear(const Indexation &ix, const Timeline &timeline);
// The factor (1 + rate)^max(0, Y − base year) of period t (Y: the calendar year period t starts
// in), by repeated multiplication so that every platform gets the same double. 1 without a rate.
double indexationFactor(const Indexation &ix, const Timeline &timeline, int t);

struct Assumption {
    std::string text;
    std::string source;
    std::string statedBy;
    bool operator==(const Assumption &) const = default;
};

// ---- Scenarios, simulation and early termination (DOMAIN.md §8, §8b)
// ----------------------------------------------------------

// A metric's own override inside a scenario (it replaces the scenario's common factor and delay).
struct MetricOverride {
    int metricId = 0;
    double factor = 1.0; // achievement factor f: a' = b + f · (a − b) in every period
    int delay = 0; // periods the improvement is shifted later (≥ 0); pushed past the end: lost
    bool operator==(const MetricOverride &) const = default;
};

// A named set of overrides (§8). Every metric without its own override takes `factor` and `delay`.
struct Scenario {
    int id = 0;
    std::string name;
    double factor = 1.0;                 // common achievement factor
    int delay = 0;                       // common delay in periods
    std::vector<MetricOverride> metrics; // per metric, by metric id
    double intakeFactor = 1.0;           // every cohort's intake and planned size
    double costFactor = 1.0;             // delivery costs
    double savingsFactor = 1.0;          // savings per unit
    std::optional<double> discountRate;  // none: the project's
    bool operator==(const Scenario &) const = default;
};

enum class FactorDistributionKind { Fixed, Triangular, Pert };

// The achievement factor of one metric in the Monte Carlo simulation (§8).
struct FactorDistribution {
    int metricId = 0;
    FactorDistributionKind kind = FactorDistributionKind::Pert;
    double min = 0.5; // Fixed uses `mode` alone
    double mode = 1.0;
    double max = 1.2;
    std::vector<double> delayProbabilities; // P(delay = k periods), k = 0, 1, …; empty: no delay
    bool operator==(const FactorDistribution &) const = default;
};

struct Simulation {
    std::vector<FactorDistribution> distributions; // metrics not listed keep factor 1, no delay
    double correlation = 0.0; // ρ of the common factor (Gaussian copula), 0…1
    int trials = 10000;
    std::int64_t seed = 1; // ≥ 0; trial i draws from a generator seeded from (seed, i)
    bool operator==(const Simulation &) const = default;
};

enum class ReviewTest {
    MetricUnits,     // cumulative improvement units of one metric
    OutcomePayments, // cumulative outcome payments earned, all metrics
};

// A review at the end of `period` (§8b): the cumulative figure on the computed basis must reach
// at least `requiredShare` of the same figure on the plan, or the contract terminates there.
struct ReviewPoint {
    int id = 0;
    int period = 0;
    ReviewTest test = ReviewTest::MetricUnits;
    std::optional<int> metricId; // MetricUnits: the metric tested
    double requiredShare = 0.5;  // fraction of plan, 0.5 = 50 %
    bool operator==(const ReviewPoint &) const = default;
};

struct EarlyTermination {
    std::vector<ReviewPoint> reviews;
    Money payment = 0;          // termination payment, falls due in the terminated period
    std::optional<int> payeeId; // the party it is paid to (none: no payment)
    bool operator==(const EarlyTermination &) const = default;
};

// ---- The project
// ---------------------------------------------------------------------------------

struct Project {
    std::string name;
    std::string description;
    std::string currency = "NOK";
    Timeline timeline;
    TargetGroup targetGroup;
    std::vector<Party> parties;
    std::vector<Metric> metrics;
    Caps caps;
    std::vector<FixedFee> fixedFees;
    std::vector<Money> deliveryCost; // provider's cost per period
    std::vector<Investor> investors;
    Financing financing;
    Valuation valuation;
    Indexation indexation;
    std::vector<Assumption> assumptions;
    std::vector<Scenario> scenarios;
    Simulation simulation;
    EarlyTermination termination;
    Shared<Ledger> ledger;

    bool operator==(const Project &) const = default;

    const Party *party(int id) const;
    const Metric *metric(int id) const;
    int nextPartyId() const;
    int nextMetricId() const;
    int nextInvestorId() const;
    int nextFixedFeeId() const;
    int nextCohortId() const;
    int nextScenarioId() const;
    int nextReviewId() const;

    // Resizes every per-period series to timeline.periods (new entries: plan 0, actual none,
    // counterfactual 0, cost 0, intake 0).
    void normalise();
};

// The worked example of DOMAIN.md §9 ("Ung i jobb"), with the three scenarios of a new project
// (Lav 0.5, Basis 1, Høy 1.2) and a simulation set-up (PERT 0.4/1/1.3 on each metric, ρ 0.3,
// 10,000 trials, seed 1); no review points.
Project workedExample();

} // namespace effekt
