// Review points and early termination (DOMAIN.md §8b, docs/engine.md "Review points and early
// termination"): which review fails on a run's figures, and the payments run ended after it.
#include "engine_detail.h"

namespace effekt::engine {

namespace {

// Whether `computed` reaches `share` of `plan`: a plan of 0 always passes; units within 1e-9
// relative, money within half an øre (the figures are sums of rounded payments).
bool reaches(double computed, double plan, double share, ReviewTest test) {
    if (plan == 0)
        return true;
    const double required = share * plan;
    const double slack = test == ReviewTest::OutcomePayments ? 0.5 : 1e-9 * std::fabs(required);
    return computed >= required - slack;
}

} // namespace

double reviewFigure(const Prepared &pp, const PreparedReview &r, Basis basis,
                    std::optional<double> factor, const PaymentRun &pay) {
    double sum = 0;
    if (r.test == ReviewTest::OutcomePayments) {
        Money earned = 0;
        for (int t = 0; t <= r.period && idx(t) < pay.earnedByPeriod.size(); ++t)
            earned = madd(earned, pay.earnedByPeriod[idx(t)]);
        return static_cast<double>(earned);
    }
    // u(t) on the basis, exactly as step 1 forms it (ruleValueOf).
    const PreparedMetric &pm = pp.metrics[r.metric];
    const bool higher = pm.m->direction == Direction::HigherIsBetter;
    for (int t = 0; t <= r.period; ++t) {
        const double a = observedOn(pm, t, basis, factor), b = pm.cf[idx(t)];
        sum += higher ? std::max(0.0, a - b) : std::max(0.0, b - a);
    }
    return sum;
}

int failingReview(const Prepared &pp, Basis basis, std::optional<double> factor,
                  const PaymentRun &pay) {
    for (std::size_t k = 0; k < pp.reviews.size(); ++k) {
        const PreparedReview &r = pp.reviews[k];
        if (!reaches(reviewFigure(pp, r, basis, factor, pay), r.plan, r.share, r.test))
            return static_cast<int>(k);
    }
    return -1;
}

int runReviewed(const Prepared &pp, Basis basis, std::optional<double> factor, Results *detail,
                PaymentRun &pay, bool quick) {
    auto run = [&](int end) {
        if (!runSwitched(pp, basis, factor, detail, pay, quick && !detail, end))
            runSwitched(pp, basis, factor, detail, pay, false, end);
    };
    run(-1);
    if (pp.reviews.empty() || (basis == Basis::Plan && !factor))
        return -1;
    // The periods up to a review do not depend on anything after it, so the full run's figures
    // are those of the ended run wherever a review looks.
    const int k = failingReview(pp, basis, factor, pay);
    if (k >= 0 && pp.reviews[idx(k)].period + 1 < pp.n)
        run(pp.reviews[idx(k)].period + 1);
    return k;
}

} // namespace effekt::engine
