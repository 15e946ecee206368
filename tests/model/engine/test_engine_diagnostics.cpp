// Diagnostics of the contract's design and of the computation (issue 3's list), and robustness:
// bad input gives diagnostics, never a crash or an exception.
#include "engine_fixtures.h"
#include "valuelimits.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>

using namespace effekt;
using effekt::test::hasCode;
using effekt::test::kr;

namespace {
const Diagnostic *find(const Diagnostics &ds, DiagCode code) {
    for (const Diagnostic &d : ds)
        if (d.code == code)
            return &d;
    return nullptr;
}
} // namespace

BOOST_AUTO_TEST_SUITE(engine_diagnostics)

BOOST_AUTO_TEST_CASE(worked_example_is_clean) {
    const Results r = compute(workedExample(), Basis::Plan);
    for (const Diagnostic &d : r.diagnostics)
        BOOST_TEST_MESSAGE(toPlainText(d));
    BOOST_TEST(r.diagnostics.empty());
}

BOOST_AUTO_TEST_CASE(each_design_problem_has_its_code) {
    Project p = test::bareProject(2);
    p.parties.push_back(Party{4, "Stat", PartyRole::CoPayer, "974760674", std::nullopt});
    p.targetGroup.cohorts = {Cohort{1, "Kull", "", 5, {0, 0}}};
    Metric shares = test::perUnitMetric(1, kr(100), {1, 1});
    shares.rule.payers = {PayerShare{1, 0.5}, PayerShare{4, 0.4}};
    Metric noRule = test::perUnitMetric(2, 0, {1, 1});
    Metric tiers = test::perUnitMetric(3, 0, {1, 1});
    tiers.rule.type = RuleType::Tiered;
    tiers.rule.tiers = {Tier{0.3, kr(10)}, Tier{0.2, kr(20)}};
    Metric negative = test::perUnitMetric(4, kr(100), {-1, 1});
    Metric crowd = test::perUnitMetric(5, kr(100), {8, 1});
    crowd.cohortId = 1;
    Metric lag = test::perUnitMetric(6, kr(100), {1, 1});
    lag.rule.lag = 10;
    Metric unknownPayer = test::perUnitMetric(7, kr(100), {1, 1});
    unknownPayer.rule.payers = {PayerShare{42, 1.0}};
    p.metrics = {shares, noRule, tiers, negative, crowd, lag, unknownPayer};
    p.deliveryCost = {kr(1'000), kr(1'000)};
    Investor inv;
    inv.id = 1;
    inv.partyId = 2;
    inv.commitment = kr(500);
    inv.returnCap = 0.9;
    p.investors = {inv};
    p.valuation.discountRate = 0.25;
    p.caps.perParticipant = kr(1'000);
    p.fixedFees = {FixedFee{1, "Fee", FixedFeeKind::PerPeriod, kr(1), 0, 0, 99, std::nullopt, {}}};

    const Diagnostics ds = validate(p);
    for (const Diagnostic &d : ds)
        BOOST_TEST_MESSAGE(toPlainText(d));
    const Diagnostic *d = find(ds, DiagCode::PayerSharesNotWhole);
    BOOST_TEST_REQUIRE(d);
    BOOST_TEST(d->entity == "rule");
    BOOST_TEST(d->id == 1);
    BOOST_TEST(std::fabs(std::get<PercentValue>(d->values.at(0)).fraction - 0.9) < 1e-12);
    BOOST_TEST(find(ds, DiagCode::MetricWithoutRule)->id == 2);
    BOOST_TEST(find(ds, DiagCode::ThresholdsOutOfOrder)->id == 3);
    d = find(ds, DiagCode::NegativeObservedValue);
    BOOST_TEST_REQUIRE(d);
    BOOST_TEST(d->id == 4);
    BOOST_TEST(d->period == 0);
    d = find(ds, DiagCode::CountAboveCohort);
    BOOST_TEST_REQUIRE(d);
    BOOST_TEST(d->id == 5);
    BOOST_TEST(find(ds, DiagCode::LagPastContractEnd)->id == 6);
    d = find(ds, DiagCode::UnknownReference);
    BOOST_TEST_REQUIRE(d);
    BOOST_TEST(d->id == 7);
    BOOST_TEST(d->field == "payers");
    // Commitment 500 below the 2,000 of costs no fixed fee covers (fees 1 a year → 1,998).
    d = find(ds, DiagCode::FundingGap);
    BOOST_TEST_REQUIRE(d);
    BOOST_TEST((d->values.at(0) == DiagValue{MoneyValue{kr(1'498)}}));
    BOOST_TEST(find(ds, DiagCode::ReturnCapBelowOne)->id == 1);
    BOOST_TEST(hasCode(ds, DiagCode::DiscountRateOutOfRange));
    d = find(ds, DiagCode::InvalidOrgNumber);
    BOOST_TEST_REQUIRE(d);
    BOOST_TEST(d->id == 4);
    BOOST_TEST(hasCode(ds, DiagCode::PerParticipantCapWithoutLedger));
    d = find(ds, DiagCode::DateOutsideTimeline);
    BOOST_TEST_REQUIRE(d);
    BOOST_TEST(d->entity == "fixedFee");
    // Every validation diagnostic is also in the results.
    const Results r = compute(p, Basis::Plan);
    for (const Diagnostic &v : ds)
        BOOST_TEST(std::count(r.diagnostics.begin(), r.diagnostics.end(), v) >= 1);
}

BOOST_AUTO_TEST_CASE(discount_rate_range_is_inclusive) {
    Project p = workedExample();
    for (double rate : {-0.05, 0.0, 0.20}) {
        p.valuation.discountRate = rate;
        BOOST_TEST(!hasCode(validate(p), DiagCode::DiscountRateOutOfRange));
    }
    for (double rate : {-0.0501, 0.2001, std::numeric_limits<double>::quiet_NaN()}) {
        p.valuation.discountRate = rate;
        BOOST_TEST(hasCode(validate(p), DiagCode::DiscountRateOutOfRange));
    }
}

BOOST_AUTO_TEST_CASE(ledger_rows_outside_the_timeline_and_unknown_metrics) {
    Project p = test::bareProject(2);
    p.metrics = {test::perUnitMetric(1, kr(100), {1, 1})};
    p.ledger.set(Ledger{LedgerRow{"P1", 1, 9, 1}, LedgerRow{"P2", 8, 0, 1}});
    const Diagnostics ds = validate(p);
    const Diagnostic *d = find(ds, DiagCode::DateOutsideTimeline);
    BOOST_TEST_REQUIRE(d);
    BOOST_TEST(d->entity == "ledger");
    BOOST_TEST(d->id == 0);
    d = find(ds, DiagCode::UnknownReference);
    BOOST_TEST_REQUIRE(d);
    BOOST_TEST(d->id == 1);
}

BOOST_AUTO_TEST_CASE(people_are_counted_whole_and_one_participant_is_one_person) {
    Project p = test::bareProject(3);
    Metric people = test::perUnitMetric(1, kr(100), {2, 1.5, 3});
    people.unit = MetricUnit::People;
    people.actual = {std::nullopt, std::nullopt, 2.25};
    Metric events = test::perUnitMetric(2, kr(100), {0.5, 1.5, 2.5});
    events.unit = MetricUnit::Events;
    p.metrics = {people, events};
    p.ledger.set(Ledger{LedgerRow{"P1", 1, 0, 1}, LedgerRow{"P2", 1, 1, 1.5},
                        LedgerRow{"P3", 1, 1, 1234.5}, LedgerRow{"P4", 1, 2, 3},
                        LedgerRow{"P5", 2, 2, 2.5}});
    const Diagnostics ds = validate(p);
    std::vector<const Diagnostic *> fractional, aboveOne;
    for (const Diagnostic &d : ds) {
        if (d.code == DiagCode::FractionalCount)
            fractional.push_back(&d);
        if (d.code == DiagCode::ParticipantAboveOne)
            aboveOne.push_back(&d);
    }
    // The plan of period 1, the actual of period 2 and ledger rows 2 and 3 (index 1 and 2); the
    // metric of events may count halves.
    BOOST_TEST_REQUIRE(fractional.size() == 4u);
    BOOST_TEST(fractional[0]->entity == "metric");
    BOOST_TEST(fractional[0]->field == "plan");
    BOOST_TEST(fractional[0]->period == 1);
    BOOST_TEST((fractional[0]->severity == Severity::Warning));
    BOOST_TEST(fractional[1]->field == "actual");
    BOOST_TEST(fractional[1]->period == 2);
    BOOST_TEST(fractional[2]->entity == "ledger");
    BOOST_TEST(fractional[2]->id == 1);
    BOOST_TEST(fractional[2]->field == "units");
    BOOST_TEST((fractional[2]->values.at(0) == DiagValue{1.5}));
    BOOST_TEST(fractional[3]->id == 2);
    // Three units for one participant of a metric of people.
    BOOST_TEST_REQUIRE(aboveOne.size() == 1u);
    BOOST_TEST(aboveOne[0]->id == 3);
    BOOST_TEST(aboveOne[0]->period == 2);
    BOOST_TEST(!hasErrors(ds));
}

BOOST_AUTO_TEST_CASE(cap_below_one_period_is_found_while_computing) {
    Project p = test::bareProject(2);
    Metric m = test::perUnitMetric(1, kr(10'000), {1, 0});
    m.rule.capMoney = kr(5'000);
    p.metrics = {m};
    p.caps.total = kr(4'000);
    const Results r = compute(p, Basis::Plan);
    int found = 0;
    for (const Diagnostic &d : r.diagnostics)
        if (d.code == DiagCode::CapBelowOnePeriod) {
            ++found;
            BOOST_TEST((d.values.at(1) == DiagValue{MoneyValue{kr(10'000)}}));
        }
    BOOST_TEST(found == 2); // the metric's cap and the total cap
    BOOST_TEST(r.outcomeDue[0] == kr(4'000));
}

BOOST_AUTO_TEST_CASE(timeline_problems) {
    Project p = workedExample();
    p.timeline.start = Date{2027, 1, 15};
    BOOST_TEST(hasCode(validate(p), DiagCode::StartNotFirstOfMonth));
    p.timeline.periods = 0;
    const Results r = compute(p, Basis::Plan);
    BOOST_TEST(hasCode(r.diagnostics, DiagCode::PeriodsOutOfRange));
    BOOST_TEST(r.periods >= 1);
}

BOOST_AUTO_TEST_CASE(reversed_fee_range_is_not_called_outside_the_timeline) {
    Project p = workedExample();
    // "To" before "From", both inside the timeline.
    p.fixedFees = {
        FixedFee{7, "Oppstart", FixedFeeKind::PerPeriod, kr(1'000), 0, 5, 2, std::nullopt, {}}};
    const Diagnostics ds = validate(p);
    const Diagnostic *d = find(ds, DiagCode::PeriodRangeReversed);
    BOOST_REQUIRE(d);
    BOOST_TEST(d->entity == "fixedFee");
    BOOST_TEST(d->id == p.fixedFees[0].id);
    BOOST_TEST(!hasCode(ds, DiagCode::DateOutsideTimeline));
    // Past the end is still outside the timeline.
    p.fixedFees[0].lastPeriod = p.timeline.periods + 3;
    BOOST_TEST(hasCode(validate(p), DiagCode::DateOutsideTimeline));
    BOOST_TEST(!hasCode(validate(p), DiagCode::PeriodRangeReversed));
}

BOOST_AUTO_TEST_CASE(empty_contract_and_party_names_are_warned) {
    Project p = workedExample();
    BOOST_TEST(!hasCode(validate(p), DiagCode::EmptyName));
    p.name = "  ";
    p.parties[1].name.clear();
    int project = 0, party = 0;
    for (const Diagnostic &d : validate(p))
        if (d.code == DiagCode::EmptyName) {
            BOOST_TEST((d.severity == Severity::Warning));
            project += d.entity == "project";
            party += d.entity == "party" && d.id == p.parties[1].id;
        }
    BOOST_TEST(project == 1);
    BOOST_TEST(party == 1);
}

BOOST_AUTO_TEST_CASE(overflow_is_a_diagnostic_not_a_wrong_number) {
    Project p = test::bareProject(2);
    p.metrics = {test::perUnitMetric(1, std::numeric_limits<Money>::max() / 2, {3, 3})};
    Results r;
    BOOST_CHECK_NO_THROW(r = compute(p, Basis::Plan));
    BOOST_TEST(hasCode(r.diagnostics, DiagCode::MoneyOverflow));
    BOOST_TEST(hasErrors(r.diagnostics));
    // The overflow names the field that caused it, not "the project".
    const Diagnostic *d = find(r.diagnostics, DiagCode::MoneyOverflow);
    BOOST_REQUIRE(d);
    BOOST_TEST(d->entity == "rule");
    BOOST_TEST(d->id == 1);
    BOOST_TEST(d->field == "price");
    BOOST_TEST(d->period == 0); // the first period's payment: 3 units at half of 2^63 øre
}

namespace {
// The first overflow reported (a copy: `r` is often a temporary).
Diagnostic overflowOf(const Results &r) {
    const Diagnostic *d = find(r.diagnostics, DiagCode::MoneyOverflow);
    BOOST_REQUIRE(d);
    return *d;
}
} // namespace

BOOST_AUTO_TEST_CASE(overflow_is_located_where_it_happens_not_at_the_largest_amount) {
    // Every value within its limit. Metric 1 has the largest price and pays it once; metric 2's
    // smaller price times 10^15 units in the fourth period is what leaves the range.
    Project p = test::bareProject(4);
    p.metrics = {test::perUnitMetric(1, limits::kMaxEnteredMoney * 9 / 10, {1, 0, 0, 0}),
                 test::perUnitMetric(2, kr(10'000), {0, 0, 0, limits::kMaxQuantity})};
    BOOST_REQUIRE(!hasErrors(validate(p)));
    for (Basis basis : {Basis::Plan, Basis::Forecast}) {
        const Results r = compute(p, basis);
        const Diagnostic d = overflowOf(r);
        BOOST_TEST(d.entity == "rule");
        BOOST_TEST(d.id == 2);
        BOOST_TEST(d.field == "price");
        BOOST_TEST(d.period == 3);
    }
    // The same rule with volume bands: the bands are where the price comes from.
    p.metrics[1].rule.bands = {VolumeBand{0, kr(10'000)}, VolumeBand{100, kr(5'000)}};
    const Diagnostic banded = overflowOf(compute(p, Basis::Plan));
    BOOST_TEST(banded.field == "bands");
    BOOST_TEST(banded.period == 3);
}

BOOST_AUTO_TEST_CASE(overflow_of_a_sum_names_the_period_whose_payments_leave_the_range) {
    // Two metrics each paying 5,000 units at the largest price in the third period: each
    // payment fits (5 × 10^18 øre), their sum (more than 2^63 øre) does not.
    Project p = test::bareProject(4);
    for (int id = 1; id <= 2; ++id)
        p.metrics.push_back(test::perUnitMetric(id, limits::kMaxEnteredMoney, {0, 0, 5'000, 0}));
    BOOST_REQUIRE(!hasErrors(validate(p)));
    const Diagnostic d = overflowOf(compute(p, Basis::Plan));
    BOOST_TEST(d.entity == "project");
    BOOST_TEST(d.field == "payments");
    BOOST_TEST(d.period == 2);
}

BOOST_AUTO_TEST_CASE(overflow_of_a_fee_per_participant_names_the_fee_and_period) {
    Project p = test::bareProject(4);
    Cohort c;
    c.id = 1;
    c.name = "Kull";
    c.intake = {0, static_cast<int>(limits::kMaxCount), 0, 0};
    p.targetGroup.cohorts = {c};
    FixedFee large;
    large.id = 7;
    large.name = "Stor";
    large.amount = limits::kMaxEnteredMoney; // the largest amount, paid per period: fits
    FixedFee perStart;
    perStart.id = 8;
    perStart.name = "Per deltaker";
    perStart.kind = FixedFeeKind::PerParticipantStarted;
    perStart.amount = kr(100'000'000); // 10^8 kroner × 10^9 people started in the second period
    p.fixedFees = {large, perStart};
    // validate() finds it adding up the fees for the funding check, the engine preparing the fee:
    // both name the fee and the period.
    Results fromValidate;
    fromValidate.diagnostics = validate(p);
    for (const Results &r : {fromValidate, compute(p, Basis::Plan)}) {
        const Diagnostic d = overflowOf(r);
        BOOST_TEST(d.entity == "fixedFee");
        BOOST_TEST(d.id == 8);
        BOOST_TEST(d.field == "amount");
        BOOST_TEST(d.period == 1);
    }
    // Without the check of validate() (the fee's earlier periods fit), the engine's own.
    Results engineOnly = compute(p, Basis::Plan);
    std::erase_if(engineOnly.diagnostics,
                  [&](const Diagnostic &d) { return d.code != DiagCode::MoneyOverflow; });
    BOOST_TEST(engineOnly.diagnostics.size() >= 1u);
    for (const Diagnostic &d : engineOnly.diagnostics)
        BOOST_TEST((d.entity == "fixedFee" && d.id == 8 && d.period == 1), toPlainText(d));
}

BOOST_AUTO_TEST_CASE(irr_without_root_is_reported) {
    // No outcome: the investor draws 1,000 and gets nothing back; flows −1,000, 0 have no IRR.
    Project p = test::bareProject(2);
    p.deliveryCost = {kr(1'000), 0};
    Investor inv;
    inv.id = 1;
    inv.partyId = 2;
    inv.commitment = kr(1'000);
    p.investors = {inv};
    const Results r = compute(p, Basis::Plan);
    BOOST_TEST((r.investors[0].irrPeriodic.status == RateResult::Status::NoSignChange));
    BOOST_TEST(!r.investors[0].irrAnnual.has_value());
    BOOST_TEST(std::fabs(*r.investors[0].multiple) < 1e-15);
    BOOST_TEST(hasCode(r.diagnostics, DiagCode::IrrNoRoot));
    BOOST_TEST(!r.breakEvenFactor.has_value()); // no metric: no factor helps
}

BOOST_AUTO_TEST_CASE(bad_input_never_crashes) {
    Project p = workedExample();
    p.metrics[0].plan = {1, std::numeric_limits<double>::quiet_NaN()}; // short and not a number
    p.metrics[0].counterfactual.clear();
    p.metrics[0].rule.lag = -3;
    p.metrics[1].rule.lag = 100'000;
    p.metrics[1].rule.payers = {PayerShare{1, -1}};
    p.metrics[1].rule.capUnits = -5;
    p.deliveryCost = {kr(-5)};
    p.investors[0].commitment = -1;
    p.investors[0].returnCap = std::numeric_limits<double>::infinity();
    p.financing.reserveShare = 7;
    p.fixedFees = {FixedFee{1, "x", FixedFeeKind::PerParticipantStarted, kr(1), 0, 5, 2, 99, {}}};
    p.ledger.set(Ledger{LedgerRow{"", 77, -1, std::numeric_limits<double>::infinity()}});
    p.caps.perParticipant = kr(1);
    Results r;
    BOOST_CHECK_NO_THROW(r = compute(p, Basis::Forecast));
    BOOST_TEST(hasErrors(r.diagnostics));
    Project empty;
    BOOST_CHECK_NO_THROW(r = compute(empty));
    BOOST_TEST(r.periods == empty.timeline.periods);
}

BOOST_AUTO_TEST_SUITE_END()
