#include "evaluation.h"

#include <cmath>

namespace effekt {

bool hasEvaluationStrength(const Metric &metric) {
    return metric.unit == MetricUnit::People &&
           (metric.validation == ValidationMethod::MatchedComparison ||
            metric.validation == ValidationMethod::RandomisedControl);
}

std::optional<EvaluationStrength> evaluationStrength(const Project &project, const Metric &metric) {
    if (!hasEvaluationStrength(metric))
        return std::nullopt;
    int n = project.targetGroup.plannedSize;
    if (metric.cohortId)
        for (const Cohort &c : project.targetGroup.cohorts)
            if (c.id == *metric.cohortId)
                n = c.plannedSize;
    // Over the contract's periods: the plan and the counterfactual, 0 where none is given. A
    // metric tested cohort by cohort: the sums of its cohorts' series, and (when the cohorts'
    // planned sizes are given) the sum of their planned sizes (docs/engine.md "Cohort tests and
    // the final settlement").
    const auto periods = static_cast<std::size_t>(std::max(project.timeline.periods, 0));
    double sumA = 0, sumB = 0;
    auto add = [&](const std::vector<double> &plan, const std::vector<double> &cf) {
        for (std::size_t t = 0; t < periods; ++t) {
            sumA += t < plan.size() ? plan[t] : 0.0;
            sumB += t < cf.size() ? cf[t] : 0.0;
        }
    };
    if (metric.cohortOutcomes.empty()) {
        add(metric.plan, metric.counterfactual);
    } else {
        int cohorts = 0;
        for (const CohortOutcome &co : metric.cohortOutcomes) {
            add(co.plan, co.counterfactual);
            for (const Cohort &c : project.targetGroup.cohorts)
                if (c.id == co.cohortId)
                    cohorts += std::max(c.plannedSize, 0);
        }
        if (cohorts > 0)
            n = cohorts;
    }
    if (n <= 0)
        return std::nullopt;
    EvaluationStrength e;
    e.metricId = metric.id;
    e.sampleSize = n;
    e.p0 = sumB / n;
    e.p1 = sumA / n;
    if (!(e.p0 >= 0 && e.p0 <= 1 && e.p1 >= 0 && e.p1 <= 1))
        return std::nullopt;
    e.plannedEffect = metric.direction == Direction::HigherIsBetter ? e.p1 - e.p0 : e.p0 - e.p1;
    e.mde = kMdeZ * std::sqrt(2 * e.p0 * (1 - e.p0) / n);
    e.belowDetectable = e.plannedEffect < e.mde;
    return e;
}

std::vector<EvaluationStrength> evaluationStrengths(const Project &project) {
    std::vector<EvaluationStrength> out;
    for (const Metric &m : project.metrics)
        if (std::optional<EvaluationStrength> e = evaluationStrength(project, m))
            out.push_back(*e);
    return out;
}

} // namespace effekt
