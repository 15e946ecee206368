// Risk benchmarks (docs/performance.md "Risk" records the figures and the command): the
// risk-sharing curve (151 points) and the tornado, on the worked example and the large contract.
#include "risksharing.h"
#include "samples.h"
#include "scenario.h"
#include "tornado.h"

#include <benchmark/benchmark.h>

static void BM_RiskCurveWorkedExample(benchmark::State &state) {
    const effekt::Project p = effekt::workedExample();
    for (auto _ : state)
        benchmark::DoNotOptimize(effekt::riskSharingCurve(p));
}
BENCHMARK(BM_RiskCurveWorkedExample)->Unit(benchmark::kMillisecond);

static void BM_TornadoWorkedExample(benchmark::State &state) {
    const effekt::Project p = effekt::workedExample();
    for (auto _ : state)
        benchmark::DoNotOptimize(effekt::tornado(p));
}
BENCHMARK(BM_TornadoWorkedExample)->Unit(benchmark::kMillisecond);

static void BM_ScenariosWorkedExample(benchmark::State &state) {
    const effekt::Project p = effekt::workedExample();
    const auto scenarios = effekt::defaultScenarios("Lav", "Basis", "Høy");
    for (auto _ : state)
        benchmark::DoNotOptimize(effekt::computeScenarios(p, scenarios));
}
BENCHMARK(BM_ScenariosWorkedExample)->Unit(benchmark::kMillisecond);

static void BM_RiskCurveLargeContract(benchmark::State &state) {
    const effekt::Project p = effekt::largeContract(false);
    for (auto _ : state)
        benchmark::DoNotOptimize(effekt::riskSharingCurve(p));
}
BENCHMARK(BM_RiskCurveLargeContract)->Unit(benchmark::kMillisecond);

static void BM_TornadoLargeContract(benchmark::State &state) {
    const effekt::Project p = effekt::largeContract(false);
    for (auto _ : state)
        benchmark::DoNotOptimize(effekt::tornado(p));
}
BENCHMARK(BM_TornadoLargeContract)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
