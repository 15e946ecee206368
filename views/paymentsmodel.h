// Results table: outcome payments falling due per period, one row per metric and a total row.
// Read-only: results are recomputed from the project, never edited.
#pragma once

#include "document.h"

#include <QAbstractTableModel>

namespace effekt::views {

// [metric][due period]: what each metric's outcomes cost in the period the payment falls due.
std::vector<std::vector<Money>> paymentsDueByMetric(const Results &results);

class PaymentsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit PaymentsModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Raw value (minor units) behind a cell, for tests and export.
    Money value(int row, int column) const;

private:
    void reload();
    Document *document_;
    std::vector<std::vector<Money>> rows_; // metrics, then the total
    int columns_ = 0;
};

} // namespace effekt::views
