// Validation of a contract's design (DOMAIN.md §3, docs/engine.md "Diagnostics"): what is wrong
// with a project before anything is computed. engine.h re-exports it.
#pragma once

#include "diagnostics.h"
#include "project.h"

namespace effekt {

// Validates the project's design (DOMAIN.md and issue 3's list); independent of the basis.
Diagnostics validate(const Project &project);

} // namespace effekt
