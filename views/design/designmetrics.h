// Outcome metrics and payment rules: the list of metrics (add, duplicate, remove, reorder), a
// detail form that follows the rule type (per unit with threshold and volume bands, tiered, share
// of savings, milestone), the metric's caps, lag and payer split, and beside it the live payout
// curve computed by the engine.
#pragma once

#include "pagewidget.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QStackedWidget;
class QCheckBox;
class QSpinBox;

namespace effekt::views {

class FormBinder;
class TableEditor;
class DesignTableModel;
class PageDiagnostics;
class PayoutCurveChart;
class ValueEdit;

class MetricsDesignPage : public PageWidget {
    Q_OBJECT
public:
    explicit MetricsDesignPage(Document *document, QWidget *parent = nullptr);
    // Deletes the child widgets while the page is still a MetricsDesignPage: the tables' models
    // call back into the page (the selected metric), and a view closed by ~QWidget would
    // otherwise ask them after this part of the page is gone.
    ~MetricsDesignPage() override;
    void showLocation(const EditLocation &where) override;

    // The selected metric's id (-1 when there are none) and its row.
    int currentMetricId() const { return metricId_; }
    int currentRow() const;
    void selectMetric(int row);

    TableEditor *metrics() const { return metrics_; }
    TableEditor *bands() const { return bands_; }
    TableEditor *tiers() const { return tiers_; }
    TableEditor *payers() const { return payers_; }
    PayoutCurveChart *curve() const { return curve_; }
    QLabel *payerSum() const { return payerSum_; }
    PageDiagnostics *diagnostics() const { return diagnostics_; }
    // Will the evaluation see the effect (DOMAIN.md §8): shown for a metric counted in people and
    // validated by a matched comparison or a randomised control, hidden for the others.
    QGroupBox *evaluation() const { return evaluation_; }
    // Tested cohort by cohort (Peterborough): which cohorts of the target group take part, each
    // with its threshold, and the final settlement over the pooled cohorts.
    QGroupBox *cohortTests() const { return cohortTests_; }
    TableEditor *cohortTable() const { return cohortTable_; }

private:
    void load();
    void updateRulePage();
    void updateEvaluation();
    void updateCohortTests();
    Metric *metric(Project &p) const;
    const Metric *metric(const Project &p) const;
    EditLocation subLocation(const QString &table, int row, int column) const;

    Document *document_;
    FormBinder *binder_;
    TableEditor *metrics_;
    TableEditor *bands_;
    TableEditor *tiers_;
    TableEditor *payers_;
    QStackedWidget *ruleStack_;
    QComboBox *cohort_;
    QComboBox *thresholdBasis_;
    ValueEdit *thresholdUnits_;
    ValueEdit *thresholdRelative_;
    QWidget *secondShareAfter_;  // the sum (after-sum switch)
    QWidget *secondShareReturn_; // the investors' return a year (investors-repaid switch)
    QLabel *payerSum_;
    QGroupBox *cohortTests_;
    TableEditor *cohortTable_;
    QLabel *cohortHint_;
    QCheckBox *settlement_;
    QComboBox *settlementPeriod_;
    ValueEdit *settlementThreshold_;
    QLabel *ruleThresholdNote_;
    QGroupBox *evaluation_;
    QWidget *evaluationFigures_;
    QLabel *evaluationMde_;
    QLabel *evaluationEffect_;
    QLabel *evaluationSize_;
    QLabel *evaluationIcon_;
    QLabel *evaluationVerdict_;
    QLabel *evaluationAdvice_;
    QLabel *evaluationNote_;
    QWidget *form_;
    QLabel *empty_;
    PayoutCurveChart *curve_;
    PageDiagnostics *diagnostics_;
    int metricId_ = -1;
    int tierBasis_ = -1;
    bool loading_ = false;
};

} // namespace effekt::views
