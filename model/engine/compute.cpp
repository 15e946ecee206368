// compute() (DOMAIN.md §4–§6, docs/engine.md): validates, prepares, runs the payments, the
// account, the commissioner's view and the KPIs in that order, and turns any exception into a
// diagnostic. A pure function of the project.
#include "engine_detail.h"

namespace effekt {

using namespace engine;

namespace engine {

// The body of compute() after validation and preparation (engine_detail.h).
void computePrepared(const Prepared &pp, Basis basis, const ComputeOptions &options, Results &r,
                     PaymentRun &pay, AccountRun &acc) {
    const Project &project = *pp.p;
    const std::size_t len = idx(pp.periods);
    r.periods = pp.periods;
    r.payerIds = pp.payerIds;

    // §4: payments (payments.cpp), ended early when a review fails (§8b, termination.cpp). A
    // totals-only run (ComputeOptions::detail off) runs them quick, as the break-even search does:
    // the same totals, without the rows per metric, payer and fee.
    const bool detail = options.detail || options.kpis;
    const int failed = runReviewed(pp, basis, std::nullopt, detail ? &r : nullptr, pay, !detail);
    int end = -1; // the periods delivered: all
    Diagnostic terminated;
    if (failed >= 0) {
        const PreparedReview &review = pp.reviews[idx(failed)];
        end = review.period + 1;
        r.terminatedAfter = review.period;
        r.terminationReviewId = review.id;
        const double figure = reviewFigure(pp, review, basis, std::nullopt, pay);
        const bool money = review.test == ReviewTest::OutcomePayments;
        auto value = [&](double v) -> DiagValue {
            return money ? DiagValue{MoneyValue{roundMoney(v)}} : DiagValue{v};
        };
        terminated = diag(DiagCode::ContractTerminated, Severity::Warning, "review", review.id, "",
                          review.period,
                          {std::string(money ? "outcome-payments" : "metric-units"), value(figure),
                           value(review.share * review.plan), PercentValue{review.share}});
    }
    // Swapped, not moved: a run that reuses its scratch and results (Recomputation) hands
    // the buffers back and forth instead of allocating them anew.
    r.outcomeDue.swap(pay.outcomeDue);
    r.fixedFeesDue.swap(pay.fixedDue);
    r.totalDue.swap(pay.totalDue);
    r.payerDue.swap(pay.payerDue);
    r.fixedFeeByFee.swap(pay.feeDue);
    r.yearCapCut.swap(pay.yearCut);
    r.yearCapCarried.swap(pay.yearCarried);
    r.yearCapCarriedByMetric.swap(pay.carriedByMetric);
    r.yearCapCarriedByMetricPayer.swap(pay.carriedByMetricPayer);
    if (!detail) { // no rows are reported (a reused Results may hold an earlier run's)
        r.metric.clear();
        r.metricByPayer.clear();
        r.cohortTests.clear();
        r.settlements.clear();
        r.payerDue.clear();
        r.fixedFeeByFee.clear();
        r.yearCapCut.clear();
        r.yearCapCarried.clear();
        r.yearCapCarriedByMetric.clear();
        r.yearCapCarriedByMetricPayer.clear();
    }
    r.totalCapCounted = pay.totalCounted; // (riskkpis.h: whether the total cap bound)
    r.deliveryCost.assign(len, 0);
    std::copy(pp.cost.begin(), end < 0 ? pp.cost.end() : pp.cost.begin() + end,
              r.deliveryCost.begin());
    // The termination payment falls due in the terminated period, paid by the first
    // commissioner outside every cap; it enters the account only when paid to its side.
    const std::vector<Money> *accountIn = &r.totalDue;
    std::vector<Money> &outsideAccount = acc.outsideAccount;
    if (failed >= 0 && pp.terminationPayment > 0) {
        const auto t = idx(end - 1);
        try {
            r.terminationPayment = pp.terminationPayment;
            r.totalDue[t] = madd(r.totalDue[t], pp.terminationPayment);
            if (pp.terminationPayer >= 0 && detail)
                r.payerDue[idx(pp.terminationPayer)][t] =
                    madd(r.payerDue[idx(pp.terminationPayer)][t], pp.terminationPayment);
            if (!pp.terminationIntoAccount) {
                outsideAccount.assign(r.totalDue.begin(), r.totalDue.end());
                outsideAccount[t] = msub(outsideAccount[t], pp.terminationPayment);
                accountIn = &outsideAccount;
            }
        } catch (const MoneyOverflow &) {
            overflowAt("termination", -1, "payment", end - 1);
        }
    }
    for (std::size_t m = 0; m < pay.largestGross.size(); ++m) // detail runs only
        if (pp.metrics[m].capMoney != kNoCap && pp.metrics[m].capMoney < pay.largestGross[m])
            r.diagnostics.push_back(
                diag(DiagCode::CapBelowOnePeriod, Severity::Warning, "rule", project.metrics[m].id,
                     "capMoney", -1,
                     {MoneyValue{pp.metrics[m].capMoney}, MoneyValue{pay.largestGross[m]}}));
    if (detail && pp.totalCap != kNoCap && pp.totalCap < pay.largestGrossTotal)
        r.diagnostics.push_back(diag(DiagCode::CapBelowOnePeriod, Severity::Warning, "caps", -1,
                                     "total", -1,
                                     {MoneyValue{pp.totalCap}, MoneyValue{pay.largestGrossTotal}}));

    // §5: the account (waterfall.cpp).
    runAccount(pp, *accountIn, acc, true, end);
    accountResults(pp, acc, r, options.investorRates);
    if (failed >= 0)
        r.diagnostics.push_back(std::move(terminated));

    // §6: the commissioner (commissioner.cpp).
    commissionerView(pp, r, acc, options.riskTransferred, detail);

    // KPIs (kpis.cpp): the runs' scratch, reused.
    if (options.kpis)
        kpis(pp, basis, r, pay, acc);
}

} // namespace engine

Results compute(const Project &project, Basis basis) {
    return compute(project, basis, ComputeOptions{});
}

Results compute(const Project &project, Basis basis, const ComputeOptions &options) {
    Results r;
    r.basis = basis;
    r.diagnostics = validate(project);
    try {
        const Prepared pp = prepare(project);
        PaymentRun pay;
        AccountRun acc;
        computePrepared(pp, basis, options, r, pay, acc);
    } catch (const LocatedOverflow &e) {
        // Where the first amount left the range: the metric, fee, investor or period's total.
        r.diagnostics.push_back(e.where);
    } catch (const MoneyOverflow &) {
        r.diagnostics.push_back(
            diag(DiagCode::MoneyOverflow, Severity::Error, "project", -1, "", -1, {}));
    } catch (const std::exception &e) {
        r.diagnostics.push_back(diag(DiagCode::MoneyOverflow, Severity::Error, "project", -1, "",
                                     -1, {std::string(e.what())}));
    }
    return r;
}

std::vector<std::vector<Money>> outcomeDueByMetric(const Results &results) {
    const std::size_t len = results.periods > 0 ? idx(results.periods) : 0;
    std::vector<std::vector<Money>> due(results.metric.size(), std::vector<Money>(len, 0));
    const std::size_t P = results.payerIds.size();
    for (std::size_t m = 0; m < results.metric.size(); ++m)
        for (std::size_t t = 0; t < results.metric[m].size(); ++t) {
            const MetricPeriod &mp = results.metric[m][t];
            if (mp.duePeriod < 0 || idx(mp.duePeriod) >= len)
                continue;
            // Without payers nothing is split or capped after step 4 (payments.cpp).
            Money paid = mp.afterTotalCap;
            if (P > 0 &&
                results.metricByPayer.size() >= (m * results.metric[m].size() + t + 1) * P) {
                paid = 0;
                for (Money part : results.byPayer(m, static_cast<int>(t)))
                    paid = money::add(paid, part);
            }
            Money &cell = due[m][idx(mp.duePeriod)];
            cell = money::add(cell, paid);
        }
    // What a cap per budget year carried, where it was paid.
    for (std::size_t m = 0; m < due.size() && m < results.yearCapCarriedByMetric.size(); ++m)
        for (std::size_t t = 0; t < len && t < results.yearCapCarriedByMetric[m].size(); ++t)
            due[m][t] = money::add(due[m][t], results.yearCapCarriedByMetric[m][t]);
    return due;
}

} // namespace effekt
