// Table of outcome metrics (name, price per unit, payment lag). Edits go through the document.
#pragma once

#include "document.h"

#include <QAbstractTableModel>

namespace effekt::views {

class MetricsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Price, Lag, ColumnCount };

    explicit MetricsModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Adds a per-unit metric at the end, or removes one; each one undoable step.
    void addMetric();
    void removeMetric(int row);

private:
    void reload();
    Document *document_;
    int rows_ = 0;
};

} // namespace effekt::views
