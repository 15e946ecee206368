// Calendar dates without time zones, and the contract's period arithmetic (DOMAIN.md §3 Timeline).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace effekt {

struct Date {
    int year = 2027;
    int month = 1; // 1..12
    int day = 1;   // 1..31

    auto operator<=>(const Date &) const = default;

    bool isValid() const;
    // Days since 1970-01-01 (proleptic Gregorian).
    std::int64_t toDays() const;
    static Date fromDays(std::int64_t days);
    Date addMonths(int months) const; // day clamped to the month's length
    Date addDays(std::int64_t days) const { return fromDays(toDays() + days); }

    static std::optional<Date> parseIso(std::string_view text); // YYYY-MM-DD
    std::string toIso() const;
};

int daysInMonth(int year, int month);

} // namespace effekt
