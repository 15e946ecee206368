#include "riskkpis.h"

#include <cmath>

namespace effekt {

TraditionalFigures traditionalFigures(const Project &project) {
    TraditionalFigures f;
    const int perYear = periodsPerYear(project.timeline.length);
    const double rate =
        std::isfinite(project.valuation.discountRate) ? project.valuation.discountRate : 0.0;
    const double rp = std::pow(1 + rate, 1.0 / perYear) - 1;
    const double margin = std::isfinite(project.valuation.traditionalMargin)
                              ? project.valuation.traditionalMargin
                              : 0.0;
    double npvTrad = 0;
    for (std::size_t t = 0; t < project.deliveryCost.size(); ++t) {
        const Money c = money::times(project.deliveryCost[t], 1.0 + margin);
        f.cost = money::add(f.cost, c);
        npvTrad += static_cast<double>(c) / std::pow(1 + rp, static_cast<double>(t + 1));
    }
    f.npv = money::round(npvTrad);
    return f;
}

RiskKpis riskKpis(const Project &project, const Results &r) {
    std::vector<double> flows;
    return riskKpis(project, r, traditionalFigures(project), flows, true);
}

RiskKpis riskKpis(const Project &project, const Results &r, const TraditionalFigures &traditional,
                  std::vector<double> &flows, bool irr) {
    RiskKpis k;
    k.payments = r.totalPayments;
    k.npvPayments = r.npvPayments;
    k.npvSavings = r.npvSavings;
    k.netValue = r.netValue;
    k.terminatedAfter = r.terminatedAfter;

    const int perYear = periodsPerYear(project.timeline.length);
    k.traditionalCost = traditional.cost;
    k.npvTraditional = traditional.npv;
    k.traditionalNetValue = money::sub(k.npvSavings, k.npvTraditional);

    flows.assign(static_cast<std::size_t>(std::max(r.periods, 0)), 0.0);
    for (const InvestorResult &inv : r.investors) {
        k.investorDrawn = money::add(k.investorDrawn, inv.drawn);
        k.investorReturned =
            money::add(k.investorReturned, money::add(inv.distributed, inv.guarantee));
        for (std::size_t t = 0; t < flows.size(); ++t) {
            if (t < inv.draws.size())
                flows[t] -= static_cast<double>(inv.draws[t]);
            if (t < inv.distributions.size())
                flows[t] += static_cast<double>(inv.distributions[t]);
        }
        if (!flows.empty())
            flows.back() += static_cast<double>(inv.guarantee);
    }
    k.investorProfit = money::sub(k.investorReturned, k.investorDrawn);
    if (k.investorDrawn > 0) {
        k.investorMultiple =
            static_cast<double>(k.investorReturned) / static_cast<double>(k.investorDrawn);
        if (irr) {
            const RateResult rate = finance::irr(flows);
            if (rate.ok())
                k.investorIrrAnnual = std::pow(1 + rate.rate, perYear) - 1;
        }
    }

    if (project.caps.total)
        k.totalCapReached = r.totalCapCounted >= *project.caps.total;
    return k;
}

RiskKpis riskKpis(const Project &project, const RunTotals &r, const TraditionalFigures &traditional,
                  std::vector<double> &flows, bool irr) {
    // The arithmetic of the overload above, step by step, for at most one investor (the flows
    // only for the IRR).
    RiskKpis k;
    k.payments = r.totalPayments;
    k.npvPayments = r.npvPayments;
    k.npvSavings = r.npvSavings;
    k.netValue = r.netValue;
    k.traditionalCost = traditional.cost;
    k.npvTraditional = traditional.npv;
    k.traditionalNetValue = money::sub(k.npvSavings, k.npvTraditional);
    if (irr)
        flows.assign(static_cast<std::size_t>(std::max(r.periods, 0)), 0.0);
    if (r.investor) {
        k.investorDrawn = money::add(k.investorDrawn, r.drawn);
        k.investorReturned = money::add(k.investorReturned, money::add(r.distributed, r.guarantee));
        if (irr) {
            for (std::size_t t = 0; t < flows.size(); ++t) {
                if (t < r.draws.size())
                    flows[t] -= static_cast<double>(r.draws[t]);
                if (t < r.distributions.size())
                    flows[t] += static_cast<double>(r.distributions[t]);
            }
            if (!flows.empty())
                flows.back() += static_cast<double>(r.guarantee);
        }
    }
    k.investorProfit = money::sub(k.investorReturned, k.investorDrawn);
    if (k.investorDrawn > 0) {
        k.investorMultiple =
            static_cast<double>(k.investorReturned) / static_cast<double>(k.investorDrawn);
        if (irr) {
            const RateResult rate = finance::irr(flows);
            if (rate.ok())
                k.investorIrrAnnual =
                    std::pow(1 + rate.rate, periodsPerYear(project.timeline.length)) - 1;
        }
    }
    if (project.caps.total)
        k.totalCapReached = r.totalCapCounted >= *project.caps.total;
    return k;
}

} // namespace effekt
