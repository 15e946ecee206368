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

// A cohort's own row of a metric of people: the cohort's planned size.
std::optional<int> cohortLimit(const Project &p, const Metric &m, int cohortId, QString *whose) {
    if (m.unit != MetricUnit::People)
        return std::nullopt;
    for (const Cohort &c : p.targetGroup.cohorts)
        if (c.id == cohortId && c.plannedSize > 0) {
            *whose = QString::fromStdString(c.name);
            return c.plannedSize;
        }
    return std::nullopt;
}

const CohortOutcome *cohortOf(const Project &p, const OutcomeGridModel::RowRef &r) {
    if (r.cohort < 0 || r.metric < 0 || r.metric >= static_cast<int>(p.metrics.size()))
        return nullptr;
    const Metric &m = p.metrics[static_cast<std::size_t>(r.metric)];
    return r.cohort < static_cast<int>(m.cohortOutcomes.size())
               ? &m.cohortOutcomes[static_cast<std::size_t>(r.cohort)]
               : nullptr;
}

QString cohortName(const Project &p, int cohortId) {
    for (const Cohort &c : p.targetGroup.cohorts)
        if (c.id == cohortId)
            return QString::fromStdString(c.name);
    return OutcomeGridModel::tr("cohort %1").arg(cohortId);
}
} // namespace

OutcomeGridModel::OutcomeGridModel(Document *document, Series series, QObject *parent)
    : QAbstractTableModel(parent)
    , document_(document)
    , series_(series) {
    rowRefs_ = buildRows();
    rows_ = static_cast<int>(rowRefs_.size());
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

std::vector<OutcomeGridModel::RowRef> OutcomeGridModel::buildRows() const {
    std::vector<RowRef> out;
    const Project &p = document_->project();
    for (std::size_t i = 0; i < p.metrics.size(); ++i) {
        out.push_back(RowRef{static_cast<int>(i), -1});
        for (std::size_t k = 0; k < p.metrics[i].cohortOutcomes.size(); ++k)
            out.push_back(RowRef{static_cast<int>(i), static_cast<int>(k)});
    }
    return out;
}

OutcomeGridModel::RowRef OutcomeGridModel::rowRef(int row) const {
    if (row < 0 || row >= static_cast<int>(rowRefs_.size()))
        return RowRef{-1, -1};
    return rowRefs_[static_cast<std::size_t>(row)];
}

int OutcomeGridModel::rowOfMetric(int metricIndex) const {
    for (std::size_t r = 0; r < rowRefs_.size(); ++r)
        if (rowRefs_[r].metric == metricIndex && rowRefs_[r].cohort < 0)
            return static_cast<int>(r);
    return -1;
}

bool OutcomeGridModel::isSumRow(int row) const {
    const RowRef r = rowRef(row);
    const Project &p = document_->project();
    return r.metric >= 0 && r.cohort < 0 && r.metric < static_cast<int>(p.metrics.size()) &&
           !p.metrics[static_cast<std::size_t>(r.metric)].cohortOutcomes.empty();
}

QString OutcomeGridModel::rowName(int row) const {
    const Project &p = document_->project();
    const RowRef r = rowRef(row);
    if (r.metric < 0 || r.metric >= static_cast<int>(p.metrics.size()))
        return QString::number(row + 1);
    const QString metric =
        QString::fromStdString(p.metrics[static_cast<std::size_t>(r.metric)].name);
    if (const CohortOutcome *c = cohortOf(p, r))
        //: A row of the outcome grid: %1 the metric, %2 one of its cohorts.
        return tr("%1 · %2").arg(metric, cohortName(p, c->cohortId));
    if (isSumRow(row))
        //: The row of a metric tested cohort by cohort: the sums of its cohorts' rows.
        return tr("%1 (sum of cohorts)").arg(metric);
    return metric;
}

void OutcomeGridModel::reload() {
    std::vector<RowRef> refs = buildRows();
    const int rows = static_cast<int>(refs.size());
    const int columns = document_->project().timeline.periods;
    if (refs != rowRefs_ || columns != columns_) {
        beginResetModel();
        rowRefs_ = std::move(refs);
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
    QHash<int, int> rowOf, indexOf;
    for (std::size_t i = 0; i < p.metrics.size(); ++i) {
        rowOf.insert(p.metrics[i].id, rowOfMetric(static_cast<int>(i)));
        indexOf.insert(p.metrics[i].id, static_cast<int>(i));
    }
    for (const Diagnostic &d : document_->results().diagnostics) {
        if (d.entity != "metric" || d.period < 0 || !rowOf.contains(static_cast<int>(d.id)))
            continue;
        const int row = rowOf.value(static_cast<int>(d.id));
        const Metric &m =
            p.metrics[static_cast<std::size_t>(indexOf.value(static_cast<int>(d.id)))];
        const auto t = static_cast<std::size_t>(d.period);
        if (t >= m.plan.size())
            continue;
        // The field says which series the engine found wrong ("plan", "actual",
        // "counterfactual"); the forecast shows it too when it takes its value from there.
        // Without a field, the engine judged the value it used: the forecast's.
        const bool reported =
            rowValue(RowRef{indexOf.value(static_cast<int>(d.id)), -1}, t, Series::Actual)
                .has_value();
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

std::optional<double> OutcomeGridModel::rowValue(const RowRef &r, std::size_t t, Series s) const {
    const Project &p = document_->project();
    if (r.metric < 0 || r.metric >= static_cast<int>(p.metrics.size()))
        return std::nullopt;
    const Metric &m = p.metrics[static_cast<std::size_t>(r.metric)];
    if (r.cohort >= 0) {
        const CohortOutcome *c = cohortOf(p, r);
        if (!c)
            return std::nullopt;
        switch (s) {
        case Series::Plan: return t < c->plan.size() ? c->plan[t] : 0.0;
        case Series::Actual: return t < c->actual.size() ? c->actual[t] : std::nullopt;
        case Series::Counterfactual:
            return t < c->counterfactual.size() ? c->counterfactual[t] : 0.0;
        case Series::Forecast: {
            const std::optional<double> a = rowValue(r, t, Series::Actual);
            return a ? a : rowValue(r, t, Series::Plan);
        }
        }
        return std::nullopt;
    }
    if (m.cohortOutcomes.empty())
        return seriesValue(m, t, s);
    // The sums of the cohorts, as the engine reads them: an actual is reported when any cohort's
    // is (the others count 0); the forecast is each cohort's actual, else its plan.
    std::optional<double> sum;
    if (s == Series::Plan || s == Series::Counterfactual || s == Series::Forecast)
        sum = 0.0;
    for (int k = 0; k < static_cast<int>(m.cohortOutcomes.size()); ++k)
        if (const std::optional<double> v = rowValue(RowRef{r.metric, k}, t, s))
            sum = sum.value_or(0.0) + *v;
    return sum;
}

bool OutcomeGridModel::fromPlan(const RowRef &r, std::size_t t) const {
    return !rowValue(r, t, Series::Actual);
}

std::optional<double> OutcomeGridModel::value(int row, int column) const {
    if (row < 0 || column < 0 || row >= rows_)
        return std::nullopt;
    return rowValue(rowRef(row), static_cast<std::size_t>(column), series_);
}

QStringList OutcomeGridModel::problems(int row, int column) const {
    QStringList out;
    const Project &p = document_->project();
    if (row < 0 || column < 0 || row >= rows_ || column >= columns_)
        return out;
    const RowRef ref = rowRef(row);
    const Metric &m = p.metrics[static_cast<std::size_t>(ref.metric)];
    const CohortOutcome *cohort = cohortOf(p, ref);
    if (const std::optional<double> v = value(row, column); v && !isSumRow(row)) {
        if (!std::isfinite(*v)) {
            out << tr("This is not a number.");
        } else if (*v < 0) {
            out << (series_ == Series::Counterfactual
                        ? tr("A counterfactual cannot be negative.")
                        : tr("An observed value cannot be negative."));
        } else if (series_ != Series::Counterfactual) {
            QString whose;
            const std::optional<int> limit =
                cohort ? cohortLimit(p, m, cohort->cohortId, &whose) : peopleLimit(p, m, &whose);
            if (limit && *v > *limit)
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
    //: A cell of the outcome grid: %1 is the metric (or its cohort), %2 the period.
    return tr("%1, %2").arg(rowName(row), periodLabel(p.timeline, column));
}

QVariant OutcomeGridModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rows_ || index.column() >= columns_)
        return {};
    const RowRef ref = rowRef(index.row());
    const auto t = static_cast<std::size_t>(index.column());
    const std::optional<double> v = rowValue(ref, t, series_);
    const bool fromPlan = series_ == Series::Forecast && this->fromPlan(ref, t);
    const bool sums = isSumRow(index.row());
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
        if (fromPlan || sums) {
            QFont f;
            f.setItalic(fromPlan);
            f.setBold(sums);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList lines = problems(index.row(), index.column());
        if (sums)
            lines << tr("The sum of the metric's cohorts, which the results use: enter the values "
                        "in the cohorts' rows below.");
        else if (series_ == Series::Actual && !v)
            lines << tr("Not reported yet: the forecast uses the plan (%1).")
                         .arg(formatNumber(rowValue(ref, t, Series::Plan).value_or(0.0)));
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
    if (section < rows_) {
        const RowRef ref = rowRef(section);
        const Metric &m = p.metrics[static_cast<std::size_t>(ref.metric)];
        if (role == Qt::ToolTipRole) {
            if (isSumRow(section))
                return tr("Tested cohort by cohort: the sums of the cohorts' rows below "
                          "(read-only)");
            return m.definition.empty() ? QVariant() : QString::fromStdString(m.definition);
        }
        return rowName(section);
    }
    return {};
}

Qt::ItemFlags OutcomeGridModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditableSeries() && !document_->isReadOnly() && !isSumRow(index.row()))
        f |= Qt::ItemIsEditable;
    return f;
}

EditLocation OutcomeGridModel::location(int row, int column, int rows, int columns) const {
    return EditLocation{QStringLiteral("outcomes"), row, column, gridName(series_), rows, columns};
}

bool OutcomeGridModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rows_ ||
        index.column() >= columns_ || !isEditableSeries() || document_->isReadOnly() ||
        isSumRow(index.row()))
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
    if (!store(p, Cell{index.row(), index.column(), number}))
        return false;
    const RowRef ref = rowRef(index.row());
    const Metric &m = p.metrics[static_cast<std::size_t>(ref.metric)];
    const int cohortId = ref.cohort >= 0 ? m.cohortOutcomes[std::size_t(ref.cohort)].cohortId : -1;
    const QString label = periodLabel(p.timeline, index.column());
    const QString name = rowName(index.row());
    QString what;
    switch (series_) {
    case Series::Plan: what = tr("Edit plan of %1, %2").arg(name, label); break;
    case Series::Actual: what = tr("Edit actual of %1, %2").arg(name, label); break;
    default: what = tr("Edit counterfactual of %1, %2").arg(name, label); break;
    }
    const QString key = QStringLiteral("grid/%1/%2/%3/%4")
                            .arg(static_cast<int>(series_))
                            .arg(m.id)
                            .arg(cohortId)
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
        if (!store(p, c))
            return false;
    }
    return document_->apply(std::move(p), text, {}, where);
}

bool OutcomeGridModel::store(Project &p, const Cell &c) const {
    // The sums of a metric tested cohort by cohort are read-only.
    if (isSumRow(c.row))
        return false;
    const RowRef ref = rowRef(c.row);
    if (ref.metric < 0 || ref.metric >= static_cast<int>(p.metrics.size()))
        return false;
    Metric &m = p.metrics[static_cast<std::size_t>(ref.metric)];
    const auto t = static_cast<std::size_t>(c.column);
    std::vector<double> *plan = &m.plan;
    std::vector<std::optional<double>> *actual = &m.actual;
    std::vector<double> *counterfactual = &m.counterfactual;
    if (ref.cohort >= 0) {
        if (ref.cohort >= static_cast<int>(m.cohortOutcomes.size()))
            return false;
        CohortOutcome &o = m.cohortOutcomes[static_cast<std::size_t>(ref.cohort)];
        plan = &o.plan;
        actual = &o.actual;
        counterfactual = &o.counterfactual;
    }
    switch (series_) {
    case Series::Plan:
        if (t >= plan->size())
            return false;
        (*plan)[t] = c.value.value_or(0.0);
        return true;
    case Series::Actual:
        if (t >= actual->size())
            return false;
        (*actual)[t] = c.value;
        return true;
    case Series::Counterfactual:
        if (t >= counterfactual->size())
            return false;
        (*counterfactual)[t] = c.value.value_or(0.0);
        return true;
    case Series::Forecast: return false;
    }
    return false;
}

bool OutcomeGridModel::fill(int row, int from, int to, double start, double step) {
    if (row < 0 || row >= rows_ || from < 0 || to >= columns_ || from > to)
        return false;
    std::vector<Cell> cells;
    for (int t = from; t <= to; ++t)
        cells.push_back(Cell{row, t, start + step * (t - from)});
    const Project &p = document_->project();
    const QString text = tr("Fill %1 of %2, %3 to %4")
                             .arg(seriesName(series_), rowName(row), periodLabel(p.timeline, from),
                                  periodLabel(p.timeline, to));
    return setCells(cells, text, location(row, from, 1, to - from + 1));
}

bool OutcomeGridModel::clear(const QModelIndexList &indexes) {
    std::vector<Cell> cells;
    int top = rows_, left = columns_, bottom = -1, right = -1;
    for (const QModelIndex &i : indexes) {
        // The sums of a metric tested cohort by cohort are not cleared: they follow its cohorts.
        if (!i.isValid() || i.model() != this || isSumRow(i.row()))
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
