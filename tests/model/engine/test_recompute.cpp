// Recomputation (engine.h): a project prepared once and computed again as its reported values
// change gives compute()'s figures on every run, and the options that leave figures out leave
// only those out.
#include "engine.h"
#include "engine_fixtures.h"
#include "samples.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>

using namespace effekt;

namespace {

// The results with the diagnostics cut down to their errors: Recomputation's diagnostics have an
// error exactly when compute()'s have.
Results errorsOnly(Results r) {
    Diagnostics errors;
    for (const Diagnostic &d : r.diagnostics)
        if (d.severity == Severity::Error)
            errors.push_back(d);
    r.diagnostics = errors;
    return r;
}

// Writes a' = b + f · (a − b) into every reported value, the way a Monte Carlo trial does,
// the factor differing by metric.
void scale(Recomputation &rc, double f) {
    const Project &p = rc.project();
    for (std::size_t m = 0; m < p.metrics.size(); ++m) {
        const Metric &mt = p.metrics[m];
        const double fm = f * (1 + 0.1 * static_cast<double>(m % 3));
        for (std::size_t t = 0; t < mt.plan.size(); ++t)
            rc.actual(m)[t] = mt.counterfactual[t] + fm * (mt.plan[t] - mt.counterfactual[t]);
    }
}

Project withReviews() {
    Project p = workedExample();
    p.termination.reviews = {ReviewPoint{1, 3, ReviewTest::MetricUnits, 1, 0.8},
                             ReviewPoint{2, 5, ReviewTest::OutcomePayments, std::nullopt, 0.9}};
    p.termination.payment = test::kr(150'000);
    for (const Party &party : p.parties)
        if (party.role == PartyRole::Provider)
            p.termination.payeeId = party.id;
    return p;
}

// The worked example with a third metric, a share of the savings (95 %, then 40 % once the
// investors have received their capital plus 5 % a year): its payments depend on the account,
// run by turns (docs/engine.md "Second share").
Project withRepaidSwitch() {
    Project p = workedExample();
    Metric m = p.metrics.front();
    m.id = 3;
    m.name = "Sparte kroner";
    m.unit = MetricUnit::Money;
    m.plan = {0, 200'000, 400'000, 600'000, 600'000, 600'000, 600'000, 600'000};
    m.counterfactual.assign(m.plan.size(), 0.0);
    m.actual.assign(m.plan.size(), std::nullopt);
    m.rule = PaymentRule{};
    m.rule.type = RuleType::ShareOfSavings;
    m.rule.share = 0.95;
    m.rule.secondShare = 0.40;
    m.rule.secondShareWhen = SecondShareSwitch::InvestorsRepaid;
    m.rule.secondShareReturn = 0.05;
    m.rule.payers = {PayerShare{1, 1.0}};
    m.savings.clear();
    p.metrics.push_back(m);
    return p;
}

// The worked example with the municipality paying at most 1.5 million kroner a budget year, what
// the cap cuts carried to a later year with room (docs/engine.md "Caps per budget year").
Project withYearCapCarried() {
    Project p = workedExample();
    p.parties[0].yearCap = 1'500'000 * money::kMinorPerMajor;
    p.caps.yearCapCarry = true;
    return p;
}

} // namespace

BOOST_AUTO_TEST_SUITE(recompute)

BOOST_AUTO_TEST_CASE(every_run_equals_compute_on_the_project_as_it_stands) {
    for (const Project &project : {workedExample(), withReviews(), workedExampleWithLedger(200),
                                   largeContract(false), withRepaidSwitch()}) {
        Recomputation rc(project);
        // Runs one after another reuse the same memory; factors from failure to over-delivery,
        // with and without the KPIs.
        int terminated = 0;
        for (double f : {1.0, 0.3, 1.25, 0.0, 0.7, 1.0}) {
            scale(rc, f);
            for (bool kpis : {false, true}) {
                const ComputeOptions options{.kpis = kpis};
                const Results expected =
                    errorsOnly(compute(rc.project(), Basis::Forecast, options));
                const Results got = errorsOnly(rc.compute(Basis::Forecast, options));
                BOOST_TEST((got == expected), "factor " << f << " kpis " << kpis);
                terminated += got.terminatedAfter.has_value();
            }
        }
        if (!project.termination.reviews.empty())
            BOOST_TEST(terminated > 0); // the reviews are really taken
    }
}

BOOST_AUTO_TEST_CASE(a_totals_only_run_leaves_out_only_the_rows) {
    // ComputeOptions::detail off: the rows per metric, payer and fee, the discounted and savings
    // rows, payback, traditional cost and risk transferred are left out, and the warnings that
    // need the rows; every other figure is that of the run with them. On contracts with review
    // points (some terminate), a ledger, the large contract, a second share once repaid and a cap
    // per budget year that carries what it cuts.
    for (const Project &project :
         {workedExample(), withReviews(), workedExampleWithLedger(200), largeContract(false),
          withRepaidSwitch(), withYearCapCarried()}) {
        Recomputation rc(project);
        for (double f : {1.0, 0.3, 1.25, 0.0, 0.7}) {
            scale(rc, f);
            const ComputeOptions rows{.kpis = false};
            const ComputeOptions totalsOnly{.kpis = false, .detail = false};
            Results full = compute(rc.project(), Basis::Forecast, rows);
            const Results totals = compute(rc.project(), Basis::Forecast, totalsOnly);
            // Recomputation's totals-only runs are compute()'s, but for the warnings, also right
            // after a run with the rows (whose memory they reuse).
            BOOST_TEST((errorsOnly(rc.compute(Basis::Forecast, totalsOnly)) == errorsOnly(totals)));
            rc.compute(Basis::Forecast, rows);
            BOOST_TEST((errorsOnly(rc.compute(Basis::Forecast, totalsOnly)) == errorsOnly(totals)));
            BOOST_TEST(totals.metric.empty());
            BOOST_TEST(totals.metricByPayer.empty());
            BOOST_TEST(totals.payerDue.empty());
            BOOST_TEST(totals.paymentsDiscounted.empty());
            for (const auto &row : totals.savings)
                BOOST_TEST(row.empty());
            Money earned = 0;
            for (const auto &row : full.metric)
                for (const MetricPeriod &mp : row)
                    earned += mp.afterTotalCap;
            // (No fixed fee counts inside a total cap here: it counts the outcome payments.)
            if (rc.project().fixedFees.empty() || !rc.project().caps.fixedFeesInsideTotal)
                BOOST_TEST(full.totalCapCounted == earned);
            // What is left out, taken out of the full run too: the rest is equal.
            full.metric.clear();
            full.metricByPayer.clear();
            full.payerDue.clear();
            full.fixedFeeByFee.clear();
            full.yearCapCut.clear();
            full.yearCapCarried.clear();
            full.yearCapCarriedByMetric.clear();
            full.yearCapCarriedByMetricPayer.clear();
            full.cohortTests.clear();
            full.settlements.clear();
            full.paymentsDiscounted.clear();
            for (auto &row : full.savings)
                row.clear();
            full.paybackPeriod.reset();
            full.traditionalCost = 0;
            full.riskTransferred = 0;
            std::erase_if(full.diagnostics, [](const Diagnostic &d) {
                return d.code == DiagCode::CapBelowOnePeriod;
            });
            BOOST_TEST((totals == full), "factor " << f);
        }
    }
}

BOOST_AUTO_TEST_CASE(options_leave_out_only_what_they_name) {
    Project p = workedExample();
    p.investors.push_back(p.investors[0]);
    p.investors[1].id = 99;
    p.investors[1].commitment = test::kr(1'000'000);
    Recomputation rc(p);
    scale(rc, 0.8);
    Results full = errorsOnly(compute(rc.project()));
    const ComputeOptions less{.kpis = true, .investorRates = false, .riskTransferred = false};
    const Results got = errorsOnly(rc.compute(Basis::Forecast, less));
    BOOST_TEST(full.riskTransferred > 0);
    full.riskTransferred = 0;
    for (InvestorResult &ir : full.investors) {
        BOOST_TEST(ir.irrAnnual.has_value());
        ir.irrPeriodic = RateResult{};
        ir.irrAnnual.reset();
        ir.xirr = RateResult{};
    }
    BOOST_TEST((got == full));
}

BOOST_AUTO_TEST_CASE(a_value_that_is_not_a_number_is_computed_by_compute) {
    Recomputation rc(workedExample());
    scale(rc, 0.9);
    rc.actual(1)[4] = std::numeric_limits<double>::quiet_NaN();
    const Results expected = compute(rc.project());
    BOOST_TEST(hasErrors(expected.diagnostics));
    BOOST_TEST((rc.compute(Basis::Forecast, {}) == expected));
    // And the next finite run is the fast one again, equal to compute() but for warnings.
    scale(rc, 0.9);
    BOOST_TEST((errorsOnly(rc.compute(Basis::Forecast, {})) == errorsOnly(compute(rc.project()))));
}

BOOST_AUTO_TEST_CASE(an_error_of_the_design_is_kept_on_every_run) {
    Project p = workedExample();
    p.metrics[0].rule.lag = -1; // validate(): an error
    Recomputation rc(p);
    for (double f : {0.5, 1.1}) {
        scale(rc, f);
        const Results expected = errorsOnly(compute(rc.project()));
        BOOST_TEST(hasErrors(expected.diagnostics));
        BOOST_TEST((errorsOnly(rc.compute(Basis::Forecast, {})) == expected));
    }
}

BOOST_AUTO_TEST_SUITE_END()
