#include "samples.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace effekt {

namespace {
// A fixed linear congruential sequence, so the sample is identical on every platform.
struct Sequence {
    std::uint64_t state;
    std::uint32_t next() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(state >> 33);
    }
    int between(int lo, int hi) {
        return lo + static_cast<int>(next() % static_cast<std::uint32_t>(hi - lo + 1));
    }
};
} // namespace

// Declared in project.h, where the GUI and the tests look for it.
Project workedExample() {
    Project p;
    p.name = "Ung i jobb";
    p.description = "Eksempel: unge mellom 18 og 29 år ut i arbeid, åtte kvartaler fra 2027.";
    p.timeline = Timeline{Date{2027, 1, 1}, PeriodLength::Quarter, 8};
    p.targetGroup.name = "Unge 18-29 utenfor arbeid";
    p.targetGroup.plannedSize = 120;

    p.parties = {
        Party{1, "Eksempel kommune", PartyRole::Commissioner, "974760673", std::nullopt},
        Party{2, "Eksempel Invest AS", PartyRole::Investor, "", std::nullopt},
        Party{3, "Eksempel Leverandør AS", PartyRole::Provider, "", std::nullopt},
    };

    Metric m1;
    m1.id = 1;
    m1.name = "I arbeid i 13 uker";
    m1.unit = MetricUnit::People;
    m1.plan = {0, 5, 8, 10, 12, 12, 12, 12};
    m1.counterfactual = std::vector<double>(8, 2.0);
    m1.rule.type = RuleType::PerUnit;
    m1.rule.price = 60'000 * money::kMinorPerMajor;
    m1.rule.lag = 1;
    m1.rule.capMoney = 3'000'000 * money::kMinorPerMajor;
    m1.rule.payers = {PayerShare{1, 1.0}};
    m1.savings = {SavingsLine{BudgetHolder::Kommune, 150'000 * money::kMinorPerMajor, true, 0}};

    Metric m2;
    m2.id = 2;
    m2.name = "Fullført videregående opplæring";
    m2.unit = MetricUnit::People;
    m2.plan = {0, 0, 3, 5, 5, 6, 6, 6};
    m2.counterfactual = std::vector<double>(8, 0.0);
    m2.rule.type = RuleType::PerUnit;
    m2.rule.price = 40'000 * money::kMinorPerMajor;
    m2.rule.lag = 2;
    m2.rule.payers = {PayerShare{1, 1.0}};

    p.metrics = {m1, m2};
    p.caps.total = 5'000'000 * money::kMinorPerMajor;
    p.deliveryCost = std::vector<Money>(8, 500'000 * money::kMinorPerMajor);

    Investor inv;
    inv.id = 1;
    inv.partyId = 2;
    inv.commitment = 4'000'000 * money::kMinorPerMajor;
    inv.tranche = Tranche::Senior;
    inv.returnCap = 1.3;
    p.investors = {inv};

    // The three scenarios of a new project (DOMAIN.md §8) and a Monte Carlo set-up: PERT factors
    // between 0.4 and 1.3, most likely 1, on both metrics, a common factor with ρ = 0.3.
    p.scenarios.resize(3);
    p.scenarios[0].id = 1;
    p.scenarios[0].name = "Lav";
    p.scenarios[0].factor = 0.5;
    p.scenarios[1].id = 2;
    p.scenarios[1].name = "Basis";
    p.scenarios[2].id = 3;
    p.scenarios[2].name = "Høy";
    p.scenarios[2].factor = 1.2;
    p.simulation.distributions = {
        FactorDistribution{1, FactorDistributionKind::Pert, 0.4, 1.0, 1.3, {}},
        FactorDistribution{2, FactorDistributionKind::Pert, 0.4, 1.0, 1.3, {}},
    };
    p.simulation.correlation = 0.3;
    p.simulation.trials = 10'000;
    p.simulation.seed = 1;
    p.normalise();
    return p;
}

Project workedExampleWithLedger(std::size_t rows) {
    Project p = workedExample();
    Ledger ledger;
    ledger.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i)
        ledger.push_back(LedgerRow{"deltaker-" + std::to_string(i / 4), i % 2 ? 2 : 1,
                                   static_cast<int>(i % 8), 1.0});
    p.ledger = Shared<Ledger>(std::move(ledger));
    return p;
}

Project largeContract(bool withLedger) {
    constexpr int kPeriods = 120;
    constexpr int kMetrics = 50;
    constexpr int kInvestors = 5;
    constexpr Money kKr = money::kMinorPerMajor;
    Sequence seq{20270101};
    Project p;
    p.name = withLedger ? "Large contract with ledger" : "Large contract";
    p.timeline = Timeline{Date{2027, 1, 1}, PeriodLength::Month, kPeriods};
    p.targetGroup.name = "Large target group";
    p.targetGroup.plannedSize = 20'000;
    p.targetGroup.cohorts = {Cohort{1, "Cohort", "", 20'000, std::vector<int>(kPeriods, 150)}};
    p.parties = {Party{1, "Kommune", PartyRole::Commissioner, "974760673", 400'000'000 * kKr},
                 Party{2, "Stat", PartyRole::CoPayer, "", std::nullopt},
                 Party{3, "Helseforetak", PartyRole::CoPayer, "", 150'000'000 * kKr},
                 Party{4, "Provider", PartyRole::Provider, "", std::nullopt},
                 Party{5, "Guarantor", PartyRole::Guarantor, "", std::nullopt}};
    for (int i = 0; i < kInvestors; ++i)
        p.parties.push_back(Party{10 + i, "Investor " + std::to_string(i + 1), PartyRole::Investor,
                                  "", std::nullopt});
    for (int k = 0; k < kMetrics; ++k) {
        Metric m;
        m.id = k + 1;
        m.name = "Metric " + std::to_string(k + 1);
        m.cohortId = 1;
        m.direction = k % 7 == 3 ? Direction::LowerIsBetter : Direction::HigherIsBetter;
        PaymentRule &r = m.rule;
        r.type = static_cast<RuleType>(k % 4);
        double scale = 40;
        switch (r.type) {
        case RuleType::PerUnit:
            r.price = seq.between(5, 60) * 1'000 * kKr;
            if (k % 8 == 0)
                r.bands = {VolumeBand{0, r.price}, VolumeBand{500, r.price - 2'000 * kKr},
                           VolumeBand{1'000, r.price + 3'000 * kKr}};
            if (k % 3 == 0) {
                r.thresholdBasis = ThresholdBasis::Units;
                r.threshold = 2;
            }
            r.capUnits = 2'500;
            break;
        case RuleType::Tiered:
            r.tierBasis = TierBasis::Relative;
            r.tierMode = k % 2 ? TierMode::Interpolate : TierMode::Step;
            r.tiers = {Tier{0.1, 20'000 * kKr}, Tier{0.25, 50'000 * kKr}, Tier{0.5, 90'000 * kKr}};
            break;
        case RuleType::ShareOfSavings:
            scale = 400'000;
            m.unit = MetricUnit::Money;
            r.share = 0.9;
            r.secondShare = 0.4;
            r.secondShareAfter = 3'000'000 * kKr;
            break;
        case RuleType::Milestone: r.milestoneAmount = seq.between(1, 9) * 100'000 * kKr; break;
        }
        r.capMoney = seq.between(5, 30) * 1'000'000 * kKr;
        r.lag = k % 4;
        r.payers = {PayerShare{1, 0.5}, PayerShare{2, 0.3}, PayerShare{3, 0.2}};
        r.oncePerParticipant = withLedger && k % 5 == 0;
        for (int t = 0; t < kPeriods; ++t) {
            const double b = r.type == RuleType::Milestone ? 0 : scale / 4;
            const double ramp = t < 12 ? t / 12.0 : 1.0;
            const double a = r.type == RuleType::Milestone
                                 ? (t >= 6 + k % 30 ? 1 : 0)
                                 : b + ramp * scale * seq.between(20, 100) / 100.0;
            m.plan.push_back(
                m.direction == Direction::HigherIsBetter ? a : std::max(0.0, 2 * b - a / 4));
            m.counterfactual.push_back(m.direction == Direction::HigherIsBetter ? b : 2 * b);
            m.actual.push_back(t < 30 ? std::optional<double>(m.plan.back() * 0.9) : std::nullopt);
        }
        m.savings = {SavingsLine{static_cast<BudgetHolder>(k % 4),
                                 seq.between(10, 200) * 1'000 * kKr, k % 2 == 0, k % 3}};
        p.metrics.push_back(std::move(m));
    }
    p.caps.total = 900'000'000 * kKr;
    p.fixedFees = {FixedFee{1,
                            "Activity",
                            FixedFeeKind::PerPeriod,
                            100'000 * kKr,
                            0,
                            0,
                            -1,
                            std::nullopt,
                            {PayerShare{1, 1.0}}},
                   FixedFee{2,
                            "Started",
                            FixedFeeKind::PerParticipantStarted,
                            500 * kKr,
                            0,
                            0,
                            59,
                            1,
                            {PayerShare{1, 0.5}, PayerShare{2, 0.5}}}};
    for (int t = 0; t < kPeriods; ++t)
        p.deliveryCost.push_back(seq.between(15, 35) * 100'000 * kKr);
    for (int i = 0; i < kInvestors; ++i) {
        Investor inv;
        inv.id = i + 1;
        inv.partyId = 10 + i;
        inv.commitment = (60 + 20 * i) * 1'000'000 * kKr;
        inv.tranche = i < 3 ? Tranche::Senior : Tranche::Subordinate;
        inv.coupon = i < 3 ? 0.03 : 0.0;
        inv.returnCap = 1.2 + 0.1 * i;
        if (i == 4) {
            inv.guaranteedShare = 0.5;
            inv.guarantorId = 5;
        }
        p.investors.push_back(inv);
    }
    p.financing.providerIncentiveShare = 0.1;
    if (withLedger) {
        p.caps.perParticipant = 300'000 * kKr;
        Ledger ledger;
        ledger.reserve(100'000);
        char id[16];
        for (int row = 0; row < 100'000; ++row) {
            std::snprintf(id, sizeof id, "P%06d", seq.between(1, 20'000));
            ledger.push_back(LedgerRow{id, seq.between(1, kMetrics), seq.between(0, kPeriods - 1),
                                       static_cast<double>(seq.between(1, 2))});
        }
        p.ledger.set(std::move(ledger));
    }
    p.normalise();
    return p;
}

} // namespace effekt
