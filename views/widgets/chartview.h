// The charts' common start: a chart without animation, its legend below. A QChartView is given
// its chart when it is constructed, never through QChartView::setChart: setChart releases the
// chart it replaces without deleting it, so a view made with the default constructor and then
// given a chart leaks the default chart and its legend for as long as the program runs.
#pragma once

#include <QChart>
#include <QLegend>

namespace effekt::views {

inline QChart *newPlainChart() {
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace effekt::views
