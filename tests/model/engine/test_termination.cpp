// Review points and early termination (DOMAIN.md §8b, docs/engine.md "Review points and early
// termination"), computed by hand on the worked example of DOMAIN.md §9. Amounts in thousands of
// kroner in the comments.
#include "engine_fixtures.h"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace effekt;

using effekt::test::sum;
using effekt::test::thousands;

namespace {

// The worked example with M1 reported as a = 2, 3, 3, 4 in t = 0…3 (plan for the rest, and for M2)
// and a review at the end of t = 3 requiring 80 % of M1's planned improvement units.
Project failingUnitsReview() {
    Project p = workedExample();
    const double reported[] = {2, 3, 3, 4};
    for (std::size_t t = 0; t < 4; ++t)
        p.metrics[0].actual[t] = reported[t];
    p.termination.reviews = {ReviewPoint{7, 3, ReviewTest::MetricUnits, 1, 0.8}};
    return p;
}

// Present value at 4 % a year of a period-end flow of quarter t (DOMAIN.md §6).
double discounted(double amount, int t) {
    const double rp = std::pow(1.04, 0.25) - 1;
    return amount / std::pow(1 + rp, t + 1);
}

// The account identity of the property tests: payments into the account + draws = costs paid +
// distributions + incentive + kept + change in the reserve, every period; the account ends empty.
void checkAccount(const Results &r, const std::vector<Money> &in) {
    for (std::size_t t = 0; t < static_cast<std::size_t>(r.periods); ++t) {
        const Money before = t == 0 ? 0 : r.reserve[t - 1];
        BOOST_TEST(in[t] + r.draws[t] == (r.deliveryCost[t] - r.fundingGap[t]) +
                                             r.distributions[t] + r.providerIncentive[t] +
                                             r.commissionerKept[t] + (r.reserve[t] - before));
    }
    BOOST_TEST(r.reserve.back() == 0);
}

} // namespace

BOOST_AUTO_TEST_SUITE(termination)

BOOST_AUTO_TEST_CASE(worked_example_fails_a_units_review_at_period_3) {
    const Project p = failingUnitsReview();
    const Results r = compute(p, Basis::Forecast);
    BOOST_TEST(!hasErrors(r.diagnostics));

    // The review: M1's units u = max(0, a − 2) reported 0, 1, 1, 2 (4 in all) against the plan's
    // 0, 3, 6, 8 (17); 80 % of 17 = 13.6 required, 4 reached: the contract ends after t = 3.
    BOOST_TEST_REQUIRE(r.terminatedAfter.has_value());
    BOOST_TEST(*r.terminatedAfter == 3);
    BOOST_TEST((r.terminationReviewId == std::optional<int>(7)));
    BOOST_TEST(r.terminationPayment == 0);
    const Diagnostic *said = nullptr;
    for (const Diagnostic &d : r.diagnostics)
        if (d.code == DiagCode::ContractTerminated)
            said = &d;
    BOOST_TEST_REQUIRE(said);
    BOOST_TEST(said->entity == "review");
    BOOST_TEST(said->id == 7);
    BOOST_TEST(said->period == 3);
    BOOST_TEST_REQUIRE(said->values.size() == 4u);
    BOOST_TEST(std::get<std::string>(said->values[0]) == "metric-units");
    BOOST_TEST(std::get<double>(said->values[1]) == 4.0);
    BOOST_TEST(std::abs(std::get<double>(said->values[2]) - 13.6) < 1e-9);
    BOOST_TEST(std::get<PercentValue>(said->values[3]).fraction == 0.8);

    // Earned: M1 u × 60 = 0, 60, 60, 120 and M2 (plan) u × 40 = 0, 0, 120, 200 in t = 0…3, then
    // nothing: the periods after the terminated one earn 0 (units 0 too, so no savings).
    BOOST_TEST(test::afterTotalCap(r, 0) == thousands({0, 60, 60, 120, 0, 0, 0, 0}));
    BOOST_TEST(test::afterTotalCap(r, 1) == thousands({0, 0, 120, 200, 0, 0, 0, 0}));
    BOOST_TEST(r.metric[0][4].units == 0.0);
    BOOST_TEST(r.metric[0][4].observed == 12.0); // the forecast still shows the plan's a(t)
    BOOST_TEST(r.metric[0][4].duePeriod == 5);

    // Due: M1 one quarter later (t = 2: 60, t = 3: 60, t = 4: 120), M2 two (t = 4: 120, t = 5:
    // 200): 0, 0, 60, 60, 240, 200, 0, 0, 0, 0 = 560. No fixed fees, no termination payment.
    BOOST_TEST(r.periods == 10);
    const auto due = thousands({0, 0, 60, 60, 240, 200, 0, 0, 0, 0});
    BOOST_TEST(r.outcomeDue == due);
    BOOST_TEST(r.totalDue == due);
    BOOST_TEST(r.payerDue.at(0) == due);
    BOOST_TEST(r.deliveryCost == thousands({500, 500, 500, 500, 0, 0, 0, 0, 0, 0}));

    // Account: t = 0, 1: 500 drawn each; t = 2, 3: 500 − 60 = 440 each (1,880 in all). Until t = 2
    // the reserve is kept for the planned costs still to come, but nothing is left over to keep;
    // from t = 3 no costs remain, so no reserve: t = 4 pays out 240, t = 5 200 (440), all of it
    // principal.
    BOOST_TEST(r.draws == thousands({500, 500, 440, 440, 0, 0, 0, 0, 0, 0}));
    BOOST_TEST(r.distributions == thousands({0, 0, 0, 0, 240, 200, 0, 0, 0, 0}));
    BOOST_TEST(r.reserve == thousands({0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
    BOOST_TEST(sum(r.commissionerKept) == 0);
    checkAccount(r, r.totalDue);

    // The investor's loss: 440 − 1,880 = −1,440; multiple 440 / 1,880.
    const InvestorResult &inv = r.investors.at(0);
    BOOST_TEST(inv.drawn == thousands({1880})[0]);
    BOOST_TEST(inv.distributed == thousands({440})[0]);
    BOOST_TEST(inv.guarantee == 0);
    BOOST_TEST(inv.profit == -thousands({1440})[0]);
    BOOST_TEST(*inv.multiple == 440.0 / 1880.0, boost::test_tools::tolerance(1e-12));

    // The commissioner: 560 paid; savings 150 per unit of M1 in the quarters of achievement: 0,
    // 150, 150, 300 (4 units, 600), nothing after t = 3.
    BOOST_TEST(r.totalPayments == thousands({560})[0]);
    const double npv =
        discounted(60e5, 2) + discounted(60e5, 3) + discounted(240e5, 4) + discounted(200e5, 5);
    BOOST_TEST(r.npvPayments == static_cast<Money>(std::llround(npv)));
    BOOST_TEST(r.savings[0] == thousands({0, 150, 150, 300, 0, 0, 0, 0, 0, 0}));
    BOOST_TEST(r.totalSavings == thousands({600})[0]);
    // The forecast payment respects the termination; the traditional alternative is the whole
    // planned delivery (8 × 500 × 1.1); with no outcome at all the review fails too, so the
    // investors would draw 4 × 500.
    BOOST_TEST(r.forecastPayment == thousands({560})[0]);
    BOOST_TEST(r.traditionalCost == thousands({4400})[0]);
    BOOST_TEST(r.riskTransferred == thousands({2000})[0]);

    // Every per-period series keeps its length.
    for (const auto *v : {&r.outcomeDue, &r.fixedFeesDue, &r.totalDue, &r.deliveryCost, &r.draws,
                          &r.distributions, &r.providerIncentive, &r.commissionerKept, &r.reserve,
                          &r.fundingGap, &r.paymentsNet, &r.paymentsDiscounted})
        BOOST_TEST(v->size() == 10u);
    BOOST_TEST(r.metric[0].size() == 8u);
}

BOOST_AUTO_TEST_CASE(break_even_search_respects_the_review) {
    const Project p = failingUnitsReview();
    // At factor f on the planned improvement M1 reaches 17 f units by t = 3: below f = 0.8 the
    // review fails. At f = 0.79 the contract ends after t = 3 with costs of 2,000 and earnings
    // M1 (3 + 6 + 8) × 0.79 × 60 = 805.8 and M2 (3 + 5) × 0.79 × 40 = 252.8 (1,058.6), all
    // returned to the investors: the gap is 1,058.6 − 2,000 = −941.4.
    BOOST_TEST(breakEvenGap(p, 0.79) == test::kr(-941'400));
    // Above 0.8 the contract runs its course as without the review: at 0.85 M1 earns 0.85 ×
    // 3,420 = 2,907 (under its cap of 3,000) and M2 0.85 × 1,240 = 1,054: 3,961 against 4,000 of
    // costs.
    BOOST_TEST(breakEvenGap(p, 0.85) == test::kr(-39'000));
    const Results r = compute(p, Basis::Forecast);
    BOOST_TEST_REQUIRE(r.breakEvenFactor.has_value());
    BOOST_TEST(std::abs(*r.breakEvenFactor - 4.0 / 4.66) <= r.breakEvenTolerance + 1e-12);
}

BOOST_AUTO_TEST_CASE(a_review_that_passes_changes_nothing) {
    Project p = workedExample();
    // Reported M1 a = 0, 4, 7, 9: u = 0, 2, 5, 7 (14 ≥ 0.8 × 17 = 13.6): the review passes.
    const double reported[] = {0, 4, 7, 9};
    for (std::size_t t = 0; t < 4; ++t)
        p.metrics[0].actual[t] = reported[t];
    const Results without = compute(p, Basis::Forecast);
    p.termination.reviews = {ReviewPoint{1, 3, ReviewTest::MetricUnits, 1, 0.8}};
    p.termination.payment = test::kr(300'000);
    p.termination.payeeId = 3;
    Results with = compute(p, Basis::Forecast);
    BOOST_TEST(!with.terminatedAfter.has_value());
    BOOST_TEST(!with.terminationReviewId.has_value());
    BOOST_TEST(with.terminationPayment == 0);
    // Only the capital at risk with no outcome at all changes: the review would stop the contract
    // after t = 3, when the investors would have drawn 4 × 500 and the termination payment of 300
    // had come in (1,700 instead of 4,000).
    BOOST_TEST(without.riskTransferred == test::kr(4'000'000));
    BOOST_TEST(with.riskTransferred == test::kr(1'700'000));
    with.riskTransferred = without.riskTransferred;
    // The break-even search takes other steps below the review's 80 % (the contract ends there),
    // so it finds the same root by another path: within its tolerance.
    BOOST_TEST_REQUIRE(with.breakEvenFactor.has_value());
    BOOST_TEST(std::abs(*with.breakEvenFactor - 4.0 / 4.66) <= with.breakEvenTolerance + 1e-12);
    with.breakEvenFactor = without.breakEvenFactor;
    with.breakEvenTolerance = without.breakEvenTolerance;
    BOOST_TEST((with == without));

    // On the plan basis reviews are not taken (the plan is their yardstick), even a review asking
    // for more than the plan.
    p.termination.reviews = {ReviewPoint{1, 3, ReviewTest::MetricUnits, 1, 1.5}};
    const Results plan = compute(p, Basis::Plan);
    BOOST_TEST(!plan.terminatedAfter.has_value());
    BOOST_TEST(sum(plan.totalDue) == test::kr(4'240'000));
}

BOOST_AUTO_TEST_CASE(outcome_payments_review) {
    Project p = workedExample();
    // Reported t = 0…4: M1 a = 2, 3, 3, 4, 4 (u = 0, 1, 1, 2, 2: earns 0, 60, 60, 120, 120 = 360),
    // M2 a = 0, 0, 1, 1, 1 (earns 0, 0, 40, 40, 40 = 120): 480 earned by the end of t = 4.
    const double m1[] = {2, 3, 3, 4, 4}, m2[] = {0, 0, 1, 1, 1};
    for (std::size_t t = 0; t < 5; ++t) {
        p.metrics[0].actual[t] = m1[t];
        p.metrics[1].actual[t] = m2[t];
    }
    // Plan earnings by the end of t = 4: M1 0 + 180 + 360 + 480 + 600 = 1,620, M2 0 + 0 + 120 +
    // 200 + 200 = 520: 2,140. A review asking for 20 % (428) passes, one asking for 50 % (1,070)
    // fails.
    p.termination.reviews = {ReviewPoint{1, 4, ReviewTest::OutcomePayments, std::nullopt, 0.2}};
    BOOST_TEST(!compute(p).terminatedAfter.has_value());
    p.termination.reviews[0].requiredShare = 0.5;
    const Results r = compute(p);
    BOOST_TEST(!hasErrors(r.diagnostics));
    BOOST_TEST((r.terminatedAfter == std::optional<int>(4)));
    bool said = false;
    for (const Diagnostic &d : r.diagnostics)
        if (d.code == DiagCode::ContractTerminated) {
            said = true;
            BOOST_TEST(std::get<std::string>(d.values.at(0)) == "outcome-payments");
            BOOST_TEST(std::get<MoneyValue>(d.values.at(1)).minor == test::kr(480'000));
            BOOST_TEST(std::get<MoneyValue>(d.values.at(2)).minor == test::kr(1'070'000));
        }
    BOOST_TEST(said);
    // Due: M1 one quarter later (t = 2: 60, 3: 60, 4: 120, 5: 120), M2 two (t = 4, 5, 6: 40).
    BOOST_TEST(r.totalDue == thousands({0, 0, 60, 60, 160, 160, 40, 0, 0, 0}));
    // Costs 500 in t = 0…4: draws 500, 500, 440, 440, 340 (2,220); then 160 and 40 paid out.
    BOOST_TEST(r.draws == thousands({500, 500, 440, 440, 340, 0, 0, 0, 0, 0}));
    BOOST_TEST(r.distributions == thousands({0, 0, 0, 0, 0, 160, 40, 0, 0, 0}));
    BOOST_TEST(r.investors.at(0).profit == -test::kr(2'020'000));
    checkAccount(r, r.totalDue);
}

BOOST_AUTO_TEST_CASE(termination_payment_to_the_provider_enters_the_account) {
    Project p = failingUnitsReview();
    p.termination.payment = test::kr(300'000);
    p.termination.payeeId = 3; // the provider
    const Results r = compute(p);
    BOOST_TEST(!hasErrors(r.diagnostics));
    BOOST_TEST(r.terminationPayment == test::kr(300'000));
    // The kommune pays 60 + 300 = 360 in t = 3, and 860 in all.
    const auto due = thousands({0, 0, 60, 360, 240, 200, 0, 0, 0, 0});
    BOOST_TEST(r.totalDue == due);
    BOOST_TEST(r.payerDue.at(0) == due);
    BOOST_TEST(r.outcomeDue == thousands({0, 0, 60, 60, 240, 200, 0, 0, 0, 0}));
    BOOST_TEST(r.totalPayments == test::kr(860'000));
    // The account: t = 3 draws only 500 − 360 = 140 (1,580 in all); 440 paid out as before: the
    // investor loses 1,140 instead of 1,440.
    BOOST_TEST(r.draws == thousands({500, 500, 440, 140, 0, 0, 0, 0, 0, 0}));
    BOOST_TEST(r.distributions == thousands({0, 0, 0, 0, 240, 200, 0, 0, 0, 0}));
    BOOST_TEST(r.investors.at(0).profit == -test::kr(1'140'000));
    checkAccount(r, r.totalDue);
    // It counts towards no cap: the maximum possible payment is the outcome payments' (5,000).
    BOOST_TEST(r.maxPossiblePayment == test::kr(5'000'000));

    // A large one reaches the investors' return: 2,060 in at t = 3 against 500 of cost: 1,440 of
    // principal, then 120 of return (cap 1.3 × 1,440 = 1,872, room 432); t = 4: 240 of return (room
    // 312 left); t = 5: 72 up to the cap, and the 128 above it the kommune does not pay at all.
    p.termination.payment = test::kr(2'000'000);
    const Results big = compute(p);
    BOOST_TEST(big.draws == thousands({500, 500, 440, 0, 0, 0, 0, 0, 0, 0}));
    BOOST_TEST(big.distributions == thousands({0, 0, 0, 1560, 240, 72, 0, 0, 0, 0}));
    BOOST_TEST(big.commissionerKept == thousands({0, 0, 0, 0, 0, 128, 0, 0, 0, 0}));
    BOOST_TEST(big.totalPayments == test::kr(2'560'000 - 128'000));
    checkAccount(big, big.totalDue);
}

BOOST_AUTO_TEST_CASE(termination_payment_to_another_party_stays_outside_the_account) {
    Project p = failingUnitsReview();
    p.parties.push_back(Party{4, "Evaluator", PartyRole::Evaluator, "", std::nullopt});
    p.termination.payment = test::kr(300'000);
    p.termination.payeeId = 4;
    const Results r = compute(p);
    BOOST_TEST(r.terminationPayment == test::kr(300'000));
    BOOST_TEST(r.totalDue == thousands({0, 0, 60, 360, 240, 200, 0, 0, 0, 0}));
    BOOST_TEST(r.paymentsNet == r.totalDue);
    // The account sees the outcome payments only: draws and distributions as without it.
    BOOST_TEST(r.draws == thousands({500, 500, 440, 440, 0, 0, 0, 0, 0, 0}));
    BOOST_TEST(r.investors.at(0).profit == -test::kr(1'440'000));
    std::vector<Money> in = r.totalDue;
    in[3] -= test::kr(300'000);
    checkAccount(r, in);
    // No payee, or a payee that is no party: nothing is paid.
    p.termination.payeeId.reset();
    BOOST_TEST(compute(p).terminationPayment == 0);
    BOOST_TEST(test::hasCode(compute(p).diagnostics, DiagCode::TerminationPaymentWithoutPayee));
}

BOOST_AUTO_TEST_CASE(reviews_are_taken_in_period_order) {
    Project p = failingUnitsReview();
    // M1 fails at t = 3 (above); a review at t = 1 asking for 50 % of 3 planned units fails too
    // (1 reached): the earlier one ends the contract. Listed after, with a higher id.
    p.termination.reviews.push_back(ReviewPoint{9, 1, ReviewTest::MetricUnits, 1, 0.5});
    const Results r = compute(p);
    BOOST_TEST((r.terminatedAfter == std::optional<int>(1)));
    BOOST_TEST((r.terminationReviewId == std::optional<int>(9)));
    BOOST_TEST(r.deliveryCost == thousands({500, 500, 0, 0, 0, 0, 0, 0, 0, 0}));
    // Two failing in the same period: the lower id ends it.
    p.termination.reviews = {ReviewPoint{5, 3, ReviewTest::OutcomePayments, std::nullopt, 0.9},
                             ReviewPoint{2, 3, ReviewTest::MetricUnits, 1, 0.8}};
    BOOST_TEST((compute(p).terminationReviewId == std::optional<int>(2)));
    // A review in the last period that fails ends nothing early but is reported, with its payment.
    p.termination.reviews = {ReviewPoint{1, 7, ReviewTest::MetricUnits, 1, 1.0}};
    p.metrics[0].actual[7] = 2.0;
    p.termination.payment = test::kr(100'000);
    p.termination.payeeId = 3;
    const Results last = compute(p);
    BOOST_TEST((last.terminatedAfter == std::optional<int>(7)));
    BOOST_TEST(last.terminationPayment == test::kr(100'000));
}

BOOST_AUTO_TEST_CASE(invalid_reviews_are_reported_and_left_out) {
    Project p = failingUnitsReview();
    p.termination.reviews = {
        ReviewPoint{1, 8, ReviewTest::MetricUnits, 1, 0.8},              // after the last period
        ReviewPoint{2, 3, ReviewTest::MetricUnits, 42, 0.8},             // no such metric
        ReviewPoint{3, 3, ReviewTest::MetricUnits, std::nullopt, 0.8},   // no metric named
        ReviewPoint{4, 3, ReviewTest::OutcomePayments, std::nullopt, 0}, // share 0
        ReviewPoint{5, 3, ReviewTest::MetricUnits, 1, 10.5},             // share above 10
    };
    p.termination.payment = test::kr(-1);
    p.termination.payeeId = 99;
    const Diagnostics ds = validate(p);
    auto has = [&](DiagCode code, std::int64_t id, const char *field) {
        for (const Diagnostic &d : ds)
            if (d.code == code && d.id == id && d.field == field)
                return true;
        return false;
    };
    BOOST_TEST(has(DiagCode::DateOutsideTimeline, 1, "period"));
    BOOST_TEST(has(DiagCode::UnknownReference, 2, "metricId"));
    BOOST_TEST(has(DiagCode::ReviewWithoutMetric, 3, "metricId"));
    BOOST_TEST(has(DiagCode::ValueOutOfRange, 4, "requiredShare"));
    BOOST_TEST(has(DiagCode::ValueOutOfRange, 5, "requiredShare"));
    BOOST_TEST(has(DiagCode::ValueOutOfRange, -1, "payment"));
    BOOST_TEST(has(DiagCode::UnknownReference, -1, "payeeId"));
    // None of them is taken: the contract runs its course.
    BOOST_TEST(!compute(p).terminatedAfter.has_value());
}

BOOST_AUTO_TEST_SUITE_END()
