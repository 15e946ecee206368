// The risk commands of the effekt tool (docs/cli.md, docs/risk.md): scenarios side by side, the
// tornado and the risk-sharing curve of one project, printed as a table, CSV or JSON.
#pragma once

#include "project.h"

#include <string>

namespace effekt::cli {

enum class Format { Table, Csv, Json };

// Each prints to standard output and its diagnostics to standard error (prefixed by `file`), and
// returns the exit code: 0, or 1 when the project does not compute (an error diagnostic).
int scenarios(const Project &project, const std::string &file, Format format);
int sensitivity(const Project &project, const std::string &file, Format format);
int riskCurve(const Project &project, const std::string &file, int steps, Format format);

} // namespace effekt::cli
