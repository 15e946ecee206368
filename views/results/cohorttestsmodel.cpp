#include "cohorttestsmodel.h"

#include "format.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace effekt::views {

namespace {
QString cohortName(const Project &p, int id) {
    for (const Cohort &c : p.targetGroup.cohorts)
        if (c.id == id)
            return QString::fromStdString(c.name);
    return CohortTestsModel::tr("cohort %1").arg(id);
}

template <typename T> T valueAt(const std::vector<T> &v, std::size_t i, T otherwise) {
    return i < v.size() ? v[i] : otherwise;
}
} // namespace

std::vector<CohortTestRow> cohortTestRows(const Project &project, const Results &results) {
    std::vector<CohortTestRow> out;
    for (std::size_t m = 0; m < project.metrics.size() && m < results.cohortTests.size(); ++m) {
        const Metric &metric = project.metrics[m];
        const QString name = QString::fromStdString(metric.name);
        const auto &tests = results.cohortTests[m];
        for (std::size_t k = 0; k < tests.size() && k < metric.cohortOutcomes.size(); ++k) {
            const CohortTestResult &c = tests[k];
            for (std::size_t t = 0; t < c.units.size(); ++t) {
                CohortTestRow row;
                row.metric = name;
                row.cohort = cohortName(project, c.cohortId);
                row.period = periodLabel(project.timeline, static_cast<int>(t));
                row.observed = valueAt(c.observed, t, 0.0);
                row.counterfactual = valueAt(c.counterfactual, t, 0.0);
                row.units = c.units[t];
                row.relative = valueAt(c.relative, t, std::optional<double>());
                row.threshold = metric.cohortOutcomes[k].threshold;
                row.passed = t < c.passed.size() && c.passed[t];
                row.counted = row.passed ? row.units : 0;
                out.push_back(std::move(row));
            }
        }
        if (m < results.settlements.size() && results.settlements[m] && metric.rule.settlement) {
            const SettlementResult &s = *results.settlements[m];
            CohortTestRow row;
            row.metric = name;
            row.cohort = CohortTestsModel::tr("Final settlement (all cohorts)");
            row.period = periodLabel(project.timeline, s.period);
            row.units = s.pooledUnits;
            row.relative = s.pooledRelative;
            row.threshold = metric.rule.settlement->threshold;
            row.passed = s.passed;
            row.counted = s.unitsAdded;
            row.before = s.unitsCounted;
            row.settlement = true;
            out.push_back(std::move(row));
        }
    }
    return out;
}

CohortTestsModel::CohortTestsModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , document_(document) {
    connect(document_, &Document::resultsChanged, this, &CohortTestsModel::reload);
    reload();
}

void CohortTestsModel::reload() {
    beginResetModel();
    rows_ = cohortTestRows(document_->resultsProject(), document_->results());
    endResetModel();
}

int CohortTestsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CohortTestsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CohortTestsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case MetricColumn: return tr("Metric");
    case CohortColumn: return tr("Cohort");
    case PeriodColumn:
        return tip ? tr("The period of achievement; the settlement's period pools all periods up "
                        "to it")
                   : tr("Period");
    case ObservedColumn: return tip ? tr("The cohort's observed value a(t)") : tr("Observed");
    case ComparisonColumn:
        return tip ? tr("The cohort's comparison group b(t)") : tr("Comparison group");
    case UnitsColumn:
        return tip ? tr("Improvement units: the improvement over the comparison group (pooled "
                        "for the settlement)")
                   : tr("Improvement units");
    case RelativeColumn:
        return tip ? tr("The improvement as a percentage of the comparison group's value (x)")
                   : tr("Improvement (%)");
    case ThresholdColumn:
        return tip ? tr("The improvement the cohort (or the pooled cohorts) must reach")
                   : tr("Threshold (%)");
    case PassedColumn: return tr("Passed");
    case CountedColumn:
        return tip ? tr("Units paid for: a cohort's units when it passed; for the settlement, "
                        "the pooled units less those the cohort tests already counted (before "
                        "caps)")
                   : tr("Units paid");
    default: return {};
    }
}

QVariant CohortTestsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CohortTestRow &r = rows_[static_cast<std::size_t>(index.row())];
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case MetricColumn: return r.metric;
        case CohortColumn: return r.cohort;
        case PeriodColumn: return r.period;
        case ObservedColumn: return r.observed ? formatNumber(*r.observed, locale) : QString();
        case ComparisonColumn:
            return r.counterfactual ? formatNumber(*r.counterfactual, locale) : QString();
        case UnitsColumn: return formatNumber(r.units, locale);
        case RelativeColumn: return r.relative ? formatPercent(*r.relative, locale, 1) : tr("none");
        case ThresholdColumn: return formatPercent(r.threshold, locale, 1);
        case PassedColumn: return r.passed ? tr("yes") : tr("no");
        case CountedColumn: return formatNumber(r.counted, locale);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= ObservedColumn &&
        index.column() != PassedColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && r.settlement) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && index.column() == PassedColumn && !r.passed)
        return QBrush(QColor(0xc0, 0x40, 0x00));
    if (role == Qt::ToolTipRole && r.settlement && index.column() == CountedColumn && r.before)
        return tr("Pooled improvement units %1, less %2 already counted by the cohort tests")
            .arg(formatNumber(r.units, locale), formatNumber(*r.before, locale));
    if (role == Qt::ToolTipRole && index.column() == RelativeColumn && !r.relative)
        return tr("The comparison group's value is 0, so there is no relative improvement: the "
                  "test is not passed");
    return {};
}

QString CohortTestsModel::toText() const {
    QStringList lines;
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < columnCount(); ++c)
            cells << data(index(r, c)).toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace effekt::views
