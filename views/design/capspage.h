// Caps and fixed fees: the caps on the contract, the fixed fees with the payer split of the
// selected fee, the review points and early termination (DOMAIN.md §8b), and the provider's
// delivery cost per period.
#pragma once

#include "designpage.h"

class QComboBox;
class QTableView;

namespace effekt::views {

class DesignTableModel;
class TableEditor;

class CapsPage : public DesignPage {
    Q_OBJECT
public:
    explicit CapsPage(Document *document, QWidget *parent = nullptr);
    // A payer-split edit names its fee ("feePayersTable@ROW"): that fee is selected first.
    void showLocation(const EditLocation &where) override;
    TableEditor *fees() const { return fees_; }
    TableEditor *feePayers() const { return feePayers_; }
    TableEditor *reviews() const { return reviews_; }
    QComboBox *terminationPayee() const { return payee_; }
    DesignTableModel *costModel() const { return costModel_; }
    QTableView *costView() const { return costView_; }

private:
    void rebuildPeriodColumns();
    EditLocation feePayerLocation(int row, int column) const;
    TableEditor *fees_;
    TableEditor *feePayers_;
    TableEditor *reviews_;
    QComboBox *payee_;
    int feeId_ = -1; // the fixed fee whose payer split is shown
    DesignTableModel *costModel_;
    QTableView *costView_;
    QString periodsKey_;
};

} // namespace effekt::views
