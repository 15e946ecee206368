#include "paymentschart.h"

#include <QStackedBarSeries>

namespace effekt::views {

PaymentsChart::PaymentsChart(Document *document, QWidget *parent)
    : ResultsChartView(parent)
    , document_(document) {
    connect(document_, &Document::resultsChanged, this, &PaymentsChart::rebuild);
    rebuild();
}

QStackedBarSeries *PaymentsChart::series() const {
    return qobject_cast<QStackedBarSeries *>(barSeries());
}

void PaymentsChart::rebuild() {
    setData(paymentsChartData(document_->resultsProject(), document_->results()));
}

} // namespace effekt::views
