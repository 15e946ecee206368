#include "tablepages.h"

#include "paymentschart.h"
#include "paymentsmodel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace effekt::views {

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
