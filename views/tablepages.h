// Pages built around tables: outcome data, results. (The metrics page is designmetrics.h.)
#pragma once

#include "pages.h"

class QTableView;
class QTabWidget;

namespace effekt::views {

class OutcomeGridModel;
class PaymentsModel;
class PaymentsChart;

class OutcomesPage : public PageWidget {
    Q_OBJECT
public:
    explicit OutcomesPage(Document *document, QWidget *parent = nullptr);
    void showLocation(const EditLocation &where) override;
    OutcomeGridModel *planModel() const { return plan_; }
    OutcomeGridModel *actualModel() const { return actual_; }

private:
    OutcomeGridModel *plan_;
    OutcomeGridModel *actual_;
    QTableView *planView_;
    QTableView *actualView_;
    QTabWidget *tabs_;
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
