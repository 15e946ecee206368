// The project file's speed: save and open with a 1,000,000-row ledger, open the worked example.
// Figures and the command that produced them: docs/performance.md ("Project file").
#include "json.h"
#include "samples.h"
#include "storage.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>

namespace {

using namespace effekt;

std::string tempPath(const char *name) {
    return (std::filesystem::temp_directory_path() / name).string();
}

void BM_SaveLedger(benchmark::State &state) {
    const Project p = workedExampleWithLedger(static_cast<std::size_t>(state.range(0)));
    const std::string path = tempPath("effekt-bench-save.effekt");
    for (auto _ : state)
        if (!saveProject(p, path).empty())
            state.SkipWithError("save failed");
    std::filesystem::remove(path);
}
BENCHMARK(BM_SaveLedger)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

void BM_OpenLedger(benchmark::State &state) {
    const std::string path = tempPath("effekt-bench-open.effekt");
    if (!saveProject(workedExampleWithLedger(static_cast<std::size_t>(state.range(0))), path)
             .empty()) {
        state.SkipWithError("save failed");
        return;
    }
    for (auto _ : state) {
        const LoadResult r = loadProject(path);
        if (!r.project)
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(r.project->ledger->size());
    }
    std::filesystem::remove(path);
}
BENCHMARK(BM_OpenLedger)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

void BM_OpenWorkedExample(benchmark::State &state) {
    const std::string path = tempPath("effekt-bench-ung.effekt");
    if (!saveProject(workedExample(), path).empty()) {
        state.SkipWithError("save failed");
        return;
    }
    for (auto _ : state) {
        const LoadResult r = loadProject(path);
        benchmark::DoNotOptimize(r.project.has_value());
    }
    std::filesystem::remove(path);
}
BENCHMARK(BM_OpenWorkedExample)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SaveWorkedExample(benchmark::State &state) {
    const std::string path = tempPath("effekt-bench-ung-save.effekt");
    const Project p = workedExample();
    for (auto _ : state)
        benchmark::DoNotOptimize(saveProject(p, path).empty());
    std::filesystem::remove(path);
}
BENCHMARK(BM_SaveWorkedExample)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_JsonRoundTrip(benchmark::State &state) {
    const Project p = workedExampleWithLedger(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        std::string text;
        json::toJson(p, text);
        benchmark::DoNotOptimize(json::fromJson(text).project.has_value());
    }
}
BENCHMARK(BM_JsonRoundTrip)->Arg(100'000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
