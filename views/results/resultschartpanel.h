// One Results chart with its table one click away, and export (PNG, SVG, clipboard).
#pragma once

#include "resultschart.h"

#include <QAbstractTableModel>
#include <QWidget>

class QStackedWidget;
class QTableView;
class QToolButton;
class QHBoxLayout;

namespace effekt::views {

// The data of a chart as a table: a row per period, a column per series.
class ResultsChartTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setData(const ChartData &data);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Tab-separated, with a header row, numbers in the current locale: for the clipboard.
    QString toText() const;

private:
    ChartData data_;
};

class ResultsChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ResultsChartPanel(const QString &objectName, QWidget *parent = nullptr);

    // Sets the data; the table follows at once, the chart when it is shown (a hidden chart is
    // built when it is next shown, or when chartView() is asked for).
    void setData(ChartData data);
    const ChartData &data() const { return data_; }
    ResultsChartView *chartView();
    QTableView *tableView() const { return table_; }
    ResultsChartTableModel *tableModel() const { return model_; }

    // Shows the table instead of the chart (and back).
    void setTableShown(bool table);
    bool isTableShown() const;
    // Room for extra controls (a metric selector) in the panel's tool row.
    QHBoxLayout *toolRow() const { return tools_; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void flush();
    ChartData data_;
    bool dirty_ = false;
    ResultsChartView *view_;
    QTableView *table_;
    ResultsChartTableModel *model_;
    QStackedWidget *stack_;
    QToolButton *toggle_;
    QHBoxLayout *tools_;
};

} // namespace effekt::views
