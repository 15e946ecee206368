#include "money.h"

#include "exact.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <limits>

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
    Money quick;
    if (exact::roundedProduct(price, quantity, quick))
        return quick;
    // Otherwise exactly in whole numbers: |quantity| = m · 2^e with m odd, so |price · quantity| is
    // the 128-bit whole number |price| · m times 2^e.
    if (!std::isfinite(quantity))
        throw MoneyOverflow();
    if (price == 0)
        return 0;
    const bool negative = (price < 0) != (quantity < 0);
    const std::uint64_t magnitude =
        price < 0 ? 0 - static_cast<std::uint64_t>(price) : static_cast<std::uint64_t>(price);
    std::uint64_t m;
    int e;
    exact::decompose(std::fabs(quantity), m, e);
    const exact::U128 n = exact::mul64(magnitude, m);
    // The magnitude rounded half up, which must stay below 2^63 − 1 (the rounded product at or
    // beyond ±(2^63 − 1) is an overflow, as it always has been).
    constexpr std::uint64_t kLargest = (std::uint64_t{1} << 63) - 2;
    std::uint64_t r;
    if (e >= 0) { // a whole number: n · 2^e
        if (n.hi != 0 || e >= 63 || n.lo > (kLargest >> e))
            throw MoneyOverflow();
        r = n.lo << e;
    } else { // t = ⌊n / 2^(−e−1)⌋ holds the fraction's first bit last: rounded half up, ⌈t / 2⌉
        const exact::U128 t = exact::shiftRight(n, -e - 1);
        if (t.hi != 0)
            throw MoneyOverflow();
        r = (t.lo >> 1) + (t.lo & 1);
        if (r > kLargest)
            throw MoneyOverflow();
    }
    return negative ? -static_cast<Money>(r) : static_cast<Money>(r);
}

namespace {

// Whole numbers of any length as little-endian 32-bit digits without leading zeros: for the rare
// split whose weights, scaled to whole numbers over a common power of two, pass 64 bits.
using Wide = std::vector<std::uint32_t>;

void trim(Wide &a) {
    while (!a.empty() && a.back() == 0)
        a.pop_back();
}

// a · 2^s.
Wide shiftLeft(const Wide &a, int s) {
    Wide out(static_cast<std::size_t>(s / 32), 0);
    const int r = s % 32;
    std::uint32_t carry = 0;
    for (const std::uint32_t digit : a) {
        out.push_back((digit << r) | carry);
        carry = r == 0 ? 0 : digit >> (32 - r);
    }
    out.push_back(carry);
    trim(out);
    return out;
}

void addTo(Wide &a, const Wide &b) {
    if (a.size() < b.size())
        a.resize(b.size(), 0);
    std::uint64_t carry = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        carry += std::uint64_t{a[i]} + (i < b.size() ? b[i] : 0);
        a[i] = static_cast<std::uint32_t>(carry);
        carry >>= 32;
    }
    if (carry != 0)
        a.push_back(static_cast<std::uint32_t>(carry));
}

// a · k.
Wide multiplied(const Wide &a, std::uint64_t k) {
    Wide out(a.size() + 2, 0);
    for (std::size_t j = 0; j < 2; ++j) {
        const std::uint64_t digit = j == 0 ? k & 0xffffffffu : k >> 32;
        std::uint64_t carry = 0;
        for (std::size_t i = 0; i < a.size(); ++i) {
            carry += std::uint64_t{a[i]} * digit + out[i + j]; // < 2^64
            out[i + j] = static_cast<std::uint32_t>(carry);
            carry >>= 32;
        }
        for (std::size_t i = a.size() + j; carry != 0; ++i) {
            carry += out[i];
            out[i] = static_cast<std::uint32_t>(carry);
            carry >>= 32;
        }
    }
    trim(out);
    return out;
}

int compare(const Wide &a, const Wide &b) {
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    for (std::size_t i = a.size(); i-- > 0;)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

// a − b, for a >= b.
void subtractFrom(Wide &a, const Wide &b) {
    std::int64_t borrow = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        std::int64_t d = std::int64_t{a[i]} - (i < b.size() ? b[i] : 0) - borrow;
        borrow = d < 0 ? 1 : 0;
        a[i] = static_cast<std::uint32_t>(d + (borrow << 32));
    }
    trim(a);
}

void halve(Wide &a) {
    for (std::size_t i = 0; i < a.size(); ++i)
        a[i] = (a[i] >> 1) | (i + 1 < a.size() ? a[i + 1] << 31 : 0);
    trim(a);
}

// ⌊n / d⌋ by binary long division, leaving n mod d in n; the quotient must be below 2^63.
std::uint64_t divide(Wide &n, const Wide &d) {
    Wide t = shiftLeft(d, 62);
    std::uint64_t q = 0;
    for (int bit = 62; bit >= 0; --bit) {
        if (compare(n, t) >= 0) {
            subtractFrom(n, t);
            q |= std::uint64_t{1} << bit;
        }
        halve(t);
    }
    return q;
}

// Hands one unit each to the `left` parts of positive weight with the largest remainders
// (`greater(i, j)`: part i's remainder is larger than part j's), equal remainders to the part
// earlier in `order`.
template <typename Greater>
void handOut(Money left, std::span<const double> weights, std::span<const std::size_t> order,
             std::vector<Money> &out, std::vector<std::size_t> &rank, Greater greater) {
    const std::size_t n = weights.size();
    const auto at = [&](std::size_t k) { return order.size() == n ? order[k] : k; };
    rank.clear();
    for (std::size_t k = 0; k < n; ++k)
        if (weights[at(k)] > 0)
            rank.push_back(k);
    // The remainders are exact and sum to `left` times the common denominator, each less than it:
    // fewer units are left than parts with a remainder, and one round hands them all out.
    while (left > 0 && !rank.empty()) {
        const std::size_t take = std::min(static_cast<std::size_t>(left), rank.size());
        std::partial_sort(rank.begin(), rank.begin() + static_cast<std::ptrdiff_t>(take),
                          rank.end(), [&](std::size_t a, std::size_t b) {
                              const std::size_t i = at(a), j = at(b);
                              return greater(i, j) || (!greater(j, i) && a < b);
                          });
        for (std::size_t k = 0; k < take; ++k)
            ++out[at(rank[k])];
        left -= static_cast<Money>(take);
    }
}

} // namespace

std::vector<Money> split(Money total, std::span<const double> weights) {
    std::vector<Money> parts;
    SplitScratch scratch;
    splitInto(total, weights, {}, parts, scratch);
    return parts;
}

void splitInto(Money total, std::span<const double> weights, std::span<const std::size_t> order,
               std::vector<Money> &out, SplitScratch &scratch) {
    const std::size_t n = weights.size();
    out.assign(n, 0);
    if (total == 0 || n == 0)
        return;
    if (n == 1 && weights[0] > 0 && std::isfinite(weights[0])) {
        out[0] = total;
        return;
    }
    // Each positive weight as m · 2^e, m odd.
    auto &odd = scratch.whole;
    auto &exponent = scratch.exponent;
    odd.assign(n, 0);
    exponent.assign(n, 0);
    int least = std::numeric_limits<int>::max();
    for (std::size_t i = 0; i < n; ++i) {
        const double w = weights[i];
        if (!(w >= 0) || !std::isfinite(w))
            throw std::invalid_argument("split: weights must be finite and >= 0");
        if (w > 0) {
            exact::decompose(w, odd[i], exponent[i]);
            least = std::min(least, exponent[i]);
        }
    }
    if (least == std::numeric_limits<int>::max())
        throw std::invalid_argument("split: weights sum to zero");
    if (total == kMin)
        throw MoneyOverflow();
    const bool negative = total < 0;
    const std::uint64_t whole = static_cast<std::uint64_t>(negative ? -total : total);

    // The weights as whole numbers a_i = m_i · 2^(e_i − least) and their sum s: share i is
    // whole · a_i / s, its floor and remainder (over s) exact.
    std::uint64_t sum = 0;
    bool fits = true;
    for (std::size_t i = 0; i < n && fits; ++i) {
        if (odd[i] == 0)
            continue;
        const int shift = exponent[i] - least;
        if (shift + std::bit_width(odd[i]) > 64) {
            fits = false;
            break;
        }
        const std::uint64_t a = odd[i] << shift;
        fits = a <= std::numeric_limits<std::uint64_t>::max() - sum;
        sum += a;
    }
    Money handed = 0;
    if (fits) {
        auto &rest = scratch.rest;
        rest.assign(n, 0);
        for (std::size_t i = 0; i < n; ++i) {
            if (odd[i] == 0)
                continue;
            // whole < 2^63 and a_i <= s: the product's upper half is below s, the quotient fits.
            const std::uint64_t a = odd[i] << (exponent[i] - least);
            const std::uint64_t q = exact::div128(exact::mul64(whole, a), sum, rest[i]);
            out[i] = static_cast<Money>(q);
            handed += out[i];
        }
        handOut(static_cast<Money>(whole) - handed, weights, order, out, scratch.rank,
                [&](std::size_t i, std::size_t j) { return rest[i] > rest[j]; });
    } else {
        std::vector<Wide> scaled(n), rest(n);
        Wide s;
        for (std::size_t i = 0; i < n; ++i)
            if (odd[i] != 0) {
                scaled[i] = shiftLeft(Wide{static_cast<std::uint32_t>(odd[i]),
                                           static_cast<std::uint32_t>(odd[i] >> 32)},
                                      exponent[i] - least);
                addTo(s, scaled[i]);
            }
        for (std::size_t i = 0; i < n; ++i)
            if (odd[i] != 0) {
                rest[i] = multiplied(scaled[i], whole);
                out[i] = static_cast<Money>(divide(rest[i], s));
                handed += out[i];
            }
        handOut(static_cast<Money>(whole) - handed, weights, order, out, scratch.rank,
                [&](std::size_t i, std::size_t j) { return compare(rest[i], rest[j]) > 0; });
    }
    if (negative)
        for (Money &m : out)
            m = -m;
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
