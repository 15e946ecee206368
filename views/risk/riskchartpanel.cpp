#include "riskchartpanel.h"

#include "chartaxis.h"
#include "chartend.h"
#include "chartexport.h"
#include "chartview.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace effekt::views {

RiskChartPanel::RiskChartPanel(const QString &objectName, Builder builder, QWidget *parent)
    : QWidget(parent)
    , builder_(std::move(builder)) {
    setObjectName(objectName);
    view_ = new QChartView(newPlainChart());
    view_->setObjectName(objectName + QStringLiteral("Chart"));
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setMinimumHeight(240);
    model_ = new ResultsChartTableModel(this);
    table_ = new QTableView;
    table_->setObjectName(objectName + QStringLiteral("Table"));
    table_->setModel(model_);
    table_->setAlternatingRowColors(true);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    stack_ = new QStackedWidget;
    stack_->addWidget(view_);
    stack_->addWidget(table_);

    // The same buttons, texts and names as ResultsChartPanel's.
    toggle_ = new QToolButton;
    toggle_->setObjectName(objectName + QStringLiteral("ShowTable"));
    toggle_->setText(ResultsChartPanel::tr("Show &table"));
    toggle_->setToolTip(ResultsChartPanel::tr("Show the numbers behind the chart as a table"));
    toggle_->setCheckable(true);
    connect(toggle_, &QToolButton::toggled, this, &RiskChartPanel::setTableShown);
    auto *exportButton = new QToolButton;
    exportButton->setObjectName(objectName + QStringLiteral("Export"));
    exportButton->setText(ResultsChartPanel::tr("&Export…"));
    exportButton->setToolTip(
        ResultsChartPanel::tr("Save the chart as a PNG or SVG file of a chosen size, or copy it"));
    connect(exportButton, &QToolButton::clicked, this,
            [this] { exportChartViewInteractively(chartView(), data_.id, data_.contract, this); });
    auto *copyButton = new QToolButton;
    copyButton->setObjectName(objectName + QStringLiteral("Copy"));
    copyButton->setText(ResultsChartPanel::tr("&Copy"));
    copyButton->setToolTip(
        ResultsChartPanel::tr("Copy the chart (or the table, when shown) to the clipboard"));
    connect(copyButton, &QToolButton::clicked, this, [this] {
        if (isTableShown())
            QApplication::clipboard()->setText(model_->toText());
        else
            QApplication::clipboard()->setImage(renderChartView(
                chartView(), view_->size().expandedTo(QSize(800, 500)), data_.contract));
    });
    tools_ = new QHBoxLayout;
    tools_->addStretch();
    tools_->addWidget(toggle_);
    tools_->addWidget(copyButton);
    tools_->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools_);
    layout->addWidget(stack_, 1);
}

void RiskChartPanel::setData(ChartData data) {
    model_->setData(data);
    data_ = std::move(data);
    dirty_ = true;
    if (isVisible())
        flush();
}

void RiskChartPanel::flush() {
    if (!dirty_)
        return;
    dirty_ = false;
    view_->chart()->setTitle(data_.title);
    builder_(view_->chart(), data_);
}

QChartView *RiskChartPanel::chartView() {
    flush();
    return view_;
}

void RiskChartPanel::showEvent(QShowEvent *event) {
    flush();
    QWidget::showEvent(event);
}

void RiskChartPanel::setTableShown(bool table) {
    stack_->setCurrentIndex(table ? 1 : 0);
    if (toggle_->isChecked() != table)
        toggle_->setChecked(table);
    toggle_->setText(table ? ResultsChartPanel::tr("Show &chart")
                           : ResultsChartPanel::tr("Show &table"));
}

bool RiskChartPanel::isTableShown() const {
    return stack_->currentIndex() == 1;
}

void clearChart(QChart *chart) {
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
}

namespace {

double valueAt(const ChartSeries &s, int i) {
    return i >= 0 && static_cast<std::size_t>(i) < s.values.size()
               ? s.values[static_cast<std::size_t>(i)]
               : std::nan("");
}

// A y axis over [lo, hi] with a little room, never empty.
QValueAxis *valueAxis(const ChartData &data, double lo, double hi) {
    auto *y = new QValueAxis;
    if (!(hi > lo)) {
        lo -= 1;
        hi += 1;
    }
    const double pad = (hi - lo) * 0.05;
    y->setRange(lo - pad, hi + pad);
    y->applyNiceNumbers();
    y->setTitleText(data.yTitle);
    y->setLabelFormat(data.unit == ChartData::Unit::Money ? QStringLiteral("%.0f")
                                                          : QStringLiteral("%.1f"));
    if (data.unit == ChartData::Unit::Money)
        fitWholeNumberTicks(y);
    return y;
}

} // namespace

void buildTornadoChart(QChart *chart, const ChartData &data) {
    clearChart(chart);
    const int n = static_cast<int>(data.categories.size());
    auto *series = new QHorizontalBarSeries;
    double lo = 0, hi = 0;
    const QColor colours[] = {QColor(0xc0, 0x39, 0x2b), QColor(0x27, 0x80, 0x4f)};
    int colour = 0;
    for (const ChartSeries &s : data.series) {
        auto *set = new QBarSet(s.name);
        set->setColor(colours[colour++ % 2]);
        set->setBorderColor(set->color().darker(120));
        // Qt draws the first category at the bottom: the largest swing (first) goes on top.
        for (int i = n - 1; i >= 0; --i) {
            const double v = valueAt(s, i);
            *set << (std::isnan(v) ? 0.0 : v);
            if (!std::isnan(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
        series->append(set);
    }
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    QStringList reversed;
    for (int i = n - 1; i >= 0; --i)
        reversed << data.categories.at(i);
    y->append(reversed);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = valueAxis(data, lo, hi);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
}

void buildFanChart(QChart *chart, const ChartData &data) {
    clearChart(chart);
    const int n = static_cast<int>(data.categories.size());
    if (data.series.size() < 5)
        return;
    double lo = 0, hi = 0;
    auto line = [&](const ChartSeries &s) {
        auto *l = new QLineSeries;
        for (int t = 0; t < n; ++t) {
            const double v = valueAt(s, t);
            if (std::isnan(v))
                continue;
            l->append(t, v);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        return l;
    };
    auto band = [&](const ChartSeries &lower, const ChartSeries &upper, const QString &name,
                    QColor colour) {
        QLineSeries *top = line(upper);
        QLineSeries *bottom = line(lower);
        auto *a = new QAreaSeries(top, bottom);
        top->setParent(a); // the area does not own its lines
        bottom->setParent(a);
        a->setName(name);
        a->setColor(colour);
        a->setBorderColor(colour);
        return a;
    };
    // Series: P5, P25, median, P75, P95.
    QAreaSeries *outer = band(data.series[0], data.series[4],
                              data.series[0].name + QStringLiteral("–") + data.series[4].name,
                              QColor(0x1f, 0x77, 0xb4, 60));
    QAreaSeries *inner = band(data.series[1], data.series[3],
                              data.series[1].name + QStringLiteral("–") + data.series[3].name,
                              QColor(0x1f, 0x77, 0xb4, 120));
    QLineSeries *median = line(data.series[2]);
    median->setName(data.series[2].name);
    QPen pen(QColor(0x0b, 0x3c, 0x5d));
    pen.setWidthF(2.0);
    median->setPen(pen);
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(-0.5);
    // At most six labels: period labels («1. kv. 2027») are long, and the chart is often narrow.
    for (int t : labelledPeriods(n, data.periodsPerYear, 6))
        x->append(data.categories.at(t), t);
    x->setRange(-0.5, std::max(n, 1) - 0.5);
    x->setTitleText(data.xTitle);
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = valueAxis(data, lo, hi);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{outer, inner, median}) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (data.endedAfter)
        addContractEndMarker(chart, x, y, *data.endedAfter, n, data.endedLabel);
}

} // namespace effekt::views
