// GUI benchmarks of the Results page (docs/performance.md, "Results view"): the time from an edit
// to the KPI cards, charts and statement updated, for the worked example and for a large contract.
// Runs on Qt's offscreen platform.
#include "document.h"
#include "engine.h"
#include "resultspage.h"

#include <QApplication>
#include <QTabWidget>

#include <benchmark/benchmark.h>

using namespace effekt;

namespace {
// The large contract of the engine issue: 50 metrics × 120 monthly periods × 3 payers ×
// 5 investors, optionally with a 100,000-row participant ledger. (Written here because the
// engine's shared generator had not landed when this benchmark was written.)
Project largeContract(bool withLedger) {
    Project p;
    p.name = "Large";
    p.timeline = Timeline{Date{2027, 1, 1}, PeriodLength::Month, 120};
    p.parties.push_back(Party{1, "Kommune", PartyRole::Commissioner, "", std::nullopt});
    p.parties.push_back(Party{2, "Stat", PartyRole::CoPayer, "", std::nullopt});
    p.parties.push_back(Party{3, "Fond", PartyRole::CoPayer, "", std::nullopt});
    for (int i = 0; i < 5; ++i) {
        p.parties.push_back(Party{10 + i, "Investor " + std::to_string(i + 1), PartyRole::Investor,
                                  "", std::nullopt});
        Investor inv;
        inv.id = i + 1;
        inv.partyId = 10 + i;
        inv.commitment = 10'000'000'00;
        inv.tranche = i < 3 ? Tranche::Senior : Tranche::Subordinate;
        inv.returnCap = 1.3;
        p.investors.push_back(inv);
    }
    for (int m = 0; m < 50; ++m) {
        Metric metric;
        metric.id = m + 1;
        metric.name = "Metric " + std::to_string(m + 1);
        metric.rule.price = (20'000 + 1'000 * m) * 100;
        metric.rule.lag = m % 3;
        metric.rule.capMoney = 5'000'000'00;
        metric.rule.payers = {PayerShare{1, 0.5}, PayerShare{2, 0.3}, PayerShare{3, 0.2}};
        metric.rule.oncePerParticipant = withLedger && m % 2 == 0;
        metric.savings = {SavingsLine{BudgetHolder::Kommune, 50'000'00, true, 0}};
        for (int t = 0; t < 120; ++t) {
            metric.plan.push_back(1.0 + (t * 7 + m * 3) % 11);
            metric.counterfactual.push_back(1.0);
        }
        p.metrics.push_back(std::move(metric));
    }
    p.caps.total = 200'000'000'00;
    p.deliveryCost.assign(120, 400'000'00);
    if (withLedger) {
        Ledger ledger;
        ledger.reserve(100'000);
        for (int i = 0; i < 100'000; ++i)
            ledger.push_back(LedgerRow{"P" + std::to_string(i % 20'000), 1 + i % 50, i % 120, 1});
        p.ledger.set(std::move(ledger));
        p.caps.perParticipant = 8'200'00;
    }
    p.normalise();
    return p;
}

// One edit: the plan of the first metric in its second period, alternated so every iteration
// changes the project (an edit that changes nothing is not recorded and computes nothing).
void edit(views::Document &doc, int i) {
    Project p = doc.project();
    p.metrics[0].plan[1] = 5.0 + (i % 2);
    doc.apply(std::move(p), QStringLiteral("Edit"));
}

void editToCharts(benchmark::State &state, const Project &project, bool async) {
    views::Document doc;
    doc.reset(project);
    doc.setAsyncThresholdMs(async ? 30 : -1);
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
    }
    state.counters["compute_ms"] = doc.lastComputeMs();
}
} // namespace

// Edit → engine → KPI cards, four charts and the statement rebuilt (synchronous, as for every
// project whose last computation took under 30 ms).
static void BM_EditToCharts_WorkedExample(benchmark::State &state) {
    editToCharts(state, workedExample(), false);
}
BENCHMARK(BM_EditToCharts_WorkedExample)->Unit(benchmark::kMillisecond);

// The same, then painting the visible chart: what the user sees on the next frame.
static void BM_EditToPainted_WorkedExample(benchmark::State &state) {
    views::Document doc;
    doc.reset(workedExample());
    views::ResultsPage page(&doc);
    page.resize(1280, 800);
    page.show();
    QApplication::processEvents();
    int i = 0;
    for (auto _ : state) {
        edit(doc, ++i);
        benchmark::DoNotOptimize(page.tabs()->currentWidget()->grab());
    }
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
