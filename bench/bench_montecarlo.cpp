// Monte Carlo benchmarks (docs/performance.md): the worked example, 100,000 trials, and the large
// contract, 10,000 trials, on 1 and 2 threads. Wall time is what counts (UseRealTime).
#include "montecarlo.h"
#include "montecarlo_setup.h"

#include <benchmark/benchmark.h>

using namespace effekt;

static void BM_Simulate_WorkedExample(benchmark::State &state) {
    const Project p = bench::workedExampleSimulation();
    const int threads = static_cast<int>(state.range(0));
    for (auto _ : state) {
        const SimulationResult r = simulate(p, {100'000, 1, threads, false});
        benchmark::DoNotOptimize(r.payments.mean);
    }
}
BENCHMARK(BM_Simulate_WorkedExample)->Arg(1)->Arg(2)->UseRealTime()->Unit(benchmark::kMillisecond);

static void BM_Simulate_Large(benchmark::State &state) {
    const Project p = bench::largeSimulation();
    const int threads = static_cast<int>(state.range(0));
    for (auto _ : state) {
        const SimulationResult r = simulate(p, {10'000, 1, threads, false});
        benchmark::DoNotOptimize(r.payments.mean);
    }
}
BENCHMARK(BM_Simulate_Large)
    ->Arg(1)
    ->Arg(2)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

BENCHMARK_MAIN();
