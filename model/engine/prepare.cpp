// Preparation (DOMAIN.md §3–§4): everything of a project the engine's runs need that does not
// depend on the basis (payer weights, sorted tiers and bands, caps, costs, fees, the ledger
// index).
#include "engine_detail.h"

#include <numeric>
#include <unordered_map>

namespace effekt::engine {

namespace {

template <typename T, typename Id>
std::vector<std::size_t> orderById(const std::vector<T> &items, Id id) {
    std::vector<std::size_t> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return id(items[a]) < id(items[b]); });
    return order;
}

std::vector<double> payerWeights(const Prepared &pp, const std::vector<PayerShare> &shares) {
    std::vector<double> w(pp.payerIds.size(), 0.0);
    double sum = 0;
    for (const PayerShare &s : shares) {
        auto it = std::find(pp.payerIds.begin(), pp.payerIds.end(), s.partyId);
        if (it == pp.payerIds.end() || !(s.share > 0) || !std::isfinite(s.share))
            continue;
        w[idx(static_cast<int>(it - pp.payerIds.begin()))] += s.share;
        sum += s.share;
    }
    if (sum <= 0 && !w.empty()) {
        // Default: the first commissioner pays everything (or the first payer if none).
        std::size_t k = 0;
        for (std::size_t i = 0; i < pp.payerIds.size(); ++i) {
            const Party *party = pp.p->party(pp.payerIds[i]);
            if (party && party->role == PartyRole::Commissioner) {
                k = i;
                break;
            }
        }
        w[k] = 1.0;
        sum = 1.0;
    }
    for (double &x : w) // normalised: the split uses them as shares of 1
        x /= sum;
    return w;
}

// Review points and the termination payment (§8b). Reviews that could not be taken (outside the
// timeline, a share outside (0, 10], a metric's units without an existing metric) are left out:
// validate() reports them. The plan figures of outcome-payment reviews come from one run on the
// plan, which is why this comes after everything else the runs need.
void prepareTermination(Prepared &pp) {
    const Project &p = *pp.p;
    const EarlyTermination &et = p.termination;
    bool onPayments = false;
    for (const ReviewPoint &rp : et.reviews) {
        if (rp.period < 0 || rp.period >= pp.n || !(rp.requiredShare > 0) ||
            !(rp.requiredShare <= 10))
            continue;
        PreparedReview r;
        r.id = rp.id;
        r.period = rp.period;
        r.test = rp.test;
        r.share = rp.requiredShare;
        if (rp.test == ReviewTest::MetricUnits) {
            const auto it = std::find_if(p.metrics.begin(), p.metrics.end(), [&](const Metric &m) {
                return rp.metricId && m.id == *rp.metricId;
            });
            if (it == p.metrics.end())
                continue;
            r.metric = static_cast<std::size_t>(it - p.metrics.begin());
            const PreparedMetric &pm = pp.metrics[r.metric];
            const bool higher = pm.m->direction == Direction::HigherIsBetter;
            for (int t = 0; t <= rp.period; ++t) {
                const double a = pm.plan[idx(t)], b = pm.cf[idx(t)];
                r.plan += higher ? std::max(0.0, a - b) : std::max(0.0, b - a);
            }
        } else {
            onPayments = true;
        }
        pp.reviews.push_back(r);
    }
    std::stable_sort(pp.reviews.begin(), pp.reviews.end(),
                     [](const PreparedReview &a, const PreparedReview &b) {
                         return a.period != b.period ? a.period < b.period : a.id < b.id;
                     });
    if (onPayments) {
        PaymentRun plan;
        runSwitched(pp, Basis::Plan, std::nullopt, nullptr, plan);
        for (PreparedReview &r : pp.reviews)
            if (r.test == ReviewTest::OutcomePayments) {
                Money earned = 0;
                for (int t = 0; t <= r.period; ++t)
                    try {
                        earned = madd(earned, plan.earnedByPeriod[idx(t)]);
                    } catch (const MoneyOverflow &) {
                        overflowAt("review", r.id, "", t);
                    }
                r.plan = static_cast<double>(earned);
            }
    }
    // The termination payment: to a party of the contract, paid by the first commissioner (the
    // first payer when there is no commissioner). Paid to the provider, the intermediary or an
    // investor it enters the special-purpose account.
    const Party *payee = et.payeeId ? p.party(*et.payeeId) : nullptr;
    if (et.payment > 0 && payee) {
        pp.terminationPayment = et.payment;
        pp.terminationIntoAccount = payee->role == PartyRole::Provider ||
                                    payee->role == PartyRole::Intermediary ||
                                    payee->role == PartyRole::Investor;
        for (std::size_t k = 0; k < pp.payerIds.size(); ++k) {
            const Party *party = p.party(pp.payerIds[k]);
            if (party && party->role == PartyRole::Commissioner) {
                pp.terminationPayer = static_cast<int>(k);
                break;
            }
        }
        if (pp.terminationPayer < 0 && !pp.payerIds.empty())
            pp.terminationPayer = 0;
    }
}

// A metric tested cohort by cohort (docs/engine.md "Cohort tests and the final settlement"): its
// b(t) is the sum of its cohorts' b_c(t) (a(t), the sum of theirs, comes from observed()); a
// per-unit rule gets its cohort tests and settlement. `metrics`: the project's number of metrics,
// for the test's index (pm is the next one).
void prepareCohorts(Prepared &pp, PreparedMetric &pm, std::size_t metrics) {
    const Metric &m = *pm.m;
    pp.anyCohortOutcomes = true;
    pp.cohortTests.reserve(metrics);
    PreparedCohortTest test;
    test.metric = pp.metrics.size();
    std::fill(pm.cf.begin(), pm.cf.end(), 0.0);
    for (const CohortOutcome &c : m.cohortOutcomes) {
        PreparedCohort pc;
        pc.outcome = &c;
        pc.threshold = c.threshold > 0 && std::isfinite(c.threshold) ? c.threshold : 0.0;
        pc.plan.assign(idx(pp.n), 0.0);
        pc.cf.assign(idx(pp.n), 0.0);
        for (int t = 0; t < pp.n; ++t) {
            pc.plan[idx(t)] = finiteOr0(observedSeries(c, t, Basis::Plan));
            pc.cf[idx(t)] =
                idx(t) < c.counterfactual.size() ? finiteOr0(c.counterfactual[idx(t)]) : 0.0;
            pm.cf[idx(t)] += pc.cf[idx(t)];
        }
        test.cohorts.push_back(std::move(pc));
    }
    if (m.rule.type != RuleType::PerUnit)
        return; // paid on the sums, without tests (validate() warns)
    pm.cohortRule = true;
    if (const std::optional<CohortSettlement> &st = m.rule.settlement;
        st && st->period >= 0 && st->period < pp.n) {
        test.settlementPeriod = st->period;
        test.settlementThreshold = finiteOr0(st->threshold);
    }
    pp.cohortTests.push_back(std::move(test));
}

} // namespace

Prepared prepare(const Project &p) {
    Prepared pp;
    pp.p = &p;
    pp.n = std::clamp(p.timeline.periods, Timeline::kMinPeriods, Timeline::kMaxPeriods);
    pp.perYear = periodsPerYear(p.timeline.length);
    for (const Party &party : p.parties)
        if (party.isPayer()) {
            pp.payerIds.push_back(party.id);
            pp.payerCap.push_back(party.cap ? nonNegative(*party.cap) : kNoCap);
            pp.anyPayerCap = pp.anyPayerCap || party.cap.has_value();
            pp.payerYearCap.push_back(party.yearCap ? nonNegative(*party.yearCap) : kNoCap);
            pp.anyYearCap = pp.anyYearCap || party.yearCap.has_value();
        }
    pp.yearCapCarry = p.caps.yearCapCarry;
    int maxLag = 0;
    for (const Metric &m : p.metrics) {
        PreparedMetric pm;
        pm.m = &m;
        pm.lag = std::clamp(m.rule.lag, 0, Timeline::kMaxPeriods);
        maxLag = std::max(maxLag, pm.lag);
        pm.payerWeights = payerWeights(pp, m.rule.payers);
        pm.plan.assign(idx(pp.n), 0.0);
        pm.cf.assign(idx(pp.n), 0.0);
        for (int t = 0; t < pp.n; ++t) {
            pm.plan[idx(t)] = finiteOr0(observed(m, t, Basis::Plan));
            pm.cf[idx(t)] =
                idx(t) < m.counterfactual.size() ? finiteOr0(m.counterfactual[idx(t)]) : 0.0;
        }
        if (!m.cohortOutcomes.empty())
            prepareCohorts(pp, pm, p.metrics.size());
        pm.tiers = m.rule.tiers;
        // Tiers on a for a lower-is-better metric: a level is reached when a <= level. Mirroring
        // (level → −level, a → −a) turns that into the ordinary "highest level reached".
        pm.mirrored =
            m.direction == Direction::LowerIsBetter && m.rule.tierBasis == TierBasis::Observed;
        if (pm.mirrored)
            for (Tier &tier : pm.tiers)
                tier.level = -tier.level;
        std::stable_sort(pm.tiers.begin(), pm.tiers.end(),
                         [](const Tier &a, const Tier &b) { return a.level < b.level; });
        pm.bands = m.rule.bands;
        std::stable_sort(
            pm.bands.begin(), pm.bands.end(),
            [](const VolumeBand &a, const VolumeBand &b) { return a.fromUnits < b.fromUnits; });
        pm.members = p.targetGroup.plannedSize;
        if (m.cohortId)
            for (const Cohort &c : p.targetGroup.cohorts)
                if (c.id == *m.cohortId)
                    pm.members = c.plannedSize;
        if (m.rule.capMoney)
            pm.capMoney = nonNegative(*m.rule.capMoney);
        if (m.rule.capUnits && std::isfinite(*m.rule.capUnits))
            pm.capUnits = std::max(0.0, *m.rule.capUnits);
        if (m.rule.type == RuleType::ShareOfSavings && m.rule.secondShare &&
            m.rule.secondShareWhen == SecondShareSwitch::InvestorsRepaid)
            pp.repaidSwitch = true;
        pp.metrics.push_back(std::move(pm));
    }
    pp.periods = pp.n + maxLag;
    // Caps per budget year: the calendar year of each due period's last day, where its payments
    // fall (DOMAIN.md §3), counted from the first period's.
    if (pp.anyYearCap) {
        pp.yearOf.assign(idx(pp.periods), 0);
        const int first = p.timeline.periodEnd(0).year;
        for (int t = 0; t < pp.periods; ++t)
            pp.yearOf[idx(t)] = std::max(0, p.timeline.periodEnd(t).year - first);
        pp.years = pp.yearOf.empty() ? 0 : pp.yearOf.back() + 1;
    }

    pp.cost.assign(idx(pp.n), 0);
    for (int t = 0; t < pp.n && idx(t) < p.deliveryCost.size(); ++t)
        pp.cost[idx(t)] = nonNegative(p.deliveryCost[idx(t)]);
    pp.costAfter.assign(idx(pp.periods), 0);
    Money after = 0;
    for (int t = pp.periods - 1; t >= 0; --t) {
        pp.costAfter[idx(t)] = after;
        if (t < pp.n) {
            try {
                after = madd(after, pp.cost[idx(t)]);
            } catch (const MoneyOverflow &) {
                overflowAt("project", -1, "deliveryCost", t);
            }
        }
    }

    // Price indexation: each period of achievement's factor (docs/engine.md "Price indexation").
    pp.index.resize(idx(pp.n));
    for (int t = 0; t < pp.n; ++t) {
        pp.index[idx(t)] = indexationFactor(p.indexation, p.timeline, t);
        pp.indexed = pp.indexed || pp.index[idx(t)] != 1.0;
    }

    for (const FixedFee &f : p.fixedFees) {
        PreparedFee pf;
        pf.payerWeights = payerWeights(pp, f.payers);
        pf.amount.assign(idx(pp.n), 0);
        const int first = std::max(0, f.firstPeriod);
        const int last = f.lastPeriod < 0 ? pp.n - 1 : std::min(f.lastPeriod, pp.n - 1);
        for (int t = first; t <= last; ++t) {
            Money a = 0;
            try {
                switch (f.kind) {
                case FixedFeeKind::PerPeriod: a = scaled(f.amount, pp.index[idx(t)]); break;
                case FixedFeeKind::ShareOfDeliveryCost:
                    a = money::times(pp.cost[idx(t)], finiteOr0(f.share));
                    break;
                case FixedFeeKind::PerParticipantStarted: {
                    std::int64_t started = 0;
                    for (const Cohort &c : p.targetGroup.cohorts)
                        if ((!f.cohortId || c.id == *f.cohortId) && idx(t) < c.intake.size())
                            started += std::max(0, c.intake[idx(t)]);
                    a = scaled(money::mul(f.amount, started), pp.index[idx(t)]);
                    break;
                }
                }
            } catch (const MoneyOverflow &) {
                overflowAt("fixedFee", f.id, "amount", t);
            }
            pf.amount[idx(t)] = nonNegative(a);
        }
        pp.fees.push_back(std::move(pf));
    }

    pp.metricOrder = orderById(p.metrics, [](const Metric &m) { return m.id; });
    pp.feeOrder = orderById(p.fixedFees, [](const FixedFee &f) { return f.id; });
    pp.investorOrder = orderById(p.investors, [](const Investor &i) { return i.id; });
    pp.payerOrder = orderById(pp.payerIds, [](int id) { return id; });
    if (p.caps.total)
        pp.totalCap = nonNegative(*p.caps.total);
    if (p.caps.perParticipant)
        pp.perParticipantCap = nonNegative(*p.caps.perParticipant);

    prepareTermination(pp);

    // The commissioner's view (commissioner.cpp): how long the savings run, and the discount
    // divisors, the same for every run of the project.
    int spread = 0;
    for (const Metric &m : p.metrics)
        for (const SavingsLine &s : m.savings)
            spread = std::max(spread, spreadPeriodsOf(s, pp.perYear));
    pp.savingsPeriods = std::max(pp.periods, pp.n + spread);
    const double rate = finiteOr0(p.valuation.discountRate);
    const double rp = std::pow(1 + rate, 1.0 / pp.perYear) - 1;
    pp.discount.resize(idx(pp.savingsPeriods));
    for (std::size_t t = 0; t < pp.discount.size(); ++t)
        pp.discount[t] = std::pow(1 + rp, static_cast<double>(t + 1));

    // The ledger: used only when it holds no national identity number (validate() reports those).
    const Ledger &ledger = *p.ledger;
    bool personal = false;
    for (const LedgerRow &row : ledger)
        if (containsNationalIdNumber(row.participant)) {
            personal = true;
            break;
        }
    if (!ledger.empty() && !personal && !p.metrics.empty()) {
        LedgerIndex &li = pp.ledger;
        li.usable = true;
        const std::size_t M = p.metrics.size();
        std::unordered_map<int, std::size_t> metricIndex;
        for (std::size_t m = 0; m < M; ++m)
            metricIndex.emplace(p.metrics[m].id, m);
        std::vector<std::size_t> key(ledger.size(), SIZE_MAX);
        std::vector<std::size_t> count(idx(pp.n) * M + 1, 0);
        for (std::size_t r = 0; r < ledger.size(); ++r) {
            const LedgerRow &row = ledger[r];
            auto it = metricIndex.find(row.metricId);
            if (it == metricIndex.end() || row.period < 0 || row.period >= pp.n ||
                !(row.units > 0) || !std::isfinite(row.units))
                continue;
            key[r] = idx(row.period) * M + it->second;
            ++count[key[r] + 1];
        }
        li.offset.assign(count.size(), 0);
        for (std::size_t k = 1; k < count.size(); ++k)
            li.offset[k] = li.offset[k - 1] + count[k];
        const std::size_t used = li.offset.back();
        li.participant.assign(used, 0);
        li.units.assign(used, 0);
        std::vector<std::size_t> fill(li.offset.begin(), li.offset.end() - 1);
        std::unordered_map<std::string, int> ids;
        ids.reserve(ledger.size());
        for (std::size_t r = 0; r < ledger.size(); ++r) {
            if (key[r] == SIZE_MAX)
                continue;
            auto [it, inserted] = ids.emplace(ledger[r].participant, static_cast<int>(ids.size()));
            const std::size_t at = fill[key[r]]++;
            li.participant[at] = it->second;
            li.units[at] = ledger[r].units;
        }
        li.participants = static_cast<int>(ids.size());
    }
    return pp;
}

} // namespace effekt::engine
