// effekt: the command-line tool (docs/cli.md).
#include "engine.h"
#include "storage.h"

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

namespace {

void printSummary(const effekt::Project &p, const effekt::Results &r) {
    std::cout << p.name << "\n";
    std::cout << "period";
    for (const effekt::Metric &m : p.metrics)
        std::cout << '\t' << m.name;
    std::cout << "\ttotal due\n";
    for (int t = 0; t < r.periods; ++t) {
        std::cout << t;
        for (std::size_t m = 0; m < p.metrics.size(); ++m) {
            effekt::Money due = 0;
            for (const effekt::MetricPeriod &mp : r.metric[m])
                if (mp.duePeriod == t)
                    due += mp.afterTotalCap;
            std::cout << '\t' << effekt::money::format(due);
        }
        std::cout << '\t' << effekt::money::format(r.totalDue[static_cast<std::size_t>(t)]) << '\n';
    }
    std::cout << "total\t" << effekt::money::format(r.totalPayments) << '\n';
}

int usage(std::FILE *to) {
    std::fputs("usage: effekt summary FILE\n", to);
    return to == stdout ? 0 : 2;
}

} // namespace

int main(int argc, char **argv) {
    if (argc >= 2 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0))
        return usage(stdout);
    if (argc >= 2 && std::strcmp(argv[1], "--version") == 0) {
        std::printf("effekt %s\n", EFFEKT_VERSION);
        return 0;
    }
    if (argc != 3 || std::strcmp(argv[1], "summary") != 0)
        return usage(stderr);
    const effekt::LoadResult loaded = effekt::loadProject(argv[2]);
    for (const effekt::Diagnostic &d : loaded.diagnostics)
        std::cerr << argv[2] << ": " << effekt::toPlainText(d) << '\n';
    if (!loaded.project)
        return 1;
    printSummary(*loaded.project, effekt::compute(*loaded.project));
    return 0;
}
