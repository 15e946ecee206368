// Overview: the project's name, description, currency and timeline, the target group and its
// cohorts with their intake per period.
#pragma once

#include "pagewidget.h"

class QLineEdit;
class QPlainTextEdit;
class QDateEdit;
class QSpinBox;
class QComboBox;
class QLabel;
class QTableView;

namespace effekt::views {

class FormBinder;
class TableEditor;
class DesignTableModel;
class PageDiagnostics;

class OverviewPage : public PageWidget {
    Q_OBJECT
public:
    explicit OverviewPage(Document *document, QWidget *parent = nullptr);
    void showLocation(const EditLocation &where) override;

    TableEditor *cohorts() const { return cohorts_; }
    DesignTableModel *intakeModel() const { return intakeModel_; }

private:
    void load();
    void commitTimeline();
    void rebuildIntakeColumns();

    Document *document_;
    FormBinder *binder_;
    QDateEdit *start_;
    QComboBox *length_;
    QSpinBox *periods_;
    QLabel *endLabel_;
    TableEditor *cohorts_;
    DesignTableModel *intakeModel_;
    QTableView *intakeView_;
    PageDiagnostics *diagnostics_;
    int intakePeriods_ = -1;
    bool loading_ = false;
};

} // namespace effekt::views
