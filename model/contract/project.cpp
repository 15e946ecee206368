#include "project.h"

#include "textcodes.h"

#include <algorithm>

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
    }
    for (Cohort &c : targetGroup.cohorts)
        c.intake.resize(n, 0);
    deliveryCost.resize(n, 0);
}

} // namespace effekt
