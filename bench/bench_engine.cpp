// Engine benchmarks (docs/performance.md records the figures and the command).
#include "engine.h"
#include "samples.h"

#include <benchmark/benchmark.h>

static void BM_WorkedExample(benchmark::State &state) {
    const effekt::Project p = effekt::workedExample();
    for (auto _ : state)
        benchmark::DoNotOptimize(effekt::compute(p, effekt::Basis::Plan));
}
BENCHMARK(BM_WorkedExample)->Unit(benchmark::kMicrosecond);

static void BM_LargeContract(benchmark::State &state) {
    const effekt::Project p = effekt::largeContract(false);
    for (auto _ : state)
        benchmark::DoNotOptimize(effekt::compute(p, effekt::Basis::Forecast));
}
BENCHMARK(BM_LargeContract)->Unit(benchmark::kMillisecond);

static void BM_LargeContractWithLedger(benchmark::State &state) {
    const effekt::Project p = effekt::largeContract(true);
    for (auto _ : state)
        benchmark::DoNotOptimize(effekt::compute(p, effekt::Basis::Forecast));
}
BENCHMARK(BM_LargeContractWithLedger)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
