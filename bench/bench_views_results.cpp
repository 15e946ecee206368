// GUI benchmarks of the Results page (docs/performance.md, "Results view"): the time from an edit
// to the KPI cards, charts and statement updated, for the worked example and for a large contract.
// Runs on Qt's offscreen platform. The large contract is the engine's (model/contract/samples.h).
#include "document.h"
#include "engine.h"
#include "resultspage.h"
#include "samples.h"

#include <QApplication>
#include <QTabWidget>

#include <benchmark/benchmark.h>

using namespace effekt;

namespace {
// One edit: the plan of the first metric in its second period, alternated so every iteration
// changes the project (an edit that changes nothing is not recorded and computes nothing).
void edit(views::Document &doc, int i) {
    Project p = doc.project();
    p.metrics[0].plan[1] = 5.0 + (i % 2);
    doc.apply(std::move(p), QStringLiteral("Edit"));
}

// With `paint`, each edit ends with the visible chart tab painted (grab()).
void editToCharts(benchmark::State &state, const Project &project, bool async, bool paint = false) {
    views::Document doc;
    doc.reset(project);
    if (!async)
        doc.setAsyncThresholdMs(-1); // else Document's default threshold
    views::ResultsPage page(&doc);
    page.resize(1280, 800);
    page.show();
    QApplication::processEvents();
    int i = 0;
    for (auto _ : state) {
        edit(doc, ++i);
        // The charts are updated when apply() returns (synchronous), or when the background
        // computation's result has been published (asynchronous: the GUI thread is free meanwhile).
        if (async) {
            state.PauseTiming();
            doc.waitForResults();
            state.ResumeTiming();
        }
        if (paint)
            benchmark::DoNotOptimize(page.tabs()->currentWidget()->grab());
    }
    state.counters["compute_ms"] = doc.lastComputeMs();
}
} // namespace

// Edit → engine → KPI cards, four charts and the statement rebuilt (synchronous, as for every
// project whose last computation took under Document's threshold).
static void BM_EditToCharts_WorkedExample(benchmark::State &state) {
    editToCharts(state, workedExample(), false);
}
BENCHMARK(BM_EditToCharts_WorkedExample)->Unit(benchmark::kMillisecond);

// The same, then painting the visible chart: what the user sees on the next frame.
static void BM_EditToPainted_WorkedExample(benchmark::State &state) {
    editToCharts(state, workedExample(), false, true);
}
BENCHMARK(BM_EditToPainted_WorkedExample)->Unit(benchmark::kMillisecond);

static void BM_Compute_Large(benchmark::State &state) {
    const Project p = largeContract(state.range(0) != 0);
    for (auto _ : state)
        benchmark::DoNotOptimize(compute(p));
}
BENCHMARK(BM_Compute_Large)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// Large contract, synchronous: edit → charts (what the GUI thread would be blocked for).
static void BM_EditToCharts_Large(benchmark::State &state) {
    editToCharts(state, largeContract(state.range(0) != 0), false);
}
BENCHMARK(BM_EditToCharts_Large)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// Large contract with the default threshold: how long apply() blocks the GUI thread when the
// computation runs in the background (the wait for the result is not timed).
static void BM_EditBlocksGui_Large(benchmark::State &state) {
    editToCharts(state, largeContract(state.range(0) != 0), true);
}
BENCHMARK(BM_EditBlocksGui_Large)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
