// Sensitivity (DOMAIN.md §8, docs/risk.md): the tornado. Each input moved alone down and up by a
// stated amount, every other input at its basis; the change in the commissioner's net value (NPV)
// and in the investors' IRR (annual), sorted by swing.
#pragma once

#include "engine.h"
#include "riskkpis.h"

#include <optional>
#include <vector>

namespace effekt {

// The amounts each input is moved by (the defaults of §8).
struct TornadoSettings {
    double factorLow = 0.8; // each metric's achievement factor, on its own
    double factorHigh = 1.2;
    double priceChange = 0.10;   // every rule's money amounts and shares × (1 ∓ change)
    double costChange = 0.10;    // delivery cost × (1 ∓ change)
    int lagChange = 1;           // every metric's payment lag + change (one-sided)
    double savingsChange = 0.20; // savings per unit × (1 ∓ change)
    double intakeChange = 0.20;  // every cohort's intake and planned size × (1 ∓ change)
    double discountLow = 0.02;   // discount rate a year, replacing the project's
    double discountHigh = 0.06;
};

enum class TornadoInput {
    MetricFactor, // metricId: that metric's achievement factor
    Prices,       // per-unit price, band prices, tier amounts, milestone amount, savings shares
    DeliveryCost,
    Lag,
    Savings, // savings per unit
    Intake,
    DiscountRate,
};

// One input's bar: the run with the input moved down (`low`) and up (`high`). The lag has no down
// side: its low run is the basis (`oneSided`).
struct TornadoBar {
    TornadoInput input = TornadoInput::MetricFactor;
    int metricId = -1;    // MetricFactor: the metric; −1 otherwise
    double lowValue = 0;  // the input's value or change down: factor 0.8, change −0.1, rate 0.02,
    double highValue = 0; // lag change 0 … and up: 1.2, +0.1, 0.06, lag change +1
    bool oneSided = false; // the lag: only moved up
    RiskKpis low, high;    // the two runs summed up
    bool failed = false;   // a run reported an error: its figures are not to be shown
    // Changes against the basis run: commissioner net value (NPV) and investor IRR a year. An IRR
    // change exists only when the IRR exists in both the basis and that run.
    Money netValueLow = 0, netValueHigh = 0;
    std::optional<double> irrLow, irrHigh;
    Money netValueSwing() const;            // |netValueHigh − netValueLow|
    std::optional<double> irrSwing() const; // |irrHigh − irrLow| when both exist (a one-sided bar:
                                            // |irrHigh|)
    bool operator==(const TornadoBar &) const = default;
};

struct Tornado {
    RiskKpis basis;                     // every input at its basis
    std::vector<TornadoBar> byNetValue; // every bar, the largest net value swing first
    std::vector<TornadoBar> byIrr;      // the same bars, the largest IRR swing first; bars
                                        // without an IRR swing last
    bool operator==(const Tornado &) const = default;
};

// The project with the input moved: what each bar's run computes, on the forecast basis (actuals
// where reported, plan for the rest), as is the basis run. `up` chooses the side; for the metric
// factor, metricId names the metric.
Project tornadoProject(const Project &project, TornadoInput input, int metricId, bool up,
                       const TornadoSettings &settings = {});

Tornado tornado(const Project &project, const TornadoSettings &settings = {});

} // namespace effekt
