// A Qt Charts view of one ChartData: bars (stacked or side by side) and lines over the periods,
// with title, axis titles, legend, locale-formatted numbers and the exact value on hover.
#pragma once

#include "resultsdata.h"

#include <QChartView>

class QAbstractBarSeries;

namespace effekt::views {

class ResultsChartView : public QChartView {
    Q_OBJECT
public:
    explicit ResultsChartView(QWidget *parent = nullptr);

    void setData(ChartData data);
    const ChartData &data() const { return data_; }

    // The series of the chart as plotted, for tests: bar values per set, or line points' y (NaN
    // where a category has no point).
    std::vector<double> plotted(const QString &seriesName) const;
    QAbstractBarSeries *barSeries() const { return bars_; }

    // Fills `chart` (emptied first) with `data`; used by the view and by chart export.
    static QAbstractBarSeries *populate(QChart *chart, const ChartData &data,
                                        QObject *hoverReceiver = nullptr);
    // The x axis's labels as shown: every k-th category, as many as fit the view's width whole.
    QStringList axisLabels() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Labels as many categories as fit side by side in the plot's width (labelledPeriods), so
    // that in a small window or a narrow chart no label is cut short.
    void fitAxisLabels();

    ChartData data_;
    int labelsFitted_ = 0; // the maxLabels the x axis was last labelled for
    QAbstractBarSeries *bars_ = nullptr;
};

} // namespace effekt::views
