#include "montecarlo.h"

#include "random.h"
#include "scenario.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <thread>

namespace effekt {

// Named rather than anonymous: TrialSampler::Impl, a class of the header, holds a Sampler.
namespace sampling {

// Each metric's distributions, prepared once for every trial.
struct MetricSampler {
    bool drawn = false; // has a distribution; otherwise factor 1
    FactorDistributionKind kind = FactorDistributionKind::Fixed;
    double min = 1, mode = 1, max = 1;
    std::shared_ptr<const random::PertTable> pert; // PERT: its inverse, shared by equal ones
    std::vector<double> delayCumulative;           // running sums of the delay probabilities
};

struct Sampler {
    double sqrtRho = 0, sqrtOneMinusRho = 1;
    std::vector<MetricSampler> metrics; // aligned with project.metrics
};

} // namespace sampling

using sampling::MetricSampler;
using sampling::Sampler;

namespace {

Sampler makeSampler(const Project &project) {
    Sampler s;
    double rho = project.simulation.correlation;
    if (!std::isfinite(rho))
        rho = 0;
    rho = std::clamp(rho, 0.0, 1.0);
    s.sqrtRho = std::sqrt(rho);
    s.sqrtOneMinusRho = std::sqrt(1 - rho);
    s.metrics.resize(project.metrics.size());
    std::map<std::array<double, 3>, std::shared_ptr<const random::PertTable>> tables;
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
            if (d.kind == FactorDistributionKind::Pert) {
                std::shared_ptr<const random::PertTable> &table = tables[{ms.min, ms.mode, ms.max}];
                if (!table)
                    table = std::make_shared<const random::PertTable>(
                        random::Pert(ms.min, ms.mode, ms.max));
                ms.pert = table;
            }
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
        case FactorDistributionKind::Pert: factors[m] = ms.pert->quantile(u); break;
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

// A worker's project: a Recomputation (engine.h) whose reported values it rewrites for each trial
// with the arithmetic of applyScenario() for per-metric overrides, without copying the project.
class TrialProject {
public:
    explicit TrialProject(const Project &project)
        : rc_(project) {
        const Project &p = rc_.project(); // normalised
        observed_.resize(p.metrics.size());
        cohortObserved_.resize(p.metrics.size());
        for (std::size_t m = 0; m < p.metrics.size(); ++m) {
            const Metric &mt = p.metrics[m];
            observed_[m].resize(mt.plan.size());
            for (std::size_t t = 0; t < mt.plan.size(); ++t)
                observed_[m][t] = observedValue(mt, static_cast<int>(t), Basis::Forecast);
            // A metric tested cohort by cohort: each cohort's forecast, as applyScenario() scales
            // each cohort's series.
            for (const CohortOutcome &c : mt.cohortOutcomes) {
                std::vector<double> &obs = cohortObserved_[m].emplace_back(c.plan.size());
                for (std::size_t t = 0; t < c.plan.size(); ++t)
                    obs[t] = observedValue(c, static_cast<int>(t), Basis::Forecast);
            }
        }
    }
    const Project &project() const { return rc_.project(); }
    const Results &compute(const std::vector<double> &factors, const std::vector<int> &delays,
                           const ComputeOptions &options) {
        const Project &p = rc_.project();
        for (std::size_t m = 0; m < p.metrics.size(); ++m) {
            const Metric &mt = p.metrics[m];
            const std::span<std::optional<double>> actual = rc_.actual(m);
            const double f = factors[m];
            const int k = std::max(delays[m], 0);
            const int n = static_cast<int>(mt.plan.size());
            if (cohortObserved_[m].empty())
                for (int t = 0; t < n; ++t) {
                    const auto i = static_cast<std::size_t>(t);
                    double a = mt.counterfactual[i];
                    if (t >= k) {
                        const auto j = static_cast<std::size_t>(t - k);
                        a += f * (observed_[m][j] - mt.counterfactual[j]);
                    }
                    actual[i] = a;
                }
            // A metric tested cohort by cohort: each cohort's series instead (its own is unused).
            for (std::size_t c = 0; c < cohortObserved_[m].size(); ++c) {
                const CohortOutcome &co = mt.cohortOutcomes[c];
                const std::span<std::optional<double>> cohortActual = rc_.cohortActual(m, c);
                for (int t = 0; t < n; ++t) {
                    const auto i = static_cast<std::size_t>(t);
                    double a = co.counterfactual[i];
                    if (t >= k) {
                        const auto j = static_cast<std::size_t>(t - k);
                        a += f * (cohortObserved_[m][c][j] - co.counterfactual[j]);
                    }
                    cohortActual[i] = a;
                }
            }
        }
        return rc_.compute(Basis::Forecast, options);
    }

private:
    Recomputation rc_;
    std::vector<std::vector<double>> observed_;
    // [metric][cohort][t]: each cohort's forecast, for metrics tested cohort by cohort.
    std::vector<std::vector<std::vector<double>>> cohortObserved_;
};

struct TrialOutcome {
    bool failed = false;
    RiskKpis kpis;
};

// numpy's virtual index of percentile q among n sorted values: (q / 100) · (n − 1), in that
// order of operations.
double percentilePosition(std::size_t n, double q) {
    return (std::clamp(q, 0.0, 100.0) / 100.0) * static_cast<double>(n - 1);
}

// numpy's _lerp: a + (b − a)·t, or b − (b − a)·(1 − t) when t ≥ 0.5.
double lerp(double a, double b, double frac) {
    const double diff = b - a;
    return frac >= 0.5 ? b - diff * (1 - frac) : a + diff * frac;
}

// The percentiles `qs` (ascending) of `v`, exactly the values percentile() gives on `v` sorted,
// found by selection instead of a sort: each order statistic they need is put in its place in
// turn (nth_element, or the least of the rest for the one just after a placed one), each search
// over the values above the last one placed. Reorders `v`.
void selectPercentiles(std::vector<double> &v, std::span<const double> qs, double *out) {
    const std::size_t n = v.size();
    std::size_t next = 0; // v[next…] holds the values above every one placed, in no order
    auto place = [&](std::size_t k) {
        if (k < next) // one of the last two placed (the qs ascend)
            return;
        if (k == next)
            std::iter_swap(v.begin() + static_cast<std::ptrdiff_t>(k),
                           std::min_element(v.begin() + static_cast<std::ptrdiff_t>(k), v.end()));
        else
            std::nth_element(v.begin() + static_cast<std::ptrdiff_t>(next),
                             v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
        next = k + 1;
    };
    for (std::size_t i = 0; i < qs.size(); ++i) {
        const double pos = percentilePosition(n, qs[i]);
        const auto lo = static_cast<std::size_t>(std::floor(pos));
        const std::size_t hi = std::min(lo + 1, n - 1);
        place(lo);
        place(hi);
        out[i] = lerp(v[lo], v[hi], pos - static_cast<double>(lo));
    }
}

// Mean and standard error over `values` in trial order (the sums' order fixes their last bits).
void moments(const std::vector<double> &values, Summary &s) {
    s.count = static_cast<int>(values.size());
    if (values.empty())
        return;
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
}

constexpr double kSummaryPercentiles[3] = {5, 50, 95};

Summary summarise(std::vector<double> values) {
    Summary s;
    moments(values, s);
    if (values.empty())
        return s;
    double p[3];
    selectPercentiles(values, kSummaryPercentiles, p);
    s.p5 = p[0];
    s.p50 = p[1];
    s.p95 = p[2];
    return s;
}

// The same for values whose sorted copy is at hand.
Summary summariseSorted(const std::vector<double> &values, const std::vector<double> &sorted) {
    Summary s;
    moments(values, s);
    if (values.empty())
        return s;
    s.p5 = percentile(sorted, 5);
    s.p50 = percentile(sorted, 50);
    s.p95 = percentile(sorted, 95);
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
    return TrialSampler(project).draw(seed, trial);
}

struct TrialSampler::Impl {
    Sampler sampler;
};

TrialSampler::TrialSampler(const Project &project)
    : impl_(std::make_unique<const Impl>(Impl{makeSampler(project)})) {}

TrialSampler::~TrialSampler() = default;

TrialDraw TrialSampler::draw(std::int64_t seed, int trial) const {
    TrialDraw d;
    effekt::draw(impl_->sampler, static_cast<std::uint64_t>(seed), trial, d.factors, d.delays);
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
    const double pos = percentilePosition(sorted.size(), q);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return lerp(sorted[lo], sorted[hi], pos - static_cast<double>(lo));
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

    constexpr int kChunk = 64;
    const int chunks = (n + kChunk - 1) / kChunk;
    int threads = options.threads > 0 ? options.threads
                                      : static_cast<int>(std::thread::hardware_concurrency());
    threads = std::clamp(threads, 1, std::max(chunks, 1));

    // One worker's project each, made here: the first also gives the number of due periods,
    // the stride of the cumulative payments (the same in every run of the project).
    std::vector<std::unique_ptr<TrialProject>> projects;
    for (int t = 0; t < threads; ++t)
        projects.push_back(std::make_unique<TrialProject>(project));
    // The traditional alternative does not depend on the trial (riskkpis.h), only on the
    // (normalised) project. Should working it out overflow, every trial fails, as riskKpis()
    // would make it.
    std::optional<TraditionalFigures> traditional;
    try {
        traditional = traditionalFigures(projects.front()->project());
    } catch (const std::exception &) {
    }
    const ComputeOptions quick{.kpis = false, .investorRates = false, .riskTransferred = false};
    const std::size_t stride = static_cast<std::size_t>(std::max(
        projects.front()
            ->compute(std::vector<double>(metrics, 1.0), std::vector<int>(metrics, 0), quick)
            .periods,
        0));

    std::vector<TrialOutcome> outcomes(static_cast<std::size_t>(n));
    // Cumulative commissioner payments by due period, a column of all trials per period (the
    // fan's percentiles read them so): trial i's at period t in [t · n + i]. A trial with fewer
    // periods (cumulativeLength[i]) repeats its last figure, or has 0 when it has none.
    const auto trials = static_cast<std::size_t>(n);
    std::vector<Money> cumulative(trials * stride);
    std::vector<int> cumulativeLength(trials, 0);
    if (options.keepTrials)
        res.trialRecords.resize(static_cast<std::size_t>(n));

    std::atomic<int> nextChunk{0};
    std::atomic<int> done{0};
    std::atomic<bool> stopped{false};

    auto worker = [&](TrialProject &tp) {
        std::vector<double> factors(metrics);
        std::vector<int> delays(metrics);
        std::vector<double> flows;
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
                    const Results &r = tp.compute(factors, delays, quick);
                    o.failed = hasErrors(r.diagnostics);
                    if (!traditional)
                        throw MoneyOverflow();
                    o.kpis = riskKpis(tp.project(), r, *traditional, flows, options.investorIrr);
                    const std::size_t len = std::min(r.paymentsNet.size(), stride);
                    Money run = 0;
                    for (std::size_t t = 0; t < len; ++t)
                        cumulative[t * trials + idx] = run = money::add(run, r.paymentsNet[t]);
                    for (std::size_t t = len; t < stride; ++t)
                        cumulative[t * trials + idx] = run;
                    cumulativeLength[idx] = static_cast<int>(len);
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
        worker(*projects.front());
    } else {
        std::vector<std::thread> pool;
        pool.reserve(static_cast<std::size_t>(threads));
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(worker, std::ref(*projects[static_cast<std::size_t>(t)]));
        for (std::thread &t : pool)
            t.join();
    }
    projects.clear();
    if (stopped || (cancel && cancel->load())) {
        res.cancelled = true;
        res.trials = done.load();
        res.trialRecords.clear();
        return res;
    }
    res.trials = n;

    // Everything below runs over the trials in index order: the same whatever the threads.
    std::vector<double> payments, npvPayments, netValue, tradNet, profit, multiple, irr;
    for (auto *v : {&payments, &npvPayments, &netValue, &tradNet, &profit, &multiple})
        v->reserve(outcomes.size());
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
        else if (options.investorIrr)
            ++res.trialsWithoutIrr;
        capped += k.totalCapReached ? 1 : 0;
        terminated += k.terminatedAfter ? 1 : 0;
        more += k.payments > k.traditionalCost ? 1 : 0;
        periods = std::max(periods, static_cast<std::size_t>(cumulativeLength[i]));
    }
    if (computed > 0) {
        const double c = computed;
        res.pInvestorLoss = loss / c;
        res.pTotalCapReached = capped / c;
        res.pTermination = terminated / c;
        res.pPaysMoreThanTraditional = more / c;
    }

    // The summaries, the sorted samples and the fan's columns are independent tasks, each done
    // by one thread in the same way whatever the threads: shared out like the trials.
    std::vector<std::function<void()>> tasks;
    // A net value and the net cost sorted: the net value's percentiles are the net costs' order
    // statistics negated in reverse, the same values a selection finds.
    auto netTask = [&](std::vector<double> &values, std::vector<double> &costs, Summary &out) {
        tasks.emplace_back([&values, &costs, &out] {
            costs.reserve(values.size());
            for (double v : values)
                costs.push_back(-v);
            std::sort(costs.begin(), costs.end());
            moments(values, out);
            if (costs.empty())
                return;
            const std::size_t last = costs.size() - 1;
            double q[3];
            for (int i = 0; i < 3; ++i) {
                const double pos = percentilePosition(costs.size(), kSummaryPercentiles[i]);
                const auto lo = static_cast<std::size_t>(std::floor(pos));
                const std::size_t hi = std::min(lo + 1, last);
                q[i] = lerp(-costs[last - lo], -costs[last - hi], pos - static_cast<double>(lo));
            }
            out.p5 = q[0];
            out.p50 = q[1];
            out.p95 = q[2];
        });
    };
    netTask(netValue, res.netCosts, res.netValue);
    netTask(tradNet, res.traditionalNetCosts, res.traditionalNetValue);
    tasks.emplace_back([&] {
        res.investorMultiples = multiple;
        std::sort(res.investorMultiples.begin(), res.investorMultiples.end());
        res.investorMultiple = summariseSorted(multiple, res.investorMultiples);
    });
    auto summaryTask = [&](std::vector<double> &values, Summary &out) {
        tasks.emplace_back([&values, &out] { out = summarise(std::move(values)); });
    };
    summaryTask(payments, res.payments);
    summaryTask(npvPayments, res.npvPayments);
    summaryTask(profit, res.investorProfit);
    summaryTask(irr, res.investorIrr);

    res.fan.resize(periods);
    for (std::size_t t = 0; t < periods; ++t)
        tasks.emplace_back([&, t] {
            std::vector<double> column;
            column.reserve(static_cast<std::size_t>(computed));
            const Money *cum = cumulative.data() + t * trials;
            for (std::size_t i = 0; i < trials; ++i)
                if (!outcomes[i].failed)
                    column.push_back(static_cast<double>(cum[i]));
            constexpr double kFan[5] = {5, 25, 50, 75, 95};
            double q[5] = {0, 0, 0, 0, 0};
            if (!column.empty())
                selectPercentiles(column, kFan, q);
            res.fan[t] = FanPoint{q[0], q[1], q[2], q[3], q[4]};
        });
    std::atomic<std::size_t> nextTask{0};
    auto summariser = [&] {
        for (std::size_t k; (k = nextTask.fetch_add(1)) < tasks.size();)
            tasks[k]();
    };
    const int helpers = std::min(threads, static_cast<int>(tasks.size())) - 1;
    std::vector<std::thread> pool;
    for (int t = 0; t < helpers; ++t)
        pool.emplace_back(summariser);
    summariser();
    for (std::thread &t : pool)
        t.join();
    return res;
}

} // namespace effekt
