// Turns the model's structured diagnostics into sentences in the user's language.
#pragma once

#include "diagnostics.h"
#include "project.h"

#include <QString>

namespace effekt::views {

// "Payer shares of “In work” add up to 90 %, not 100 %." The project, when given, names entities.
QString diagnosticText(const Diagnostic &d, const Project *project = nullptr);
QString severityText(Severity s);
// Where it is: "Metric “In work”, field price, Q2 2027" / "Table metric, row 3, column price".
QString locationText(const Diagnostic &d, const Project *project = nullptr);
// All of a list, one per line, with severity and location; for message boxes.
QString diagnosticsText(const Diagnostics &ds, const Project *project = nullptr);

} // namespace effekt::views
