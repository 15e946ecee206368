// How much a project may hold and how much work reading one may take: the size limits every door
// (the project file, JSON, CSV import) checks before it allocates, so that memory and time stay
// bounded by what a file really holds (docs/file-format.md "Files from others"). The limits on
// single values (money, units, text lengths) are with the fields they describe.
#pragma once

#include <cstddef>
#include <cstdint>

namespace effekt::limits {

// Whole inputs, in bytes.
constexpr std::uintmax_t kMaxProjectFileBytes = std::uintmax_t{1} << 30; // a .effekt file: 1 GiB
constexpr std::uintmax_t kMaxJsonBytes = std::uintmax_t{256} << 20;      // a JSON project: 256 MiB
constexpr std::size_t kMaxCsvLineBytes = 64 * 1024; // one line of a ledger CSV, its end included

// Entities.
constexpr std::size_t kMaxListEntries = 10'000; // parties, cohorts, metrics, fixed fees,
                                                // investors, assumptions, scenarios,
                                                // distributions, review points: each list
constexpr std::size_t kMaxRuleEntries = 1'000;  // bands, tiers, payers, savings lines of one owner;
                                                // overrides of one scenario, delays of one
                                                // distribution
// The per-period values a project holds: periods × (metrics + cohorts). 600 periods × 3,333.
constexpr std::size_t kMaxPeriodCells = 2'000'000;
constexpr std::size_t kMaxLedgerRows = 2'000'000; // about 130 MB in memory

// Problems reported from one input: the first so many, then one "and N more".
constexpr std::size_t kMaxDiagnosticsReported = 200;

// Reading a project file: at most kLoadStepsBase + kLoadStepsPerByte × the file's size SQLite
// virtual-machine steps (a legitimate file needs less than a tenth of that).
constexpr std::uint64_t kLoadStepsBase = 10'000'000;
constexpr std::uint64_t kLoadStepsPerByte = 50;

} // namespace effekt::limits
