// Second shares that start once the investors are repaid (DOMAIN.md §4 step 1, docs/engine.md
// "Second share"): the periods at which such rules switch, found by running the payments and the
// account in turns.
#include "engine_detail.h"

namespace effekt::engine {

struct RepaidScratch {
    AccountRun acc;
    std::vector<Money> principal, interest; // per investor, the notional loan
    std::vector<char> fixed;                // per metric: its switch period is known
};

namespace {

// The first period of achievement, below `limit`, that a rule with annual return `rate` pays at
// its second share on the account `acc` (a detailed run): the period after the first end of a
// period at which capital has been drawn and every investor has received the capital drawn plus
// `rate` a year on it. Each investor's claim is a notional loan: capital drawn adds to its
// principal; in each period interest accrues on the principal outstanding during the period
// (simple: rate ÷ periods a year, as a coupon accrues, rounded to the øre); each distribution
// (coupon, principal and return alike) pays the accrued interest first, then the principal. The
// investor is repaid when both are 0. kNever when no such period comes before limit − 1.
int repaidFrom(const Prepared &pp, RepaidScratch &s, double rate, int limit) {
    const AccountRun &acc = s.acc;
    const std::size_t I = acc.investorDraws.size();
    s.principal.assign(I, 0);
    s.interest.assign(I, 0);
    const double perPeriod = rate / pp.perYear;
    Money drawn = 0;
    for (int t = 0; t + 1 < limit && idx(t) < idx(pp.periods); ++t) {
        bool repaid = true;
        for (std::size_t i = 0; i < I; ++i) {
            Money &principal = s.principal[i], &interest = s.interest[i];
            if (principal > 0 && perPeriod > 0)
                interest = madd(interest, nonNegative(money::times(principal, perPeriod)));
            const Money draw = acc.investorDraws[i][idx(t)];
            principal = madd(principal, draw);
            drawn = madd(drawn, draw);
            Money received = acc.investorDist[i][idx(t)];
            const Money toInterest = std::min(received, interest);
            interest -= toInterest;
            received -= toInterest;
            principal -= std::min(received, principal);
            repaid = repaid && principal == 0 && interest == 0;
        }
        if (repaid && drawn > 0)
            return t + 1;
    }
    return kNever;
}

} // namespace

// Why the turns find the right periods. A rule's payment in period t depends on its switch only
// through whether t is at or after it, so a run agrees with the true one (every rule switching at
// its true period) on every period of achievement before the earliest true switch it lacks, T.
// The account's end of period T − 1 sees only payments due by then, earned in periods before T,
// so it agrees too: each rule's first switch is found correctly up to T, the rules switching at T
// find T, and the others find a later period or none. Each turn so fixes the earliest switches
// still missing and at most (rules + 1) turns are run; the last one, which finds no further
// switch, is the true run.
bool runSwitched(const Prepared &pp, Basis basis, std::optional<double> factor, Results *detail,
                 PaymentRun &pay, bool quick, int end) {
    if (!pp.repaidSwitch) {
        pay.secondFrom.clear();
        return runPayments(pp, basis, factor, detail, pay, quick, end);
    }
    const std::size_t M = pp.metrics.size();
    if (!pay.repaid)
        pay.repaid = std::make_shared<RepaidScratch>();
    RepaidScratch &s = *pay.repaid;
    pay.secondFrom.assign(M, kNever);
    s.fixed.assign(M, 1);
    for (std::size_t m = 0; m < M; ++m) {
        const PaymentRule &r = pp.metrics[m].m->rule;
        if (r.type == RuleType::ShareOfSavings && r.secondShare &&
            r.secondShareWhen == SecondShareSwitch::InvestorsRepaid)
            s.fixed[m] = 0;
    }
    const int limit = end < 0 ? pp.n : std::min(end, pp.n); // the periods of achievement
    std::vector<int> found(M, kNever);
    for (;;) {
        if (!runPayments(pp, basis, factor, detail, pay, quick, end))
            return false; // the caller runs it again exactly, through here
        runAccount(pp, pay.totalDue, s.acc, true, end);
        int first = kNever;
        for (std::size_t m = 0; m < M; ++m) {
            if (s.fixed[m])
                continue;
            const double rate =
                std::clamp(finiteOr0(pp.metrics[m].m->rule.secondShareReturn), 0.0, 1.0);
            found[m] = repaidFrom(pp, s, rate, limit);
            first = std::min(first, found[m]);
        }
        if (first == kNever)
            return true;
        for (std::size_t m = 0; m < M; ++m)
            if (!s.fixed[m] && found[m] == first) {
                pay.secondFrom[m] = first;
                s.fixed[m] = 1;
            }
    }
}

} // namespace effekt::engine
