// compute() (DOMAIN.md §4–§6, docs/engine.md): validates, prepares, runs the payments, the
// account, the commissioner's view and the KPIs in that order, and turns any exception into a
// diagnostic. A pure function of the project.
#include "engine_detail.h"

namespace effekt {

using namespace engine;

namespace {
// Where an overflow most likely came from: the largest amount the planner entered. Reported with
// the overflow so that the planner sees which field to correct (docs/engine.md).
Diagnostic overflowAt(const Project &p) {
    Money largest = -1;
    Diagnostic d{DiagCode::MoneyOverflow, Severity::Error, "project", -1, "", -1, {}};
    auto consider = [&](Money v, const char *entity, std::int64_t id, const char *field,
                        int period = -1) {
        if (v > largest) {
            largest = v;
            d.entity = entity;
            d.id = id;
            d.field = field;
            d.period = period;
            d.values = {MoneyValue{v}};
        }
    };
    for (const Party &x : p.parties)
        consider(x.cap.value_or(0), "party", x.id, "cap");
    for (const Metric &m : p.metrics) {
        const PaymentRule &r = m.rule;
        consider(r.price, "rule", m.id, "price");
        consider(r.milestoneAmount, "rule", m.id, "milestoneAmount");
        consider(r.secondShareAfter, "rule", m.id, "secondShareAfter");
        consider(r.capMoney.value_or(0), "rule", m.id, "capMoney");
        for (const VolumeBand &b : r.bands)
            consider(b.price, "rule", m.id, "bands");
        for (const Tier &t : r.tiers)
            consider(t.amount, "rule", m.id, "tiers");
        for (const SavingsLine &l : m.savings)
            consider(l.perUnit, "metric", m.id, "savings");
    }
    for (const FixedFee &f : p.fixedFees)
        consider(f.amount, "fixedFee", f.id, "amount");
    for (std::size_t t = 0; t < p.deliveryCost.size(); ++t)
        consider(p.deliveryCost[t], "project", -1, "deliveryCost", static_cast<int>(t));
    for (const Investor &inv : p.investors)
        consider(inv.commitment, "investor", inv.id, "commitment");
    consider(p.caps.total.value_or(0), "caps", -1, "total");
    consider(p.caps.perParticipant.value_or(0), "caps", -1, "perParticipant");
    if (largest <= 0)
        d = Diagnostic{DiagCode::MoneyOverflow, Severity::Error, "project", -1, "", -1, {}};
    return d;
}
} // namespace

namespace engine {

// The body of compute() after validation and preparation (engine_detail.h).
void computePrepared(const Prepared &pp, Basis basis, const ComputeOptions &options, Results &r,
                     PaymentRun &pay, AccountRun &acc) {
    const Project &project = *pp.p;
    const std::size_t len = idx(pp.periods);
    r.periods = pp.periods;
    r.payerIds = pp.payerIds;

    // §4: payments (payments.cpp), ended early when a review fails (§8b, termination.cpp).
    const int failed = runReviewed(pp, basis, std::nullopt, &r, pay, false);
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
    r.deliveryCost.assign(len, 0);
    std::copy(pp.cost.begin(), end < 0 ? pp.cost.end() : pp.cost.begin() + end,
              r.deliveryCost.begin());
    // The termination payment falls due in the terminated period, paid by the first
    // commissioner outside every cap; it enters the account only when paid to its side.
    const std::vector<Money> *accountIn = &r.totalDue;
    std::vector<Money> &outsideAccount = acc.outsideAccount;
    if (failed >= 0 && pp.terminationPayment > 0) {
        const auto t = idx(end - 1);
        r.terminationPayment = pp.terminationPayment;
        r.totalDue[t] = madd(r.totalDue[t], pp.terminationPayment);
        if (pp.terminationPayer >= 0)
            r.payerDue[idx(pp.terminationPayer)][t] =
                madd(r.payerDue[idx(pp.terminationPayer)][t], pp.terminationPayment);
        if (!pp.terminationIntoAccount) {
            outsideAccount.assign(r.totalDue.begin(), r.totalDue.end());
            outsideAccount[t] = msub(outsideAccount[t], pp.terminationPayment);
            accountIn = &outsideAccount;
        }
    }
    for (std::size_t m = 0; m < pp.metrics.size(); ++m)
        if (pp.metrics[m].capMoney != kNoCap && pp.metrics[m].capMoney < pay.largestGross[m])
            r.diagnostics.push_back(
                diag(DiagCode::CapBelowOnePeriod, Severity::Warning, "rule", project.metrics[m].id,
                     "capMoney", -1,
                     {MoneyValue{pp.metrics[m].capMoney}, MoneyValue{pay.largestGross[m]}}));
    if (pp.totalCap != kNoCap && pp.totalCap < pay.largestGrossTotal)
        r.diagnostics.push_back(diag(DiagCode::CapBelowOnePeriod, Severity::Warning, "caps", -1,
                                     "total", -1,
                                     {MoneyValue{pp.totalCap}, MoneyValue{pay.largestGrossTotal}}));

    // §5: the account (waterfall.cpp).
    runAccount(pp, *accountIn, acc, true, end);
    accountResults(pp, acc, r, options.investorRates);
    if (failed >= 0)
        r.diagnostics.push_back(std::move(terminated));

    // §6: the commissioner (commissioner.cpp).
    commissionerView(pp, r, acc, options.riskTransferred);

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
    } catch (const MoneyOverflow &) {
        r.diagnostics.push_back(overflowAt(project));
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
    return due;
}

} // namespace effekt
