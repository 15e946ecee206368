#include "outcomegridmodel.h"

#include "format.h"

#include <QBrush>
#include <QPalette>

namespace effekt::views {

OutcomeGridModel::OutcomeGridModel(Document *document, Series series, QObject *parent)
    : QAbstractTableModel(parent)
    , document_(document)
    , series_(series) {
    rows_ = static_cast<int>(document_->project().metrics.size());
    columns_ = document_->project().timeline.periods;
    connect(document_, &Document::projectChanged, this, &OutcomeGridModel::reload);
}

void OutcomeGridModel::reload() {
    const int rows = static_cast<int>(document_->project().metrics.size());
    const int columns = document_->project().timeline.periods;
    if (rows != rows_ || columns != columns_) {
        beginResetModel();
        rows_ = rows;
        columns_ = columns;
        endResetModel();
    } else if (rows_ > 0 && columns_ > 0) {
        emit dataChanged(index(0, 0), index(rows_ - 1, columns_ - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columns_ - 1);
        emit headerDataChanged(Qt::Vertical, 0, rows_ - 1);
    }
}

int OutcomeGridModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : rows_;
}

int OutcomeGridModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : columns_;
}

QVariant OutcomeGridModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rows_ || index.column() >= columns_)
        return {};
    const Metric &m = document_->project().metrics[static_cast<std::size_t>(index.row())];
    const auto t = static_cast<std::size_t>(index.column());
    std::optional<double> value;
    if (series_ == Series::Plan)
        value = t < m.plan.size() ? m.plan[t] : 0.0;
    else
        value = t < m.actual.size() ? m.actual[t] : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return value ? QVariant(formatNumber(*value)) : QVariant(QString());
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (series_ == Series::Actual && !value)
            return tr("Not reported yet: the forecast uses the plan (%1)")
                .arg(formatNumber(t < m.plan.size() ? m.plan[t] : 0.0));
        if (value && *value < 0)
            return tr("An observed value cannot be negative");
        return {};
    case Qt::ForegroundRole:
        if (value && *value < 0)
            return QBrush(Qt::red);
        return {};
    default: return {};
    }
}

QVariant OutcomeGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    const Project &p = document_->project();
    if (orientation == Qt::Horizontal)
        return periodLabel(p.timeline, section);
    if (section < static_cast<int>(p.metrics.size()))
        return QString::fromStdString(p.metrics[static_cast<std::size_t>(section)].name);
    return {};
}

Qt::ItemFlags OutcomeGridModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !document_->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool OutcomeGridModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rows_ ||
        index.column() >= columns_)
        return false;
    const QString text = value.toString().trimmed();
    std::optional<double> number;
    if (!text.isEmpty()) {
        number = parseNumber(text);
        if (!number || *number < 0)
            return false;
    } else if (series_ == Series::Plan) {
        number = 0.0;
    }
    Project p = document_->project();
    Metric &m = p.metrics[static_cast<std::size_t>(index.row())];
    const auto t = static_cast<std::size_t>(index.column());
    if (series_ == Series::Plan)
        m.plan[t] = *number;
    else
        m.actual[t] = number;
    const QString label = periodLabel(p.timeline, index.column());
    const QString what =
        series_ == Series::Plan
            ? tr("Edit plan of %1, %2").arg(QString::fromStdString(m.name), label)
            : tr("Edit actual of %1, %2").arg(QString::fromStdString(m.name), label);
    const QString key = QStringLiteral("grid/%1/%2/%3")
                            .arg(series_ == Series::Plan ? 0 : 1)
                            .arg(m.id)
                            .arg(index.column());
    document_->apply(std::move(p), what, key,
                     EditLocation{QStringLiteral("outcomes"), index.row(), index.column(), {}});
    return true;
}

} // namespace effekt::views
