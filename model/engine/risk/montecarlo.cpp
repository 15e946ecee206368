#include "montecarlo.h"

#include "random.h"
#include "scenario.h"

#include <algorithm>
#include <cmath>
#include <cstring>
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
    factors.resize(n);
    delays.resize(n);
    for (std::size_t m = 0; m < n; ++m) {
        const double eps = g.normal();
        const double uDelay = g.uniform();
        const MetricSampler &ms = s.metrics[m];
        factors[m] = 1.0;
        delays[m] = 0;
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
    // The trial's figures by the fast path (Recomputation::computeTotals), or false.
    bool totals(const std::vector<double> &factors, const std::vector<int> &delays,
                RunTotals &out) {
        write(factors, delays);
        return rc_.computeTotals(out);
    }
    // The trial's results by compute()'s code, the reported values as written last.
    const Results &compute(const ComputeOptions &options) {
        return rc_.compute(Basis::Forecast, options);
    }

private:
    // Writes the trial's reported values: each metric's improvement scaled and delayed.
    void write(const std::vector<double> &factors, const std::vector<int> &delays) {
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
    }

    Recomputation rc_;
    std::vector<std::vector<double>> observed_;
    // [metric][cohort][t]: each cohort's forecast, for metrics tested cohort by cohort.
    std::vector<std::vector<std::vector<double>>> cohortObserved_;
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

// Sorts 8-byte values ascending by a least-significant-digit radix sort: 11 bits a pass, a pass
// skipped where every value has the same digit (money below 2^33 øre needs three passes of six).
// `key` maps a value's bits to an unsigned key in the values' order. About ten times as fast as
// std::sort on the 100,000 values of a simulation, and the same order: a sort is a sort (the one
// difference, −0 before +0 where std::sort may leave them either way, changes no percentile).
// `scratch` holds at least v.size() values.
template <typename T, typename Key>
void radixSort(std::span<T> v, std::span<T> scratch, Key key, std::uint64_t maxKey = ~0ULL) {
    static_assert(sizeof(T) == 8);
    constexpr int kBits = 11, kBuckets = 1 << kBits;
    const std::size_t n = v.size();
    if (n < 2)
        return;
    if (n < 512) {
        std::sort(v.begin(), v.end(), [&](T a, T b) { return key(a) < key(b); });
        return;
    }
    int passes = 1; // the digits the largest key has
    while (passes < 6 && (maxKey >> (passes * kBits)) != 0)
        ++passes;
    std::vector<std::uint32_t> count(static_cast<std::size_t>(passes) * kBuckets, 0);
    for (T x : v) {
        const std::uint64_t k = key(x);
        for (int p = 0; p < passes; ++p)
            ++count[static_cast<std::size_t>(p) * kBuckets + ((k >> (p * kBits)) & (kBuckets - 1))];
    }
    T *from = v.data(), *to = scratch.data();
    for (int p = 0; p < passes; ++p) {
        std::uint32_t *c = count.data() + static_cast<std::size_t>(p) * kBuckets;
        const std::uint64_t first = (key(from[0]) >> (p * kBits)) & (kBuckets - 1);
        if (c[first] == n)
            continue; // every value has this digit: the pass would change nothing
        std::uint32_t sum = 0;
        for (int b = 0; b < kBuckets; ++b) {
            const std::uint32_t here = c[b];
            c[b] = sum;
            sum += here;
        }
        for (std::size_t i = 0; i < n; ++i) {
            const T x = from[i];
            to[c[(key(x) >> (p * kBits)) & (kBuckets - 1)]++] = x;
        }
        std::swap(from, to);
    }
    if (from != v.data())
        std::copy(from, from + n, v.data());
}

// Keys in the order of the values: doubles by their bits (negative ones reversed); whole numbers
// (money, and money as doubles) as their distance from the least, so that a range below 2^33 øre
// needs three passes.
inline std::uint64_t doubleKey(double d) {
    std::uint64_t u;
    std::memcpy(&u, &d, sizeof u);
    return (u >> 63) != 0 ? ~u : u | (std::uint64_t{1} << 63);
}
// `whole`: every value is a whole number below 2^53 in magnitude (money as a double).
void sortValues(std::span<double> v, std::vector<double> &scratch, bool whole = false) {
    if (v.empty())
        return;
    if (scratch.size() < v.size())
        scratch.resize(v.size());
    if (whole) {
        const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
        const auto least = static_cast<std::uint64_t>(static_cast<Money>(*lo));
        radixSort<double>(
            v, scratch,
            [least](double d) { return static_cast<std::uint64_t>(static_cast<Money>(d)) - least; },
            static_cast<std::uint64_t>(static_cast<Money>(*hi)) - least);
    } else {
        radixSort<double>(v, scratch, [](double d) { return doubleKey(d); });
    }
}

// The values at sorted positions ranks[0 … k) (ascending, each below n) of src[0 … n), exactly
// those a sort would put there, into out[0 … k): a most-significant-digit radix select. The
// values whose digit (11 bits from `shift`) holds a wanted rank are gathered into dst at their
// bucket's place and searched further, src and dst trading places at each digit; so it passes
// over the data twice a digit, and only the first digit sees all of it. Keys as for radixSort.
// Overwrites src and dst.
template <typename T, typename Key>
void radixSelect(T *src, T *dst, std::size_t n, Key key, int shift, const std::size_t *ranks,
                 std::size_t k, T *out) {
    constexpr int kBits = 11, kBuckets = 1 << kBits;
    if (n <= 64) {
        std::sort(src, src + n, [&](T a, T b) { return key(a) < key(b); });
        for (std::size_t j = 0; j < k; ++j)
            out[j] = src[ranks[j]];
        return;
    }
    auto digit = [&](T x) { return static_cast<std::size_t>((key(x) >> shift) & (kBuckets - 1)); };
    std::array<std::uint32_t, kBuckets> count{};
    for (std::size_t i = 0; i < n; ++i)
        ++count[digit(src[i])];
    std::array<std::uint32_t, kBuckets> start;
    std::uint32_t sum = 0;
    for (std::size_t b = 0; b < kBuckets; ++b) {
        start[b] = sum;
        sum += count[b];
    }
    // The buckets that hold a wanted rank, and where each one's values go in dst.
    std::array<std::uint32_t, kBuckets> fill{};
    std::array<bool, kBuckets> wanted{};
    for (std::size_t j = 0; j < k; ++j) {
        std::size_t b = 0;
        while (b + 1 < kBuckets && start[b + 1] <= ranks[j])
            ++b;
        wanted[b] = true;
        fill[b] = start[b];
    }
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t b = digit(src[i]);
        if (wanted[b])
            dst[fill[b]++] = src[i];
    }
    std::array<std::size_t, 16> sub; // k ≤ 16 (wholePercentiles: two ranks a percentile)
    for (std::size_t j = 0; j < k;) {
        std::size_t b = 0;
        while (b + 1 < kBuckets && start[b + 1] <= ranks[j])
            ++b;
        std::size_t e = j; // the ranks in bucket b: j … e
        while (e < k && ranks[e] < start[b] + count[b] && e - j < sub.size()) {
            sub[e - j] = ranks[e] - start[b];
            ++e;
        }
        if (shift == 0) // one digit left: equal keys, equal values
            for (std::size_t r = j; r < e; ++r)
                out[r] = dst[start[b]];
        else
            radixSelect(dst + start[b], src + start[b], count[b], key, shift - kBits, sub.data(),
                        e - j, out + j);
        j = e;
    }
}

// The percentiles `qs` (ascending, at most eight) of the whole-number values
// `values` (money, or money as doubles), which it reorders, by radixSelect(): the values
// percentile() would interpolate between on `values` sorted. `scratch` holds values.size().
template <typename T>
void wholePercentiles(std::span<T> values, T *scratch, std::span<const double> qs, double *out) {
    const std::size_t n = values.size();
    if (n == 0) {
        std::fill(out, out + qs.size(), 0.0);
        return;
    }
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    const auto least = static_cast<Money>(*lo);
    const std::uint64_t range =
        static_cast<std::uint64_t>(static_cast<Money>(*hi)) - static_cast<std::uint64_t>(least);
    auto key = [least](T x) {
        return static_cast<std::uint64_t>(static_cast<Money>(x)) -
               static_cast<std::uint64_t>(least);
    };
    int shift = 0;
    while (shift + 11 < 64 && (range >> (shift + 11)) != 0)
        shift += 11;
    std::array<std::size_t, 16> ranks;
    std::size_t k = 0;
    for (double q : qs) {
        const auto r = static_cast<std::size_t>(std::floor(percentilePosition(n, q)));
        for (std::size_t x : {r, std::min(r + 1, n - 1)})
            if (k == 0 || ranks[k - 1] != x)
                ranks[k++] = x;
    }
    std::array<T, 16> at;
    radixSelect(values.data(), scratch, n, key, shift, ranks.data(), k, at.data());
    for (std::size_t i = 0; i < qs.size(); ++i) {
        const double pos = percentilePosition(n, qs[i]);
        const auto r = static_cast<std::size_t>(std::floor(pos));
        const auto find = [&](std::size_t x) {
            return static_cast<double>(at[static_cast<std::size_t>(
                std::find(ranks.begin(), ranks.begin() + static_cast<std::ptrdiff_t>(k), x) -
                ranks.begin())]);
        };
        out[i] = lerp(find(r), find(std::min(r + 1, n - 1)), pos - static_cast<double>(r));
    }
}

// The percentiles `qs` of ascending `sorted` (percentile()).
void sortedPercentiles(std::span<const double> sorted, std::span<const double> qs, double *out) {
    for (std::size_t i = 0; i < qs.size(); ++i)
        out[i] = percentile(sorted, qs[i]);
}

// Mean and standard error over `values` in trial order (the sums' order fixes their last bits).
// `sign` −1: of the values negated (exactly: negation rounds nothing), for a column that holds a
// figure's negative.
void moments(std::span<const double> values, Summary &s, double sign = 1) {
    s.count = static_cast<int>(values.size());
    if (values.empty())
        return;
    double sum = 0;
    for (double v : values)
        sum += sign * v;
    s.mean = sum / static_cast<double>(values.size());
    if (values.size() > 1) {
        double ss = 0;
        for (double v : values)
            ss += (sign * v - s.mean) * (sign * v - s.mean);
        const double var = ss / static_cast<double>(values.size() - 1);
        s.standardError = std::sqrt(var / static_cast<double>(values.size()));
    }
}

constexpr double kSummaryPercentiles[3] = {5, 50, 95};

// The summary of `values` (trial order), which it reorders; `whole`: money as doubles (found by
// radixSelect), otherwise sorted.
Summary summarise(std::span<double> values, std::vector<double> &scratch, bool whole) {
    Summary s;
    moments(values, s);
    if (values.empty())
        return s;
    double p[3];
    if (whole) {
        if (scratch.size() < values.size())
            scratch.resize(values.size());
        wholePercentiles<double>(values, scratch.data(), kSummaryPercentiles, p);
    } else {
        sortValues(values, scratch);
        sortedPercentiles(values, kSummaryPercentiles, p);
    }
    s.p5 = p[0];
    s.p50 = p[1];
    s.p95 = p[2];
    return s;
}

// A column of figures by trial, its memory not cleared when allocated: each slot is written by the
// worker thread that computes its trial, which thus is the first to touch the page (the
// operating system provides a page on first touch, so the threads share that work too).
template <typename T> class Column {
public:
    explicit Column(std::size_t n)
        : data_(new T[n])
        , size_(n) {}
    T &operator[](std::size_t i) { return data_[i]; }
    T *data() { return data_.get(); }
    std::span<T> span() { return {data_.get(), size_}; }
    std::size_t size() const { return size_; }
    // Keeps the entries whose `keep` is set, in order.
    void keepOnly(const std::vector<unsigned char> &keep) {
        std::size_t out = 0;
        for (std::size_t i = 0; i < size_; ++i)
            if (keep[i])
                data_[out++] = data_[i];
        size_ = out;
    }

private:
    std::unique_ptr<T[]> data_;
    std::size_t size_;
};

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

    constexpr int kChunk = 512;
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
    const ComputeOptions quick{
        .kpis = false, .investorRates = false, .riskTransferred = false, .detail = false};
    const std::size_t stride =
        static_cast<std::size_t>(std::max(projects.front()->compute(quick).periods, 0));

    // Each trial's figures by trial index, in columns the summaries read as they are: the
    // commissioner's net costs (the negated net values) and the investor multiples straight into
    // the result's sample vectors, which are sorted in place at the end. All allocated here, in
    // the calling thread, once. Cumulative commissioner payments by due period, a column of all
    // trials per period (the fan's percentiles read them so): trial i's at period t in
    // [t · n + i]. A trial with fewer periods repeats its last figure, or has 0 when it has none.
    const auto trials = static_cast<std::size_t>(n);
    enum : unsigned char {
        kFailed = 1,
        kMultiple = 2,
        kLoss = 4,
        kCapped = 8,
        kTerminated = 16,
        kMore = 32,
        kIrr = 64
    };
    Column<unsigned char> flags(trials);
    Column<double> payments(trials), npvPayments(trials), profit(trials);
    Column<double> netCosts(trials), traditionalNetCosts(trials), multiples(trials);
    Column<double> irr(options.investorIrr ? trials : 0);
    Column<Money> cumulative(trials * stride);
    Column<int> cumulativeLength(trials);
    if (options.keepTrials)
        res.trialRecords.resize(static_cast<std::size_t>(n));

    std::atomic<int> nextChunk{0};
    std::atomic<int> done{0};
    std::atomic<bool> stopped{false};

    auto worker = [&](TrialProject &tp) {
        std::vector<double> factors(metrics);
        std::vector<int> delays(metrics);
        std::vector<double> flows;
        RunTotals totals;
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
                RiskKpis k;
                unsigned char f = 0;
                try {
                    if (!traditional) {
                        f |= kFailed;
                        throw MoneyOverflow();
                    }
                    // The fast path where it can (the same figures), compute()'s code otherwise.
                    const std::vector<Money> *net = &totals.paymentsNet;
                    if (tp.totals(factors, delays, totals)) {
                        k = riskKpis(tp.project(), totals, *traditional, flows,
                                     options.investorIrr);
                    } else {
                        const Results &r = tp.compute(quick);
                        if (hasErrors(r.diagnostics))
                            f |= kFailed;
                        k = riskKpis(tp.project(), r, *traditional, flows, options.investorIrr);
                        net = &r.paymentsNet;
                    }
                    const std::size_t len = std::min(net->size(), stride);
                    Money run = 0;
                    for (std::size_t t = 0; t < len; ++t)
                        cumulative[t * trials + idx] = run = money::add(run, (*net)[t]);
                    for (std::size_t t = len; t < stride; ++t)
                        cumulative[t * trials + idx] = run;
                    cumulativeLength[idx] = static_cast<int>(len);
                } catch (const std::exception &) { // an overflow summing up: the trial fails
                    f |= kFailed;
                }
                payments[idx] = static_cast<double>(k.payments);
                npvPayments[idx] = static_cast<double>(k.npvPayments);
                profit[idx] = static_cast<double>(k.investorProfit);
                netCosts[idx] = -static_cast<double>(k.netValue);
                traditionalNetCosts[idx] = -static_cast<double>(k.traditionalNetValue);
                if (k.investorMultiple) {
                    multiples[idx] = *k.investorMultiple;
                    f |= kMultiple;
                    if (*k.investorMultiple < 1)
                        f |= kLoss;
                }
                if (k.investorIrrAnnual) {
                    irr[idx] = *k.investorIrrAnnual;
                    f |= kIrr;
                }
                f |= k.totalCapReached ? kCapped : 0;
                f |= k.terminatedAfter ? kTerminated : 0;
                f |= k.payments > k.traditionalCost ? kMore : 0;
                flags[idx] = f;
                if (options.keepTrials)
                    res.trialRecords[idx] = TrialRecord{i, factors, delays, k};
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
        res = SimulationResult{};
        res.cancelled = true;
        res.trials = done.load();
        return res;
    }
    res.trials = n;

    // Everything below runs over the trials in index order: the same whatever the threads.
    // Failed trials are left out of every figure; trials without a multiple (or IRR) out of its.
    std::size_t periods = 0;
    int loss = 0, capped = 0, terminated = 0, more = 0, computed = 0;
    std::vector<unsigned char> ok(trials), withMultiple(trials), withIrr(irr.size());
    const bool anyIrr = irr.size() > 0;
    bool allOk = true, allMultiple = true, allIrr = true;
    for (std::size_t i = 0; i < trials; ++i) {
        const unsigned char f = flags[i];
        ok[i] = (f & kFailed) == 0;
        withMultiple[i] = ok[i] && (f & kMultiple) != 0;
        if (anyIrr)
            withIrr[i] = ok[i] && (f & kIrr) != 0;
        allOk = allOk && ok[i];
        allMultiple = allMultiple && withMultiple[i];
        allIrr = allIrr && (!anyIrr || withIrr[i]);
        if (!ok[i]) {
            ++res.failedTrials;
            continue;
        }
        ++computed;
        if (f & kMultiple)
            loss += (f & kLoss) ? 1 : 0;
        else
            ++res.trialsWithoutMultiple;
        if (anyIrr && !(f & kIrr))
            ++res.trialsWithoutIrr;
        capped += (f & kCapped) ? 1 : 0;
        terminated += (f & kTerminated) ? 1 : 0;
        more += (f & kMore) ? 1 : 0;
        periods = std::max(periods, static_cast<std::size_t>(cumulativeLength[i]));
    }
    if (!allOk)
        for (Column<double> *v :
             {&payments, &npvPayments, &profit, &netCosts, &traditionalNetCosts})
            v->keepOnly(ok);
    if (!allMultiple)
        multiples.keepOnly(withMultiple);
    if (!allIrr)
        irr.keepOnly(withIrr);
    if (computed > 0) {
        const double c = computed;
        res.pInvestorLoss = loss / c;
        res.pTotalCapReached = capped / c;
        res.pTermination = terminated / c;
        res.pPaysMoreThanTraditional = more / c;
    }

    // The summaries, the sorted samples and the fan's columns are independent tasks, each done
    // by one thread in the same way whatever the threads (with that thread's scratch): shared out
    // like the trials.
    std::vector<std::function<void(std::vector<double> &)>> tasks;
    // A net value from its net costs, which end sorted in the result: the net value's
    // percentiles are the net costs' order statistics negated in reverse.
    auto netTask = [&](Column<double> &column, std::vector<double> &costs, Summary &out) {
        tasks.emplace_back([&column, &costs, &out](std::vector<double> &scratch) {
            costs.assign(column.data(), column.data() + column.size());
            moments(costs, out, -1);
            if (costs.empty())
                return;
            sortValues(costs, scratch, true);
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
    netTask(netCosts, res.netCosts, res.netValue);
    netTask(traditionalNetCosts, res.traditionalNetCosts, res.traditionalNetValue);
    tasks.emplace_back([&](std::vector<double> &scratch) { // sorted in the result: the samples
        res.investorMultiples.assign(multiples.data(), multiples.data() + multiples.size());
        res.investorMultiple = summarise(res.investorMultiples, scratch, false);
    });
    auto summaryTask = [&](Column<double> &values, Summary &out, bool whole) {
        tasks.emplace_back([&values, &out, whole](std::vector<double> &scratch) {
            out = summarise(values.span(), scratch, whole);
        });
    };
    summaryTask(payments, res.payments, true);
    summaryTask(npvPayments, res.npvPayments, true);
    summaryTask(profit, res.investorProfit, true);
    summaryTask(irr, res.investorIrr, false);

    res.fan.resize(periods);
    for (std::size_t t = 0; t < periods; ++t)
        tasks.emplace_back([&, t](std::vector<double> &scratch) {
            Money *column = cumulative.data() + t * trials;
            std::span<Money> kept(column, trials);
            if (!allOk) {
                std::size_t out = 0;
                for (std::size_t i = 0; i < trials; ++i)
                    if (ok[i])
                        column[out++] = column[i];
                kept = kept.first(out);
            }
            constexpr double kFan[5] = {5, 25, 50, 75, 95};
            double q[5] = {0, 0, 0, 0, 0};
            // As doubles, the values percentile() interpolates between (exact below 2^53 øre; the
            // conversion keeps their order).
            if (scratch.size() < kept.size())
                scratch.resize(kept.size());
            wholePercentiles<Money>(kept, reinterpret_cast<Money *>(scratch.data()), kFan, q);
            res.fan[t] = FanPoint{q[0], q[1], q[2], q[3], q[4]};
        });
    std::atomic<std::size_t> nextTask{0};
    const int helpers = std::min(threads, static_cast<int>(tasks.size())) - 1;
    // Each thread's scratch, as large as the columns, allocated by the thread itself.
    std::vector<std::vector<double>> scratch(static_cast<std::size_t>(std::max(helpers, 0)) + 1);
    auto summariser = [&](std::vector<double> &mine) {
        mine.resize(trials);
        for (std::size_t k; (k = nextTask.fetch_add(1)) < tasks.size();)
            tasks[k](mine);
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < helpers; ++t)
        pool.emplace_back(summariser, std::ref(scratch[static_cast<std::size_t>(t) + 1]));
    summariser(scratch.front());
    for (std::thread &t : pool)
        t.join();
    return res;
}

} // namespace effekt
