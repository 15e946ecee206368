// The contract designer's form pages besides the overview and the metrics: parties; caps, fixed
// fees and delivery costs; investment and financing; savings and value for money; assumptions.
#pragma once

#include "pagewidget.h"

class QTableView;

namespace effekt::views {

class DesignTableModel;
class PageDiagnostics;
class FormBinder;
class TableEditor;

// A page of design forms: finds a table or a field by object name in showLocation.
class DesignPage : public PageWidget {
    Q_OBJECT
public:
    DesignPage(Document *document, QString id, QWidget *parent = nullptr);
    void showLocation(const EditLocation &where) override;
    QString id() const { return id_; }
    PageDiagnostics *diagnostics() const { return diagnostics_; }

protected:
    // Wraps the content in a scroll area with the diagnostics panel on top.
    void setContent(QWidget *content);

    Document *document_;
    QString id_;
    FormBinder *binder_;
    PageDiagnostics *diagnostics_ = nullptr;
};

class PartiesPage : public DesignPage {
    Q_OBJECT
public:
    explicit PartiesPage(Document *document, QWidget *parent = nullptr);
    TableEditor *parties() const { return parties_; }

private:
    TableEditor *parties_;
};

class CapsPage : public DesignPage {
    Q_OBJECT
public:
    explicit CapsPage(Document *document, QWidget *parent = nullptr);
    // A payer-split edit names its fee ("feePayersTable@ROW"): that fee is selected first.
    void showLocation(const EditLocation &where) override;
    TableEditor *fees() const { return fees_; }
    TableEditor *feePayers() const { return feePayers_; }
    DesignTableModel *costModel() const { return costModel_; }
    QTableView *costView() const { return costView_; }

private:
    void rebuildPeriodColumns();
    EditLocation feePayerLocation(int row, int column) const;
    TableEditor *fees_;
    TableEditor *feePayers_;
    int feeId_ = -1; // the fixed fee whose payer split is shown
    DesignTableModel *costModel_;
    QTableView *costView_;
    QString periodsKey_;
};

class InvestmentPage : public DesignPage {
    Q_OBJECT
public:
    explicit InvestmentPage(Document *document, QWidget *parent = nullptr);
    TableEditor *investors() const { return investors_; }

private:
    TableEditor *investors_;
};

class SavingsPage : public DesignPage {
    Q_OBJECT
public:
    explicit SavingsPage(Document *document, QWidget *parent = nullptr);
    TableEditor *lines() const { return lines_; }

private:
    TableEditor *lines_;
};

class AssumptionsPage : public DesignPage {
    Q_OBJECT
public:
    explicit AssumptionsPage(Document *document, QWidget *parent = nullptr);
    TableEditor *assumptions() const { return assumptions_; }

private:
    TableEditor *assumptions_;
};

} // namespace effekt::views
