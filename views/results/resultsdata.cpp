#include "resultsdata.h"

#include "chartend.h"
#include "cohortsums.h"
#include "format.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace effekt::views {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(ResultsCharts)
};

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

QStringList periodLabels(const Project &project, int count, const QLocale &locale) {
    QStringList labels;
    for (int t = 0; t < count; ++t)
        labels << periodLabel(project.timeline, t, locale);
    return labels;
}

void describeContract(ChartData &d, const Project &project, const Results &results,
                      const QLocale &locale) {
    d.contract = QString::fromStdString(project.name);
    d.periodsPerYear = periodsPerYear(project.timeline.length);
    markContractEnd(d, project, results.terminatedAfter, locale);
}

std::vector<double> cumulative(const std::vector<double> &v) {
    std::vector<double> out(v.size());
    double sum = 0;
    for (std::size_t i = 0; i < v.size(); ++i)
        out[i] = sum += v[i];
    return out;
}

std::vector<double> kronerSeries(const std::vector<Money> &v, int count) {
    std::vector<double> out(static_cast<std::size_t>(count));
    for (int t = 0; t < count; ++t)
        out[static_cast<std::size_t>(t)] = kroner(at(v, t));
    return out;
}

bool anyNonZero(const std::vector<double> &v) {
    return std::any_of(v.begin(), v.end(), [](double x) { return x != 0 && !std::isnan(x); });
}

QString moneyAxis() {
    //: Axis title of money charts.
    return Text::tr("Amount (NOK)");
}
QString periodAxis() {
    return Text::tr("Period");
}
} // namespace

const ChartSeries *ChartData::find(const QString &name) const {
    for (const ChartSeries &s : series)
        if (s.name == name)
            return &s;
    return nullptr;
}

double kroner(Money m) {
    return static_cast<double>(m) / money::kMinorPerMajor;
}

std::vector<int> labelledPeriods(int count, int periodsPerYear, int maxLabels) {
    std::vector<int> out;
    if (count <= 0)
        return out;
    maxLabels = std::max(1, maxLabels);
    const int perYear = std::max(1, periodsPerYear);
    // Steps that read well: a divisor of a year (every 2nd month, every 2nd quarter), then whole
    // years and round numbers of them.
    std::vector<int> steps = {1};
    for (int k = 2; k < perYear; ++k)
        if (perYear % k == 0)
            steps.push_back(k);
    for (int years : {1, 2, 5, 10, 20, 50, 100, 200, 500})
        steps.push_back(years * perYear);
    int step = steps.back();
    for (int k : steps)
        if ((count + k - 1) / k <= maxLabels) {
            step = k;
            break;
        }
    for (int t = 0; t < count; t += step)
        out.push_back(t);
    return out;
}

QString resultsTabLabel(const QString &id) {
    if (id == QLatin1String("payments"))
        return Text::tr("&Payments", "results tab");
    if (id == QLatin1String("investors"))
        return Text::tr("&Investors", "results tab");
    if (id == QLatin1String("commissioner"))
        return Text::tr("Co&mmissioner", "results tab");
    if (id == QLatin1String("planActual"))
        return Text::tr("Plan and &actual", "results tab");
    if (id == QLatin1String("payout"))
        return Text::tr("Pa&yout curve", "results tab");
    if (id == QLatin1String("statement"))
        return Text::tr("&Statement", "results tab");
    if (id == QLatin1String("cohorts"))
        return Text::tr("Co&hort tests", "results tab");
    return {};
}

QString withoutMnemonic(const QString &label) {
    QString out;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label[i] == QLatin1Char('&') && i + 1 < label.size())
            ++i; // "&P" is P, "&&" is one &
        out += label[i];
    }
    return out;
}

QString exportFileName(const QString &contractName, const QString &what) {
    const QString contract = contractName.trimmed();
    //: The default file name of an exported chart: the contract's name, then the chart's.
    QString name = contract.isEmpty() ? what : Text::tr("%1 – %2").arg(contract, what);
    // Characters no file system takes (Windows is the strictest), and no leading dot.
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name)
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('-');
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name.trimmed().isEmpty() ? Text::tr("Chart") : name.trimmed();
}

QString chartFileName(const ChartData &data) {
    // A chart of the Results page is named as its tab, in either language.
    const QString tab = resultsTabLabel(data.id);
    return exportFileName(data.contract, tab.isEmpty() ? data.title : withoutMnemonic(tab));
}

Money at(const std::vector<Money> &v, int t) {
    return t >= 0 && static_cast<std::size_t>(t) < v.size() ? v[static_cast<std::size_t>(t)] : 0;
}

double discountFactor(const Project &project, int t) {
    const double perYear = periodsPerYear(project.timeline.length);
    const double rp = std::pow(1.0 + project.valuation.discountRate, 1.0 / perYear) - 1.0;
    return 1.0 / std::pow(1.0 + rp, t + 1);
}

ChartData paymentsChartData(const Project &project, const Results &results, const QLocale &locale) {
    ChartData d;
    d.id = QStringLiteral("payments");
    d.title = Text::tr("Outcome payments per period");
    d.xTitle = Text::tr("Period the payment falls due");
    d.yTitle = moneyAxis();
    const int n = std::max(0, results.periods);
    d.categories = periodLabels(project, n, locale);
    describeContract(d, project, results, locale);
    const auto due = outcomeDueByMetric(results); // after every cap: the bars add up
    const std::size_t metrics = std::min(due.size(), project.metrics.size());
    // More metrics than colours one can tell apart: the largest keep their own bars, the rest are
    // summed into "Other metrics".
    std::vector<std::size_t> order(metrics);
    for (std::size_t m = 0; m < metrics; ++m)
        order[m] = m;
    std::vector<bool> own(metrics, true);
    if (metrics > kMaxMetricBars) {
        std::vector<Money> totals(metrics, 0);
        for (std::size_t m = 0; m < metrics; ++m)
            for (Money v : due[m])
                totals[m] += v;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return totals[a] > totals[b]; });
        for (std::size_t i = kMaxMetricBars - 1; i < metrics; ++i)
            own[order[i]] = false;
    }
    std::vector<double> other(static_cast<std::size_t>(n), 0.0);
    for (std::size_t m = 0; m < metrics; ++m) {
        if (!own[m]) {
            for (int t = 0; t < n; ++t)
                other[static_cast<std::size_t>(t)] += kroner(at(due[m], t));
            continue;
        }
        ChartSeries s{
            QString::fromStdString(project.metrics[m].name), ChartSeries::Kind::StackedBar, {}};
        for (int t = 0; t < n; ++t)
            s.values.push_back(kroner(at(due[m], t)));
        d.series.push_back(std::move(s));
    }
    if (metrics > kMaxMetricBars)
        d.series.push_back(ChartSeries{Text::tr("Other metrics"), ChartSeries::Kind::StackedBar,
                                       std::move(other)});
    std::vector<double> fees = kronerSeries(results.fixedFeesDue, n);
    if (anyNonZero(fees))
        d.series.push_back(
            ChartSeries{Text::tr("Fixed fees"), ChartSeries::Kind::StackedBar, std::move(fees)});
    d.series.push_back(ChartSeries{Text::tr("Cumulative payments"), ChartSeries::Kind::Line,
                                   cumulative(kronerSeries(results.totalDue, n))});
    if (project.caps.total)
        d.series.push_back(ChartSeries{
            Text::tr("Total cap"), ChartSeries::Kind::Reference,
            std::vector<double>(static_cast<std::size_t>(n), kroner(*project.caps.total))});
    return d;
}

std::optional<int> investorBreakEven(const Results &results) {
    Money position = 0;
    bool below = false;
    for (int t = 0; t < results.periods; ++t) {
        position += at(results.distributions, t) - at(results.draws, t);
        if (t == results.periods - 1)
            for (const InvestorResult &inv : results.investors)
                position += inv.guarantee;
        if (position < 0)
            below = true;
        else if (below)
            return t;
    }
    return std::nullopt;
}

ChartData investorChartData(const Project &project, const Results &results, const QLocale &locale) {
    ChartData d;
    d.id = QStringLiteral("investors");
    d.title = Text::tr("Investors' cash flow");
    d.xTitle = periodAxis();
    d.yTitle = moneyAxis();
    const int n = std::max(0, results.periods);
    d.categories = periodLabels(project, n, locale);
    describeContract(d, project, results, locale);
    std::vector<double> draws = kronerSeries(results.draws, n);
    for (double &v : draws)
        v = -v;
    std::vector<double> distributions = kronerSeries(results.distributions, n);
    std::vector<double> guarantee(static_cast<std::size_t>(n), 0.0);
    Money guaranteed = 0;
    for (const InvestorResult &inv : results.investors)
        guaranteed += inv.guarantee;
    if (n > 0)
        guarantee.back() = kroner(guaranteed);
    std::vector<double> net(static_cast<std::size_t>(n));
    for (std::size_t t = 0; t < net.size(); ++t)
        net[t] = draws[t] + distributions[t] + guarantee[t];
    d.series.push_back(
        ChartSeries{Text::tr("Draws"), ChartSeries::Kind::StackedBar, std::move(draws)});
    d.series.push_back(ChartSeries{Text::tr("Distributions"), ChartSeries::Kind::StackedBar,
                                   std::move(distributions)});
    if (guaranteed != 0)
        d.series.push_back(ChartSeries{Text::tr("Guarantee"), ChartSeries::Kind::StackedBar,
                                       std::move(guarantee)});
    std::vector<double> position = cumulative(net);
    std::vector<double> marker(static_cast<std::size_t>(n), kNone);
    if (const auto t = investorBreakEven(results))
        marker[static_cast<std::size_t>(*t)] = position[static_cast<std::size_t>(*t)];
    d.series.push_back(
        ChartSeries{Text::tr("Cumulative position"), ChartSeries::Kind::Line, std::move(position)});
    d.series.push_back(
        ChartSeries{Text::tr("Break-even"), ChartSeries::Kind::Marker, std::move(marker)});
    return d;
}

ChartData commissionerChartData(const Project &project, const Results &results,
                                const QLocale &locale) {
    ChartData d;
    d.id = QStringLiteral("commissioner");
    d.title = Text::tr("Commissioner: payments and savings");
    d.xTitle = periodAxis();
    d.yTitle = moneyAxis();
    int n = std::max(0, results.periods);
    for (const auto &holder : results.savings)
        n = std::max(n, static_cast<int>(holder.size()));
    d.categories = periodLabels(project, n, locale);
    describeContract(d, project, results, locale);

    // What the commissioner side pays: due payments less the surplus it keeps.
    std::vector<double> payments(static_cast<std::size_t>(n));
    for (int t = 0; t < n; ++t)
        payments[static_cast<std::size_t>(t)] =
            kroner(at(results.totalDue, t) - at(results.commissionerKept, t));
    std::vector<double> savingsTotal(static_cast<std::size_t>(n), 0.0);
    std::vector<ChartSeries> holders;
    for (std::size_t h = 0; h < results.savings.size(); ++h) {
        std::vector<double> s = kronerSeries(results.savings[h], n);
        for (std::size_t t = 0; t < s.size(); ++t)
            savingsTotal[t] += s[t];
        if (anyNonZero(s))
            holders.push_back(ChartSeries{
                Text::tr("Savings: %1").arg(budgetHolderName(static_cast<BudgetHolder>(h))),
                ChartSeries::Kind::Bar, std::move(s)});
    }
    std::vector<double> paymentsPv(payments.size()), savingsPv(payments.size());
    for (int t = 0; t < n; ++t) {
        const double f = discountFactor(project, t);
        paymentsPv[static_cast<std::size_t>(t)] = payments[static_cast<std::size_t>(t)] * f;
        savingsPv[static_cast<std::size_t>(t)] = savingsTotal[static_cast<std::size_t>(t)] * f;
    }
    d.series.push_back(ChartSeries{Text::tr("Payments"), ChartSeries::Kind::Bar, payments});
    for (ChartSeries &s : holders)
        d.series.push_back(std::move(s));
    d.series.push_back(ChartSeries{Text::tr("Payments, discounted"), ChartSeries::Kind::DashedLine,
                                   std::move(paymentsPv)});
    d.series.push_back(ChartSeries{Text::tr("Savings, discounted"), ChartSeries::Kind::DashedLine,
                                   std::move(savingsPv)});
    return d;
}

ChartData planActualChartData(const Project &project, const Results &results, int metricIndex,
                              const QLocale &locale) {
    ChartData d;
    d.id = QStringLiteral("planActual");
    d.unit = ChartData::Unit::Number;
    d.xTitle = Text::tr("Period of achievement");
    const int n = project.timeline.periods;
    d.categories = periodLabels(project, n, locale);
    describeContract(d, project, results, locale);
    if (metricIndex < 0 || static_cast<std::size_t>(metricIndex) >= project.metrics.size()) {
        d.title = Text::tr("Plan and actual");
        d.yTitle = Text::tr("Observed value");
        return d;
    }
    // Tested cohort by cohort: the sums of its cohorts, as the engine reads them.
    const Metric m = withCohortSums(project.metrics[static_cast<std::size_t>(metricIndex)]);
    d.title = Text::tr("Plan and actual: %1").arg(QString::fromStdString(m.name));
    d.yTitle = Text::tr("Observed value (%1)").arg(metricUnitName(m.unit));
    ChartSeries plan{Text::tr("Plan"), ChartSeries::Kind::Line, {}};
    ChartSeries actual{Text::tr("Actual"), ChartSeries::Kind::Points, {}};
    ChartSeries forecast{Text::tr("Forecast"), ChartSeries::Kind::DashedLine, {}};
    ChartSeries counterfactual{Text::tr("Counterfactual"), ChartSeries::Kind::DashedLine, {}};
    for (int t = 0; t < n; ++t) {
        plan.values.push_back(observedValue(m, t, Basis::Plan));
        const auto i = static_cast<std::size_t>(t);
        const std::optional<double> a = i < m.actual.size() ? m.actual[i] : std::nullopt;
        actual.values.push_back(a.value_or(kNone));
        forecast.values.push_back(observedValue(m, t, Basis::Forecast));
        counterfactual.values.push_back(i < m.counterfactual.size() ? m.counterfactual[i] : 0.0);
    }
    const bool hasCounterfactual = anyNonZero(counterfactual.values);
    // The forecast first, so that the plan and the actuals are drawn over it where they agree.
    d.series.push_back(std::move(forecast));
    d.series.push_back(std::move(plan));
    d.series.push_back(std::move(actual));
    if (hasCounterfactual)
        d.series.push_back(std::move(counterfactual));
    return d;
}

void markContractEnd(ChartData &data, const Project &project, std::optional<int> terminatedAfter,
                     const QLocale &locale) {
    if (!terminatedAfter || *terminatedAfter < 0 || *terminatedAfter >= data.categories.size()) {
        data.endedAfter.reset();
        data.endedLabel.clear();
        return;
    }
    data.endedAfter = terminatedAfter;
    data.endedLabel = endedAfterText(periodLabel(project.timeline, *terminatedAfter, locale));
}

QString terminationSummary(const Project &project, const Results &results, const QLocale &locale) {
    if (!results.terminatedAfter)
        return {};
    const QString when = periodLabel(project.timeline, *results.terminatedAfter, locale);
    const auto &reviews = project.termination.reviews;
    int number = 0;
    for (std::size_t i = 0; i < reviews.size(); ++i)
        if (results.terminationReviewId && reviews[i].id == *results.terminationReviewId)
            number = static_cast<int>(i) + 1;
    QString text =
        number > 0
            //: %1 a period, %2 the review point's number in the Caps page's list.
            ? Text::tr("The contract ends after %1: review point %2 was not met")
                  .arg(when)
                  .arg(number)
            : Text::tr("The contract ends after %1: a review point was not met").arg(when);
    const Party *payee =
        project.termination.payeeId ? project.party(*project.termination.payeeId) : nullptr;
    if (results.terminationPayment > 0 && payee)
        //: Continues "The contract ends after …: review point 1 was not met".
        text += Text::tr("; termination payment %1 to %2.")
                    .arg(formatMoney(results.terminationPayment, locale),
                         QString::fromStdString(payee->name));
    else
        text += QLatin1Char('.');
    return text;
}

QString formatChartValue(const ChartData &data, double value, const QLocale &locale) {
    if (std::isnan(value))
        return {};
    if (data.unit == ChartData::Unit::Money)
        return formatMoney(money::round(value * money::kMinorPerMajor), locale);
    return formatNumber(value, locale, 2);
}

QString budgetHolderName(BudgetHolder holder) {
    switch (holder) {
    case BudgetHolder::Kommune: return Text::tr("municipality");
    case BudgetHolder::Stat: return Text::tr("state");
    case BudgetHolder::Helseforetak: return Text::tr("health trust");
    case BudgetHolder::Other: return Text::tr("other");
    }
    return {};
}

QString metricUnitName(MetricUnit unit) {
    switch (unit) {
    case MetricUnit::People: return Text::tr("people");
    case MetricUnit::Events: return Text::tr("events");
    case MetricUnit::Days: return Text::tr("days");
    case MetricUnit::Money: return Text::tr("NOK");
    case MetricUnit::Percent: return Text::tr("%");
    }
    return {};
}

} // namespace effekt::views
