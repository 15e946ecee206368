#include "whatif.h"

#include "format.h"
#include "scenario.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace effekt::views {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(PresentationMode)
};
} // namespace

WhatIfRun runWhatIf(const Project &project, const Scenario &whatIf, Basis basis) {
    WhatIfRun run;
    try {
        run.project = applyScenario(project, whatIf, basis);
        run.results = compute(run.project, Basis::Forecast);
    } catch (const MoneyOverflow &) {
        run = WhatIfRun{};
        run.project = project;
        run.overflow = true;
    }
    return run;
}

double whatIfFactor(int step) {
    // As riskSharingCurve(): maxFactor · i first, then ÷ steps.
    return kMaxWhatIfFactor * static_cast<double>(step) / static_cast<double>(kWhatIfSteps);
}

int whatIfStep(double factor) {
    const long step = std::lround(factor * kWhatIfSteps / kMaxWhatIfFactor);
    return static_cast<int>(std::clamp(step, 0L, static_cast<long>(kWhatIfSteps)));
}

QString whatIfName(const Scenario &whatIf, const QLocale &locale) {
    return Text::tr("What if %1").arg(formatPercent(whatIf.factor, locale, 0));
}

QString whoCarriesTheLoss(const Project &project, const RiskCurvePoint &point,
                          const QLocale &locale) {
    if (point.failed)
        return Text::tr("The contract cannot be computed at this level of success.");
    QString investors;
    if (project.investors.empty())
        investors = Text::tr("No investors take a share of the risk.");
    else if (point.investorProfit < 0)
        investors = Text::tr("The investors carry the loss: %1.")
                        .arg(formatMoney(-point.investorProfit, locale));
    else if (point.investorProfit > 0)
        investors = Text::tr("The investors carry no loss: they earn %1.")
                        .arg(formatMoney(point.investorProfit, locale));
    else
        investors = Text::tr("The investors get back what they put in.");
    const Money difference = point.traditionalCost - point.payments;
    QString municipality;
    if (difference > 0)
        municipality = Text::tr("The municipality pays %1 less than under a traditional "
                                "contract, which costs the same whatever the results.")
                           .arg(formatMoney(difference, locale));
    else if (difference < 0)
        municipality = Text::tr("The municipality pays %1 more than under a traditional "
                                "contract, for results it gets.")
                           .arg(formatMoney(-difference, locale));
    else
        municipality = Text::tr("The municipality pays as much as under a traditional contract.");
    return municipality + QLatin1Char(' ') + investors;
}

} // namespace effekt::views
