// The Savings page: the discount rate, the traditional alternative, savings per metric.
#include "savingspage.h"
#include "valuelimits.h"

#include "designhelpers.h"
#include "moneyedit.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QTableView>
#include <QVBoxLayout>

namespace effekt::views {

using namespace designhelpers;

namespace {
// The savings lines of all metrics, flattened: row → (metric index, line index).
std::pair<std::size_t, std::size_t> lineAt(const Project &p, int row) {
    int r = row;
    for (std::size_t m = 0; m < p.metrics.size(); ++m) {
        const int n = static_cast<int>(p.metrics[m].savings.size());
        if (r < n)
            return {m, static_cast<std::size_t>(r)};
        r -= n;
    }
    return {p.metrics.size(), 0};
}
int lineCount(const Project &p) {
    int n = 0;
    for (const Metric &m : p.metrics)
        n += static_cast<int>(m.savings.size());
    return n;
}
SavingsLine &line(Project &p, int row) {
    const auto [m, l] = lineAt(p, row);
    return p.metrics[m].savings[l];
}
const SavingsLine &line(const Project &p, int row) {
    const auto [m, l] = lineAt(p, row);
    return p.metrics[m].savings[l];
}
} // namespace

SavingsPage::SavingsPage(Document *document, QWidget *parent)
    : DesignPage(document, QStringLiteral("savings"), parent) {
    auto *valuation = new QGroupBox(tr("Value for money"));
    auto *vf = new QFormLayout(valuation);
    auto *rate = new PercentEdit;
    rate->setObjectName(QStringLiteral("discountRate"));
    rate->setRange(-0.5, 1);
    describe(rate, tr("Discount rate"),
             tr("Real discount rate a year for present values (kalkulasjonsrente); 4 % as in "
                "the Ministry of Finance's circular R-109"));
    vf->addRow(tr("&Discount rate a year (%):"), rate);
    binder_->value(
        rate, [](const Project &p) { return std::optional<double>(p.valuation.discountRate); },
        [](Project &p, std::optional<double> v) { p.valuation.discountRate = v.value_or(0); },
        tr("Change discount rate"));
    binder_->diagnose(rate, QStringLiteral("valuation"), {}, {"discountRate"});
    auto *margin = new PercentEdit;
    margin->setObjectName(QStringLiteral("traditionalMargin"));
    margin->setRange(0, 10);
    describe(margin, tr("Traditional margin"),
             tr("The traditional alternative (buying the same service by an ordinary contract) "
                "costs the delivery cost plus this margin"));
    vf->addRow(tr("&Margin of the traditional alternative (%):"), margin);
    binder_->value(
        margin,
        [](const Project &p) { return std::optional<double>(p.valuation.traditionalMargin); },
        [](Project &p, std::optional<double> v) { p.valuation.traditionalMargin = v.value_or(0); },
        tr("Change traditional margin"));

    auto *model = new DesignTableModel(document_, id_, QStringLiteral("savingsTable"), this);
    model->rows = lineCount;
    model->editText = tr("Edit savings line");
    model->setColumns({
        DesignColumn{
            tr("Metric"), tr("The outcome metric whose improvement saves public money"), K::Choice,
            [](const Project &p, int r) { return QVariant(p.metrics[lineAt(p, r).first].id); },
            [](Project &p, int r, const QVariant &v) {
                const auto [m, l] = lineAt(p, r);
                Metric *target = nullptr;
                for (Metric &x : p.metrics)
                    if (x.id == v.toInt())
                        target = &x;
                if (!target || target == &p.metrics[m])
                    return false;
                const SavingsLine moved = p.metrics[m].savings[l];
                p.metrics[m].savings.erase(p.metrics[m].savings.begin() +
                                           static_cast<std::ptrdiff_t>(l));
                target->savings.push_back(moved);
                return true;
            },
            [](const Project &p) { return metricChoices(p); }},
        DesignColumn{tr("Budget holder"), tr("Whose budget saves: who saves need not be who pays"),
                     K::Choice,
                     [](const Project &p, int r) { return QVariant(int(line(p, r).holder)); },
                     [](Project &p, int r, const QVariant &v) {
                         line(p, r).holder = BudgetHolder(v.toInt());
                         return true;
                     },
                     [](const Project &) { return budgetHolderChoices(); }},
        DesignColumn{
            tr("Saving per unit"), tr("Public money saved per improvement unit"), K::Money,
            [](const Project &p, int r) { return QVariant(qlonglong(line(p, r).perUnit)); },
            [](Project &p, int r, const QVariant &v) {
                line(p, r).perUnit = v.toLongLong();
                return true;
            }},
        DesignColumn{tr("Cashable"),
                     tr("Whether the saving frees money in a budget (cashable) or only capacity"),
                     K::Bool, [](const Project &p, int r) { return QVariant(line(p, r).cashable); },
                     [](Project &p, int r, const QVariant &v) {
                         line(p, r).cashable = v.toBool();
                         return true;
                     }},
        DesignColumn{
            tr("Spread over years"),
            tr("0: all in the period of achievement; n: evenly over n years from it"),
            K::Integer,
            [](const Project &p, int r) { return QVariant(qlonglong(line(p, r).spreadYears)); },
            [](Project &p, int r, const QVariant &v) {
                line(p, r).spreadYears = static_cast<int>(v.toLongLong());
                return true;
            },
            {},
            {},
            0,
            50},
        DesignColumn{
            tr("Spread over periods"),
            tr("Periods added to the years: each saving is spread evenly over the years and "
               "these periods together, from the period of achievement"),
            K::Integer,
            [](const Project &p, int r) { return QVariant(qlonglong(line(p, r).spreadPeriods)); },
            [](Project &p, int r, const QVariant &v) {
                line(p, r).spreadPeriods = static_cast<int>(v.toLongLong());
                return true;
            },
            {},
            {},
            0,
            limits::kMaxSpreadPeriods},
    });
    TableEditor::Operations ops;
    ops.add = [](Project &p) {
        if (p.metrics.empty())
            return false;
        p.metrics.front().savings.push_back(SavingsLine{});
        return true;
    };
    ops.remove = [](Project &p, int row) {
        const auto [m, l] = lineAt(p, row);
        if (m >= p.metrics.size())
            return false;
        p.metrics[m].savings.erase(p.metrics[m].savings.begin() + static_cast<std::ptrdiff_t>(l));
        return true;
    };
    ops.cannotAdd = [](const Project &p) {
        return p.metrics.empty()
                   ? tr("Add an outcome metric first: a savings line is per unit of a metric.")
                   : QString();
    };
    ops.addText = tr("Add savings line");
    ops.removeText = tr("Remove savings line");
    lines_ = new TableEditor(document_, model, id_, QStringLiteral("savingsTable"),
                             tr("Savings per metric"), ops);
    lines_->view()->setMaximumHeight(260);
    auto *savings = new QGroupBox(tr("Public savings per metric"));
    auto *sl = new QVBoxLayout(savings);
    sl->addWidget(intro(tr("For each outcome metric, what the public sector saves per unit of "
                           "improvement, and in whose budget. A new line goes to the first "
                           "metric; choose another in the Metric column.")));
    sl->addWidget(lines_);

    diagnostics_ = new PageDiagnostics(document_, [](const Diagnostic &d) {
        return d.entity == "valuation" || (d.entity == "metric" && d.field == "savings");
    });
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(diagnostics_);
    layout->addWidget(valuation);
    layout->addWidget(savings);
    layout->addStretch();
    setContent(content);
}

} // namespace effekt::views
