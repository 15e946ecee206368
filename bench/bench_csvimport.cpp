// Importing the participant ledger from CSV (model/files/ledgerimport.h): 100,000 rows as Norwegian
// Excel writes them (Windows-1252, semicolons, CRLF, period labels "1. kv. 2027", decimal commas),
// and as UTF-8 with commas and period numbers. docs/performance.md records the figures.
#include "ledgerimport.h"

#include <benchmark/benchmark.h>

#include <atomic>
#include <string>

namespace {
effekt::Project project() {
    effekt::Project p;
    p.timeline = effekt::Timeline{effekt::Date{2027, 1, 1}, effekt::PeriodLength::Quarter, 8};
    for (int i = 1; i <= 10; ++i) {
        effekt::Metric m;
        m.id = i;
        m.name = "Resultatmål " + std::to_string(i) + " fullført";
        p.metrics.push_back(m);
    }
    p.normalise();
    return p;
}

// participant;metric;period;units with metric names, quarter labels and decimal commas.
std::string excelFile(int rows) {
    std::string s = "deltaker;resultatm\xE5l;periode;enheter\r\n"; // Windows-1252 throughout
    // Appended piece by piece: GCC 12 at -O3 warns falsely on "x" + std::to_string(i).
    for (int i = 0; i < rows; ++i) {
        s += "Dlt-";
        s += std::to_string(i);
        s += ";Resultatm\xE5l ";
        s += std::to_string(1 + i % 10);
        s += " fullf\xF8rt;";
        s += std::to_string(1 + i % 4);
        s += ". kv. ";
        s += std::to_string(2027 + (i / 4) % 2);
        s += ";1,";
        s += std::to_string(i % 10);
        s += "\r\n";
    }
    return s;
}

std::string plainFile(int rows) {
    std::string s = "participant,metric,period,units\n";
    for (int i = 0; i < rows; ++i) {
        s += 'P';
        s += std::to_string(i);
        s += ',';
        s += std::to_string(1 + i % 10);
        s += ',';
        s += std::to_string(1 + i % 8);
        s += ",1\n";
    }
    return s;
}

void BM_ImportLedgerExcel1252(benchmark::State &state) {
    const effekt::Project p = project();
    const std::string bytes = excelFile(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto r = effekt::csv::importLedger(bytes, p);
        benchmark::DoNotOptimize(r.rows.data());
        if (r.rows.size() != static_cast<std::size_t>(state.range(0)))
            state.SkipWithError("rows refused");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes.size()));
}
BENCHMARK(BM_ImportLedgerExcel1252)->Arg(100'000)->Unit(benchmark::kMillisecond);

void BM_ImportLedgerUtf8(benchmark::State &state) {
    const effekt::Project p = project();
    const std::string bytes = plainFile(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto r = effekt::csv::importLedger(bytes, p);
        benchmark::DoNotOptimize(r.rows.data());
        if (r.rows.size() != static_cast<std::size_t>(state.range(0)))
            state.SkipWithError("rows refused");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ImportLedgerUtf8)->Arg(100'000)->Unit(benchmark::kMillisecond);

// The same with a progress callback and a cancel flag, as the GUI imports: what they cost.
void BM_ImportLedgerUtf8Progress(benchmark::State &state) {
    const effekt::Project p = project();
    const std::string bytes = plainFile(static_cast<int>(state.range(0)));
    std::atomic<bool> cancel{false};
    std::atomic<std::size_t> seen{0};
    for (auto _ : state) {
        auto r = effekt::csv::importLedger(bytes, p, [&](std::size_t done, std::size_t) {
            seen = done;
            return !cancel.load();
        });
        benchmark::DoNotOptimize(r.rows.data());
        if (r.rows.size() != static_cast<std::size_t>(state.range(0)))
            state.SkipWithError("rows refused");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ImportLedgerUtf8Progress)->Arg(100'000)->Unit(benchmark::kMillisecond);
} // namespace

BENCHMARK_MAIN();
