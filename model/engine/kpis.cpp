// KPIs (docs/engine.md "KPIs"): the maximum possible payment, the forecast payment and the
// break-even factor with its search; breakEvenGap, the function the search finds the root of.
#include "engine_detail.h"

#include <array>

namespace effekt {
namespace engine {

namespace {

void maxPossible(const Prepared &pp, Results &r) {
    Money sum = 0;
    bool unbounded = false;
    // Price indexation: a rule pays at most its base-year amounts times the largest factor of the
    // contract's periods; a tiered rule, which may pay its top tier in every period, at most the
    // top tier times the sum of the factors (pp.n without indexation).
    double largestIndex = 0, indexSum = 0;
    for (double f : pp.index) {
        largestIndex = std::max(largestIndex, f);
        indexSum += f;
    }
    for (const PreparedMetric &pm : pp.metrics) {
        const PaymentRule &rule = pm.m->rule;
        std::optional<Money> ruleMax;
        try {
            switch (rule.type) {
            case RuleType::PerUnit:
                if (std::isfinite(pm.capUnits))
                    ruleMax = money::round(bandValue(pm, 0, pm.capUnits) * largestIndex);
                break;
            case RuleType::Tiered: {
                double top = 0;
                for (const Tier &tier : pm.tiers)
                    top = std::max(top, static_cast<double>(tier.amount));
                if (rule.tierAmountBasis == TierAmountBasis::PerCohortMember)
                    top *= pm.members;
                ruleMax = money::round(top * indexSum);
                break;
            }
            case RuleType::ShareOfSavings:
                if (std::isfinite(pm.capUnits)) {
                    // Once investors are repaid: the larger share on every unit, at most.
                    const bool repaid = rule.secondShare &&
                                        rule.secondShareWhen == SecondShareSwitch::InvestorsRepaid;
                    ruleMax = money::round(
                        repaid ? std::max(finiteOr0(rule.share), finiteOr0(*rule.secondShare)) *
                                     (pm.capUnits * static_cast<double>(money::kMinorPerMajor))
                               : savingsShareValue(rule, 0, pm.capUnits));
                }
                break;
            case RuleType::Milestone:
                ruleMax = scaled(nonNegative(rule.milestoneAmount), largestIndex);
                break;
            }
        } catch (const MoneyOverflow &) {
            overflowAt("rule", pm.m->id, paymentField(*pm.m), -1);
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
    // What each payer can pay at most: its contract cap, and its cap per budget year in each
    // budget year a payment can fall in.
    std::vector<Money> payerMost(pp.payerCap);
    for (std::size_t k = 0; k < payerMost.size() && pp.anyYearCap; ++k)
        if (pp.payerYearCap[k] != kNoCap) {
            const Money years = std::max(pp.years, 1);
            const Money c = pp.payerYearCap[k];
            if (c <= limits::kMaxMoney / years) // else no bound worth stating
                payerMost[k] = std::min(payerMost[k], c * years);
        }
    if (!pp.payerIds.empty() &&
        std::all_of(payerMost.begin(), payerMost.end(), [](Money c) { return c != kNoCap; })) {
        Money payers = 0;
        for (Money c : payerMost)
            payers = madd(payers, c);
        sum = unbounded ? payers : std::min(sum, payers);
        unbounded = false;
    }
    r.maxPossiblePayment = sum;
    r.maxPossibleUnbounded = unbounded;
}

// Investors' total distributions minus capital drawn, with planned improvement scaled by `factor`.
// The reviews are taken on the scaled plan against the plan, as in compute(): a factor below a
// review's share of plan ends the contract there.
Money breakEvenGap(const Prepared &pp, double factor, PaymentRun &pay, AccountRun &acc) {
    const int failed = runReviewed(pp, Basis::Plan, factor, nullptr, pay, true);
    int end = -1;
    if (failed >= 0) {
        end = pp.reviews[idx(failed)].period + 1;
        if (pp.terminationIntoAccount) // pay.totalDue is scratch: the payment is added in place
            pay.totalDue[idx(end - 1)] = madd(pay.totalDue[idx(end - 1)], pp.terminationPayment);
    }
    runAccount(pp, pay.totalDue, acc, false, end);
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

} // namespace

void kpis(const Prepared &pp, Basis basis, Results &r, PaymentRun &pay, AccountRun &acc) {
    // The sums of a whole contract: located at its payments.
    try {
        maxPossible(pp, r);
        if (basis == Basis::Forecast) {
            for (Money m : r.outcomeDue)
                r.forecastPayment = madd(r.forecastPayment, m);
        } else {
            runReviewed(pp, Basis::Forecast, std::nullopt, nullptr, pay, true);
            for (Money m : pay.outcomeDue)
                r.forecastPayment = madd(r.forecastPayment, m);
        }
    } catch (const MoneyOverflow &) {
        overflowAt("project", -1, "payments", -1);
    }
    breakEven(pp, r, pay, acc); // the runs' scratch, reused
}

} // namespace engine

Money breakEvenGap(const Project &project, double factor) {
    const engine::Prepared pp = engine::prepare(project);
    engine::PaymentRun pay;
    engine::AccountRun acc;
    return engine::breakEvenGap(pp, factor, pay, acc);
}

} // namespace effekt
