// Monte Carlo (DOMAIN.md §8): the sampling against exact distributions, the copula's rank
// correlation, determinism across threads, trials recomputed by compute(), and an analytic mean.
#include "montecarlo.h"
#include "random.h"
#include "scenario.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>
#include <set>

using namespace effekt;

namespace {

struct Moments {
    double mean = 0, variance = 0;
};
Moments moments(const std::vector<double> &x) {
    Moments m;
    for (double v : x)
        m.mean += v;
    m.mean /= static_cast<double>(x.size());
    for (double v : x)
        m.variance += (v - m.mean) * (v - m.mean);
    m.variance /= static_cast<double>(x.size() - 1);
    return m;
}

// The Kolmogorov–Smirnov statistic of a sample against a continuous CDF.
double ksStatistic(std::vector<double> x, const std::function<double(double)> &cdf) {
    std::sort(x.begin(), x.end());
    const double n = static_cast<double>(x.size());
    double d = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double f = cdf(x[i]);
        d = std::max({d, (static_cast<double>(i) + 1) / n - f, f - static_cast<double>(i) / n});
    }
    return d;
}

// The 1 % critical value of the one-sample KS statistic for large n.
double ksCritical(std::size_t n) {
    return 1.628 / std::sqrt(static_cast<double>(n));
}

std::vector<double> sample(std::size_t n, std::uint64_t seed,
                           const std::function<double(double)> &quantile) {
    random::Generator g(seed, 0);
    std::vector<double> x(n);
    for (double &v : x)
        v = quantile(g.uniform());
    return x;
}

// Checks a sample's mean within four standard errors, its variance within four standard errors
// of the variance (normal approximation, kurtosis ≤ 3 for these bounded distributions), and KS.
void checkSample(const std::vector<double> &x, double mean, double variance,
                 const std::function<double(double)> &cdf) {
    const Moments m = moments(x);
    const double n = static_cast<double>(x.size());
    BOOST_TEST(std::fabs(m.mean - mean) < 4 * std::sqrt(variance / n));
    BOOST_TEST(std::fabs(m.variance - variance) < 4 * variance * std::sqrt(2 / n));
    BOOST_TEST(ksStatistic(x, cdf) < ksCritical(x.size()));
}

double binomial(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; ++i)
        c = c * (n - k + i) / i;
    return c;
}

// I_x(a, b) for whole a, b: P(Binomial(a + b − 1, x) ≥ a).
double incompleteBetaWhole(double x, int a, int b) {
    const int n = a + b - 1;
    double s = 0;
    for (int j = a; j <= n; ++j)
        s += binomial(n, j) * std::pow(x, j) * std::pow(1 - x, n - j);
    return s;
}

Project withDistributions(Project p, FactorDistributionKind kind, double min, double mode,
                          double max, double rho) {
    p.simulation.distributions.clear();
    for (const Metric &m : p.metrics)
        p.simulation.distributions.push_back(FactorDistribution{m.id, kind, min, mode, max, {}});
    p.simulation.correlation = rho;
    return p;
}

std::vector<double> ranks(const std::vector<double> &x) {
    std::vector<std::size_t> order(x.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
    std::vector<double> r(x.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        r[order[i]] = static_cast<double>(i);
    return r;
}

double pearson(const std::vector<double> &x, const std::vector<double> &y) {
    const Moments mx = moments(x), my = moments(y);
    double c = 0;
    for (std::size_t i = 0; i < x.size(); ++i)
        c += (x[i] - mx.mean) * (y[i] - my.mean);
    c /= static_cast<double>(x.size() - 1);
    return c / std::sqrt(mx.variance * my.variance);
}

} // namespace

BOOST_AUTO_TEST_SUITE(random_numbers)

BOOST_AUTO_TEST_CASE(the_generator_is_xoshiro256starstar_and_seeds_by_stream) {
    random::Generator a(42, 7), b(42, 7), c(42, 8), d(43, 7);
    const std::uint64_t first = a.next();
    BOOST_TEST(first == b.next());
    BOOST_TEST(first != c.next());
    BOOST_TEST(first != d.next());
    // SplitMix64's published first output for state 0.
    std::uint64_t s = 0;
    BOOST_TEST(random::splitMix64(s) == 0xE220A8397B1DCDAFULL);
    for (int i = 0; i < 10000; ++i) {
        const double u = a.uniform();
        BOOST_TEST_REQUIRE((u > 0 && u < 1));
    }
}

BOOST_AUTO_TEST_CASE(normal_quantile_and_cdf) {
    BOOST_TEST(random::normalQuantile(0.975) == 1.959963984540054,
               boost::test_tools::tolerance(1e-15));
    BOOST_TEST(random::normalQuantile(0.5) == 0.0);
    BOOST_TEST(random::normalQuantile(1e-10) == -6.361340902404056,
               boost::test_tools::tolerance(1e-14));
    BOOST_TEST(random::normalQuantile(0.02) == -random::normalQuantile(0.98),
               boost::test_tools::tolerance(1e-15));
    for (double p : {1e-300, 1e-20, 0.001, 0.07, 0.3, 0.6, 0.93, 0.9999})
        BOOST_TEST(random::normalCdf(random::normalQuantile(p)) == p,
                   boost::test_tools::tolerance(1e-13));
    BOOST_TEST(std::isinf(random::normalQuantile(0.0)));
    random::Generator g(1, 0);
    std::vector<double> x(20000);
    for (double &v : x)
        v = g.normal();
    checkSample(x, 0, 1, [](double z) { return random::normalCdf(z); });
}

BOOST_AUTO_TEST_CASE(triangular_samples_match_the_exact_distribution) {
    const double a = 0.4, c = 1.0, b = 1.3;
    BOOST_TEST(random::triangularCdf(c, a, c, b) == (c - a) / (b - a),
               boost::test_tools::tolerance(1e-15));
    for (double u : {0.01, 0.3, 0.66, 0.9})
        BOOST_TEST(random::triangularCdf(random::triangularQuantile(u, a, c, b), a, c, b) == u,
                   boost::test_tools::tolerance(1e-14));
    const auto x =
        sample(20000, 3, [&](double u) { return random::triangularQuantile(u, a, c, b); });
    const double mean = (a + b + c) / 3;
    const double var = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    checkSample(x, mean, var, [&](double v) { return random::triangularCdf(v, a, c, b); });
    // Mode at an end, and the degenerate case.
    const auto y =
        sample(20000, 4, [](double u) { return random::triangularQuantile(u, 0, 0, 2); });
    checkSample(y, 2.0 / 3, 4.0 / 18, [](double v) { return random::triangularCdf(v, 0, 0, 2); });
    BOOST_TEST(random::triangularQuantile(0.3, 0.8, 0.8, 0.8) == 0.8);
}

BOOST_AUTO_TEST_CASE(incomplete_beta_matches_closed_forms_and_quadrature) {
    // Whole α, β: a binomial tail.
    for (auto [a, b] : {std::pair{2, 4}, {1, 5}, {3, 3}, {5, 1}, {4, 2}})
        for (double x : {0.01, 0.2, 0.5, 0.77, 0.99})
            BOOST_TEST(random::incompleteBeta(x, a, b, random::logBeta(a, b)) ==
                           incompleteBetaWhole(x, a, b),
                       boost::test_tools::tolerance(1e-12));
    // Fractional α, β: Simpson's rule on the density (smooth for α, β ≥ 2).
    const double a = 2.6, b = 3.4, lb = random::logBeta(a, b);
    for (double x : {0.1, 0.45, 0.8}) {
        const int n = 2000;
        const double h = x / n;
        double s = 0;
        for (int i = 0; i <= n; ++i) {
            const double t = i * h;
            const double f =
                t == 0 ? 0 : std::exp((a - 1) * std::log(t) + (b - 1) * std::log1p(-t) - lb);
            s += f * (i == 0 || i == n ? 1 : (i % 2 ? 4 : 2));
        }
        BOOST_TEST(random::incompleteBeta(x, a, b, lb) == s * h / 3,
                   boost::test_tools::tolerance(1e-9));
    }
}

BOOST_AUTO_TEST_CASE(pert_samples_match_the_exact_distribution) {
    // min 0.5, mode 1, max 1.25: α = 1 + 4·0.5/0.75 = 11/3, β = 1 + 4·0.25/0.75 = 7/3.
    const random::Pert pert(0.5, 1.0, 1.25);
    BOOST_TEST(pert.alpha() == 11.0 / 3, boost::test_tools::tolerance(1e-15));
    BOOST_TEST(pert.beta() == 7.0 / 3, boost::test_tools::tolerance(1e-15));
    BOOST_TEST(pert.mean() == (0.5 + 4 * 1.0 + 1.25) / 6, boost::test_tools::tolerance(1e-15));
    for (double u : {1e-9, 0.001, 0.2, 0.5, 0.8, 0.999, 1 - 1e-9})
        BOOST_TEST(pert.cdf(pert.quantile(u)) == u, boost::test_tools::tolerance(1e-10));
    const auto x = sample(20000, 5, [&](double u) { return pert.quantile(u); });
    checkSample(x, pert.mean(), pert.variance(), [&](double v) { return pert.cdf(v); });

    // Whole α = 2, β = 4 (mode a quarter of the way): the CDF in closed form.
    const random::Pert whole(0.0, 0.25, 1.0);
    const auto y = sample(20000, 6, [&](double u) { return whole.quantile(u); });
    checkSample(y, 2.0 / 6, 2.0 * 4 / (36.0 * 7),
                [](double v) { return incompleteBetaWhole(std::clamp(v, 0.0, 1.0), 2, 4); });

    // Degenerate: the constant.
    const random::Pert constant(0.9, 0.9, 0.9);
    BOOST_TEST(constant.quantile(0.37) == 0.9);
    BOOST_TEST(random::PertTable(constant).quantile(0.37) == 0.9);
}

BOOST_AUTO_TEST_CASE(the_pert_table_inverts_within_a_few_billionths) {
    // The simulation draws PERT factors from PertTable. Against the exact inverse (Newton on
    // I_x(α, β)), for u in [1e-9, 1 − 1e-9]: off by less than 5e-9 of max − min, and the CDF at
    // its value off u by less than 5e-9 (so the drawn distribution is within 5e-9 of the exact one
    // in Kolmogorov–Smirnov distance), far below any Monte Carlo error (at 100,000 trials the KS
    // statistic's own noise is about 3e-3). Beyond that range the exact inverse itself has no such
    // precision. Cases: the default, mode in the middle, at a quarter, at either end, and near
    // either end (α or β just above 1, where the density rises steeply from 0).
    const double cases[][3] = {{0.5, 1.0, 1.2},  {0.0, 0.5, 1.0},   {0.0, 0.25, 1.0},
                               {0.0, 0.0, 1.0},  {0.0, 1.0, 1.0},   {0.2, 0.7, 1.3},
                               {0.0, 0.01, 1.0}, {0.0, 0.999, 1.0}, {0.0, 0.1, 1.0},
                               {0.0, 0.9, 1.0},  {-2.0, 3.0, 40.0}};
    for (const auto &c : cases) {
        const random::Pert pert(c[0], c[1], c[2]);
        const random::PertTable table(pert);
        const double width = c[2] - c[0];
        double worstX = 0, worstCdf = 0;
        auto check = [&](double u) {
            const double x = table.quantile(u);
            worstX = std::max(worstX, std::fabs(x - pert.quantile(u)) / width);
            worstCdf = std::max(worstCdf, std::fabs(pert.cdf(x) - u));
        };
        const int n = 20011;
        for (int i = 0; i < n; ++i)
            check((i + 0.5) / n);
        for (double u : {1e-9, 1e-7, 1e-5, 1e-3, 0.999, 1 - 1e-5, 1 - 1e-7, 1 - 1e-9})
            check(u);
        BOOST_TEST(worstX < 5e-9,
                   "PERT(" << c[0] << ", " << c[1] << ", " << c[2] << "): " << worstX);
        BOOST_TEST(worstCdf < 5e-9,
                   "PERT(" << c[0] << ", " << c[1] << ", " << c[2] << "): " << worstCdf);
        // Monotone, and inside [min, max].
        double last = c[0];
        for (int i = 0; i <= 4000; ++i) {
            const double x = table.quantile(std::clamp(i / 4000.0, 1e-300, 1.0));
            BOOST_TEST_REQUIRE(x >= last);
            BOOST_TEST_REQUIRE(x <= c[2]);
            last = x;
        }
    }
    // The sample the simulation would draw passes the same checks as the exact inverse's.
    const random::Pert pert(0.5, 1.0, 1.25);
    const random::PertTable table(pert);
    const auto x = sample(20000, 5, [&](double u) { return table.quantile(u); });
    checkSample(x, pert.mean(), pert.variance(), [&](double v) { return pert.cdf(v); });
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(montecarlo)

BOOST_AUTO_TEST_CASE(the_copula_gives_the_rank_correlation_of_a_gaussian) {
    for (double rho : {0.0, 0.3, 0.8}) {
        const Project p =
            withDistributions(workedExample(), FactorDistributionKind::Pert, 0.5, 1.0, 1.2, rho);
        std::vector<double> f1, f2;
        const int n = 20000;
        const TrialSampler sampler(p);
        for (int i = 0; i < n; ++i) {
            const TrialDraw d = sampler.draw(11, i);
            f1.push_back(d.factors[0]);
            f2.push_back(d.factors[1]);
        }
        const double spearman = pearson(ranks(f1), ranks(f2));
        const double expected = 6 / std::numbers::pi * std::asin(rho / 2);
        // The standard error of Spearman's ρ is at most about 1/√n.
        BOOST_TEST(std::fabs(spearman - expected) < 4 / std::sqrt(static_cast<double>(n)),
                   "rho " << rho << ": " << spearman << " vs " << expected);
    }
}

BOOST_AUTO_TEST_CASE(delays_follow_their_probabilities) {
    Project p = withDistributions(workedExample(), FactorDistributionKind::Fixed, 1, 1, 1, 0);
    p.simulation.distributions[0].delayProbabilities = {0.5, 0.3, 0.2};
    std::array<int, 3> counts{};
    const int n = 20000;
    const TrialSampler sampler(p);
    for (int i = 0; i < n; ++i) {
        const TrialDraw d = sampler.draw(2, i);
        BOOST_TEST_REQUIRE((d.delays[0] >= 0 && d.delays[0] <= 2));
        BOOST_TEST(d.delays[1] == 0);
        ++counts[static_cast<std::size_t>(d.delays[0])];
    }
    for (std::size_t k = 0; k < 3; ++k) {
        const double prob = p.simulation.distributions[0].delayProbabilities[k];
        BOOST_TEST(std::fabs(counts[k] / double(n) - prob) < 4 * std::sqrt(prob * (1 - prob) / n));
    }
}

BOOST_AUTO_TEST_CASE(degenerate_distributions_reproduce_compute_exactly) {
    for (auto kind : {FactorDistributionKind::Triangular, FactorDistributionKind::Pert,
                      FactorDistributionKind::Fixed}) {
        const Project p = withDistributions(workedExample(), kind, 0.8, 0.8, 0.8, 0.5);
        Scenario s = basisScenario();
        s.factor = 0.8;
        const Project q = applyScenario(p, s);
        const RiskKpis exact = riskKpis(q, compute(q));
        const SimulationResult r = simulate(p, {50, 9, 2, true});
        BOOST_TEST_REQUIRE(r.trialRecords.size() == 50u);
        for (const TrialRecord &t : r.trialRecords)
            BOOST_TEST((t.kpis == exact));
        BOOST_TEST(r.payments.mean == static_cast<double>(exact.payments));
        BOOST_TEST(r.payments.p5 == static_cast<double>(exact.payments));
        BOOST_TEST(r.payments.p95 == static_cast<double>(exact.payments));
        BOOST_TEST(r.payments.standardError == 0.0);
        BOOST_TEST(r.netValue.p50 == static_cast<double>(exact.netValue));
        BOOST_TEST(r.investorMultiple.p50 == *exact.investorMultiple);
    }
    // Without any distribution every trial is the plan itself.
    Project plain = workedExample();
    plain.simulation.distributions.clear();
    const RiskKpis base = riskKpis(plain, compute(plain));
    const SimulationResult r = simulate(plain, {10, 1, 1, true});
    for (const TrialRecord &t : r.trialRecords)
        BOOST_TEST((t.kpis == base));
}

BOOST_AUTO_TEST_CASE(one_two_and_eight_threads_give_bit_identical_results) {
    Project p =
        withDistributions(workedExample(), FactorDistributionKind::Pert, 0.3, 1.0, 1.4, 0.4);
    p.simulation.distributions[1].kind = FactorDistributionKind::Triangular;
    p.simulation.distributions[1].delayProbabilities = {0.6, 0.3, 0.1};
    const SimulationResult one = simulate(p, {1000, 77, 1, true});
    const SimulationResult two = simulate(p, {1000, 77, 2, true});
    const SimulationResult eight = simulate(p, {1000, 77, 8, true});
    BOOST_TEST(one.trials == 1000);
    BOOST_TEST((one == two));
    BOOST_TEST((one == eight));
    // Another seed gives other numbers.
    BOOST_TEST(simulate(p, {1000, 78, 2, false}).payments.mean != one.payments.mean);
    // The spread is real: a loss is possible here, and the fan widens over time.
    BOOST_TEST(one.pInvestorLoss > 0.0);
    BOOST_TEST(one.pInvestorLoss < 1.0);
    BOOST_TEST(one.fan.size() == static_cast<std::size_t>(compute(p).periods));
    BOOST_TEST(one.fan.back().p5 < one.fan.back().p95);
    BOOST_TEST(one.fan.back().p50 == one.payments.p50);
    BOOST_TEST(std::is_sorted(one.netCosts.begin(), one.netCosts.end()));
    BOOST_TEST(one.netCosts.size() == 1000u);
}

BOOST_AUTO_TEST_CASE(every_kept_trial_recomputes_with_compute) {
    Project p =
        withDistributions(workedExample(), FactorDistributionKind::Triangular, 0.2, 0.9, 1.5, 0.6);
    p.simulation.distributions[0].delayProbabilities = {0.5, 0.25, 0.25};
    const SimulationResult r = simulate(p, {200, 5, 2, true});
    BOOST_TEST_REQUIRE(r.trialRecords.size() == 200u);
    int capped = 0;
    const TrialSampler sampler(p);
    for (const TrialRecord &t : r.trialRecords) {
        const TrialDraw d = sampler.draw(5, t.trial);
        BOOST_TEST((d.factors == drawTrial(p, 5, t.trial).factors));
        BOOST_TEST((d.factors == t.factors));
        BOOST_TEST((d.delays == t.delays));
        const Project q = applyScenario(p, trialScenario(p, t.factors, t.delays));
        BOOST_TEST((riskKpis(q, compute(q)) == t.kpis), "trial " << t.trial);
        capped += t.kpis.totalCapReached;
    }
    BOOST_TEST(r.pTotalCapReached == capped / 200.0);
}

BOOST_AUTO_TEST_CASE(trials_that_terminate_recompute_with_compute) {
    // The worked example with two review points (§8b): M1's units at period 3 must reach 80 % of
    // plan, the outcome payments at period 5 90 %; a termination payment to the provider. The
    // factors and M1's delay make some trials fail a review and others pass both.
    Project p = workedExample();
    p.termination.reviews = {ReviewPoint{1, 3, ReviewTest::MetricUnits, 1, 0.8},
                             ReviewPoint{2, 5, ReviewTest::OutcomePayments, std::nullopt, 0.9}};
    p.termination.payment = 150'000 * money::kMinorPerMajor;
    for (const Party &party : p.parties)
        if (party.role == PartyRole::Provider)
            p.termination.payeeId = party.id;
    BOOST_TEST_REQUIRE(p.termination.payeeId.has_value());
    p.simulation.distributions = {
        FactorDistribution{1, FactorDistributionKind::Triangular, 0.3, 0.9, 1.3, {0.7, 0.2, 0.1}},
        FactorDistribution{2, FactorDistributionKind::Pert, 0.4, 1.0, 1.2, {}}};
    p.simulation.correlation = 0.5;
    const int n = 300;
    const SimulationResult r = simulate(p, {n, 21, 2, true});
    BOOST_TEST(r.pTermination > 0.0);
    BOOST_TEST(r.pTermination < 1.0);
    BOOST_TEST_REQUIRE(r.trialRecords.size() == static_cast<std::size_t>(n));
    int terminated = 0;
    std::set<int> periods;
    for (const TrialRecord &t : r.trialRecords) {
        const Project q = applyScenario(p, trialScenario(p, t.factors, t.delays));
        const Results full = compute(q);
        BOOST_TEST((full.terminatedAfter == t.kpis.terminatedAfter), "trial " << t.trial);
        BOOST_TEST((riskKpis(q, full) == t.kpis), "trial " << t.trial);
        if (full.terminatedAfter) {
            ++terminated;
            periods.insert(*full.terminatedAfter);
            BOOST_TEST(full.terminationPayment == p.termination.payment);
        }
    }
    BOOST_TEST(r.pTermination == terminated / static_cast<double>(n));
    BOOST_TEST(periods.size() == 2u); // both reviews stop some trial
    BOOST_TEST((simulate(p, {n, 21, 1, true}) == r));
}

BOOST_AUTO_TEST_CASE(without_the_irr_every_other_figure_is_the_same) {
    Project p =
        withDistributions(workedExample(), FactorDistributionKind::Pert, 0.3, 1.0, 1.4, 0.4);
    p.simulation.distributions[1].kind = FactorDistributionKind::Triangular;
    SimulationOptions o{500, 3, 2, true};
    const SimulationResult with = simulate(p, o);
    o.investorIrr = false;
    SimulationResult without = simulate(p, o);
    BOOST_TEST(with.investorIrr.count > 0);
    BOOST_TEST(without.investorIrr.count == 0);
    BOOST_TEST(without.trialsWithoutIrr == 0);
    without.investorIrr = with.investorIrr;
    without.trialsWithoutIrr = with.trialsWithoutIrr;
    for (std::size_t i = 0; i < without.trialRecords.size(); ++i) {
        BOOST_TEST(!without.trialRecords[i].kpis.investorIrrAnnual.has_value());
        without.trialRecords[i].kpis.investorIrrAnnual =
            with.trialRecords[i].kpis.investorIrrAnnual;
    }
    BOOST_TEST((without == with));
}

BOOST_AUTO_TEST_CASE(summaries_are_the_kept_trials_summed_up) {
    // Every summary, probability, sorted sample and fan point of simulate() worked out again from
    // its kept trials with a plain sort, percentile() and a sum in trial order: the radix sorts
    // and selections (montecarlo.cpp) give what a sort gives. Enough trials that they run in
    // full; a low total cap and an investor who sometimes draws nothing make ties (many trials
    // paid exactly the cap) and trials without a multiple.
    for (bool crowded : {false, true}) {
        Project p =
            withDistributions(workedExample(), FactorDistributionKind::Pert, 0.0, 0.9, 1.6, 0.5);
        p.simulation.distributions[1].kind = FactorDistributionKind::Triangular;
        p.simulation.distributions[1].delayProbabilities = {0.5, 0.3, 0.2};
        if (crowded) {
            p.caps.total = 2'500'000 * money::kMinorPerMajor;
            // One delivery cost, in period 5: covered from the account when enough was paid by
            // then (no draw), drawn from the investor otherwise.
            p.deliveryCost.assign(p.deliveryCost.size(), 0);
            p.deliveryCost[5] = 1'500'000 * money::kMinorPerMajor;
            p.financing.reserveShare = 1;
        }
        const int n = 3000;
        const SimulationResult r = simulate(p, {n, 11, 2, true});
        BOOST_TEST_REQUIRE(r.trialRecords.size() == static_cast<std::size_t>(n));
        BOOST_TEST(r.failedTrials == 0);
        std::vector<double> payments, npv, net, trad, profit, multiple, irr;
        std::vector<std::vector<double>> cumulative(r.fan.size());
        int loss = 0, capped = 0, more = 0;
        for (const TrialRecord &t : r.trialRecords) {
            const RiskKpis &k = t.kpis;
            payments.push_back(static_cast<double>(k.payments));
            npv.push_back(static_cast<double>(k.npvPayments));
            net.push_back(static_cast<double>(k.netValue));
            trad.push_back(static_cast<double>(k.traditionalNetValue));
            profit.push_back(static_cast<double>(k.investorProfit));
            if (k.investorMultiple) {
                multiple.push_back(*k.investorMultiple);
                loss += *k.investorMultiple < 1;
            }
            if (k.investorIrrAnnual)
                irr.push_back(*k.investorIrrAnnual);
            capped += k.totalCapReached;
            more += k.payments > k.traditionalCost;
            const Project q = applyScenario(p, trialScenario(p, t.factors, t.delays));
            const Results full = compute(q);
            Money run = 0;
            for (std::size_t d = 0; d < cumulative.size(); ++d)
                cumulative[d].push_back(static_cast<double>(run += full.paymentsNet.at(d)));
        }
        auto summary = [](std::vector<double> v) {
            Summary s;
            s.count = static_cast<int>(v.size());
            double sum = 0;
            for (double x : v)
                sum += x;
            s.mean = sum / static_cast<double>(v.size());
            double ss = 0;
            for (double x : v)
                ss += (x - s.mean) * (x - s.mean);
            s.standardError =
                std::sqrt(ss / static_cast<double>(v.size() - 1) / static_cast<double>(v.size()));
            std::sort(v.begin(), v.end());
            s.p5 = percentile(v, 5);
            s.p50 = percentile(v, 50);
            s.p95 = percentile(v, 95);
            return s;
        };
        BOOST_TEST_CONTEXT("crowded " << crowded) {
            BOOST_TEST((r.payments == summary(payments)));
            BOOST_TEST((r.npvPayments == summary(npv)));
            BOOST_TEST((r.netValue == summary(net)));
            BOOST_TEST((r.traditionalNetValue == summary(trad)));
            BOOST_TEST((r.investorProfit == summary(profit)));
            BOOST_TEST((r.investorMultiple == summary(multiple)));
            BOOST_TEST((r.investorIrr == summary(irr)));
            BOOST_TEST(r.trialsWithoutMultiple == n - static_cast<int>(multiple.size()));
            BOOST_TEST(r.pInvestorLoss == loss / static_cast<double>(n));
            BOOST_TEST(r.pTotalCapReached == capped / static_cast<double>(n));
            BOOST_TEST(r.pPaysMoreThanTraditional == more / static_cast<double>(n));
            std::sort(multiple.begin(), multiple.end());
            BOOST_TEST((r.investorMultiples == multiple));
            std::vector<double> costs;
            for (double v : net)
                costs.push_back(-v);
            std::sort(costs.begin(), costs.end());
            BOOST_TEST((r.netCosts == costs));
            BOOST_TEST_REQUIRE(r.fan.size() == cumulative.size());
            for (std::size_t d = 0; d < cumulative.size(); ++d) {
                std::vector<double> &c = cumulative[d];
                std::sort(c.begin(), c.end());
                const FanPoint expected{percentile(c, 5), percentile(c, 25), percentile(c, 50),
                                        percentile(c, 75), percentile(c, 95)};
                BOOST_TEST((r.fan[d] == expected), "due period " << d);
            }
        }
        if (crowded) { // the ties and the trials without a multiple are there
            BOOST_TEST(r.pTotalCapReached > 0.2);
            BOOST_TEST(r.trialsWithoutMultiple > 100);
            BOOST_TEST(r.trialsWithoutMultiple < n - 100);
        }
    }
}

BOOST_AUTO_TEST_CASE(percentiles_are_numpys_linear_method) {
    // Expected values from numpy 1.24 (python3-numpy, Debian 12):
    //   python3 -c "import numpy as np; d=[3.7,-1.25,12.0,0.5,8.125,3.7,100.0,-40.5,7.0,2.2,9.9];
    //               print([float(np.percentile(d,q)) for q in (0,5,25,50,75,95,100,33.3)])"
    std::vector<double> d{3.7, -1.25, 12.0, 0.5, 8.125, 3.7, 100.0, -40.5, 7.0, 2.2, 9.9};
    std::sort(d.begin(), d.end());
    BOOST_TEST(percentile(d, 0) == -40.5);
    BOOST_TEST(percentile(d, 5) == -20.875);
    BOOST_TEST(percentile(d, 25) == 1.35);
    BOOST_TEST(percentile(d, 50) == 3.7);
    BOOST_TEST(percentile(d, 75) == 9.0125);
    BOOST_TEST(percentile(d, 95) == 56.0);
    BOOST_TEST(percentile(d, 100) == 100.0);
    BOOST_TEST(percentile(d, 33.3) == 2.6949999999999994);
    // numpy: [float(np.percentile([1e9+0.5, 1e9+0.25, 1e9], q)) for q in (5, 50, 95)]
    const std::vector<double> e{1e9, 1e9 + 0.25, 1e9 + 0.5};
    BOOST_TEST(percentile(e, 5) == 1000000000.025);
    BOOST_TEST(percentile(e, 50) == 1000000000.25);
    BOOST_TEST(percentile(e, 95) == 1000000000.475);
    const std::vector<double> one{7.5};
    BOOST_TEST(percentile(one, 95) == 7.5);
}

BOOST_AUTO_TEST_CASE(a_linear_contract_has_the_analytic_mean) {
    // No caps anywhere and an investor whose return is never capped: every payment is linear in
    // the factors, so the mean payment is Σ E[f_m] · (metric m's payments at f = 1).
    Project p = workedExample();
    p.caps.total.reset();
    p.metrics[0].rule.capMoney.reset();
    p.investors[0].returnCap = 1000;
    p.simulation.distributions = {
        FactorDistribution{1, FactorDistributionKind::Triangular, 0.3, 1.0, 1.4, {}},
        FactorDistribution{2, FactorDistributionKind::Pert, 0.2, 0.7, 1.3, {}}};
    p.simulation.correlation = 0.5;
    const Results plan = compute(p);
    const auto byMetric = outcomeDueByMetric(plan);
    double perMetric[2] = {0, 0};
    for (std::size_t m = 0; m < 2; ++m)
        for (Money v : byMetric[m])
            perMetric[m] += static_cast<double>(v);
    BOOST_TEST(static_cast<double>(plan.totalPayments) == perMetric[0] + perMetric[1]);
    // M1's counterfactual 2 is above plan in period 0: its improvement there is 0 at any f ≥ 0.
    const double expected =
        (0.3 + 1.0 + 1.4) / 3 * perMetric[0] + (0.2 + 4 * 0.7 + 1.3) / 6 * perMetric[1];
    const SimulationResult r = simulate(p, {4000, 123, 2, false});
    BOOST_TEST(r.payments.standardError > 0.0);
    BOOST_TEST(std::fabs(r.payments.mean - expected) < 4 * r.payments.standardError,
               r.payments.mean << " vs " << expected << " ± " << r.payments.standardError);
    BOOST_TEST(r.pTotalCapReached == 0.0);
}

BOOST_AUTO_TEST_CASE(cancel_stops_and_progress_counts_up_to_all_trials) {
    const Project p =
        withDistributions(workedExample(), FactorDistributionKind::Pert, 0.5, 1.0, 1.2, 0.2);
    std::atomic<int> last{0};
    const SimulationResult all = simulate(p, {500, 1, 2, false}, [&](int done) {
        int prev = last.load();
        while (done > prev && !last.compare_exchange_weak(prev, done)) {
        }
    });
    BOOST_TEST(last.load() == 500);
    BOOST_TEST(!all.cancelled);

    std::atomic<bool> cancel{false};
    const SimulationResult stopped = simulate(
        p, {100000, 1, 2, false},
        [&](int done) {
            if (done >= 256)
                cancel = true;
        },
        &cancel);
    BOOST_TEST(stopped.cancelled);
    BOOST_TEST(stopped.trials < 100000);
    BOOST_TEST(stopped.netCosts.empty());
}

BOOST_AUTO_TEST_CASE(histograms_share_their_bins) {
    const std::vector<double> a{0, 1, 2, 3}, b{2, 4};
    const Histogram h = histogram(a, b, 4);
    BOOST_TEST(h.edges.front() == 0.0);
    BOOST_TEST(h.edges.back() == 4.0);
    BOOST_TEST((h.countsA == std::vector<int>{1, 1, 1, 1}));
    BOOST_TEST((h.countsB == std::vector<int>{0, 0, 1, 1}));
}

BOOST_AUTO_TEST_SUITE_END()
