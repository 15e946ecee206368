// The fast path of Monte Carlo trials (Recomputation::computeTotals, docs/engine.md "The fast
// path of Monte Carlo trials"): for a contract with none of the terms that link its parts through
// the payers, the ledger, the account or the reviews, the figures a trial sums up (RunTotals)
// worked out in a few passes over the periods, with the payment rules' and caps' own inline code
// (engine_detail.h), the account of one investor at most, and no rows, checks or diagnostics
// beyond what those figures need. Each figure equals compute()'s;
// tests/model/engine/test_fastpath.cpp compares them on generated contracts.
#include "engine_detail.h"

namespace effekt::engine {

bool fastPathCovers(const Prepared &pp) {
    const Project &p = *pp.p;
    if (!pp.reviews.empty() || pp.repaidSwitch || pp.anyCohortOutcomes || pp.anyPayerCap ||
        pp.anyYearCap || p.investors.size() > 1)
        return false;
    bool perParticipant = pp.perParticipantCap != kNoCap;
    for (const PreparedMetric &pm : pp.metrics) {
        const Metric &m = *pm.m;
        // A share of savings counts what it was paid after the total cap, which the quick runs
        // work out in their own way; a rule tested cohort by cohort reads its cohorts.
        if (m.rule.type == RuleType::ShareOfSavings || pm.cohortRule || m.plan.size() < idx(pp.n) ||
            m.actual.size() < idx(pp.n))
            return false;
        perParticipant = perParticipant || m.rule.oncePerParticipant;
    }
    // The ledger's per-participant caps and once-per-participant rules link the metrics of a
    // period; without them the ledger changes nothing.
    return !(pp.ledger.usable && perParticipant);
}

namespace {

// a(t) on the forecast basis: observedOn() without a factor, for a metric with no cohort outcomes
// and one plan and reported value per period (fastPathCovers).
EFFEKT_ALWAYS_INLINE inline double observedAt(const PreparedMetric &pm, std::size_t t) {
    const std::optional<double> &a = pm.m->actual[t];
    return finiteOr0(a ? *a : pm.m->plan[t]);
}

// Steps 1 and 3 of one metric over all periods (metricStream's arithmetic, payments.cpp): the
// payment after the metric caps into capped[t · M + m], u(t) into units[t].
template <RuleType Type>
void metricRun(const PreparedMetric &pm, const Prepared &pp, Money *capped, std::size_t M,
               double *units) {
    MetricState st;
    for (std::size_t t = 0; t < idx(pp.n); ++t) {
        const RuleValue v = ruleValueOf<Type>(pm, st, observedAt(pm, t), pm.cf[t], pp.index[t]);
        capped[t * M] = metricCaps(pm, st, v.gross, v);
        units[t] = v.u;
    }
}

// metricRun<PerUnit> for a rule without volume bands or a cap on units, in periods without
// indexation (factor 1): ruleValueOf's and metricCaps' arithmetic with what they would find
// constant taken out of the loop.
void plainPerUnitRun(const PreparedMetric &pm, std::size_t n, Money *capped, std::size_t M,
                     double *units) {
    const Metric &metric = *pm.m;
    const PaymentRule &rule = metric.rule;
    const double price = static_cast<double>(rule.price);
    const bool higher = metric.direction == Direction::HigherIsBetter;
    const ThresholdBasis tb = rule.thresholdBasis;
    const bool unitTest = tb == ThresholdBasis::Units || tb == ThresholdBasis::UnitsAndRelative;
    const bool relativeTest =
        tb == ThresholdBasis::Relative || tb == ThresholdBasis::UnitsAndRelative;
    const double relative =
        tb == ThresholdBasis::Relative ? rule.threshold : rule.thresholdRelative;
    const Money cap = pm.capMoney;
    const std::optional<double> *actual = metric.actual.data();
    const double *plan = metric.plan.data(), *cf = pm.cf.data();
    Money after = 0;
    for (std::size_t t = 0; t < n; ++t) {
        const double a = finiteOr0(actual[t] ? *actual[t] : plan[t]);
        const double b = cf[t];
        const double u = higher ? std::max(0.0, a - b) : std::max(0.0, b - a);
        double eligible = u;
        if (unitTest && u < rule.threshold)
            eligible = 0;
        if (relativeTest && (b == 0 || u / std::fabs(b) < relative))
            eligible = 0;
        Money c = std::max<Money>(0, roundMoney(price * eligible));
        if (cap != kNoCap)
            c = std::min(c, nonNegative(msub(cap, after)));
        after = madd(after, c);
        capped[t * M] = c;
        units[t] = u;
    }
}

} // namespace

void fastRun(const Prepared &pp, RunTotals &out, PaymentRun &pay, AccountRun &acc) {
    const Project &p = *pp.p;
    const std::size_t n = idx(pp.n);
    const std::size_t len = idx(pp.periods);
    const std::size_t M = pp.metrics.size();
    out.periods = pp.periods;

    // §4 steps 1 and 3, metric by metric: what each earns before the total cap.
    std::vector<Money> &capped = pay.capped; // [t · M + m]
    capped.resize(n * M);
    std::vector<double> &units = pay.units; // [m · n + t]: u(t), for the savings
    units.resize(M * n);
    for (std::size_t m = 0; m < M; ++m) {
        const PreparedMetric &pm = pp.metrics[m];
        switch (pm.m->rule.type) {
        case RuleType::PerUnit:
            if (!pp.indexed && pm.bands.empty() &&
                pm.capUnits == std::numeric_limits<double>::infinity()) {
                plainPerUnitRun(pm, n, capped.data() + m, M, units.data() + m * n);
                break;
            }
            metricRun<RuleType::PerUnit>(pm, pp, capped.data() + m, M, units.data() + m * n);
            break;
        case RuleType::Tiered:
            metricRun<RuleType::Tiered>(pm, pp, capped.data() + m, M, units.data() + m * n);
            break;
        default: // a milestone (fastPathCovers: never a share of savings)
            metricRun<RuleType::Milestone>(pm, pp, capped.data() + m, M, units.data() + m * n);
            break;
        }
    }

    // Fixed fees (inside the total cap they take its room first), step 4 (the total cap, pro
    // rata over the metrics of the period where it binds) and step 6 (due lag periods later):
    // runPayments' arithmetic without payers, who change no total here.
    // (The earned payments replace step 3's in `capped`; each due period then gathers its own.)
    std::vector<Money> &totalDue = pay.totalDue;
    std::vector<Money> &fixedDue = pay.fixedDue;
    fixedDue.resize(len);
    Money totalCum = 0;
    for (std::size_t t = 0; t < n; ++t) {
        Money feeSum = 0;
        for (const PreparedFee &f : pp.fees)
            feeSum = madd(feeSum, f.amount[t]);
        if (p.caps.fixedFeesInsideTotal) {
            if (pp.totalCap != kNoCap && feeSum > 0)
                feeSum = std::min(feeSum, nonNegative(msub(pp.totalCap, totalCum)));
            totalCum = madd(totalCum, feeSum);
        }
        fixedDue[t] = feeSum;
        Money *row = capped.data() + t * M;
        Money metricSum = 0;
        for (std::size_t m = 0; m < M; ++m)
            metricSum = madd(metricSum, row[m]);
        if (pp.totalCap != kNoCap) {
            const Money room = nonNegative(msub(pp.totalCap, totalCum));
            if (metricSum > room) {
                pay.weights.assign(row, row + M);
                money::splitInto(room, pay.weights, pp.metricOrder, pay.earned, pay.split);
                std::copy(pay.earned.begin(), pay.earned.end(), row);
                metricSum = room;
            }
        }
        totalCum = madd(totalCum, metricSum);
    }
    out.totalCapCounted = totalCum;
    // Due lag periods later: what falls due in d, summed over the metrics (non-negative amounts
    // in another order than runPayments adds them, the same sum).
    totalDue.resize(len);
    for (std::size_t d = 0; d < len; ++d) {
        Money due = 0;
        for (std::size_t m = 0; m < M; ++m) {
            const std::size_t lag = idx(pp.metrics[m].lag);
            if (d >= lag && d - lag < n)
                due = madd(due, capped[(d - lag) * M + m]);
        }
        if (d >= n)
            fixedDue[d] = 0;
        totalDue[d] = madd(due, fixedDue[d]);
    }

    // §5: the account (runAccount's arithmetic for no investor or one: a draw, or a return up
    // to the cap, is all of what is needed or left, up to the investor's room), and §6 the
    // commissioner's payments net of what it keeps (commissionerView's).
    const Investor *investor = p.investors.empty() ? nullptr : &p.investors.front();
    out.investor = investor != nullptr;
    out.draws.resize(investor ? len : 0);
    out.distributions.resize(investor ? len : 0);
    out.paymentsNet.resize(len);
    const Money commitment = investor ? nonNegative(investor->commitment) : 0;
    const double coupon = investor ? finiteOr0(investor->coupon) : 0.0;
    const double returnCap =
        investor && investor->returnCap ? std::max(0.0, finiteOr0(*investor->returnCap)) : 0.0;
    const double reserveShare = std::clamp(finiteOr0(p.financing.reserveShare), 0.0, 1.0);
    const double incentiveShare =
        std::clamp(finiteOr0(p.financing.providerIncentiveShare), 0.0, 1.0);
    Money drawn = 0, outstanding = 0, accrued = 0, distributed = 0, balance = 0;
    out.totalPayments = 0;
    double npvPay = 0;
    for (std::size_t t = 0; t < len; ++t) {
        if (coupon != 0 && outstanding > 0)
            accrued = madd(accrued, nonNegative(times(outstanding, coupon / pp.perYear)));
        balance = madd(balance, msub(totalDue[t], t < n ? pp.cost[t] : 0));
        Money draw = 0;
        if (balance < 0) {
            const Money room = commitment - drawn;
            if (investor && room > 0) // (room > 0: a commitment above 0)
                draw = std::min(-balance, room);
            drawn += draw;
            outstanding += draw;
            balance = 0;
        }
        const Money target = t + 1 < n ? scaled(pp.costAfter[t], reserveShare) : 0;
        Money paidOut = 0, kept = 0;
        if (balance > target) {
            Money surplus = balance - target;
            balance = target;
            if (investor) {
                // 1–2: coupon, then principal.
                for (Money *claim : {&accrued, &outstanding})
                    if (surplus > 0 && *claim != 0) {
                        const Money part = std::min(surplus, *claim);
                        *claim -= part;
                        paidOut += part;
                        distributed += part;
                        surplus -= part;
                    }
                // 3: the return above principal, up to the return cap.
                if (surplus > 0) {
                    const Money room = investor->returnCap
                                           ? nonNegative(msub(times(drawn, returnCap), distributed))
                                           : kNoCap / 4;
                    if (static_cast<double>(drawn) > 0 && room > 0) {
                        const Money give = std::min(surplus, room);
                        paidOut += give;
                        distributed += give;
                        surplus -= give;
                    }
                }
            }
            // 4: the provider's incentive; the rest the commissioner does not pay at all.
            kept = surplus - scaled(surplus, incentiveShare);
        }
        if (investor) {
            out.draws[t] = draw;
            out.distributions[t] = paidOut;
        }
        const Money net = msub(totalDue[t], kept);
        out.paymentsNet[t] = net;
        out.totalPayments = madd(out.totalPayments, net);
        npvPay += static_cast<double>(net) / pp.discount[t];
    }
    out.npvPayments = money::round(npvPay);
    out.drawn = drawn;
    out.distributed = distributed;
    out.guarantee = 0;
    if (investor) {
        const double share = std::clamp(finiteOr0(investor->guaranteedShare), 0.0, 1.0);
        if (share > 0)
            out.guarantee = nonNegative(times(drawn, share) - distributed);
        // The investor's profit, as accountResults() works it out: beyond Money's range, an
        // overflow.
        msub(madd(distributed, out.guarantee), drawn);
    }

    // §6: the savings (commissionerView's steps per budget holder, summed over the holders).
    const std::size_t slen = idx(pp.savingsPeriods);
    std::array<std::vector<Money>, 4> &steps = acc.savingsSteps;
    std::array<bool, 4> used{}; // holders with a savings line: the others' steps stay 0
    for (std::size_t m = 0; m < M; ++m)
        for (const SavingsLine &line : pp.metrics[m].m->savings) {
            const std::size_t holder = static_cast<std::size_t>(line.holder) < 4
                                           ? static_cast<std::size_t>(line.holder)
                                           : 3;
            std::vector<Money> &step = steps[holder];
            if (!used[holder])
                step.assign(slen + 1, 0);
            used[holder] = true;
            const Money parts = std::max<Money>(1, spreadPeriodsOf(line, pp.perYear));
            for (std::size_t t = 0; t < n; ++t) {
                const double u = units[m * n + t];
                if (u == 0)
                    continue;
                addSpread(step, t, times(line.perUnit, u), parts);
            }
        }
    std::array<Money, 4> level{};
    Money totalSavings = 0;
    double npvSav = 0;
    for (std::size_t t = 0; t < slen; ++t) {
        Money sum = 0;
        for (std::size_t h = 0; h < 4; ++h)
            if (used[h]) { // (an unused holder's level is 0 throughout)
                level[h] = madd(level[h], steps[h][t]);
                sum = madd(sum, level[h]);
            }
        totalSavings = madd(totalSavings, sum);
        npvSav += static_cast<double>(sum) / pp.discount[t];
    }
    out.npvSavings = money::round(npvSav);
    out.netValue = msub(out.npvSavings, out.npvPayments);
}

} // namespace effekt::engine
