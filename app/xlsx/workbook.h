// The Excel workbook of a project (docs/exports.md, "Excel workbook"): its inputs, the payment
// schedule per period, the cash flows of the provider and the investors, the key figures and the
// scenarios, with numbers as numbers (kr and % formats), dates as dates, frozen header rows and
// every total a =SUM() formula the finance office can audit. Written with libxlsxwriter; the file
// reaches its place through the safe writer (safewrite.h), so a failed export leaves the old file.
#pragma once

#include "diagnostics.h"
#include "engine.h"
#include "labels.h"
#include "project.h"

#include <string>

namespace effekt::xlsx {

// Whether this build can write workbooks (it was built with libxlsxwriter).
bool available();

// Writes the workbook of `project`, computed as `results` (compute(project)), to `path` (UTF-8),
// its sheet and column names in `language`. Empty diagnostics on success; otherwise FileWriteFailed
// (with the writer's reason), FileNotRegular or FileReadOnly, and the old file is untouched.
Diagnostics writeWorkbook(const Project &project, const Results &results, const std::string &path,
                          Language language);

} // namespace effekt::xlsx
