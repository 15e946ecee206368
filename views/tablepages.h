// Pages built around tables: outcome data. (Metrics: designmetrics.h; Results: resultspage.h.)
#pragma once

#include "pages.h"

class QTableView;
class QTabWidget;

namespace effekt::views {

class OutcomeGridModel;

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

} // namespace effekt::views
