// The outcome data grid: metrics × periods, for one series of values. Plan, actual and
// counterfactual are edited here; the forecast (actual where reported, else plan: DOMAIN.md §8) is
// shown read-only, its cells taken from the plan marked as such.
//
// Cells that are invalid (negative, not a number, more people than the metric's cohort holds) are
// marked with a warning icon and colour and say why in their tooltip; so are the cells the engine's
// diagnostics point at (entity "metric", its id and the period), on the forecast grid and on the
// series the forecast took the value from.
//
// A metric tested cohort by cohort (Metric::cohortOutcomes) has a row per cohort under its own
// row: the plan, actual and counterfactual are entered per cohort, and the metric's own row shows
// their sums (what the engine uses), read-only and in bold.
//
// Every edit goes through Document::apply: one cell, a pasted block, a filled row or a cleared
// selection is one undo step, whose EditLocation names the page "outcomes", the block, and the
// grid's object name (gridName()) so that undo and redo show it again.
#pragma once

#include "document.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>
#include <vector>

namespace effekt::views {

class OutcomeGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Series { Plan, Actual, Counterfactual, Forecast };
    enum Role {
        ProblemsRole = Qt::UserRole + 1, // QStringList: why the cell is invalid (empty: valid)
        FromPlanRole,                    // bool, forecast grid: the value is the plan's
        ValueRole,                       // double, or invalid QVariant when empty
    };

    OutcomeGridModel(Document *document, Series series, QObject *parent = nullptr);

    Series series() const { return series_; }
    bool isEditableSeries() const { return series_ != Series::Forecast; }
    // "planGrid", "actualGrid", "counterfactualGrid", "forecastGrid": the grids' object names,
    // used as EditLocation::field.
    static QString gridName(Series series);
    // "plan", "actual", … translated, for undo texts and messages.
    static QString seriesName(Series series);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The grid's rows: a metric's own row, then (tested cohort by cohort) one row per cohort.
    struct RowRef {
        int metric = 0;  // index in project.metrics
        int cohort = -1; // index in the metric's cohortOutcomes; -1: the metric's own row
        bool operator==(const RowRef &) const = default;
    };
    RowRef rowRef(int row) const;
    // The row of metric `metricIndex`'s own row (-1 when there is none).
    int rowOfMetric(int metricIndex) const;
    // A tested-by-cohort metric's own row: the sums of its cohorts, read-only.
    bool isSumRow(int row) const;
    // "In work for 13 weeks", "Reconvictions · Cohort A", "Reconvictions (sum of cohorts)".
    QString rowName(int row) const;

    // The cell's value; nullopt for an actual not reported.
    std::optional<double> value(int row, int column) const;
    // Why the cell is invalid, translated; empty when it is fine.
    QStringList problems(int row, int column) const;
    // "In work for 13 weeks, Q2 2027": how messages name a cell.
    QString cellName(int row, int column) const;

    struct Cell {
        int row = 0;
        int column = 0;
        std::optional<double> value; // nullopt: not reported (actual) or 0 (plan, counterfactual)
    };
    // Sets cells as one undo step named `text`; `where` spans them. Refuses (returns false, changes
    // nothing) for the forecast, a read-only document, a cell outside the grid, or a value that is
    // negative or not finite. Returns whether it was applied (false also when nothing changed).
    bool setCells(const std::vector<Cell> &cells, const QString &text, const EditLocation &where);
    // Fills columns from..to of a row with start, start + step, start + 2·step, … as one step.
    bool fill(int row, int from, int to, double start, double step);
    // Empties the given cells (actual: not reported; plan and counterfactual: 0) as one step.
    bool clear(const QModelIndexList &indexes);

private:
    void reload();
    void indexDiagnostics();
    std::optional<double> seriesValue(const Metric &m, std::size_t t, Series s) const;
    std::optional<double> rowValue(const RowRef &r, std::size_t t, Series s) const;
    // Whether the forecast of the row takes the plan in period t (no actual reported).
    bool fromPlan(const RowRef &r, std::size_t t) const;
    std::vector<RowRef> buildRows() const;
    // Stores one cell's value into `p`; false for a sum row or a cell outside its series.
    bool store(Project &p, const Cell &c) const;
    EditLocation location(int row, int column, int rows = 1, int columns = 1) const;

    Document *document_;
    Series series_;
    int rows_ = 0;
    int columns_ = 0;
    std::vector<RowRef> rowRefs_;
    // (row << 32 | column) → (DiagCode, translated text) of the engine's diagnostics
    QHash<quint64, QList<QPair<int, QString>>> engineProblems_;
};

} // namespace effekt::views
