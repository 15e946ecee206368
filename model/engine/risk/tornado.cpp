#include "tornado.h"

#include "scenario.h"

#include <algorithm>

namespace effekt {

namespace {

void scalePrices(Project &p, double f) {
    for (Metric &m : p.metrics) {
        PaymentRule &r = m.rule;
        r.price = money::times(r.price, f);
        for (VolumeBand &b : r.bands)
            b.price = money::times(b.price, f);
        for (Tier &t : r.tiers)
            t.amount = money::times(t.amount, f);
        r.milestoneAmount = money::times(r.milestoneAmount, f);
        r.share *= f;
        if (r.secondShare)
            *r.secondShare *= f;
    }
}

struct Run {
    RiskKpis kpis;
    bool failed = false;
};

Run run(const Project &p) {
    Run out;
    try {
        const Results r = compute(p, Basis::Forecast, ComputeOptions{.kpis = false});
        out.failed = hasErrors(r.diagnostics);
        if (!out.failed)
            out.kpis = riskKpis(p, r);
    } catch (const MoneyOverflow &) {
        out.failed = true;
    }
    return out;
}

std::optional<double> irrChange(const RiskKpis &k, const RiskKpis &basis) {
    if (k.investorIrrAnnual && basis.investorIrrAnnual)
        return *k.investorIrrAnnual - *basis.investorIrrAnnual;
    return std::nullopt;
}

} // namespace

Money TornadoBar::netValueSwing() const {
    return money::sub(std::max({netValueLow, netValueHigh, Money{0}}),
                      std::min({netValueLow, netValueHigh, Money{0}}));
}

std::optional<double> TornadoBar::irrSwing() const {
    if (!irrLow && !irrHigh)
        return std::nullopt;
    double hi = 0, lo = 0;
    for (const std::optional<double> &c : {irrLow, irrHigh})
        if (c) {
            hi = std::max(hi, *c);
            lo = std::min(lo, *c);
        }
    return hi - lo;
}

Project tornadoProject(const Project &project, TornadoInput input, int metricId, bool up,
                       const TornadoSettings &s) {
    const double sign = up ? 1.0 : -1.0;
    Scenario sc = basisScenario();
    switch (input) {
    case TornadoInput::MetricFactor:
        sc.metrics.push_back(MetricOverride{metricId, up ? s.factorHigh : s.factorLow, 0});
        return applyScenario(project, sc, Basis::Forecast);
    case TornadoInput::Prices: {
        Project p = project;
        scalePrices(p, 1.0 + sign * s.priceChange);
        return p;
    }
    case TornadoInput::DeliveryCost:
        sc.costFactor = 1.0 + sign * s.costChange;
        return applyScenario(project, sc, Basis::Forecast);
    case TornadoInput::Lag: {
        Project p = project;
        if (up)
            for (Metric &m : p.metrics)
                m.rule.lag += s.lagChange;
        return p;
    }
    case TornadoInput::Savings:
        sc.savingsFactor = 1.0 + sign * s.savingsChange;
        return applyScenario(project, sc, Basis::Forecast);
    case TornadoInput::Intake:
        sc.intakeFactor = 1.0 + sign * s.intakeChange;
        return applyScenario(project, sc, Basis::Forecast);
    case TornadoInput::DiscountRate:
        sc.discountRate = up ? s.discountHigh : s.discountLow;
        return applyScenario(project, sc, Basis::Forecast);
    }
    return project;
}

Tornado tornado(const Project &project, const TornadoSettings &s) {
    Tornado out;
    const Run basis = run(project);
    out.basis = basis.kpis;

    std::vector<TornadoBar> bars;
    auto add = [&](TornadoInput input, int metricId, double lowValue, double highValue,
                   bool oneSided) {
        TornadoBar bar;
        bar.input = input;
        bar.metricId = metricId;
        bar.lowValue = lowValue;
        bar.highValue = highValue;
        bar.oneSided = oneSided;
        Run low;
        if (oneSided)
            low = basis;
        else
            try {
                low = run(tornadoProject(project, input, metricId, false, s));
            } catch (const MoneyOverflow &) {
                low.failed = true;
            }
        Run high;
        try {
            high = run(tornadoProject(project, input, metricId, true, s));
        } catch (const MoneyOverflow &) {
            high.failed = true;
        }
        bar.failed = basis.failed || low.failed || high.failed;
        if (!bar.failed) {
            bar.low = low.kpis;
            bar.high = high.kpis;
            bar.netValueLow = money::sub(low.kpis.netValue, basis.kpis.netValue);
            bar.netValueHigh = money::sub(high.kpis.netValue, basis.kpis.netValue);
            bar.irrLow = irrChange(low.kpis, basis.kpis);
            bar.irrHigh = irrChange(high.kpis, basis.kpis);
        }
        bars.push_back(std::move(bar));
    };
    for (const Metric &m : project.metrics)
        add(TornadoInput::MetricFactor, m.id, s.factorLow, s.factorHigh, false);
    add(TornadoInput::Prices, -1, -s.priceChange, s.priceChange, false);
    add(TornadoInput::DeliveryCost, -1, -s.costChange, s.costChange, false);
    add(TornadoInput::Lag, -1, 0, s.lagChange, true);
    add(TornadoInput::Savings, -1, -s.savingsChange, s.savingsChange, false);
    add(TornadoInput::Intake, -1, -s.intakeChange, s.intakeChange, false);
    add(TornadoInput::DiscountRate, -1, s.discountLow, s.discountHigh, false);

    out.byNetValue = bars;
    std::stable_sort(out.byNetValue.begin(), out.byNetValue.end(),
                     [](const TornadoBar &a, const TornadoBar &b) {
                         return a.netValueSwing() > b.netValueSwing();
                     });
    out.byIrr = std::move(bars);
    std::stable_sort(out.byIrr.begin(), out.byIrr.end(),
                     [](const TornadoBar &a, const TornadoBar &b) {
                         const std::optional<double> x = a.irrSwing(), y = b.irrSwing();
                         if (!y)
                             return x.has_value();
                         return x && *x > *y;
                     });
    return out;
}

} // namespace effekt
