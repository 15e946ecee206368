// Pages built around tables: results. (The metrics page is designmetrics.h, the outcome data page
// outcomespage.h.)
#pragma once

#include "pages.h"

class QTableView;

namespace effekt::views {

class PaymentsModel;
class PaymentsChart;

class ResultsPage : public PageWidget {
    Q_OBJECT
public:
    explicit ResultsPage(Document *document, QWidget *parent = nullptr);
    PaymentsModel *paymentsModel() const { return payments_; }
    PaymentsChart *chart() const { return chart_; }

private:
    PaymentsModel *payments_;
    PaymentsChart *chart_;
};

} // namespace effekt::views
