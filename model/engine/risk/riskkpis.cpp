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

namespace {

// riskKpis()' arithmetic, whether the figures come from compute()'s Results or from the fast
// path's RunTotals: the commissioner's figures first, each investor's added in turn (their flows
// only with the IRR), then the investors' totals.
class KpiSum {
public:
    KpiSum(const Project &project, const TraditionalFigures &traditional, int periods,
           Money payments, Money npvPayments, Money npvSavings, Money netValue,
           Money totalCapCounted, std::optional<int> terminatedAfter, std::vector<double> &flows,
           bool irr)
        : project_(project)
        , flows_(flows)
        , irr_(irr) {
        k_.payments = payments;
        k_.npvPayments = npvPayments;
        k_.npvSavings = npvSavings;
        k_.netValue = netValue;
        k_.terminatedAfter = terminatedAfter;
        k_.traditionalCost = traditional.cost;
        k_.npvTraditional = traditional.npv;
        k_.traditionalNetValue = money::sub(k_.npvSavings, k_.npvTraditional);
        if (project.caps.total)
            k_.totalCapReached = totalCapCounted >= *project.caps.total;
        if (irr)
            flows.assign(static_cast<std::size_t>(std::max(periods, 0)), 0.0);
    }
    void addInvestor(Money drawn, Money distributed, Money guarantee, std::span<const Money> draws,
                     std::span<const Money> distributions) {
        k_.investorDrawn = money::add(k_.investorDrawn, drawn);
        k_.investorReturned = money::add(k_.investorReturned, money::add(distributed, guarantee));
        if (!irr_)
            return;
        for (std::size_t t = 0; t < flows_.size(); ++t) {
            if (t < draws.size())
                flows_[t] -= static_cast<double>(draws[t]);
            if (t < distributions.size())
                flows_[t] += static_cast<double>(distributions[t]);
        }
        if (!flows_.empty())
            flows_.back() += static_cast<double>(guarantee);
    }
    RiskKpis finish() {
        k_.investorProfit = money::sub(k_.investorReturned, k_.investorDrawn);
        if (k_.investorDrawn > 0) {
            k_.investorMultiple =
                static_cast<double>(k_.investorReturned) / static_cast<double>(k_.investorDrawn);
            if (irr_) {
                const RateResult rate = finance::irr(flows_);
                if (rate.ok())
                    k_.investorIrrAnnual =
                        std::pow(1 + rate.rate, periodsPerYear(project_.timeline.length)) - 1;
            }
        }
        return k_;
    }

private:
    const Project &project_;
    std::vector<double> &flows_;
    bool irr_;
    RiskKpis k_;
};

} // namespace

RiskKpis riskKpis(const Project &project, const Results &r, const TraditionalFigures &traditional,
                  std::vector<double> &flows, bool irr) {
    KpiSum sum(project, traditional, r.periods, r.totalPayments, r.npvPayments, r.npvSavings,
               r.netValue, r.totalCapCounted, r.terminatedAfter, flows, irr);
    for (const InvestorResult &inv : r.investors)
        sum.addInvestor(inv.drawn, inv.distributed, inv.guarantee, inv.draws, inv.distributions);
    return sum.finish();
}

RiskKpis riskKpis(const Project &project, const RunTotals &r, const TraditionalFigures &traditional,
                  std::vector<double> &flows, bool irr) {
    KpiSum sum(project, traditional, r.periods, r.totalPayments, r.npvPayments, r.npvSavings,
               r.netValue, r.totalCapCounted, std::nullopt, flows, irr);
    if (r.investor)
        sum.addInvestor(r.drawn, r.distributed, r.guarantee, r.draws, r.distributions);
    return sum.finish();
}

} // namespace effekt
