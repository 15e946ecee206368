// A project in which every field differs from its default, for round-trip tests of the project file
// and the JSON interchange.
#pragma once

#include "project.h"

#include <cstddef>

namespace effekt::test {

// Every field of every entity set to a non-default value; `ledgerRows` rows in the ledger.
Project fullProject(std::size_t ledgerRows = 5);

} // namespace effekt::test
