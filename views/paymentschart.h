// Stacked bar chart of outcome payments per due period, one bar set per metric.
#pragma once

#include "document.h"

#include <QChartView>

class QStackedBarSeries;

namespace effekt::views {

class PaymentsChart : public QChartView {
    Q_OBJECT
public:
    explicit PaymentsChart(Document *document, QWidget *parent = nullptr);

    QStackedBarSeries *series() const { return series_; }

private:
    void rebuild();
    Document *document_;
    QStackedBarSeries *series_ = nullptr;
};

} // namespace effekt::views
