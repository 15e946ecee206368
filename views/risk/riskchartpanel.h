// A chart of the Risk page that Results' ResultsChartView does not draw (the tornado's horizontal
// bars, the fan chart's bands), with the same table view, copy and export as ResultsChartPanel:
// the numbers are a ChartData (its table is ResultsChartTableModel), the picture is drawn from
// them by a builder.
#pragma once

#include "resultschartpanel.h"

#include <QChartView>
#include <QWidget>

#include <functional>

class QStackedWidget;
class QTableView;
class QToolButton;
class QHBoxLayout;

namespace effekt::views {

class RiskChartPanel : public QWidget {
    Q_OBJECT
public:
    // Fills the chart (emptied first) from the data.
    using Builder = std::function<void(QChart *, const ChartData &)>;

    RiskChartPanel(const QString &objectName, Builder builder, QWidget *parent = nullptr);

    void setData(ChartData data);
    const ChartData &data() const { return data_; }
    QChartView *chartView();
    QTableView *tableView() const { return table_; }
    ResultsChartTableModel *tableModel() const { return model_; }
    void setTableShown(bool table);
    bool isTableShown() const;
    QHBoxLayout *toolRow() const { return tools_; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void flush();
    Builder builder_;
    ChartData data_;
    bool dirty_ = false;
    QChartView *view_;
    QTableView *table_;
    ResultsChartTableModel *model_;
    QStackedWidget *stack_;
    QToolButton *toggle_;
    QHBoxLayout *tools_;
};

// Empties a chart: its series and axes.
void clearChart(QChart *chart);

// The tornado: one horizontal pair of bars (down, up) per input, the largest swing on top.
void buildTornadoChart(QChart *chart, const ChartData &data);
// The fan chart: P5–P95 and P25–P75 as bands, the median as a line, over the periods.
void buildFanChart(QChart *chart, const ChartData &data);

} // namespace effekt::views
