#include "resultschartpanel.h"

#include "chartend.h"
#include "chartexport.h"
#include "format.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace effekt::views {

void ResultsChartTableModel::setData(const ChartData &data) {
    beginResetModel();
    data_ = data;
    endResetModel();
}

int ResultsChartTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(data_.categories.size());
}

int ResultsChartTableModel::columnCount(const QModelIndex &parent) const {
    // A contract that ended early has one more column: where it ended.
    return parent.isValid() ? 0
                            : static_cast<int>(data_.series.size()) + (data_.endedAfter ? 1 : 0);
}

QVariant ResultsChartTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    if (static_cast<std::size_t>(index.column()) >= data_.series.size()) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        const int end = data_.endedAfter.value_or(-1);
        return index.row() == end ? data_.endedLabel
                                  : (end >= 0 && index.row() > end ? afterEndText() : QString());
    }
    const ChartSeries &s = data_.series.at(static_cast<std::size_t>(index.column()));
    const auto row = static_cast<std::size_t>(index.row());
    const double v = row < s.values.size() ? s.values[row] : std::nan("");
    switch (role) {
    case Qt::DisplayRole:
        return data_.unit == ChartData::Unit::Money && !std::isnan(v)
                   ? formatAmount(money::round(v * money::kMinorPerMajor))
                   : formatChartValue(data_, v);
    case Qt::ToolTipRole: return formatChartValue(data_, v);
    case Qt::UserRole: return v;
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant ResultsChartTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < data_.categories.size() ? data_.categories.at(section) : QVariant();
    if (static_cast<std::size_t>(section) < data_.series.size())
        return data_.series[static_cast<std::size_t>(section)].name;
    return data_.endedAfter && section == static_cast<int>(data_.series.size())
               ? QVariant(contractEndColumnText())
               : QVariant();
}

QString ResultsChartTableModel::toText() const {
    QStringList lines;
    QStringList header{data_.xTitle};
    for (int c = 0; c < columnCount(); ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells{data_.categories.at(r)};
        for (int c = 0; c < columnCount(); ++c)
            cells << data(index(r, c)).toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

ResultsChartPanel::ResultsChartPanel(const QString &objectName, QWidget *parent)
    : QWidget(parent) {
    setObjectName(objectName);
    view_ = new ResultsChartView;
    view_->setObjectName(objectName + QStringLiteral("Chart"));
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

    toggle_ = new QToolButton;
    toggle_->setObjectName(objectName + QStringLiteral("ShowTable"));
    toggle_->setText(tr("Show &table"));
    toggle_->setToolTip(tr("Show the numbers behind the chart as a table"));
    toggle_->setCheckable(true);
    connect(toggle_, &QToolButton::toggled, this, &ResultsChartPanel::setTableShown);
    auto *exportButton = new QToolButton;
    exportButton->setObjectName(objectName + QStringLiteral("Export"));
    exportButton->setText(tr("&Export…"));
    exportButton->setToolTip(
        tr("Save the chart as a PNG or SVG file of a chosen size, or copy it"));
    connect(exportButton, &QToolButton::clicked, this,
            [this] { exportChartInteractively(data(), this); });
    auto *copyButton = new QToolButton;
    copyButton->setObjectName(objectName + QStringLiteral("Copy"));
    copyButton->setText(tr("&Copy"));
    copyButton->setToolTip(tr("Copy the chart (or the table, when shown) to the clipboard"));
    connect(copyButton, &QToolButton::clicked, this, [this] {
        if (isTableShown())
            QApplication::clipboard()->setText(model_->toText());
        else
            copyChartToClipboard(data(), view_->size().expandedTo(QSize(800, 500)));
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

void ResultsChartPanel::setData(ChartData data) {
    model_->setData(data);
    data_ = std::move(data);
    dirty_ = true;
    if (isVisible())
        flush();
}

void ResultsChartPanel::flush() {
    if (!dirty_)
        return;
    dirty_ = false;
    view_->setData(data_);
}

ResultsChartView *ResultsChartPanel::chartView() {
    flush();
    return view_;
}

void ResultsChartPanel::showEvent(QShowEvent *event) {
    flush();
    QWidget::showEvent(event);
}

void ResultsChartPanel::setTableShown(bool table) {
    stack_->setCurrentIndex(table ? 1 : 0);
    if (toggle_->isChecked() != table)
        toggle_->setChecked(table);
    toggle_->setText(table ? tr("Show &chart") : tr("Show &table"));
}

bool ResultsChartPanel::isTableShown() const {
    return stack_->currentIndex() == 1;
}

} // namespace effekt::views
