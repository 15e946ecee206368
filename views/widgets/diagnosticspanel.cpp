#include "diagnosticspanel.h"

#include "diagnostictext.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace effekt::views {

namespace {
template <typename T> int indexOfId(const std::vector<T> &items, std::int64_t id) {
    const auto it =
        std::find_if(items.begin(), items.end(), [id](const T &item) { return item.id == id; });
    return it == items.end() ? -1 : static_cast<int>(it - items.begin());
}

QIcon severityIcon(Severity s) {
    QStyle *style = QApplication::style();
    switch (s) {
    case Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}
} // namespace

EditLocation diagnosticLocation(const Diagnostic &d, const Project &p) {
    EditLocation where;
    where.field = QString::fromStdString(d.field);
    const std::string &e = d.entity;
    if (e == "metric" || e == "rule") {
        where.page = QStringLiteral("metrics");
        where.row = indexOfId(p.metrics, d.id);
        // Cohort tests: the table of the cohorts tested, and the settlement's check box.
        if (d.field == "cohortOutcomes")
            where.field = QStringLiteral("cohortTestsTable");
    } else if (e == "party") {
        where.page = QStringLiteral("parties");
        where.row = indexOfId(p.parties, d.id);
    } else if (e == "investor") {
        where.page = QStringLiteral("investment");
        where.row = indexOfId(p.investors, d.id);
    } else if (e == "financing") {
        where.page = QStringLiteral("investment");
    } else if (e == "fixedFee") {
        where.page = QStringLiteral("caps");
        where.row = indexOfId(p.fixedFees, d.id);
    } else if (e == "caps") {
        where.page = QStringLiteral("caps");
    } else if (e == "indexation") {
        where.page = QStringLiteral("caps");
        where.field = d.field == "baseYear" ? QStringLiteral("indexationBaseYear")
                                            : QStringLiteral("indexationRate");
    } else if (e == "review") {
        // The review points' table on the Caps page, at the cell of the field concerned.
        where.page = QStringLiteral("caps");
        where.row = indexOfId(p.termination.reviews, d.id);
        where.field = QStringLiteral("reviewsTable");
        where.column = d.field == "metricId" ? 2 : d.field == "requiredShare" ? 3 : 0;
        return where;
    } else if (e == "termination") {
        where.page = QStringLiteral("caps");
        where.field = d.field == "payeeId" ? QStringLiteral("terminationPayee")
                                           : QStringLiteral("terminationPayment");
    } else if (e == "valuation") {
        where.page = QStringLiteral("savings");
    } else if (e == "timeline" || e == "project" || e.empty()) {
        where.page = QStringLiteral("overview");
    } else if (e == "ledger") {
        where.page = QStringLiteral("ledger");
        where.row = static_cast<int>(d.id);
    }
    if (d.period >= 0)
        where.column = d.period;
    return where;
}

DiagnosticsListPanel::DiagnosticsListPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , document_(document) {
    summary_ = new QLabel;
    summary_->setObjectName(QStringLiteral("diagnosticsSummary"));
    list_ = new QTreeWidget;
    list_->setObjectName(QStringLiteral("diagnosticsList"));
    list_->setAccessibleName(tr("Diagnostics"));
    list_->setRootIsDecorated(false);
    list_->setMaximumHeight(160);
    list_->setUniformRowHeights(true);
    list_->setHeaderLabels({tr("Severity"), tr("Message"), tr("Where")});
    list_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list_->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    list_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    list_->setToolTip(tr("Click a diagnostic to go to the field it concerns"));
    connect(list_, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(list_->indexOfTopLevelItem(item)); });
    connect(list_, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { activate(list_->indexOfTopLevelItem(item)); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addWidget(list_);
    connect(document_, &Document::resultsChanged, this, &DiagnosticsListPanel::reload);
    reload();
}

void DiagnosticsListPanel::reload() {
    list_->clear();
    const Project &p = document_->resultsProject();
    const Diagnostics &ds = document_->results().diagnostics;
    int errors = 0, warnings = 0;
    for (const Diagnostic &d : ds) {
        auto *item = new QTreeWidgetItem(
            {severityText(d.severity), diagnosticText(d, &p), locationText(d, &p)});
        item->setIcon(0, severityIcon(d.severity));
        item->setToolTip(1, diagnosticText(d, &p));
        list_->addTopLevelItem(item);
        errors += d.severity == Severity::Error;
        warnings += d.severity == Severity::Warning;
    }
    // Nothing to list: just the sentence, so the charts get the room.
    list_->setVisible(!ds.empty());
    summary_->setText(
        ds.empty()
            ? tr("No problems found.")
            : tr("%1, %2, %3")
                  .arg(tr("%n error(s)", "", errors), tr("%n warning(s)", "", warnings),
                       tr("%n note(s)", "", static_cast<int>(ds.size()) - errors - warnings)));
}

void DiagnosticsListPanel::activate(int row) {
    const Diagnostics &ds = document_->results().diagnostics;
    if (row < 0 || static_cast<std::size_t>(row) >= ds.size())
        return;
    const EditLocation where =
        diagnosticLocation(ds[static_cast<std::size_t>(row)], document_->resultsProject());
    if (!where.page.isEmpty())
        document_->navigateTo(where);
}

} // namespace effekt::views
