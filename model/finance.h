// Financial functions (DOMAIN.md §7): IRR, XIRR, NPV, XNPV, money multiple, payback.
#pragma once

#include "date.h"

#include <optional>
#include <span>
#include <vector>

namespace effekt {

// The outcome of a root search: a rate, or why there is none.
struct RateResult {
    enum class Status { Ok, NoSignChange, NoConvergence, NotComputed };
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
RateResult irr(std::span<const double> flows, double guess = 0.1);
RateResult xirr(std::span<const double> flows, std::span<const Date> dates, double guess = 0.1);
// First index at which the running sum becomes >= 0 after being negative; none if never.
std::optional<int> payback(std::span<const double> flows);

} // namespace finance
} // namespace effekt
