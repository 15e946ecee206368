// The contract engine (DOMAIN.md §4–§6, docs/engine.md): payments in the order of the caps, the
// special-purpose account and its waterfall, the investors' and the commissioner's figures and the
// KPIs. A pure function of the project; problems come back as diagnostics, never as exceptions.
#include "engine.h"
#include "exact.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <span>
#include <stdexcept>
#include <string>
#include <unordered_map>

#if defined(__GNUC__)
#define EFFEKT_ALWAYS_INLINE [[gnu::always_inline]]
#else
#define EFFEKT_ALWAYS_INLINE
#endif

namespace effekt {

double observedValue(const Metric &metric, int t, Basis basis) {
    if (t < 0)
        return 0.0;
    const auto i = static_cast<std::size_t>(t);
    const double plan = i < metric.plan.size() ? metric.plan[i] : 0.0;
    const std::optional<double> actual = i < metric.actual.size() ? metric.actual[i] : std::nullopt;
    switch (basis) {
    case Basis::Plan: return plan;
    case Basis::Actual: return actual.value_or(0.0);
    case Basis::Forecast: return actual.value_or(plan);
    }
    return plan;
}

namespace {

constexpr Money kNoCap = std::numeric_limits<Money>::max();

std::size_t idx(int i) {
    return static_cast<std::size_t>(i);
}

double finiteOr0(double v) {
    return std::isfinite(v) ? v : 0.0;
}

Money nonNegative(Money m) {
    return m < 0 ? 0 : m;
}

// money::times, without the long-double work for the common factors 0 and 1.
inline Money scaled(Money m, double f) {
    if (f == 1.0)
        return m;
    if (f == 0.0)
        return 0;
    return money::times(m, f);
}

// money::round (half away from zero, overflow → MoneyOverflow), inline and without the libm
// call: for |v| < 2^63 the truncation is exact, and so is v minus it (|v| < 2^53, or v is already
// a whole number and the difference is 0).
EFFEKT_ALWAYS_INLINE inline Money roundMoney(double v) {
    constexpr double kLimit = 9223372036854775808.0; // 2^63
    if (!(std::fabs(v) < kLimit))                    // not a number, infinite, or beyond 64 bits
        return money::round(v); // throws, or rounds at the very edge exactly as money::round
    const Money whole = static_cast<Money>(v); // towards zero
    const double frac = v - static_cast<double>(whole);
    return whole + (frac >= 0.5) - (frac <= -0.5); // without branches: the fraction is random
}

// Checked addition and subtraction as money::add / money::sub, inline for the hot loops: the
// throw sits in a cold function of its own, so the checks stay a single flag test.
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void overflowed() {
    throw MoneyOverflow();
}
inline Money madd(Money a, Money b) {
#if defined(__GNUC__)
    Money r;
    if (__builtin_add_overflow(a, b, &r))
        overflowed();
    return r;
#else
    constexpr Money kMax = std::numeric_limits<Money>::max(),
                    kMin = std::numeric_limits<Money>::min();
    if ((b > 0 && a > kMax - b) || (b < 0 && a < kMin - b))
        overflowed();
    return a + b;
#endif
}
inline Money msub(Money a, Money b) {
#if defined(__GNUC__)
    Money r;
    if (__builtin_sub_overflow(a, b, &r))
        overflowed();
    return r;
#else
    constexpr Money kMax = std::numeric_limits<Money>::max(),
                    kMin = std::numeric_limits<Money>::min();
    if ((b < 0 && a > kMax + b) || (b > 0 && a < kMin + b))
        overflowed();
    return a - b;
#endif
}

// ---- Prepared project: everything that does not depend on the basis ---------------------------

struct PreparedMetric {
    const Metric *m = nullptr;
    int lag = 0;
    std::vector<double> payerWeights; // aligned with payerIds
    std::vector<double> plan, cf;     // a(t) planned and b(t), finite (not a number → 0)
    std::vector<Tier> tiers;          // sorted by level (mirrored: by −level)
    bool mirrored = false;            // tiers on a of a lower-is-better metric
    std::vector<VolumeBand> bands;    // sorted by fromUnits
    double members = 0;               // cohort size, for per-member tiers
    Money capMoney = kNoCap;
    double capUnits = std::numeric_limits<double>::infinity();
};

struct PreparedFee {
    std::vector<Money> amount;        // per contract period
    std::vector<double> payerWeights; // aligned with payerIds
};

struct LedgerIndex {
    bool usable = false;
    int participants = 0;
    // Rows grouped by (period, metric), each group in ledger order: rows in [offset[k],
    // offset[k+1]) with k = t * metrics + m.
    std::vector<std::size_t> offset;
    std::vector<int> participant;
    std::vector<double> units;
};

struct Prepared {
    const Project *p = nullptr;
    int n = 0;       // contract periods
    int periods = 0; // contract periods + longest lag
    int perYear = 4;
    std::vector<int> payerIds;
    std::vector<Money> payerCap; // kNoCap when none
    bool anyPayerCap = false;
    std::vector<PreparedMetric> metrics;
    std::vector<PreparedFee> fees;
    std::vector<Money> cost;      // per contract period, >= 0
    std::vector<Money> costAfter; // sum of cost over periods after t (t < periods)
    LedgerIndex ledger;
    Money totalCap = kNoCap;
    Money perParticipantCap = kNoCap;
    // Indices sorted by id: largest-remainder ties go to the lower id, so results do not depend on
    // the order in which metrics, payers, fees or investors are listed.
    std::vector<std::size_t> metricOrder, payerOrder, feeOrder, investorOrder;
};

template <typename T, typename Id>
std::vector<std::size_t> orderById(const std::vector<T> &items, Id id) {
    std::vector<std::size_t> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return id(items[a]) < id(items[b]); });
    return order;
}

// Largest-remainder split exactly as money::split (floor of each exact share, the remainder one
// øre at a time to the largest fractional remainders), with ties going to the earlier in `order`
// (indices into `weights`; empty = list order). Writes into `out`; `rem` is scratch, so the hot
// loops do not allocate.
void splitInto(Money total, std::span<const double> weights, std::span<const std::size_t> order,
               std::vector<Money> &out, std::vector<long double> &rem) {
    const std::size_t n = weights.size();
    out.assign(n, 0);
    if (total == 0 || n == 0)
        return;
    if (n == 1 && weights[0] > 0 && std::isfinite(weights[0])) {
        out[0] = total;
        return;
    }
    long double sum = 0;
    for (double w : weights) {
        if (!(w >= 0) || !std::isfinite(w))
            throw std::invalid_argument("split: weights must be finite and >= 0");
        sum += w;
    }
    if (!(sum > 0))
        throw std::invalid_argument("split: weights sum to zero");
    if (total == std::numeric_limits<Money>::min())
        throw MoneyOverflow();
    const bool negative = total < 0;
    const Money whole = negative ? -total : total;
    rem.assign(n, 0);
    Money handed = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const long double exact = static_cast<long double>(whole) * weights[i] / sum;
        const Money fl = static_cast<Money>(exact); // exact >= 0: truncation is the floor
        out[i] = fl;
        rem[i] = exact - static_cast<long double>(fl);
        handed += out[i];
    }
    Money left = whole - handed;
    while (left > 0) {
        std::size_t best = n;
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t i = order.size() == n ? order[k] : k;
            if (weights[i] > 0 && rem[i] >= 0 && (best == n || rem[i] > rem[best]))
                best = i;
        }
        if (best == n) { // every part served once (cannot happen: the remainders sum to `left`)
            for (std::size_t i = 0; i < n; ++i)
                rem[i] = 0;
            continue;
        }
        ++out[best];
        rem[best] = -1;
        --left;
    }
    if (negative)
        for (Money &m : out)
            m = -m;
}

// The same rule for the payer split in the hot loop: `share` holds the weights normalised to sum
// to 1 (prepare() checks them), `order` the payers by id. No validation, no allocation. Below 2^53
// øre each share's product is exact (p + e): its floor and its remainder come from that without
// the x87's long double; above, long double as in splitInto.
void splitShares(Money total, const std::vector<double> &share,
                 const std::vector<std::size_t> &order, std::vector<Money> &out,
                 std::vector<double> &rem) {
    const std::size_t n = share.size();
    out.resize(n);
    rem.resize(n);
    const bool negative = total < 0;
    if (total == std::numeric_limits<Money>::min())
        throw MoneyOverflow();
    const Money whole = negative ? -total : total;
    Money handed = 0;
    if (whole < (Money{1} << 53)) {
        const double w = static_cast<double>(whole); // exact
        for (std::size_t i = 0; i < n; ++i) {
            double p, e;
            exact::twoProduct(w, share[i], p, e); // whole · share = p + e exactly, p >= 0
            Money fl = static_cast<Money>(p);
            if (static_cast<double>(fl) == p && e < 0)
                --fl; // p a whole number, the product just below it
            out[i] = fl;
            rem[i] = share[i] > 0 ? (p - static_cast<double>(fl)) + e : -2;
            handed += fl;
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            const long double exact = static_cast<long double>(whole) * share[i];
            const Money fl = static_cast<Money>(exact); // exact >= 0: truncation is the floor
            out[i] = fl;
            rem[i] = share[i] > 0 ? static_cast<double>(exact - static_cast<long double>(fl)) : -2;
            handed += fl;
        }
    }
    for (Money left = whole - handed; left > 0; --left) {
        std::size_t best = n;
        for (std::size_t i : order)
            if (rem[i] > -1 && (best == n || rem[i] > rem[best]))
                best = i;
        if (best == n)
            break; // cannot happen: the remainders sum to `left`
        ++out[best];
        rem[best] = -1.5;
    }
    if (negative)
        for (Money &m : out)
            m = -m;
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
        }
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
            pm.plan[idx(t)] = finiteOr0(observedValue(m, t, Basis::Plan));
            pm.cf[idx(t)] =
                idx(t) < m.counterfactual.size() ? finiteOr0(m.counterfactual[idx(t)]) : 0.0;
        }
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
        pp.metrics.push_back(std::move(pm));
    }
    pp.periods = pp.n + maxLag;

    pp.cost.assign(idx(pp.n), 0);
    for (int t = 0; t < pp.n && idx(t) < p.deliveryCost.size(); ++t)
        pp.cost[idx(t)] = nonNegative(p.deliveryCost[idx(t)]);
    pp.costAfter.assign(idx(pp.periods), 0);
    Money after = 0;
    for (int t = pp.periods - 1; t >= 0; --t) {
        pp.costAfter[idx(t)] = after;
        if (t < pp.n)
            after = madd(after, pp.cost[idx(t)]);
    }

    for (const FixedFee &f : p.fixedFees) {
        PreparedFee pf;
        pf.payerWeights = payerWeights(pp, f.payers);
        pf.amount.assign(idx(pp.n), 0);
        const int first = std::max(0, f.firstPeriod);
        const int last = f.lastPeriod < 0 ? pp.n - 1 : std::min(f.lastPeriod, pp.n - 1);
        for (int t = first; t <= last; ++t) {
            Money a = 0;
            switch (f.kind) {
            case FixedFeeKind::PerPeriod: a = f.amount; break;
            case FixedFeeKind::ShareOfDeliveryCost:
                a = money::times(pp.cost[idx(t)], finiteOr0(f.share));
                break;
            case FixedFeeKind::PerParticipantStarted: {
                std::int64_t started = 0;
                for (const Cohort &c : p.targetGroup.cohorts)
                    if ((!f.cohortId || c.id == *f.cohortId) && idx(t) < c.intake.size())
                        started += std::max(0, c.intake[idx(t)]);
                a = money::mul(f.amount, started);
                break;
            }
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

    // The ledger: used only when it holds no national identity number (validate() reports those).
    const Ledger &ledger = *p.ledger;
    bool personal = false;
    for (const LedgerRow &row : ledger)
        if (isNationalIdNumber(row.participant)) {
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

// ---- Step 1: gross payments ---------------------------------------------------------------------

// Price of `units` units starting after `from` units already paid, through the volume bands.
double bandValue(const PreparedMetric &pm, double from, double units) {
    const Money basePrice = pm.m->rule.price;
    if (pm.bands.empty())
        return static_cast<double>(basePrice) * units;
    double value = 0;
    const double to = from + units;
    for (std::size_t k = 0; k < pm.bands.size(); ++k) {
        const double lo = k == 0 ? 0.0 : pm.bands[k].fromUnits;
        const double hi = k + 1 < pm.bands.size() ? pm.bands[k + 1].fromUnits
                                                  : std::numeric_limits<double>::infinity();
        const double a = std::max(lo, from), b = std::min(hi, to);
        if (b > a)
            value += static_cast<double>(pm.bands[k].price) * (b - a);
    }
    return value;
}

EFFEKT_ALWAYS_INLINE inline double tierAmount(const PreparedMetric &pm, double v) {
    const auto &tiers = pm.tiers;
    if (tiers.empty() || v < tiers.front().level)
        return 0;
    double amount = static_cast<double>(tiers.back().amount);
    for (std::size_t k = 0; k + 1 < tiers.size(); ++k) {
        if (v < tiers[k + 1].level) {
            amount = static_cast<double>(tiers[k].amount);
            if (pm.m->rule.tierMode == TierMode::Interpolate) {
                const double span = tiers[k + 1].level - tiers[k].level;
                if (span > 0)
                    amount += (static_cast<double>(tiers[k + 1].amount) -
                               static_cast<double>(tiers[k].amount)) *
                              (v - tiers[k].level) / span;
            }
            break;
        }
    }
    if (pm.m->rule.tierAmountBasis == TierAmountBasis::PerCohortMember)
        amount *= pm.members;
    return amount;
}

// Share of savings on `units` kroner, given what this metric has already been paid.
double savingsShareValue(const PaymentRule &rule, Money paidBefore, double units) {
    const double full = units * static_cast<double>(money::kMinorPerMajor);
    const double first = finiteOr0(rule.share);
    if (!rule.secondShare)
        return first * full;
    const double second = finiteOr0(*rule.secondShare);
    const double room = std::max(0.0, static_cast<double>(rule.secondShareAfter - paidBefore));
    if (first * full <= room)
        return first * full;
    if (first <= 0)
        return 0;
    return room + second * (full - room / first);
}

// ---- Payments run: steps 1–6 --------------------------------------------------------------------

struct MetricState {
    double paidUnits = 0;  // cumulative, after the unit cap (volume bands count these)
    Money afterMetric = 0; // cumulative, after the metric caps
    Money earned = 0;      // cumulative, after the total cap
    bool milestoneDone = false;
};

// Step 1 for one metric in one period: the improvement, the units paid after the unit cap, the
// rule's gross payment and the same limited to the units paid.
struct RuleValue {
    double u = 0, paidUnits = 0;
    Money gross = 0, unitCapped = 0;
};

// The rule's type is a template argument so that the loop over one metric's periods (the
// break-even search runs it thousands of times) has no dispatch inside.
template <RuleType Type>
EFFEKT_ALWAYS_INLINE inline RuleValue ruleValueOf(const PreparedMetric &pm, MetricState &st,
                                                  double a, double b) {
    const Metric &metric = *pm.m;
    const PaymentRule &rule = metric.rule;
    RuleValue v;
    const double u =
        metric.direction == Direction::HigherIsBetter ? std::max(0.0, a - b) : std::max(0.0, b - a);
    v.u = u;
    const double roomUnits = std::max(0.0, pm.capUnits - st.paidUnits);
    double grossValue = 0, unitCapValue = 0;
    if constexpr (Type == RuleType::PerUnit) {
        double eligible = u; // units the rule pays for
        if (rule.thresholdBasis == ThresholdBasis::Units && u < rule.threshold)
            eligible = 0;
        if (rule.thresholdBasis == ThresholdBasis::Relative &&
            (b == 0 || u / std::fabs(b) < rule.threshold))
            eligible = 0;
        v.paidUnits = std::min(eligible, roomUnits);
        grossValue = pm.bands.empty() ? static_cast<double>(rule.price) * eligible
                                      : bandValue(pm, st.paidUnits, eligible);
        unitCapValue = v.paidUnits == eligible ? grossValue // the unit cap does not bind
                                               : bandValue(pm, st.paidUnits, v.paidUnits);
    } else if constexpr (Type == RuleType::Tiered) {
        double x = pm.mirrored ? -a : a;
        bool defined = true;
        if (rule.tierBasis == TierBasis::Relative) {
            defined = b != 0;
            x = defined ? u / std::fabs(b) : 0;
        }
        grossValue = defined ? tierAmount(pm, x) : 0;
        v.paidUnits = std::min(u, roomUnits);
        // (paidUnits == u: the unit cap does not bind, and u / u is exactly 1)
        unitCapValue = u > 0 && v.paidUnits != u ? grossValue * (v.paidUnits / u) : grossValue;
    } else if constexpr (Type == RuleType::ShareOfSavings) {
        v.paidUnits = std::min(u, roomUnits);
        grossValue = savingsShareValue(rule, st.earned, u);
        unitCapValue =
            v.paidUnits == u ? grossValue : savingsShareValue(rule, st.earned, v.paidUnits);
    } else {
        if (!st.milestoneDone && a >= 1) {
            grossValue = static_cast<double>(rule.milestoneAmount);
            st.milestoneDone = true;
        }
        v.paidUnits = std::min(u, roomUnits);
        unitCapValue = grossValue;
    }
    v.gross = std::max<Money>(0, roundMoney(grossValue));
    v.unitCapped = unitCapValue == grossValue
                       ? v.gross
                       : std::min(v.gross, std::max<Money>(0, roundMoney(unitCapValue)));
    return v;
}

EFFEKT_ALWAYS_INLINE inline RuleValue ruleValue(const PreparedMetric &pm, MetricState &st, double a,
                                                double b) {
    switch (pm.m->rule.type) {
    case RuleType::PerUnit: return ruleValueOf<RuleType::PerUnit>(pm, st, a, b);
    case RuleType::Tiered: return ruleValueOf<RuleType::Tiered>(pm, st, a, b);
    case RuleType::ShareOfSavings: return ruleValueOf<RuleType::ShareOfSavings>(pm, st, a, b);
    case RuleType::Milestone: break;
    }
    return ruleValueOf<RuleType::Milestone>(pm, st, a, b);
}

// Step 3: the per-metric caps on units, then on money. Returns the payment after them.
EFFEKT_ALWAYS_INLINE inline Money metricCaps(const PreparedMetric &pm, MetricState &st,
                                             Money afterParticipant, const RuleValue &v) {
    Money capped = std::min(afterParticipant, v.unitCapped);
    if (pm.capMoney != kNoCap)
        capped = std::min(capped, nonNegative(msub(pm.capMoney, st.afterMetric)));
    st.paidUnits += v.paidUnits;
    st.afterMetric = madd(st.afterMetric, capped);
    return capped;
}

// a(t) of a metric on a basis, or on the plan with the improvement scaled by `factor`.
inline double observedOn(const PreparedMetric &pm, int t, Basis basis,
                         std::optional<double> factor) {
    const double b = pm.cf[idx(t)];
    return factor                 ? b + *factor * (pm.plan[idx(t)] - b)
           : basis == Basis::Plan ? pm.plan[idx(t)]
                                  : finiteOr0(observedValue(*pm.m, t, basis));
}

// Steps 1 and 3 for one metric over all periods, with no ledger (so no step 2), counting the
// payments after the metric caps as earned (see runPayments). Writes period t's payment to
// cells[t * stride].
//
// Once a metric can pay nothing more, its remaining cells stay 0 (the caller zeroes them): when
// its money cap is used up, a per-unit or share-of-savings rule's unit cap is used up (no units
// left to pay for), or a milestone has been reached.
// A quick run's bound on what capped payers would pay: the amounts a source (a metric or a fee)
// splits and how many splits; `valid` turns false when the sum would pass what Money holds.
inline void bookBound(Money amount, Money &sum, std::int64_t &splits, bool &valid) {
    if (amount > kNoCap - sum)
        valid = false; // no bound: the exact run decides
    else
        sum += amount;
    ++splits;
}

// Where a quick run books a metric's payments as they are computed (steps 5 and 6 of a quick run,
// valid for as long as the total cap does not bind; see runPayments).
struct StreamBook {
    Money *periodSum = nullptr;     // per period, over all metrics
    Money *due = nullptr;           // the outcome payments due, shifted by the metric's lag
    Money *bound = nullptr;         // the payer-cap bound's sum for the metric, or none
    std::int64_t *splits = nullptr; // and the number of splits it counts
    bool *valid = nullptr;          // false when the bound cannot be kept
};

template <RuleType Type>
void metricStream(const PreparedMetric &pm, int n, Basis basis, std::optional<double> factor,
                  Money *cells, std::size_t stride, const StreamBook *book) {
    MetricState st;
    constexpr bool unitsBound = Type == RuleType::PerUnit || Type == RuleType::ShareOfSavings;
    for (int t = 0; t < n; ++t, cells += stride) {
        if ((pm.capMoney != kNoCap && st.afterMetric >= pm.capMoney) ||
            (unitsBound && st.paidUnits >= pm.capUnits) ||
            (Type == RuleType::Milestone && st.milestoneDone))
            break;
        const RuleValue v =
            ruleValueOf<Type>(pm, st, observedOn(pm, t, basis, factor), pm.cf[idx(t)]);
        const Money c = metricCaps(pm, st, v.gross, v);
        *cells = c;
        st.earned = st.afterMetric;
        if (book && c != 0) {
            book->periodSum[t] = madd(book->periodSum[t], c);
            book->due[t] = madd(book->due[t], c);
            if (book->bound)
                bookBound(c, *book->bound, *book->splits, *book->valid);
        }
    }
}

struct PaymentRun {
    std::vector<Money> outcomeDue, fixedDue, totalDue;
    std::vector<std::vector<Money>> payerDue; // [payer][t]
    std::vector<std::vector<Money>> feeDue;   // [fee][t]
    Money largestGrossTotal = 0;              // largest single-period sum of gross payments
    std::vector<Money> largestGross;          // per metric
    // Scratch, kept between runs so that repeated runs (the break-even search) do not allocate.
    std::vector<MetricState> state;
    std::vector<Money> capped;    // [t * metrics + m]: step 3's result
    std::vector<Money> periodSum; // quick runs: step 3's result per period
    std::vector<Money> payerCum, participantCum, share, feeNow, earned, parts;
    std::vector<std::vector<char>> seen;
    std::vector<double> weights, payerUpper;
    // Quick runs: per split source (metrics, then fees) the amounts split and how many splits.
    std::vector<Money> quickAmount;
    std::vector<std::int64_t> quickSplits;
    std::vector<long double> rem;
    std::vector<double> shareRem;
};

template <typename T>
void zero(std::vector<std::vector<T>> &v, std::size_t rows, std::size_t cols) {
    v.resize(rows);
    for (auto &row : v)
        row.assign(cols, T{});
}

// Steps 1–6 for every period. With `quick` (no detail), the payer split is skipped and only an
// upper bound on what each capped payer would pay is kept (each exact part is at most its real
// share plus one øre); when a bound reaches its cap the run is not valid (returns false) and must
// be repeated without `quick`. Otherwise the totals are exactly those of the full run; payerDue
// and feeDue are not filled.
//
// Steps 1–3 of a period never depend on steps 4–6 except through a share-of-savings rule's second
// share, which counts the payments earned after the total cap. Until the total cap binds those
// equal the payments after the metric caps; from the period after it binds nothing more is
// earned, whatever steps 1–3 give. So a run that reports no detail and uses no ledger (which
// links the metrics of a period through the per-participant caps) takes steps 1–3 one metric at a
// time over all periods, counting the payments after the metric caps as earned, and the earned
// payments come out exactly the same; only the detail would differ after the cap binds.
bool runPayments(const Prepared &pp, Basis basis, std::optional<double> factor, Results *detail,
                 PaymentRun &out, bool quick = false) {
    const Project &p = *pp.p;
    const int n = pp.n;
    const std::size_t M = pp.metrics.size();
    const std::size_t P = pp.payerIds.size();
    const auto len = idx(pp.periods);
    out.outcomeDue.assign(len, 0);
    out.fixedDue.assign(len, 0);
    out.totalDue.assign(len, 0);
    if (!quick) { // a quick run leaves the per-payer and per-fee rows as they were
        zero(out.payerDue, P, len);
        zero(out.feeDue, pp.fees.size(), len);
    }
    out.largestGross.assign(detail ? M : 0, 0);
    out.largestGrossTotal = 0;
    // The ledger records what happened to real participants: it caps reported results (actual and
    // forecast bases), not the plan or a scaled plan.
    const bool useLedger = pp.ledger.usable && basis != Basis::Plan && !factor;
    const bool byMetric = !detail && !useLedger;

    // Only what this kind of run uses is reset.
    auto &state = out.state;
    if (!byMetric)
        state.assign(M, MetricState{});
    auto &payerCum = out.payerCum;
    if (!quick)
        payerCum.assign(P, 0);
    Money totalCum = 0;
    auto &participantCum = out.participantCum;
    auto &seen = out.seen;
    if (useLedger) {
        participantCum.assign(idx(pp.ledger.participants), 0);
        seen.resize(M);
        for (auto &s : seen)
            s.clear();
    }

    auto &weights = out.weights;
    if (detail) {
        detail->metric.assign(M, std::vector<MetricPeriod>(idx(n)));
        detail->metricByPayer.assign(M * idx(n) * P, 0);
    }
    auto &capped = out.capped;
    capped.assign(idx(n) * M, 0);
    auto &share = out.share;
    auto &feeNow = out.feeNow;
    feeNow.resize(pp.fees.size());
    auto &earned = out.earned; // step 4's split, when the total cap binds
    auto &parts = out.parts;
    auto &rem = out.rem;
    auto &upper = out.payerUpper;
    const bool bound = quick && pp.anyPayerCap && P > 0;
    out.quickAmount.assign(bound ? M + pp.fees.size() : 0, 0);
    out.quickSplits.assign(bound ? M + pp.fees.size() : 0, 0);
    bool quickValid = true;

    // A quick run without the ledger books steps 5 and 6 as the streams go, until the total cap
    // binds (then `unbook` takes back what was booked from that period on).
    bool booked = quick && byMetric;
    auto &periodSum = out.periodSum;
    if (booked)
        periodSum.assign(idx(n), 0);
    if (byMetric)
        for (std::size_t m = 0; m < M; ++m) {
            const PreparedMetric &pm = pp.metrics[m];
            Money *cells = capped.data() + m;
            StreamBook book;
            if (booked) {
                book.periodSum = periodSum.data();
                book.due = out.outcomeDue.data() + pm.lag;
                if (bound) {
                    book.bound = &out.quickAmount[m];
                    book.splits = &out.quickSplits[m];
                    book.valid = &quickValid;
                }
            }
            const StreamBook *b = booked ? &book : nullptr;
            switch (pm.m->rule.type) {
            case RuleType::PerUnit:
                metricStream<RuleType::PerUnit>(pm, n, basis, factor, cells, M, b);
                break;
            case RuleType::Tiered:
                metricStream<RuleType::Tiered>(pm, n, basis, factor, cells, M, b);
                break;
            case RuleType::ShareOfSavings:
                metricStream<RuleType::ShareOfSavings>(pm, n, basis, factor, cells, M, b);
                break;
            case RuleType::Milestone:
                metricStream<RuleType::Milestone>(pm, n, basis, factor, cells, M, b);
                break;
            }
        }
    auto unbook = [&](int from) {
        for (int t = from; t < n; ++t)
            for (std::size_t m = 0; m < M; ++m) {
                const Money c = capped[idx(t) * M + m];
                if (c == 0)
                    continue;
                Money &due = out.outcomeDue[idx(t + pp.metrics[m].lag)];
                due = msub(due, c);
                if (bound) {
                    out.quickAmount[m] -= c;
                    --out.quickSplits[m];
                }
            }
        booked = false;
    };

    // A quick run's account of a split it skips (`source` indexes quickAmount: metric m, or
    // M + fee f): only capped payers need the bound.
    auto quickBook = [&](Money amount, std::size_t source) {
        if (pp.anyPayerCap)
            bookBound(amount, out.quickAmount[source], out.quickSplits[source], quickValid);
    };
    auto payerSplit = [&](Money amount, const std::vector<double> &w, std::size_t source, int due,
                          Money *sink, Money *byPayer) -> Money {
        // Splits `amount` over the payers, applies their caps, books what is paid on `due`.
        if (P == 0) {
            if (sink)
                *sink = madd(*sink, amount);
            return amount;
        }
        if (amount == 0)
            return 0; // byPayer is already 0
        if (quick) {
            quickBook(amount, source);
            if (sink)
                *sink = madd(*sink, amount);
            return amount;
        }
        splitShares(amount, w, pp.payerOrder, share, out.shareRem);
        Money paid = 0;
        for (std::size_t k = 0; k < P; ++k) {
            Money part = share[k];
            if (pp.payerCap[k] != kNoCap) {
                const Money room = nonNegative(msub(pp.payerCap[k], payerCum[k]));
                part = std::min(part, room);
            }
            payerCum[k] = madd(payerCum[k], part);
            out.payerDue[k][idx(due)] = madd(out.payerDue[k][idx(due)], part);
            paid = madd(paid, part);
            share[k] = part;
        }
        if (sink)
            *sink = madd(*sink, paid);
        if (byPayer)
            std::copy(share.begin(), share.end(), byPayer);
        return paid;
    };

    for (int t = 0; t < n; ++t) {
        Money *row = capped.data() + idx(t) * M; // step 3's payments of period t
        if (!byMetric) {
            Money grossSum = 0;
            for (std::size_t m = 0; m < M; ++m) {
                const PreparedMetric &pm = pp.metrics[m];
                MetricState &st = state[m];
                const double b = pm.cf[idx(t)];
                const double a = observedOn(pm, t, basis, factor);
                const RuleValue v = ruleValue(pm, st, a, b);
                if (detail) {
                    out.largestGross[m] = std::max(out.largestGross[m], v.gross);
                    grossSum = madd(grossSum, v.gross);
                }

                // Step 2: per-participant caps and once-per-participant metrics.
                Money afterParticipant = v.gross;
                if (useLedger && v.gross > 0 &&
                    (pp.perParticipantCap != kNoCap || pm.m->rule.oncePerParticipant)) {
                    const bool once = pm.m->rule.oncePerParticipant;
                    const std::size_t k = idx(t) * M + m;
                    const std::size_t b0 = pp.ledger.offset[k], b1 = pp.ledger.offset[k + 1];
                    if (b1 > b0) {
                        weights.assign(pp.ledger.units.begin() + static_cast<std::ptrdiff_t>(b0),
                                       pp.ledger.units.begin() + static_cast<std::ptrdiff_t>(b1));
                        double attributed = 0;
                        for (double w : weights)
                            attributed += w;
                        weights.push_back(std::max(0.0, v.u - attributed)); // units with no row
                        splitInto(v.gross, weights, {}, parts, rem);
                        if (once && seen[m].empty())
                            seen[m].assign(idx(pp.ledger.participants), 0);
                        for (std::size_t r = b0; r < b1; ++r) {
                            const int who = pp.ledger.participant[r];
                            Money amount = parts[r - b0];
                            if (once) {
                                if (seen[m][idx(who)])
                                    amount = 0;
                                seen[m][idx(who)] = 1;
                            }
                            if (pp.perParticipantCap != kNoCap) {
                                const Money room = nonNegative(
                                    msub(pp.perParticipantCap, participantCum[idx(who)]));
                                amount = std::min(amount, room);
                                participantCum[idx(who)] = madd(participantCum[idx(who)], amount);
                            }
                            afterParticipant = msub(afterParticipant, msub(parts[r - b0], amount));
                        }
                    }
                }

                row[m] = metricCaps(pm, st, afterParticipant, v);
                if (detail) {
                    MetricPeriod &mp = detail->metric[m][idx(t)];
                    mp.observed = a;
                    mp.counterfactual = b;
                    mp.units = v.u;
                    mp.paidUnits = v.paidUnits;
                    mp.gross = v.gross;
                    mp.afterParticipantCap = afterParticipant;
                    mp.afterMetricCap = row[m];
                    mp.duePeriod = t + pm.lag;
                }
            }
            out.largestGrossTotal = std::max(out.largestGrossTotal, grossSum);
        }

        // Fixed fees of period t: inside the total cap they take its room first.
        Money feeSum = 0;
        for (std::size_t f = 0; f < pp.fees.size(); ++f) {
            feeNow[f] = pp.fees[f].amount[idx(t)];
            feeSum = madd(feeSum, feeNow[f]);
        }
        if (p.caps.fixedFeesInsideTotal && pp.totalCap != kNoCap && feeSum > 0) {
            const Money room = nonNegative(msub(pp.totalCap, totalCum));
            if (feeSum > room) {
                weights.assign(feeNow.begin(), feeNow.end());
                splitInto(room, weights, pp.feeOrder, feeNow, rem);
                feeSum = room;
            }
        }
        if (p.caps.fixedFeesInsideTotal)
            totalCum = madd(totalCum, feeSum);
        for (std::size_t f = 0; f < pp.fees.size(); ++f) {
            if (feeNow[f] == 0)
                continue;
            // Fixed fees count towards the payer caps only when they count towards the total cap.
            Money paid;
            if (p.caps.fixedFeesInsideTotal || !pp.anyPayerCap) {
                paid = payerSplit(feeNow[f], pp.fees[f].payerWeights, M + f, t, nullptr, nullptr);
            } else {
                if (!quick && P > 0) {
                    splitShares(feeNow[f], pp.fees[f].payerWeights, pp.payerOrder, share,
                                out.shareRem);
                    for (std::size_t k = 0; k < P; ++k)
                        out.payerDue[k][idx(t)] = madd(out.payerDue[k][idx(t)], share[k]);
                }
                paid = feeNow[f];
            }
            if (!quick)
                out.feeDue[f][idx(t)] = madd(out.feeDue[f][idx(t)], paid);
            out.fixedDue[idx(t)] = madd(out.fixedDue[idx(t)], paid);
        }

        // Step 4: the contract's total cap, pro rata over the metrics of the period where it binds.
        Money metricSum = 0;
        if (booked)
            metricSum = periodSum[idx(t)];
        else
            for (std::size_t m = 0; m < M; ++m)
                metricSum = madd(metricSum, row[m]);
        const Money *paid = row; // what each metric earns in period t
        if (pp.totalCap != kNoCap) {
            const Money room = nonNegative(msub(pp.totalCap, totalCum));
            if (metricSum > room) {
                if (booked)
                    unbook(t);
                weights.assign(row, row + M);
                splitInto(room, weights, pp.metricOrder, earned, rem);
                paid = earned.data();
                metricSum = room;
            }
        }
        totalCum = madd(totalCum, metricSum);
        if (booked)
            continue; // steps 5 and 6 are booked

        // Steps 5 and 6: payer split and payer caps; due lag periods later.
        for (std::size_t m = 0; m < M; ++m) {
            const PreparedMetric &pm = pp.metrics[m];
            const Money e = paid[m];
            if (!byMetric)
                state[m].earned = madd(state[m].earned, e);
            Money &due = out.outcomeDue[idx(t + pm.lag)];
            if (quick) { // payerSplit's quick run, without the call
                if (e != 0) {
                    if (P > 0)
                        quickBook(e, m);
                    due = madd(due, e);
                }
                continue;
            }
            MetricPeriod *mp = detail ? &detail->metric[m][idx(t)] : nullptr;
            payerSplit(e, pm.payerWeights, m, t + pm.lag, &due,
                       mp ? detail->metricByPayer.data() + (m * idx(n) + idx(t)) * P : nullptr);
            if (mp)
                mp->afterTotalCap = e;
        }
    }
    for (std::size_t t = 0; t < len; ++t)
        out.totalDue[t] = madd(out.outcomeDue[t], out.fixedDue[t]);
    if (quick && !quickValid)
        return false;
    if (quick && pp.anyPayerCap) {
        // Each exact part is at most amount · w + 1 øre, so a capped payer pays at most the sum of
        // those over the splits; one øre more covers the rounding of the double sum.
        upper.assign(P, 1.0);
        for (std::size_t s = 0; s < out.quickAmount.size(); ++s) {
            const std::vector<double> &w =
                s < M ? pp.metrics[s].payerWeights : pp.fees[s - M].payerWeights;
            for (std::size_t k = 0; k < P; ++k)
                if (pp.payerCap[k] != kNoCap && w[k] > 0)
                    upper[k] += static_cast<double>(out.quickAmount[s]) * w[k] +
                                static_cast<double>(out.quickSplits[s]);
        }
        for (std::size_t k = 0; k < P; ++k)
            if (pp.payerCap[k] != kNoCap && upper[k] >= static_cast<double>(pp.payerCap[k]))
                return false;
    }
    return true;
}

// ---- The special-purpose account and the waterfall (§5) -----------------------------------------

struct InvestorState {
    Money commitment = 0;
    Money drawn = 0;
    Money outstanding = 0; // principal drawn and not repaid
    Money accrued = 0;     // coupon accrued and not paid
    Money distributed = 0;
    Money returnRoomCap = kNoCap; // recomputed from drawn
};

struct AccountRun {
    std::vector<Money> draws, distributions, incentive, kept, reserve, gap;
    std::vector<std::vector<Money>> investorDraws, investorDist; // [investor][t]
    std::vector<Money> guarantee;                                // per investor
    std::vector<InvestorState> inv;
    Money totalDrawn = 0, totalDistributed = 0, totalGap = 0;
    int firstGap = -1;
    // Scratch, kept between runs.
    std::vector<double> commitW, w, fillW;
    std::vector<Money> room, given, paid, parts;
    std::vector<char> active;
    std::vector<long double> rem;
};

// Splits `amount` pro rata to `weights`, no part above its `room` (an investor that reaches its
// room drops out and the others share the rest); what cannot be placed is returned. Uses the
// scratch of `a`.
Money waterFill(Money amount, const std::vector<double> &weights, const std::vector<Money> &room,
                std::vector<Money> &given, const std::vector<std::size_t> &order, AccountRun &a) {
    const std::size_t n = weights.size();
    if (n == 1) { // one investor: the whole amount up to its room (what the loop below gives)
        given.assign(1, 0);
        if (amount > 0 && weights[0] > 0 && room[0] > 0)
            given[0] = std::min(amount, room[0]);
        return amount - given[0];
    }
    given.assign(n, 0);
    a.active.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        a.active[i] = weights[i] > 0 && room[i] > 0;
    while (amount > 0) {
        a.fillW.assign(n, 0.0);
        bool any = false;
        for (std::size_t i = 0; i < n; ++i)
            if (a.active[i]) {
                a.fillW[i] = weights[i];
                any = true;
            }
        if (!any)
            break;
        splitInto(amount, a.fillW, order, a.parts, a.rem);
        bool clipped = false;
        for (std::size_t i = 0; i < n; ++i)
            if (a.active[i] && a.parts[i] >= room[i] - given[i]) {
                clipped = true;
                const Money take = room[i] - given[i];
                given[i] += take;
                amount -= take;
                a.active[i] = 0;
            }
        if (!clipped) {
            for (std::size_t i = 0; i < n; ++i)
                given[i] += a.parts[i];
            amount = 0;
        }
    }
    return amount;
}

// Without `detail` only the totals are kept (drawn, distributed, the gap), not the rows per period
// and investor nor the guarantees.
void runAccount(const Prepared &pp, const std::vector<Money> &paymentsIn, AccountRun &a,
                bool detail) {
    const Project &p = *pp.p;
    const std::size_t len = idx(pp.periods);
    const std::size_t I = p.investors.size();
    if (detail) {
        a.draws.assign(len, 0);
        a.distributions.assign(len, 0);
        a.incentive.assign(len, 0);
        a.kept.assign(len, 0);
        a.reserve.assign(len, 0);
        a.gap.assign(len, 0);
        a.investorDraws.assign(I, std::vector<Money>(len, 0));
        a.investorDist.assign(I, std::vector<Money>(len, 0));
        a.guarantee.assign(I, 0);
    }
    a.inv.assign(I, InvestorState{});
    a.totalDrawn = a.totalDistributed = a.totalGap = 0;
    a.firstGap = -1;
    auto &commitW = a.commitW;
    commitW.assign(I, 0.0);
    for (std::size_t i = 0; i < I; ++i) {
        a.inv[i].commitment = nonNegative(p.investors[i].commitment);
        commitW[i] = static_cast<double>(a.inv[i].commitment);
    }
    const double reserveShare = std::clamp(finiteOr0(p.financing.reserveShare), 0.0, 1.0);
    const double incentiveShare =
        std::clamp(finiteOr0(p.financing.providerIncentiveShare), 0.0, 1.0);

    auto &room = a.room;
    auto &given = a.given;
    auto &w = a.w;
    room.assign(I, 0);
    given.assign(I, 0);
    w.assign(I, 0.0);
    Money balance = 0;
    for (std::size_t t = 0; t < len; ++t) {
        // Coupon accrues on the principal outstanding during the period (simple: annual / periods).
        for (std::size_t i = 0; i < I; ++i) {
            const double c = finiteOr0(p.investors[i].coupon);
            if (c != 0 && a.inv[i].outstanding > 0)
                a.inv[i].accrued =
                    madd(a.inv[i].accrued,
                         nonNegative(money::times(a.inv[i].outstanding, c / pp.perYear)));
        }
        const Money cost = t < idx(pp.n) ? pp.cost[t] : 0;
        balance = madd(balance, msub(paymentsIn[t], cost));
        if (balance < 0) {
            const Money need = -balance;
            for (std::size_t i = 0; i < I; ++i)
                room[i] = a.inv[i].commitment - a.inv[i].drawn;
            const Money unplaced = waterFill(need, commitW, room, given, pp.investorOrder, a);
            const Money draw = need - unplaced;
            for (std::size_t i = 0; i < I; ++i) {
                a.inv[i].drawn += given[i];
                a.inv[i].outstanding += given[i];
                if (detail)
                    a.investorDraws[i][t] = given[i];
            }
            if (detail) {
                a.draws[t] = draw;
                a.gap[t] = unplaced;
            }
            a.totalDrawn = madd(a.totalDrawn, draw);
            if (unplaced > 0) {
                a.totalGap = madd(a.totalGap, unplaced);
                if (a.firstGap < 0)
                    a.firstGap = static_cast<int>(t);
            }
            balance = 0;
        }
        const Money target = scaled(pp.costAfter[t], reserveShare);
        if (balance > target) {
            Money surplus = balance - target;
            balance = target;
            auto &paid = a.paid;
            paid.assign(I, 0);
            // 1–2: each tranche, coupon then principal, pro rata within the tranche.
            for (Tranche tr : {Tranche::Senior, Tranche::Subordinate}) {
                for (int what = 0; what < 2 && surplus > 0; ++what) {
                    Money claims = 0;
                    for (std::size_t i = 0; i < I; ++i) {
                        const Money claim =
                            p.investors[i].tranche != tr
                                ? 0
                                : (what == 0 ? a.inv[i].accrued : a.inv[i].outstanding);
                        w[i] = static_cast<double>(claim);
                        claims = madd(claims, claim);
                    }
                    if (claims == 0)
                        continue;
                    const Money pay = std::min(surplus, claims);
                    splitInto(pay, w, pp.investorOrder, a.parts, a.rem);
                    for (std::size_t i = 0; i < I; ++i) {
                        (what == 0 ? a.inv[i].accrued : a.inv[i].outstanding) -= a.parts[i];
                        paid[i] += a.parts[i];
                        a.inv[i].distributed += a.parts[i];
                    }
                    surplus -= pay;
                }
            }
            // 3: return above principal, pro rata to capital drawn, up to each return cap.
            if (surplus > 0) {
                for (std::size_t i = 0; i < I; ++i) {
                    w[i] = static_cast<double>(a.inv[i].drawn);
                    const auto &cap = p.investors[i].returnCap;
                    room[i] = cap ? nonNegative(msub(money::times(a.inv[i].drawn,
                                                                  std::max(0.0, finiteOr0(*cap))),
                                                     a.inv[i].distributed))
                                  : kNoCap / 4;
                }
                surplus = waterFill(surplus, w, room, given, pp.investorOrder, a);
                for (std::size_t i = 0; i < I; ++i) {
                    paid[i] += given[i];
                    a.inv[i].distributed += given[i];
                }
            }
            Money out = 0;
            for (std::size_t i = 0; i < I; ++i) {
                out += paid[i];
                if (detail)
                    a.investorDist[i][t] = paid[i];
            }
            a.totalDistributed = madd(a.totalDistributed, out);
            if (detail) {
                a.distributions[t] = out;
                // 4: the provider's incentive; the rest the commissioner does not pay at all.
                a.incentive[t] = scaled(surplus, incentiveShare);
                a.kept[t] = surplus - a.incentive[t];
            }
        }
        if (detail)
            a.reserve[t] = balance;
    }
    if (!detail)
        return;
    // The guarantor pays the shortfall between repayments and the guaranteed share of principal.
    for (std::size_t i = 0; i < I; ++i) {
        const double share = std::clamp(finiteOr0(p.investors[i].guaranteedShare), 0.0, 1.0);
        if (share > 0) {
            const Money guaranteed = money::times(a.inv[i].drawn, share);
            a.guarantee[i] = nonNegative(guaranteed - a.inv[i].distributed);
        }
    }
}

// ---- KPIs ---------------------------------------------------------------------------------------

void maxPossible(const Prepared &pp, Results &r) {
    Money sum = 0;
    bool unbounded = false;
    for (const PreparedMetric &pm : pp.metrics) {
        const PaymentRule &rule = pm.m->rule;
        std::optional<Money> ruleMax;
        switch (rule.type) {
        case RuleType::PerUnit:
            if (std::isfinite(pm.capUnits))
                ruleMax = money::round(bandValue(pm, 0, pm.capUnits));
            break;
        case RuleType::Tiered: {
            double top = 0;
            for (const Tier &tier : pm.tiers)
                top = std::max(top, static_cast<double>(tier.amount));
            if (rule.tierAmountBasis == TierAmountBasis::PerCohortMember)
                top *= pm.members;
            ruleMax = money::round(top * pp.n);
            break;
        }
        case RuleType::ShareOfSavings:
            if (std::isfinite(pm.capUnits))
                ruleMax = money::round(savingsShareValue(rule, 0, pm.capUnits));
            break;
        case RuleType::Milestone: ruleMax = nonNegative(rule.milestoneAmount); break;
        }
        if (pm.capMoney != kNoCap)
            ruleMax = ruleMax ? std::min(*ruleMax, pm.capMoney) : pm.capMoney;
        if (ruleMax)
            sum = madd(sum, nonNegative(*ruleMax));
        else
            unbounded = true;
    }
    if (pp.totalCap != kNoCap) {
        // Fixed fees inside the cap compete for it but may themselves be cut, so outcome payments
        // can still reach the whole cap.
        sum = unbounded ? pp.totalCap : std::min(sum, pp.totalCap);
        unbounded = false;
    }
    if (!pp.payerIds.empty() &&
        std::all_of(pp.payerCap.begin(), pp.payerCap.end(), [](Money c) { return c != kNoCap; })) {
        Money payers = 0;
        for (Money c : pp.payerCap)
            payers = madd(payers, c);
        sum = unbounded ? payers : std::min(sum, payers);
        unbounded = false;
    }
    r.maxPossiblePayment = sum;
    r.maxPossibleUnbounded = unbounded;
}

// Investors' total distributions minus capital drawn, with planned improvement scaled by `factor`.
Money breakEvenGap(const Prepared &pp, double factor, PaymentRun &pay, AccountRun &acc) {
    if (!runPayments(pp, Basis::Plan, factor, nullptr, pay, true))
        runPayments(pp, Basis::Plan, factor, nullptr, pay);
    runAccount(pp, pay.totalDue, acc, false);
    return msub(acc.totalDistributed, acc.totalDrawn);
}

// The break-even factor: a factor f on planned improvement at which the investors just get their
// capital back, g(f) = distributions − drawn crossing from < 0 to >= 0. g need not be monotone
// (once return caps bind, more payments mean fewer draws), so the root is bracketed and the bracket
// narrowed until it is no wider than the tolerance: lo with g(lo) < 0, hi with g(hi) >= 0,
// hi − lo <= tolerance; the result is hi.
//
// Each g is a payment and an account run, so the narrowing saves runs where it safely can. It
// bisects until the bracket is a sixteenth of its first width, or until the last three points lie
// on one line; g is then usually linear across the root (between the kinks where a cap starts to
// bind), so it aims at the root through the last two points (the secant), never nearer an end
// than half the tolerance, so that a good aim closes the bracket with the next run. After an aim
// that misses (it did not halve |g|) it only bisects, and it bisects whenever three runs did not
// halve the bracket, so it never needs many more runs than bisection alone: over the property
// tests' contracts at most 3 more, 12 fewer at best, a third fewer in all.
void breakEven(const Prepared &pp, Results &r, PaymentRun &pay, AccountRun &acc) {
    if (pp.p->investors.empty())
        return;
    constexpr double kTolerance = 1e-3;
    struct Point {
        double x = 0, g = 0;
    };
    std::array<Point, 3> last; // the last three points run, the newest last
    int runs = 0;
    auto gap = [&](double x) {
        const Money g = breakEvenGap(pp, x, pay, acc);
        last = {last[1], last[2], Point{x, static_cast<double>(g)}};
        ++runs;
        return g;
    };
    if (gap(0.0) >= 0) { // fixed fees alone repay them
        r.breakEvenFactor = 0.0;
        r.breakEvenTolerance = 0;
        return;
    }
    double lo = 0, hi = 1;
    while (gap(hi) < 0) {
        lo = hi;
        hi *= 2;
        if (hi > 1024)
            return; // caps keep the investors below their capital whatever the improvement
    }
    const double aimBelow = (hi - lo) / 16;
    double widthBefore[3] = {hi - lo, hi - lo, hi - lo}; // the bracket's width 1–3 runs ago
    bool aim = true; // false once an aimed run missed: g jumps or bends there, so bisect
    for (int run = 0; hi - lo > kTolerance; ++run) {
        const double width = hi - lo;
        double x = lo + 0.5 * width;
        const Point &p1 = last[1], &p2 = last[2];
        // The last three points on one line: g is linear there, whatever the bracket's width.
        bool linear = false;
        if (runs >= 3) {
            const Point &p0 = last[0];
            const double s1 = (p1.g - p0.g) / (p1.x - p0.x), s2 = (p2.g - p1.g) / (p2.x - p1.x);
            linear = std::fabs(s1 - s2) <= 0.02 * std::max(std::fabs(s1), std::fabs(s2));
        }
        const bool slow = run >= 3 && width > 0.5 * widthBefore[run % 3];
        const bool aimed = aim && (width <= aimBelow || linear) && !slow && p1.g != p2.g;
        if (aimed) {
            // Aimed at or beyond an end, the root lies close inside it: look half a tolerance in.
            const double secant = p2.x - p2.g * (p2.x - p1.x) / (p2.g - p1.g);
            if (std::isfinite(secant))
                x = std::clamp(secant, lo + 0.5 * kTolerance, hi - 0.5 * kTolerance);
        }
        widthBefore[run % 3] = width;
        const double g1 = p1.g, g2 = p2.g;
        const Money g = gap(x);
        (g >= 0 ? hi : lo) = x;
        // A good aim at least halves the smaller |g| it aimed from; a miss means g is not linear
        // there.
        if (aimed &&
            !(std::fabs(static_cast<double>(g)) < 0.5 * std::min(std::fabs(g1), std::fabs(g2))))
            aim = false;
    }
    r.breakEvenFactor = hi;
    r.breakEvenTolerance = hi - lo;
}

Diagnostic diag(DiagCode code, Severity s, std::string entity, std::int64_t id, std::string field,
                int period, std::vector<DiagValue> values) {
    return Diagnostic{code, s, std::move(entity), id, std::move(field), period, std::move(values)};
}

double discount(double ratePerPeriod, std::size_t t) {
    return std::pow(1 + ratePerPeriod, static_cast<double>(t + 1));
}

} // namespace

Money breakEvenGap(const Project &project, double factor) {
    const Prepared pp = prepare(project);
    PaymentRun pay;
    AccountRun acc;
    return breakEvenGap(pp, factor, pay, acc);
}

Results compute(const Project &project, Basis basis) {
    Results r;
    r.basis = basis;
    r.diagnostics = validate(project);
    try {
        const Prepared pp = prepare(project);
        const std::size_t len = idx(pp.periods);
        r.periods = pp.periods;
        r.payerIds = pp.payerIds;

        // §4: payments.
        PaymentRun pay;
        runPayments(pp, basis, std::nullopt, &r, pay);
        r.outcomeDue = std::move(pay.outcomeDue);
        r.fixedFeesDue = std::move(pay.fixedDue);
        r.totalDue = std::move(pay.totalDue);
        r.payerDue = std::move(pay.payerDue);
        r.fixedFeeByFee = std::move(pay.feeDue);
        r.deliveryCost.assign(len, 0);
        std::copy(pp.cost.begin(), pp.cost.end(), r.deliveryCost.begin());
        for (std::size_t m = 0; m < pp.metrics.size(); ++m)
            if (pp.metrics[m].capMoney != kNoCap && pp.metrics[m].capMoney < pay.largestGross[m])
                r.diagnostics.push_back(
                    diag(DiagCode::CapBelowOnePeriod, Severity::Warning, "rule",
                         project.metrics[m].id, "capMoney", -1,
                         {MoneyValue{pp.metrics[m].capMoney}, MoneyValue{pay.largestGross[m]}}));
        if (pp.totalCap != kNoCap && pp.totalCap < pay.largestGrossTotal)
            r.diagnostics.push_back(
                diag(DiagCode::CapBelowOnePeriod, Severity::Warning, "caps", -1, "total", -1,
                     {MoneyValue{pp.totalCap}, MoneyValue{pay.largestGrossTotal}}));

        // §5: the account.
        AccountRun acc;
        runAccount(pp, r.totalDue, acc, true);
        r.draws = std::move(acc.draws);
        r.distributions = std::move(acc.distributions);
        r.providerIncentive = std::move(acc.incentive);
        r.commissionerKept = std::move(acc.kept);
        r.reserve = std::move(acc.reserve);
        r.fundingGap = std::move(acc.gap);
        if (acc.totalGap > 0)
            r.diagnostics.push_back(diag(DiagCode::FundingGap, Severity::Warning, "financing", -1,
                                         "commitment", acc.firstGap, {MoneyValue{acc.totalGap}}));
        std::vector<Date> dates(len);
        for (std::size_t t = 0; t < len; ++t)
            dates[t] = project.timeline.periodEnd(static_cast<int>(t));
        for (std::size_t i = 0; i < project.investors.size(); ++i) {
            InvestorResult ir;
            ir.investorId = project.investors[i].id;
            ir.draws = std::move(acc.investorDraws[i]);
            ir.distributions = std::move(acc.investorDist[i]);
            ir.guarantee = acc.guarantee[i];
            ir.drawn = acc.inv[i].drawn;
            ir.distributed = acc.inv[i].distributed;
            ir.profit = msub(madd(ir.distributed, ir.guarantee), ir.drawn);
            if (ir.drawn > 0)
                ir.multiple = static_cast<double>(ir.distributed + ir.guarantee) /
                              static_cast<double>(ir.drawn);
            std::vector<double> flows(len, 0.0);
            for (std::size_t t = 0; t < len; ++t)
                flows[t] = static_cast<double>(ir.distributions[t] - ir.draws[t]);
            if (len > 0)
                flows[len - 1] += static_cast<double>(ir.guarantee);
            if (ir.drawn > 0) {
                ir.irrPeriodic = finance::irr(flows);
                if (ir.irrPeriodic.ok())
                    ir.irrAnnual = std::pow(1 + ir.irrPeriodic.rate, pp.perYear) - 1;
                ir.xirr = finance::xirr(flows, dates);
                if (!ir.irrPeriodic.ok())
                    r.diagnostics.push_back(diag(DiagCode::IrrNoRoot, Severity::Info, "investor",
                                                 ir.investorId, "irr", -1, {}));
                else if (ir.irrPeriodic.ambiguous)
                    r.diagnostics.push_back(diag(DiagCode::IrrAmbiguous, Severity::Info, "investor",
                                                 ir.investorId, "irr", -1,
                                                 {PercentValue{ir.irrPeriodic.rate}}));
            }
            r.investors.push_back(std::move(ir));
        }

        // §6: the commissioner.
        const double rate = finiteOr0(project.valuation.discountRate);
        const double rp = std::pow(1 + rate, 1.0 / pp.perYear) - 1;
        r.paymentsNet.assign(len, 0);
        r.paymentsDiscounted.assign(len, 0);
        double npvPay = 0;
        for (std::size_t t = 0; t < len; ++t) {
            r.paymentsNet[t] = msub(r.totalDue[t], r.commissionerKept[t]);
            r.totalPayments = madd(r.totalPayments, r.paymentsNet[t]);
            const double d = static_cast<double>(r.paymentsNet[t]) / discount(rp, t);
            r.paymentsDiscounted[t] = money::round(d);
            npvPay += d;
        }
        r.npvPayments = money::round(npvPay);

        int spread = 0;
        for (const Metric &m : project.metrics)
            for (const SavingsLine &s : m.savings)
                spread = std::max(spread, std::clamp(s.spreadYears, 0, 100) * pp.perYear);
        const std::size_t slen = std::max(len, idx(pp.n + spread));
        // Each amount is spread evenly over `parts` periods from its own, the remainder one øre a
        // period to the earliest (so the parts sum to the amount). The spreads are added as steps
        // (+x from the first period, −x after the last) and summed once per budget holder.
        std::array<std::vector<Money>, 4> steps;
        for (auto &v : steps)
            v.assign(slen + 1, 0);
        for (std::size_t m = 0; m < project.metrics.size(); ++m) {
            const Metric &metric = project.metrics[m];
            for (const SavingsLine &s : metric.savings) {
                const std::size_t holder =
                    static_cast<std::size_t>(s.holder) < 4 ? static_cast<std::size_t>(s.holder) : 3;
                std::vector<Money> &step = steps[holder];
                const Money parts =
                    std::max<Money>(1, std::clamp(s.spreadYears, 0, 100) * pp.perYear);
                for (int t = 0; t < pp.n; ++t) {
                    const double units = r.metric[m][idx(t)].units;
                    if (units == 0)
                        continue;
                    const Money amount = money::times(s.perUnit, units);
                    const Money each = amount / parts,
                                rest = amount % parts; // rest: sign of amount
                    const std::size_t from = idx(t), to = from + static_cast<std::size_t>(parts);
                    step[from] = madd(step[from], each);
                    step[to] = msub(step[to], each);
                    if (rest != 0) {
                        const std::size_t restEnd =
                            from + static_cast<std::size_t>(rest < 0 ? -rest : rest);
                        const Money one = rest < 0 ? -1 : 1;
                        step[from] = madd(step[from], one);
                        step[restEnd] = msub(step[restEnd], one);
                    }
                }
            }
        }
        for (std::size_t h = 0; h < 4; ++h) {
            r.savings[h].assign(slen, 0);
            Money level = 0;
            for (std::size_t t = 0; t < slen; ++t) {
                level = madd(level, steps[h][t]);
                r.savings[h][t] = level;
            }
        }
        double npvSav = 0;
        std::vector<double> net(slen, 0.0);
        for (std::size_t t = 0; t < slen; ++t) {
            Money s = 0;
            for (const auto &v : r.savings)
                s = madd(s, v[t]);
            r.totalSavings = madd(r.totalSavings, s);
            npvSav += static_cast<double>(s) / discount(rp, t);
            net[t] =
                static_cast<double>(s) - (t < len ? static_cast<double>(r.paymentsNet[t]) : 0.0);
        }
        r.npvSavings = money::round(npvSav);
        r.netValue = msub(r.npvSavings, r.npvPayments);
        if (r.npvPayments > 0)
            r.benefitCostRatio = npvSav / npvPay;
        r.paybackPeriod = finance::payback(net);
        Money costTotal = 0;
        for (Money c : pp.cost)
            costTotal = madd(costTotal, c);
        r.traditionalCost =
            money::times(costTotal, 1.0 + finiteOr0(project.valuation.traditionalMargin));
        // No outcome at all: only fixed fees come in. (`acc` is scratch from here on.)
        runAccount(pp, r.fixedFeesDue, acc, false);
        r.riskTransferred = acc.totalDrawn;

        // KPIs.
        maxPossible(pp, r);
        if (basis == Basis::Forecast) {
            for (Money m : r.outcomeDue)
                r.forecastPayment = madd(r.forecastPayment, m);
        } else {
            if (!runPayments(pp, Basis::Forecast, std::nullopt, nullptr, pay, true))
                runPayments(pp, Basis::Forecast, std::nullopt, nullptr, pay);
            for (Money m : pay.outcomeDue)
                r.forecastPayment = madd(r.forecastPayment, m);
        }
        breakEven(pp, r, pay, acc); // the runs' scratch, reused
    } catch (const MoneyOverflow &) {
        r.diagnostics.push_back(
            diag(DiagCode::MoneyOverflow, Severity::Error, "project", -1, "", -1, {}));
    } catch (const std::exception &e) {
        r.diagnostics.push_back(diag(DiagCode::MoneyOverflow, Severity::Error, "project", -1, "",
                                     -1, {std::string(e.what())}));
    }
    return r;
}

} // namespace effekt
