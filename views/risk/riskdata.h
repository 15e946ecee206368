// The data behind the Risk page's table and charts (DOMAIN.md §8), as plain values, so that the
// table, the charts, their table views and the tests read the same numbers. Every figure is a
// RiskKpis of a computed run (model/engine/risk/riskkpis.h) of the project as a scenario has it.
#pragma once

#include "montecarlo.h"
#include "resultsdata.h"
#include "riskkpis.h"
#include "risksharing.h"
#include "scenario.h"
#include "tornado.h"

#include <QLocale>

#include <optional>
#include <vector>

namespace effekt::views {

// The risk-sharing chart of riskSharingCurve() (model/engine/risk/risksharing.h): against the
// achievement factor, the commissioner's payments under the effektkontrakt, its cost under the
// traditional alternative (flat), the investors' profit or loss and the commissioner's net value
// (NPV), with break-even (its factor in its name) and today's plan (100 %) marked at the nearest
// step. A point whose computation failed has no values.
ChartData riskSharingChartData(const Project &project, const RiskCurve &curve,
                               const QLocale &locale = QLocale());

// The index of the point nearest to `factor` on `curve`.
int nearestStep(const RiskCurve &curve, double factor);

// The tornado of §8 as a chart: a row per input (largest swing first), the change in the
// commissioner's net value (kroner) or in the investors' IRR (percentage points) with the input
// moved down and up. Inputs without an IRR change show none.
enum class TornadoFigure { NetValue, Irr };
ChartData tornadoChartData(const Project &project, const Tornado &tornado, TornadoFigure figure,
                           const QLocale &locale = QLocale());
// The name of a tornado bar's input with its two values: «Stable housing: 80 % / 120 %».
QString tornadoInputName(const Project &project, const TornadoBar &bar,
                         const QLocale &locale = QLocale());

// Monte Carlo: the fan of cumulative payments (P5, P25, median, P75, P95 per period, kroner).
// `planEndedAfter`: the period after which the project as computed (Results::terminatedAfter)
// ends early, marked as on the Results charts.
ChartData fanChartData(const Project &project, const SimulationResult &result,
                       std::optional<int> planEndedAfter = std::nullopt,
                       const QLocale &locale = QLocale());
// Histograms: the investors' multiple, and the commissioner's net cost (NPV) under both contract
// forms overlaid (the same bins).
ChartData multipleHistogramData(const Project &project, const SimulationResult &result,
                                int bins = 30, const QLocale &locale = QLocale());
ChartData netCostHistogramData(const Project &project, const SimulationResult &result,
                               int bins = 30, const QLocale &locale = QLocale());

// An optional number as a table shows it: the multiple ("1,23×"), an IRR ("7,4 %"), or "–".
QString formatMultiple(std::optional<double> multiple, const QLocale &locale = QLocale());
QString formatIrr(std::optional<double> irr, const QLocale &locale = QLocale());

} // namespace effekt::views
