// Recomputation (engine.h): one project validated and prepared once and computed again and again
// as its reported values change, with compute()'s own code (computePrepared, compute.cpp) and its
// scratch and results reused between runs.
#include "engine_detail.h"

namespace effekt {

using namespace engine;

namespace {

// Hands the vectors of `from` (an earlier run's results) to `to` (new results), emptied where
// the run fills them by appending and kept where it assigns them in whole, so that their memory
// is used again. What is not handed on is simply allocated anew: this is about speed, never about
// the figures, which come from a new Results either way.
void recycle(Results &from, Results &to) {
    auto flat = [](auto &src, auto &dst) {
        dst = std::move(src);
        dst.clear();
    };
    flat(from.payerIds, to.payerIds);
    flat(from.metricByPayer, to.metricByPayer);
    flat(from.yearCapCarriedByMetricPayer, to.yearCapCarriedByMetricPayer);
    flat(from.outcomeDue, to.outcomeDue);
    flat(from.fixedFeesDue, to.fixedFeesDue);
    flat(from.totalDue, to.totalDue);
    flat(from.deliveryCost, to.deliveryCost);
    flat(from.draws, to.draws);
    flat(from.distributions, to.distributions);
    flat(from.providerIncentive, to.providerIncentive);
    flat(from.commissionerKept, to.commissionerKept);
    flat(from.reserve, to.reserve);
    flat(from.fundingGap, to.fundingGap);
    flat(from.paymentsNet, to.paymentsNet);
    flat(from.paymentsDiscounted, to.paymentsDiscounted);
    flat(from.diagnostics, to.diagnostics);
    for (std::size_t h = 0; h < to.savings.size(); ++h)
        flat(from.savings[h], to.savings[h]);
    // Rows of rows: assigned row by row (payments.cpp, compute.cpp, waterfall.cpp).
    to.metric = std::move(from.metric);
    to.payerDue = std::move(from.payerDue);
    to.fixedFeeByFee = std::move(from.fixedFeeByFee);
    to.yearCapCut = std::move(from.yearCapCut);
    to.yearCapCarried = std::move(from.yearCapCarried);
    to.yearCapCarriedByMetric = std::move(from.yearCapCarriedByMetric);
    to.investors = std::move(from.investors);
}

} // namespace

struct Recomputation::State {
    Project project;
    bool prepared = false;
    Prepared pp;
    Diagnostics errors; // validate()'s errors on the project without reported values
    bool fast = false;  // fastPathCovers(): totals-only runs take the fast path
    PaymentRun pay;
    AccountRun acc;
    Results results;
};

Recomputation::Recomputation(const Project &project)
    : s_(std::make_unique<State>()) {
    s_->project = project;
    s_->project.normalise();
    {
        Project unreported = s_->project;
        for (Metric &m : unreported.metrics) {
            for (std::optional<double> &a : m.actual)
                a.reset();
            for (CohortOutcome &c : m.cohortOutcomes)
                for (std::optional<double> &a : c.actual)
                    a.reset();
        }
        for (Diagnostic &d : validate(unreported))
            if (d.severity == Severity::Error)
                s_->errors.push_back(std::move(d));
    }
    try {
        s_->pp = prepare(s_->project);
        s_->prepared = true;
        s_->fast = s_->errors.empty() && fastPathCovers(s_->pp);
    } catch (const std::exception &) { // compute() reports it, on every run
    }
}

Recomputation::~Recomputation() = default;

bool Recomputation::fastPath() const {
    return s_->fast;
}

bool Recomputation::computeTotals(RunTotals &out) {
    State &s = *s_;
    if (!s.fast)
        return false;
    for (const Metric &m : s.project.metrics)
        for (const std::optional<double> &a : m.actual)
            if (a && !std::isfinite(*a))
                return false;
    try {
        fastRun(s.pp, out, s.pay, s.acc);
        return true;
    } catch (const std::exception &) { // compute() reports it, located
        return false;
    }
}

const Project &Recomputation::project() const {
    return s_->project;
}

std::span<std::optional<double>> Recomputation::actual(std::size_t metric) {
    return s_->project.metrics[metric].actual;
}

std::span<std::optional<double>> Recomputation::cohortActual(std::size_t metric,
                                                             std::size_t cohort) {
    return s_->project.metrics[metric].cohortOutcomes[cohort].actual;
}

const Results &Recomputation::compute(Basis basis, const ComputeOptions &options) {
    State &s = *s_;
    bool finite = true;
    for (const Metric &m : s.project.metrics) {
        for (const std::optional<double> &a : m.actual)
            finite = finite && (!a || std::isfinite(*a));
        for (const CohortOutcome &c : m.cohortOutcomes)
            for (const std::optional<double> &a : c.actual)
                finite = finite && (!a || std::isfinite(*a));
    }
    if (s.prepared && finite) {
        Results r;
        recycle(s.results, r);
        r.basis = basis;
        r.diagnostics.assign(s.errors.begin(), s.errors.end());
        try {
            computePrepared(s.pp, basis, options, r, s.pay, s.acc);
            s.results = std::move(r);
            return s.results;
        } catch (const std::exception &) { // compute() below reports it as it always does
        }
    }
    s.results = effekt::compute(s.project, basis, options);
    return s.results;
}

} // namespace effekt
