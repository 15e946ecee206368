// The JSON interchange form of a whole project (docs/json-format.md, docs/effekt.schema.json):
// versioned, keys in a fixed order, money as decimal strings, dates ISO 8601. The same project
// always gives the same bytes.
#pragma once

#include "diagnostics.h"
#include "project.h"
#include "storage.h"

#include <string>
#include <string_view>

namespace effekt::json {

constexpr const char *kFormatName = "effekt-project";
// 1: the first form; 2: scenarios, simulation and termination (a version-1 file has none of them
// and reads as a project without scenarios, with the default simulation and no review points);
// 3: `thresholdRelative` of a rule (the threshold basis "units-and-relative") and `spreadPeriods`
// of a savings line (a version-2 file has neither: no second threshold, no spread in periods);
// `indexation` of the project (a version-2 file has none: prices stay as stated);
// also `secondShareWhen` and `secondShareReturn` of a rule (absent: "after-sum", the earlier
// rule); `cohortOutcomes` of a metric and `settlement` of a rule (absent: none, no cohort tests).
constexpr int kFormatVersion = 3;

// The project as JSON text (UTF-8, two-space indent, a final newline). Errors (values out of range,
// unresolved references, see io::checkProject) leave `out` empty.
Diagnostics toJson(const Project &project, std::string &out);

// Parses and validates JSON text. Errors name the JSON path (entity "json", field
// "/metrics/0/...").
LoadResult fromJson(std::string_view text);

// Files: writes atomically (temporary file, then rename); reads at most 2 GiB.
Diagnostics exportJson(const Project &project, const std::string &path);
LoadResult importJson(const std::string &path);

} // namespace effekt::json
