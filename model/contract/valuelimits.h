// The limits of every value a project holds, defined once: the project file's reader and writer
// (and its pre-save check), JSON, the CSV import and every editor of the GUI (forms, grids, paste)
// apply the same numbers, so nothing gets in that a save would refuse. docs/file-format.md
// ("Limits") states them.
#pragma once

#include "money.h"

#include <cstddef>
#include <cstdint>

namespace effekt::limits {

constexpr std::size_t kMaxTextBytes = 65'536;    // any text field, UTF-8 bytes
constexpr std::size_t kMaxShortTextBytes = 256;  // currency, organisation number
constexpr std::size_t kMaxParticipantBytes = 64; // a ledger participant id
constexpr std::int64_t kMaxId = 2'147'483'647;
constexpr std::int64_t kMaxCount = 1'000'000'000;    // people, planned sizes
constexpr double kMaxQuantity = 1e15;                // observed values, units, levels
constexpr Money kMaxMoney = 100'000'000'000'000'000; // 10^15 kroner in øre: headroom for sums
// What a planner can type into an amount field: 10^13 kroner in øre, so that sums of many such
// amounts stay within kMaxMoney and the engine's 64 bits.
constexpr Money kMaxEnteredMoney = 1'000'000'000'000'000;
constexpr double kMaxRate = 100.0; // rates and multiples (coupon, discount, cap)
constexpr int kMaxSpreadYears = 100;
constexpr int kMaxSpreadPeriods = 1200; // 100 years of months
// Price indexation (Indexation): the yearly rate and the base year a planner may state.
constexpr double kMinIndexRate = -0.5;
constexpr double kMaxIndexRate = 1.0;
constexpr int kMinIndexBaseYear = 1900;
constexpr int kMaxIndexBaseYear = 2200;

} // namespace effekt::limits
