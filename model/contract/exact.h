// Exact arithmetic for the engine's money (money.cpp, the engine's splits, finance.cpp), in plain
// doubles and 64-bit integers only: no long double (on MSVC it is just a double) and no compiler's
// 128-bit type, so that every platform gives the same øre. For the contract and engine rooms only,
// whose CMake targets turn off the contraction of a * b + c into a fused multiply-add: the
// floating-point helpers rely on each operation being rounded on its own.
#pragma once

#include <bit>
#include <cstdint>

namespace effekt::exact {

// ---- Doubles: error-free transformations ----------------------------------------------------

// a · b = p + e exactly (Dekker's algorithm, without fused multiply-add), for products that
// neither overflow nor underflow.
inline void twoProduct(double a, double b, double &p, double &e) {
    constexpr double kSplit = 134217729.0; // 2^27 + 1
    p = a * b;
    const double ca = kSplit * a, ah = ca - (ca - a), al = a - ah;
    const double cb = kSplit * b, bh = cb - (cb - b), bl = b - bh;
    e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

// price · quantity rounded half away from zero to a whole number of øre, exactly, in doubles:
// money::times() for the common case, inline here so that the engine's hot loops need no call.
// Returns false when it cannot (a price of 2^53 øre or more, a product of 2^52 or more, a
// quantity not finite): money::times() then works it out in whole numbers.
inline bool roundedProduct(std::int64_t price, double quantity, std::int64_t &out) {
    if (quantity == 0) {
        out = 0;
        return true;
    }
    constexpr double k2p52 = 4503599627370496.0; // 2^52
    constexpr std::int64_t k2p53 = std::int64_t{1} << 53;
    // (quantity - quantity == 0: finite, without <cmath>)
    if (!(price < k2p53 && price > -k2p53 && quantity - quantity == 0))
        return false;
    // price · quantity = p + e exactly; rounded half away from zero from that, exactly.
    double p, e;
    twoProduct(static_cast<double>(price), quantity, p, e);
    if (!(p < k2p52 && p > -k2p52))
        return false;
    // Half away from zero is symmetric: round the magnitude half up.
    const bool negative = p < 0;
    if (negative) {
        p = -p;
        e = -e;
    }
    const auto f = static_cast<std::int64_t>(p);  // the floor of p >= 0
    const double fp = p - static_cast<double>(f); // in [0, 1), exact (f <= p < 2f, or f = 0)
    // fp is a multiple of p's last place and |e| at most half of one, so the exact fraction
    // fp + e is at least ½ exactly when fp is above ½, or fp is ½ and e does not pull it below;
    // with fp = 0 and e < 0 the product lies just below f and rounds to it.
    const std::int64_t r = f + ((fp > 0.5 || (fp == 0.5 && e >= 0)) ? 1 : 0);
    out = negative ? -r : r;
    return true;
}

// a + b = s + e exactly (Knuth's two-sum), for sums that do not overflow.
inline void twoSum(double a, double b, double &s, double &e) {
    s = a + b;
    const double bb = s - a;
    e = (a - (s - bb)) + (b - bb);
}

// A sum of doubles kept as hi + lo (Ogita, Rump and Oishi's Sum2 and Dot2): as accurate as if it
// were formed in twice double's precision and rounded once, whatever the order of magnitude of
// the terms (until one overflows).
struct Sum2 {
    double hi = 0, lo = 0;
    void add(double x) {
        double e;
        twoSum(hi, x, hi, e);
        lo += e;
    }
    void addProduct(double a, double b) {
        double p, pe, e;
        twoProduct(a, b, p, pe);
        twoSum(hi, p, hi, e);
        lo += e + pe;
    }
    double value() const { return hi + lo; }
};

// ---- Whole numbers: 128 bits as two 64-bit halves --------------------------------------------

struct U128 {
    std::uint64_t hi = 0, lo = 0;
};

// a · b exactly.
inline U128 mul64(std::uint64_t a, std::uint64_t b) {
    const std::uint64_t a0 = a & 0xffffffffu, a1 = a >> 32, b0 = b & 0xffffffffu, b1 = b >> 32;
    const std::uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    const std::uint64_t mid = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu); // < 3·2^32
    return U128{p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32), (mid << 32) | (p00 & 0xffffffffu)};
}

// ⌊x / 2^s⌋, for any s >= 0.
inline U128 shiftRight(U128 x, int s) {
    if (s == 0)
        return x;
    if (s >= 128)
        return U128{};
    if (s >= 64)
        return U128{0, x.hi >> (s - 64)};
    return U128{x.hi >> s, (x.lo >> s) | (x.hi << (64 - s))};
}

// ⌊x / d⌋ and x mod d (into `rem`), for d > 0 and x.hi < d, so that the quotient fits 64 bits:
// long division in 32-bit digits (Knuth's algorithm D as Hacker's Delight's divlu writes it).
inline std::uint64_t div128(U128 x, std::uint64_t d, std::uint64_t &rem) {
    if (x.hi == 0) {
        rem = x.lo % d;
        return x.lo / d;
    }
    constexpr std::uint64_t b = std::uint64_t{1} << 32;
    const int s = std::countl_zero(d); // normalise: d's top bit set
    d <<= s;
    const std::uint64_t dn1 = d >> 32, dn0 = d & 0xffffffffu;
    const std::uint64_t un32 = s == 0 ? x.hi : (x.hi << s) | (x.lo >> (64 - s));
    const std::uint64_t un10 = x.lo << s;
    const std::uint64_t un1 = un10 >> 32, un0 = un10 & 0xffffffffu;
    std::uint64_t q1 = un32 / dn1, rhat = un32 - q1 * dn1;
    while (q1 >= b || q1 * dn0 > b * rhat + un1) {
        --q1;
        rhat += dn1;
        if (rhat >= b)
            break;
    }
    const std::uint64_t un21 = un32 * b + un1 - q1 * d; // (mod 2^64: the true value is < d)
    std::uint64_t q0 = un21 / dn1;
    rhat = un21 - q0 * dn1;
    while (q0 >= b || q0 * dn0 > b * rhat + un0) {
        --q0;
        rhat += dn1;
        if (rhat >= b)
            break;
    }
    rem = (un21 * b + un0 - q0 * d) >> s;
    return q1 * b + q0;
}

// A finite x > 0 as m · 2^e exactly, m odd.
inline void decompose(double x, std::uint64_t &m, int &e) {
    const auto bits = std::bit_cast<std::uint64_t>(x);
    const int biased = static_cast<int>((bits >> 52) & 0x7ff);
    m = bits & ((std::uint64_t{1} << 52) - 1);
    if (biased == 0) {
        e = -1074; // subnormal
    } else {
        m |= std::uint64_t{1} << 52;
        e = biased - 1075;
    }
    const int tz = std::countr_zero(m);
    m >>= tz;
    e += tz;
}

} // namespace effekt::exact
