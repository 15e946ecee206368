// The fast path of Monte Carlo trials (Recomputation::computeTotals, fastrun.cpp): on generated
// contracts of every kind it covers, with reported values as trials write them, each figure it
// gives equals the same figure of compute(); contracts it does not cover, and runs it cannot
// take, say so and leave them to compute(). The generator is this file's own, so that the seeds
// of test_engine_properties.cpp stay as they are.
#include "engine.h"
#include "engine_fixtures.h"
#include "samples.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <random>

using namespace effekt;
using test::kr;

namespace {

// Deterministic draws (std::mt19937_64 is specified exactly; the std distributions are not).
class FastPathDraws {
public:
    explicit FastPathDraws(std::uint64_t seed)
        : g_(seed) {}
    int between(int lo, int hi) { // inclusive
        return lo + static_cast<int>(g_() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    bool chance(double p) { return unit() < p; }
    double unit() { return static_cast<double>(g_() >> 11) / 9007199254740992.0; }

private:
    std::mt19937_64 g_;
};

// A contract the fast path covers: per-unit (with every kind of threshold, volume bands, unit and
// money caps), tiered and milestone rules, lags, savings spread over time for every budget holder,
// a total cap with fixed fees of every kind inside it or not, price indexation, no investor or
// one with any terms, and any reserve and incentive shares.
Project fastPathContract(std::uint64_t seed) {
    FastPathDraws d(seed);
    const PeriodLength lengths[] = {PeriodLength::Month, PeriodLength::Quarter,
                                    PeriodLength::HalfYear, PeriodLength::Year};
    Project p = test::bareProject(d.between(1, 16), lengths[d.between(0, 3)]);
    const int n = p.timeline.periods;
    p.targetGroup.cohorts = {
        Cohort{1, "A", "", 500, std::vector<int>(static_cast<std::size_t>(n), 0)}};
    for (int &x : p.targetGroup.cohorts[0].intake)
        x = d.between(0, 10);
    const int metrics = d.between(1, 4);
    for (int k = 0; k < metrics; ++k) {
        Metric m = test::perUnitMetric(40 - k * 7, kr(d.between(1, 100) * 100), {});
        m.direction = d.chance(0.25) ? Direction::LowerIsBetter : Direction::HigherIsBetter;
        PaymentRule &r = m.rule;
        const int type = d.between(0, 5); // per unit more often than the others
        double scale = 20;
        if (type <= 3) {
            r.thresholdBasis = static_cast<ThresholdBasis>(d.between(0, 3));
            r.threshold = r.thresholdBasis == ThresholdBasis::Relative ? 0.1 * d.between(0, 5)
                                                                       : d.between(0, 5);
            r.thresholdRelative = 0.1 * d.between(0, 5);
            if (d.chance(0.2))
                for (double from = 0; r.bands.size() < 3; from += d.between(5, 40))
                    r.bands.push_back(VolumeBand{from, kr(d.between(1, 50) * 100)});
            if (d.chance(0.2))
                r.capUnits = d.between(5, 100);
        } else if (type == 4) {
            r.type = RuleType::Tiered;
            r.tierBasis = d.chance(0.5) ? TierBasis::Relative : TierBasis::Observed;
            r.tierMode = d.chance(0.5) ? TierMode::Step : TierMode::Interpolate;
            double level = r.tierBasis == TierBasis::Relative ? 0.05 : 1;
            Money amount = 0;
            for (int t = 0; t < d.between(1, 4); ++t) {
                amount += kr(d.between(1, 50) * 100);
                r.tiers.push_back(Tier{level, amount});
                level += r.tierBasis == TierBasis::Relative ? 0.1 : d.between(1, 5);
            }
            m.direction = Direction::HigherIsBetter;
        } else {
            r.type = RuleType::Milestone;
            r.milestoneAmount = kr(d.between(1, 100) * 1'000);
            m.direction = Direction::HigherIsBetter;
            scale = 2;
        }
        if (d.chance(0.4))
            r.capMoney = kr(d.between(1, 200) * 1'000);
        r.lag = d.between(0, 3);
        for (int t = 0; t < n; ++t) {
            const double b = d.chance(0.5) ? std::floor(d.unit() * scale / 4) : 0;
            const double a = std::floor(d.unit() * scale);
            m.plan.push_back(m.direction == Direction::HigherIsBetter ? a
                                                                      : std::max(0.0, b - a / 4));
            m.counterfactual.push_back(m.direction == Direction::HigherIsBetter ? b
                                                                                : b + scale / 4);
        }
        m.actual.assign(m.plan.size(), std::nullopt);
        for (int s = 0; s < d.between(0, 2); ++s)
            m.savings.push_back(SavingsLine{static_cast<BudgetHolder>(d.between(0, 3)),
                                            kr(d.between(-10, 100) * 1'000), true, d.between(0, 2),
                                            d.between(0, 3)});
        p.metrics.push_back(std::move(m));
    }
    if (d.chance(0.5))
        p.caps.total = kr(d.between(1, 100) * 10'000);
    p.caps.fixedFeesInsideTotal = d.chance(0.5);
    for (int f = 0; f < d.between(0, 2); ++f) {
        FixedFee fee;
        fee.id = 50 - f;
        fee.kind = static_cast<FixedFeeKind>(d.between(0, 2));
        fee.amount = kr(d.between(1, 50) * 100);
        fee.share = 0.05 * d.between(0, 10);
        fee.firstPeriod = d.between(0, n - 1);
        fee.lastPeriod = d.chance(0.5) ? -1 : d.between(fee.firstPeriod, n - 1);
        p.fixedFees.push_back(fee);
    }
    if (d.chance(0.3))
        p.indexation.rate = 0.01 * d.between(1, 5);
    p.deliveryCost.clear();
    for (int t = 0; t < n; ++t)
        p.deliveryCost.push_back(kr(d.between(0, 100) * 1'000));
    if (d.chance(0.8)) {
        Investor inv;
        inv.id = 9;
        inv.partyId = 2;
        inv.commitment = kr(d.between(0, 60) * 10'000);
        inv.tranche = d.chance(0.5) ? Tranche::Senior : Tranche::Subordinate;
        if (d.chance(0.3))
            inv.coupon = 0.01 * d.between(1, 10);
        if (d.chance(0.5))
            inv.returnCap = 1 + 0.1 * d.between(0, 10);
        if (d.chance(0.3))
            inv.guaranteedShare = 0.1 * d.between(1, 10);
        p.investors.push_back(inv);
    }
    p.financing.reserveShare = 0.5 * d.between(0, 2);
    p.financing.providerIncentiveShare = 0.1 * d.between(0, 2);
    p.valuation.discountRate = 0.01 * d.between(0, 8);
    p.normalise();
    return p;
}

// What a trial writes: each metric's reported values, some left unreported (the plan counts).
void reportTrial(Recomputation &rc, FastPathDraws &d) {
    const Project &p = rc.project();
    for (std::size_t m = 0; m < p.metrics.size(); ++m) {
        const Metric &mt = p.metrics[m];
        const double f = 1.6 * d.unit();
        for (std::size_t t = 0; t < mt.plan.size(); ++t)
            rc.actual(m)[t] = d.chance(0.15)
                                  ? std::nullopt
                                  : std::optional<double>(mt.counterfactual[t] +
                                                          f * (mt.plan[t] - mt.counterfactual[t]));
    }
}

// `totals` against the results of compute() (the full run) on the same project, figure by figure.
void checkTotals(const RunTotals &totals, const Results &r, const std::string &what) {
    BOOST_TEST_CONTEXT(what) {
        BOOST_TEST(totals.periods == r.periods);
        BOOST_TEST(totals.paymentsNet == r.paymentsNet);
        BOOST_TEST(totals.totalPayments == r.totalPayments);
        BOOST_TEST(totals.npvPayments == r.npvPayments);
        BOOST_TEST(totals.npvSavings == r.npvSavings);
        BOOST_TEST(totals.netValue == r.netValue);
        BOOST_TEST(totals.totalCapCounted == r.totalCapCounted);
        BOOST_TEST(totals.investor == !r.investors.empty());
        if (!r.investors.empty()) {
            const InvestorResult &ir = r.investors.front();
            BOOST_TEST(totals.drawn == ir.drawn);
            BOOST_TEST(totals.distributed == ir.distributed);
            BOOST_TEST(totals.guarantee == ir.guarantee);
            BOOST_TEST(totals.draws == ir.draws);
            BOOST_TEST(totals.distributions == ir.distributions);
        }
    }
}

// What the total cap counts: the outcome payments after it and, inside it, the fixed fees (the
// fast path's contracts have no payer caps, so the fees fall due as the cap let them through).
Money countedByTheTotalCap(const Project &p, const Results &r) {
    Money counted = p.caps.fixedFeesInsideTotal ? test::sum(r.fixedFeesDue) : 0;
    for (std::size_t m = 0; m < r.metric.size(); ++m)
        counted += test::sum(test::afterTotalCap(r, m));
    return counted;
}

} // namespace

BOOST_AUTO_TEST_SUITE(fast_path)

BOOST_AUTO_TEST_CASE(every_figure_equals_compute_on_generated_contracts) {
    int runs = 0, capBound = 0, drew = 0, kept = 0;
    for (std::uint64_t seed = 1; seed <= 400; ++seed) {
        Recomputation rc(fastPathContract(seed));
        BOOST_TEST_REQUIRE(rc.fastPath(), "seed " << seed);
        FastPathDraws d(seed * 7919);
        for (int trial = 0; trial < 6; ++trial) {
            reportTrial(rc, d);
            RunTotals totals;
            BOOST_TEST_REQUIRE(rc.computeTotals(totals));
            const Results r = compute(rc.project());
            BOOST_TEST_REQUIRE(!hasErrors(r.diagnostics));
            checkTotals(totals, r,
                        "seed " + std::to_string(seed) + " trial " + std::to_string(trial));
            BOOST_TEST(r.totalCapCounted == countedByTheTotalCap(rc.project(), r));
            ++runs;
            capBound += rc.project().caps.total && r.totalCapCounted >= *rc.project().caps.total;
            drew += totals.drawn > 0;
            for (Money k : r.commissionerKept)
                kept += k > 0;
        }
    }
    // The generated contracts reach what they are for: caps that bind, draws, surpluses the
    // commissioner keeps.
    BOOST_TEST(runs == 2400);
    BOOST_TEST(capBound > 50);
    BOOST_TEST(drew > 500);
    BOOST_TEST(kept > 100);
}

BOOST_AUTO_TEST_CASE(the_worked_example_takes_the_fast_path) {
    Recomputation rc(workedExample());
    BOOST_TEST(rc.fastPath());
    RunTotals totals;
    BOOST_TEST(rc.computeTotals(totals));
    checkTotals(totals, compute(rc.project()), "worked example as planned");
    // DOMAIN.md §9, as test_worked_example.cpp works it out: the plan pays 4,240,000 kr, every
    // outcome payment (none is kept back: the investors' return cap is not reached).
    BOOST_TEST(totals.totalPayments == kr(4'240'000));
}

BOOST_AUTO_TEST_CASE(contracts_it_does_not_cover_are_left_to_compute) {
    auto notCovered = [](Project p, const char *why) {
        Recomputation rc(p);
        BOOST_TEST(!rc.fastPath(), why);
        RunTotals totals;
        BOOST_TEST(!rc.computeTotals(totals), why);
    };
    Project twoInvestors = workedExample();
    twoInvestors.investors.push_back(twoInvestors.investors.front());
    twoInvestors.investors.back().id = 99;
    notCovered(twoInvestors, "two investors");
    Project payerCap = workedExample();
    payerCap.parties.front().cap = kr(1'000'000);
    notCovered(payerCap, "a payer's cap");
    Project reviewed = workedExample();
    reviewed.termination.reviews = {ReviewPoint{1, 3, ReviewTest::MetricUnits, 1, 0.8}};
    notCovered(reviewed, "a review point");
    Project share = workedExample();
    share.metrics.front().rule.type = RuleType::ShareOfSavings;
    share.metrics.front().rule.share = 0.5;
    notCovered(share, "a share of savings");
    Project ledger = workedExampleWithLedger(50);
    ledger.caps.perParticipant = kr(50'000);
    notCovered(ledger, "per-participant caps on a ledger");
    Project broken = workedExample();
    broken.metrics.front().rule.lag = -1; // an error in the design
    notCovered(broken, "an error of the design");
}

BOOST_AUTO_TEST_CASE(a_run_it_cannot_take_is_left_to_compute) {
    Recomputation rc(workedExample());
    RunTotals totals;
    // A reported value that is not a number: compute() reports it.
    rc.actual(0)[2] = std::numeric_limits<double>::quiet_NaN();
    BOOST_TEST(!rc.computeTotals(totals));
    BOOST_TEST(hasErrors(rc.compute(Basis::Forecast, ComputeOptions{}).diagnostics));
    // An amount beyond what Money holds: compute() locates it.
    rc.actual(0)[2] = 1e300;
    BOOST_TEST(!rc.computeTotals(totals));
    BOOST_TEST(hasErrors(compute(rc.project()).diagnostics));
    // And the next ordinary run takes the fast path again.
    rc.actual(0)[2] = 7;
    BOOST_TEST(rc.computeTotals(totals));
    checkTotals(totals, compute(rc.project()), "after the values beyond range");
}

BOOST_AUTO_TEST_SUITE_END()
