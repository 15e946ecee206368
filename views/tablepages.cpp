#include "tablepages.h"

#include "metricsmodel.h"
#include "paymentschart.h"
#include "paymentsmodel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
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

MetricsPage::MetricsPage(Document *document, QWidget *parent)
    : PageWidget(parent) {
    model_ = new MetricsModel(document, this);
    table_ = makeTable(model_, QStringLiteral("metricsTable"), tr("Outcome metrics"));
    table_->horizontalHeader()->setSectionResizeMode(MetricsModel::Name, QHeaderView::Stretch);

    auto *add = new QPushButton(tr("&Add metric"));
    add->setObjectName(QStringLiteral("addMetric"));
    auto *remove = new QPushButton(tr("&Remove metric"));
    remove->setObjectName(QStringLiteral("removeMetric"));
    connect(add, &QPushButton::clicked, model_, &MetricsModel::addMetric);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (table_->currentIndex().isValid())
            model_->removeMetric(table_->currentIndex().row());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each outcome metric is measured every period and paid for per "
                                "unit of improvement over the counterfactual."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(table_);
    layout->addLayout(buttons);
}

void MetricsPage::showLocation(const EditLocation &where) {
    select(table_, where);
}

ResultsPage::ResultsPage(Document *document, QWidget *parent)
    : PageWidget(parent) {
    payments_ = new PaymentsModel(document, this);
    auto *table = new QTableView;
    table->setObjectName(QStringLiteral("paymentsTable"));
    table->setModel(payments_);
    table->setAccessibleName(tr("Outcome payments per period"));
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    chart_ = new PaymentsChart(document);
    chart_->setObjectName(QStringLiteral("paymentsChart"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(chart_);
    split->addWidget(table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

} // namespace effekt::views
