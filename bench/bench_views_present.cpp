// GUI benchmark of presentation mode (docs/performance.md, "Presentation mode"): one step of the
// overall achievement slider to the key figures, the payments chart, the risk-sharing marker and
// the comparison updated, for the worked example and the large contract (model/contract/samples.h).
// Runs on Qt's offscreen platform, in the same program as the Results page's benchmarks.
#include "document.h"
#include "presentationwindow.h"
#include "samples.h"
#include "whatif.h"

#include <QApplication>
#include <QSlider>

#include <benchmark/benchmark.h>

using namespace effekt;

namespace {
// A slider step as the arrow key makes it (80 % ↔ 85 %), then what the window does at the next
// turn of the event loop (flush(): the moves are coalesced into one update).
void sliderStep(benchmark::State &state, const Project &project) {
    views::Document doc;
    doc.reset(project);
    views::PresentationWindow w(&doc);
    w.resize(1920, 1080);
    w.show();
    QApplication::processEvents();
    w.flush();
    const int low = views::whatIfStep(0.80);
    const int high = views::whatIfStep(0.85);
    int i = 0;
    for (auto _ : state) {
        w.factorSlider()->setValue(++i % 2 ? high : low);
        w.flush();
    }
    state.counters["update_ms"] = w.lastUpdateMs();
}
} // namespace

static void BM_SliderStep_WorkedExample(benchmark::State &state) {
    sliderStep(state, workedExample());
}
BENCHMARK(BM_SliderStep_WorkedExample)->Unit(benchmark::kMillisecond);

static void BM_SliderStep_Large(benchmark::State &state) {
    sliderStep(state, largeContract(false));
}
BENCHMARK(BM_SliderStep_Large)->Unit(benchmark::kMillisecond);
