// The data behind the Risk page's table and charts (DOMAIN.md §8), as plain values, so that the
// table, the charts, their table views and the tests read the same numbers. Every figure is a
// RiskKpis of a computed run (model/engine/risk/riskkpis.h) of the project as a scenario has it.
#pragma once

#include "resultsdata.h"
#include "riskkpis.h"
#include "montecarlo.h"
#include "scenario.h"
#include "tornado.h"

#include <QLocale>

#include <optional>
#include <vector>

namespace effekt::views {

// The key figures of `project` as `scenario` has it, computed on `basis`; none when the scaled
// contract does not fit in money (MoneyOverflow).
std::optional<RiskKpis> scenarioKpis(const Project &project, const Scenario &scenario,
                                     Basis basis = Basis::Forecast);

// The risk-sharing sweep: one common achievement factor from 0 to `maxFactor` in `steps` equal
// steps (0, 1 %, …, 150 % by default), every other input as the project has it.
struct RiskCurve {
    std::vector<double> factors;
    std::vector<std::optional<RiskKpis>> kpis; // none where the run did not fit in money
    // The factor at which the investors' profit crosses zero (linear between two steps); none
    // when it does not cross inside the sweep.
    std::optional<double> breakEven;
};
RiskCurve riskCurve(const Project &project, Basis basis = Basis::Forecast, int steps = 150,
                    double maxFactor = 1.5);

// The risk-sharing chart: against the achievement factor, the commissioner's payments under the
// effektkontrakt, its cost under the traditional alternative (flat), the investors' profit or loss
// and the commissioner's net value (NPV), with break-even and today's plan (100 %) marked.
ChartData riskSharingChartData(const Project &project, const RiskCurve &curve,
                               const QLocale &locale = QLocale());

// The index of the step nearest to `factor` on `curve`.
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
ChartData fanChartData(const Project &project, const SimulationResult &result,
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
