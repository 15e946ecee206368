#include "metricsmodel.h"

#include "format.h"

namespace effekt::views {

MetricsModel::MetricsModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , document_(document) {
    rows_ = static_cast<int>(document_->project().metrics.size());
    connect(document_, &Document::projectChanged, this, &MetricsModel::reload);
}

void MetricsModel::reload() {
    const int rows = static_cast<int>(document_->project().metrics.size());
    if (rows != rows_) {
        beginResetModel();
        rows_ = rows;
        endResetModel();
    } else if (rows_ > 0) {
        emit dataChanged(index(0, 0), index(rows_ - 1, ColumnCount - 1));
    }
}

int MetricsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : rows_;
}

int MetricsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rows_)
        return {};
    const Metric &m = document_->project().metrics[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name: return QString::fromStdString(m.name);
        case Price:
            return role == Qt::DisplayRole ? formatMoney(m.rule.price) : formatAmount(m.rule.price);
        case Lag: return m.rule.lag;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name: return tr("The outcome that is measured and paid for");
        case Price: return tr("Paid for each unit of improvement over the counterfactual");
        case Lag: return tr("Periods between achieving an outcome and paying for it");
        default: return {};
        }
    }
    return {};
}

QVariant MetricsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Name: return tr("Outcome metric");
    case Price: return tr("Price per unit");
    case Lag: return tr("Payment lag (periods)");
    default: return {};
    }
}

Qt::ItemFlags MetricsModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !document_->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool MetricsModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rows_)
        return false;
    Project p = document_->project();
    Metric &m = p.metrics[static_cast<std::size_t>(index.row())];
    QString text;
    switch (index.column()) {
    case Name: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        m.name = name.toStdString();
        text = tr("Rename metric");
        break;
    }
    case Price: {
        const std::optional<Money> price = parseMoney(value.toString());
        if (!price || *price < 0)
            return false;
        m.rule.price = *price;
        text = tr("Change price of %1").arg(QString::fromStdString(m.name));
        break;
    }
    case Lag: {
        bool ok = false;
        const int lag = value.toInt(&ok);
        if (!ok || lag < 0 || lag > Timeline::kMaxPeriods)
            return false;
        m.rule.lag = lag;
        text = tr("Change payment lag of %1").arg(QString::fromStdString(m.name));
        break;
    }
    default: return false;
    }
    const QString key = QStringLiteral("metric/%1/%2").arg(m.id).arg(index.column());
    document_->apply(std::move(p), text, key,
                     EditLocation{QStringLiteral("metrics"), index.row(), index.column(), {}});
    return true;
}

void MetricsModel::addMetric() {
    Project p = document_->project();
    Metric m;
    m.id = p.nextMetricId();
    m.name = tr("Metric %1").arg(m.id).toStdString();
    p.metrics.push_back(std::move(m));
    const int row = static_cast<int>(p.metrics.size()) - 1;
    document_->apply(std::move(p), tr("Add metric"), {},
                     EditLocation{QStringLiteral("metrics"), row, 0, {}});
}

void MetricsModel::removeMetric(int row) {
    Project p = document_->project();
    if (row < 0 || row >= static_cast<int>(p.metrics.size()))
        return;
    const QString name = QString::fromStdString(p.metrics[static_cast<std::size_t>(row)].name);
    p.metrics.erase(p.metrics.begin() + row);
    document_->apply(std::move(p), tr("Remove metric %1").arg(name), {},
                     EditLocation{QStringLiteral("metrics"), row, 0, {}});
}

} // namespace effekt::views
