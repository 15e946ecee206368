#include "paymentschart.h"

#include "format.h"
#include "paymentsmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace effekt::views {

PaymentsChart::PaymentsChart(Document *document, QWidget *parent)
    : QChartView(parent)
    , document_(document) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    connect(document_, &Document::resultsChanged, this, &PaymentsChart::rebuild);
    rebuild();
}

void PaymentsChart::rebuild() {
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);

    const Project &p = document_->project();
    const Results &r = document_->results();
    const auto due = paymentsDueByMetric(r);
    c->setTitle(tr("Outcome payments per period"));

    series_ = new QStackedBarSeries;
    double maxStack = 0;
    std::vector<double> stack(static_cast<std::size_t>(r.periods), 0.0);
    for (std::size_t m = 0; m < due.size() && m < p.metrics.size(); ++m) {
        auto *set = new QBarSet(QString::fromStdString(p.metrics[m].name));
        for (std::size_t t = 0; t < due[m].size(); ++t) {
            const double kroner = static_cast<double>(due[m][t]) / money::kMinorPerMajor;
            *set << kroner;
            stack[t] += kroner;
        }
        series_->append(set);
    }
    for (double s : stack)
        maxStack = std::max(maxStack, s);
    c->addSeries(series_);

    auto *x = new QBarCategoryAxis;
    QStringList categories;
    for (int t = 0; t < r.periods; ++t)
        categories << periodLabel(p.timeline, t);
    x->append(categories);
    x->setTitleText(tr("Period payment falls due"));
    c->addAxis(x, Qt::AlignBottom);
    series_->attachAxis(x);

    auto *y = new QValueAxis;
    y->setTitleText(tr("NOK"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(0, maxStack > 0 ? maxStack * 1.1 : 1.0);
    y->applyNiceNumbers();
    c->addAxis(y, Qt::AlignLeft);
    series_->attachAxis(y);
    c->setLocalizeNumbers(true);
}

} // namespace effekt::views
