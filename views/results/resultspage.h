// Results: the key figures, the charts (each with its table), the statement and the diagnostics,
// recomputed after every edit.
#pragma once

#include "diagnostics.h"
#include "pagewidget.h"
#include "statementmodel.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTableView;

namespace effekt::views {

class CohortTestsModel;
class KpiCards;
class PayoutCurveChart;
class ResultsChartPanel;
class DiagnosticsListPanel;

class ResultsPage : public PageWidget {
    Q_OBJECT
public:
    explicit ResultsPage(Document *document, QWidget *parent = nullptr);

    KpiCards *kpiCards() const { return kpis_; }
    ResultsChartPanel *paymentsPanel() const { return payments_; }
    ResultsChartPanel *investorPanel() const { return investors_; }
    ResultsChartPanel *commissionerPanel() const { return commissioner_; }
    ResultsChartPanel *planActualPanel() const { return planActual_; }
    std::vector<ResultsChartPanel *> chartPanels() const;
    StatementModel *statementModel() const { return statement_; }
    DiagnosticsListPanel *diagnosticsPanel() const { return diagnostics_; }
    QTabWidget *tabs() const { return tabs_; }
    // The metric shown by "Plan and actual" and "Payout curve".
    QComboBox *metricSelector() const { return metric_; }
    PayoutCurveChart *payoutChart() const { return payout_; }
    QProgressBar *busyIndicator() const { return busy_; }
    // The cohort tests and final settlements of the metrics tested cohort by cohort, in the tab
    // "Cohort tests" (shown only when a metric is tested so).
    CohortTestsModel *cohortTestsModel() const { return cohortTests_; }
    QTableView *cohortTestsView() const { return cohortTestsView_; }
    int cohortTestsTab() const { return cohortTestsTab_; }
    // The sentence shown when the contract ends early at a review point (hidden otherwise).
    QLabel *terminationBanner() const { return termination_; }

    // Writes the statement as CSV; false (and nothing written) on failure.
    // False when it cannot be written, with the writer's reasons in `problems` when given.
    bool exportStatement(const QString &path, CsvStyle style,
                         Diagnostics *problems = nullptr) const;

signals:
    // The planner chose Export to CSV in the statement's tab: the main window asks where, in the
    // folder File > Export > Statement used last, and calls exportStatement().
    void statementExportRequested(effekt::views::CsvStyle style);

private:
    void rebuild();
    void rebuildPlanActual();
    void reloadMetrics();
    void metricChosen();
    QWidget *buildPayoutTab();
    Document *document_;
    KpiCards *kpis_;
    ResultsChartPanel *payments_;
    ResultsChartPanel *investors_;
    ResultsChartPanel *commissioner_;
    ResultsChartPanel *planActual_;
    QComboBox *metric_;
    PayoutCurveChart *payout_;
    QTableView *payoutTable_;
    StatementModel *statement_;
    QTableView *statementView_;
    DiagnosticsListPanel *diagnostics_;
    QTabWidget *tabs_;
    QProgressBar *busy_;
    QLabel *termination_;
    CohortTestsModel *cohortTests_;
    QTableView *cohortTestsView_;
    int cohortTestsTab_ = -1;
};

} // namespace effekt::views
