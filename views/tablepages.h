// Pages built around tables: outcome metrics, results. (Outcome data: outcomespage.h.)
#pragma once

#include "pages.h"

class QTableView;

namespace effekt::views {

class MetricsModel;
class PaymentsModel;
class PaymentsChart;

class MetricsPage : public PageWidget {
    Q_OBJECT
public:
    explicit MetricsPage(Document *document, QWidget *parent = nullptr);
    void showLocation(const EditLocation &where) override;
    QTableView *table() const { return table_; }
    MetricsModel *model() const { return model_; }

private:
    MetricsModel *model_;
    QTableView *table_;
};

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
