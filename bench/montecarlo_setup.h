// The Monte Carlo set-ups the benchmarks and bench/montecarlo_numpy.py share (docs/performance.md).
#pragma once

#include "project.h"
#include "samples.h"

namespace effekt::bench {

// The worked example (DOMAIN.md §9) with M1's factor PERT(0.5, 1.0, 1.2) and M2's triangular
// (0.4, 0.9, 1.3), ρ = 0.3, no delays. bench/montecarlo_numpy.py uses the same numbers.
inline Project workedExampleSimulation() {
    Project p = workedExample();
    p.simulation.distributions = {
        FactorDistribution{1, FactorDistributionKind::Pert, 0.5, 1.0, 1.2, {}},
        FactorDistribution{2, FactorDistributionKind::Triangular, 0.4, 0.9, 1.3, {}}};
    p.simulation.correlation = 0.3;
    return p;
}

// The large contract (50 metrics × 120 months) with every metric PERT(0.5, 1.0, 1.2) and a delay
// of 0, 1 or 2 months (0.7, 0.2, 0.1), ρ = 0.3.
inline Project largeSimulation() {
    Project p = largeContract(false);
    for (const Metric &m : p.metrics)
        p.simulation.distributions.push_back(
            FactorDistribution{m.id, FactorDistributionKind::Pert, 0.5, 1.0, 1.2, {0.7, 0.2, 0.1}});
    p.simulation.correlation = 0.3;
    return p;
}

} // namespace effekt::bench
