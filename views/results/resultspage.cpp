#include "resultspage.h"

#include "chartexport.h"
#include "cohorttestsmodel.h"
#include "diagnosticspanel.h"
#include "format.h"
#include "kpicards.h"
#include "payoutcurve.h"
#include "resultschartpanel.h"
#include "resultsdata.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace effekt::views {

ResultsPage::ResultsPage(Document *document, QWidget *parent)
    : PageWidget(parent)
    , document_(document) {
    kpis_ = new KpiCards;
    kpis_->setObjectName(QStringLiteral("kpiCards"));

    payments_ = new ResultsChartPanel(QStringLiteral("payments"));
    investors_ = new ResultsChartPanel(QStringLiteral("investors"));
    commissioner_ = new ResultsChartPanel(QStringLiteral("commissioner"));
    planActual_ = new ResultsChartPanel(QStringLiteral("planActual"));
    metric_ = new QComboBox;
    metric_->setObjectName(QStringLiteral("resultsMetric"));
    metric_->setAccessibleName(tr("Metric"));
    metric_->setToolTip(tr("The metric shown by Plan and actual and by Payout curve"));
    metric_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(metric_, &QComboBox::currentIndexChanged, this, &ResultsPage::metricChosen);

    // The statement, with CSV export and copy.
    statement_ = new StatementModel(document_, this);
    statementView_ = new QTableView;
    statementView_->setObjectName(QStringLiteral("statementTable"));
    statementView_->setModel(statement_);
    statementView_->setAccessibleName(tr("Statement"));
    statementView_->setAlternatingRowColors(true);
    statementView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    statementView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *exportCsv = new QPushButton(tr("Export to &CSV…"));
    exportCsv->setObjectName(QStringLiteral("exportStatement"));
    auto *csvMenu = new QMenu(exportCsv);
    auto exportAs = [this](CsvStyle style) { emit statementExportRequested(style); };
    csvMenu->addAction(tr("For Norwegian Excel (semicolons, decimal comma)"), this,
                       [exportAs] { exportAs(CsvStyle::Norwegian); });
    csvMenu->addAction(tr("International (commas, decimal point)"), this,
                       [exportAs] { exportAs(CsvStyle::International); });
    exportCsv->setMenu(csvMenu);
    auto *copy = new QPushButton(tr("C&opy table"));
    copy->setObjectName(QStringLiteral("copyStatement"));
    copy->setToolTip(tr("Copy the statement to the clipboard, to paste into a spreadsheet"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(statementText(statement_->statement())); });
    auto *statementTools = new QHBoxLayout;
    statementTools->addStretch();
    statementTools->addWidget(copy);
    statementTools->addWidget(exportCsv);
    auto *statementPage = new QWidget;
    auto *statementLayout = new QVBoxLayout(statementPage);
    statementLayout->setContentsMargins(0, 0, 0, 0);
    statementLayout->addLayout(statementTools);
    statementLayout->addWidget(statementView_);

    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("resultsTabs"));
    tabs_->addTab(payments_, resultsTabLabel(QStringLiteral("payments")));
    tabs_->addTab(investors_, resultsTabLabel(QStringLiteral("investors")));
    tabs_->addTab(commissioner_, resultsTabLabel(QStringLiteral("commissioner")));
    tabs_->addTab(planActual_, resultsTabLabel(QStringLiteral("planActual")));
    tabs_->addTab(buildPayoutTab(), resultsTabLabel(QStringLiteral("payout")));
    tabs_->addTab(statementPage, resultsTabLabel(QStringLiteral("statement")));
    // The cohort tests (Peterborough): per cohort and period whether it passed, and the final
    // settlement; the tab is shown only when a metric is tested cohort by cohort.
    cohortTests_ = new CohortTestsModel(document_, this);
    cohortTestsView_ = new QTableView;
    cohortTestsView_->setObjectName(QStringLiteral("cohortTestsTable"));
    cohortTestsView_->setModel(cohortTests_);
    cohortTestsView_->setAccessibleName(tr("Cohort tests"));
    cohortTestsView_->setAlternatingRowColors(true);
    cohortTestsView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    cohortTestsView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *copyCohorts = new QPushButton(tr("Copy &table"));
    copyCohorts->setObjectName(QStringLiteral("copyCohortTests"));
    copyCohorts->setToolTip(
        tr("Copy the cohort tests to the clipboard, to paste into a spreadsheet"));
    connect(copyCohorts, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(cohortTests_->toText()); });
    auto *cohortIntro = new QLabel(
        tr("Each cohort's improvement over its comparison group per period, and whether it "
           "reached its threshold (only then are its units paid); the final settlement pools all "
           "cohorts up to its period and pays the units the cohort tests have not. Units are "
           "before the caps."));
    cohortIntro->setWordWrap(true);
    auto *cohortTools = new QHBoxLayout;
    cohortTools->addWidget(cohortIntro, 1);
    cohortTools->addWidget(copyCohorts, 0, Qt::AlignTop);
    auto *cohortPage = new QWidget;
    auto *cohortLayout = new QVBoxLayout(cohortPage);
    cohortLayout->setContentsMargins(0, 0, 0, 0);
    cohortLayout->addLayout(cohortTools);
    cohortLayout->addWidget(cohortTestsView_);
    // Before the statement, which stays the last tab.
    cohortTestsTab_ = tabs_->insertTab(tabs_->count() - 1, cohortPage,
                                       resultsTabLabel(QStringLiteral("cohorts")));
    tabs_->setTabVisible(cohortTestsTab_, false);
    auto *corner = new QWidget;
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 2);
    auto *metricLabel = new QLabel(tr("&Metric:"));
    metricLabel->setBuddy(metric_);
    cornerLayout->addWidget(metricLabel);
    cornerLayout->addWidget(metric_);
    tabs_->setCornerWidget(corner, Qt::TopRightCorner);

    diagnostics_ = new DiagnosticsListPanel(document_);
    diagnostics_->setObjectName(QStringLiteral("diagnosticsPanel"));
    // The KPI notice's link: the first error (or, without errors, the first warning) selected in
    // the list and its page shown.
    connect(kpis_, &KpiCards::problemsRequested, this, [this] {
        const Diagnostics &ds = document_->results().diagnostics;
        int row = -1;
        for (Severity s : {Severity::Error, Severity::Warning})
            for (std::size_t i = 0; i < ds.size() && row < 0; ++i)
                if (ds[i].severity == s)
                    row = static_cast<int>(i);
        if (row < 0)
            return;
        diagnostics_->list()->setCurrentItem(diagnostics_->list()->topLevelItem(row));
        diagnostics_->activate(row);
    });

    busy_ = new QProgressBar;
    busy_->setObjectName(QStringLiteral("resultsBusy"));
    busy_->setRange(0, 0); // indeterminate
    busy_->setMaximumHeight(6);
    busy_->setTextVisible(false);
    busy_->setToolTip(tr("Recomputing…"));
    busy_->setVisible(false);
    connect(document_, &Document::computingChanged, busy_, &QWidget::setVisible);

    // A contract that ends early at a review point says so above the key figures.
    termination_ = new QLabel;
    termination_->setObjectName(QStringLiteral("terminationBanner"));
    termination_->setWordWrap(true);
    termination_->setTextFormat(Qt::PlainText); // it names parties from the file
    termination_->setFrameShape(QFrame::StyledPanel);
    termination_->setStyleSheet(QStringLiteral(
        "QLabel#terminationBanner { background: #fdf2d0; color: #5a4000; padding: 6px; }"));
    termination_->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(busy_);
    layout->addWidget(termination_);
    layout->addWidget(kpis_);
    layout->addWidget(tabs_, 1);
    layout->addWidget(diagnostics_);

    connect(document_, &Document::resultsChanged, this, &ResultsPage::rebuild);
    rebuild();
}

std::vector<ResultsChartPanel *> ResultsPage::chartPanels() const {
    return {payments_, investors_, commissioner_, planActual_};
}

void ResultsPage::reloadMetrics() {
    const Project &p = document_->resultsProject();
    QStringList names;
    for (const Metric &m : p.metrics)
        names << QString::fromStdString(m.name);
    QStringList current;
    for (int i = 0; i < metric_->count(); ++i)
        current << metric_->itemText(i);
    if (names == current)
        return;
    const int keep = metric_->currentIndex();
    const QSignalBlocker block(metric_);
    metric_->clear();
    metric_->addItems(names);
    metric_->setCurrentIndex(keep >= 0 && keep < names.size() ? keep : (names.isEmpty() ? -1 : 0));
}

void ResultsPage::rebuild() {
    const Project &p = document_->resultsProject();
    const Results &r = document_->results();
    kpis_->setKpis(computeKpis(p, r));
    int errors = 0, warnings = 0;
    for (const Diagnostic &d : r.diagnostics) {
        errors += d.severity == Severity::Error;
        warnings += d.severity == Severity::Warning;
    }
    kpis_->setProblems(errors, warnings);
    const QString ended = terminationSummary(p, r);
    termination_->setText(ended);
    termination_->setAccessibleName(ended);
    termination_->setVisible(!ended.isEmpty());
    payments_->setData(paymentsChartData(p, r));
    investors_->setData(investorChartData(p, r));
    commissioner_->setData(commissionerChartData(p, r));
    reloadMetrics();
    metricChosen();
    tabs_->setTabVisible(cohortTestsTab_, cohortTests_->rowCount() > 0);
}

QWidget *ResultsPage::buildPayoutTab() {
    payout_ = new PayoutCurveChart(document_);
    payout_->setObjectName(QStringLiteral("payoutChart"));
    payoutTable_ = new QTableView;
    payoutTable_->setObjectName(QStringLiteral("payoutTable"));
    payoutTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    payoutTable_->setAlternatingRowColors(true);
    payoutTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *payoutModel = new ResultsChartTableModel(payoutTable_);
    payoutTable_->setModel(payoutModel);
    auto *stack = new QStackedWidget;
    stack->addWidget(payout_);
    stack->addWidget(payoutTable_);
    // The table: the curve's points, observed value against payment.
    auto refreshTable = [this, payoutModel] {
        ChartData d;
        d.id = QStringLiteral("payout");
        d.xTitle = tr("Observed value");
        ChartSeries pay{tr("Payment"), ChartSeries::Kind::Line, {}};
        if (QLineSeries *curve = payout_->curve())
            for (const QPointF &pt : curve->points()) {
                d.categories << formatNumber(pt.x());
                pay.values.push_back(pt.y());
            }
        d.series.push_back(std::move(pay));
        payoutModel->setData(d);
    };
    auto *toggle = new QToolButton;
    toggle->setObjectName(QStringLiteral("payoutShowTable"));
    toggle->setText(tr("Show &table"));
    toggle->setToolTip(tr("Show the numbers behind the chart as a table"));
    toggle->setCheckable(true);
    connect(toggle, &QToolButton::toggled, this, [stack, toggle, refreshTable](bool table) {
        if (table)
            refreshTable();
        stack->setCurrentIndex(table ? 1 : 0);
        toggle->setText(table ? tr("Show &chart") : tr("Show &table"));
    });
    auto *copy = new QToolButton;
    copy->setObjectName(QStringLiteral("payoutCopy"));
    copy->setText(tr("&Copy"));
    copy->setToolTip(tr("Copy the chart to the clipboard"));
    connect(copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setImage(
            renderChartView(payout_, payout_->size().expandedTo(QSize(800, 500))));
    });
    auto *exportButton = new QToolButton;
    exportButton->setObjectName(QStringLiteral("payoutExport"));
    exportButton->setText(tr("&Export…"));
    exportButton->setToolTip(
        tr("Save the chart as a PNG or SVG file of a chosen size, or copy it"));
    connect(exportButton, &QToolButton::clicked, this, [this] {
        exportChartViewInteractively(payout_, QStringLiteral("payout"),
                                     QString::fromStdString(document_->resultsProject().name),
                                     this);
    });
    auto *tools = new QHBoxLayout;
    tools->addStretch();
    tools->addWidget(toggle);
    tools->addWidget(copy);
    tools->addWidget(exportButton);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(stack, 1);
    connect(document_, &Document::projectChanged, this, [toggle, refreshTable] {
        if (toggle->isChecked())
            refreshTable();
    });
    return tab;
}

void ResultsPage::metricChosen() {
    rebuildPlanActual();
    const Project &p = document_->resultsProject();
    const int i = metric_->currentIndex();
    const int id = i >= 0 && static_cast<std::size_t>(i) < p.metrics.size()
                       ? p.metrics[static_cast<std::size_t>(i)].id
                       : -1;
    // The curve follows the project by itself; it is rebuilt here only for another metric.
    if (id != payout_->metricId())
        payout_->setMetric(id);
}

void ResultsPage::rebuildPlanActual() {
    planActual_->setData(planActualChartData(document_->resultsProject(), document_->results(),
                                             metric_->currentIndex()));
}

bool ResultsPage::exportStatement(const QString &path, CsvStyle style,
                                  Diagnostics *problems) const {
    return writeFileSafely(path, statementCsv(statement_->statement(), style), problems);
}

} // namespace effekt::views
