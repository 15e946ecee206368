// Helper for bench/storage_vs_sqlite3.sh: one operation per process, so that /usr/bin/time measures
// its peak memory alone.
//   bench_storage_tool save N FILE   build a project with N ledger rows, save it; print seconds
//   bench_storage_tool open FILE     open it; print seconds and rows
//   bench_storage_tool csv N FILE    the same N ledger rows as CSV, for the sqlite3 tool
#include "storage.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace {

using namespace effekt;

LedgerRow row(std::size_t i) {
    return LedgerRow{"deltaker-" + std::to_string(i / 4), i % 2 ? 2 : 1, static_cast<int>(i % 8),
                     1.0};
}

double secondsSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int main(int argc, char **argv) {
    const std::string cmd = argc > 1 ? argv[1] : "";
    if (cmd == "save" && argc == 4) {
        const std::size_t n = std::strtoull(argv[2], nullptr, 10);
        Project p = workedExample();
        Ledger ledger;
        ledger.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            ledger.push_back(row(i));
        p.ledger = Shared<Ledger>(std::move(ledger));
        const auto t0 = std::chrono::steady_clock::now();
        const Diagnostics d = saveProject(p, argv[3]);
        std::printf("save_seconds %.3f\n", secondsSince(t0));
        return hasErrors(d) ? 1 : 0;
    }
    if (cmd == "open" && argc == 3) {
        const auto t0 = std::chrono::steady_clock::now();
        const LoadResult r = loadProject(argv[2]);
        std::printf("open_seconds %.3f\n", secondsSince(t0));
        if (!r.project)
            return 1;
        std::printf("rows %zu\n", r.project->ledger->size());
        return 0;
    }
    if (cmd == "csv" && argc == 4) {
        const std::size_t n = std::strtoull(argv[2], nullptr, 10);
        std::ofstream out(argv[3], std::ios::binary);
        for (std::size_t i = 0; i < n; ++i) {
            const LedgerRow r = row(i);
            out << i << ',' << r.participant << ',' << r.metricId << ',' << r.period << ",1.0\n";
        }
        return out ? 0 : 1;
    }
    std::fputs("usage: bench_storage_tool save N FILE | open FILE | csv N FILE\n", stderr);
    return 2;
}
