// The investors' cash flows (DOMAIN.md §5, docs/engine.md "The special-purpose account"): the
// special-purpose account, draws pro rata to commitment, the reserve, the waterfall, guarantees,
// and each investor's multiple, IRR and XIRR.
#include "engine_detail.h"

namespace effekt::engine {

namespace {

// Splits `amount` pro rata to `weights`, no part above its `room` (an investor that reaches its
// room drops out and the others share the rest); what cannot be placed is returned. Uses the
// scratch of `a`.
Money waterFill(Money amount, const std::vector<double> &weights, const std::vector<Money> &room,
                std::vector<Money> &given, const std::vector<std::size_t> &order, AccountRun &a) {
    const std::size_t n = weights.size();
    if (n == 1) { // one investor: the whole amount up to its room (what the loop below gives)
        given.assign(1, 0);
        if (amount > 0 && weights[0] > 0 && room[0] > 0)
            given[0] = std::min(amount, room[0]);
        return amount - given[0];
    }
    given.assign(n, 0);
    a.active.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        a.active[i] = weights[i] > 0 && room[i] > 0;
    while (amount > 0) {
        a.fillW.assign(n, 0.0);
        bool any = false;
        for (std::size_t i = 0; i < n; ++i)
            if (a.active[i]) {
                a.fillW[i] = weights[i];
                any = true;
            }
        if (!any)
            break;
        money::splitInto(amount, a.fillW, order, a.parts, a.split);
        bool clipped = false;
        for (std::size_t i = 0; i < n; ++i)
            if (a.active[i] && a.parts[i] >= room[i] - given[i]) {
                clipped = true;
                const Money take = room[i] - given[i];
                given[i] += take;
                amount -= take;
                a.active[i] = 0;
            }
        if (!clipped) {
            for (std::size_t i = 0; i < n; ++i)
                given[i] += a.parts[i];
            amount = 0;
        }
    }
    return amount;
}

} // namespace

// Without `detail` only the totals are kept (drawn, distributed, the gap), not the rows per period
// and investor nor the guarantees.
void runAccount(const Prepared &pp, const std::vector<Money> &paymentsIn, AccountRun &a,
                bool detail, int end) {
    const Project &p = *pp.p;
    const std::size_t len = idx(pp.periods);
    // Early termination after period end − 1: no costs from `end` on, and from end − 1 on none
    // remain to keep a reserve for.
    const std::size_t costEnd = end < 0 ? idx(pp.n) : std::min(idx(end), idx(pp.n));
    const std::size_t I = p.investors.size();
    if (detail) {
        a.draws.assign(len, 0);
        a.distributions.assign(len, 0);
        a.incentive.assign(len, 0);
        a.kept.assign(len, 0);
        a.reserve.assign(len, 0);
        a.gap.assign(len, 0);
        a.investorDraws.resize(I);
        a.investorDist.resize(I);
        for (std::size_t i = 0; i < I; ++i) {
            a.investorDraws[i].assign(len, 0);
            a.investorDist[i].assign(len, 0);
        }
        a.guarantee.assign(I, 0);
    }
    a.inv.assign(I, InvestorState{});
    a.totalDrawn = a.totalDistributed = a.totalGap = 0;
    a.firstGap = -1;
    auto &commitW = a.commitW;
    commitW.assign(I, 0.0);
    for (std::size_t i = 0; i < I; ++i) {
        a.inv[i].commitment = nonNegative(p.investors[i].commitment);
        commitW[i] = static_cast<double>(a.inv[i].commitment);
    }
    const double reserveShare = std::clamp(finiteOr0(p.financing.reserveShare), 0.0, 1.0);
    const double incentiveShare =
        std::clamp(finiteOr0(p.financing.providerIncentiveShare), 0.0, 1.0);

    auto &room = a.room;
    auto &given = a.given;
    auto &w = a.w;
    room.assign(I, 0);
    given.assign(I, 0);
    w.assign(I, 0.0);
    Money balance = 0;
    std::size_t t = 0; // the period, for an overflow's place
    try {
        for (; t < len; ++t) {
            // Coupon accrues on the principal outstanding during the period (simple: annual /
            // periods).
            for (std::size_t i = 0; i < I; ++i) {
                const double c = finiteOr0(p.investors[i].coupon);
                if (c != 0 && a.inv[i].outstanding > 0)
                    try {
                        a.inv[i].accrued =
                            madd(a.inv[i].accrued,
                                 nonNegative(money::times(a.inv[i].outstanding, c / pp.perYear)));
                    } catch (const MoneyOverflow &) {
                        overflowAt("investor", p.investors[i].id, "coupon", static_cast<int>(t));
                    }
            }
            const Money cost = t < costEnd ? pp.cost[t] : 0;
            balance = madd(balance, msub(paymentsIn[t], cost));
            if (balance < 0) {
                const Money need = -balance;
                for (std::size_t i = 0; i < I; ++i)
                    room[i] = a.inv[i].commitment - a.inv[i].drawn;
                const Money unplaced = waterFill(need, commitW, room, given, pp.investorOrder, a);
                const Money draw = need - unplaced;
                for (std::size_t i = 0; i < I; ++i) {
                    a.inv[i].drawn += given[i];
                    a.inv[i].outstanding += given[i];
                    if (detail)
                        a.investorDraws[i][t] = given[i];
                }
                if (detail) {
                    a.draws[t] = draw;
                    a.gap[t] = unplaced;
                }
                a.totalDrawn = madd(a.totalDrawn, draw);
                if (unplaced > 0) {
                    a.totalGap = madd(a.totalGap, unplaced);
                    if (a.firstGap < 0)
                        a.firstGap = static_cast<int>(t);
                }
                balance = 0;
            }
            const Money target = t + 1 < costEnd ? scaled(pp.costAfter[t], reserveShare) : 0;
            if (balance > target) {
                Money surplus = balance - target;
                balance = target;
                auto &paid = a.paid;
                paid.assign(I, 0);
                // 1–2: each tranche, coupon then principal, pro rata within the tranche.
                for (Tranche tr : {Tranche::Senior, Tranche::Subordinate}) {
                    for (int what = 0; what < 2 && surplus > 0; ++what) {
                        Money claims = 0;
                        for (std::size_t i = 0; i < I; ++i) {
                            const Money claim =
                                p.investors[i].tranche != tr
                                    ? 0
                                    : (what == 0 ? a.inv[i].accrued : a.inv[i].outstanding);
                            w[i] = static_cast<double>(claim);
                            claims = madd(claims, claim);
                        }
                        if (claims == 0)
                            continue;
                        const Money pay = std::min(surplus, claims);
                        money::splitInto(pay, w, pp.investorOrder, a.parts, a.split);
                        for (std::size_t i = 0; i < I; ++i) {
                            (what == 0 ? a.inv[i].accrued : a.inv[i].outstanding) -= a.parts[i];
                            paid[i] += a.parts[i];
                            a.inv[i].distributed += a.parts[i];
                        }
                        surplus -= pay;
                    }
                }
                // 3: return above principal, pro rata to capital drawn, up to each return cap.
                if (surplus > 0) {
                    for (std::size_t i = 0; i < I; ++i) {
                        w[i] = static_cast<double>(a.inv[i].drawn);
                        const auto &cap = p.investors[i].returnCap;
                        try {
                            room[i] =
                                cap ? nonNegative(msub(money::times(a.inv[i].drawn,
                                                                    std::max(0.0, finiteOr0(*cap))),
                                                       a.inv[i].distributed))
                                    : kNoCap / 4;
                        } catch (const MoneyOverflow &) {
                            overflowAt("investor", p.investors[i].id, "returnCap",
                                       static_cast<int>(t));
                        }
                    }
                    surplus = waterFill(surplus, w, room, given, pp.investorOrder, a);
                    for (std::size_t i = 0; i < I; ++i) {
                        paid[i] += given[i];
                        a.inv[i].distributed += given[i];
                    }
                }
                Money out = 0;
                for (std::size_t i = 0; i < I; ++i) {
                    out += paid[i];
                    if (detail)
                        a.investorDist[i][t] = paid[i];
                }
                a.totalDistributed = madd(a.totalDistributed, out);
                if (detail) {
                    a.distributions[t] = out;
                    // 4: the provider's incentive; the rest the commissioner does not pay at all.
                    a.incentive[t] = scaled(surplus, incentiveShare);
                    a.kept[t] = surplus - a.incentive[t];
                }
            }
            if (detail)
                a.reserve[t] = balance;
        }
    } catch (const MoneyOverflow &) {
        overflowAt("financing", -1, "", static_cast<int>(t));
    }
    if (!detail)
        return;
    // The guarantor pays the shortfall between repayments and the guaranteed share of principal.
    for (std::size_t i = 0; i < I; ++i) {
        const double share = std::clamp(finiteOr0(p.investors[i].guaranteedShare), 0.0, 1.0);
        if (share > 0) {
            const Money guaranteed = money::times(a.inv[i].drawn, share);
            a.guarantee[i] = nonNegative(guaranteed - a.inv[i].distributed);
        }
    }
}

void accountResults(const Prepared &pp, AccountRun &acc, Results &r, bool rates) {
    const Project &project = *pp.p;
    const std::size_t len = idx(pp.periods);
    r.draws.swap(acc.draws);
    r.distributions.swap(acc.distributions);
    r.providerIncentive.swap(acc.incentive);
    r.commissionerKept.swap(acc.kept);
    r.reserve.swap(acc.reserve);
    r.fundingGap.swap(acc.gap);
    if (acc.totalGap > 0)
        r.diagnostics.push_back(diag(DiagCode::FundingGap, Severity::Warning, "financing", -1,
                                     "commitment", acc.firstGap, {MoneyValue{acc.totalGap}}));
    std::vector<Date> &dates = acc.dates;
    if (rates) {
        dates.resize(len);
        for (std::size_t t = 0; t < len; ++t)
            dates[t] = project.timeline.periodEnd(static_cast<int>(t));
    }
    const std::size_t I = project.investors.size();
    r.investors.resize(I);
    for (std::size_t i = 0; i < I; ++i) {
        // The slot's rows (from an earlier run of the same results) go back to the scratch.
        InvestorResult &slot = r.investors[i];
        std::vector<Money> spareDraws = std::move(slot.draws);
        std::vector<Money> spareDist = std::move(slot.distributions);
        InvestorResult ir;
        ir.investorId = project.investors[i].id;
        ir.draws.swap(acc.investorDraws[i]);
        ir.distributions.swap(acc.investorDist[i]);
        acc.investorDraws[i].swap(spareDraws);
        acc.investorDist[i].swap(spareDist);
        ir.guarantee = acc.guarantee[i];
        ir.drawn = acc.inv[i].drawn;
        ir.distributed = acc.inv[i].distributed;
        try {
            ir.profit = msub(madd(ir.distributed, ir.guarantee), ir.drawn);
        } catch (const MoneyOverflow &) {
            overflowAt("investor", ir.investorId, "", -1);
        }
        if (ir.drawn > 0)
            ir.multiple =
                static_cast<double>(ir.distributed + ir.guarantee) / static_cast<double>(ir.drawn);
        if (rates && ir.drawn > 0) {
            std::vector<double> &flows = acc.flows;
            flows.assign(len, 0.0);
            for (std::size_t t = 0; t < len; ++t)
                flows[t] = static_cast<double>(ir.distributions[t] - ir.draws[t]);
            if (len > 0)
                flows[len - 1] += static_cast<double>(ir.guarantee);
            ir.irrPeriodic = finance::irr(flows);
            if (ir.irrPeriodic.ok())
                ir.irrAnnual = std::pow(1 + ir.irrPeriodic.rate, pp.perYear) - 1;
            ir.xirr = finance::xirr(flows, dates);
            if (!ir.irrPeriodic.ok())
                r.diagnostics.push_back(diag(DiagCode::IrrNoRoot, Severity::Info, "investor",
                                             ir.investorId, "irr", -1, {}));
            else if (ir.irrPeriodic.ambiguous)
                r.diagnostics.push_back(diag(DiagCode::IrrAmbiguous, Severity::Info, "investor",
                                             ir.investorId, "irr", -1,
                                             {PercentValue{ir.irrPeriodic.rate}}));
        }
        slot = std::move(ir);
    }
}

} // namespace effekt::engine
