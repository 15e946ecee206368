#include "money.h"

#include "exact.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>

namespace effekt::money {

// Portable overflow checks (no compiler built-ins, so MSVC builds the same code).
constexpr Money kMax = std::numeric_limits<Money>::max();
constexpr Money kMin = std::numeric_limits<Money>::min();

Money add(Money a, Money b) {
    if ((b > 0 && a > kMax - b) || (b < 0 && a < kMin - b))
        throw MoneyOverflow();
    return a + b;
}

Money sub(Money a, Money b) {
    if ((b < 0 && a > kMax + b) || (b > 0 && a < kMin + b))
        throw MoneyOverflow();
    return a - b;
}

Money mul(Money a, std::int64_t k) {
    if (a == 0 || k == 0)
        return 0;
    if ((a == -1 && k == kMin) || (k == -1 && a == kMin))
        throw MoneyOverflow();
    if (a > 0 ? (k > 0 ? a > kMax / k : k < kMin / a) : (k > 0 ? a < kMin / k : a < kMax / k))
        throw MoneyOverflow();
    return a * k;
}

Money round(double minorUnits) {
    // 2^63 is exactly representable; anything at or beyond it does not fit.
    constexpr double kLimit = 9223372036854775808.0;
    if (!std::isfinite(minorUnits))
        throw MoneyOverflow();
    const double r = std::round(minorUnits); // half away from zero
    if (r >= kLimit || r < -kLimit)
        throw MoneyOverflow();
    return static_cast<Money>(r);
}

Money times(Money price, double quantity) {
    if (quantity == 0)
        return 0;
    constexpr double k2p52 = 4503599627370496.0; // 2^52
    if (price < (Money{1} << 53) && price > -(Money{1} << 53) && std::isfinite(quantity)) {
        // price · quantity = p + e exactly; rounded half away from zero from that, exactly.
        double p, e;
        exact::twoProduct(static_cast<double>(price), quantity, p, e);
        if (p < k2p52 && p > -k2p52) {
            // Half away from zero is symmetric: round the magnitude half up.
            const bool negative = p < 0;
            if (negative) {
                p = -p;
                e = -e;
            }
            const Money f = static_cast<Money>(p); // the floor of p >= 0
            const double fp =
                p - static_cast<double>(f); // in [0, 1), exact (f <= p < 2f, or f = 0)
            // fp is a multiple of p's last place and |e| at most half of one, so the exact
            // fraction fp + e is at least ½ exactly when fp is above ½, or fp is ½ and e does not
            // pull it below; with fp = 0 and e < 0 the product lies just below f and rounds to it.
            const Money r = f + ((fp > 0.5 || (fp == 0.5 && e >= 0)) ? 1 : 0);
            return negative ? -r : r;
        }
    }
    // Large amounts: long double keeps the product of a large price and a fractional quantity
    // from losing the last øre, rounded half away from zero by hand (below 2^63 the truncation
    // is exact, and so is the fraction left).
    const long double exact = static_cast<long double>(price) * static_cast<long double>(quantity);
    if (!(std::fabs(exact) < 9223372036854775807.0L)) // also not a number or infinite
        throw MoneyOverflow();
    Money whole = static_cast<Money>(exact); // towards zero
    const long double frac = exact - static_cast<long double>(whole);
    if (frac >= 0.5L)
        ++whole;
    else if (frac <= -0.5L)
        --whole;
    if (whole == std::numeric_limits<Money>::max() || whole <= -std::numeric_limits<Money>::max())
        throw MoneyOverflow(); // as the rounded product at or beyond ±(2^63 − 1) always has
    return whole;
}

std::vector<Money> split(Money total, std::span<const double> weights) {
    std::vector<Money> parts(weights.size(), 0);
    if (total == 0 || weights.empty())
        return parts;
    long double sum = 0;
    for (double w : weights) {
        if (!(w >= 0) || !std::isfinite(w))
            throw std::invalid_argument("split: weights must be finite and >= 0");
        sum += w;
    }
    if (sum <= 0)
        throw std::invalid_argument("split: weights sum to zero");
    const bool negative = total < 0;
    if (total == std::numeric_limits<Money>::min())
        throw MoneyOverflow();
    const Money whole = negative ? -total : total;
    std::vector<long double> remainder(weights.size());
    Money handed = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const long double exact = static_cast<long double>(whole) * weights[i] / sum;
        const long double fl = std::floor(exact);
        parts[i] = static_cast<Money>(fl);
        remainder[i] = exact - fl;
        handed += parts[i];
    }
    Money left = whole - handed;
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
    // `left` is < number of parts (each floor loses less than one unit); guard anyway.
    for (std::size_t k = 0; left > 0; k = (k + 1) % order.size()) {
        if (weights[order[k]] > 0) {
            ++parts[order[k]];
            --left;
        }
    }
    if (negative)
        for (Money &p : parts)
            p = -p;
    return parts;
}

std::optional<Money> parse(std::string_view text) {
    if (text.empty())
        return std::nullopt;
    bool negative = false;
    if (text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    const auto dot = text.find('.');
    std::string_view whole = text.substr(0, dot);
    std::string_view frac =
        dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    if (whole.empty() || frac.size() > 2 || (dot != std::string_view::npos && frac.empty()))
        return std::nullopt;
    for (char c : whole)
        if (c < '0' || c > '9')
            return std::nullopt;
    for (char c : frac)
        if (c < '0' || c > '9')
            return std::nullopt;
    Money major = 0;
    auto [ptr, ec] = std::from_chars(whole.data(), whole.data() + whole.size(), major);
    if (ec != std::errc() || ptr != whole.data() + whole.size())
        return std::nullopt;
    Money minor = 0;
    if (frac.size() >= 1)
        minor += (frac[0] - '0') * 10;
    if (frac.size() == 2)
        minor += frac[1] - '0';
    try {
        Money r = add(mul(major, kMinorPerMajor), minor);
        return negative ? -r : r;
    } catch (const MoneyOverflow &) {
        return std::nullopt;
    }
}

std::string format(Money m) {
    const bool negative = m < 0;
    // Work in unsigned to handle INT64_MIN.
    std::uint64_t u = negative ? 0 - static_cast<std::uint64_t>(m) : static_cast<std::uint64_t>(m);
    std::string out = std::to_string(u / 100);
    const unsigned cents = static_cast<unsigned>(u % 100);
    out += '.';
    out += static_cast<char>('0' + cents / 10);
    out += static_cast<char>('0' + cents % 10);
    return negative ? "-" + out : out;
}

} // namespace effekt::money
