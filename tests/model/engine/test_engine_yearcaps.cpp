// Hand-computed cases of the caps per budget year (issue 15, item 4; docs/engine.md "Caps per
// budget year"). Municipal budgets are annual: kommuneloven § 14-4 requires the municipality to
// adopt a budget for each calendar year, and a contract's yearly ceiling on what the municipality
// pays follows from it. What a year's cap cuts is lost, or with the carry setting paid in a later
// year with room under its cap.
#include "engine_fixtures.h"

#include <boost/test/unit_test.hpp>

using namespace effekt;
using effekt::test::kr;

namespace {
using V = std::vector<Money>;

Money total(const V &v) {
    Money s = 0;
    for (Money m : v)
        s += m;
    return s;
}

// Two budget years of quarters (2027 and 2028): a per-unit metric at 10,000 a unit, 3 units a
// quarter in 2027 (30,000 a quarter, 120,000 in the year) and 2 in 2028 (20,000 a quarter, 80,000
// in the year); the municipality pays all, at most 100,000 a year.
Project twoYears() {
    Project p = test::bareProject(8, PeriodLength::Quarter);
    p.metrics = {test::perUnitMetric(1, kr(10'000), {3, 3, 3, 3, 2, 2, 2, 2})};
    p.parties[0].yearCap = kr(100'000);
    p.normalise();
    return p;
}
} // namespace

BOOST_AUTO_TEST_SUITE(engine_year_caps)

BOOST_AUTO_TEST_CASE(what_a_year_cap_cuts_is_lost) {
    const Project p = twoYears();
    const Results r = compute(p, Basis::Plan);
    // 2027: 30,000 + 30,000 + 30,000 = 90,000; the fourth quarter's 30,000 has 10,000 of room:
    // 20,000 cut and lost. 2028: 4 × 20,000 = 80,000, under the cap.
    BOOST_TEST((r.payerDue.at(0) == V{kr(30'000), kr(30'000), kr(30'000), kr(10'000), kr(20'000),
                                      kr(20'000), kr(20'000), kr(20'000)}));
    BOOST_TEST((r.yearCapCut.at(0) == V{0, 0, 0, kr(20'000), 0, 0, 0, 0}));
    BOOST_TEST((r.yearCapCarried.at(0) == V(8, 0)));
    BOOST_TEST((r.outcomeDue == r.payerDue.at(0)));
    // The metric earned 200,000 after every cap of steps 1–4; 180,000 is paid, 20,000 lost.
    BOOST_TEST(total(test::afterTotalCap(r, 0)) == kr(200'000));
    BOOST_TEST(total(r.outcomeDue) == kr(180'000));
    // The per-metric dues shown add up to what is paid, and the account receives it.
    BOOST_TEST((outcomeDueByMetric(r).at(0) == r.outcomeDue));
    BOOST_TEST(r.byPayer(0, 3)[0] == kr(10'000));
    // Without the year cap the same contract pays all 200,000.
    Project uncapped = p;
    uncapped.parties[0].yearCap.reset();
    BOOST_TEST(total(compute(uncapped, Basis::Plan).outcomeDue) == kr(200'000));
}

BOOST_AUTO_TEST_CASE(what_a_year_cap_cuts_is_carried_to_a_year_with_room) {
    Project p = twoYears();
    p.caps.yearCapCarry = true;
    const Results r = compute(p, Basis::Plan);
    // 2027 as before: 20,000 cut in the fourth quarter. 2028's own payments are 80,000, leaving
    // 20,000 of room: the 20,000 carried is paid in 2028's first quarter (20,000 + 20,000).
    BOOST_TEST((r.payerDue.at(0) == V{kr(30'000), kr(30'000), kr(30'000), kr(10'000), kr(40'000),
                                      kr(20'000), kr(20'000), kr(20'000)}));
    BOOST_TEST((r.yearCapCut.at(0) == V{0, 0, 0, kr(20'000), 0, 0, 0, 0}));
    BOOST_TEST((r.yearCapCarried.at(0) == V{0, 0, 0, 0, kr(20'000), 0, 0, 0}));
    BOOST_TEST((r.outcomeDue == r.payerDue.at(0)));
    BOOST_TEST((r.totalDue == r.payerDue.at(0)));
    BOOST_TEST(total(r.outcomeDue) == kr(200'000)); // nothing lost
    // byPayer holds what step 5 let through when it fell due; the carried 20,000 is the metric's,
    // paid in 2028's first quarter.
    BOOST_TEST(r.byPayer(0, 4)[0] == kr(20'000));
    BOOST_TEST((r.yearCapCarriedByMetric.at(0) == V{0, 0, 0, 0, kr(20'000), 0, 0, 0}));
    BOOST_TEST((outcomeDueByMetric(r).at(0) == r.outcomeDue));
    // And by payer (the INDIGO export lists outcome payments by metric and payer): the
    // municipality's.
    BOOST_TEST(r.carriedByPayer(0, 4).size() == 1u);
    BOOST_TEST(r.carriedByPayer(0, 4)[0] == kr(20'000));
    BOOST_TEST(r.carriedByPayer(0, 3)[0] == 0);
    // Lost instead: nothing carried, by metric or by payer.
    p.caps.yearCapCarry = false;
    BOOST_TEST(compute(p, Basis::Plan).carriedByPayer(0, 4).empty());
}

BOOST_AUTO_TEST_CASE(what_is_carried_is_kept_by_metric_and_payer) {
    // Two payers: the municipality (at most 100,000 a year) pays the first metric alone and half
    // of the second; the state (no year cap) pays the other half. 2027: the municipality owes
    // 30,000 + 10,000 a quarter, 160,000 in the year, so its cap cuts 60,000, carried to 2028.
    Project p = twoYears();
    p.parties.push_back(Party{4, "Staten", PartyRole::Commissioner, "", std::nullopt});
    Metric shared = test::perUnitMetric(2, kr(10'000), {2, 2, 2, 2, 0, 0, 0, 0});
    shared.rule.payers = {PayerShare{1, 0.5}, PayerShare{4, 0.5}};
    p.metrics.push_back(shared);
    p.caps.yearCapCarry = true;
    p.normalise();
    const Results r = compute(p, Basis::Plan);
    BOOST_REQUIRE(r.payerIds.size() == 2u);
    const std::size_t kommune = r.payerIds[0] == 1 ? 0 : 1, staten = 1 - kommune;
    BOOST_TEST(total(r.yearCapCut.at(kommune)) == kr(60'000));
    // 2028's own payments are 80,000: 20,000 of room, paid in its first quarter.
    BOOST_TEST(total(r.yearCapCarried.at(kommune)) == kr(20'000));
    BOOST_TEST(total(r.yearCapCarried.at(staten)) == 0);
    // By metric and payer: the parts add up to the carried amounts by metric and by payer.
    Money all = 0;
    for (std::size_t m = 0; m < 2; ++m)
        for (int t = 0; t < r.periods; ++t) {
            const auto byPayer = r.carriedByPayer(m, t);
            BOOST_REQUIRE(byPayer.size() == 2u);
            BOOST_TEST(byPayer[0] + byPayer[1] ==
                       r.yearCapCarriedByMetric.at(m).at(static_cast<std::size_t>(t)));
            BOOST_TEST(byPayer[staten] == 0);
            all += byPayer[kommune];
        }
    for (int t = 0; t < r.periods; ++t)
        BOOST_TEST(r.carriedByPayer(0, t)[kommune] + r.carriedByPayer(1, t)[kommune] ==
                   r.yearCapCarried.at(kommune).at(static_cast<std::size_t>(t)));
    BOOST_TEST(all == kr(20'000));
}

BOOST_AUTO_TEST_CASE(the_budget_year_is_that_of_the_due_date_and_carried_amounts_can_be_lost) {
    // One year of quarters, paid a quarter late (lag 1): the fourth quarter's outcome falls due on
    // 31 March 2028, in the 2028 budget. 3 units a quarter at 10,000; at most 50,000 a year.
    Project p = test::bareProject(4, PeriodLength::Quarter);
    p.metrics = {test::perUnitMetric(1, kr(10'000), {3, 3, 3, 3})};
    p.metrics[0].rule.lag = 1;
    p.parties[0].yearCap = kr(50'000);
    p.normalise();
    const Results lost = compute(p, Basis::Plan);
    BOOST_TEST(lost.periods == 5);
    // 2027: due in Q2 30,000, Q3 20,000 (10,000 cut), Q4 0 (30,000 cut). 2028: Q1 30,000.
    BOOST_TEST((lost.payerDue.at(0) == V{0, kr(30'000), kr(20'000), 0, kr(30'000)}));
    BOOST_TEST((lost.yearCapCut.at(0) == V{0, 0, kr(10'000), kr(30'000), 0}));
    // Carried: 2028 has 50,000 − 30,000 = 20,000 of room after its own payment; the oldest cut
    // first (10,000 from Q3 2027, then 10,000 of Q4's 30,000). Q1 2028 is the contract's last due
    // period, so the 20,000 still owed is lost.
    p.caps.yearCapCarry = true;
    const Results carried = compute(p, Basis::Plan);
    BOOST_TEST((carried.payerDue.at(0) == V{0, kr(30'000), kr(20'000), 0, kr(50'000)}));
    BOOST_TEST((carried.yearCapCut.at(0) == V{0, 0, kr(10'000), kr(30'000), 0}));
    BOOST_TEST((carried.yearCapCarried.at(0) == V{0, 0, 0, 0, kr(20'000)}));
    BOOST_TEST(total(carried.outcomeDue) == kr(100'000)); // 120,000 earned, 20,000 lost
}

BOOST_AUTO_TEST_CASE(year_caps_work_under_the_contract_cap) {
    // The same two years, with a contract cap of 150,000 on the municipality as well.
    Project p = twoYears();
    p.parties[0].cap = kr(150'000);
    // Lost: the contract cap counts what is paid. 2027 pays 100,000 (20,000 lost), leaving
    // 50,000: 2028 pays 20,000, 20,000, then 10,000 (the contract cap binds), then nothing.
    const Results lost = compute(p, Basis::Plan);
    BOOST_TEST((lost.payerDue.at(0) == V{kr(30'000), kr(30'000), kr(30'000), kr(10'000), kr(20'000),
                                         kr(20'000), kr(10'000), 0}));
    BOOST_TEST(total(lost.payerDue.at(0)) == kr(150'000));
    BOOST_TEST((lost.yearCapCut.at(0) == V{0, 0, 0, kr(20'000), 0, 0, 0, 0}));
    // Carried: the 20,000 carried counted against the contract cap when it was earned (120,000 in
    // 2027), so 2028's own payments have 30,000 of it: 20,000 and 10,000. The carried 20,000 is
    // paid in 2028's first quarter (2028 pays 30,000 of its own, leaving 70,000 under the year
    // cap): 150,000 in all, the contract cap exactly.
    p.caps.yearCapCarry = true;
    const Results carried = compute(p, Basis::Plan);
    BOOST_TEST((carried.payerDue.at(0) ==
                V{kr(30'000), kr(30'000), kr(30'000), kr(10'000), kr(40'000), kr(10'000), 0, 0}));
    BOOST_TEST(total(carried.payerDue.at(0)) == kr(150'000));
    BOOST_TEST((carried.yearCapCarried.at(0) == V{0, 0, 0, 0, kr(20'000), 0, 0, 0}));
}

BOOST_AUTO_TEST_CASE(fixed_fees_count_when_they_count_inside_the_total_cap) {
    // An activity fee of 10,000 a quarter beside the outcome payments of twoYears().
    Project p = twoYears();
    FixedFee fee;
    fee.id = 1;
    fee.name = "Aktivitet";
    fee.amount = kr(10'000);
    p.fixedFees = {fee};
    p.normalise();
    // Outside the caps (the default) the fees are paid whatever the year cap: 2027's outcome
    // payments are cut as before, and the municipality pays 100,000 + 40,000 in 2027.
    const Results outside = compute(p, Basis::Plan);
    BOOST_TEST((outside.fixedFeesDue == V(8, kr(10'000))));
    BOOST_TEST((outside.yearCapCut.at(0) == V{0, 0, 0, kr(20'000), 0, 0, 0, 0}));
    BOOST_TEST(total(V(outside.payerDue.at(0).begin(), outside.payerDue.at(0).begin() + 4)) ==
               kr(140'000));
    // Inside the total cap they count towards the year cap too, the period's fees first: 2027
    // Q1 10,000 + 30,000, Q2 the same (80,000), Q3 the fee (90,000) and 10,000 of the 30,000
    // (20,000 cut), Q4 the fee and the outcome payment cut whole (40,000). 2028: 30,000 a
    // quarter; Q4's fee fits (100,000) and its 20,000 of outcome payments are cut.
    p.caps.fixedFeesInsideTotal = true;
    const Results inside = compute(p, Basis::Plan);
    BOOST_TEST((inside.fixedFeesDue == V{kr(10'000), kr(10'000), kr(10'000), 0, kr(10'000),
                                         kr(10'000), kr(10'000), kr(10'000)}));
    BOOST_TEST((inside.outcomeDue ==
                V{kr(30'000), kr(30'000), kr(10'000), 0, kr(20'000), kr(20'000), kr(20'000), 0}));
    BOOST_TEST((inside.yearCapCut.at(0) == V{0, 0, kr(20'000), kr(40'000), 0, 0, 0, kr(20'000)}));
    BOOST_TEST((inside.payerDue.at(0) == V{kr(40'000), kr(40'000), kr(20'000), 0, kr(30'000),
                                           kr(30'000), kr(30'000), kr(10'000)}));
    // Carried, the cut fee is paid as a fee: 2028 has no room left after its own payments, so
    // everything carried is lost and the figures are the same.
    p.caps.yearCapCarry = true;
    const Results carried = compute(p, Basis::Plan);
    BOOST_TEST((carried.payerDue == inside.payerDue));
    BOOST_TEST((carried.yearCapCarried.at(0) == V(8, 0)));
}

BOOST_AUTO_TEST_CASE(a_carried_fee_is_paid_as_a_fee) {
    // A single activity fee of 60,000 in the first quarter, inside the caps, and no outcomes; at
    // most 50,000 a year, carried: 10,000 is cut in 2027 and paid in 2028's first quarter.
    Project p = test::bareProject(8, PeriodLength::Quarter);
    FixedFee fee;
    fee.id = 1;
    fee.name = "Oppstart";
    fee.amount = kr(60'000);
    fee.lastPeriod = 0;
    p.fixedFees = {fee};
    p.caps.fixedFeesInsideTotal = true;
    p.caps.yearCapCarry = true;
    p.parties[0].yearCap = kr(50'000);
    p.normalise();
    const Results r = compute(p, Basis::Plan);
    BOOST_TEST((r.fixedFeesDue == V{kr(50'000), 0, 0, 0, kr(10'000), 0, 0, 0}));
    BOOST_TEST((r.fixedFeeByFee.at(0) == r.fixedFeesDue));
    BOOST_TEST((r.payerDue.at(0) == r.fixedFeesDue));
    BOOST_TEST((r.yearCapCarried.at(0) == V{0, 0, 0, 0, kr(10'000), 0, 0, 0}));
}

BOOST_AUTO_TEST_CASE(year_caps_are_validated) {
    Project p = twoYears();
    p.parties[0].yearCap = kr(-1);
    BOOST_TEST(test::hasCode(validate(p), DiagCode::ValueOutOfRange));
    p.parties[0].yearCap = kr(100'000);
    p.parties[1].yearCap = kr(5'000); // the investor pays nothing
    const Diagnostics ds = validate(p);
    BOOST_TEST(test::hasCode(ds, DiagCode::YearCapNotPayer));
    for (const Diagnostic &d : ds)
        if (d.code == DiagCode::YearCapNotPayer) {
            BOOST_TEST((d.severity == Severity::Warning));
            BOOST_TEST(d.id == 2);
            BOOST_TEST(d.field == "yearCap");
        }
    // ... and has no effect.
    BOOST_TEST((compute(p, Basis::Plan).payerDue == compute(twoYears(), Basis::Plan).payerDue));
}

BOOST_AUTO_TEST_CASE(recomputation_and_the_break_even_search_agree_with_compute) {
    // The Monte Carlo path (Recomputation) and the break-even search run the year caps too.
    Project p = twoYears();
    p.caps.yearCapCarry = true;
    Investor inv;
    inv.id = 1;
    inv.partyId = 2;
    inv.commitment = kr(150'000);
    p.investors = {inv};
    p.deliveryCost.assign(8, kr(15'000));
    p.normalise();
    Results direct = compute(p, Basis::Forecast);
    Recomputation rc(p);
    Results again = rc.compute(Basis::Forecast, ComputeOptions{});
    // The 20,000 carried is received in 2028's first quarter, and drawn back by no one.
    BOOST_TEST(direct.yearCapCarried.at(0).at(4) == kr(20'000));
    BOOST_TEST(total(direct.totalDue) == kr(200'000));
    // Every figure the same; the diagnostics differ by design (Recomputation keeps validate()'s
    // errors only, engine.h).
    direct.diagnostics.clear();
    again.diagnostics.clear();
    BOOST_TEST((again == direct));
}

BOOST_AUTO_TEST_SUITE_END()
