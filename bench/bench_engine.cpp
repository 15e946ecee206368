// Engine benchmarks: the worked example of DOMAIN.md §9.
#include "engine.h"

#include <benchmark/benchmark.h>

static void BM_WorkedExample(benchmark::State &state) {
    const effekt::Project p = effekt::workedExample();
    for (auto _ : state)
        benchmark::DoNotOptimize(effekt::compute(p));
}
BENCHMARK(BM_WorkedExample);

BENCHMARK_MAIN();
