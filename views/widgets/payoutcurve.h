// The payout curve of one metric: what the engine pays in a period as a function of the observed
// value a, with the counterfactual, threshold, volume band limits, tier levels and caps drawn as
// reference lines. Each point is computed by the engine itself (effekt::compute) on a small
// synthetic one-period project holding a copy of the metric, so the curve is always what the
// engine pays; there is no second implementation of the rules here. It follows the document.
#pragma once

#include "document.h"

#include <QChartView>
#include <QPointF>

#include <vector>

class QLineSeries;

namespace effekt::views {

class PayoutCurveChart : public QChartView {
    Q_OBJECT
public:
    explicit PayoutCurveChart(Document *document, QWidget *parent = nullptr);

    // Shows the metric with this id (-1 or an unknown id: an empty chart).
    void setMetric(int metricId);
    int metricId() const { return metricId_; }
    // The payment curve: x = observed value a (the metric's unit), y = payment in kroner.
    QLineSeries *curve() const { return curve_; }
    // A share of savings whose second share starts once the investors are repaid: the curve at
    // the second share, dashed (when the investors are repaid depends on the whole contract's
    // account, which a curve of one period cannot know); otherwise nullptr.
    QLineSeries *secondCurve() const { return secondCurve_; }
    // The reference lines drawn (counterfactual, threshold, band limits, tier levels, caps).
    const std::vector<QLineSeries *> &referenceLines() const { return references_; }
    // Under the title when the contract indexes the metric's prices: the curve is in base-year
    // money, and says from when and by how much the prices rise (empty otherwise).
    QString indexationNote() const { return indexationNote_; }
    // Under the title when the metric is tested cohort by cohort with a per-unit rule: the curve
    // is of a period in which every cohort improves alike, with a "Cohort threshold" line at each
    // cohort's threshold and a "Settlement threshold" line at the final settlement's (the
    // settlement pools periods and is not part of the curve).
    QString cohortNote() const { return cohortNote_; }

    // What the engine pays for metric `metricId` of `project` in one period in which the observed
    // value is `observed` and the counterfactual `counterfactual`, from a zero cumulative state
    // (no earlier payments): the payment after the metric's and the contract's caps, in øre.
    // With `secondShare`, a share-of-savings rule's second share in place of its first.
    static Money paymentAt(const Project &project, int metricId, double observed,
                           double counterfactual, bool secondShare = false);

private:
    void rebuild();

    Document *document_;
    int metricId_ = -1;
    QLineSeries *curve_ = nullptr;
    QLineSeries *secondCurve_ = nullptr;
    std::vector<QLineSeries *> references_;
    QString indexationNote_;
    QString cohortNote_;
};

} // namespace effekt::views
