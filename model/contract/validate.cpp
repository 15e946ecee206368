// Validation of a contract's design (issue 3's list, docs/engine.md "Diagnostics"). Independent of
// the basis: plan and reported actuals are both checked. Never throws.
#include "validate.h"

#include "evaluation.h"
#include "valuelimits.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

namespace effekt {

namespace {

constexpr double kShareTolerance = 1e-9;
constexpr int kMaxRowsReported = 20; // per code, for the ledger: the rest would only repeat

struct Out {
    Diagnostics &ds;
    void add(DiagCode code, Severity s, std::string entity, std::int64_t id, std::string field,
             int period, std::vector<DiagValue> values = {}) {
        ds.push_back(Diagnostic{code, s, std::move(entity), id, std::move(field), period,
                                std::move(values)});
    }
};

void checkShares(Out &out, const Project &p, const std::vector<PayerShare> &shares,
                 const std::string &entity, int id) {
    if (shares.empty())
        return; // the first commissioner pays 100 %
    double sum = 0;
    for (const PayerShare &s : shares) {
        const Party *party = p.party(s.partyId);
        if (!party || !party->isPayer())
            out.add(DiagCode::UnknownReference, Severity::Error, entity, id, "payers", -1,
                    {static_cast<std::int64_t>(s.partyId)});
        if (!std::isfinite(s.share) || s.share < 0)
            out.add(DiagCode::ValueOutOfRange, Severity::Error, entity, id, "payers", -1,
                    {s.share});
        sum += s.share;
    }
    if (!(std::fabs(sum - 1.0) <= kShareTolerance))
        out.add(DiagCode::PayerSharesNotWhole, Severity::Error, entity, id, "payers", -1,
                {PercentValue{sum}});
}

bool isBlank(const std::string &s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool hasRule(const PaymentRule &r) {
    switch (r.type) {
    case RuleType::PerUnit: {
        if (r.bands.empty())
            return r.price != 0;
        for (const VolumeBand &b : r.bands)
            if (b.price != 0)
                return true;
        return false;
    }
    case RuleType::Tiered:
        for (const Tier &t : r.tiers)
            if (t.amount != 0)
                return true;
        return false;
    case RuleType::ShareOfSavings: return r.share != 0 || (r.secondShare && *r.secondShare != 0);
    case RuleType::Milestone: return r.milestoneAmount != 0;
    }
    return false;
}

} // namespace

Diagnostics validate(const Project &p) {
    Diagnostics ds;
    Out out{ds};
    const Timeline &tl = p.timeline;
    if (tl.periods < Timeline::kMinPeriods || tl.periods > Timeline::kMaxPeriods)
        out.add(DiagCode::PeriodsOutOfRange, Severity::Error, "timeline", -1, "periods", -1,
                {static_cast<std::int64_t>(tl.periods)});
    if (!tl.start.isValid() || tl.start.day != 1)
        out.add(DiagCode::StartNotFirstOfMonth, Severity::Error, "timeline", -1, "start", -1,
                {tl.start.isValid() ? tl.start.toIso() : std::string("invalid")});
    const int n = std::clamp(tl.periods, Timeline::kMinPeriods, Timeline::kMaxPeriods);
    const int perYear = periodsPerYear(tl.length);

    // Names: a contract or a party without one cannot be told apart in lists and reports.
    if (isBlank(p.name))
        out.add(DiagCode::EmptyName, Severity::Warning, "project", -1, "name", -1);

    // Parties.
    for (const Party &party : p.parties) {
        if (isBlank(party.name))
            out.add(DiagCode::EmptyName, Severity::Warning, "party", party.id, "name", -1);
        if (!party.orgNumber.empty() && !isValidOrgNumber(party.orgNumber))
            out.add(DiagCode::InvalidOrgNumber, Severity::Warning, "party", party.id, "orgNumber",
                    -1, {party.orgNumber});
        if (party.cap && *party.cap < 0)
            out.add(DiagCode::ValueOutOfRange, Severity::Error, "party", party.id, "cap", -1,
                    {MoneyValue{*party.cap}});
        // A cap per budget year (docs/engine.md "Caps per budget year"): a payer's, never
        // negative.
        if (party.yearCap && *party.yearCap < 0)
            out.add(DiagCode::ValueOutOfRange, Severity::Error, "party", party.id, "yearCap", -1,
                    {MoneyValue{*party.yearCap}});
        else if (party.yearCap && !party.isPayer())
            out.add(DiagCode::YearCapNotPayer, Severity::Warning, "party", party.id, "yearCap", -1,
                    {MoneyValue{*party.yearCap}});
    }
    const bool anyPayer =
        std::any_of(p.parties.begin(), p.parties.end(), [](const Party &x) { return x.isPayer(); });

    // Metrics and rules.
    for (const Metric &m : p.metrics) {
        const PaymentRule &r = m.rule;
        if (!hasRule(r))
            out.add(DiagCode::MetricWithoutRule, Severity::Error, "metric", m.id, "rule", -1);
        if (!anyPayer)
            out.add(DiagCode::UnknownReference, Severity::Error, "rule", m.id, "payers", -1,
                    {static_cast<std::int64_t>(-1)});
        checkShares(out, p, r.payers, "rule", m.id);
        for (std::size_t k = 1; k < r.bands.size(); ++k)
            if (!(r.bands[k].fromUnits > r.bands[k - 1].fromUnits)) {
                out.add(DiagCode::ThresholdsOutOfOrder, Severity::Error, "rule", m.id, "bands", -1,
                        {static_cast<std::int64_t>(k)});
                break;
            }
        for (std::size_t k = 1; k < r.tiers.size(); ++k)
            if (!(r.tiers[k].level > r.tiers[k - 1].level)) {
                out.add(DiagCode::ThresholdsOutOfOrder, Severity::Error, "rule", m.id, "tiers", -1,
                        {static_cast<std::int64_t>(k)});
                break;
            }
        if (r.type == RuleType::ShareOfSavings && r.secondShare && r.secondShareAfter < 0)
            out.add(DiagCode::ValueOutOfRange, Severity::Error, "rule", m.id, "secondShareAfter",
                    -1, {MoneyValue{r.secondShareAfter}});
        if (r.price < 0 || r.milestoneAmount < 0 || (r.capMoney && *r.capMoney < 0))
            out.add(DiagCode::ValueOutOfRange, Severity::Error, "rule", m.id, "price", -1);
        // A threshold on x = u / b needs a counterfactual: with b = 0 in every period the rule
        // never pays (docs/engine.md).
        const bool onRelative = r.thresholdBasis == ThresholdBasis::Relative ||
                                r.thresholdBasis == ThresholdBasis::UnitsAndRelative;
        // (Not on a metric tested cohort by cohort: the cohorts' thresholds replace the rule's.)
        if (r.type == RuleType::PerUnit && onRelative && m.cohortOutcomes.empty() &&
            !m.counterfactual.empty() &&
            std::all_of(m.counterfactual.begin(), m.counterfactual.end(),
                        [](double b) { return b == 0; }))
            out.add(DiagCode::RelativeThresholdWithoutCounterfactual, Severity::Warning, "rule",
                    m.id, "thresholdBasis", -1);
        if (!(r.thresholdRelative >= 0) || !std::isfinite(r.thresholdRelative))
            out.add(DiagCode::ValueOutOfRange, Severity::Error, "rule", m.id, "thresholdRelative",
                    -1, {r.thresholdRelative});
        for (const SavingsLine &s : m.savings)
            if (s.spreadPeriods < 0)
                out.add(DiagCode::ValueOutOfRange, Severity::Error, "metric", m.id, "savings", -1,
                        {static_cast<std::int64_t>(s.spreadPeriods)});
        // The second share once investors are repaid: a return rate of 0 % to 100 % a year, and
        // investors to repay (without them it never applies, docs/engine.md).
        if (r.type == RuleType::ShareOfSavings && r.secondShare &&
            r.secondShareWhen == SecondShareSwitch::InvestorsRepaid) {
            if (!(r.secondShareReturn >= 0 && r.secondShareReturn <= 1))
                out.add(DiagCode::ValueOutOfRange, Severity::Error, "rule", m.id,
                        "secondShareReturn", -1, {PercentValue{r.secondShareReturn}});
            if (p.investors.empty())
                out.add(DiagCode::SecondShareWithoutInvestors, Severity::Warning, "rule", m.id,
                        "secondShareWhen", -1);
        }
        if (r.lag < 0)
            out.add(DiagCode::ValueOutOfRange, Severity::Error, "rule", m.id, "lag", -1,
                    {static_cast<std::int64_t>(r.lag)});
        // Payments may fall at most one year after the last period of the contract.
        if (r.lag > perYear || n + r.lag > Timeline::kMaxPeriods)
            out.add(DiagCode::LagPastContractEnd, Severity::Warning, "rule", m.id, "lag", -1,
                    {static_cast<std::int64_t>(r.lag), static_cast<std::int64_t>(perYear)});
        if (m.cohortId) {
            bool found = false;
            for (const Cohort &c : p.targetGroup.cohorts)
                found = found || c.id == *m.cohortId;
            if (!found)
                out.add(DiagCode::UnknownReference, Severity::Error, "metric", m.id, "cohortId", -1,
                        {static_cast<std::int64_t>(*m.cohortId)});
        }
        // Observed values: negative, or more people than the cohort (or target group) holds.
        int size = p.targetGroup.plannedSize;
        if (m.cohortId)
            for (const Cohort &c : p.targetGroup.cohorts)
                if (c.id == *m.cohortId)
                    size = c.plannedSize;
        bool negativeReported = false, aboveReported = false;
        int fractionsReported = 0;
        auto check = [&](double v, const char *field, int t, int limit) {
            // People come whole: 1.5 persons is a typing error (or a share entered as a count).
            if (m.unit == MetricUnit::People && std::isfinite(v) && v != std::floor(v) &&
                fractionsReported++ < kMaxRowsReported)
                out.add(DiagCode::FractionalCount, Severity::Warning, "metric", m.id, field, t,
                        {v});
            if (!std::isfinite(v)) {
                out.add(DiagCode::ValueOutOfRange, Severity::Error, "metric", m.id, field, t);
            } else if (v < 0 && !negativeReported) {
                negativeReported = true;
                out.add(DiagCode::NegativeObservedValue, Severity::Warning, "metric", m.id, field,
                        t, {v});
            } else if (m.unit == MetricUnit::People && limit > 0 && v > limit && !aboveReported) {
                aboveReported = true;
                out.add(DiagCode::CountAboveCohort, Severity::Warning, "metric", m.id, field, t,
                        {v, static_cast<std::int64_t>(limit)});
            }
        };
        // The plan of every period (0 where none is given), then each actual reported.
        for (int t = 0; t < n; ++t) {
            const auto i = static_cast<std::size_t>(t);
            check(i < m.plan.size() ? m.plan[i] : 0.0, "plan", t, size);
            if (i < m.actual.size() && m.actual[i])
                check(*m.actual[i], "actual", t, size);
        }
        // Cohort tests (docs/engine.md "Cohort tests and the final settlement"): each cohort of
        // the target group once, a threshold of 0 % or more, and each cohort's observed values
        // checked as the metric's own, against the cohort's planned size.
        std::set<int> tested;
        for (const CohortOutcome &co : m.cohortOutcomes) {
            const Cohort *cohort = nullptr;
            for (const Cohort &c : p.targetGroup.cohorts)
                if (c.id == co.cohortId)
                    cohort = &c;
            if (!cohort)
                out.add(DiagCode::UnknownReference, Severity::Error, "metric", m.id,
                        "cohortOutcomes", -1, {static_cast<std::int64_t>(co.cohortId)});
            if (!tested.insert(co.cohortId).second)
                out.add(DiagCode::DuplicateCohortOutcome, Severity::Error, "metric", m.id,
                        "cohortOutcomes", -1, {static_cast<std::int64_t>(co.cohortId)});
            if (!(co.threshold >= 0) || !std::isfinite(co.threshold))
                out.add(DiagCode::ValueOutOfRange, Severity::Error, "metric", m.id,
                        "cohortOutcomes", -1, {PercentValue{co.threshold}});
            const int cohortSize = cohort ? cohort->plannedSize : 0;
            for (int t = 0; t < n; ++t) {
                const auto i = static_cast<std::size_t>(t);
                check(i < co.plan.size() ? co.plan[i] : 0.0, "cohortOutcomes", t, cohortSize);
                if (i < co.actual.size() && co.actual[i])
                    check(*co.actual[i], "cohortOutcomes", t, cohortSize);
            }
        }
        if (!m.cohortOutcomes.empty() && r.type != RuleType::PerUnit)
            out.add(DiagCode::CohortTestNotPerUnit, Severity::Warning, "metric", m.id,
                    "cohortOutcomes", -1);
        if (r.settlement) {
            const CohortSettlement &st = *r.settlement;
            if (m.cohortOutcomes.empty())
                out.add(DiagCode::SettlementWithoutCohorts, Severity::Warning, "rule", m.id,
                        "settlement", -1);
            if (st.period < 0 || st.period >= n)
                out.add(DiagCode::SettlementPeriodOutside, Severity::Error, "rule", m.id,
                        "settlement", -1,
                        {static_cast<std::int64_t>(st.period) + 1, static_cast<std::int64_t>(n)});
            if (!(st.threshold >= 0) || !std::isfinite(st.threshold))
                out.add(DiagCode::ValueOutOfRange, Severity::Error, "rule", m.id, "settlement", -1,
                        {PercentValue{st.threshold}});
        }
        // §8: an evaluation by comparison groups that cannot tell the planned effect from chance
        // (evaluation.h).
        if (const std::optional<EvaluationStrength> e = evaluationStrength(p, m);
            e && e->belowDetectable)
            out.add(DiagCode::EffectBelowDetectable, Severity::Warning, "metric", m.id,
                    "validation", -1,
                    {PercentValue{e->plannedEffect}, PercentValue{e->mde},
                     static_cast<std::int64_t>(e->sampleSize)});
    }

    // Fixed fees.
    for (const FixedFee &f : p.fixedFees) {
        checkShares(out, p, f.payers, "fixedFee", f.id);
        if (f.firstPeriod < 0 || f.firstPeriod >= n)
            out.add(DiagCode::DateOutsideTimeline, Severity::Warning, "fixedFee", f.id,
                    "firstPeriod", f.firstPeriod, {static_cast<std::int64_t>(f.firstPeriod)});
        if (f.lastPeriod >= n)
            out.add(DiagCode::DateOutsideTimeline, Severity::Warning, "fixedFee", f.id,
                    "lastPeriod", f.lastPeriod, {static_cast<std::int64_t>(f.lastPeriod)});
        else if (f.lastPeriod >= 0 && f.lastPeriod < f.firstPeriod)
            out.add(DiagCode::PeriodRangeReversed, Severity::Warning, "fixedFee", f.id,
                    "lastPeriod", -1,
                    {static_cast<std::int64_t>(f.firstPeriod),
                     static_cast<std::int64_t>(f.lastPeriod)});
        if (f.amount < 0 || f.share < 0)
            out.add(DiagCode::ValueOutOfRange, Severity::Error, "fixedFee", f.id, "amount", -1);
    }

    // Delivery costs and the funding: commitment against costs not covered by fixed fees.
    Money costs = 0, fees = 0, commitment = 0;
    // Where the sum being added to stands: an overflow is reported there, where it happens.
    struct Where {
        const char *entity = "project";
        std::int64_t id = -1;
        const char *field = "deliveryCost";
        int period = -1;
    } at;
    try {
        for (std::size_t t = 0; t < p.deliveryCost.size() && t < static_cast<std::size_t>(n); ++t) {
            at.period = static_cast<int>(t);
            if (p.deliveryCost[t] < 0)
                out.add(DiagCode::ValueOutOfRange, Severity::Error, "project", -1, "deliveryCost",
                        static_cast<int>(t), {MoneyValue{p.deliveryCost[t]}});
            else
                costs = money::add(costs, p.deliveryCost[t]);
        }
        for (const FixedFee &f : p.fixedFees) {
            const int first = std::max(0, f.firstPeriod);
            const int last = f.lastPeriod < 0 ? n - 1 : std::min(f.lastPeriod, n - 1);
            for (int t = first; t <= last; ++t) {
                at = Where{"fixedFee", f.id, "amount", t};
                Money a = 0;
                if (f.kind == FixedFeeKind::PerPeriod)
                    a = f.amount;
                else if (f.kind == FixedFeeKind::ShareOfDeliveryCost &&
                         static_cast<std::size_t>(t) < p.deliveryCost.size())
                    a = money::times(p.deliveryCost[static_cast<std::size_t>(t)], f.share);
                else if (f.kind == FixedFeeKind::PerParticipantStarted)
                    for (const Cohort &c : p.targetGroup.cohorts)
                        if ((!f.cohortId || c.id == *f.cohortId) &&
                            static_cast<std::size_t>(t) < c.intake.size())
                            a = money::add(
                                a, money::mul(f.amount, c.intake[static_cast<std::size_t>(t)]));
                fees = money::add(fees, std::max<Money>(0, a));
            }
        }
        for (const Investor &inv : p.investors) {
            at = Where{"investor", inv.id, "commitment", -1};
            commitment = money::add(commitment, std::max<Money>(0, inv.commitment));
        }
        at = Where{"project", -1, "deliveryCost", -1};
        const Money uncovered = std::max<Money>(0, money::sub(costs, fees));
        if (commitment < uncovered)
            out.add(DiagCode::FundingGap, Severity::Warning, "financing", -1, "commitment", -1,
                    {MoneyValue{money::sub(uncovered, commitment)}, MoneyValue{commitment},
                     MoneyValue{uncovered}});
    } catch (const MoneyOverflow &) {
        out.add(DiagCode::MoneyOverflow, Severity::Error, at.entity, at.id, at.field, at.period);
    }

    // Investors.
    for (const Investor &inv : p.investors) {
        const Party *party = p.party(inv.partyId);
        if (!party || party->role != PartyRole::Investor)
            out.add(DiagCode::UnknownReference, Severity::Error, "investor", inv.id, "partyId", -1,
                    {static_cast<std::int64_t>(inv.partyId)});
        if (inv.commitment < 0)
            out.add(DiagCode::ValueOutOfRange, Severity::Error, "investor", inv.id, "commitment",
                    -1, {MoneyValue{inv.commitment}});
        if (inv.returnCap && !(*inv.returnCap >= 1.0))
            out.add(DiagCode::ReturnCapBelowOne, Severity::Warning, "investor", inv.id, "returnCap",
                    -1, {*inv.returnCap});
        if (inv.guaranteedShare < 0 || inv.guaranteedShare > 1)
            out.add(DiagCode::ValueOutOfRange, Severity::Error, "investor", inv.id,
                    "guaranteedShare", -1, {PercentValue{inv.guaranteedShare}});
        if (inv.guaranteedShare > 0) {
            const Party *g = inv.guarantorId ? p.party(*inv.guarantorId) : nullptr;
            if (!g || g->role != PartyRole::Guarantor)
                out.add(DiagCode::UnknownReference, Severity::Warning, "investor", inv.id,
                        "guarantorId", -1,
                        {static_cast<std::int64_t>(inv.guarantorId.value_or(-1))});
        }
        if (inv.coupon < 0 || !std::isfinite(inv.coupon))
            out.add(DiagCode::ValueOutOfRange, Severity::Error, "investor", inv.id, "coupon", -1,
                    {PercentValue{inv.coupon}});
    }
    if (p.financing.reserveShare < 0 || p.financing.reserveShare > 1)
        out.add(DiagCode::ValueOutOfRange, Severity::Error, "financing", -1, "reserveShare", -1,
                {PercentValue{p.financing.reserveShare}});
    if (p.financing.providerIncentiveShare < 0 || p.financing.providerIncentiveShare > 1)
        out.add(DiagCode::ValueOutOfRange, Severity::Error, "financing", -1,
                "providerIncentiveShare", -1, {PercentValue{p.financing.providerIncentiveShare}});

    // Valuation.
    const double rate = p.valuation.discountRate;
    if (!(rate >= -0.05 && rate <= 0.20))
        out.add(DiagCode::DiscountRateOutOfRange, Severity::Warning, "valuation", -1,
                "discountRate", -1, {PercentValue{rate}});

    // Price indexation (docs/engine.md "Price indexation").
    const Indexation &ix = p.indexation;
    if (!(ix.rate >= limits::kMinIndexRate && ix.rate <= limits::kMaxIndexRate))
        out.add(DiagCode::IndexationOutOfRange, Severity::Error, "indexation", -1, "rate", -1,
                {PercentValue{ix.rate}, PercentValue{limits::kMinIndexRate},
                 PercentValue{limits::kMaxIndexRate}});
    if (ix.baseYear &&
        (*ix.baseYear < limits::kMinIndexBaseYear || *ix.baseYear > limits::kMaxIndexBaseYear))
        out.add(DiagCode::IndexationOutOfRange, Severity::Error, "indexation", -1, "baseYear", -1,
                {static_cast<std::int64_t>(*ix.baseYear),
                 static_cast<std::int64_t>(limits::kMinIndexBaseYear),
                 static_cast<std::int64_t>(limits::kMaxIndexBaseYear)});
    else if (ix.baseYear && ix.rate != 0 && n >= 1 && *ix.baseYear > tl.periodStart(n - 1).year)
        out.add(DiagCode::IndexationBaseYearAfterEnd, Severity::Warning, "indexation", -1,
                "baseYear", -1,
                {static_cast<std::int64_t>(*ix.baseYear),
                 static_cast<std::int64_t>(tl.periodStart(n - 1).year)});

    // Caps.
    if (p.caps.total && *p.caps.total < 0)
        out.add(DiagCode::ValueOutOfRange, Severity::Error, "caps", -1, "total", -1,
                {MoneyValue{*p.caps.total}});
    bool oncePer = false;
    for (const Metric &m : p.metrics)
        oncePer = oncePer || m.rule.oncePerParticipant;
    if ((p.caps.perParticipant || oncePer) && p.ledger->empty())
        out.add(DiagCode::PerParticipantCapWithoutLedger, Severity::Warning, "caps", -1,
                p.caps.perParticipant ? "perParticipant" : "oncePerParticipant", -1);

    // Review points and early termination (§8b): a review the engine cannot take is left out of
    // the computation, so each of these says why.
    for (const ReviewPoint &rp : p.termination.reviews) {
        if (rp.period < 0 || rp.period >= n)
            out.add(DiagCode::DateOutsideTimeline, Severity::Warning, "review", rp.id, "period", -1,
                    {static_cast<std::int64_t>(rp.period)});
        if (rp.test == ReviewTest::MetricUnits) {
            if (!rp.metricId)
                out.add(DiagCode::ReviewWithoutMetric, Severity::Error, "review", rp.id, "metricId",
                        -1);
            else if (!p.metric(*rp.metricId))
                out.add(DiagCode::UnknownReference, Severity::Error, "review", rp.id, "metricId",
                        -1, {static_cast<std::int64_t>(*rp.metricId)});
        }
        if (!(rp.requiredShare > 0 && rp.requiredShare <= 10))
            out.add(DiagCode::ValueOutOfRange, Severity::Error, "review", rp.id, "requiredShare",
                    -1, {PercentValue{rp.requiredShare}});
    }
    const EarlyTermination &et = p.termination;
    if (et.payment < 0)
        out.add(DiagCode::ValueOutOfRange, Severity::Error, "termination", -1, "payment", -1,
                {MoneyValue{et.payment}});
    if (et.payeeId && !p.party(*et.payeeId))
        out.add(DiagCode::UnknownReference, Severity::Error, "termination", -1, "payeeId", -1,
                {static_cast<std::int64_t>(*et.payeeId)});
    else if (et.payment > 0 && !et.payeeId)
        out.add(DiagCode::TerminationPaymentWithoutPayee, Severity::Warning, "termination", -1,
                "payeeId", -1, {MoneyValue{et.payment}});

    // The participant ledger.
    const Ledger &ledger = *p.ledger;
    int idReported = 0, dateReported = 0, refReported = 0;
    std::int64_t idRows = 0;
    int fractionReported = 0, aboveOneReported = 0;
    std::set<int> metricIds, peopleIds;
    for (const Metric &m : p.metrics) {
        metricIds.insert(m.id);
        if (m.unit == MetricUnit::People)
            peopleIds.insert(m.id);
    }
    for (std::size_t row = 0; row < ledger.size(); ++row) {
        const LedgerRow &lr = ledger[row];
        if (containsNationalIdNumber(lr.participant)) {
            ++idRows;
            if (idReported++ < kMaxRowsReported)
                out.add(DiagCode::NationalIdInLedger, Severity::Error, "ledger",
                        static_cast<std::int64_t>(row), "participant", lr.period);
        }
        if ((lr.period < 0 || lr.period >= n) && dateReported++ < kMaxRowsReported)
            out.add(DiagCode::DateOutsideTimeline, Severity::Warning, "ledger",
                    static_cast<std::int64_t>(row), "period", lr.period,
                    {static_cast<std::int64_t>(lr.period)});
        if (!metricIds.count(lr.metricId) && refReported++ < kMaxRowsReported)
            out.add(DiagCode::UnknownReference, Severity::Error, "ledger",
                    static_cast<std::int64_t>(row), "metricId", lr.period,
                    {static_cast<std::int64_t>(lr.metricId)});
        // A row of a metric counting people is one participant: one person, not 1.5 or 1,234.5.
        if (peopleIds.count(lr.metricId) && std::isfinite(lr.units)) {
            if (lr.units != std::floor(lr.units)) {
                if (fractionReported++ < kMaxRowsReported)
                    out.add(DiagCode::FractionalCount, Severity::Warning, "ledger",
                            static_cast<std::int64_t>(row), "units", lr.period, {lr.units});
            } else if (lr.units > 1 && aboveOneReported++ < kMaxRowsReported) {
                out.add(DiagCode::ParticipantAboveOne, Severity::Warning, "ledger",
                        static_cast<std::int64_t>(row), "units", lr.period, {lr.units});
            }
        }
    }
    return ds;
}

} // namespace effekt
