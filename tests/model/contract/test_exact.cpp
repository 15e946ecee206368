// Exact money arithmetic without long double (model/contract/exact.h, money.cpp): the 128-bit
// helpers, price × quantity far above 2^52 øre and splits of large totals with awkward weights,
// where long double (64 bits on x86-64 Linux, 53 on MSVC) once decided the last øre. Every
// expected value is worked out in the comment beside it.
#include "exact.h"
#include "money.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

using namespace effekt;

namespace {
using V = std::vector<Money>;
constexpr Money k2p61 = Money{1} << 61, k2p62 = Money{1} << 62;
constexpr Money kMax = std::numeric_limits<Money>::max(), kMin = std::numeric_limits<Money>::min();
} // namespace

BOOST_AUTO_TEST_SUITE(exact_money)

BOOST_AUTO_TEST_CASE(wide_products_and_quotients) {
    constexpr std::uint64_t kAll = ~std::uint64_t{0};
    // (2^64 − 1)² = 2^128 − 2^65 + 1: upper half 2^64 − 2, lower half 1.
    exact::U128 p = exact::mul64(kAll, kAll);
    BOOST_TEST(p.hi == kAll - 1);
    BOOST_TEST(p.lo == 1u);
    // 2^32 · 2^32 = 2^64.
    p = exact::mul64(std::uint64_t{1} << 32, std::uint64_t{1} << 32);
    BOOST_TEST(p.hi == 1u);
    BOOST_TEST(p.lo == 0u);
    // 2^64 = 3 · 6148914691236517205 + 1.
    std::uint64_t rem = 0;
    BOOST_TEST(exact::div128(exact::U128{1, 0}, 3, rem) == 6148914691236517205u);
    BOOST_TEST(rem == 1u);
    // (2^64 − 2) · 2^64 + 1 = (2^64 − 1)² divided by 2^64 − 1.
    BOOST_TEST(exact::div128(exact::U128{kAll - 1, 1}, kAll, rem) == kAll);
    BOOST_TEST(rem == 0u);
    // Shifts: (2^64 + 3) / 2 = 2^63 + 1; beyond 128 bits nothing is left.
    const exact::U128 s = exact::shiftRight(exact::U128{1, 3}, 1);
    BOOST_TEST(s.hi == 0u);
    BOOST_TEST(s.lo == (std::uint64_t{1} << 63) + 1);
    BOOST_TEST(exact::shiftRight(exact::U128{kAll, kAll}, 128).lo == 0u);
    // 0.1 = 3602879701896397 · 2^−55; 3 · 2^40 and the smallest subnormal 2^−1074.
    std::uint64_t m = 0;
    int e = 0;
    exact::decompose(0.1, m, e);
    BOOST_TEST(m == 3602879701896397u);
    BOOST_TEST(e == -55);
    exact::decompose(3 * std::ldexp(1.0, 40), m, e);
    BOOST_TEST(m == 3u);
    BOOST_TEST(e == 40);
    exact::decompose(std::numeric_limits<double>::denorm_min(), m, e);
    BOOST_TEST(m == 1u);
    BOOST_TEST(e == -1074);
#if defined(__SIZEOF_INT128__)
    // Against the compiler's 128-bit integers, where there are any.
    __extension__ typedef unsigned __int128 U;
    std::mt19937_64 rng(20261201);
    for (int i = 0; i < 100'000; ++i) {
        const std::uint64_t a = rng() >> (rng() % 64), b = rng() >> (rng() % 64);
        const exact::U128 q = exact::mul64(a, b);
        const U product = U{a} * b;
        BOOST_TEST_REQUIRE(q.hi == static_cast<std::uint64_t>(product >> 64));
        BOOST_TEST_REQUIRE(q.lo == static_cast<std::uint64_t>(product));
        const std::uint64_t d = (rng() >> (rng() % 64)) | 1;
        const exact::U128 x{rng() % d, rng()};
        const U wide = (U{x.hi} << 64) | x.lo;
        BOOST_TEST_REQUIRE(exact::div128(x, d, rem) == static_cast<std::uint64_t>(wide / d));
        BOOST_TEST_REQUIRE(rem == static_cast<std::uint64_t>(wide % d));
    }
#endif
}

BOOST_AUTO_TEST_CASE(sums_kept_to_twice_double_precision) {
    // 1e16 + 1 − 1e16: a double loses the 1 (1e16 + 1 is not a double), two-sum keeps it.
    exact::Sum2 s;
    s.add(1e16);
    s.add(1);
    s.add(-1e16);
    BOOST_TEST(s.value() == 1.0);
    // (1 + 2^−30)² − 1 − 2^−29 = 2^−60 exactly: lost in a plain product, kept here.
    const double a = 1 + std::ldexp(1.0, -30);
    exact::Sum2 d;
    d.addProduct(a, a);
    d.add(-1);
    d.add(-std::ldexp(1.0, -29));
    BOOST_TEST(d.value() == std::ldexp(1.0, -60));
}

BOOST_AUTO_TEST_CASE(large_products_are_exact) {
    // (2^62 + 1) · (½ − 2^−54) = 2^61 + ½ − 2^8 − 2^−54 = (2^61 − 256) + (½ − 2^−54): a fraction
    // just under one half, so 2^61 − 256. Rounded to long double's 64 bits the product was
    // 2^61 − 255.5 and came out one øre high.
    const double justUnderHalf = std::nextafter(0.5, 0.0);
    BOOST_TEST(justUnderHalf == 0.5 - std::ldexp(1.0, -54));
    BOOST_TEST(money::times(k2p62 + 1, justUnderHalf) == k2p61 - 256);
    BOOST_TEST(money::times(-(k2p62 + 1), justUnderHalf) == -(k2p61 - 256));
    BOOST_TEST(money::times(k2p62 + 1, -justUnderHalf) == -(k2p61 - 256));
    // (2^62 + 3) · (1 − 2^−53) = 2^62 + 3 − 2^9 − 3 · 2^−53: just under 2^62 − 509, rounds to it.
    BOOST_TEST(money::times(k2p62 + 3, std::nextafter(1.0, 0.0)) == k2p62 - 509);
    // (2^62 + 1) · ½ = 2^61 + ½: half away from zero.
    BOOST_TEST(money::times(k2p62 + 1, 0.5) == k2p61 + 1);
    BOOST_TEST(money::times(-(k2p62 + 1), 0.5) == -(k2p61 + 1));
    // 3,000,000,000,000,000,001 · 1.5 = 4,500,000,000,000,000,001.5.
    BOOST_TEST(money::times(3'000'000'000'000'000'001, 1.5) == 4'500'000'000'000'000'002);
    // Very small factors: 2^62 · 2^−70 = 2^−8, and the smallest double.
    BOOST_TEST(money::times(k2p62, std::ldexp(1.0, -70)) == 0);
    BOOST_TEST(money::times(kMax, std::numeric_limits<double>::denorm_min()) == 0);
    // At the edge: the largest product that is not an overflow is 2^63 − 2.
    BOOST_TEST(money::times(kMax, 0.5) == k2p62);  // 2^62 − ½ → 2^62
    BOOST_TEST(money::times(kMin, 0.5) == -k2p62); // exactly −2^62
    BOOST_TEST(money::times(kMin, -0.5) == k2p62); // exactly 2^62
    BOOST_TEST(money::times(k2p62 - 1, 2.0) == kMax - 1);
    BOOST_TEST(money::times(-(k2p62 - 1), -2.0) == kMax - 1);
    BOOST_CHECK_THROW(money::times(k2p62, 2.0), MoneyOverflow);
    BOOST_CHECK_THROW(money::times(kMax, 1.0), MoneyOverflow);
    BOOST_CHECK_THROW(money::times(kMin, 1.0), MoneyOverflow);
    // (2^63 − 1) · (1 − 2^−53) = 2^63 − 1025 + 2^−53.
    BOOST_TEST(money::times(kMax, std::nextafter(1.0, 0.0)) == kMax - 1024);
    BOOST_TEST(money::times(kMax - 1, 1.0) == kMax - 1);
    BOOST_CHECK_THROW(money::times(1, 1e300), MoneyOverflow);
    BOOST_CHECK_THROW(money::times(5, std::numeric_limits<double>::infinity()), MoneyOverflow);
    BOOST_CHECK_THROW(money::times(0, std::numeric_limits<double>::quiet_NaN()), MoneyOverflow);
}

BOOST_AUTO_TEST_CASE(large_splits_are_exact) {
    // 6,321,337,474,894,907,435 in 3 : 7 is 1,896,401,242,468,472,230.5 and
    // 4,424,936,232,426,435,204.5: the odd øre to the first. (Long double rounded 3 · total, 65
    // bits, and gave it to the second.)
    const std::vector<double> threeSeven{3, 7};
    BOOST_TEST((money::split(6'321'337'474'894'907'435, threeSeven) ==
                V{1'896'401'242'468'472'231, 4'424'936'232'426'435'204}));
    BOOST_TEST((money::split(-6'321'337'474'894'907'435, threeSeven) ==
                V{-1'896'401'242'468'472'231, -4'424'936'232'426'435'204}));
    // Thirds of 2^62 + 1 = 4,611,686,018,427,387,905: 1,537,228,672,809,129,301.67 each, two øre
    // left for the first two.
    const std::vector<double> thirds{1, 1, 1};
    BOOST_TEST(
        (money::split(k2p62 + 1, thirds) ==
         V{1'537'228'672'809'129'302, 1'537'228'672'809'129'302, 1'537'228'672'809'129'301}));
    // 0.1, 0.2 and 0.7 as doubles are 3602879701896397 · 2^−55, 3602879701896397 · 2^−54 and
    // 3152519739159347 · 2^−52; they sum to (2^55 − 1) · 2^−55, so share i is
    // total · w_i · 2^55 / (2^55 − 1). Of 100: 10.0000000000000008, 20.0000000000000016 and
    // 69.99999999999999753, so 10, 20, 70. Of 7,000,000,000,000,000,005: floors
    // 700,000,000,000,000,058, 1,400,000,000,000,000,117 and 4,899,999,999,999,999,828 with
    // remainders .787, .573 and .640; the two øre left go to the first and the third. (Long
    // double held the second share to an eighth of an øre and gave one to it.)
    const std::vector<double> tenths{0.1, 0.2, 0.7};
    BOOST_TEST((money::split(100, tenths) == V{10, 20, 70}));
    BOOST_TEST((money::split(7'000'000'000'000'000'005, tenths) ==
                V{700'000'000'000'000'059, 1'400'000'000'000'000'117, 4'899'999'999'999'999'829}));
    // 2^53 + 1 in 1 + 2^−52 : 1, a sum of 2 + 2^−52: the second share is
    // (2^53 + 1) / (2 + 2^−52) = 2^52 exactly, the first 2^52 + 1.
    const std::vector<double> nearlyEven{1 + std::ldexp(1.0, -52), 1};
    BOOST_TEST((money::split((Money{1} << 53) + 1, nearlyEven) ==
                V{(Money{1} << 52) + 1, Money{1} << 52}));
    // The largest total: 2^63 − 1 in halves, 2^62 − ½ each, the odd øre to the first.
    const std::vector<double> halves{0.5, 0.5};
    BOOST_TEST((money::split(kMax, halves) == V{k2p62, k2p62 - 1}));
    BOOST_CHECK_THROW(money::split(kMin, halves), MoneyOverflow);
}

BOOST_AUTO_TEST_CASE(splits_over_weights_far_apart) {
    // Weights 80 powers of two apart do not fit 64 bits over a common power of two; the split
    // takes longer whole numbers and stays exact. 7 in 1 : 2^−80 : 1 is 3.5 − ε, about
    // 3.5 · 2^−80 and 3.5 − ε: floors 3, 0, 3, the odd øre to the first of the equal remainders.
    const std::vector<double> farApart{1, std::ldexp(1.0, -80), 1};
    BOOST_TEST((money::split(7, farApart) == V{4, 0, 3}));
    // 9,000,000,000,000,000,001 in 2^−70 : 3 : 7: 3/10 and 7/10 of it, less a part in 2^70, are
    // 2,700,000,000,000,000,000.3 − δ and 6,300,000,000,000,000,000.7 − δ; the tiny weight's share
    // is 0.0008; the øre left goes to the 0.7.
    const std::vector<double> tiny{std::ldexp(1.0, -70), 3, 7};
    BOOST_TEST((money::split(9'000'000'000'000'000'001, tiny) ==
                V{0, 2'700'000'000'000'000'000, 6'300'000'000'000'000'001}));
    // The smallest and a large double together (2,100 powers of two apart): the large takes all.
    const std::vector<double> extremes{std::numeric_limits<double>::denorm_min(), 1e300};
    BOOST_TEST((money::split(kMax, extremes) == V{0, kMax}));
    // 1 − 2^−53 and 2^−1074 beside 1: the sum is 2 − 2^−53 + 2^−1074; of 3 the first two shares
    // are 1.5 + 1.5 · 2^−54 − … and 1.5 − 1.5 · 2^−54 − …, the third next to nothing: 2, 1, 0.
    const std::vector<double> awkward{1, std::nextafter(1.0, 0.0),
                                      std::numeric_limits<double>::denorm_min()};
    BOOST_TEST((money::split(3, awkward) == V{2, 1, 0}));
}

BOOST_AUTO_TEST_CASE(split_into_gives_ties_to_the_earlier_in_order) {
    money::SplitScratch scratch;
    V out;
    const std::vector<double> thirds{1, 1, 1};
    const std::vector<std::size_t> backwards{2, 1, 0};
    money::splitInto(100, thirds, backwards, out, scratch);
    BOOST_TEST((out == V{33, 33, 34}));
    money::splitInto(100, thirds, {}, out, scratch); // the scratch used again
    BOOST_TEST((out == V{34, 33, 33}));
    // A zero weight gets nothing, whatever the order.
    const std::vector<double> withZero{0, 1, 1};
    money::splitInto(-3, withZero, backwards, out, scratch);
    BOOST_TEST((out == V{0, -1, -2}));
    // Ties far apart (longer whole numbers) follow the order too.
    const std::vector<double> farApart{1, std::ldexp(1.0, -80), 1};
    money::splitInto(7, farApart, backwards, out, scratch);
    BOOST_TEST((out == V{3, 0, 4}));
}

BOOST_AUTO_TEST_CASE(long_double_of_this_build) {
    // The ld64 build (scripts/test-ld64) makes long double a plain double, as MSVC has it: every
    // result above must come out the same there.
    constexpr int digits = std::numeric_limits<long double>::digits;
    BOOST_TEST_MESSAGE("long double has " << digits << " significant bits");
#if defined(EFFEKT_LONG_DOUBLE_IS_DOUBLE)
    BOOST_TEST(digits == std::numeric_limits<double>::digits);
#else
    BOOST_TEST(digits >= std::numeric_limits<double>::digits);
#endif
}

BOOST_AUTO_TEST_SUITE_END()
