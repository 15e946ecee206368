// The C++ side of bench/montecarlo_vs_numpy.sh: simulates the worked example (montecarlo_setup.h)
// and prints, as JSON, the wall and CPU time of simulate() and each figure's mean, standard error
// and percentiles (money in kroner).
//
//   bench_montecarlo_tool TRIALS THREADS [SEED] [irr|noirr]
//
// irr (the default) computes every trial's investor IRR as `effekt simulate` does; noirr leaves it
// out as the Risk page does (SimulationOptions::investorIrr), and as numpy's program does.
#include "montecarlo.h"
#include "montecarlo_setup.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

using namespace effekt;

int main(int argc, char **argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_montecarlo_tool TRIALS THREADS [SEED] [irr|noirr]\n");
        return 2;
    }
    const int trials = std::atoi(argv[1]);
    const int threads = std::atoi(argv[2]);
    const std::int64_t seed = argc > 3 ? std::atoll(argv[3]) : 1;
    const bool irr = !(argc > 4 && std::strcmp(argv[4], "noirr") == 0);
    const Project p = bench::workedExampleSimulation();
    const std::clock_t cpuStart = std::clock(); // the process's CPU time, all threads (POSIX)
    const auto start = std::chrono::steady_clock::now();
    SimulationOptions options{trials, seed, threads, false};
    options.investorIrr = irr;
    const SimulationResult r = simulate(p, options);
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    auto figure = [](const char *name, const Summary &s, double scale, bool last) {
        std::printf("  \"%s\": {\"mean\": %.10g, \"se\": %.10g, \"p5\": %.10g, \"p50\": %.10g, "
                    "\"p95\": %.10g}%s\n",
                    name, s.mean * scale, s.standardError * scale, s.p5 * scale, s.p50 * scale,
                    s.p95 * scale, last ? "" : ",");
    };
    std::printf("{\n  \"trials\": %d,\n  \"threads\": %d,\n  \"wall_seconds\": %.6f,\n"
                "  \"cpu_seconds\": %.6f,\n",
                r.trials, threads, wall, cpu);
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
