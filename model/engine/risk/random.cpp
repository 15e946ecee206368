#include "random.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace effekt::random {

namespace {

std::uint64_t rotl(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

// Horner's scheme over c[0] + c[1] r + … + c[7] r^7.
double poly(const double (&c)[8], double r) {
    double v = c[7];
    for (int i = 6; i >= 0; --i)
        v = v * r + c[i];
    return v;
}

} // namespace

std::uint64_t splitMix64(std::uint64_t &state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

Generator::Generator(std::uint64_t seed, std::uint64_t stream) {
    // Two SplitMix64 steps mix the seed and the stream into one starting point; four more fill
    // the state (never all zero: SplitMix64 is a bijection of distinct counters).
    std::uint64_t a = seed;
    std::uint64_t b = stream ^ 0x6A09E667F3BCC909ULL;
    std::uint64_t s = splitMix64(a) ^ rotl(splitMix64(b), 17);
    for (std::uint64_t &w : s_)
        w = splitMix64(s);
}

std::uint64_t Generator::next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
}

double Generator::uniform() {
    return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53;
}

double Generator::normal() {
    return normalQuantile(uniform());
}

double normalCdf(double z) {
    return 0.5 * std::erfc(-z * 0.70710678118654752440);
}

double normalQuantile(double p) {
    static constexpr double a[8] = {3.3871328727963666080e0,  1.3314166789178437745e+2,
                                    1.9715909503065514427e+3, 1.3731693765509461125e+4,
                                    4.5921953931549871457e+4, 6.7265770927008700853e+4,
                                    3.3430575583588128105e+4, 2.5090809287301226727e+3};
    static constexpr double b[8] = {1.0,
                                    4.2313330701600911252e+1,
                                    6.8718700749205790830e+2,
                                    5.3941960214247511077e+3,
                                    2.1213794301586595867e+4,
                                    3.9307895800092710610e+4,
                                    2.8729085735721942674e+4,
                                    5.2264952788528545610e+3};
    static constexpr double c[8] = {1.42343711074968357734e0,  4.63033784615654529590e0,
                                    5.76949722146069140550e0,  3.64784832476320460504e0,
                                    1.27045825245236838258e0,  2.41780725177450611770e-1,
                                    2.27238449892691845833e-2, 7.74545014278341407640e-4};
    static constexpr double d[8] = {1.0,
                                    2.05319162663775882187e0,
                                    1.67638483018380384940e0,
                                    6.89767334985100004550e-1,
                                    1.48103976427480074590e-1,
                                    1.51986665636164571966e-2,
                                    5.47593808499534494600e-4,
                                    1.05075007164441684324e-9};
    static constexpr double e[8] = {6.65790464350110377720e0,  5.46378491116411436990e0,
                                    1.78482653991729133580e0,  2.96560571828504891230e-1,
                                    2.65321895265761230930e-2, 1.24266094738807843860e-3,
                                    2.71155556874348757815e-5, 2.01033439929228813265e-7};
    static constexpr double f[8] = {1.0,
                                    5.99832206555887937690e-1,
                                    1.36929880922735805310e-1,
                                    1.48753612908506148525e-2,
                                    7.86869131145613259100e-4,
                                    1.84631831751005468180e-5,
                                    1.42151175831644588870e-7,
                                    2.04426310338993978564e-15};
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (!(p > 0))
        return -inf;
    if (!(p < 1))
        return inf;
    const double q = p - 0.5;
    if (std::fabs(q) <= 0.425) {
        const double r = 0.180625 - q * q;
        return q * poly(a, r) / poly(b, r);
    }
    double r = std::sqrt(-std::log(q < 0 ? p : 1 - p));
    double v;
    if (r <= 5) {
        r -= 1.6;
        v = poly(c, r) / poly(d, r);
    } else {
        r -= 5;
        v = poly(e, r) / poly(f, r);
    }
    return q < 0 ? -v : v;
}

double triangularCdf(double x, double min, double mode, double max) {
    if (x <= min)
        return x < min ? 0 : (max > min ? 0 : 1);
    if (x >= max)
        return 1;
    const double w = max - min;
    if (x <= mode)
        return (x - min) * (x - min) / (w * (mode - min));
    return 1 - (max - x) * (max - x) / (w * (max - mode));
}

double triangularQuantile(double u, double min, double mode, double max) {
    if (!(max > min))
        return mode;
    u = std::clamp(u, 0.0, 1.0);
    const double w = max - min;
    const double split = (mode - min) / w;
    if (u < split)
        return min + std::sqrt(u * w * (mode - min));
    return max - std::sqrt((1 - u) * w * (max - mode));
}

double logBeta(double a, double b) {
    return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
}

namespace {

// The continued fraction of I_x(a, b) by the modified Lentz method (Numerical Recipes §6.4),
// converging fast for x < (a + 1)/(a + b + 2).
double betaFraction(double x, double a, double b) {
    constexpr double tiny = 1e-300, eps = 1e-16;
    const double qab = a + b, qap = a + 1, qam = a - 1;
    double c = 1, d = 1 - qab * x / qap;
    if (std::fabs(d) < tiny)
        d = tiny;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= 300; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const double del = d * c;
        h *= del;
        if (std::fabs(del - 1) < eps)
            break;
    }
    return h;
}

} // namespace

double incompleteBeta(double x, double a, double b, double lbeta) {
    if (!(x > 0))
        return 0;
    if (!(x < 1))
        return 1;
    const double front = std::exp(a * std::log(x) + b * std::log1p(-x) - lbeta);
    if (x < (a + 1) / (a + b + 2))
        return front * betaFraction(x, a, b) / a;
    return 1 - front * betaFraction(1 - x, b, a) / b;
}

Pert::Pert(double min, double mode, double max)
    : min_(min)
    , max_(max) {
    if (max > min) {
        const double w = max - min;
        a_ = 1 + 4 * (mode - min) / w;
        b_ = 1 + 4 * (max - mode) / w;
        logBeta_ = logBeta(a_, b_);
    } else {
        max_ = min_ = mode;
    }
}

double Pert::cdf(double x) const {
    if (!(max_ > min_))
        return x < min_ ? 0 : 1;
    return incompleteBeta((x - min_) / (max_ - min_), a_, b_, logBeta_);
}

double Pert::quantile(double u) const {
    if (!(max_ > min_))
        return min_;
    if (!(u > 0))
        return min_;
    if (!(u < 1))
        return max_;
    // Solve I_x(α, β) = u for x in (0, 1). With α, β ≥ 1 the density is bounded and I_x is
    // monotone: Newton steps from the mean, each kept inside the bracket [lo, hi] that the signs
    // of I_x − u narrow; a step that would leave it bisects instead.
    double lo = 0, hi = 1;
    double x = a_ / (a_ + b_);
    for (int i = 0; i < 100; ++i) {
        const double g = incompleteBeta(x, a_, b_, logBeta_) - u;
        if (g == 0)
            break;
        if (g < 0)
            lo = x;
        else
            hi = x;
        const double density =
            std::exp((a_ - 1) * std::log(x) + (b_ - 1) * std::log1p(-x) - logBeta_);
        double next = density > 0 ? x - g / density : 0.5 * (lo + hi);
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        if (std::fabs(next - x) <= 1e-15 * std::max(x, 1e-300) || hi - lo <= 1e-16) {
            x = next;
            break;
        }
        x = next;
    }
    return min_ + x * (max_ - min_);
}

double Pert::unitDensity(double x) const {
    if (!(x >= 0 && x <= 1))
        return 0;
    // At the ends (α − 1)·ln 0 would be 0·∞ for α = 1: the density there is its limit.
    if (x == 0)
        return a_ == 1 ? std::exp(-logBeta_)
                       : (a_ < 1 ? std::numeric_limits<double>::infinity() : 0);
    if (x == 1)
        return b_ == 1 ? std::exp(-logBeta_)
                       : (b_ < 1 ? std::numeric_limits<double>::infinity() : 0);
    return std::exp((a_ - 1) * std::log(x) + (b_ - 1) * std::log1p(-x) - logBeta_);
}

PertTable::PertTable(const Pert &pert)
    : pert_(pert)
    , min_(pert.min())
    , width_(pert.max() - pert.min()) {
    if (!(width_ > 0))
        return;
    constexpr int n = kIntervals;
    constexpr double h = 1.0 / n;
    const double lb = logBeta(pert.alpha(), pert.beta());
    cdf_.resize(n + 1);
    ccdf_.resize(n + 1);
    slope_.resize(n + 1);
    for (int i = 0; i <= n; ++i) {
        const double x = i * h;
        const auto k = static_cast<std::size_t>(i);
        cdf_[k] = i == 0 ? 0.0 : (i == n ? 1.0 : incompleteBeta(x, pert.alpha(), pert.beta(), lb));
        // 1 − F by the symmetry I_x(α, β) = 1 − I_{1−x}(β, α), 1 − x exact: full relative
        // precision where F is near 1.
        ccdf_[k] =
            i == 0 ? 1.0 : (i == n ? 0.0 : incompleteBeta(1 - x, pert.beta(), pert.alpha(), lb));
        slope_[k] = pert.unitDensity(x) * h;
    }
    // The guide: for each of G equal slices of u, the interval that holds the slice's start.
    constexpr int g = n;
    guide_.resize(g);
    int i = 0;
    for (int k = 0; k < g; ++k) {
        const double start = static_cast<double>(k) / g;
        while (i + 1 < n && cdf_[static_cast<std::size_t>(i + 1)] <= start)
            ++i;
        guide_[static_cast<std::size_t>(k)] = i;
    }
}

double PertTable::quantile(double u) const {
    if (!(width_ > 0))
        return min_;
    if (!(u > 0))
        return min_;
    if (!(u < 1))
        return min_ + width_;
    constexpr int n = kIntervals;
    int i = guide_[static_cast<std::size_t>(std::min(static_cast<int>(u * n), n - 1))];
    while (i + 1 < n && cdf_[static_cast<std::size_t>(i + 1)] <= u)
        ++i;
    // The first and last intervals, where the density may vanish or rise like a power below 1 of
    // the distance to the end, which no cubic follows: the exact inverse (rarely reached).
    if (i < kExactEnds || i >= n - kExactEnds)
        return pert_.quantile(u);
    const auto k = static_cast<std::size_t>(i);
    // H(t) = c0 + c1 t + c2 t² + c3 t³ on t in [0, 1]: the Hermite cubic of F on the interval.
    // Its rise d and the target u − F(x_i) from F below the middle, from 1 − F above it, where
    // 1 − u is exact and F's differences would lose their digits.
    const double s0 = slope_[k], s1 = slope_[k + 1];
    const bool upper = u > 0.5;
    const double d = upper ? ccdf_[k] - ccdf_[k + 1] : cdf_[k + 1] - cdf_[k];
    const double target = upper ? ccdf_[k] - (1 - u) : u - cdf_[k];
    const double c1 = s0, c2 = 3 * d - 2 * s0 - s1, c3 = -2 * d + s0 + s1;
    // Newton from the linear interpolation, each step kept inside the bracket [lo, hi].
    double lo = 0, hi = 1;
    double t = d > 0 ? std::clamp(target / d, 0.0, 1.0) : 0.5;
    for (int it = 0; it < 20; ++it) {
        const double g = ((c3 * t + c2) * t + c1) * t - target;
        if (g == 0)
            break;
        if (g < 0)
            lo = t;
        else
            hi = t;
        const double dg = (3 * c3 * t + 2 * c2) * t + c1;
        double next = dg > 0 ? t - g / dg : 0.5 * (lo + hi);
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        const bool done = std::fabs(next - t) <= 1e-15;
        t = next;
        if (done)
            break;
    }
    return min_ + width_ * ((static_cast<double>(i) + t) / n);
}

double Pert::mean() const {
    return min_ + (max_ - min_) * a_ / (a_ + b_);
}

double Pert::variance() const {
    const double w = max_ - min_, s = a_ + b_;
    return w * w * a_ * b_ / (s * s * (s + 1));
}

} // namespace effekt::random
