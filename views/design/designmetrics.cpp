#include "designmetrics.h"

#include "designhelpers.h"

#include "cohortsums.h"
#include "designwidgets.h"
#include "evaluation.h"
#include "format.h"
#include "moneyedit.h"
#include "payoutcurve.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace effekt::views {

namespace {
const QString kPage = QStringLiteral("metrics");
using K = DesignColumn::Kind;

std::optional<double> money(Money m) {
    return static_cast<double>(m);
}
using designhelpers::intro;
using designhelpers::toMoney;
} // namespace

Metric *MetricsDesignPage::metric(Project &p) const {
    for (Metric &m : p.metrics)
        if (m.id == metricId_)
            return &m;
    return nullptr;
}

const Metric *MetricsDesignPage::metric(const Project &p) const {
    return p.metric(metricId_);
}

int MetricsDesignPage::currentRow() const {
    const auto &ms = document_->project().metrics;
    for (std::size_t i = 0; i < ms.size(); ++i)
        if (ms[i].id == metricId_)
            return static_cast<int>(i);
    return -1;
}

EditLocation MetricsDesignPage::subLocation(const QString &table, int row, int column) const {
    return EditLocation{kPage, currentRow(), -1,
                        QStringLiteral("%1:%2:%3").arg(table).arg(row).arg(column)};
}

MetricsDesignPage::~MetricsDesignPage() {
    qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
}

MetricsDesignPage::MetricsDesignPage(Document *document, QWidget *parent)
    : PageWidget(parent)
    , document_(document) {
    binder_ = new FormBinder(document_, kPage, this);
    binder_->keyScope = [this] { return QStringLiteral("metric/%1/").arg(metricId_); };
    binder_->locationRow = [this] { return currentRow(); };
    binder_->enabled = [this] { return metricId_ >= 0; };

    // ---- The list of metrics
    auto *listModel = new DesignTableModel(document_, kPage, QStringLiteral("metricsTable"), this);
    listModel->rows = [](const Project &p) { return static_cast<int>(p.metrics.size()); };
    listModel->rowKey = [](const Project &p, int r) { return p.metrics[std::size_t(r)].id; };
    listModel->editText = tr("Rename metric");
    listModel->setColumns({
        DesignColumn{tr("Outcome metric"), tr("The outcome that is measured and paid for"), K::Text,
                     [](const Project &p, int r) {
                         return QVariant(QString::fromStdString(p.metrics[std::size_t(r)].name));
                     },
                     [](Project &p, int r, const QVariant &v) {
                         const QString name = v.toString().trimmed();
                         if (name.isEmpty())
                             return false;
                         p.metrics[std::size_t(r)].name = name.toStdString();
                         return true;
                     }},
        DesignColumn{tr("Payment rule"),
                     tr("How the metric is paid for"),
                     K::Choice,
                     [](const Project &p, int r) {
                         return QVariant(int(p.metrics[std::size_t(r)].rule.type));
                     },
                     {},
                     [](const Project &) { return ruleTypeChoices(); }},
    });
    TableEditor::Operations ops;
    ops.add = [](Project &p) {
        Metric m;
        m.id = p.nextMetricId();
        m.name = tr("Metric %1").arg(m.id).toStdString();
        p.metrics.push_back(std::move(m));
        return true;
    };
    ops.duplicate = [](Project &p, int row) {
        Metric m = p.metrics[std::size_t(row)];
        m.id = p.nextMetricId();
        m.name = tr("%1 (copy)").arg(QString::fromStdString(m.name)).toStdString();
        p.metrics.insert(p.metrics.begin() + row + 1, std::move(m));
        return true;
    };
    ops.remove = [](Project &p, int row) {
        return removeMetric(p, p.metrics[std::size_t(row)].id);
    };
    ops.removeQuestion = [](const Project &p, int row) {
        const Metric &m = p.metrics[std::size_t(row)];
        return removalQuestion(QString::fromStdString(m.name), metricDependents(p, m.id));
    };
    ops.move = [](Project &p, int from, int to) {
        std::swap(p.metrics[std::size_t(from)], p.metrics[std::size_t(to)]);
        return true;
    };
    listModel->diagnosticEntity = "metric";
    listModel->column(1).diagnosticField = "rule";
    ops.addText = tr("Add metric");
    ops.duplicateText = tr("Duplicate metric");
    ops.removeText = tr("Remove metric");
    ops.moveText = tr("Move metric");
    metrics_ = new TableEditor(document_, listModel, kPage, QStringLiteral("metricsTable"),
                               tr("Outcome metrics"), ops);
    metrics_->locate = [](int row) {
        return EditLocation{kPage, row, 0, QStringLiteral("metricsTable")};
    };
    metrics_->view()->setSelectionBehavior(QAbstractItemView::SelectRows);
    metrics_->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    metrics_->view()->horizontalHeader()->setStretchLastSection(false);
    connect(metrics_->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (loading_ || !current.isValid())
                    return;
                const auto &ms = document_->project().metrics;
                if (current.row() < static_cast<int>(ms.size()))
                    metricId_ = ms[std::size_t(current.row())].id;
                load();
            });

    // ---- The metric
    auto *about = new QGroupBox(tr("What is measured"));
    auto *af = new QFormLayout(about);
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("metricName"));
    describe(name, tr("Metric name"), tr("A short name of the outcome, e.g. In work for 13 weeks"));
    af->addRow(tr("&Name:"), name);
    binder_->text(
        name,
        [this](const Project &p) {
            const Metric *m = metric(p);
            return m ? QString::fromStdString(m->name) : QString();
        },
        [this](Project &p, const QString &t) {
            if (Metric *m = metric(p); m && !t.trimmed().isEmpty())
                m->name = t.trimmed().toStdString();
        },
        tr("Rename metric"));
    auto *definition = new QPlainTextEdit;
    definition->setObjectName(QStringLiteral("metricDefinition"));
    definition->setTabChangesFocus(true);
    definition->setMaximumHeight(70);
    describe(definition, tr("Definition"),
             tr("Exactly what counts as an outcome, so that the evaluator can verify it"));
    af->addRow(tr("&Definition:"), definition);
    binder_->plainText(
        definition,
        [this](const Project &p) {
            const Metric *m = metric(p);
            return m ? QString::fromStdString(m->definition) : QString();
        },
        [this](Project &p, const QString &t) {
            if (Metric *m = metric(p))
                m->definition = t.toStdString();
        },
        tr("Change metric definition"));

    auto addChoice = [&](QFormLayout *f, const QString &object, const QString &label,
                         const QString &accessible, const QString &tip, const Choices &choices,
                         std::function<int(const Metric &)> get,
                         std::function<void(Metric &, int)> set, const QString &undo) {
        auto *combo = new QComboBox;
        combo->setObjectName(object);
        fillCombo(combo, choices);
        describe(combo, accessible, tip);
        f->addRow(label, combo);
        binder_->choice(
            combo,
            [this, get](const Project &p) {
                const Metric *m = metric(p);
                return m ? get(*m) : 0;
            },
            [this, set](Project &p, int v) {
                if (Metric *m = metric(p))
                    set(*m, v);
            },
            undo);
        return combo;
    };
    addChoice(
        af, QStringLiteral("metricUnit"), tr("&Unit:"), tr("Unit"),
        tr("What one unit of the observed value is: people, events, days, money or per "
           "cent"),
        unitChoices(), [](const Metric &m) { return int(m.unit); },
        [](Metric &m, int v) { m.unit = MetricUnit(v); }, tr("Change unit"));
    addChoice(
        af, QStringLiteral("metricDirection"), tr("Di&rection:"), tr("Direction"),
        tr("Whether an improvement is a higher value than the counterfactual (people in "
           "work) or a lower one (days in care)"),
        directionChoices(), [](const Metric &m) { return int(m.direction); },
        [](Metric &m, int v) { m.direction = Direction(v); }, tr("Change direction"));
    addChoice(
        af, QStringLiteral("metricValidation"), tr("&Validation:"), tr("Validation method"),
        tr("How the evaluator establishes the outcome and its counterfactual"), validationChoices(),
        [](const Metric &m) { return int(m.validation); },
        [](Metric &m, int v) { m.validation = ValidationMethod(v); },
        tr("Change validation method"));
    auto *source = new QLineEdit;
    source->setObjectName(QStringLiteral("metricDataSource"));
    describe(source, tr("Data source"),
             tr("Where the measurements come from, e.g. NAV's register of employment"));
    af->addRow(tr("Data &source:"), source);
    binder_->text(
        source,
        [this](const Project &p) {
            const Metric *m = metric(p);
            return m ? QString::fromStdString(m->dataSource) : QString();
        },
        [this](Project &p, const QString &t) {
            if (Metric *m = metric(p))
                m->dataSource = t.toStdString();
        },
        tr("Change data source"));
    cohort_ = new QComboBox;
    cohort_->setObjectName(QStringLiteral("metricCohort"));
    describe(cohort_, tr("Cohort"),
             tr("The cohort the metric measures (needed for amounts per cohort member)"));
    af->addRow(tr("C&ohort:"), cohort_);
    binder_->choice(
        cohort_,
        [this](const Project &p) {
            const Metric *m = metric(p);
            return m && m->cohortId ? *m->cohortId : -1;
        },
        [this](Project &p, int v) {
            if (Metric *m = metric(p))
                m->cohortId = v < 0 ? std::nullopt : std::optional<int>(v);
        },
        tr("Change cohort of metric"));

    // ---- Will the evaluation see the effect? (DOMAIN.md §8, docs/risk.md)
    evaluation_ = new QGroupBox(tr("Evaluation strength"));
    evaluation_->setObjectName(QStringLiteral("evaluationStrength"));
    evaluation_->setToolTip(
        tr("Whether a comparison of two groups of the cohort's planned size can tell the "
           "planned effect from chance (80 % power, 5 % significance)"));
    auto *ev = new QVBoxLayout(evaluation_);
    evaluationFigures_ = new QWidget;
    auto *ef = new QFormLayout(evaluationFigures_);
    ef->setContentsMargins(0, 0, 0, 0);
    auto figure = [&](const QString &object, const QString &label, const QString &tip) {
        auto *l = new QLabel;
        l->setObjectName(object);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true); // a narrow form wraps the group size rather than widening
        l->setToolTip(tip);
        describe(l, label, tip);
        ef->addRow(label, l);
        return l;
    };
    evaluationMde_ =
        figure(QStringLiteral("evaluationMde"), tr("Smallest detectable effect:"),
               tr("The smallest difference in the share of people with the outcome between the two "
                  "groups that the evaluation can tell from chance (the minimum detectable effect, "
                  "MDE)"));
    evaluationEffect_ = figure(
        QStringLiteral("evaluationPlannedEffect"), tr("Planned effect:"),
        tr("The difference the plan promises: the share of the cohort with the outcome under the "
           "plan minus the share under the counterfactual, over the contract"));
    evaluationSize_ =
        figure(QStringLiteral("evaluationGroupSize"), tr("Group size:"),
               tr("People in each group: the planned size of the metric's cohort, or of the "
                  "target group when the metric names no cohort, and a comparison group as large"));
    ev->addWidget(evaluationFigures_);
    auto *verdict = new QHBoxLayout;
    evaluationIcon_ = new QLabel;
    evaluationIcon_->setObjectName(QStringLiteral("evaluationIcon"));
    evaluationIcon_->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    evaluationIcon_->setAlignment(Qt::AlignTop);
    verdict->addWidget(evaluationIcon_, 0, Qt::AlignTop);
    evaluationVerdict_ = new QLabel;
    evaluationVerdict_->setObjectName(QStringLiteral("evaluationVerdict"));
    evaluationVerdict_->setWordWrap(true);
    verdict->addWidget(evaluationVerdict_, 1);
    ev->addLayout(verdict);
    evaluationAdvice_ = new QLabel(
        tr("To make the effect measurable: evaluate more people (a larger cohort, with the plan "
           "and the counterfactual counted for all of them), follow them for longer, or agree "
           "another validation method with the evaluator."));
    evaluationAdvice_->setObjectName(QStringLiteral("evaluationAdvice"));
    evaluationAdvice_->setWordWrap(true);
    ev->addWidget(evaluationAdvice_);
    evaluationNote_ = new QLabel;
    evaluationNote_->setObjectName(QStringLiteral("evaluationNote"));
    evaluationNote_->setWordWrap(true);
    ev->addWidget(evaluationNote_);

    // ---- The payment rule
    auto *rule = new QGroupBox(tr("Payment rule"));
    auto *rl = new QVBoxLayout(rule);
    auto *rf = new QFormLayout;
    rl->addLayout(rf);
    addChoice(
        rf, QStringLiteral("ruleType"), tr("Rule &type:"), tr("Rule type"),
        tr("Per unit: a price for each unit of improvement. Tiered: an amount for each "
           "level reached. Share of savings: a share of the money saved. Milestone: a "
           "fixed amount once."),
        ruleTypeChoices(), [](const Metric &m) { return int(m.rule.type); },
        [](Metric &m, int v) { m.rule.type = RuleType(v); }, tr("Change rule type"));
    ruleStack_ = new QStackedWidget;
    rl->addWidget(ruleStack_);

    auto addMoney = [&](QFormLayout *f, const QString &object, const QString &label,
                        const QString &accessible, const QString &tip, bool optional,
                        std::function<std::optional<Money>(const Metric &)> get,
                        std::function<void(Metric &, std::optional<Money>)> set,
                        const QString &undo) {
        auto *e = new MoneyEdit;
        e->setObjectName(object);
        e->setOptional(optional);
        if (optional)
            e->setPlaceholderText(tr("none"));
        describe(e, accessible, tip);
        f->addRow(label, e);
        binder_->value(
            e,
            [this, get](const Project &p) -> std::optional<double> {
                const Metric *m = metric(p);
                if (!m)
                    return std::nullopt;
                const std::optional<Money> v = get(*m);
                return v ? money(*v) : std::nullopt;
            },
            [this, set](Project &p, std::optional<double> v) {
                if (Metric *m = metric(p))
                    set(*m, v ? std::optional<Money>(toMoney(v)) : std::nullopt);
            },
            undo);
        return e;
    };
    auto addValue = [&](QFormLayout *f, ValueEdit *e, const QString &object, const QString &label,
                        const QString &accessible, const QString &tip,
                        std::function<std::optional<double>(const Metric &)> get,
                        std::function<void(Metric &, std::optional<double>)> set,
                        const QString &undo) {
        e->setObjectName(object);
        describe(e, accessible, tip);
        f->addRow(label, e);
        binder_->value(
            e,
            [this, get](const Project &p) -> std::optional<double> {
                const Metric *m = metric(p);
                return m ? get(*m) : std::nullopt;
            },
            [this, set](Project &p, std::optional<double> v) {
                if (Metric *m = metric(p))
                    set(*m, v);
            },
            undo);
        return e;
    };

    // Per unit
    auto *perUnit = new QWidget;
    auto *pl = new QVBoxLayout(perUnit);
    pl->setContentsMargins(0, 0, 0, 0);
    auto *pf = new QFormLayout;
    pl->addLayout(pf);
    addMoney(
        pf, QStringLiteral("rulePrice"), tr("&Price per unit:"), tr("Price per unit"),
        tr("Paid for each unit of improvement over the counterfactual (the rate card)"), false,
        [](const Metric &m) { return std::optional<Money>(m.rule.price); },
        [](Metric &m, std::optional<Money> v) { m.rule.price = v.value_or(0); },
        tr("Change price"));
    thresholdBasis_ = addChoice(
        pf, QStringLiteral("thresholdBasis"), tr("T&hreshold:"), tr("Threshold"),
        tr("Below the threshold nothing is paid for the period: a minimum number of "
           "improvement units, a minimum improvement relative to the "
           "counterfactual, or both"),
        thresholdBasisChoices(), [](const Metric &m) { return int(m.rule.thresholdBasis); },
        [](Metric &m, int v) {
            // The relative minimum moves with the basis (it is `threshold` on its own and
            // `thresholdRelative` beside a minimum of units), so that switching keeps it.
            PaymentRule &r = m.rule;
            const auto to = ThresholdBasis(v);
            if (r.thresholdBasis == ThresholdBasis::Relative &&
                to == ThresholdBasis::UnitsAndRelative) {
                r.thresholdRelative = r.threshold;
                r.threshold = 0;
            } else if (r.thresholdBasis == ThresholdBasis::UnitsAndRelative &&
                       to == ThresholdBasis::Relative) {
                r.threshold = r.thresholdRelative;
            }
            if (to != ThresholdBasis::UnitsAndRelative)
                r.thresholdRelative = 0;
            r.thresholdBasis = to;
        },
        tr("Change threshold"));
    thresholdUnits_ = new NumberEdit;
    thresholdUnits_->setRange(0, 1e12);
    addValue(
        pf, thresholdUnits_, QStringLiteral("thresholdUnits"), tr("Minimum units:"),
        tr("Minimum improvement units"),
        tr("Improvement units a period must reach before anything is paid for it"),
        [](const Metric &m) { return std::optional<double>(m.rule.threshold); },
        [](Metric &m, std::optional<double> v) { m.rule.threshold = v.value_or(0); },
        tr("Change threshold"));
    thresholdRelative_ = new PercentEdit;
    thresholdRelative_->setRange(0, 1e6);
    addValue(
        pf, thresholdRelative_, QStringLiteral("thresholdRelative"), tr("Minimum improvement (%):"),
        tr("Minimum relative improvement"),
        tr("Improvement as a percentage of the counterfactual a period must reach before "
           "anything is paid for it"),
        [](const Metric &m) {
            return std::optional<double>(m.rule.thresholdBasis == ThresholdBasis::UnitsAndRelative
                                             ? m.rule.thresholdRelative
                                             : m.rule.threshold);
        },
        [](Metric &m, std::optional<double> v) {
            (m.rule.thresholdBasis == ThresholdBasis::UnitsAndRelative ? m.rule.thresholdRelative
                                                                       : m.rule.threshold) =
                v.value_or(0);
        },
        tr("Change threshold"));
    ruleThresholdNote_ =
        intro(tr("Tested cohort by cohort: each cohort's own threshold applies (below), not a "
                 "threshold of the metric."));
    ruleThresholdNote_->setObjectName(QStringLiteral("ruleThresholdNote"));
    pf->addRow(ruleThresholdNote_);

    auto *bandModel = new DesignTableModel(document_, kPage, QStringLiteral("bandsTable"), this);
    bandModel->rows = [this](const Project &p) {
        const Metric *m = metric(p);
        return m ? static_cast<int>(m->rule.bands.size()) : 0;
    };
    bandModel->keyScope = [this] { return QString::number(metricId_); };
    bandModel->locate = [this](int r, int c) {
        return subLocation(QStringLiteral("bandsTable"), r, c);
    };
    bandModel->editText = tr("Change volume band");
    bandModel->setColumns({
        DesignColumn{tr("From unit"),
                     tr("The band's price applies to units paid over the contract above this "
                        "number (the first band starts at 0)"),
                     K::Number,
                     [this](const Project &p, int r) {
                         return QVariant(metric(p)->rule.bands[std::size_t(r)].fromUnits);
                     },
                     [this](Project &p, int r, const QVariant &v) {
                         metric(p)->rule.bands[std::size_t(r)].fromUnits = v.toDouble();
                         return true;
                     }},
        DesignColumn{tr("Price per unit"), tr("The price of each unit in this band"), K::Money,
                     [this](const Project &p, int r) {
                         return QVariant(qlonglong(metric(p)->rule.bands[std::size_t(r)].price));
                     },
                     [this](Project &p, int r, const QVariant &v) {
                         metric(p)->rule.bands[std::size_t(r)].price = v.toLongLong();
                         return true;
                     }},
    });
    TableEditor::Operations bandOps;
    bandOps.add = [this](Project &p) {
        Metric *m = metric(p);
        if (!m)
            return false;
        VolumeBand b;
        b.fromUnits = m->rule.bands.empty() ? 0 : m->rule.bands.back().fromUnits + 1;
        b.price = m->rule.bands.empty() ? m->rule.price : m->rule.bands.back().price;
        m->rule.bands.push_back(b);
        return true;
    };
    bandOps.remove = [this](Project &p, int row) {
        Metric *m = metric(p);
        m->rule.bands.erase(m->rule.bands.begin() + row);
        return true;
    };
    bandOps.addText = tr("Add volume band");
    bandOps.removeText = tr("Remove volume band");
    bands_ = new TableEditor(document_, bandModel, kPage, QStringLiteral("bandsTable"),
                             tr("Volume bands"), bandOps);
    bands_->locate = [this](int r) { return subLocation(QStringLiteral("bandsTable"), r, 0); };
    bands_->view()->setMaximumHeight(130);
    pf->addRow(intro(tr("Volume bands (optional): the price depends on how many units have "
                        "been paid over the whole contract.")));
    pf->addRow(bands_);
    ruleStack_->addWidget(perUnit);

    // Tiered
    auto *tiered = new QWidget;
    auto *tf = new QFormLayout(tiered);
    tf->setContentsMargins(0, 0, 0, 0);
    addChoice(
        tf, QStringLiteral("tierBasis"), tr("&Levels of:"), tr("Tier basis"),
        tr("Whether the levels are of the relative improvement over the counterfactual "
           "(a percentage) or of the observed value itself"),
        tierBasisChoices(), [](const Metric &m) { return int(m.rule.tierBasis); },
        [](Metric &m, int v) { m.rule.tierBasis = TierBasis(v); }, tr("Change tier basis"));
    addChoice(
        tf, QStringLiteral("tierMode"), tr("&Between levels:"), tr("Tier mode"),
        tr("Pay the amount of the highest level reached, or interpolate linearly between "
           "levels"),
        tierModeChoices(), [](const Metric &m) { return int(m.rule.tierMode); },
        [](Metric &m, int v) { m.rule.tierMode = TierMode(v); }, tr("Change tier mode"));
    addChoice(
        tf, QStringLiteral("tierAmountBasis"), tr("&Amount is:"), tr("Tier amount basis"),
        tr("The amount is paid once per period measured, or for each member of the "
           "metric's cohort"),
        tierAmountBasisChoices(), [](const Metric &m) { return int(m.rule.tierAmountBasis); },
        [](Metric &m, int v) { m.rule.tierAmountBasis = TierAmountBasis(v); },
        tr("Change tier amount basis"));
    auto *tierModel = new DesignTableModel(document_, kPage, QStringLiteral("tiersTable"), this);
    tierModel->rows = [this](const Project &p) {
        const Metric *m = metric(p);
        return m ? static_cast<int>(m->rule.tiers.size()) : 0;
    };
    tierModel->keyScope = [this] { return QString::number(metricId_); };
    tierModel->locate = [this](int r, int c) {
        return subLocation(QStringLiteral("tiersTable"), r, c);
    };
    tierModel->editText = tr("Change tier");
    TableEditor::Operations tierOps;
    tierOps.add = [this](Project &p) {
        Metric *m = metric(p);
        if (!m)
            return false;
        Tier t;
        t.level = m->rule.tiers.empty() ? 0.1 : m->rule.tiers.back().level * 2;
        t.amount = m->rule.tiers.empty() ? 0 : m->rule.tiers.back().amount;
        m->rule.tiers.push_back(t);
        return true;
    };
    tierOps.remove = [this](Project &p, int row) {
        Metric *m = metric(p);
        m->rule.tiers.erase(m->rule.tiers.begin() + row);
        return true;
    };
    tierOps.addText = tr("Add tier");
    tierOps.removeText = tr("Remove tier");
    tiers_ = new TableEditor(document_, tierModel, kPage, QStringLiteral("tiersTable"), tr("Tiers"),
                             tierOps);
    tiers_->locate = [this](int r) { return subLocation(QStringLiteral("tiersTable"), r, 0); };
    tiers_->view()->setMaximumHeight(150);
    tf->addRow(tiers_);
    ruleStack_->addWidget(tiered);

    // Share of savings
    auto *savings = new QWidget;
    auto *sf = new QFormLayout(savings);
    sf->setContentsMargins(0, 0, 0, 0);
    auto *share = new PercentEdit;
    share->setRange(0, 1);
    addValue(
        sf, share, QStringLiteral("ruleShare"), tr("&Share of savings (%):"),
        tr("Share of savings"),
        tr("The share of the money saved (the improvement over the counterfactual) that is "
           "paid"),
        [](const Metric &m) { return std::optional<double>(m.rule.share); },
        [](Metric &m, std::optional<double> v) { m.rule.share = v.value_or(0); },
        tr("Change share of savings"));
    auto *second = new PercentEdit;
    second->setRange(0, 1);
    second->setOptional(true);
    second->setPlaceholderText(tr("none"));
    addValue(
        sf, second, QStringLiteral("ruleSecondShare"), tr("S&econd share (%):"), tr("Second share"),
        tr("Optional: the share paid once the metric's payments reach a sum, or once the "
           "investors have received their principal plus a return (e.g. 95 % until investors "
           "are repaid, then 40 %)"),
        [](const Metric &m) { return m.rule.secondShare; },
        [](Metric &m, std::optional<double> v) { m.rule.secondShare = v; },
        tr("Change second share"));
    addChoice(
        sf, QStringLiteral("ruleSecondShareWhen"), tr("Second share be&gins:"),
        tr("Second share starts"),
        tr("When the second share starts: once this metric's cumulative payments reach a sum, or "
           "once every investor has received the capital drawn plus a return a year, judged on "
           "the account at the end of the period before"),
        secondShareSwitchChoices(), [](const Metric &m) { return int(m.rule.secondShareWhen); },
        [](Metric &m, int v) { m.rule.secondShareWhen = SecondShareSwitch(v); },
        tr("Change when the second share starts"));
    secondShareAfter_ = addMoney(
        sf, QStringLiteral("ruleSecondShareAfter"), tr("Second share &from:"),
        tr("Second share applies from"),
        tr("Cumulative payments on this metric from which the second share applies"), false,
        [](const Metric &m) { return std::optional<Money>(m.rule.secondShareAfter); },
        [](Metric &m, std::optional<Money> v) { m.rule.secondShareAfter = v.value_or(0); },
        tr("Change second share threshold"));
    auto *repaidReturn = new PercentEdit;
    repaidReturn->setRange(0, 1);
    secondShareReturn_ = addValue(
        sf, repaidReturn, QStringLiteral("ruleSecondShareReturn"),
        tr("&Investors' return a year (%):"), tr("Investors' return a year"),
        tr("The second share starts once every investor has received the capital drawn plus this "
           "return a year on it (simple interest on what is outstanding)"),
        [](const Metric &m) { return std::optional<double>(m.rule.secondShareReturn); },
        [](Metric &m, std::optional<double> v) { m.rule.secondShareReturn = v.value_or(0); },
        tr("Change investors' return"));
    ruleStack_->addWidget(savings);

    // Milestone
    auto *milestone = new QWidget;
    auto *mf = new QFormLayout(milestone);
    mf->setContentsMargins(0, 0, 0, 0);
    addMoney(
        mf, QStringLiteral("ruleMilestoneAmount"), tr("&Amount:"), tr("Milestone amount"),
        tr("Paid once, in the first period in which the observed value is 1 or more"), false,
        [](const Metric &m) { return std::optional<Money>(m.rule.milestoneAmount); },
        [](Metric &m, std::optional<Money> v) { m.rule.milestoneAmount = v.value_or(0); },
        tr("Change milestone amount"));
    ruleStack_->addWidget(milestone);

    // ---- Caps, lag, payers
    auto *common = new QGroupBox(tr("Caps, lag and payers"));
    auto *cf = new QFormLayout(common);
    addMoney(
        cf, QStringLiteral("ruleCapMoney"), tr("&Cap on payments:"),
        tr("Cap on the metric's payments"),
        tr("The most this metric pays over the whole contract; leave empty for no cap"), true,
        [](const Metric &m) { return m.rule.capMoney; },
        [](Metric &m, std::optional<Money> v) { m.rule.capMoney = v; },
        tr("Change cap on payments"));
    auto *capUnits = new NumberEdit;
    capUnits->setRange(0, 1e12);
    capUnits->setOptional(true);
    capUnits->setPlaceholderText(tr("none"));
    addValue(
        cf, capUnits, QStringLiteral("ruleCapUnits"), tr("Cap on &units:"), tr("Cap on paid units"),
        tr("The most improvement units paid for over the whole contract; leave empty for no "
           "cap"),
        [](const Metric &m) { return m.rule.capUnits; },
        [](Metric &m, std::optional<double> v) { m.rule.capUnits = v; }, tr("Change cap on units"));
    auto *lag = new QSpinBox;
    lag->setObjectName(QStringLiteral("ruleLag"));
    lag->setRange(0, Timeline::kMaxPeriods);
    describe(lag, tr("Payment lag"),
             tr("Periods between achieving an outcome and paying for it (verification takes "
                "time)"));
    cf->addRow(tr("Payment &lag (periods):"), lag);
    binder_->integer(
        lag,
        [this](const Project &p) {
            const Metric *m = metric(p);
            return m ? m->rule.lag : 0;
        },
        [this](Project &p, int v) {
            if (Metric *m = metric(p))
                m->rule.lag = v;
        },
        tr("Change payment lag"));
    auto *once = new QCheckBox(tr("Pay at most &once per participant"));
    once->setObjectName(QStringLiteral("ruleOncePerParticipant"));
    describe(once, tr("Once per participant"),
             tr("With a participant ledger: each participant counts at most once for this "
                "metric"));
    cf->addRow(once);
    binder_->check(
        once,
        [this](const Project &p) {
            const Metric *m = metric(p);
            return m && m->rule.oncePerParticipant;
        },
        [this](Project &p, bool v) {
            if (Metric *m = metric(p))
                m->rule.oncePerParticipant = v;
        },
        tr("Change once per participant"));

    auto *payerModel = new DesignTableModel(document_, kPage, QStringLiteral("payersTable"), this);
    // The split of the selected metric's payments, or none.
    auto payerSplit = [this](auto &p) { return metric(p) ? &metric(p)->rule.payers : nullptr; };
    payerModel->rows = payerSplitRows(payerSplit);
    payerModel->keyScope = [this] { return QString::number(metricId_); };
    payerModel->locate = [this](int r, int c) {
        return subLocation(QStringLiteral("payersTable"), r, c);
    };
    payerModel->editText = tr("Change payer split");
    payerModel->setColumns(
        payerSplitColumns(payerSplit,
                          {tr("Payer"), tr("A commissioner or co-payer who pays a share"),
                           tr("Share"), tr("The payer's share of this metric's payments")},
                          payerDiagnostic(document_, "rule", [this] { return metricId_; })));
    TableEditor::Operations payerOps;
    setPayerSplitOperations(payerOps, payerSplit);
    payerOps.addText = tr("Add payer");
    payerOps.removeText = tr("Remove payer");
    payers_ = new TableEditor(document_, payerModel, kPage, QStringLiteral("payersTable"),
                              tr("Payer split"), payerOps);
    payers_->locate = [this](int r) { return subLocation(QStringLiteral("payersTable"), r, 0); };
    payers_->view()->setMaximumHeight(120);
    cf->addRow(intro(tr("Payer split (empty: the first commissioner pays 100 %):")));
    cf->addRow(payers_);
    payerSum_ = new QLabel;
    payerSum_->setObjectName(QStringLiteral("payerSum"));
    payerSum_->setWordWrap(true);
    cf->addRow(payerSum_);

    // ---- Tested cohort by cohort (Peterborough: each cohort against its own comparison group,
    // then a final test over the pooled cohorts; docs/engine.md "Cohort tests and the final
    // settlement")
    cohortTests_ = new QGroupBox(tr("Tested cohort by cohort"));
    cohortTests_->setObjectName(QStringLiteral("cohortTests"));
    auto *kf = new QFormLayout(cohortTests_);
    kf->addRow(
        intro(tr("Each cohort that takes part is measured against its own comparison group, and "
                 "its improvement units are paid in a period only when it reaches its threshold. "
                 "Enter each cohort's plan, actual and counterfactual on the Outcome data page; "
                 "the metric's own values are then their sums.")));
    auto *cohortModel =
        new DesignTableModel(document_, kPage, QStringLiteral("cohortTestsTable"), this);
    cohortModel->rows = [this](const Project &p) {
        const Metric *m = metric(p);
        return m ? static_cast<int>(m->cohortOutcomes.size()) : 0;
    };
    cohortModel->rowKey = [this](const Project &p, int r) {
        return metric(p)->cohortOutcomes[std::size_t(r)].cohortId;
    };
    cohortModel->keyScope = [this] { return QString::number(metricId_); };
    cohortModel->locate = [this](int r, int c) {
        return subLocation(QStringLiteral("cohortTestsTable"), r, c);
    };
    cohortModel->editText = tr("Change cohort test");
    DesignColumn cohortColumn{
        tr("Cohort"),
        tr("A cohort of the target group, tested on its own outcome data"),
        K::Choice,
        [this](const Project &p, int r) {
            return QVariant(metric(p)->cohortOutcomes[std::size_t(r)].cohortId);
        },
        [this](Project &p, int r, const QVariant &v) {
            Metric *m = metric(p);
            const int id = v.toInt();
            // A cohort is tested once: choosing one already in the list is refused.
            for (std::size_t i = 0; i < m->cohortOutcomes.size(); ++i)
                if (static_cast<int>(i) != r && m->cohortOutcomes[i].cohortId == id)
                    return false;
            m->cohortOutcomes[std::size_t(r)].cohortId = id;
            return true;
        },
        [](const Project &p) { return cohortChoices(p, false); }};
    cohortColumn.unlisted = [](const Project &, int id) {
        return tr("(unknown cohort %1)").arg(id);
    };
    cohortModel->setColumns({
        cohortColumn,
        DesignColumn{tr("Threshold (%)"),
                     tr("The cohort's improvement over its comparison group, as a percentage of "
                        "the comparison group's value, that it must reach in a period for its "
                        "units to be paid (0: paid without a test)"),
                     K::Percent,
                     [this](const Project &p, int r) {
                         return QVariant(metric(p)->cohortOutcomes[std::size_t(r)].threshold);
                     },
                     [this](Project &p, int r, const QVariant &v) {
                         metric(p)->cohortOutcomes[std::size_t(r)].threshold = v.toDouble();
                         return true;
                     },
                     {},
                     {},
                     0,
                     1e6},
    });
    TableEditor::Operations cohortOps;
    cohortOps.add = [this](Project &p) {
        Metric *m = metric(p);
        if (!m)
            return false;
        // The first cohort of the target group not tested yet, at the last one's threshold.
        for (const Cohort &c : p.targetGroup.cohorts) {
            const bool tested =
                std::any_of(m->cohortOutcomes.begin(), m->cohortOutcomes.end(),
                            [&](const CohortOutcome &o) { return o.cohortId == c.id; });
            if (tested)
                continue;
            CohortOutcome o;
            o.cohortId = c.id;
            o.threshold = m->cohortOutcomes.empty() ? 0 : m->cohortOutcomes.back().threshold;
            const auto n = static_cast<std::size_t>(std::max(0, p.timeline.periods));
            o.plan.assign(n, 0.0);
            o.actual.assign(n, std::nullopt);
            o.counterfactual.assign(n, 0.0);
            m->cohortOutcomes.push_back(std::move(o));
            return true;
        }
        return false;
    };
    cohortOps.remove = [this](Project &p, int row) {
        Metric *m = metric(p);
        if (!m || row < 0 || row >= static_cast<int>(m->cohortOutcomes.size()))
            return false;
        m->cohortOutcomes.erase(m->cohortOutcomes.begin() + row);
        return true;
    };
    cohortOps.removeQuestion = [this](const Project &p, int row) {
        const Metric *m = metric(p);
        if (!m)
            return QString();
        const CohortOutcome &o = m->cohortOutcomes[std::size_t(row)];
        int values = 0;
        for (double v : o.plan)
            values += v != 0;
        for (const auto &v : o.actual)
            values += v.has_value();
        for (double v : o.counterfactual)
            values += v != 0;
        if (values == 0)
            return QString();
        QString name = tr("(unknown cohort %1)").arg(o.cohortId);
        for (const Cohort &c : p.targetGroup.cohorts)
            if (c.id == o.cohortId)
                name = choiceName(c.name);
        return tr("Stop testing “%1” on its own for this metric? Its outcome data (%n value(s)) "
                  "will be removed.",
                  nullptr, values)
            .arg(name);
    };
    cohortOps.move = [this](Project &p, int from, int to) {
        Metric *m = metric(p);
        std::swap(m->cohortOutcomes[std::size_t(from)], m->cohortOutcomes[std::size_t(to)]);
        return true;
    };
    cohortOps.addText = tr("Test a cohort on its own");
    cohortOps.removeText = tr("Stop testing a cohort on its own");
    cohortOps.moveText = tr("Move cohort test");
    cohortTable_ =
        new TableEditor(document_, cohortModel, kPage, QStringLiteral("cohortTestsTable"),
                        tr("Cohort tests"), cohortOps);
    cohortTable_->locate = [this](int r) {
        return subLocation(QStringLiteral("cohortTestsTable"), r, 0);
    };
    cohortTable_->view()->setMaximumHeight(150);
    cohortTable_->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    kf->addRow(cohortTable_);
    binder_->diagnose(cohortTable_->view(), QStringLiteral("metric"), [this] { return metricId_; },
                      {"cohortOutcomes"});
    cohortHint_ = intro(QString());
    cohortHint_->setObjectName(QStringLiteral("cohortTestsHint"));
    kf->addRow(cohortHint_);
    settlement_ = new QCheckBox(tr("Final settle&ment over all cohorts together"));
    settlement_->setObjectName(QStringLiteral("settlement"));
    describe(settlement_, tr("Final settlement"),
             tr("In a stated period, all cohorts' outcomes so far are pooled; when the pooled "
                "improvement reaches its threshold, the units the cohort tests have not paid are "
                "paid then (the final payment, less what was already paid)"));
    kf->addRow(settlement_);
    binder_->check(
        settlement_,
        [this](const Project &p) {
            const Metric *m = metric(p);
            return m && m->rule.settlement.has_value();
        },
        [this](Project &p, bool on) {
            Metric *m = metric(p);
            if (!m)
                return;
            if (on)
                m->rule.settlement = CohortSettlement{std::max(0, p.timeline.periods - 1), 0.0};
            else
                m->rule.settlement.reset();
        },
        tr("Change final settlement"));
    binder_->diagnose(settlement_, QStringLiteral("rule"), [this] { return metricId_; },
                      {"settlement"});
    settlementPeriod_ = new QComboBox;
    settlementPeriod_->setObjectName(QStringLiteral("settlementPeriod"));
    describe(settlementPeriod_, tr("Settlement period"),
             tr("The period of achievement in which the pooled test is taken: all cohorts' "
                "outcomes from the start up to and including it count"));
    kf->addRow(tr("Settlement period:"), settlementPeriod_);
    binder_->choice(
        settlementPeriod_,
        [this](const Project &p) {
            const Metric *m = metric(p);
            return m && m->rule.settlement ? m->rule.settlement->period : 0;
        },
        [this](Project &p, int v) {
            if (Metric *m = metric(p); m && m->rule.settlement)
                m->rule.settlement->period = v;
        },
        tr("Change settlement period"));
    auto *pooled = new PercentEdit;
    pooled->setRange(0, 1e6);
    settlementThreshold_ = pooled;
    pooled->setObjectName(QStringLiteral("settlementThreshold"));
    describe(pooled, tr("Pooled threshold"),
             tr("The improvement of all cohorts pooled, as a percentage of their comparison "
                "groups' value, that the final settlement must reach to pay"));
    kf->addRow(tr("Pooled threshold (%):"), pooled);
    binder_->value(
        pooled,
        [this](const Project &p) -> std::optional<double> {
            const Metric *m = metric(p);
            return m && m->rule.settlement ? std::optional<double>(m->rule.settlement->threshold)
                                           : std::nullopt;
        },
        [this](Project &p, std::optional<double> v) {
            if (Metric *m = metric(p); m && m->rule.settlement)
                m->rule.settlement->threshold = v.value_or(0);
        },
        tr("Change settlement threshold"));

    // ---- Assembly
    diagnostics_ = new PageDiagnostics(document_, [this](const Diagnostic &d) {
        return (d.entity == "metric" || d.entity == "rule") && d.id == metricId_;
    });
    empty_ = new QLabel(tr("No outcome metrics yet. Add one to say what is measured and what it "
                           "pays."));
    empty_->setWordWrap(true);
    form_ = new QWidget;
    auto *fl = new QVBoxLayout(form_);
    fl->addWidget(about);
    fl->addWidget(evaluation_);
    fl->addWidget(rule);
    fl->addWidget(cohortTests_);
    fl->addWidget(common);
    fl->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("metricForm"));
    scroll->setWidget(form_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // A narrow window scrolls the form sideways rather than cutting off its right edge.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // The problem banner sits under the form, not above it: when it comes and goes, the fields
    // stay where they are (only the form's visible height changes).
    auto *formBox = new QWidget;
    auto *fb = new QVBoxLayout(formBox);
    fb->setContentsMargins(0, 0, 0, 0);
    fb->addWidget(scroll, 1);
    fb->addWidget(diagnostics_);

    curve_ = new PayoutCurveChart(document_);
    curve_->setObjectName(QStringLiteral("payoutCurve"));
    curve_->setMinimumSize(260, 220);

    auto *left = new QSplitter(Qt::Vertical);
    auto *listBox = new QWidget;
    auto *ll = new QVBoxLayout(listBox);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(metrics_);
    ll->addWidget(empty_);
    left->addWidget(listBox);
    left->addWidget(curve_);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(formBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    // Tab goes from the list into the form and then through the form in its order: the name, the
    // definition, … the payer split; only after the form's last field to the list's buttons (never
    // from the name to "Add", where typing on would create a metric).
    QList<QWidget *> fields;
    for (QWidget *w = name;;) {
        if (form_->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() &&
            !fields.contains(w))
            fields << w;
        w = w->nextInFocusChain();
        if (w == name)
            break;
    }
    QWidget *previous = metrics_->view();
    for (QWidget *w : fields) {
        setTabOrder(previous, w);
        previous = w;
    }

    connect(document_, &Document::projectChanged, this, &MetricsDesignPage::load);
    load();
}

void MetricsDesignPage::selectMetric(int row) {
    const auto &ms = document_->project().metrics;
    if (row < 0 || row >= static_cast<int>(ms.size()))
        return;
    metricId_ = ms[std::size_t(row)].id;
    load();
}

void MetricsDesignPage::load() {
    loading_ = true;
    const Project &p = document_->project();
    // Keep the selected metric; when it is gone, select a neighbour.
    if (!p.metric(metricId_)) {
        const int row =
            std::min(std::max(0, metrics_->currentRow()), static_cast<int>(p.metrics.size()) - 1);
        metricId_ = row >= 0 ? p.metrics[std::size_t(row)].id : -1;
    }
    const int row = currentRow();
    if (row >= 0 && metrics_->currentRow() != row) {
        auto *view = metrics_->view();
        view->setCurrentIndex(view->model()->index(row, 0));
    }
    fillCombo(cohort_, cohortChoices(p, true));
    {
        Choices periods;
        for (int t = 0; t < p.timeline.periods; ++t)
            periods.emplace_back(periodLabel(p.timeline, t), t);
        fillCombo(settlementPeriod_, periods);
    }
    const Metric *m = metric(p);
    // Tier levels are percentages of improvement or observed values: the column follows.
    const int basis = m ? int(m->rule.tierBasis) : 0;
    if (basis != tierBasis_) {
        tierBasis_ = basis;
        const bool relative = basis == int(TierBasis::Relative);
        tiers_->model()->setColumns({
            DesignColumn{relative ? tr("Improvement (%)") : tr("Observed value"),
                         relative ? tr("Relative improvement over the counterfactual at which "
                                       "the tier starts")
                                  : tr("Observed value at which the tier starts"),
                         relative ? K::Percent : K::Number,
                         [this](const Project &p, int r) {
                             return QVariant(metric(p)->rule.tiers[std::size_t(r)].level);
                         },
                         [this](Project &p, int r, const QVariant &v) {
                             metric(p)->rule.tiers[std::size_t(r)].level = v.toDouble();
                             return true;
                         },
                         {},
                         {},
                         relative ? -1e6 : -1e15,
                         1e15},
            DesignColumn{tr("Amount"), tr("Paid when this level is reached"), K::Money,
                         [this](const Project &p, int r) {
                             return QVariant(
                                 qlonglong(metric(p)->rule.tiers[std::size_t(r)].amount));
                         },
                         [this](Project &p, int r, const QVariant &v) {
                             metric(p)->rule.tiers[std::size_t(r)].amount = v.toLongLong();
                             return true;
                         }},
        });
    }
    for (TableEditor *t : {bands_, tiers_, payers_, cohortTable_})
        t->model()->reload();
    binder_->reload();
    updateRulePage();
    updateEvaluation();
    updateCohortTests();
    form_->setEnabled(m != nullptr);
    empty_->setVisible(p.metrics.empty());
    // The payer split must add up to 100 %.
    if (m && !m->rule.payers.empty()) {
        double sum = 0;
        for (const PayerShare &s : m->rule.payers)
            sum += s.share;
        const bool whole = std::abs(sum - 1.0) < 1e-9;
        payerSum_->setText(whole ? tr("✓ The shares add up to 100 %.")
                                 : tr("⚠ The shares add up to %1, not 100 %.")
                                       .arg(formatPercent(sum, QLocale(), 2)));
        payerSum_->setProperty("whole", whole);
        payerSum_->setStyleSheet(whole ? QString() : QStringLiteral("color: #c04000;"));
    } else {
        payerSum_->setText(m ? tr("The first commissioner pays 100 %.") : QString());
        payerSum_->setProperty("whole", true);
        payerSum_->setStyleSheet(QString());
    }
    diagnostics_->refresh();
    curve_->setMetric(metricId_);
    loading_ = false;
}

void MetricsDesignPage::updateRulePage() {
    const Metric *m = metric(document_->project());
    const RuleType type = m ? m->rule.type : RuleType::PerUnit;
    ruleStack_->setCurrentIndex(static_cast<int>(type));
    const ThresholdBasis basis = m ? m->rule.thresholdBasis : ThresholdBasis::None;
    // A metric tested cohort by cohort pays by its cohorts' thresholds: the rule's own is not
    // applied (docs/engine.md), so it is not offered.
    const bool byCohort = m && testedByCohort(*m);
    // Hide the threshold field that does not apply (with its label).
    auto *form = qobject_cast<QFormLayout *>(ruleStack_->widget(0)->layout()->itemAt(0)->layout());
    if (form) {
        form->setRowVisible(thresholdBasis_, !byCohort);
        form->setRowVisible(thresholdUnits_,
                            !byCohort && (basis == ThresholdBasis::Units ||
                                          basis == ThresholdBasis::UnitsAndRelative));
        form->setRowVisible(thresholdRelative_,
                            !byCohort && (basis == ThresholdBasis::Relative ||
                                          basis == ThresholdBasis::UnitsAndRelative));
        form->setRowVisible(ruleThresholdNote_, byCohort);
    }
    // The second share's sum or the investors' return, whichever its switch uses.
    const bool repaid = m && m->rule.secondShareWhen == SecondShareSwitch::InvestorsRepaid;
    if (auto *sf = qobject_cast<QFormLayout *>(
            ruleStack_->widget(static_cast<int>(RuleType::ShareOfSavings))->layout())) {
        sf->setRowVisible(secondShareAfter_, !repaid);
        sf->setRowVisible(secondShareReturn_, repaid);
    }
}

void MetricsDesignPage::updateCohortTests() {
    const Project &p = document_->project();
    const Metric *m = metric(p);
    const bool perUnit = m && m->rule.type == RuleType::PerUnit;
    const bool byCohort = m && testedByCohort(*m);
    // Cohort tests are a per-unit rule's; a metric of another rule that still has cohort data
    // shows them, so that they can be seen and taken out.
    cohortTests_->setVisible(perUnit || byCohort);
    if (!m)
        return;
    QString hint;
    if (p.targetGroup.cohorts.empty())
        hint = tr("The target group has no cohorts: add them on the Overview page to test them "
                  "one by one.");
    else if (!perUnit)
        hint = tr("Only a per-unit rule tests cohorts one by one: this rule pays on all cohorts "
                  "together.");
    else if (!byCohort)
        hint = tr("Not tested cohort by cohort: add a cohort to test it on its own outcome data.");
    cohortHint_->setText(hint);
    cohortHint_->setVisible(!hint.isEmpty());
    auto *form = qobject_cast<QFormLayout *>(cohortTests_->layout());
    const bool settled = m->rule.settlement.has_value();
    // The settlement applies to a per-unit rule tested by cohort; one stated otherwise stays
    // visible (and is marked by its diagnostic) so that it can be turned off.
    form->setRowVisible(settlement_, (perUnit && byCohort) || settled);
    form->setRowVisible(settlementPeriod_, settled);
    form->setRowVisible(settlementThreshold_, settled);
}

void MetricsDesignPage::updateEvaluation() {
    const Project &p = document_->project();
    const Metric *m = metric(p);
    const bool comparison = m && (m->validation == ValidationMethod::MatchedComparison ||
                                  m->validation == ValidationMethod::RandomisedControl);
    // Only a comparison of groups has a minimum detectable effect: other methods show nothing.
    evaluation_->setVisible(comparison);
    if (!comparison)
        return;
    const std::optional<EvaluationStrength> e = evaluationStrength(p, *m);
    evaluationFigures_->setVisible(e.has_value());
    evaluationIcon_->setVisible(e && e->belowDetectable);
    evaluationVerdict_->setVisible(e.has_value());
    evaluationAdvice_->setVisible(e && e->belowDetectable);
    evaluationNote_->setVisible(!e);
    evaluation_->setProperty("belowDetectable", e && e->belowDetectable);
    if (!e) {
        evaluationMde_->clear();
        evaluationEffect_->clear();
        evaluationSize_->clear();
        evaluationVerdict_->clear();
        if (!hasEvaluationStrength(*m))
            evaluationNote_->setText(tr("The smallest effect the evaluation can detect is worked "
                                        "out for metrics counted in people."));
        else {
            int n = p.targetGroup.plannedSize;
            if (m->cohortId)
                for (const Cohort &c : p.targetGroup.cohorts)
                    if (c.id == *m->cohortId)
                        n = c.plannedSize;
            evaluationNote_->setText(
                n <= 0 ? tr("Give the cohort (or the target group) a planned size to see whether "
                            "the evaluation can detect the planned effect.")
                       : tr("The plan or the counterfactual counts more people than the cohort "
                            "holds, so the evaluation's strength cannot be worked out."));
        }
        return;
    }
    const QLocale locale;
    evaluationMde_->setText(formatPercent(e->mde, locale, 1));
    evaluationEffect_->setText(formatPercent(e->plannedEffect, locale, 1));
    QString group;
    if (m->cohortId)
        for (const Cohort &c : p.targetGroup.cohorts)
            if (c.id == *m->cohortId)
                group = tr("%Ln people in each group (the cohort %1)", nullptr, e->sampleSize)
                            .arg(choiceName(c.name));
    if (group.isEmpty())
        group = tr("%Ln people in each group (the target group)", nullptr, e->sampleSize);
    evaluationSize_->setText(group);
    if (e->belowDetectable) {
        evaluationVerdict_->setText(
            tr("The planned effect (%1) is smaller than the evaluation can detect (%2): a real "
               "effect may go unmeasured and unpaid, a risk for the investors as much as for the "
               "commissioner.")
                .arg(formatPercent(e->plannedEffect, locale, 1), formatPercent(e->mde, locale, 1)));
        evaluationVerdict_->setStyleSheet(QStringLiteral("color: #c04000;"));
    } else {
        evaluationVerdict_->setText(tr("✓ The evaluation can detect the planned effect."));
        evaluationVerdict_->setStyleSheet(QString());
    }
}

void MetricsDesignPage::showLocation(const EditLocation &where) {
    if (where.row >= 0)
        selectMetric(where.row);
    const QStringList parts = where.field.split(QLatin1Char(':'));
    if (parts.size() == 3) {
        for (TableEditor *t : {bands_, tiers_, payers_, cohortTable_})
            if (t->view()->objectName() == parts[0])
                t->selectCell(parts[1].toInt(), parts[2].toInt());
        return;
    }
    if (where.field == QLatin1String("metricsTable") || where.field.isEmpty()) {
        metrics_->selectCell(std::max(0, where.row), std::max(0, where.column));
        return;
    }
    if (QWidget *w = findChild<QWidget *>(where.field))
        w->setFocus();
}

} // namespace effekt::views
