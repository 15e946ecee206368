// The outcome data grid: metrics × periods, for the plan or for the reported actuals.
// An empty actual cell means "not reported"; the forecast then uses the plan.
#pragma once

#include "document.h"

#include <QAbstractTableModel>

namespace effekt::views {

class OutcomeGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Series { Plan, Actual };

    OutcomeGridModel(Document *document, Series series, QObject *parent = nullptr);

    Series series() const { return series_; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();
    Document *document_;
    Series series_;
    int rows_ = 0;
    int columns_ = 0;
};

} // namespace effekt::views
