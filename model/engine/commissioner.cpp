// The commissioner's view (DOMAIN.md §6, docs/engine.md "The commissioner's view"): payments net
// of what it keeps, nominal and discounted; savings by budget holder; net value, benefit-cost
// ratio, payback; the traditional alternative and the risk transferred to the investors.
#include "engine_detail.h"

namespace effekt::engine {

void commissionerView(const Prepared &pp, Results &r, AccountRun &acc, bool riskTransferred,
                      bool detail) {
    const Project &project = *pp.p;
    const std::size_t len = idx(pp.periods);
    // Discounting: (1 + r_p)^(t + 1), r_p the rate per period (prepare.cpp).
    auto discount = [&](std::size_t t) { return pp.discount[t]; };
    r.paymentsNet.assign(len, 0);
    if (detail)
        r.paymentsDiscounted.assign(len, 0);
    else
        r.paymentsDiscounted.clear();
    double npvPay = 0;
    std::size_t t = 0; // the period, for an overflow's place
    try {
        for (; t < len; ++t) {
            r.paymentsNet[t] = msub(r.totalDue[t], r.commissionerKept[t]);
            r.totalPayments = madd(r.totalPayments, r.paymentsNet[t]);
            const double d = static_cast<double>(r.paymentsNet[t]) / discount(t);
            if (detail)
                r.paymentsDiscounted[t] = money::round(d);
            npvPay += d;
        }
        r.npvPayments = money::round(npvPay);
    } catch (const MoneyOverflow &) {
        overflowAt("project", -1, "payments", t < len ? static_cast<int>(t) : -1);
    }

    const std::size_t slen = idx(pp.savingsPeriods);
    // Each amount is spread evenly over `parts` periods from its own, the remainder one øre a
    // period to the earliest (so the parts sum to the amount). The spreads are added as steps
    // (+x from the first period, −x after the last) and summed once per budget holder.
    std::array<std::vector<Money>, 4> &steps = acc.savingsSteps;
    // Each metric's improvement units per period: from the rows of a detailed run, or worked out
    // as the payment rules work them out (improvement(), engine_detail.h) in a totals-only run,
    // with none after an early termination.
    const bool rows = r.metric.size() == pp.metrics.size();
    const int delivered = r.terminatedAfter ? *r.terminatedAfter + 1 : pp.n;
    for (auto &v : steps)
        v.assign(slen + 1, 0);
    for (std::size_t m = 0; m < project.metrics.size(); ++m) {
        const Metric &metric = project.metrics[m];
        for (const SavingsLine &s : metric.savings) {
            const std::size_t holder =
                static_cast<std::size_t>(s.holder) < 4 ? static_cast<std::size_t>(s.holder) : 3;
            std::vector<Money> &step = steps[holder];
            const Money parts = std::max<Money>(1, spreadPeriodsOf(s, pp.perYear));
            for (int t = 0; t < pp.n; ++t) {
                const double u =
                    rows ? r.metric[m][idx(t)].units
                    : t < delivered
                        ? improvement(pp.metrics[m],
                                      observedOn(pp.metrics[m], t, r.basis, std::nullopt),
                                      pp.metrics[m].cf[idx(t)])
                        : 0.0;
                if (u == 0)
                    continue;
                try {
                    addSpread(step, idx(t), money::times(s.perUnit, u), parts);
                } catch (const MoneyOverflow &) {
                    overflowAt("metric", metric.id, "savings", t);
                }
            }
        }
    }
    double npvSav = 0;
    std::vector<double> &net = acc.net;
    if (detail)
        net.assign(slen, 0.0);
    t = 0;
    try {
        if (detail) {
            for (std::size_t h = 0; h < 4; ++h) {
                r.savings[h].assign(slen, 0);
                Money level = 0;
                for (t = 0; t < slen; ++t) {
                    level = madd(level, steps[h][t]);
                    r.savings[h][t] = level;
                }
            }
        } else {
            for (auto &v : r.savings)
                v.clear();
        }
        // A totals-only run keeps each holder's level as it goes instead of its row: the same
        // amounts, summed over the holders in the same order.
        std::array<Money, 4> level{};
        for (t = 0; t < slen; ++t) {
            Money s = 0;
            for (std::size_t h = 0; h < 4; ++h) {
                if (!detail)
                    level[h] = madd(level[h], steps[h][t]);
                s = madd(s, detail ? r.savings[h][t] : level[h]);
            }
            r.totalSavings = madd(r.totalSavings, s);
            npvSav += static_cast<double>(s) / discount(t);
            if (detail)
                net[t] = static_cast<double>(s) -
                         (t < len ? static_cast<double>(r.paymentsNet[t]) : 0.0);
        }
        r.npvSavings = money::round(npvSav);
        r.netValue = msub(r.npvSavings, r.npvPayments);
    } catch (const MoneyOverflow &) {
        overflowAt("project", -1, "savings", t < slen ? static_cast<int>(t) : -1);
    }
    if (r.npvPayments > 0)
        r.benefitCostRatio = npvSav / npvPay;
    if (!detail)
        return; // nor the payback, the traditional alternative or the risk transferred
    r.paybackPeriod = finance::payback(net);
    Money costTotal = 0;
    try {
        for (Money c : pp.cost)
            costTotal = madd(costTotal, c);
    } catch (const MoneyOverflow &) {
        overflowAt("project", -1, "deliveryCost", -1);
    }
    try {
        r.traditionalCost =
            money::times(costTotal, 1.0 + finiteOr0(project.valuation.traditionalMargin));
    } catch (const MoneyOverflow &) {
        overflowAt("valuation", -1, "traditionalMargin", -1);
    }
    // No outcome at all: only fixed fees come in. (`acc` is scratch from here on.) With review
    // points the contract then ends at the first review that tests something planned (no
    // outcome reaches a share of a plan above 0): the termination payment comes in there, and no
    // costs after it. That review lies at or before any review that failed in this run, so the
    // fixed fees due up to it are those of this run.
    if (!riskTransferred)
        return;
    const PreparedReview *first = nullptr;
    for (const PreparedReview &review : pp.reviews)
        if (review.plan > 0) {
            first = &review;
            break;
        }
    if (!first) {
        runAccount(pp, r.fixedFeesDue, acc, false);
    } else {
        std::vector<Money> &in = acc.noOutcome;
        in.assign(len, 0);
        std::copy(r.fixedFeesDue.begin(), r.fixedFeesDue.begin() + first->period + 1, in.begin());
        if (pp.terminationIntoAccount)
            in[idx(first->period)] = madd(in[idx(first->period)], pp.terminationPayment);
        runAccount(pp, in, acc, false, first->period + 1);
    }
    r.riskTransferred = acc.totalDrawn;
}

} // namespace effekt::engine
