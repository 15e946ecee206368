// The calculation engine: a pure function from a project to its results (DOMAIN.md §4–§6).
// Results are never edited; they are recomputed from the project. One file per section:
// prepare.cpp, payments.cpp (§4), waterfall.cpp (§5), commissioner.cpp (§6), kpis.cpp, compute.cpp;
// the financial functions (§7) in finance.h.
#pragma once

#include "diagnostics.h"
#include "finance.h"
#include "project.h"
#include "validate.h" // validate(), re-exported: callers of engine.h use it

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace effekt {

enum class Basis { Plan, Actual, Forecast }; // Forecast: actuals where reported, plan for the rest

// One metric in one period of achievement t.
struct MetricPeriod {
    double observed = 0;           // a(t) on the chosen basis
    double counterfactual = 0;     // b(t)
    double units = 0;              // u(t), improvement units
    double paidUnits = 0;          // units paid after the unit cap
    Money gross = 0;               // step 1: the rule's payment
    Money afterParticipantCap = 0; // step 2
    Money afterMetricCap = 0;      // step 3
    Money afterTotalCap = 0;       // step 4: the outcome payment earned in t
    int duePeriod = 0;             // step 6: t + lag
    bool operator==(const MetricPeriod &) const = default;
};

// A cohort test of a metric tested cohort by cohort (Metric::cohortOutcomes), per contract period
// of achievement (docs/engine.md "Cohort tests and the final settlement").
struct CohortTestResult {
    int cohortId = 0;
    std::vector<double> observed, counterfactual; // a_c(t) on the basis, b_c(t)
    std::vector<double> units;                    // u_c(t), improvement units
    std::vector<std::optional<double>> relative;  // x_c(t) = u_c / |b_c|; none when b_c = 0
    std::vector<bool> passed;                     // its threshold reached: its units are paid
    bool operator==(const CohortTestResult &) const = default;
};

// The final settlement of a metric tested cohort by cohort (PaymentRule::settlement).
struct SettlementResult {
    int period = 0;         // period of achievement it was taken in
    double pooledUnits = 0; // improvement units of all cohorts pooled, periods ≤ period
    std::optional<double> pooledRelative; // their relative improvement; none when pooled b = 0
    bool passed = false;                  // the settlement's threshold reached
    double unitsCounted = 0; // units the cohort tests counted in periods ≤ period (before caps)
    double unitsAdded = 0;   // units the settlement adds in its period (0 unless passed)
    bool operator==(const SettlementResult &) const = default;
};

struct InvestorResult {
    int investorId = 0;
    std::vector<Money> draws;         // per period (length Results::periods)
    std::vector<Money> distributions; // per period: coupon + principal + return
    Money guarantee = 0;              // paid by the guarantor at the end
    Money drawn = 0;
    Money distributed = 0;
    Money profit = 0;                // distributed + guarantee − drawn
    std::optional<double> multiple;  // (distributed + guarantee) / drawn; none when nothing drawn
    RateResult irrPeriodic;          // per period
    std::optional<double> irrAnnual; // (1 + r)^(periods a year) − 1
    RateResult xirr;                 // on the period-end dates
    bool operator==(const InvestorResult &) const = default;
};

struct Results {
    Basis basis = Basis::Forecast;
    int periods = 0;           // contract periods plus lag periods (payments may fall later)
    std::vector<int> payerIds; // the paying parties, in project order
    // metric[m][t] for t < contract periods, m aligned with project.metrics
    std::vector<std::vector<MetricPeriod>> metric;
    // Step 5 of metric m in period t: its split by payer after the per-payer caps, aligned with
    // payerIds. Held in one flat vector, [(m × contract periods + t) × payers + k], so that a
    // result is not thousands of small allocations.
    std::span<const Money> byPayer(std::size_t m, int t) const {
        const std::size_t n = metric.empty() ? 0 : metric.front().size();
        return {metricByPayer.data() + (m * n + static_cast<std::size_t>(t)) * payerIds.size(),
                payerIds.size()};
    }
    std::vector<Money> metricByPayer;

    // Per due period (length `periods`)
    std::vector<Money> outcomeDue;   // outcome payments falling due
    std::vector<Money> fixedFeesDue; // fixed fees falling due
    std::vector<Money> totalDue;     // outcome + fixed fees (+ the termination payment, §8b)
    // [payer][t], outcome + fixed fees after payer caps (+ the termination payment, first
    // commissioner)
    std::vector<std::vector<Money>> payerDue;
    std::vector<std::vector<Money>> fixedFeeByFee; // [fee][t], aligned with project.fixedFees
    // Caps per budget year (docs/engine.md "Caps per budget year"), [payer][t] aligned with
    // payerIds: what a payer's year cap cut from the payments falling due in t (lost, or with
    // Caps::yearCapCarry carried on), and what it paid in t of earlier years' cuts (carried). A
    // payer's lost amount is the sum of its cuts less the sum of what was carried. byPayer() is
    // what step 5 let through when the payment fell due; the carried amounts are not in it.
    std::vector<std::vector<Money>> yearCapCut;
    std::vector<std::vector<Money>> yearCapCarried;
    // [metric][t]: the outcome payments of metric m paid in t from earlier years' cuts (carried);
    // empty unless a payer has a year cap and Caps::yearCapCarry is set. In outcomeDue, and in
    // outcomeDueByMetric().
    std::vector<std::vector<Money>> yearCapCarriedByMetric;
    // The same by payer: what payer k paid in due period t of metric m's outcome payments that its
    // year cap had cut in earlier years, payerIds.size() entries (all 0 when nothing was carried;
    // yearCapCarriedByMetric[m][t] is their sum). Held flat in yearCapCarriedByMetricPayer,
    // [(m × periods + t) × payers + k]: empty when yearCapCarriedByMetric is.
    std::span<const Money> carriedByPayer(std::size_t m, int t) const {
        if (yearCapCarriedByMetricPayer.empty())
            return {};
        const auto n = static_cast<std::size_t>(std::max(periods, 0));
        return {yearCapCarriedByMetricPayer.data() +
                    (m * n + static_cast<std::size_t>(t)) * payerIds.size(),
                payerIds.size()};
    }
    std::vector<Money> yearCapCarriedByMetricPayer;
    std::vector<Money> deliveryCost;
    // The special-purpose account (§5)
    std::vector<Money> draws;         // total drawn from investors
    std::vector<Money> distributions; // total paid to investors
    std::vector<Money> providerIncentive;
    std::vector<Money> commissionerKept;   // surplus not paid by the commissioner at all
    std::vector<Money> reserve;            // account balance at the end of each period
    std::vector<Money> fundingGap;         // delivery costs no one funded
    std::vector<InvestorResult> investors; // aligned with project.investors
    // Per due period: what the commissioner side actually pays (totalDue − commissionerKept), and
    // the same discounted to the start of the contract (DOMAIN.md §6).
    std::vector<Money> paymentsNet;
    std::vector<Money> paymentsDiscounted;

    // Commissioner (§6)
    Money totalPayments = 0; // outcome + fixed fees, nominal, net of commissionerKept
    Money npvPayments = 0;
    // savings[holder][t] by budget holder (index = BudgetHolder), nominal, per period. These run
    // for max(periods, contract periods + longest spread) periods: savings may outlast payments.
    std::array<std::vector<Money>, 4> savings;
    Money totalSavings = 0;
    Money npvSavings = 0;
    Money netValue = 0;                     // npvSavings − npvPayments
    std::optional<double> benefitCostRatio; // npvSavings / npvPayments
    std::optional<int> paybackPeriod;       // first period where cumulative savings ≥ payments
    Money traditionalCost = 0;              // delivery cost × (1 + margin), nominal
    // What the contract's total cap counted over the whole contract: every outcome payment earned
    // after step 4 (the sum of MetricPeriod::afterTotalCap) and, when they count inside the total
    // cap, the fixed fees as it let them through (before any payer's caps). At or above the total
    // cap, the cap bound.
    Money totalCapCounted = 0;
    Money riskTransferred = 0; // capital investors put at risk: what they would draw
                               // if no outcome at all were achieved (docs/engine.md)

    // KPIs
    Money maxPossiblePayment = 0;      // all metrics at caps or highest tier
    bool maxPossibleUnbounded = false; // some metric has no cap and the contract no total cap:
                                       // maxPossiblePayment then sums the bounded metrics only
    Money forecastPayment = 0;         // outcome payments on the forecast basis
    std::optional<double>
        breakEvenFactor; // factor on planned improvement; investors get capital back
    double breakEvenTolerance = 0;

    // Early termination (§8b, docs/engine.md "Review points and early termination"): the period
    // at whose end the contract terminated, the review that failed, and the termination payment
    // that fell due then (0 when none; it is in totalDue and the first commissioner's payerDue
    // of that period). Nothing is earned, delivered, drawn or charged as a fee after it.
    std::optional<int> terminatedAfter;
    std::optional<int> terminationReviewId;
    Money terminationPayment = 0;

    // Cohort tests (docs/engine.md "Cohort tests and the final settlement"), aligned with
    // project.metrics, each metric's entries aligned with its cohortOutcomes; both empty when no
    // metric is tested cohort by cohort. settlements[m] is set when metric m's settlement was
    // taken (inside the timeline, and not after an early termination).
    std::vector<std::vector<CohortTestResult>> cohortTests;
    std::vector<std::optional<SettlementResult>> settlements;

    Diagnostics diagnostics;

    bool operator==(const Results &) const = default;
};

// The figures of one run that a Monte Carlo trial sums up (riskkpis.h), as the fast path of
// Recomputation::computeTotals() works them out: each the same as the Results field of
// compute() it names.
struct RunTotals {
    int periods = 0;                // Results::periods
    std::vector<Money> paymentsNet; // Results::paymentsNet
    Money totalPayments = 0;        // Results::totalPayments
    Money npvPayments = 0;          // Results::npvPayments
    Money npvSavings = 0;           // Results::npvSavings
    Money netValue = 0;             // Results::netValue
    Money totalCapCounted = 0;      // Results::totalCapCounted
    bool investor = false;          // the contract has an investor (the fast path: one at most)
    Money drawn = 0, distributed = 0, guarantee = 0; // its InvestorResult's
    std::vector<Money> draws, distributions;         // its InvestorResult's rows
    bool operator==(const RunTotals &) const = default;
};

// What compute() works out beyond the payments, the account and the commissioner's view.
struct ComputeOptions {
    // The KPIs (kpis.cpp): the maximum possible payment, the forecast payment and the break-even
    // factor, whose search runs the payments and the account a dozen times or more. Runs that
    // compute many variants of a project (the risk-sharing curve, the tornado, Monte Carlo trials)
    // switch them off: maxPossiblePayment, forecastPayment and breakEvenFactor then stay at their
    // defaults (0, 0, none); every other figure is the same as with them.
    bool kpis = true;
    // Each investor's IRR (periodic and annual) and XIRR, with their diagnostics (no root,
    // ambiguous). Off: InvestorResult::irrPeriodic, irrAnnual and xirr stay at their defaults.
    bool investorRates = true;
    // Results::riskTransferred: the account run once more as if no outcome were achieved. Off: it
    // stays 0.
    bool riskTransferred = true;
    // The rows (docs/engine.md "Totals-only runs"). Off (the Monte Carlo trials): the payments
    // run without their rows per metric, payer and fee, as the break-even search runs them, and
    // Results::metric, metricByPayer, payerDue, fixedFeeByFee, yearCapCut, yearCapCarried,
    // yearCapCarriedByMetric, yearCapCarriedByMetricPayer, cohortTests, settlements,
    // paymentsDiscounted and savings stay empty;
    // paybackPeriod, traditionalCost and riskTransferred keep their defaults; and the warnings
    // that need the rows (a cap below one period's payment) are not given. Every other figure is
    // the same as with them: the totals per due period, the account and its rows, the investors,
    // the payments and savings in total and discounted, the net value and totalCapCounted. Needs
    // kpis off (the KPIs read the rows); with kpis on it is ignored.
    bool detail = true;
};

// Computes everything. Never throws: problems (overflow included) come back as diagnostics.
Results compute(const Project &project, Basis basis = Basis::Forecast);
Results compute(const Project &project, Basis basis, const ComputeOptions &options);

// One project computed again and again while only its metrics' reported values change (the Monte
// Carlo trials, docs/risk.md): validated and prepared once, and each run's scratch and results
// reused, so that a run allocates nothing once warm. It runs the very code compute() runs after
// validation and preparation (compute.cpp), on a copy of the project (normalised, so that every
// metric's actual has one entry per period).
//
// Every figure of compute() is the same as compute()'s on project() as it stands, except the
// diagnostics: they hold validate()'s errors (not its warnings; validate() runs once, on the
// project with no reported values) and the engine's own diagnostics, so they have an error
// exactly when compute()'s have. validate() reads the reported values only to warn, and to
// report a value that is not a finite number as an error: a run with such a value, and a run
// that throws (an overflow), is handed to compute() itself, whose results are returned then.
class Recomputation {
public:
    explicit Recomputation(const Project &project);
    ~Recomputation();
    Recomputation(const Recomputation &) = delete;
    Recomputation &operator=(const Recomputation &) = delete;

    const Project &project() const;
    // Whether computeTotals() can take the fast path for this project (docs/engine.md "The fast
    // path of Monte Carlo trials"): not for contracts with review points, a share of savings,
    // cohort tests, payer caps or caps per budget year, more than one investor, per-participant
    // terms on a ledger, or an error in their design.
    bool fastPath() const;
    // The figures a Monte Carlo trial sums up, of the project as it stands on the forecast
    // basis, by the fast path: a pass over the periods with the payment rules' and caps' own
    // code, the account of one investor and the commissioner's totals, without the rows, checks
    // and diagnostics compute() keeps. Returns false, leaving `out` undefined, when it cannot
    // (not fastPath(), a reported value that is not a finite number, an amount beyond what Money
    // holds): then compute() gives the figures. When it returns true, each figure equals
    // compute()'s (tests/model/engine/test_fastpath.cpp).
    bool computeTotals(RunTotals &out);
    // Metric m's reported values, one per period (std::nullopt: not reported). Only these may
    // change between runs.
    std::span<std::optional<double>> actual(std::size_t metric);
    // Cohort k's reported values of metric m tested cohort by cohort (Metric::cohortOutcomes),
    // one per period: they too may change between runs.
    std::span<std::optional<double>> cohortActual(std::size_t metric, std::size_t cohort);
    // The results of the project as it stands; valid until the next call.
    const Results &compute(Basis basis, const ComputeOptions &options);

private:
    struct State;
    std::unique_ptr<State> s_;
};

// The investors' distributions minus the capital they drew, with planned improvement scaled by
// `factor` (a = b + factor · (a_plan − b), plan basis, review points taken against the plan): the
// function whose crossing of 0 is the break-even factor, computed the way the break-even search
// computes it. Throws MoneyOverflow.
Money breakEvenGap(const Project &project, double factor);

// Each metric's outcome payments falling due in each period, after every cap (steps 1–5, the payer
// caps and year caps included, and what a year cap carried paid where it is paid) and placed at
// the period they fall due (step 6): [metric][due period], each row of
// length results.periods, metrics aligned with results.metric. Summed over the metrics a period's
// figures give results.outcomeDue of that period. The one source of per-metric dues for every
// figure shown (CLI statement and summary, the results chart).
std::vector<std::vector<Money>> outcomeDueByMetric(const Results &results);

// Observed value of metric m in period t on a basis. For a metric tested cohort by cohort
// (Metric::cohortOutcomes not empty): the sum of its cohorts' observed values (each one's not a
// number counting 0), as the engine reads it.
double observedValue(const Metric &metric, int t, Basis basis);
// Observed value of one cohort's data of a metric tested cohort by cohort, in period t on a basis.
double observedValue(const CohortOutcome &cohort, int t, Basis basis);

} // namespace effekt
