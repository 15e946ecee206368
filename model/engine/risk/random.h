// Random numbers for the Monte Carlo simulation (DOMAIN.md §8), written out so that a seed gives
// the same numbers with every compiler and standard library: std::normal_distribution and its
// kin differ between libstdc++ and MSVC, and the same project must simulate alike on Windows.
// Only IEEE arithmetic and std::sqrt/std::log/std::exp/std::erfc/std::lgamma are used.
#pragma once

#include <cstdint>
#include <vector>

namespace effekt::random {

// SplitMix64 (Steele, Lea, Flood 2014): one step of the sequence, used to seed.
std::uint64_t splitMix64(std::uint64_t &state);

// xoshiro256** 1.0 (Blackman, Vigna 2018), seeded from (seed, stream) through SplitMix64: trial i
// of a simulation uses stream i, so its numbers do not depend on which thread runs it.
class Generator {
public:
    Generator(std::uint64_t seed, std::uint64_t stream);
    std::uint64_t next();
    // Uniform on the open interval (0, 1): 53 random bits, centred in their 2^-53 cell, so that
    // neither 0 nor 1 comes out (every inverse CDF below is finite).
    double uniform();
    // Standard normal by the inverse CDF of one uniform (normalQuantile).
    double normal();

private:
    std::uint64_t s_[4];
};

// Φ, the standard normal CDF: erfc(−z/√2)/2.
double normalCdf(double z);

// Φ⁻¹(p) for p in (0, 1), Wichura's algorithm AS 241 (PPND16, relative error about 1e-16).
// p ≤ 0 gives −inf, p ≥ 1 +inf.
double normalQuantile(double p);

// Triangular distribution on [min, max] with mode `mode`: CDF and its closed-form inverse.
// Degenerate min = max: the constant.
double triangularCdf(double x, double min, double mode, double max);
double triangularQuantile(double u, double min, double mode, double max);

// The regularised incomplete beta function I_x(a, b) (continued fraction, modified Lentz).
// `logBeta` = ln B(a, b), passed in so that callers drawing many values compute it once.
double incompleteBeta(double x, double a, double b, double logBeta);
double logBeta(double a, double b);

// PERT on [min, max] with mode `mode` (DOMAIN.md §8): Beta(α, β) scaled to [min, max],
// α = 1 + 4 (mode − min)/(max − min), β = 1 + 4 (max − mode)/(max − min). Degenerate min = max:
// the constant.
class Pert {
public:
    Pert(double min, double mode, double max);
    double cdf(double x) const;
    // F⁻¹(u): Newton's method on I_x(α, β) = u, kept inside a bisection bracket.
    double quantile(double u) const;
    double alpha() const { return a_; }
    double beta() const { return b_; }
    double mean() const;     // min + (max − min) α/(α + β) = (min + 4 mode + max)/6
    double variance() const; // (max − min)² αβ / ((α + β)² (α + β + 1))

    // The density of Beta(α, β) at x in [0, 1] (the PERT's density × (max − min)).
    double unitDensity(double x) const;
    double min() const { return min_; }
    double max() const { return max_; }

private:
    double min_, max_, a_ = 1, b_ = 1, logBeta_ = 0;
};

// A fast inverse of a PERT's CDF for drawing many values (docs/risk.md "Random numbers"): the
// Beta CDF I_x(α, β) and its density tabulated exactly at x = i/N, i = 0 … N (N = kIntervals),
// and between two nodes the cubic Hermite interpolant of the CDF (values and slopes exact at
// both ends) solved for u by Newton's method inside the interval. The interpolant's error in the
// CDF is at most h⁴/384 · max|F⁗| (h = 1/N), except near an end where the density vanishes or
// is not smooth: the first and last kExactEnds intervals are inverted exactly instead.
// Tests/model/risk/test_montecarlo.cpp measures the inverse against Pert::quantile. Results depend
// only on IEEE arithmetic and the functions Pert uses, so they are the same on every platform.
class PertTable {
public:
    static constexpr int kIntervals = 2048;
    static constexpr int kExactEnds = 8; // intervals at each end inverted exactly (Pert::quantile)
    explicit PertTable(const Pert &pert);
    double quantile(double u) const;

private:
    Pert pert_;
    double min_ = 0, width_ = 0;
    std::vector<double> cdf_;   // N + 1 values, cdf_[0] = 0, cdf_[N] = 1
    std::vector<double> ccdf_;  // 1 − cdf_, each worked out to full precision
    std::vector<double> slope_; // the density × h at each node: dF/dt with t the interval's own
    std::vector<int> guide_;    // for u in [k/G, (k+1)/G): the first interval that may hold it
};

} // namespace effekt::random
