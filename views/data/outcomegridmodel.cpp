#include "outcomegridmodel.h"

#include "cellproblems.h"
#include "diagnostictext.h"
#include "format.h"
#include "gridclipboard.h"
#include "valuelimits.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include <cmath>

namespace effekt::views {

namespace {
quint64 cellKey(int row, int column) {
    return (static_cast<quint64>(static_cast<quint32>(row)) << 32) | static_cast<quint32>(column);
}

// How many people a metric of people may count: its cohort's planned size when it has a cohort,
// else the target group's (as the engine's validation reads it); nullopt when unknown.
std::optional<int> peopleLimit(const Project &p, const Metric &m, QString *whose) {
    if (m.unit != MetricUnit::People)
        return std::nullopt;
    int size = p.targetGroup.plannedSize;
    *whose = QString::fromStdString(p.targetGroup.name);
    if (m.cohortId)
        for (const Cohort &c : p.targetGroup.cohorts)
            if (c.id == *m.cohortId) {
                size = c.plannedSize;
                *whose = QString::fromStdString(c.name);
            }
    return size > 0 ? std::optional<int>(size) : std::nullopt;
}
} // namespace

OutcomeGridModel::OutcomeGridModel(Document *document, Series series, QObject *parent)
    : QAbstractTableModel(parent)
    , document_(document)
    , series_(series) {
    rows_ = static_cast<int>(document_->project().metrics.size());
    columns_ = document_->project().timeline.periods;
    indexDiagnostics();
    connect(document_, &Document::projectChanged, this, &OutcomeGridModel::reload);
    connect(document_, &Document::resultsChanged, this, [this] {
        indexDiagnostics();
        if (rows_ > 0 && columns_ > 0)
            emit dataChanged(index(0, 0), index(rows_ - 1, columns_ - 1));
    });
}

QString OutcomeGridModel::gridName(Series series) {
    switch (series) {
    case Series::Plan: return QStringLiteral("planGrid");
    case Series::Actual: return QStringLiteral("actualGrid");
    case Series::Counterfactual: return QStringLiteral("counterfactualGrid");
    case Series::Forecast: return QStringLiteral("forecastGrid");
    }
    return {};
}

QString OutcomeGridModel::seriesName(Series series) {
    switch (series) {
    case Series::Plan: return tr("plan");
    case Series::Actual: return tr("actual");
    case Series::Counterfactual: return tr("counterfactual");
    case Series::Forecast: return tr("forecast");
    }
    return {};
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

void OutcomeGridModel::indexDiagnostics() {
    engineProblems_.clear();
    const Project &p = document_->project();
    QHash<int, int> rowOf;
    for (std::size_t i = 0; i < p.metrics.size(); ++i)
        rowOf.insert(p.metrics[i].id, static_cast<int>(i));
    for (const Diagnostic &d : document_->results().diagnostics) {
        if (d.entity != "metric" || d.period < 0 || !rowOf.contains(static_cast<int>(d.id)))
            continue;
        const int row = rowOf.value(static_cast<int>(d.id));
        const Metric &m = p.metrics[static_cast<std::size_t>(row)];
        const auto t = static_cast<std::size_t>(d.period);
        if (t >= m.plan.size())
            continue;
        // The field says which series the engine found wrong ("plan", "actual",
        // "counterfactual"); the forecast shows it too when it takes its value from there.
        // Without a field, the engine judged the value it used: the forecast's.
        const bool reported = t < m.actual.size() && m.actual[t].has_value();
        const Series source = reported ? Series::Actual : Series::Plan;
        bool concerns = false;
        if (d.field == "plan")
            concerns = series_ == Series::Plan || (series_ == Series::Forecast && !reported);
        else if (d.field == "actual")
            concerns = series_ == Series::Actual || (series_ == Series::Forecast && reported);
        else if (d.field == "counterfactual")
            concerns = series_ == Series::Counterfactual;
        else
            concerns = series_ == Series::Forecast || series_ == source;
        if (concerns)
            engineProblems_[cellKey(row, d.period)].append(
                {static_cast<int>(d.code), diagnosticText(d, &p)});
    }
}

int OutcomeGridModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : rows_;
}

int OutcomeGridModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : columns_;
}

std::optional<double> OutcomeGridModel::seriesValue(const Metric &m, std::size_t t,
                                                    Series s) const {
    switch (s) {
    case Series::Plan: return t < m.plan.size() ? m.plan[t] : 0.0;
    case Series::Actual: return t < m.actual.size() ? m.actual[t] : std::nullopt;
    case Series::Counterfactual: return t < m.counterfactual.size() ? m.counterfactual[t] : 0.0;
    case Series::Forecast: {
        const std::optional<double> a = seriesValue(m, t, Series::Actual);
        return a ? a : seriesValue(m, t, Series::Plan);
    }
    }
    return std::nullopt;
}

std::optional<double> OutcomeGridModel::value(int row, int column) const {
    const Project &p = document_->project();
    if (row < 0 || column < 0 || row >= static_cast<int>(p.metrics.size()))
        return std::nullopt;
    return seriesValue(p.metrics[static_cast<std::size_t>(row)], static_cast<std::size_t>(column),
                       series_);
}

QStringList OutcomeGridModel::problems(int row, int column) const {
    QStringList out;
    const Project &p = document_->project();
    if (row < 0 || column < 0 || row >= rows_ || column >= columns_)
        return out;
    const Metric &m = p.metrics[static_cast<std::size_t>(row)];
    if (const std::optional<double> v = value(row, column)) {
        if (!std::isfinite(*v)) {
            out << tr("This is not a number.");
        } else if (*v < 0) {
            out << (series_ == Series::Counterfactual
                        ? tr("A counterfactual cannot be negative.")
                        : tr("An observed value cannot be negative."));
        } else if (series_ != Series::Counterfactual) {
            QString whose;
            if (const std::optional<int> limit = peopleLimit(p, m, &whose); limit && *v > *limit)
                out << tr("%1 people is more than the cohort “%2” holds (%3).")
                           .arg(formatNumber(*v), whose, QLocale().toString(*limit));
        }
    }
    const auto engine = engineProblems_.constFind(cellKey(row, column));
    if (engine != engineProblems_.constEnd()) {
        const bool ownFound = !out.isEmpty();
        for (const auto &[code, text] : *engine) {
            // The engine's word on a problem already named above adds nothing.
            const bool same = code == static_cast<int>(DiagCode::NegativeObservedValue) ||
                              code == static_cast<int>(DiagCode::CountAboveCohort);
            if (!(ownFound && same))
                out << text;
        }
    }
    return out;
}

QString OutcomeGridModel::cellName(int row, int column) const {
    const Project &p = document_->project();
    const QString metric =
        row >= 0 && row < static_cast<int>(p.metrics.size())
            ? QString::fromStdString(p.metrics[static_cast<std::size_t>(row)].name)
            : QString::number(row + 1);
    //: A cell of the outcome grid: %1 is the metric, %2 the period.
    return tr("%1, %2").arg(metric, periodLabel(p.timeline, column));
}

QVariant OutcomeGridModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rows_ || index.column() >= columns_)
        return {};
    const Project &p = document_->project();
    const Metric &m = p.metrics[static_cast<std::size_t>(index.row())];
    const auto t = static_cast<std::size_t>(index.column());
    const std::optional<double> v = seriesValue(m, t, series_);
    const bool fromPlan = series_ == Series::Forecast && !seriesValue(m, t, Series::Actual);
    switch (role) {
    case Qt::DisplayRole: return v ? QVariant(formatNumber(*v, QLocale(), 6)) : QVariant(QString());
    case Qt::EditRole: return v ? QVariant(grid::formatCellNumber(*v)) : QVariant(QString());
    case ValueRole: return v ? QVariant(*v) : QVariant();
    case FromPlanRole: return fromPlan;
    case ProblemsRole: return problems(index.row(), index.column());
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
    case Qt::BackgroundRole: return problemCellLook(problems(index.row(), index.column()), role);
    case Qt::ForegroundRole:
        if (fromPlan)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (fromPlan) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList lines = problems(index.row(), index.column());
        if (series_ == Series::Actual && !v)
            lines << tr("Not reported yet: the forecast uses the plan (%1).")
                         .arg(formatNumber(m.plan[t]));
        else if (fromPlan)
            lines << tr("From the plan: no actual value is reported for this period yet.");
        else if (series_ == Series::Forecast)
            lines << tr("Reported actual value.");
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    default: return {};
    }
}

QVariant OutcomeGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Project &p = document_->project();
    if (orientation == Qt::Horizontal) {
        if (role == Qt::ToolTipRole)
            return tr("%1 to %2")
                .arg(formatDate(p.timeline.periodStart(section)),
                     formatDate(p.timeline.periodEnd(section)));
        return periodLabel(p.timeline, section);
    }
    if (section < static_cast<int>(p.metrics.size())) {
        const Metric &m = p.metrics[static_cast<std::size_t>(section)];
        if (role == Qt::ToolTipRole)
            return m.definition.empty() ? QVariant() : QString::fromStdString(m.definition);
        return QString::fromStdString(m.name);
    }
    return {};
}

Qt::ItemFlags OutcomeGridModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditableSeries() && !document_->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

EditLocation OutcomeGridModel::location(int row, int column, int rows, int columns) const {
    return EditLocation{QStringLiteral("outcomes"), row, column, gridName(series_), rows, columns};
}

bool OutcomeGridModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rows_ ||
        index.column() >= columns_ || !isEditableSeries() || document_->isReadOnly())
        return false;
    const QString text = value.toString().trimmed();
    std::optional<double> number;
    if (!text.isEmpty()) {
        number = grid::parseCellNumber(text);
        // The limits of valuelimits.h, as the project file has them.
        if (!number || *number < 0 || !std::isfinite(*number) || *number > limits::kMaxQuantity)
            return false;
    }
    Project p = document_->project();
    Metric &m = p.metrics[static_cast<std::size_t>(index.row())];
    const auto t = static_cast<std::size_t>(index.column());
    switch (series_) {
    case Series::Plan: m.plan[t] = number.value_or(0.0); break;
    case Series::Actual: m.actual[t] = number; break;
    case Series::Counterfactual: m.counterfactual[t] = number.value_or(0.0); break;
    case Series::Forecast: return false;
    }
    const QString label = periodLabel(p.timeline, index.column());
    const QString name = QString::fromStdString(m.name);
    QString what;
    switch (series_) {
    case Series::Plan: what = tr("Edit plan of %1, %2").arg(name, label); break;
    case Series::Actual: what = tr("Edit actual of %1, %2").arg(name, label); break;
    default: what = tr("Edit counterfactual of %1, %2").arg(name, label); break;
    }
    const QString key = QStringLiteral("grid/%1/%2/%3")
                            .arg(static_cast<int>(series_))
                            .arg(m.id)
                            .arg(index.column());
    document_->apply(std::move(p), what, key, location(index.row(), index.column()));
    return true;
}

bool OutcomeGridModel::setCells(const std::vector<Cell> &cells, const QString &text,
                                const EditLocation &where) {
    if (!isEditableSeries() || document_->isReadOnly() || cells.empty())
        return false;
    Project p = document_->project();
    for (const Cell &c : cells) {
        if (c.row < 0 || c.column < 0 || c.row >= rows_ || c.column >= columns_)
            return false;
        if (c.value &&
            (!std::isfinite(*c.value) || *c.value < 0 || *c.value > limits::kMaxQuantity))
            return false;
        Metric &m = p.metrics[static_cast<std::size_t>(c.row)];
        const auto t = static_cast<std::size_t>(c.column);
        switch (series_) {
        case Series::Plan: m.plan[t] = c.value.value_or(0.0); break;
        case Series::Actual: m.actual[t] = c.value; break;
        case Series::Counterfactual: m.counterfactual[t] = c.value.value_or(0.0); break;
        case Series::Forecast: return false;
        }
    }
    return document_->apply(std::move(p), text, {}, where);
}

bool OutcomeGridModel::fill(int row, int from, int to, double start, double step) {
    if (row < 0 || row >= rows_ || from < 0 || to >= columns_ || from > to)
        return false;
    std::vector<Cell> cells;
    for (int t = from; t <= to; ++t)
        cells.push_back(Cell{row, t, start + step * (t - from)});
    const Project &p = document_->project();
    const QString text =
        tr("Fill %1 of %2, %3 to %4")
            .arg(seriesName(series_),
                 QString::fromStdString(p.metrics[static_cast<std::size_t>(row)].name),
                 periodLabel(p.timeline, from), periodLabel(p.timeline, to));
    return setCells(cells, text, location(row, from, 1, to - from + 1));
}

bool OutcomeGridModel::clear(const QModelIndexList &indexes) {
    std::vector<Cell> cells;
    int top = rows_, left = columns_, bottom = -1, right = -1;
    for (const QModelIndex &i : indexes) {
        if (!i.isValid() || i.model() != this)
            continue;
        cells.push_back(Cell{i.row(), i.column(), std::nullopt});
        top = std::min(top, i.row());
        left = std::min(left, i.column());
        bottom = std::max(bottom, i.row());
        right = std::max(right, i.column());
    }
    if (cells.empty())
        return false;
    return setCells(cells,
                    tr("Clear %n cell(s) of the %1", "", static_cast<int>(cells.size()))
                        .arg(seriesName(series_)),
                    location(top, left, bottom - top + 1, right - left + 1));
}

} // namespace effekt::views
