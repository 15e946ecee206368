#include "finance.h"

#include "exact.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace effekt::finance {

double npv(double rate, std::span<const double> flows) {
    double sum = 0;
    double factor = 1;
    for (double f : flows) {
        factor *= 1 + rate;
        sum += f / factor;
    }
    return sum;
}

double xnpv(double rate, std::span<const double> flows, std::span<const Date> dates) {
    if (flows.empty() || dates.size() < flows.size())
        return 0;
    const std::int64_t d0 = dates[0].toDays();
    double sum = 0;
    for (std::size_t i = 0; i < flows.size(); ++i)
        sum += flows[i] / std::pow(1 + rate, static_cast<double>(dates[i].toDays() - d0) / 365.0);
    return sum;
}

int signChanges(std::span<const double> flows) {
    int changes = 0;
    int last = 0;
    for (double f : flows) {
        const int s = f > 0 ? 1 : (f < 0 ? -1 : 0);
        if (s == 0)
            continue;
        if (last != 0 && s != last)
            ++changes;
        last = s;
    }
    return changes;
}

namespace {

// f(r) = Σ c_i (1 + r)^(−e_i), written as Σ c_i + Σ c_i ((1 + r)^(−e_i) − 1) with expm1/log1p so
// that rates near zero keep their precision, and f'(r). The sums are kept to twice double's
// precision (exact::Sum2: no cancellation between large flows, and the same on every platform,
// as long double would not be).
struct Value {
    double f = 0, df = 0;
};
Value presentValue(std::span<const double> c, std::span<const double> e, const exact::Sum2 &sum,
                   double r) {
    const double l = std::log1p(r);
    exact::Sum2 f = sum;
    double df = 0;
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c[i] == 0)
            continue;
        const double m1 = std::expm1(-e[i] * l); // (1 + r)^(−e_i) − 1
        f.addProduct(c[i], m1);
        df += -e[i] * c[i] * (1 + m1); // times 1 / (1 + r), below
    }
    return Value{f.value(), df / (1 + r)};
}

// The spreadsheet's Newton iteration on r: r' = r − f(r) / f'(r) from the guess, stopping when the
// step is below 1e-7, then polished to full precision. None when it fails (no convergence within
// `maxIterations`, or a rate <= −1).
std::optional<double> newton(std::span<const double> c, std::span<const double> e, double guess,
                             int maxIterations) {
    exact::Sum2 sum;
    for (double x : c)
        sum.add(x);
    double r = guess;
    for (int it = 0; it < maxIterations; ++it) {
        if (!(r > -1))
            return std::nullopt;
        const Value v = presentValue(c, e, sum, r);
        if (v.df == 0 || !std::isfinite(v.f) || !std::isfinite(v.df))
            return std::nullopt;
        const double next = r - v.f / v.df;
        if (!std::isfinite(next))
            return std::nullopt;
        const double step = std::fabs(next - r);
        r = next;
        if (step < 1e-7) {
            // Newton converges quadratically: a few more steps reach full precision.
            for (int k = 0; k < 6 && r > -1; ++k) {
                const Value w = presentValue(c, e, sum, r);
                if (w.df == 0 || !std::isfinite(w.f / w.df))
                    break;
                const double n2 = r - w.f / w.df;
                if (!(n2 > -1) || std::fabs(n2 - r) > 1e-6)
                    break;
                const bool settled = n2 == r;
                r = n2;
                if (settled)
                    break;
            }
            return r > -1 ? std::optional<double>(r) : std::nullopt;
        }
    }
    return std::nullopt;
}

// Present value as a function of x = ln(1 + r), divided by a positive factor so that no term
// overflows whatever x: only its sign and its zero matter to the bracketing search. The logarithms
// of the flows are taken once.
class ScaledValue {
public:
    ScaledValue(std::span<const double> c, std::span<const double> e)
        : e_(e) {
        for (std::size_t i = 0; i < c.size(); ++i)
            if (c[i] != 0) {
                sign_.push_back(c[i] > 0 ? 1.0 : -1.0);
                logAbs_.push_back(std::log(std::fabs(c[i])));
                index_.push_back(i);
            }
    }
    double operator()(double x) const {
        double shift = -std::numeric_limits<double>::infinity();
        for (std::size_t k = 0; k < index_.size(); ++k)
            shift = std::max(shift, logAbs_[k] - e_[index_[k]] * x);
        double sum = 0;
        for (std::size_t k = 0; k < index_.size(); ++k)
            sum += sign_[k] * std::exp(logAbs_[k] - e_[index_[k]] * x - shift);
        return sum;
    }

private:
    std::span<const double> e_;
    std::vector<double> sign_, logAbs_;
    std::vector<std::size_t> index_;
};

// Brackets the sign change of the present value nearest to the guess, searching outwards from it
// on a grid of x = ln(1 + r) in steps of 0.02 between −25 (r = −1 + 1.4e-11) and 12 (r = 162,754),
// then bisects the bracket to the last bit.
std::optional<double> bracket(std::span<const double> c, std::span<const double> e, double guess) {
    constexpr double kLow = -25.0, kHigh = 12.0, kStep = 0.02;
    const ScaledValue value(c, e);
    const double xg = std::clamp(std::log1p(std::max(guess, -0.999999)), kLow, kHigh);
    std::optional<std::pair<double, double>> found;
    double upX = xg, upV = value(xg), downX = xg, downV = upV;
    if (upV == 0)
        return std::expm1(xg);
    while (!found && (upX < kHigh || downX > kLow)) {
        if (upX < kHigh) {
            const double x = std::min(kHigh, upX + kStep);
            const double v = value(x);
            if (v == 0)
                return std::expm1(x);
            if ((v < 0) != (upV < 0))
                found = std::pair{upX, x};
            upX = x;
            upV = v;
        }
        if (!found && downX > kLow) {
            const double x = std::max(kLow, downX - kStep);
            const double v = value(x);
            if (v == 0)
                return std::expm1(x);
            if ((v < 0) != (downV < 0))
                found = std::pair{x, downX};
            downX = x;
            downV = v;
        }
    }
    if (!found)
        return std::nullopt;
    double lo = found->first, hi = found->second;
    const bool loNegative = value(lo) < 0;
    for (int it = 0; it < 200; ++it) {
        const double mid = 0.5 * (lo + hi);
        if (mid <= lo || mid >= hi)
            break;
        const double vm = value(mid);
        if (vm == 0)
            return std::expm1(mid);
        ((vm < 0) == loNegative ? lo : hi) = mid;
    }
    return std::expm1(0.5 * (lo + hi));
}

RateResult solve(std::span<const double> c, std::span<const double> e, double guess) {
    RateResult r;
    const int changes = signChanges(c);
    if (changes == 0) {
        r.status = RateResult::Status::NoSignChange;
        return r;
    }
    r.ambiguous = changes > 1;
    if (auto x = newton(c, e, guess, 50)) {
        r.status = RateResult::Status::Ok;
        r.rate = *x;
        return r;
    }
    if (auto x = bracket(c, e, guess)) {
        r.status = RateResult::Status::Ok;
        r.rate = *x;
        return r;
    }
    r.status = RateResult::Status::NoRoot;
    return r;
}

} // namespace

RateResult irr(std::span<const double> flows, double guess) {
    std::vector<double> e(flows.size());
    for (std::size_t i = 0; i < e.size(); ++i)
        e[i] = static_cast<double>(i);
    return solve(flows, e, guess);
}

RateResult xirr(std::span<const double> flows, std::span<const Date> dates, double guess) {
    if (flows.empty() || dates.size() < flows.size())
        return RateResult{RateResult::Status::NoSignChange, 0, false};
    std::vector<double> e(flows.size());
    const std::int64_t d0 = dates[0].toDays();
    for (std::size_t i = 0; i < e.size(); ++i)
        e[i] = static_cast<double>(dates[i].toDays() - d0) / 365.0;
    return solve(flows, e, guess);
}

std::optional<double> multiple(std::span<const double> flows) {
    double in = 0, out = 0;
    for (double f : flows)
        (f > 0 ? in : out) += f;
    if (out == 0)
        return std::nullopt;
    return in / -out;
}

std::optional<int> payback(std::span<const double> flows) {
    double sum = 0;
    int from = 0;
    for (std::size_t i = 0; i < flows.size(); ++i) {
        sum += flows[i];
        if (sum < 0)
            from = static_cast<int>(i) + 1;
    }
    if (sum < 0)
        return std::nullopt;
    return from;
}

} // namespace effekt::finance
