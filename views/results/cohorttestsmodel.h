// The cohort tests of the metrics tested cohort by cohort (Results::cohortTests, ::settlements;
// docs/engine.md "Cohort tests and the final settlement") as a read-only table: per metric, a row
// per cohort and period (observed value, comparison group, improvement units, relative improvement
// x, threshold, passed, units counted for payment), then the final settlement's row (pooled
// improvement, pooled x, threshold, passed, units added). Copied as tab-separated text.
#pragma once

#include "document.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QStringList>

#include <vector>

namespace effekt::views {

struct CohortTestRow {
    QString metric;
    QString cohort; // the cohort's name, or "Final settlement (all cohorts)"
    QString period;
    std::optional<double> observed, counterfactual; // none on the settlement's row
    double units = 0;                               // u_c(t), or the pooled units
    std::optional<double> relative;                 // x, none when the comparison is 0
    double threshold = 0;
    bool passed = false;
    double counted = 0;           // units paid for (cohort) or added (settlement), before caps
    std::optional<double> before; // settlement: units the cohort tests counted before it
    bool settlement = false;
};

std::vector<CohortTestRow> cohortTestRows(const Project &project, const Results &results);

class CohortTestsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        MetricColumn,
        CohortColumn,
        PeriodColumn,
        ObservedColumn,
        ComparisonColumn,
        UnitsColumn,
        RelativeColumn,
        ThresholdColumn,
        PassedColumn,
        CountedColumn,
        ColumnCount
    };
    explicit CohortTestsModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const std::vector<CohortTestRow> &rows() const { return rows_; }
    // Tab-separated, with a header row, numbers as the locale writes them: for the clipboard.
    QString toText() const;
    void reload();

private:
    Document *document_;
    std::vector<CohortTestRow> rows_;
};

} // namespace effekt::views
