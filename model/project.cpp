#include "project.h"

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

// Modulus-11 check digit over digits[0..weights.size()), or -1 when the remainder gives 10.
int mod11(std::string_view digits, std::initializer_list<int> weights) {
    int sum = 0;
    std::size_t i = 0;
    for (int w : weights)
        sum += (digits[i++] - '0') * w;
    const int r = 11 - sum % 11;
    return r == 11 ? 0 : (r == 10 ? -1 : r);
}
} // namespace

bool isValidOrgNumber(std::string_view d) {
    if (d.size() != 9 || !allDigits(d))
        return false;
    const int check = mod11(d, {3, 2, 7, 6, 5, 4, 3, 2});
    return check >= 0 && check == d[8] - '0';
}

bool isNationalIdNumber(std::string_view d) {
    if (d.size() != 11 || !allDigits(d))
        return false;
    const int k1 = mod11(d, {3, 7, 6, 1, 8, 9, 4, 5, 2});
    if (k1 < 0 || k1 != d[9] - '0')
        return false;
    const int k2 = mod11(d, {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
    return k2 >= 0 && k2 == d[10] - '0';
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

Project workedExample() {
    Project p;
    p.name = "Ung i jobb";
    p.description = "Eksempel: unge mellom 18 og 29 år ut i arbeid, åtte kvartaler fra 2027.";
    p.timeline = Timeline{Date{2027, 1, 1}, PeriodLength::Quarter, 8};
    p.targetGroup.name = "Unge 18-29 utenfor arbeid";
    p.targetGroup.plannedSize = 120;

    p.parties = {
        Party{1, "Eksempel kommune", PartyRole::Commissioner, "974760673", std::nullopt},
        Party{2, "Eksempel Invest AS", PartyRole::Investor, "", std::nullopt},
        Party{3, "Eksempel Leverandør AS", PartyRole::Provider, "", std::nullopt},
    };

    Metric m1;
    m1.id = 1;
    m1.name = "I arbeid i 13 uker";
    m1.unit = MetricUnit::People;
    m1.plan = {0, 5, 8, 10, 12, 12, 12, 12};
    m1.counterfactual = std::vector<double>(8, 2.0);
    m1.rule.type = RuleType::PerUnit;
    m1.rule.price = 60'000 * money::kMinorPerMajor;
    m1.rule.lag = 1;
    m1.rule.capMoney = 3'000'000 * money::kMinorPerMajor;
    m1.rule.payers = {PayerShare{1, 1.0}};
    m1.savings = {SavingsLine{BudgetHolder::Kommune, 150'000 * money::kMinorPerMajor, true, 0}};

    Metric m2;
    m2.id = 2;
    m2.name = "Fullført videregående opplæring";
    m2.unit = MetricUnit::People;
    m2.plan = {0, 0, 3, 5, 5, 6, 6, 6};
    m2.counterfactual = std::vector<double>(8, 0.0);
    m2.rule.type = RuleType::PerUnit;
    m2.rule.price = 40'000 * money::kMinorPerMajor;
    m2.rule.lag = 2;
    m2.rule.payers = {PayerShare{1, 1.0}};

    p.metrics = {m1, m2};
    p.caps.total = 5'000'000 * money::kMinorPerMajor;
    p.deliveryCost = std::vector<Money>(8, 500'000 * money::kMinorPerMajor);

    Investor inv;
    inv.id = 1;
    inv.partyId = 2;
    inv.commitment = 4'000'000 * money::kMinorPerMajor;
    inv.tranche = Tranche::Senior;
    inv.returnCap = 1.3;
    p.investors = {inv};
    p.normalise();
    return p;
}

} // namespace effekt
