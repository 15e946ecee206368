// The what-if of presentation mode: a Scenario (model/contract/project.h) that is not part of the
// project, applied by applyScenario (model/engine/risk/scenario.h) as a pure function, and the
// engine's results of the project it makes. Nothing here touches the document.
#pragma once

#include "engine.h"
#include "project.h"
#include "risksharing.h"

#include <QLocale>
#include <QString>

namespace effekt::views {

// The what-if computed: applyScenario(project, whatIf, basis), computed on the forecast basis, as
// computeScenarios() computes a scenario of the Risk page.
struct WhatIfRun {
    Project project;
    Results results;
    bool overflow = false; // a scaled amount does not fit: no results
};
WhatIfRun runWhatIf(const Project &project, const Scenario &whatIf, Basis basis);

// The sliders' achievement scale: a slider at position i means the factor
// kMaxWhatIfFactor · i / kWhatIfSteps, which is also the factor of point i of the risk-sharing
// curve presentation mode draws (RiskCurveSettings{kWhatIfSteps, kMaxWhatIfFactor}), so that the
// slider's level is always a point of the sweep.
constexpr int kWhatIfSteps = 30;         // 5 % a step
constexpr double kMaxWhatIfFactor = 1.5; // as the Risk page's curve
double whatIfFactor(int step);
int whatIfStep(double factor); // the nearest step

// The name "Keep as scenario" suggests: «What if 80 %» (the overall achievement).
QString whatIfName(const Scenario &whatIf, const QLocale &locale = QLocale());

// The sentence under the comparison of a traditional contract and the effektkontrakt at one point
// of the risk-sharing curve: who carries the loss, and what the municipality pays beside a
// traditional contract.
QString whoCarriesTheLoss(const Project &project, const RiskCurvePoint &point,
                          const QLocale &locale = QLocale());

} // namespace effekt::views
