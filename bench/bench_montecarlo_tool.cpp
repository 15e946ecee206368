// The C++ side of bench/montecarlo_vs_numpy.sh: simulates the worked example (montecarlo_setup.h)
// and prints, as JSON, the wall and CPU time of simulate() and each figure's mean, standard error
// and percentiles (money in kroner).
//
//   bench_montecarlo_tool TRIALS THREADS [SEED] [irr|noirr] [RUNS]
//
// irr (the default) computes every trial's investor IRR as `effekt simulate` does; noirr leaves it
// out as the Risk page does (SimulationOptions::investorIrr), and as numpy's program does.
// RUNS (default 1) runs the same simulation that many times in this one process: wall_seconds and
// cpu_seconds are the first run's (cold: every buffer is new memory to the process), and with
// RUNS > 1 warm_wall_seconds and warm_cpu_seconds the median of the others (steady state, as the
// Risk page runs one simulation after another).
#include "montecarlo.h"
#include "montecarlo_setup.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <vector>

using namespace effekt;

int main(int argc, char **argv) {
    if (argc < 3) {
        std::fprintf(stderr,
                     "usage: bench_montecarlo_tool TRIALS THREADS [SEED] [irr|noirr] [RUNS]\n");
        return 2;
    }
    const int trials = std::atoi(argv[1]);
    const int threads = std::atoi(argv[2]);
    const std::int64_t seed = argc > 3 ? std::atoll(argv[3]) : 1;
    const bool irr = !(argc > 4 && std::strcmp(argv[4], "noirr") == 0);
    const int runs = std::max(argc > 5 ? std::atoi(argv[5]) : 1, 1);
    const Project p = bench::workedExampleSimulation();
    SimulationOptions options{trials, seed, threads, false};
    options.investorIrr = irr;
    std::vector<double> walls, cpus;
    SimulationResult r;
    for (int k = 0; k < runs; ++k) {
        const std::clock_t cpuStart = std::clock(); // the process's CPU time, all threads (POSIX)
        const auto start = std::chrono::steady_clock::now();
        r = simulate(p, options);
        walls.push_back(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        cpus.push_back(static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    }
    const double wall = walls.front(), cpu = cpus.front();
    auto median = [](std::vector<double> v) {
        std::sort(v.begin() + 1, v.end());
        return v[1 + (v.size() - 2) / 2];
    };
    auto figure = [](const char *name, const Summary &s, double scale, bool last) {
        std::printf("  \"%s\": {\"mean\": %.10g, \"se\": %.10g, \"p5\": %.10g, \"p50\": %.10g, "
                    "\"p95\": %.10g}%s\n",
                    name, s.mean * scale, s.standardError * scale, s.p5 * scale, s.p50 * scale,
                    s.p95 * scale, last ? "" : ",");
    };
    std::printf("{\n  \"trials\": %d,\n  \"threads\": %d,\n  \"wall_seconds\": %.6f,\n"
                "  \"cpu_seconds\": %.6f,\n",
                r.trials, threads, wall, cpu);
    if (runs > 1)
        std::printf("  \"warm_wall_seconds\": %.6f,\n  \"warm_cpu_seconds\": %.6f,\n",
                    median(walls), median(cpus));
    std::printf("  \"p_investor_loss\": %.10g,\n  \"p_total_cap_reached\": %.10g,\n"
                "  \"p_termination\": %.10g,\n  \"p_pays_more_than_traditional\": %.10g,\n",
                r.pInvestorLoss, r.pTotalCapReached, r.pTermination, r.pPaysMoreThanTraditional);
    figure("payments", r.payments, 0.01, false);
    figure("npv_payments", r.npvPayments, 0.01, false);
    figure("net_value", r.netValue, 0.01, false);
    figure("traditional_net_value", r.traditionalNetValue, 0.01, false);
    figure("investor_irr_annual", r.investorIrr, 1, false);
    figure("investor_multiple", r.investorMultiple, 1, true);
    std::printf("}\n");
    return 0;
}
