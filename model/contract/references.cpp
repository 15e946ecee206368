#include "references.h"

#include <algorithm>

namespace effekt {

namespace {
template <typename T> std::size_t from(const std::vector<T> &v, int periods) {
    return std::min(v.size(), static_cast<std::size_t>(std::max(0, periods)));
}
bool names(const std::vector<PayerShare> &payers, int partyId) {
    return std::any_of(payers.begin(), payers.end(),
                       [partyId](const PayerShare &s) { return s.partyId == partyId; });
}

// Values in periods [periods, …) of one series set: plan and counterfactual values that are not 0,
// reported actual values.
template <typename Series> int seriesBeyond(const Series &s, int periods) {
    int values = 0;
    for (std::size_t t = from(s.plan, periods); t < s.plan.size(); ++t)
        values += s.plan[t] != 0;
    for (std::size_t t = from(s.actual, periods); t < s.actual.size(); ++t)
        values += s.actual[t].has_value();
    for (std::size_t t = from(s.counterfactual, periods); t < s.counterfactual.size(); ++t)
        values += s.counterfactual[t] != 0;
    return values;
}
int reported(const std::vector<std::optional<double>> &actual) {
    return static_cast<int>(
        std::count_if(actual.begin(), actual.end(), [](const auto &a) { return a.has_value(); }));
}
} // namespace

PeriodLoss valuesBeyond(const Project &p, int periods) {
    PeriodLoss loss;
    for (const Metric &m : p.metrics) {
        loss.values += seriesBeyond(m, periods);
        for (const CohortOutcome &c : m.cohortOutcomes)
            loss.values += seriesBeyond(c, periods);
    }
    for (const Cohort &c : p.targetGroup.cohorts)
        for (std::size_t t = from(c.intake, periods); t < c.intake.size(); ++t)
            loss.values += c.intake[t] != 0;
    for (std::size_t t = from(p.deliveryCost, periods); t < p.deliveryCost.size(); ++t)
        loss.values += p.deliveryCost[t] != 0;
    for (const LedgerRow &r : p.ledger.get())
        loss.ledgerRows += r.period >= periods && r.period < p.timeline.periods;
    return loss;
}

Dependents partyDependents(const Project &p, int partyId) {
    Dependents d;
    for (const Metric &m : p.metrics)
        d.metricPayers += names(m.rule.payers, partyId);
    for (const FixedFee &f : p.fixedFees)
        d.feePayers += names(f.payers, partyId);
    for (const Investor &i : p.investors) {
        d.investors += i.partyId == partyId;
        d.guarantees += i.partyId != partyId && i.guarantorId == partyId;
    }
    d.terminationPayee = p.termination.payeeId == partyId;
    return d;
}

Dependents metricDependents(const Project &p, int metricId) {
    Dependents d;
    if (const Metric *m = p.metric(metricId)) {
        // Its own reported values, and those of its cohorts when it is tested cohort by cohort.
        d.outcomeValues = reported(m->actual);
        for (const CohortOutcome &c : m->cohortOutcomes)
            d.outcomeValues += reported(c.actual);
    }
    for (const LedgerRow &r : p.ledger.get())
        d.ledgerRows += r.metricId == metricId;
    for (const Scenario &s : p.scenarios)
        d.scenarios +=
            std::any_of(s.metrics.begin(), s.metrics.end(),
                        [metricId](const MetricOverride &o) { return o.metricId == metricId; });
    for (const FactorDistribution &f : p.simulation.distributions)
        d.distributions += f.metricId == metricId;
    for (const ReviewPoint &r : p.termination.reviews)
        d.reviews += r.test == ReviewTest::MetricUnits && r.metricId == metricId;
    return d;
}

Dependents cohortDependents(const Project &p, int cohortId) {
    Dependents d;
    for (const Metric &m : p.metrics)
        d.metrics += m.cohortId == cohortId;
    for (const FixedFee &f : p.fixedFees)
        d.fixedFees += f.cohortId == cohortId;
    for (const Metric &m : p.metrics)
        d.cohortOutcomes +=
            std::any_of(m.cohortOutcomes.begin(), m.cohortOutcomes.end(),
                        [cohortId](const CohortOutcome &c) { return c.cohortId == cohortId; });
    for (const Cohort &c : p.targetGroup.cohorts)
        if (c.id == cohortId)
            d.intakeValues = static_cast<int>(
                std::count_if(c.intake.begin(), c.intake.end(), [](int n) { return n != 0; }));
    return d;
}

bool removeParty(Project &p, int partyId) {
    const auto erased =
        std::erase_if(p.parties, [partyId](const Party &x) { return x.id == partyId; });
    if (erased == 0)
        return false;
    auto leave = [partyId](std::vector<PayerShare> &payers) {
        std::erase_if(payers, [partyId](const PayerShare &s) { return s.partyId == partyId; });
    };
    for (Metric &m : p.metrics)
        leave(m.rule.payers);
    for (FixedFee &f : p.fixedFees)
        leave(f.payers);
    std::erase_if(p.investors, [partyId](const Investor &i) { return i.partyId == partyId; });
    for (Investor &i : p.investors)
        if (i.guarantorId == partyId)
            i.guarantorId.reset();
    if (p.termination.payeeId == partyId)
        p.termination.payeeId.reset();
    return true;
}

bool removeMetric(Project &p, int metricId) {
    const auto erased =
        std::erase_if(p.metrics, [metricId](const Metric &m) { return m.id == metricId; });
    if (erased == 0)
        return false;
    if (std::any_of(p.ledger->begin(), p.ledger->end(),
                    [metricId](const LedgerRow &r) { return r.metricId == metricId; }))
        p.ledger.modify([metricId](Ledger &l) {
            std::erase_if(l, [metricId](const LedgerRow &r) { return r.metricId == metricId; });
        });
    for (Scenario &s : p.scenarios)
        std::erase_if(s.metrics,
                      [metricId](const MetricOverride &o) { return o.metricId == metricId; });
    std::erase_if(p.simulation.distributions,
                  [metricId](const FactorDistribution &f) { return f.metricId == metricId; });
    std::erase_if(p.termination.reviews, [metricId](const ReviewPoint &r) {
        return r.test == ReviewTest::MetricUnits && r.metricId == metricId;
    });
    for (ReviewPoint &r : p.termination.reviews)
        if (r.metricId == metricId)
            r.metricId.reset();
    return true;
}

bool removeCohort(Project &p, int cohortId) {
    const auto erased = std::erase_if(p.targetGroup.cohorts,
                                      [cohortId](const Cohort &c) { return c.id == cohortId; });
    if (erased == 0)
        return false;
    for (Metric &m : p.metrics) {
        if (m.cohortId == cohortId)
            m.cohortId.reset();
        std::erase_if(m.cohortOutcomes,
                      [cohortId](const CohortOutcome &c) { return c.cohortId == cohortId; });
    }
    for (FixedFee &f : p.fixedFees)
        if (f.cohortId == cohortId)
            f.cohortId.reset();
    return true;
}

} // namespace effekt
