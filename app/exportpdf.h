// The term sheet of a project file written as PDF without a window: `effekt-studio --export-pdf
// FILE OUT.pdf [--language nb|en]`, for rendering a batch of contracts (docs/exports.md).
#pragma once

#include "termsheet.h"

#include <QString>

namespace effekt::app {

// The term sheet of the file at `file` as saved (DRAFT only when the calculation finds errors),
// dated today, versioned by the file's time. Writes `out`; returns 0, or 1 with a sentence in
// `error` when the file cannot be read or the PDF written.
int exportPdfFromFile(const QString &file, const QString &out, QString *error);

} // namespace effekt::app
