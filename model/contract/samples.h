// Sample projects for benchmarks and tests: deterministic, no randomness from the platform. The
// worked example of DOMAIN.md §9 (workedExample()) is defined in samples.cpp too; it is declared in
// project.h, where its callers look for it.
#pragma once

#include "project.h"

#include <cstddef>

namespace effekt {

// A large contract: 50 metrics × 120 monthly periods, 3 payers, 5 investors (two tranches, coupons,
// return caps, a guarantee), fixed fees, caps of every kind. With `withLedger`, a participant
// ledger of 100,000 rows (pseudonyms "P000001"…) and a per-participant cap.
Project largeContract(bool withLedger);

// The worked example with a ledger of `rows` rows (for large-file tests and benchmarks):
// pseudonymous participants ("deltaker-0"…, four rows each) over its two metrics and 8 quarters.
Project workedExampleWithLedger(std::size_t rows);

} // namespace effekt
