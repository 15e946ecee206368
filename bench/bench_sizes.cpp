// Work that grows with the size of a contract (docs/performance.md "Sizes"): many investors (the
// pro-rata split and the waterfall, repeated by the break-even search), and a JSON project with
// many metrics read and refused or accepted.
#include "engine.h"
#include "json.h"
#include "samples.h"

#include <benchmark/benchmark.h>

#include <string>

namespace {

// The large sample contract with `n` investors of equal commitment and staggered return caps.
effekt::Project manyInvestors(int n) {
    effekt::Project p = effekt::largeContract(false);
    const effekt::Investor first = p.investors.front();
    p.investors.clear();
    for (int i = 0; i < n; ++i) {
        effekt::Investor inv = first;
        inv.id = i + 1;
        inv.commitment = first.commitment / n + 1;
        inv.returnCap = 1.2 + 0.01 * (i % 13);
        p.investors.push_back(inv);
    }
    return p;
}

} // namespace

static void BM_ManyInvestors(benchmark::State &state) {
    const effekt::Project p = manyInvestors(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(effekt::compute(p, effekt::Basis::Forecast));
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ManyInvestors)
    ->RangeMultiplier(4)
    ->Range(250, 16'000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();

// A JSON project of n empty metrics at 600 periods: refused by the size limit above 3,333.
static void BM_JsonManyMetrics(benchmark::State &state) {
    std::string text = R"({"format": "effekt-project", "version": 1, "timeline": {"start": )"
                       R"("2027-01-01", "periodLength": "month", "periods": 600}, "metrics": [)";
    for (int i = 0; i < state.range(0); ++i)
        text += (i ? ",{\"id\":" : "{\"id\":") + std::to_string(i) + "}";
    text += "]}";
    for (auto _ : state)
        benchmark::DoNotOptimize(effekt::json::fromJson(text));
}
BENCHMARK(BM_JsonManyMetrics)->Arg(1'000)->Arg(3'000)->Arg(60'000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
