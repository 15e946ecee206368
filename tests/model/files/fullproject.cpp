#include "fullproject.h"

namespace effekt::test {

Project fullProject(std::size_t ledgerRows) {
    Project p;
    p.name = "Full «project» — æøå";
    p.description = "Every field set.\nSecond line.";
    p.currency = "SEK";
    p.timeline = Timeline{Date{2028, 3, 1}, PeriodLength::Month, 4};

    p.targetGroup.name = "Unge";
    p.targetGroup.description = "18-29";
    p.targetGroup.plannedSize = 300;
    p.targetGroup.cohorts = {
        Cohort{7, "Kohort A", "first", 100, {10, 20, 30, 40}},
        Cohort{3, "Kohort B", "second", 200, {0, 5, 0, 5}},
    };

    p.parties = {
        Party{5, "Kommune", PartyRole::Commissioner, "974760673", Money{123'456'78},
              Money{45'678'90}},
        Party{2, "Staten", PartyRole::CoPayer, "123", std::nullopt},
        Party{9, "Invest AS", PartyRole::Investor, "", std::nullopt},
        Party{4, "Garanti AS", PartyRole::Guarantor, "987654321", Money{1}},
        Party{11, "Leverandør", PartyRole::Provider, "", std::nullopt},
        Party{12, "Tilrettelegger", PartyRole::Intermediary, "", std::nullopt},
        Party{13, "Evaluator", PartyRole::Evaluator, "", std::nullopt},
    };

    Metric m;
    m.id = 8;
    m.name = "Tiered metric";
    m.definition = "Definition";
    m.unit = MetricUnit::Percent;
    m.direction = Direction::LowerIsBetter;
    m.validation = ValidationMethod::RandomisedControl;
    m.dataSource = "Register";
    m.cohortId = 3;
    m.plan = {1.5, 2.25, -0.125, 1e6};
    m.actual = {std::nullopt, 0.1, 3.0, std::nullopt};
    m.counterfactual = {0.3, 0.7, 1.0 / 3.0, 2.0};
    PaymentRule &r = m.rule;
    r.type = RuleType::Tiered;
    r.price = 99'99;
    r.thresholdBasis = ThresholdBasis::Relative;
    r.threshold = 0.05;
    r.bands = {VolumeBand{0, 1'100'00}, VolumeBand{370, 1'000'00}, VolumeBand{410.5, 1'350'00}};
    r.tierBasis = TierBasis::Observed;
    r.tierMode = TierMode::Interpolate;
    r.tierAmountBasis = TierAmountBasis::PerCohortMember;
    r.tiers = {Tier{0.1, 1'000'00}, Tier{0.25, 5'000'00}};
    r.share = 0.95;
    r.secondShare = 0.4;
    r.secondShareAfter = 2'000'000'00;
    r.milestoneAmount = 50'000'01;
    r.capMoney = 3'000'000'00;
    r.capUnits = 57.5;
    r.lag = 3;
    r.payers = {PayerShare{5, 0.6}, PayerShare{2, 0.4}};
    r.oncePerParticipant = true;
    // Cohort tests: both cohorts with their own series, the second without a test; a settlement.
    r.settlement = CohortSettlement{3, 0.075};
    m.cohortOutcomes = {
        CohortOutcome{3,
                      0.1,
                      {85, 92.5, 0, -1.25},
                      {std::nullopt, 91.0, 0.0, std::nullopt},
                      {100, 100, 1.0 / 3.0, 0}},
        CohortOutcome{7, 0, {1, 2, 3, 4}, {4.0, std::nullopt, std::nullopt, 1e6}, {5, 6, 7, 8}},
    };
    m.savings = {SavingsLine{BudgetHolder::Stat, 150'000'00, false, 3},
                 SavingsLine{BudgetHolder::Helseforetak, -5'00, true, 0},
                 SavingsLine{BudgetHolder::Other, 1, false, 1, 2}};

    Metric m2;
    m2.id = 1;
    m2.name = "Milestone";
    m2.rule.type = RuleType::Milestone;
    m2.rule.milestoneAmount = 10'00;
    m2.plan = {0, 0, 1, 1};
    m2.actual = {0.0, std::nullopt, std::nullopt, std::nullopt};
    m2.counterfactual = {0, 0, 0, 0};
    Metric m3;
    m3.id = 2;
    m3.name = "Share of savings";
    m3.rule.type = RuleType::ShareOfSavings;
    m3.rule.thresholdBasis = ThresholdBasis::UnitsAndRelative;
    m3.rule.threshold = 3;
    m3.rule.thresholdRelative = 0.075;
    m3.rule.share = 0.95;
    m3.rule.secondShare = 0.4;
    m3.rule.secondShareWhen = SecondShareSwitch::InvestorsRepaid;
    m3.rule.secondShareReturn = 0.05;
    m3.plan = {0, 0, 0, 0};
    m3.actual = {std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    m3.counterfactual = {0, 0, 0, 0};
    p.metrics = {m, m2, m3};

    p.caps.total = 5'000'000'00;
    p.caps.fixedFeesInsideTotal = true;
    p.caps.perParticipant = 8'200'00;
    p.caps.yearCapCarry = true;

    FixedFee f;
    f.id = 6;
    f.name = "Aktivitet";
    f.kind = FixedFeeKind::PerParticipantStarted;
    f.amount = 1'000'00;
    f.share = 0.15;
    f.firstPeriod = 1;
    f.lastPeriod = 2;
    f.cohortId = 7;
    f.payers = {PayerShare{2, 1.0}};
    FixedFee f2;
    f2.id = 1;
    f2.name = "Share";
    f2.kind = FixedFeeKind::ShareOfDeliveryCost;
    p.fixedFees = {f, f2};

    p.deliveryCost = {500'000'00, 0, 1, 250'000'50};

    Investor inv;
    inv.id = 4;
    inv.partyId = 9;
    inv.commitment = 4'000'000'00;
    inv.tranche = Tranche::Subordinate;
    inv.coupon = 0.035;
    inv.returnCap = 1.3;
    inv.guaranteedShare = 0.5;
    inv.guarantorId = 4;
    Investor inv2;
    inv2.id = 2;
    inv2.partyId = 9;
    p.investors = {inv, inv2};

    p.financing = Financing{0.5, 0.1};
    p.valuation = Valuation{0.025, 0.2};
    p.indexation = Indexation{0.025, 2026};
    p.assumptions = {Assumption{"Intake 10 a month", "SSB", "Planner"},
                     Assumption{"Second", "", "Økonom"}};

    Scenario low;
    low.id = 4;
    low.name = "Lav «sen»";
    low.factor = 0.45;
    low.delay = 2;
    low.metrics = {MetricOverride{2, 0.0, 0}, MetricOverride{8, 1.75, 600}};
    low.intakeFactor = 0.8;
    low.costFactor = 1.15;
    low.savingsFactor = 0.6;
    low.discountRate = 0.061;
    Scenario high;
    high.id = 1;
    high.name = "Høy";
    high.factor = 1.2;
    high.intakeFactor = 0;
    p.scenarios = {low, high};

    p.simulation.distributions = {
        FactorDistribution{8, FactorDistributionKind::Triangular, 0.2, 0.9, 1.4, {0.5, 0.25, 0.25}},
        FactorDistribution{1, FactorDistributionKind::Fixed, 0, 0.7, 0, {0, 1}},
        FactorDistribution{2, FactorDistributionKind::Pert, 0.125, 1.0 / 3.0, 2.5, {}},
    };
    p.simulation.correlation = 0.35;
    p.simulation.trials = 2'500;
    p.simulation.seed = 9'007'199'254'740'993; // 2^53 + 1: more than a double holds exactly

    p.termination.reviews = {
        ReviewPoint{3, 1, ReviewTest::MetricUnits, 8, 0.4},
        ReviewPoint{1, 3, ReviewTest::OutcomePayments, std::nullopt, 0.75},
    };
    p.termination.payment = 250'000'50;
    p.termination.payeeId = 11;

    Ledger ledger;
    for (std::size_t i = 0; i < ledgerRows; ++i)
        ledger.push_back(LedgerRow{"P" + std::to_string(1000 + i), i % 2 ? 8 : 1,
                                   static_cast<int>(i % 4), 1.0 + static_cast<double>(i % 3) / 2});
    p.ledger = Shared<Ledger>(std::move(ledger));
    return p;
}

} // namespace effekt::test
