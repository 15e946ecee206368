#include "riskpage.h"

#include "designhelpers.h"
#include "designwidgets.h"
#include "format.h"
#include "montecarlopanel.h"
#include "resultschartpanel.h"
#include "riskchartpanel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QShowEvent>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace effekt::views {

using namespace designhelpers;

namespace {

const QString kRiskPage = QStringLiteral("risk");

Scenario *findScenario(Project &p, int id) {
    for (Scenario &s : p.scenarios)
        if (s.id == id)
            return &s;
    return nullptr;
}
const Scenario *findScenario(const Project &p, int id) {
    for (const Scenario &s : p.scenarios)
        if (s.id == id)
            return &s;
    return nullptr;
}

} // namespace

RiskPage::~RiskPage() {
    qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
}

RiskPage::RiskPage(Document *document, QWidget *parent)
    : PageWidget(parent)
    , document_(document) {
    // Before the tables' models connect theirs: the key figures are fresh when the table reloads.
    connect(document_, &Document::projectChanged, this, &RiskPage::refreshKpis);
    connect(document_, &Document::resultsChanged, this, [this] {
        // A change of basis recomputes the results without changing the project.
        if (document_->basis() == kpiBasis_)
            return;
        refreshKpis();
        scenarios_->model()->reload();
    });

    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("riskTabs"));
    tabs_->addTab(buildScenarioTab(), tr("&Scenarios"));

    riskChart_ = new ResultsChartPanel(QStringLiteral("riskSharing"));
    auto *sharing = new QWidget;
    sharingTab_ = sharing;
    auto *sl = new QVBoxLayout(sharing);
    sl->addWidget(intro(tr("One common achievement factor on every metric, from 0 % (no "
                           "improvement) to 150 %. Below break-even the investors carry the "
                           "loss; above it the commissioner pays for results it gets.")));
    sl->addWidget(riskChart_, 1);
    tabs_->addTab(sharing, tr("Risk s&haring"));

    // The tornado, for the commissioner's net value or the investors' IRR.
    tornadoChart_ = new RiskChartPanel(QStringLiteral("tornado"), buildTornadoChart);
    tornadoFigure_ = new QComboBox;
    tornadoFigure_->setObjectName(QStringLiteral("tornadoFigure"));
    tornadoFigure_->addItem(tr("Commissioner's net value"), int(TornadoFigure::NetValue));
    tornadoFigure_->addItem(tr("Investors' IRR"), int(TornadoFigure::Irr));
    tornadoFigure_->setAccessibleName(tr("Figure"));
    tornadoFigure_->setToolTip(tr("The figure whose change the bars show"));
    auto *figureLabel = new QLabel(tr("&Figure:"));
    figureLabel->setBuddy(tornadoFigure_);
    tornadoChart_->toolRow()->insertWidget(0, figureLabel);
    tornadoChart_->toolRow()->insertWidget(1, tornadoFigure_);
    connect(tornadoFigure_, &QComboBox::currentIndexChanged, this, [this] {
        tornadoDirty_ = true;
        refreshShown();
    });
    auto *sensitivity = new QWidget;
    tornadoTab_ = sensitivity;
    auto *tl = new QVBoxLayout(sensitivity);
    tl->addWidget(intro(tr("Each input moved alone, down and up, every other input as planned: "
                           "the inputs that move the result most are on top.")));
    tl->addWidget(tornadoChart_, 1);
    tabs_->addTab(sensitivity, tr("Sensiti&vity"));

    monteCarlo_ = new MonteCarloPanel(document_);
    auto *mcScroll = new QScrollArea;
    mcScroll->setWidget(monteCarlo_);
    mcScroll->setWidgetResizable(true);
    mcScroll->setFrameShape(QFrame::NoFrame);
    tabs_->addTab(mcScroll, tr("&Monte Carlo"));
    connect(tabs_, &QTabWidget::currentChanged, this, &RiskPage::refreshShown);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs_);
    refreshKpis();
    scenarios_->model()->reload();
}

QWidget *RiskPage::buildScenarioTab() {
    auto *model =
        new DesignTableModel(document_, kRiskPage, QStringLiteral("scenariosTable"), this);
    model->rows = [](const Project &p) { return static_cast<int>(p.scenarios.size()); };
    model->rowKey = [](const Project &p, int r) { return at(p.scenarios, r).id; };
    model->editText = tr("Edit scenario");
    auto field = [](auto member) {
        return std::make_pair(
            [member](const Project &p, int r) { return QVariant(at(p.scenarios, r).*member); },
            [member](Project &p, int r, const QVariant &v) {
                at(p.scenarios, r).*member = v.toDouble();
                return true;
            });
    };
    auto percent = [&](const QString &header, const QString &tip, double Scenario::*member,
                       double max) {
        auto [get, set] = field(member);
        return DesignColumn{header, tip, K::Percent, get, set, {}, {}, 0, max};
    };
    // Key figures: read only, from the cache refreshed on every change.
    auto kpiMoney = [this](const QString &header, const QString &tip, Money RiskKpis::*member) {
        DesignColumn c;
        c.header = header;
        c.toolTip = tip;
        c.kind = K::Money;
        c.get = [this, member](const Project &, int r) {
            const auto i = static_cast<std::size_t>(r);
            // Whole kroner: the table compares scenarios, øre would only widen it.
            return i < kpis_.size() && kpis_[i]
                       ? QVariant(qlonglong(money::round(static_cast<double>((*kpis_[i]).*member) /
                                                         money::kMinorPerMajor) *
                                            money::kMinorPerMajor))
                       : QVariant();
        };
        return c;
    };
    auto kpiText = [this](const QString &header, const QString &tip,
                          std::function<QString(const RiskKpis &)> text) {
        DesignColumn c;
        c.header = header;
        c.toolTip = tip;
        c.kind = K::Text;
        c.get = [this, text](const Project &, int r) {
            const auto i = static_cast<std::size_t>(r);
            return i < kpis_.size() && kpis_[i] ? QVariant(text(*kpis_[i])) : QVariant();
        };
        return c;
    };
    model->setColumns({
        DesignColumn{tr("Name"), tr("The scenario's name, e.g. Low"), K::Text,
                     [](const Project &p, int r) {
                         return QVariant(QString::fromStdString(at(p.scenarios, r).name));
                     },
                     [](Project &p, int r, const QVariant &v) {
                         const QString name = v.toString().trimmed();
                         if (name.isEmpty())
                             return false;
                         at(p.scenarios, r).name = name.toStdString();
                         return true;
                     }},
        percent(tr("Achievement"),
                tr("Common achievement factor: 100 % is the plan, 0 % no improvement at all; "
                   "metrics with their own override below take theirs"),
                &Scenario::factor, 5),
        DesignColumn{
            tr("Delay"),
            tr("Periods every metric's improvement comes later (improvement pushed past "
               "the last period is lost)"),
            K::Integer,
            [](const Project &p, int r) { return QVariant(qlonglong(at(p.scenarios, r).delay)); },
            [](Project &p, int r, const QVariant &v) {
                at(p.scenarios, r).delay = static_cast<int>(v.toLongLong());
                return true;
            },
            {},
            {},
            0,
            1200},
        percent(tr("Intake"), tr("Every cohort's intake and planned size, 100 % as planned"),
                &Scenario::intakeFactor, 10),
        percent(tr("Delivery cost"), tr("The provider's delivery cost, 100 % as planned"),
                &Scenario::costFactor, 10),
        percent(tr("Savings"), tr("Public savings per unit, 100 % as estimated"),
                &Scenario::savingsFactor, 10),
        DesignColumn{tr("Discount rate"),
                     tr("Annual discount rate; empty: the project's"),
                     K::OptionalPercent,
                     [](const Project &p, int r) {
                         const auto &rate = at(p.scenarios, r).discountRate;
                         return rate ? QVariant(*rate) : QVariant();
                     },
                     [](Project &p, int r, const QVariant &v) {
                         at(p.scenarios, r).discountRate =
                             v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
                         return true;
                     },
                     {},
                     {},
                     -0.5,
                     1},
        kpiMoney(tr("Payments"), tr("What the commissioners pay in all, nominal"),
                 &RiskKpis::payments),
        kpiMoney(tr("Payments (NPV)"), tr("The same, discounted"), &RiskKpis::npvPayments),
        kpiMoney(tr("Net value"),
                 tr("The commissioner's net value: savings minus payments, discounted"),
                 &RiskKpis::netValue),
        kpiMoney(tr("Investor profit"),
                 tr("What the investors get back minus what they put in (negative: a loss)"),
                 &RiskKpis::investorProfit),
        kpiText(tr("Multiple"), tr("What the investors get back for each krone they put in"),
                [](const RiskKpis &k) { return formatMultiple(k.investorMultiple); }),
        kpiText(tr("IRR"), tr("The investors' internal rate of return, annual"),
                [](const RiskKpis &k) { return formatIrr(k.investorIrrAnnual); }),
        kpiText(tr("Terminated"),
                tr("Whether a review point stops the contract early, and after which period"),
                [this](const RiskKpis &k) {
                    return k.terminatedAfter ? tr("after %1")
                                                   .arg(periodLabel(document_->project().timeline,
                                                                    *k.terminatedAfter))
                                             : tr("no");
                }),
    });
    auto ops = listOps<Scenario>([](Project &p) -> std::vector<Scenario> & { return p.scenarios; });
    ops.add = [](Project &p) {
        Scenario s = basisScenario();
        s.id = p.nextScenarioId();
        s.name = tr("Scenario %1").arg(s.id).toStdString();
        p.scenarios.push_back(s);
        return true;
    };
    ops.duplicate = [](Project &p, int row) {
        Scenario s = at(p.scenarios, row);
        s.id = p.nextScenarioId();
        s.name = tr("%1 (copy)").arg(QString::fromStdString(s.name)).toStdString();
        p.scenarios.insert(p.scenarios.begin() + row + 1, s);
        return true;
    };
    // As the other tables do: ask only when something goes with the row (its metric overrides).
    ops.removeQuestion = [](const Project &p, int row) {
        const Scenario &s = at(p.scenarios, row);
        if (s.metrics.empty())
            return QString();
        return tr("Remove \"%1\"? Its %n metric override(s) go with it.", nullptr,
                  static_cast<int>(s.metrics.size()))
            .arg(QString::fromStdString(s.name));
    };
    ops.addText = tr("Add scenario");
    ops.duplicateText = tr("Duplicate scenario");
    ops.removeText = tr("Remove scenario");
    ops.moveText = tr("Move scenario");
    scenarios_ = new TableEditor(document_, model, kRiskPage, QStringLiteral("scenariosTable"),
                                 tr("Scenarios"), ops);
    scenarios_->view()->horizontalHeader()->setStretchLastSection(false);

    // The per-metric overrides of the selected scenario.
    auto *overrideModel =
        new DesignTableModel(document_, kRiskPage, QStringLiteral("scenarioMetricsTable"), this);
    auto list = [this](auto &p) {
        auto *s = findScenario(p, scenarioId_);
        return s ? &s->metrics : nullptr;
    };
    overrideModel->rows = [list](const Project &p) {
        const auto *l = list(p);
        return l ? static_cast<int>(l->size()) : 0;
    };
    overrideModel->keyScope = [this] { return QString::number(scenarioId_); };
    overrideModel->editText = tr("Change metric override");
    overrideModel->locate = [this](int row, int column) { return overrideLocation(row, column); };
    auto cell = [list](auto &p, int r) -> auto & {
        return (*list(p))[static_cast<std::size_t>(r)];
    };
    overrideModel->setColumns({
        DesignColumn{tr("Metric"), tr("The metric that takes its own factor and delay"), K::Choice,
                     [cell](const Project &p, int r) { return QVariant(cell(p, r).metricId); },
                     [cell](Project &p, int r, const QVariant &v) {
                         cell(p, r).metricId = v.toInt();
                         return true;
                     },
                     [](const Project &p) { return metricChoices(p); }},
        DesignColumn{tr("Achievement"),
                     tr("This metric's achievement factor: 100 % is its plan"),
                     K::Percent,
                     [cell](const Project &p, int r) { return QVariant(cell(p, r).factor); },
                     [cell](Project &p, int r, const QVariant &v) {
                         cell(p, r).factor = v.toDouble();
                         return true;
                     },
                     {},
                     {},
                     0,
                     5},
        DesignColumn{
            tr("Delay"),
            tr("Periods this metric's improvement comes later"),
            K::Integer,
            [cell](const Project &p, int r) { return QVariant(qlonglong(cell(p, r).delay)); },
            [cell](Project &p, int r, const QVariant &v) {
                cell(p, r).delay = static_cast<int>(v.toLongLong());
                return true;
            },
            {},
            {},
            0,
            1200},
    });
    TableEditor::Operations overrideOps;
    overrideOps.add = [list](Project &p) {
        auto *l = list(p);
        if (!l || p.metrics.empty())
            return false;
        const Scenario *s = nullptr;
        for (const Scenario &x : p.scenarios)
            if (&x.metrics == l)
                s = &x;
        // The first metric without an override, starting from the scenario's common values.
        int metric = p.metrics.front().id;
        for (const Metric &m : p.metrics)
            if (std::none_of(l->begin(), l->end(),
                             [&](const MetricOverride &o) { return o.metricId == m.id; })) {
                metric = m.id;
                break;
            }
        l->push_back(MetricOverride{metric, s ? s->factor : 1.0, s ? s->delay : 0});
        return true;
    };
    overrideOps.remove = [list](Project &p, int row) {
        auto *l = list(p);
        if (!l || row < 0 || row >= static_cast<int>(l->size()))
            return false;
        l->erase(l->begin() + row);
        return true;
    };
    overrideOps.cannotAdd = [](const Project &p) {
        return p.metrics.empty() ? tr("Add an outcome metric first: an override is of one metric.")
                                 : QString();
    };
    overrideOps.addText = tr("Add metric override");
    overrideOps.removeText = tr("Remove metric override");
    overrides_ =
        new TableEditor(document_, overrideModel, kRiskPage, QStringLiteral("scenarioMetricsTable"),
                        tr("Metric overrides of the selected scenario"), overrideOps);
    overrides_->locate = [this](int row) {
        return overrideLocation(row, std::max(0, overrides_->view()->currentIndex().column()));
    };
    overrides_->view()->setMaximumHeight(180);
    connect(scenarios_->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RiskPage::scenarioChosen);
    connect(model, &QAbstractItemModel::modelReset, this, &RiskPage::scenarioChosen);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(intro(tr("Each scenario is a set of changes to the contract's inputs: how "
                               "much of the planned improvement comes about, how late, and what "
                               "intake, delivery cost and savings turn out to be. Its key figures "
                               "are computed beside it, with the outcomes reported so far and the "
                               "plan for the rest.")));
    scenarios_->view()->setMaximumHeight(200);
    layout->addWidget(scenarios_);
    auto *group = new QGroupBox(tr("Metric overrides of the selected scenario"));
    auto *gl = new QVBoxLayout(group);
    gl->addWidget(intro(tr("A metric listed here takes its own achievement factor and delay "
                           "instead of the scenario's common ones.")));
    gl->addWidget(overrides_);
    layout->addWidget(group);
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void RiskPage::scenarioChosen() {
    const auto &ss = document_->project().scenarios;
    const QModelIndex current = scenarios_->view()->currentIndex();
    const int id = current.isValid() && current.row() < static_cast<int>(ss.size())
                       ? ss[static_cast<std::size_t>(current.row())].id
                       : -1;
    if (id == scenarioId_ && id != -1)
        return;
    scenarioId_ = id;
    overrides_->model()->reload();
    overrides_->setEnabled(findScenario(document_->project(), scenarioId_) != nullptr);
}

EditLocation RiskPage::overrideLocation(int row, int column) const {
    const auto &ss = document_->project().scenarios;
    int scenarioRow = -1;
    for (std::size_t i = 0; i < ss.size(); ++i)
        if (ss[i].id == scenarioId_)
            scenarioRow = static_cast<int>(i);
    return EditLocation{kRiskPage, row, column,
                        QStringLiteral("scenarioMetricsTable@%1").arg(scenarioRow)};
}

void RiskPage::showLocation(const EditLocation &where) {
    // The tab that holds the edited table or field comes to the front first.
    auto front = [this](QWidget *w) {
        for (int i = 0; i < tabs_->count(); ++i)
            if (tabs_->widget(i)->isAncestorOf(w))
                tabs_->setCurrentIndex(i);
    };
    const QString prefix = QStringLiteral("scenarioMetricsTable@");
    if (where.field.startsWith(prefix)) {
        front(overrides_);
        const int scenarioRow = where.field.mid(prefix.size()).toInt();
        scenarios_->selectCell(scenarioRow, 0);
        scenarioChosen();
        overrides_->selectCell(where.row, where.column);
        return;
    }
    for (TableEditor *t : findChildren<TableEditor *>())
        if (t->view()->objectName() == where.field) {
            front(t);
            t->selectCell(where.row, where.column);
            return;
        }
    if (QWidget *w = where.field.isEmpty() ? nullptr : findChild<QWidget *>(where.field)) {
        front(w);
        w->setFocus();
    }
}

void RiskPage::refreshKpis() {
    const Project &p = document_->project();
    kpiBasis_ = document_->basis();
    kpis_.clear();
    // A scenario whose computation fails (an error in the design, money overflow) shows none.
    for (const ScenarioResult &r : computeScenarios(p, kpiBasis_))
        kpis_.push_back(r.failed ? std::nullopt : std::optional<RiskKpis>(r.kpis));
    curveDirty_ = true;
    tornadoDirty_ = true;
    refreshShown();
}

void RiskPage::refreshShown() {
    // The charts follow every edit while they are shown; hidden, they wait until they are.
    if (!isVisible())
        return;
    if (tabs_->currentWidget() == sharingTab_)
        refreshCurve();
    if (tabs_->currentWidget() == tornadoTab_)
        refreshTornado();
}

void RiskPage::refreshTornado() {
    if (!tornadoDirty_)
        return;
    tornadoDirty_ = false;
    const Project &p = document_->project();
    try {
        tornado_ = effekt::tornado(p);
    } catch (const MoneyOverflow &) {
        tornado_ = Tornado{};
    }
    tornadoChart_->setData(
        tornadoChartData(p, tornado_, TornadoFigure(tornadoFigure_->currentData().toInt())));
}

const Tornado &RiskPage::tornado() {
    refreshTornado();
    return tornado_;
}

void RiskPage::refreshCurve() {
    if (!curveDirty_)
        return;
    curveDirty_ = false;
    const Project &p = document_->project();
    // On the basis of the scenario table beside it: at 100 % the curve shows the basis scenario.
    RiskCurveSettings settings;
    settings.basis = kpiBasis_;
    curve_ = riskSharingCurve(p, settings);
    riskChart_->setData(riskSharingChartData(p, curve_));
}

const RiskCurve &RiskPage::curve() {
    refreshCurve();
    return curve_;
}

void RiskPage::showEvent(QShowEvent *event) {
    refreshShown();
    PageWidget::showEvent(event);
}

} // namespace effekt::views
