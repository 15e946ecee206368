#include "resultschart.h"

#include "chartaxis.h"
#include "chartend.h"
#include "chartview.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QFontMetrics>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace effekt::views {

namespace {
QString hoverText(const ChartData &d, const QString &series, int index, double value) {
    const QString category =
        index >= 0 && index < d.categories.size() ? d.categories.at(index) : QString();
    return QStringLiteral("%1\n%2: %3").arg(series, category, formatChartValue(d, value));
}

// The chart's palette: metrics and payers in calm, distinguishable colours.
QColor seriesColour(int i) {
    static const QColor colours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                     QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                     QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                                     QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22)};
    return colours[i % 8];
}
} // namespace

ResultsChartView::ResultsChartView(QWidget *parent)
    : QChartView(newPlainChart(), parent) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
}

void ResultsChartView::setData(ChartData data) {
    data_ = std::move(data);
    bars_ = populate(chart(), data_, this);
    labelsFitted_ = 0;
    fitAxisLabels();
}

void ResultsChartView::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    fitAxisLabels();
}

namespace {
QCategoryAxis *categoryAxis(const QChart *c) {
    for (QAbstractAxis *a : c->axes(Qt::Horizontal))
        if (auto *x = qobject_cast<QCategoryAxis *>(a))
            return x;
    return nullptr;
}
} // namespace

void ResultsChartView::fitAxisLabels() {
    QCategoryAxis *x = categoryAxis(chart());
    const int n = static_cast<int>(data_.categories.size());
    if (!x || n == 0)
        return;
    const QFontMetrics metrics(x->labelsFont());
    int widest = 1;
    for (const QString &label : data_.categories)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    // The plot is laid out once the view has been shown; before, the view's width less the y
    // axis's labels and the margins is near enough.
    const double plotWidth =
        chart()->plotArea().width() > 0 ? chart()->plotArea().width() : std::max(width() - 120, 0);
    const int gap = metrics.horizontalAdvance(QStringLiteral("  "));
    const int fit = std::clamp(static_cast<int>(plotWidth / (widest + gap)), 2, 10);
    if (fit == labelsFitted_)
        return;
    labelsFitted_ = fit;
    for (const QString &label : x->categoriesLabels())
        x->remove(label);
    for (int t : labelledPeriods(n, data_.periodsPerYear, fit))
        x->append(data_.categories.at(t), t);
}

QStringList ResultsChartView::axisLabels() const {
    QCategoryAxis *x = categoryAxis(chart());
    return x ? x->categoriesLabels() : QStringList();
}

QAbstractBarSeries *ResultsChartView::populate(QChart *c, const ChartData &d,
                                               QObject *hoverReceiver) {
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(d.title.toHtmlEscaped()); // a chart title is rich text; d.title may name a metric
    c->setLocale(QLocale());
    c->setLocalizeNumbers(true);
    const int n = static_cast<int>(d.categories.size());

    // Period t is plotted at x = t. Only every k-th period is labelled (labelledPeriods), so that
    // from 1 to 600 periods the labels stay whole and readable; the value under the mouse says
    // which period a bar is.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(-0.5);
    for (int t : labelledPeriods(n, d.periodsPerYear))
        x->append(d.categories.at(t), t);
    x->setRange(-0.5, std::max(n, 1) - 0.5);
    x->setTitleText(d.xTitle);
    x->setLabelsAngle(0);
    x->setGridLineVisible(false);
    c->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setTitleText(d.yTitle);
    y->setLabelFormat(d.unit == ChartData::Unit::Money ? QStringLiteral("%.0f")
                                                       : QStringLiteral("%.1f"));
    c->addAxis(y, Qt::AlignLeft);

    // The y range covers every bar stack (positive and negative parts apart) and every point.
    double lo = 0, hi = 0;
    std::vector<double> up(static_cast<std::size_t>(n), 0.0),
        down(static_cast<std::size_t>(n), 0.0);

    QAbstractBarSeries *bars = nullptr;
    const bool stacked = std::any_of(d.series.begin(), d.series.end(), [](const ChartSeries &s) {
        return s.kind == ChartSeries::Kind::StackedBar;
    });
    int colour = 0;
    for (const ChartSeries &s : d.series) {
        if (s.kind != ChartSeries::Kind::StackedBar && s.kind != ChartSeries::Kind::Bar)
            continue;
        if (!bars)
            bars = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                           : static_cast<QAbstractBarSeries *>(new QBarSeries);
        // Qt Charts draws legend labels as rich text: names from the project are escaped.
        auto *set = new QBarSet(s.name.toHtmlEscaped());
        set->setColor(seriesColour(colour++));
        set->setBorderColor(set->color().darker(120));
        for (int t = 0; t < n; ++t) {
            const double v = static_cast<std::size_t>(t) < s.values.size()
                                 ? s.values[static_cast<std::size_t>(t)]
                                 : 0.0;
            *set << (std::isnan(v) ? 0.0 : v);
            auto &acc =
                v >= 0 ? up[static_cast<std::size_t>(t)] : down[static_cast<std::size_t>(t)];
            if (!std::isnan(v)) {
                acc = stacked ? acc + v : (v >= 0 ? std::max(acc, v) : std::min(acc, v));
                hi = std::max(hi, up[static_cast<std::size_t>(t)]);
                lo = std::min(lo, down[static_cast<std::size_t>(t)]);
            }
        }
        if (hoverReceiver) {
            const QString name = s.name;
            QObject::connect(set, &QBarSet::hovered, hoverReceiver,
                             [d, name, set](bool on, int index) {
                                 if (on)
                                     QToolTip::showText(QCursor::pos(),
                                                        hoverText(d, name, index, set->at(index)));
                                 else
                                     QToolTip::hideText();
                             });
        }
        bars->append(set);
    }
    if (bars) {
        bars->setBarWidth(stacked ? 0.6 : 0.8);
        c->addSeries(bars);
        bars->attachAxis(x);
        bars->attachAxis(y);
    }

    for (const ChartSeries &s : d.series) {
        QXYSeries *xy = nullptr;
        switch (s.kind) {
        case ChartSeries::Kind::StackedBar:
        case ChartSeries::Kind::Bar: continue;
        case ChartSeries::Kind::Line:
        case ChartSeries::Kind::DashedLine:
        case ChartSeries::Kind::Reference: {
            auto *line = new QLineSeries;
            QPen pen(s.kind == ChartSeries::Kind::Reference ? QColor(0xc0, 0x39, 0x2b)
                                                            : seriesColour(colour++));
            pen.setWidthF(2.0);
            if (s.kind != ChartSeries::Kind::Line)
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            line->setPointsVisible(s.kind == ChartSeries::Kind::Line);
            xy = line;
            break;
        }
        case ChartSeries::Kind::Points:
        case ChartSeries::Kind::Marker: {
            auto *points = new QScatterSeries;
            const bool marker = s.kind == ChartSeries::Kind::Marker;
            points->setMarkerShape(marker ? QScatterSeries::MarkerShapeRectangle
                                          : QScatterSeries::MarkerShapeCircle);
            points->setMarkerSize(marker ? 14.0 : 10.0);
            points->setColor(marker ? QColor(0xc0, 0x39, 0x2b) : seriesColour(colour++));
            points->setBorderColor(Qt::white);
            points->setPointLabelsVisible(marker);
            points->setPointLabelsFormat(marker ? s.name.toHtmlEscaped() : QString());
            xy = points;
            break;
        }
        }
        xy->setName(s.name.toHtmlEscaped());
        for (int t = 0; t < n && static_cast<std::size_t>(t) < s.values.size(); ++t) {
            const double v = s.values[static_cast<std::size_t>(t)];
            if (std::isnan(v))
                continue;
            xy->append(t, v);
            hi = std::max(hi, v);
            lo = std::min(lo, v);
        }
        if (hoverReceiver) {
            const QString name = s.name;
            QObject::connect(xy, &QXYSeries::hovered, hoverReceiver,
                             [d, name, xy](const QPointF &point, bool on) {
                                 if (!on) {
                                     QToolTip::hideText();
                                     return;
                                 }
                                 // The nearest point of the series: its exact value.
                                 const int index = static_cast<int>(std::lround(point.x()));
                                 for (const QPointF &p : xy->points())
                                     if (std::lround(p.x()) == index)
                                         QToolTip::showText(QCursor::pos(),
                                                            hoverText(d, name, index, p.y()));
                             });
        }
        c->addSeries(xy);
        xy->attachAxis(x);
        xy->attachAxis(y);
        // A marked point (today's forecast, break-even) is named beside it on the chart: the
        // legend keeps the lines and bars, whose names it then has room to show whole.
        if (s.kind == ChartSeries::Kind::Marker)
            for (QLegendMarker *m : c->legend()->markers(xy))
                m->setVisible(false);
    }
    // Where a name must still be cut short (a narrow chart, many series), it is whole under the
    // mouse.
    c->legend()->setShowToolTips(true);

    if (hi <= lo)
        hi = lo + 1.0;
    const double pad = (hi - lo) * 0.05;
    y->setRange(lo < 0 ? lo - pad : 0.0, hi + pad);
    y->applyNiceNumbers();
    if (d.unit == ChartData::Unit::Money) // labels without decimals
        fitWholeNumberTicks(y);
    if (d.endedAfter) // the contract ended early: marked over the final range
        addContractEndMarker(c, x, y, *d.endedAfter, n, d.endedLabel);
    return bars;
}

std::vector<double> ResultsChartView::plotted(const QString &seriesName) const {
    const int n = static_cast<int>(data_.categories.size());
    std::vector<double> out;
    if (bars_)
        for (QBarSet *set : bars_->barSets())
            if (set->label() == seriesName.toHtmlEscaped()) {
                for (int t = 0; t < set->count(); ++t)
                    out.push_back(set->at(t));
                return out;
            }
    for (QAbstractSeries *s : chart()->series())
        if (auto *xy = qobject_cast<QXYSeries *>(s);
            xy && xy->name() == seriesName.toHtmlEscaped()) {
            out.assign(static_cast<std::size_t>(n), std::nan(""));
            for (const QPointF &p : xy->points()) {
                const long i = std::lround(p.x());
                if (i >= 0 && i < n)
                    out[static_cast<std::size_t>(i)] = p.y();
            }
            return out;
        }
    return out;
}

} // namespace effekt::views
