// Payments (DOMAIN.md §4, docs/engine.md "Payments"): the rules' gross payments, the
// per-participant, per-metric and total caps, the payer split and payer caps, the due periods; in
// detail, or quick for the break-even search. The rules' inline parts are in engine_detail.h.
#include "engine_detail.h"
#include "exact.h"

namespace effekt {

double observedValue(const Metric &metric, int t, Basis basis) {
    return engine::observed(metric, t, basis);
}

double observedValue(const CohortOutcome &cohort, int t, Basis basis) {
    return engine::observedSeries(cohort, t, basis);
}

namespace engine {

double cohortsObserved(const Metric &metric, int t, Basis basis) {
    double sum = 0;
    for (const CohortOutcome &c : metric.cohortOutcomes)
        sum += finiteOr0(observedSeries(c, t, basis));
    return sum;
}

namespace {

// The same rule for the payer split in the hot loop: `share` holds the weights normalised to sum
// to 1 (prepare() checks them), `order` the payers by id. No validation, no allocation. Below 2^53
// øre each share's product total · share is exact (p + e, two doubles), and so is its floor; its
// remainder is the double nearest to the exact one. The shares, each rounded, may sum to a little
// more than 1; should their floors then pass the total (only near 2^53 øre), and above 2^53 øre,
// the split is money::splitInto's exact one over the shares.
void splitShares(Money total, const std::vector<double> &share,
                 const std::vector<std::size_t> &order, std::vector<Money> &out,
                 std::vector<double> &rem, money::SplitScratch &exactSplit) {
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
    }
    if (whole >= (Money{1} << 53) || handed > whole) {
        money::splitInto(total, share, order, out, exactSplit);
        return;
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

// `Cohort`: a per-unit rule tested cohort by cohort, paying cohortUnits[t]
// (PaymentRun::cohortUnits).
template <RuleType Type, bool Cohort = false>
void metricStream(const PreparedMetric &pm, int n, const double *index, Basis basis,
                  std::optional<double> factor, Money *cells, std::size_t stride,
                  const StreamBook *book, int secondFrom,
                  [[maybe_unused]] const double *cohortUnits = nullptr) {
    MetricState st;
    constexpr bool unitsBound = Type == RuleType::PerUnit || Type == RuleType::ShareOfSavings;
    int t = 0;
    bool summing = false; // adding the payment to the period's totals, not computing it
    try {
        for (; t < n; ++t, cells += stride) {
            if ((pm.capMoney != kNoCap && st.afterMetric >= pm.capMoney) ||
                (unitsBound && st.paidUnits >= pm.capUnits) ||
                (Type == RuleType::Milestone && st.milestoneDone))
                break;
            if constexpr (Type == RuleType::ShareOfSavings)
                st.second = t >= secondFrom;
            RuleValue v;
            if constexpr (Cohort)
                v = ruleValueOf<Type, true>(pm, st, observedOn(pm, t, basis, factor), pm.cf[idx(t)],
                                            index[t], cohortUnits[t]);
            else
                v = ruleValueOf<Type>(pm, st, observedOn(pm, t, basis, factor), pm.cf[idx(t)],
                                      index[t]);
            const Money c = metricCaps(pm, st, v.gross, v);
            *cells = c;
            st.earned = st.afterMetric;
            if (book && c != 0) {
                summing = true;
                book->periodSum[t] = madd(book->periodSum[t], c);
                book->due[t] = madd(book->due[t], c);
                if (book->bound)
                    bookBound(c, *book->bound, *book->splits, *book->valid);
                summing = false;
            }
        }
    } catch (const MoneyOverflow &) {
        if (summing)
            overflowAt("project", -1, "payments", t);
        overflowAt("rule", pm.m->id, paymentField(*pm.m), t);
    }
}

template <typename T>
void zero(std::vector<std::vector<T>> &v, std::size_t rows, std::size_t cols) {
    v.resize(rows);
    for (auto &row : v)
        row.assign(cols, T{});
}

// Caps per budget year with the carry setting (docs/engine.md "Caps per budget year"): what a
// payer's year cap cut is paid in the first due period of a later budget year, as far as the room
// that year's own payments leave under the cap allows, the oldest cut first; what is still owed
// after the last due period is lost. Each amount is booked where it is paid: the payer's
// payments, and the metric's outcome payments or the fee's.
void payCarried(const Prepared &pp, PaymentRun &out) {
    const std::size_t M = pp.metrics.size();
    const std::size_t Y = idx(pp.years);
    for (std::size_t k = 0; k < out.carried.size(); ++k) {
        auto &owed = out.carried[k];
        if (owed.empty())
            continue;
        // Cut in step 5's order (period of achievement, then metric); paid in the order they
        // fell due.
        std::stable_sort(owed.begin(), owed.end(),
                         [](const PaymentRun::CarriedAmount &a,
                            const PaymentRun::CarriedAmount &b) { return a.due < b.due; });
        std::size_t head = 0;
        for (int d = 1; d < pp.periods && head < owed.size(); ++d) {
            const int y = pp.yearOf[idx(d)];
            if (y == pp.yearOf[idx(d - 1)])
                continue; // not the first due period of its year
            Money &used = out.yearUsed[k * Y + idx(y)];
            Money room = nonNegative(msub(pp.payerYearCap[k], used));
            for (std::size_t i = head; i < owed.size() && room > 0; ++i) {
                PaymentRun::CarriedAmount &c = owed[i];
                if (pp.yearOf[idx(c.due)] >= y)
                    break; // cut in this year: carried to the next
                const Money pay = std::min(c.amount, room);
                c.amount -= pay;
                room -= pay;
                used = madd(used, pay);
                out.payerDue[k][idx(d)] = madd(out.payerDue[k][idx(d)], pay);
                out.yearCarried[k][idx(d)] = madd(out.yearCarried[k][idx(d)], pay);
                if (c.source < M) {
                    out.outcomeDue[idx(d)] = madd(out.outcomeDue[idx(d)], pay);
                    out.carriedByMetric[c.source][idx(d)] =
                        madd(out.carriedByMetric[c.source][idx(d)], pay);
                    Money &byPayer =
                        out.carriedByMetricPayer[(c.source * idx(pp.periods) + idx(d)) *
                                                     pp.payerIds.size() +
                                                 k];
                    byPayer = madd(byPayer, pay);
                } else {
                    out.feeDue[c.source - M][idx(d)] = madd(out.feeDue[c.source - M][idx(d)], pay);
                    out.fixedDue[idx(d)] = madd(out.fixedDue[idx(d)], pay);
                }
                if (c.amount == 0)
                    head = i + 1;
            }
        }
    }
}

} // namespace

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

// Steps 1–6 for every period; engine_detail.h says what a quick run leaves out.
bool runPayments(const Prepared &pp, Basis basis, std::optional<double> factor, Results *detail,
                 PaymentRun &out, bool quick, int end) {
    const Project &p = *pp.p;
    // A quick run keeps no payer's payments, so it cannot apply the caps per budget year: with
    // one, only the exact run counts.
    if (quick && pp.anyYearCap)
        return false;
    const int n = pp.n;
    end = end < 0 ? n : std::min(end, n); // periods of achievement the contract delivers
    const std::size_t M = pp.metrics.size();
    const std::size_t P = pp.payerIds.size();
    const auto len = idx(pp.periods);
    out.outcomeDue.assign(len, 0);
    out.fixedDue.assign(len, 0);
    out.totalDue.assign(len, 0);
    out.earnedByPeriod.assign(idx(n), 0);
    if (!quick) { // a quick run leaves the per-payer and per-fee rows as they were
        zero(out.payerDue, P, len);
        zero(out.feeDue, pp.fees.size(), len);
        // Caps per budget year (docs/engine.md): what they cut and carry.
        zero(out.yearCut, P, len);
        zero(out.yearCarried, P, len);
        zero(out.carriedByMetric, pp.anyYearCap && pp.yearCapCarry ? M : 0, len);
        out.carriedByMetricPayer.assign(pp.anyYearCap && pp.yearCapCarry ? M * len * P : 0, 0);
        if (pp.anyYearCap) {
            out.yearUsed.assign(P * idx(pp.years), 0);
            out.carried.resize(P);
            for (auto &c : out.carried)
                c.clear();
        }
    }
    out.largestGross.assign(detail ? M : 0, 0);
    out.largestGrossTotal = 0;
    // Cohort tests (cohorts.cpp): the units each cohort-tested rule pays, for this run.
    if (pp.anyCohortOutcomes) [[unlikely]]
        cohortUnits(pp, basis, factor, end, out, detail);
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
        detail->metric.resize(M);
        for (std::vector<MetricPeriod> &row : detail->metric)
            row.assign(idx(n), MetricPeriod{});
        detail->metricByPayer.assign(M * idx(n) * P, 0);
    }
    auto &capped = out.capped;
    capped.assign(idx(n) * M, 0);
    auto &share = out.share;
    auto &feeNow = out.feeNow;
    feeNow.resize(pp.fees.size());
    auto &earned = out.earned; // step 4's split, when the total cap binds
    auto &parts = out.parts;
    auto &split = out.split;
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
            const int second = out.secondFrom.empty() ? kNever : out.secondFrom[m];
            switch (pm.m->rule.type) {
            case RuleType::PerUnit:
                if (pm.cohortRule)
                    metricStream<RuleType::PerUnit, true>(pm, end, pp.index.data(), basis, factor,
                                                          cells, M, b, second,
                                                          out.cohortUnits[m].data());
                else
                    metricStream<RuleType::PerUnit>(pm, end, pp.index.data(), basis, factor, cells,
                                                    M, b, second);
                break;
            case RuleType::Tiered:
                metricStream<RuleType::Tiered>(pm, end, pp.index.data(), basis, factor, cells, M, b,
                                               second);
                break;
            case RuleType::ShareOfSavings:
                metricStream<RuleType::ShareOfSavings>(pm, end, pp.index.data(), basis, factor,
                                                       cells, M, b, second);
                break;
            case RuleType::Milestone:
                metricStream<RuleType::Milestone>(pm, end, pp.index.data(), basis, factor, cells, M,
                                                  b, second);
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
        splitShares(amount, w, pp.payerOrder, share, out.shareRem, out.split);
        Money paid = 0;
        for (std::size_t k = 0; k < P; ++k) {
            Money part = share[k];
            if (pp.payerCap[k] != kNoCap) {
                const Money room = nonNegative(msub(pp.payerCap[k], payerCum[k]));
                part = std::min(part, room);
            }
            // The cap per budget year, on what the contract cap lets through, in the budget year
            // of the due period; what it cuts is lost, or carried (docs/engine.md).
            const Money owed = part;
            if (pp.payerYearCap[k] != kNoCap && part > 0) {
                Money &used = out.yearUsed[k * idx(pp.years) + idx(pp.yearOf[idx(due)])];
                const Money room = nonNegative(msub(pp.payerYearCap[k], used));
                if (part > room) {
                    const Money cut = part - room;
                    part = room;
                    out.yearCut[k][idx(due)] = madd(out.yearCut[k][idx(due)], cut);
                    if (pp.yearCapCarry)
                        out.carried[k].push_back(PaymentRun::CarriedAmount{due, source, cut});
                }
                used = madd(used, part);
            }
            // The contract cap counts what the payer pays, and with the carry setting what it
            // owes: a carried amount counts when it was earned, not again when it is paid.
            payerCum[k] = madd(payerCum[k], pp.yearCapCarry ? owed : part);
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

    int t = 0; // the period being computed, for an overflow's place
    try {
        for (; t < n; ++t) {
            if (t >= end) { // after early termination: nothing earned, no fixed fees
                if (detail)
                    for (std::size_t m = 0; m < M; ++m) {
                        const PreparedMetric &pm = pp.metrics[m];
                        MetricPeriod &mp = detail->metric[m][idx(t)];
                        mp.observed = observedOn(pm, t, basis, factor);
                        mp.counterfactual = pm.cf[idx(t)];
                        mp.duePeriod = t + pm.lag;
                    }
                continue;
            }
            Money *row = capped.data() + idx(t) * M; // step 3's payments of period t
            if (!byMetric) {
                Money grossSum = 0;
                for (std::size_t m = 0; m < M; ++m) {
                    const PreparedMetric &pm = pp.metrics[m];
                    MetricState &st = state[m];
                    const double b = pm.cf[idx(t)];
                    const double a = observedOn(pm, t, basis, factor);
                    st.second = !out.secondFrom.empty() && t >= out.secondFrom[m];
                    RuleValue v;
                    try {
                        if (pm.cohortRule) [[unlikely]]
                            v = ruleValueOf<RuleType::PerUnit, true>(pm, st, a, b, pp.index[idx(t)],
                                                                     out.cohortUnits[m][idx(t)]);
                        else
                            v = ruleValue(pm, st, a, b, pp.index[idx(t)]);
                    } catch (const MoneyOverflow &) {
                        overflowAt("rule", pm.m->id, paymentField(*pm.m), t);
                    }
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
                            weights.assign(
                                pp.ledger.units.begin() + static_cast<std::ptrdiff_t>(b0),
                                pp.ledger.units.begin() + static_cast<std::ptrdiff_t>(b1));
                            double attributed = 0;
                            for (double w : weights)
                                attributed += w;
                            weights.push_back(std::max(0.0, v.u - attributed)); // units with no row
                            money::splitInto(v.gross, weights, {}, parts, split);
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
                                    participantCum[idx(who)] =
                                        madd(participantCum[idx(who)], amount);
                                }
                                afterParticipant =
                                    msub(afterParticipant, msub(parts[r - b0], amount));
                            }
                        }
                    }

                    try {
                        row[m] = metricCaps(pm, st, afterParticipant, v);
                    } catch (const MoneyOverflow &) {
                        overflowAt("rule", pm.m->id, paymentField(*pm.m), t);
                    }
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
                    money::splitInto(room, weights, pp.feeOrder, feeNow, split);
                    feeSum = room;
                }
            }
            if (p.caps.fixedFeesInsideTotal)
                totalCum = madd(totalCum, feeSum);
            for (std::size_t f = 0; f < pp.fees.size(); ++f) {
                if (feeNow[f] == 0)
                    continue;
                // Fixed fees count towards the payer caps only when they count towards the total
                // cap.
                Money paid;
                if (p.caps.fixedFeesInsideTotal || (!pp.anyPayerCap && !pp.anyYearCap)) {
                    paid =
                        payerSplit(feeNow[f], pp.fees[f].payerWeights, M + f, t, nullptr, nullptr);
                } else {
                    if (!quick && P > 0) {
                        splitShares(feeNow[f], pp.fees[f].payerWeights, pp.payerOrder, share,
                                    out.shareRem, out.split);
                        for (std::size_t k = 0; k < P; ++k)
                            out.payerDue[k][idx(t)] = madd(out.payerDue[k][idx(t)], share[k]);
                    }
                    paid = feeNow[f];
                }
                if (!quick)
                    out.feeDue[f][idx(t)] = madd(out.feeDue[f][idx(t)], paid);
                out.fixedDue[idx(t)] = madd(out.fixedDue[idx(t)], paid);
            }

            // Step 4: the contract's total cap, pro rata over the metrics of the period where it
            // binds.
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
                    money::splitInto(room, weights, pp.metricOrder, earned, split);
                    paid = earned.data();
                    metricSum = room;
                }
            }
            totalCum = madd(totalCum, metricSum);
            out.earnedByPeriod[idx(t)] = metricSum;
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
        if (!quick && pp.anyYearCap && pp.yearCapCarry) {
            t = -1;
            payCarried(pp, out);
        }
        for (t = 0; t < pp.periods; ++t)
            out.totalDue[idx(t)] = madd(out.outcomeDue[idx(t)], out.fixedDue[idx(t)]);
        out.totalCounted = totalCum;
    } catch (const MoneyOverflow &) {
        overflowAt("project", -1, "payments", t);
    }
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

} // namespace engine
} // namespace effekt
