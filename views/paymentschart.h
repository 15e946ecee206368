// The payments chart of a document, kept up to date: outcome payments per due period stacked by
// metric, the cumulative payment and the total cap (paymentsChartData). Used on its own where a
// page wants just this chart; ResultsPage shows the same data in a ResultsChartPanel.
#pragma once

#include "document.h"
#include "resultschart.h"

class QStackedBarSeries;

namespace effekt::views {

class PaymentsChart : public ResultsChartView {
    Q_OBJECT
public:
    explicit PaymentsChart(Document *document, QWidget *parent = nullptr);

    // The stacked bars, one set per metric (then fixed fees); null when there is nothing to stack.
    QStackedBarSeries *series() const;

private:
    void rebuild();
    Document *document_;
};

} // namespace effekt::views
