// `effekt simulate`: the Monte Carlo simulation of a project file (docs/cli.md, DOMAIN.md §8).
#pragma once

#include "project.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace effekt::cli {

// Runs `simulate FILE [--trials N] [--seed S] [--threads T] [--format table|csv|json]
// [--trials-out FILE.csv]` with `args` after the command name. `load` reads a project file,
// printing its diagnostics (none: the input had errors). Returns the exit code.
int simulate(const std::vector<std::string> &args,
             const std::function<std::optional<Project>(const std::string &)> &load);

} // namespace effekt::cli
