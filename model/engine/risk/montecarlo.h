// Monte Carlo simulation (DOMAIN.md §8): every metric's achievement factor (and optionally its
// delay) drawn from the project's distributions, dependent through one common factor (Gaussian
// copula), the whole contract computed once per trial, and the spread of the results summed up.
// Trial i draws from its own generator seeded from (seed, i) (random.h), and results are kept by
// trial index, so the same seed gives bit-identical results whatever the number of threads and on
// every platform. Pure: no I/O, no Qt.
#pragma once

#include "riskkpis.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace effekt {

struct SimulationOptions {
    int trials = 10000;
    std::int64_t seed = 1;
    int threads = 0;         // 0: std::thread::hardware_concurrency(); never more than trials
    bool keepTrials = false; // keep every trial's draws and KPIs in SimulationResult::trialRecords
    // The investors' IRR of each trial (SimulationResult::investorIrr,
    // RiskKpis::investorIrrAnnual): a root search per trial, more than half of a small contract's
    // trial on the fast path. Off: investorIrr has count 0, trialsWithoutIrr 0, and the kept
    // trials' investorIrrAnnual is none.
    bool investorIrr = true;
};

// The options a project's own Simulation settings ask for (trials and seed; threads 0).
SimulationOptions simulationOptions(const Project &project);

// The spread of one figure over the trials that have it. Money figures are in minor units (øre),
// as doubles (a mean or an interpolated percentile need not be whole øre).
struct Summary {
    int count = 0;                   // trials with a value (the investor IRR may be missing)
    double mean = 0;                 // arithmetic mean
    double standardError = 0;        // Monte Carlo standard error of the mean: sample sd / √count
    double p5 = 0, p50 = 0, p95 = 0; // percentiles, numpy's default linear interpolation
    bool operator==(const Summary &) const = default;
};

// One trial: what was drawn and what came out, enough to recompute it with compute() on the
// project with the scenario trialScenario() builds from it.
struct TrialRecord {
    int trial = 0;
    std::vector<double>
        factors;             // aligned with project.metrics (1 for metrics without distribution)
    std::vector<int> delays; // aligned with project.metrics (0 without delay distribution)
    RiskKpis kpis;
    bool operator==(const TrialRecord &) const = default;
};

// Percentiles of cumulative commissioner payments (nominal, RiskKpis::payments' basis: paid net of
// what the commissioner keeps) at the end of one due period.
struct FanPoint {
    double p5 = 0, p25 = 0, p50 = 0, p75 = 0, p95 = 0; // minor units
    bool operator==(const FanPoint &) const = default;
};

struct SimulationResult {
    int trials = 0;         // trials completed (all asked for, unless cancelled)
    bool cancelled = false; // stopped early: nothing below is filled in
    int failedTrials = 0;   // trials whose computation reported an error (overflow): left out

    Summary payments;            // commissioner payments, nominal
    Summary npvPayments;         // the same discounted
    Summary netValue;            // commissioner net value under the effektkontrakt (NPV)
    Summary traditionalNetValue; // the same under the traditional alternative (NPV)
    Summary investorProfit;      // all investors together, nominal
    Summary investorMultiple;    // trials where investors drew nothing have none (count < trials)
    Summary investorIrr;         // annual; trials without an IRR are left out (count < trials)
    int trialsWithoutMultiple = 0;
    int trialsWithoutIrr = 0;

    // Probabilities over the computed trials (trials − failedTrials)
    double pInvestorLoss = 0;    // investor multiple < 1 (trials without a multiple: no loss)
    double pTotalCapReached = 0; // the contract's total cap bound
    double pTermination = 0;     // the contract terminated at a review point (§8b)
    double pPaysMoreThanTraditional = 0; // nominal payments > the traditional alternative's
                                         // nominal cost (RiskKpis::payments > traditionalCost)

    std::vector<FanPoint> fan; // per due period, cumulative payments

    // Sorted samples for the histograms (ascending): the investor multiple (trials that have
    // one), and the commissioner's net cost (NPV payments − NPV savings, i.e. −net value) under
    // the effektkontrakt and under the traditional alternative, in minor units.
    std::vector<double> investorMultiples;
    std::vector<double> netCosts;
    std::vector<double> traditionalNetCosts;

    std::vector<TrialRecord> trialRecords; // by trial index, with SimulationOptions::keepTrials
    bool operator==(const SimulationResult &) const = default;
};

// Runs the simulation of the project's Simulation settings (distributions, correlation) with
// `options` (trials, seed, threads). Metrics without a distribution keep factor 1 and no delay;
// a Fixed distribution gives its mode. Each trial computes the whole contract on the forecast
// basis (caps, waterfall, termination) with compute()'s own code through a Recomputation
// (engine.h: the project validated and prepared once per thread, only the reported values
// rewritten per trial), without what no figure here reads: the KPIs of kpis.cpp, each investor's
// IRR and XIRR, and the risk transferred (ComputeOptions).
//
// `progress`, when given, is called with the number of trials done so far, FROM THE WORKER
// THREADS (possibly from several at once, with counts not necessarily increasing between
// threads); a GUI must marshal it to its own thread. `cancel`, when given and set, makes the
// workers stop within one trial each; the result then has cancelled = true.
SimulationResult simulate(const Project &project, const SimulationOptions &options,
                          const std::function<void(int done)> &progress = {},
                          const std::atomic<bool> *cancel = nullptr);

// The draws of trial `trial` (factors and delays aligned with project.metrics): the same numbers
// simulate() uses for that trial.
struct TrialDraw {
    std::vector<double> factors;
    std::vector<int> delays;
};
TrialDraw drawTrial(const Project &project, std::int64_t seed, int trial);

// The same for many trials of one project: its distributions prepared once (drawTrial prepares
// them on every call, a millisecond or so for each PERT distribution).
class TrialSampler {
public:
    explicit TrialSampler(const Project &project);
    ~TrialSampler();
    TrialSampler(const TrialSampler &) = delete;
    TrialSampler &operator=(const TrialSampler &) = delete;
    TrialDraw draw(std::int64_t seed, int trial) const;

private:
    struct Impl;
    std::unique_ptr<const Impl> impl_;
};

// The scenario (per-metric overrides by metric id) that makes compute() give a trial's results:
// riskKpis(p', compute(p')) with p' = applyScenario(project, trialScenario(project, factors,
// delays)) equals the trial's KPIs exactly.
Scenario trialScenario(const Project &project, std::span<const double> factors,
                       std::span<const int> delays);

// Percentile q (0…100) of ascending `sorted` data, numpy's default ("linear"): the value at
// position (n − 1) · q / 100, interpolated linearly between the order statistics around it.
double percentile(std::span<const double> sorted, double q);

// Equal-width bins over [lo, hi] (the range of both sample sets together, so that two histograms
// can be overlaid): counts[i] for [edges[i], edges[i+1]) (the last bin includes hi).
struct Histogram {
    std::vector<double> edges; // bins + 1
    std::vector<int> countsA;
    std::vector<int> countsB; // empty when only one sample set was given
    bool operator==(const Histogram &) const = default;
};
Histogram histogram(std::span<const double> a, std::span<const double> b, int bins);

} // namespace effekt
