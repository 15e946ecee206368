#include "paymentsmodel.h"

#include "format.h"

#include <QFont>

namespace effekt::views {

std::vector<std::vector<Money>> paymentsDueByMetric(const Results &results) {
    std::vector<std::vector<Money>> due(
        results.metric.size(), std::vector<Money>(static_cast<std::size_t>(results.periods), 0));
    for (std::size_t m = 0; m < results.metric.size(); ++m)
        for (const MetricPeriod &mp : results.metric[m])
            if (mp.duePeriod >= 0 && mp.duePeriod < results.periods)
                due[m][static_cast<std::size_t>(mp.duePeriod)] += mp.afterTotalCap;
    return due;
}

PaymentsModel::PaymentsModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , document_(document) {
    connect(document_, &Document::resultsChanged, this, &PaymentsModel::reload);

    reload();
}

void PaymentsModel::reload() {
    beginResetModel();
    const Results &r = document_->results();
    rows_ = paymentsDueByMetric(r);
    columns_ = r.periods;
    std::vector<Money> total(static_cast<std::size_t>(columns_), 0);
    for (const auto &row : rows_)
        for (std::size_t t = 0; t < row.size(); ++t)
            total[t] += row[t];
    rows_.push_back(std::move(total));
    endResetModel();
}

int PaymentsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int PaymentsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : columns_;
}

Money PaymentsModel::value(int row, int column) const {
    return rows_.at(static_cast<std::size_t>(row)).at(static_cast<std::size_t>(column));
}

QVariant PaymentsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const bool totalRow = index.row() == static_cast<int>(rows_.size()) - 1;
    switch (role) {
    case Qt::DisplayRole: return formatAmount(value(index.row(), index.column()));
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totalRow) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole: return formatMoney(value(index.row(), index.column()));
    default: return {};
    }
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    const Project &p = document_->resultsProject();
    if (orientation == Qt::Horizontal)
        return periodLabel(p.timeline, section);
    if (section == static_cast<int>(rows_.size()) - 1)
        return tr("Total");
    if (section < static_cast<int>(p.metrics.size()))
        return QString::fromStdString(p.metrics[static_cast<std::size_t>(section)].name);
    return {};
}

} // namespace effekt::views
