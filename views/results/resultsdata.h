// The data behind each Results chart, as plain series over periods, so that the chart, its table
// view and the tests read the same numbers. Built from a project and the results computed from it;
// every value is checked against the engine's Results in tests/views/results/test_results.cpp.
#pragma once

#include "engine.h"
#include "project.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace effekt::views {

struct ChartSeries {
    enum class Kind {
        StackedBar, // bars stacked per category (negatives stack downwards)
        Bar,        // bars side by side per category
        Line,       // a line through the categories
        DashedLine, // the same, dashed (forecasts, discounted values)
        Reference,  // a horizontal reference line (a cap)
        Points,     // points only; NaN where there is none
        Marker      // one emphasised point (break-even); NaN elsewhere
    };
    QString name;
    Kind kind = Kind::Line;
    std::vector<double> values; // one per category; NaN: no value
};

struct ChartData {
    enum class Unit { Money, Number };
    QString id; // stable: "payments", "investors", "commissioner", "planActual"
    QString title;
    QString xTitle;
    QString yTitle; // with the unit
    Unit unit = Unit::Money;
    QStringList categories;
    std::vector<ChartSeries> series;
    QString contract;       // the contract's name: on exported pictures and in their file names
    int periodsPerYear = 4; // for labelling long timelines by whole years
    // The period after which the contract ended early at a review point (§8b), marked on the
    // chart and noted in its table; endedLabel names it («Ended after 3. kv. 2027»).
    std::optional<int> endedAfter;
    QString endedLabel;

    const ChartSeries *find(const QString &name) const;
};

// The periods whose labels a chart of `count` periods shows: every k-th from the first, at most
// `maxLabels` of them, k a whole number of years (or a divisor of one) once labels must be thinned,
// so that 600 monthly periods are labelled every 5 years and none is shrunk to "…".
std::vector<int> labelledPeriods(int count, int periodsPerYear, int maxLabels = 10);

// The label of the Results page's tab (with its mnemonic) showing the chart `id` ("payments",
// "investors", "commissioner", "planActual", "payout") or the statement ("statement"); empty for
// any other. Exports of a tab's chart or table are named after it, so the two never differ.
QString resultsTabLabel(const QString &id);
// A label as read: "&Payments" → "Payments", "&&" → "&".
QString withoutMnemonic(const QString &label);
// The file name an export suggests (without extension): «Ung i jobb – Betalinger», the contract's
// name and what is exported, without characters a file name cannot hold.
QString exportFileName(const QString &contractName, const QString &what);
// The file name an export of the chart suggests (without extension): «Ung i jobb – Payments»,
// localized, named as the chart's tab on the Results page (else by its title).
QString chartFileName(const ChartData &data);

// Kroner as a double (charts plot doubles; the money itself stays in øre).
double kroner(Money m);
// v[t], or 0 when the engine left the series shorter (or empty).
Money at(const std::vector<Money> &v, int t);
// The discount factor of a period-end flow of period t (DOMAIN.md §6): 1 / (1 + r_p)^(t + 1).
double discountFactor(const Project &project, int t);

// At most this many bar sets of metrics in the payments chart: with more metrics, the largest
// kMaxMetricBars − 1 keep their own and the rest are summed as "Other metrics".
constexpr std::size_t kMaxMetricBars = 8;

// Outcome payments falling due per period, stacked by metric (and fixed fees), the cumulative
// payment as a line and the contract's total cap as a reference line.
ChartData paymentsChartData(const Project &project, const Results &results,
                            const QLocale &locale = QLocale());
// Investors together: draws below zero, distributions (and guarantees) above, the cumulative
// position as a line and the break-even period marked.
ChartData investorChartData(const Project &project, const Results &results,
                            const QLocale &locale = QLocale());
// The first period in which the investors' cumulative position is back at zero or above after
// having been below; none when it never is.
std::optional<int> investorBreakEven(const Results &results);
// The commissioner: payments and savings by budget holder per period (bars, nominal), and both
// discounted (lines).
ChartData commissionerChartData(const Project &project, const Results &results,
                                const QLocale &locale = QLocale());
// Plan against actual of metric `metricIndex` (position in project.metrics), with the forecast
// (actual where reported, plan for the rest) and the counterfactual.
ChartData planActualChartData(const Project &project, const Results &results, int metricIndex,
                              const QLocale &locale = QLocale());

// Marks the end of a contract that terminated after period `terminatedAfter` (none: no marker).
// Every chart over periods of Results and of the Risk page is marked this way.
void markContractEnd(ChartData &data, const Project &project, std::optional<int> terminatedAfter,
                     const QLocale &locale = QLocale());

// The sentence Results shows when the contract ends early: «The contract ends after 3. kv. 2027:
// review point 1 was not met; termination payment NOK 200,000 to Bydel Nord.» Empty when the
// contract runs its course.
QString terminationSummary(const Project &project, const Results &results,
                           const QLocale &locale = QLocale());

// A value as the chart's table and tooltips show it.
QString formatChartValue(const ChartData &data, double value, const QLocale &locale = QLocale());

QString budgetHolderName(BudgetHolder holder);
QString metricUnitName(MetricUnit unit);

} // namespace effekt::views
