#include "project.h"

#include "textcodes.h"
#include "valuelimits.h"

#include <algorithm>
#include <cmath>

namespace effekt {

int monthsPerPeriod(PeriodLength length) {
    switch (length) {
    case PeriodLength::Month: return 1;
    case PeriodLength::Quarter: return 3;
    case PeriodLength::HalfYear: return 6;
    case PeriodLength::Year: return 12;
    }
    return 3;
}

int periodsPerYear(PeriodLength length) {
    return 12 / monthsPerPeriod(length);
}

Date Timeline::periodStart(int t) const {
    return start.addMonths(t * monthsPerPeriod(length));
}

Date Timeline::periodEnd(int t) const {
    return periodStart(t + 1).addDays(-1);
}

int indexationBaseYear(const Indexation &ix, const Timeline &timeline) {
    return ix.baseYear ? *ix.baseYear : timeline.start.year;
}

double indexationFactor(const Indexation &ix, const Timeline &timeline, int t) {
    // Out of range (validate() reports it): held to the limits, so that the engine stays finite.
    const double rate = std::isfinite(ix.rate)
                            ? std::clamp(ix.rate, limits::kMinIndexRate, limits::kMaxIndexRate)
                            : 0.0;
    if (rate == 0)
        return 1.0;
    const int years = timeline.periodStart(t).year - indexationBaseYear(ix, timeline);
    double factor = 1.0;
    for (int k = 0; k < years; ++k)
        factor *= 1.0 + rate;
    return factor;
}

namespace {
bool allDigits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

bool isValidOrgNumber(std::string_view d) {
    if (d.size() != 9 || !allDigits(d))
        return false;
    const int check = text::mod11(d, {3, 2, 7, 6, 5, 4, 3, 2});
    return check >= 0 && check == d[8] - '0';
}

namespace {
template <typename T> const T *findById(const std::vector<T> &v, int id) {
    auto it = std::find_if(v.begin(), v.end(), [id](const T &x) { return x.id == id; });
    return it == v.end() ? nullptr : &*it;
}
template <typename T> int nextId(const std::vector<T> &v) {
    int m = 0;
    for (const T &x : v)
        m = std::max(m, x.id);
    return m + 1;
}
} // namespace

const Party *Project::party(int id) const {
    return findById(parties, id);
}
const Metric *Project::metric(int id) const {
    return findById(metrics, id);
}
int Project::nextPartyId() const {
    return nextId(parties);
}
int Project::nextMetricId() const {
    return nextId(metrics);
}
int Project::nextInvestorId() const {
    return nextId(investors);
}
int Project::nextFixedFeeId() const {
    return nextId(fixedFees);
}
int Project::nextCohortId() const {
    return nextId(targetGroup.cohorts);
}

int Project::nextScenarioId() const {
    return nextId(scenarios);
}

int Project::nextReviewId() const {
    return nextId(termination.reviews);
}

void Project::normalise() {
    const auto n = static_cast<std::size_t>(
        std::clamp(timeline.periods, Timeline::kMinPeriods, Timeline::kMaxPeriods));
    for (Metric &m : metrics) {
        m.plan.resize(n, 0.0);
        m.actual.resize(n, std::nullopt);
        m.counterfactual.resize(n, 0.0);
        for (CohortOutcome &c : m.cohortOutcomes) {
            c.plan.resize(n, 0.0);
            c.actual.resize(n, std::nullopt);
            c.counterfactual.resize(n, 0.0);
        }
    }
    for (Cohort &c : targetGroup.cohorts)
        c.intake.resize(n, 0);
    deliveryCost.resize(n, 0);
}

} // namespace effekt
