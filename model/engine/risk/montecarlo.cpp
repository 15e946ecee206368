#include "montecarlo.h"

#include "random.h"
#include "scenario.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace effekt {

namespace {

// Each metric's distributions, prepared once for every trial.
struct MetricSampler {
    bool drawn = false; // has a distribution; otherwise factor 1
    FactorDistributionKind kind = FactorDistributionKind::Fixed;
    double min = 1, mode = 1, max = 1;
    random::Pert pert{1, 1, 1};
    std::vector<double> delayCumulative; // running sums of the delay probabilities
};

struct Sampler {
    double sqrtRho = 0, sqrtOneMinusRho = 1;
    std::vector<MetricSampler> metrics; // aligned with project.metrics
};

Sampler makeSampler(const Project &project) {
    Sampler s;
    double rho = project.simulation.correlation;
    if (!std::isfinite(rho))
        rho = 0;
    rho = std::clamp(rho, 0.0, 1.0);
    s.sqrtRho = std::sqrt(rho);
    s.sqrtOneMinusRho = std::sqrt(1 - rho);
    s.metrics.resize(project.metrics.size());
    for (std::size_t m = 0; m < project.metrics.size(); ++m) {
        MetricSampler &ms = s.metrics[m];
        for (const FactorDistribution &d : project.simulation.distributions) {
            if (d.metricId != project.metrics[m].id)
                continue;
            ms.drawn = true;
            ms.kind = d.kind;
            ms.mode = d.mode;
            ms.min = std::min(d.min, d.mode);
            ms.max = std::max(d.max, d.mode);
            if (d.kind == FactorDistributionKind::Pert)
                ms.pert = random::Pert(ms.min, ms.mode, ms.max);
            ms.delayCumulative.clear();
            double sum = 0;
            for (double p : d.delayProbabilities) {
                sum += std::isfinite(p) && p > 0 ? p : 0.0;
                ms.delayCumulative.push_back(sum);
            }
            if (!(sum > 0))
                ms.delayCumulative.clear();
        }
    }
    return s;
}

// Trial `trial`'s draws, always in the same order whatever the distributions: z₀, then for each
// metric ε_m and the uniform of its delay. A metric's numbers therefore do not change when
// another metric's distribution does.
void draw(const Sampler &s, std::uint64_t seed, int trial, std::vector<double> &factors,
          std::vector<int> &delays) {
    random::Generator g(seed, static_cast<std::uint64_t>(trial));
    const double z0 = g.normal();
    const std::size_t n = s.metrics.size();
    factors.assign(n, 1.0);
    delays.assign(n, 0);
    for (std::size_t m = 0; m < n; ++m) {
        const double eps = g.normal();
        const double uDelay = g.uniform();
        const MetricSampler &ms = s.metrics[m];
        if (!ms.drawn)
            continue;
        const double u = random::normalCdf(s.sqrtRho * z0 + s.sqrtOneMinusRho * eps);
        switch (ms.kind) {
        case FactorDistributionKind::Fixed: factors[m] = ms.mode; break;
        case FactorDistributionKind::Triangular:
            factors[m] = random::triangularQuantile(u, ms.min, ms.mode, ms.max);
            break;
        case FactorDistributionKind::Pert: factors[m] = ms.pert.quantile(u); break;
        }
        if (!ms.delayCumulative.empty()) {
            const double target = uDelay * ms.delayCumulative.back();
            int k = 0;
            while (static_cast<std::size_t>(k) + 1 < ms.delayCumulative.size() &&
                   ms.delayCumulative[static_cast<std::size_t>(k)] <= target)
                ++k;
            delays[m] = k;
        }
    }
}

// A project whose reported values a worker rewrites for each trial: the arithmetic of
// applyScenario() for per-metric overrides, without copying the whole project every time.
class TrialProject {
public:
    explicit TrialProject(const Project &project)
        : p_(project) {
        p_.normalise();
        observed_.resize(p_.metrics.size());
        for (std::size_t m = 0; m < p_.metrics.size(); ++m) {
            const Metric &mt = p_.metrics[m];
            observed_[m].resize(mt.plan.size());
            for (std::size_t t = 0; t < mt.plan.size(); ++t)
                observed_[m][t] = observedValue(mt, static_cast<int>(t), Basis::Forecast);
        }
    }
    const Project &with(const std::vector<double> &factors, const std::vector<int> &delays) {
        for (std::size_t m = 0; m < p_.metrics.size(); ++m) {
            Metric &mt = p_.metrics[m];
            const double f = factors[m];
            const int k = std::max(delays[m], 0);
            const int n = static_cast<int>(mt.plan.size());
            for (int t = 0; t < n; ++t) {
                const auto i = static_cast<std::size_t>(t);
                double a = mt.counterfactual[i];
                if (t >= k) {
                    const auto j = static_cast<std::size_t>(t - k);
                    a += f * (observed_[m][j] - mt.counterfactual[j]);
                }
                mt.actual[i] = a;
            }
        }
        return p_;
    }

private:
    Project p_;
    std::vector<std::vector<double>> observed_;
};

struct TrialOutcome {
    bool failed = false;
    RiskKpis kpis;
};

Summary summarise(std::vector<double> values) {
    Summary s;
    s.count = static_cast<int>(values.size());
    if (values.empty())
        return s;
    double sum = 0;
    for (double v : values)
        sum += v;
    s.mean = sum / static_cast<double>(values.size());
    if (values.size() > 1) {
        double ss = 0;
        for (double v : values)
            ss += (v - s.mean) * (v - s.mean);
        const double var = ss / static_cast<double>(values.size() - 1);
        s.standardError = std::sqrt(var / static_cast<double>(values.size()));
    }
    std::sort(values.begin(), values.end());
    s.p5 = percentile(values, 5);
    s.p50 = percentile(values, 50);
    s.p95 = percentile(values, 95);
    return s;
}

} // namespace

SimulationOptions simulationOptions(const Project &project) {
    SimulationOptions o;
    o.trials = project.simulation.trials;
    o.seed = project.simulation.seed;
    return o;
}

TrialDraw drawTrial(const Project &project, std::int64_t seed, int trial) {
    TrialDraw d;
    draw(makeSampler(project), static_cast<std::uint64_t>(seed), trial, d.factors, d.delays);
    return d;
}

Scenario trialScenario(const Project &project, std::span<const double> factors,
                       std::span<const int> delays) {
    Scenario s = basisScenario();
    s.name = "Trial";
    for (std::size_t m = 0; m < project.metrics.size(); ++m)
        s.metrics.push_back(MetricOverride{project.metrics[m].id,
                                           m < factors.size() ? factors[m] : 1.0,
                                           m < delays.size() ? delays[m] : 0});
    return s;
}

double percentile(std::span<const double> sorted, double q) {
    if (sorted.empty())
        return 0;
    // numpy: the virtual index (q / 100) · (n − 1), in that order of operations.
    const double pos = (std::clamp(q, 0.0, 100.0) / 100.0) * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    const double frac = pos - static_cast<double>(lo);
    // numpy's _lerp: a + (b − a)·t, or b − (b − a)·(1 − t) when t ≥ 0.5.
    const double a = sorted[lo], b = sorted[hi], diff = b - a;
    return frac >= 0.5 ? b - diff * (1 - frac) : a + diff * frac;
}

Histogram histogram(std::span<const double> a, std::span<const double> b, int bins) {
    Histogram h;
    bins = std::max(bins, 1);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double v : a) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    for (double v : b) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    if (!(lo <= hi)) // no data
        lo = hi = 0;
    if (hi == lo) {
        lo -= 0.5;
        hi += 0.5;
    }
    h.edges.resize(static_cast<std::size_t>(bins) + 1);
    for (int i = 0; i <= bins; ++i)
        h.edges[static_cast<std::size_t>(i)] = lo + (hi - lo) * i / bins;
    auto count = [&](std::span<const double> data, std::vector<int> &out) {
        out.assign(static_cast<std::size_t>(bins), 0);
        for (double v : data) {
            int i = static_cast<int>((v - lo) / (hi - lo) * bins);
            ++out[static_cast<std::size_t>(std::clamp(i, 0, bins - 1))];
        }
    };
    count(a, h.countsA);
    if (!b.empty())
        count(b, h.countsB);
    return h;
}

SimulationResult simulate(const Project &project, const SimulationOptions &options,
                          const std::function<void(int done)> &progress,
                          const std::atomic<bool> *cancel) {
    SimulationResult res;
    const int n = std::max(options.trials, 0);
    const Sampler sampler = makeSampler(project);
    const auto seed = static_cast<std::uint64_t>(options.seed);
    const std::size_t metrics = project.metrics.size();

    std::vector<TrialOutcome> outcomes(static_cast<std::size_t>(n));
    std::vector<std::vector<Money>> cumulative(static_cast<std::size_t>(n));
    if (options.keepTrials)
        res.trialRecords.resize(static_cast<std::size_t>(n));

    constexpr int kChunk = 64;
    const int chunks = (n + kChunk - 1) / kChunk;
    int threads = options.threads > 0 ? options.threads
                                      : static_cast<int>(std::thread::hardware_concurrency());
    threads = std::clamp(threads, 1, std::max(chunks, 1));
    std::atomic<int> nextChunk{0};
    std::atomic<int> done{0};
    std::atomic<bool> stopped{false};
    const ComputeOptions quick{.kpis = false};

    auto worker = [&] {
        TrialProject tp(project);
        std::vector<double> factors(metrics);
        std::vector<int> delays(metrics);
        for (;;) {
            const int c = nextChunk.fetch_add(1);
            if (c >= chunks)
                return;
            const int end = std::min(n, (c + 1) * kChunk);
            for (int i = c * kChunk; i < end; ++i) {
                if (cancel && cancel->load(std::memory_order_relaxed)) {
                    stopped = true;
                    return;
                }
                draw(sampler, seed, i, factors, delays);
                const auto idx = static_cast<std::size_t>(i);
                TrialOutcome &o = outcomes[idx];
                try {
                    const Project &p = tp.with(factors, delays);
                    const Results r = compute(p, Basis::Forecast, quick);
                    o.failed = hasErrors(r.diagnostics);
                    o.kpis = riskKpis(p, r);
                    std::vector<Money> &cum = cumulative[idx];
                    cum.resize(r.paymentsNet.size());
                    Money run = 0;
                    for (std::size_t t = 0; t < r.paymentsNet.size(); ++t)
                        cum[t] = run = money::add(run, r.paymentsNet[t]);
                } catch (const std::exception &) { // an overflow summing up: the trial fails
                    o.failed = true;
                }
                if (options.keepTrials)
                    res.trialRecords[idx] = TrialRecord{i, factors, delays, o.kpis};
            }
            const int d = done.fetch_add(end - c * kChunk) + (end - c * kChunk);
            if (progress)
                progress(d);
        }
    };
    if (threads == 1) {
        worker();
    } else {
        std::vector<std::thread> pool;
        pool.reserve(static_cast<std::size_t>(threads));
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(worker);
        for (std::thread &t : pool)
            t.join();
    }
    if (stopped || (cancel && cancel->load())) {
        res.cancelled = true;
        res.trials = done.load();
        res.trialRecords.clear();
        return res;
    }
    res.trials = n;

    // Everything below runs over the trials in index order: the same whatever the threads.
    std::vector<double> payments, npvPayments, netValue, tradNet, profit, multiple, irr;
    std::size_t periods = 0;
    int loss = 0, capped = 0, terminated = 0, more = 0, computed = 0;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const TrialOutcome &o = outcomes[i];
        if (o.failed) {
            ++res.failedTrials;
            continue;
        }
        ++computed;
        const RiskKpis &k = o.kpis;
        payments.push_back(static_cast<double>(k.payments));
        npvPayments.push_back(static_cast<double>(k.npvPayments));
        netValue.push_back(static_cast<double>(k.netValue));
        tradNet.push_back(static_cast<double>(k.traditionalNetValue));
        profit.push_back(static_cast<double>(k.investorProfit));
        if (k.investorMultiple) {
            multiple.push_back(*k.investorMultiple);
            if (*k.investorMultiple < 1)
                ++loss;
        } else {
            ++res.trialsWithoutMultiple;
        }
        if (k.investorIrrAnnual)
            irr.push_back(*k.investorIrrAnnual);
        else
            ++res.trialsWithoutIrr;
        capped += k.totalCapReached ? 1 : 0;
        terminated += k.terminatedAfter ? 1 : 0;
        more += k.payments > k.traditionalCost ? 1 : 0;
        periods = std::max(periods, cumulative[i].size());
    }
    res.netCosts.reserve(netValue.size());
    for (double v : netValue)
        res.netCosts.push_back(-v);
    res.traditionalNetCosts.reserve(tradNet.size());
    for (double v : tradNet)
        res.traditionalNetCosts.push_back(-v);
    std::sort(res.netCosts.begin(), res.netCosts.end());
    std::sort(res.traditionalNetCosts.begin(), res.traditionalNetCosts.end());
    res.investorMultiples = multiple;
    std::sort(res.investorMultiples.begin(), res.investorMultiples.end());

    res.payments = summarise(std::move(payments));
    res.npvPayments = summarise(std::move(npvPayments));
    res.netValue = summarise(std::move(netValue));
    res.traditionalNetValue = summarise(std::move(tradNet));
    res.investorProfit = summarise(std::move(profit));
    res.investorMultiple = summarise(std::move(multiple));
    res.investorIrr = summarise(std::move(irr));
    if (computed > 0) {
        const double c = computed;
        res.pInvestorLoss = loss / c;
        res.pTotalCapReached = capped / c;
        res.pTermination = terminated / c;
        res.pPaysMoreThanTraditional = more / c;
    }

    res.fan.resize(periods);
    std::vector<double> column;
    column.reserve(static_cast<std::size_t>(computed));
    for (std::size_t t = 0; t < periods; ++t) {
        column.clear();
        for (std::size_t i = 0; i < outcomes.size(); ++i)
            if (!outcomes[i].failed) {
                const std::vector<Money> &cum = cumulative[i];
                column.push_back(
                    static_cast<double>(cum.empty() ? 0 : cum[std::min(t, cum.size() - 1)]));
            }
        std::sort(column.begin(), column.end());
        res.fan[t] = FanPoint{percentile(column, 5), percentile(column, 25), percentile(column, 50),
                              percentile(column, 75), percentile(column, 95)};
    }
    return res;
}

} // namespace effekt
