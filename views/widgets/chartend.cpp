#include "chartend.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

namespace effekt::views {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(ChartEnd)
};
} // namespace

QString endedAfterText(const QString &periodLabel) {
    //: A chart's marker where a contract terminated at a review point; %1 is a period, e.g.
    //: "3. kv. 2027".
    return Text::tr("Ended after %1").arg(periodLabel);
}

QString afterEndText() {
    //: A chart table's note on a period after the contract ended early.
    return Text::tr("ended");
}

QString contractEndColumnText() {
    //: Heading of a chart table's column saying where the contract ended early.
    return Text::tr("Contract");
}

void addContractEndMarker(QChart *chart, QAbstractAxis *x, QValueAxis *y, int endedAfter,
                          int periods, const QString &label) {
    if (endedAfter < 0 || endedAfter >= periods)
        return;
    const double at = endedAfter + 0.5, end = periods - 0.5;
    const double lo = y->min(), hi = y->max();
    const QColor grey(0x55, 0x55, 0x55);
    if (at < end) { // the periods after the end, shaded
        auto *top = new QLineSeries;
        auto *bottom = new QLineSeries;
        top->append(at, hi);
        top->append(end, hi);
        bottom->append(at, lo);
        bottom->append(end, lo);
        auto *band = new QAreaSeries(top, bottom);
        top->setParent(band); // the area does not own its lines
        bottom->setParent(band);
        band->setColor(QColor(0x80, 0x80, 0x80, 50));
        band->setBorderColor(Qt::transparent);
        chart->addSeries(band);
        band->attachAxis(x);
        band->attachAxis(y);
        for (QLegendMarker *m : chart->legend()->markers(band))
            m->setVisible(false);
    }
    auto *line = new QLineSeries;
    line->setName(label.toHtmlEscaped()); // legend labels are rich text
    QPen pen(grey);
    pen.setWidthF(2.0);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    line->append(at, lo);
    line->append(at, hi);
    // The legend may cut the name short in a narrow chart: the line says it under the mouse.
    QObject::connect(line, &QXYSeries::hovered, line, [label](const QPointF &, bool on) {
        if (on)
            QToolTip::showText(QCursor::pos(), label);
        else
            QToolTip::hideText();
    });
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
}

} // namespace effekt::views
