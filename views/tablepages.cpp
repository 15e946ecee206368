#include "tablepages.h"

#include "outcomegridmodel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace effekt::views {

namespace {
QTableView *makeTable(QAbstractItemModel *model, const QString &name, const QString &accessible) {
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setAccessibleName(accessible);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    return view;
}

void select(QTableView *view, const EditLocation &where) {
    if (where.row < 0)
        return;
    const QModelIndex index = view->model()->index(where.row, std::max(0, where.column));
    if (index.isValid()) {
        view->setCurrentIndex(index);
        view->scrollTo(index);
        view->setFocus();
    }
}
} // namespace

OutcomesPage::OutcomesPage(Document *document, QWidget *parent)
    : PageWidget(parent) {
    plan_ = new OutcomeGridModel(document, OutcomeGridModel::Series::Plan, this);
    actual_ = new OutcomeGridModel(document, OutcomeGridModel::Series::Actual, this);
    planView_ = makeTable(plan_, QStringLiteral("planGrid"), tr("Planned outcomes"));
    actualView_ = makeTable(actual_, QStringLiteral("actualGrid"), tr("Actual outcomes"));
    tabs_ = new QTabWidget;
    tabs_->addTab(planView_, tr("&Plan"));
    tabs_->addTab(actualView_, tr("A&ctual"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Observed value of each metric per period. Leave an actual cell "
                                "empty until it is reported: the forecast uses the plan there."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(tabs_);
}

void OutcomesPage::showLocation(const EditLocation &where) {
    // Row and column address the grid; the field says which series ("plan"/"actual").
    const bool actual = where.field == QLatin1String("actual");
    tabs_->setCurrentIndex(actual ? 1 : 0);
    select(actual ? actualView_ : planView_, where);
}

} // namespace effekt::views
