// Money as whole minor units (øre) in 64-bit integers, with checked arithmetic,
// half-away-from-zero rounding and largest-remainder splitting (DOMAIN.md §4).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace effekt {

using Money = std::int64_t; // minor units (øre)

// Thrown when money arithmetic would overflow; the engine turns it into a diagnostic.
class MoneyOverflow : public std::overflow_error {
public:
    MoneyOverflow()
        : std::overflow_error("money overflow") {}
};

namespace money {

constexpr Money kMinorPerMajor = 100;

Money add(Money a, Money b);        // throws MoneyOverflow
Money sub(Money a, Money b);        // throws MoneyOverflow
Money mul(Money a, std::int64_t k); // throws MoneyOverflow

// Rounds a real amount of minor units half away from zero; throws MoneyOverflow when out of range
// or not finite.
Money round(double minorUnits);
// price (minor units) × quantity, rounded half away from zero.
Money times(Money price, double quantity);

// Splits total into parts proportional to weights (weights >= 0, not all zero) so that the parts
// sum exactly to total: floor of each exact share, then the remainder handed out one unit at a time
// to the largest fractional remainders (ties: earlier index first). Negative totals are split by
// symmetry. All-zero weights give all-zero parts unless total is 0 (then zeros) - callers must not
// split a non-zero total over zero weights (throws std::invalid_argument).
std::vector<Money> split(Money total, std::span<const double> weights);

// Scratch for splitInto, kept by a caller that splits often so that the splits do not allocate.
struct SplitScratch {
    std::vector<std::uint64_t> whole; // per weight: its odd part, then its scaled whole number
    std::vector<int> exponent;        // per weight: its power of two
    std::vector<std::uint64_t> rest;  // per part: the remainder's numerator over the common sum
    std::vector<std::size_t> rank;    // positions in the order, largest remainder first
};

// split, written into `out`, with equal remainders going to the part earlier in `order` (indices
// into `weights`; empty: list order). The shares are exact: each weight is m · 2^e with whole m,
// so each share's floor and remainder come from whole numbers, in 64 bits when the weights scaled
// to a common power of two fit there and in longer whole numbers otherwise.
void splitInto(Money total, std::span<const double> weights, std::span<const std::size_t> order,
               std::vector<Money> &out, SplitScratch &scratch);

// "1234.5" / "-0.05" / "1 234,50" is not accepted: this is the plain C-locale form used in files,
// tests and the CLI: optional '-', digits, optional '.' and at most two decimals.
std::optional<Money> parse(std::string_view text);
// Plain C-locale form with exactly two decimals: "-1234.50".
std::string format(Money m);

} // namespace money
} // namespace effekt
