// Financial functions (DOMAIN.md §7): IRR, XIRR, NPV, XNPV, money multiple, payback.
#pragma once

#include "date.h"

#include <optional>
#include <span>
#include <vector>

namespace effekt {

// The outcome of a root search: a rate, or why there is none.
struct RateResult {
    // NoSignChange: the flows never change sign, so no rate exists.
    // NoConvergence: kept for compatibility; the search brackets roots, so it is not produced for
    //   flows with a sign change.
    // NoRoot: the flows change sign but the present value never crosses zero for a rate > -100 %
    //   (possible with several sign changes, e.g. -1, +3, -3).
    enum class Status { Ok, NoSignChange, NoConvergence, NotComputed, NoRoot };
    Status status = Status::NotComputed;
    double rate = 0;
    bool ambiguous = false; // several sign changes: the spreadsheet's root from guess 0.1
    bool ok() const { return status == Status::Ok; }
    bool operator==(const RateResult &) const = default;
};

namespace finance {

// Spreadsheet NPV: the first flow is discounted one period.
double npv(double rate, std::span<const double> flows);
// XNPV: flows on dates, (days / 365) from the first date.
double xnpv(double rate, std::span<const double> flows, std::span<const Date> dates);
// Periodic IRR. The spreadsheet's Newton iteration from `guess` is tried first (so that with
// several roots the spreadsheet's root is returned); when it fails, the root is bracketed on a grid
// of rates in (-100 %, +∞) and found by bisection, the one nearest the guess.
RateResult irr(std::span<const double> flows, double guess = 0.1);
// XIRR: years = actual days / 365 from the first date. Same search as irr.
RateResult xirr(std::span<const double> flows, std::span<const Date> dates, double guess = 0.1);
// Money multiple: inflows / outflows (sum of positive flows over minus the sum of negative ones);
// none when nothing flowed out.
std::optional<double> multiple(std::span<const double> flows);
// Payback: the first index from which the running sum stays >= 0 to the end (0 when it is never
// negative); none when the running sum ends negative.
std::optional<int> payback(std::span<const double> flows);
// Number of sign changes in the flows, zeros ignored.
int signChanges(std::span<const double> flows);

} // namespace finance
} // namespace effekt
