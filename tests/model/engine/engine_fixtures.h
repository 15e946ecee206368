// Small builders for hand-computed engine cases and generated contracts (tests only).
#pragma once

#include "engine.h"

#include <initializer_list>
#include <span>
#include <vector>

namespace effekt::test {

inline constexpr Money kr(double major) {
    return static_cast<Money>(major * 100 + (major < 0 ? -0.5 : 0.5));
}

// Thousands of kroner, in øre: thousands({180, 360}) is 180,000 and 360,000 kroner.
inline std::vector<Money> thousands(std::initializer_list<int> v) {
    std::vector<Money> out;
    for (int x : v)
        out.push_back(static_cast<Money>(x) * 1000 * 100);
    return out;
}

inline Money sum(std::span<const Money> v) {
    Money s = 0;
    for (Money m : v)
        s += m;
    return s;
}

// A contract of `periods` periods with one commissioner (party 1), an investor party (2), a
// provider (3); no metrics, no costs, no investors.
inline Project bareProject(int periods, PeriodLength length = PeriodLength::Year) {
    Project p;
    p.name = "test";
    p.timeline = Timeline{Date{2027, 1, 1}, length, periods};
    p.parties = {Party{1, "Kommune", PartyRole::Commissioner, "", std::nullopt},
                 Party{2, "Investor", PartyRole::Investor, "", std::nullopt},
                 Party{3, "Provider", PartyRole::Provider, "", std::nullopt}};
    p.normalise();
    return p;
}

// A per-unit metric with the plan given (b = 0).
inline Metric perUnitMetric(int id, Money price, std::vector<double> plan) {
    Metric m;
    m.id = id;
    m.name = "M" + std::to_string(id);
    m.plan = std::move(plan);
    m.actual.assign(m.plan.size(), std::nullopt);
    m.counterfactual.assign(m.plan.size(), 0.0);
    m.rule.type = RuleType::PerUnit;
    m.rule.price = price;
    return m;
}

inline std::vector<Money> afterTotalCap(const Results &r, std::size_t m) {
    std::vector<Money> out;
    for (const MetricPeriod &mp : r.metric.at(m))
        out.push_back(mp.afterTotalCap);
    return out;
}

inline std::vector<Money> grossOf(const Results &r, std::size_t m) {
    std::vector<Money> out;
    for (const MetricPeriod &mp : r.metric.at(m))
        out.push_back(mp.gross);
    return out;
}

inline bool hasCode(const Diagnostics &ds, DiagCode code) {
    for (const Diagnostic &d : ds)
        if (d.code == code)
            return true;
    return false;
}

} // namespace effekt::test
