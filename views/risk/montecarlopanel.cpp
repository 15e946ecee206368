#include "montecarlopanel.h"

#include "density.h"
#include "designhelpers.h"
#include "designwidgets.h"
#include "format.h"
#include "moneyedit.h"
#include "resultschartpanel.h"
#include "riskchartpanel.h"
#include "riskdata.h"
#include "simulationrunner.h"

#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace effekt::views {

using namespace designhelpers;

namespace {

const QString kSimulationPage = QStringLiteral("risk");

Choices kindChoices() {
    return {{MonteCarloPanel::tr("Fixed"), int(FactorDistributionKind::Fixed)},
            {MonteCarloPanel::tr("Triangular"), int(FactorDistributionKind::Triangular)},
            {MonteCarloPanel::tr("PERT"), int(FactorDistributionKind::Pert)}};
}

// "70 %; 20 %; 10 %": the probabilities of a delay of 0, 1, 2 … periods.
QString delayText(const std::vector<double> &p) {
    QStringList parts;
    for (double x : p)
        parts << formatPercent(x, QLocale(), 1);
    return parts.join(QStringLiteral("; "));
}

std::optional<std::vector<double>> parseDelays(const QString &text) {
    std::vector<double> out;
    if (text.trimmed().isEmpty())
        return out;
    double sum = 0;
    for (QString part : text.split(QLatin1Char(';'))) {
        part.remove(QLocale().percent());
        part.remove(QLatin1Char('%'));
        const std::optional<double> v = parseNumber(part.trimmed());
        if (!v || *v < 0 || *v > 100)
            return std::nullopt;
        out.push_back(*v / 100.0);
        sum += *v / 100.0;
    }
    if (std::abs(sum - 1.0) > 1e-6)
        return std::nullopt;
    return out;
}

} // namespace

MonteCarloPanel::MonteCarloPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , document_(document) {
    binder_ = new FormBinder(document_, kSimulationPage, this);
    connect(document_, &Document::projectChanged, binder_, &FormBinder::reload);
    runner_ = new SimulationRunner(this);
    connect(runner_, &SimulationRunner::finished, this, &MonteCarloPanel::finished);

    // The distributions, one row per metric that has one.
    auto *model = new DesignTableModel(document_, kSimulationPage,
                                       QStringLiteral("distributionsTable"), this);
    model->rows = [](const Project &p) {
        return static_cast<int>(p.simulation.distributions.size());
    };
    model->rowKey = [](const Project &p, int r) {
        return at(p.simulation.distributions, r).metricId;
    };
    model->editText = tr("Edit distribution");
    auto dist = [](auto &p, int r) -> auto & {
        return at(p.simulation.distributions, r);
    };
    auto bound = [dist](const QString &header, const QString &tip, double FactorDistribution::*m) {
        return DesignColumn{header,
                            tip,
                            K::Percent,
                            [dist, m](const Project &p, int r) { return QVariant(dist(p, r).*m); },
                            [dist, m](Project &p, int r, const QVariant &v) {
                                dist(p, r).*m = v.toDouble();
                                return true;
                            },
                            {},
                            {},
                            0,
                            10};
    };
    DesignColumn picture;
    picture.header = tr("Shape");
    picture.toolTip = tr("The density of the factor: 100 % (the plan) is the dotted line");
    picture.kind = K::Text;
    picture.get = [](const Project &, int) { return QVariant(QString()); };
    model->setColumns({
        DesignColumn{tr("Metric"), tr("The metric whose achievement factor is drawn"), K::Choice,
                     [dist](const Project &p, int r) { return QVariant(dist(p, r).metricId); },
                     [dist](Project &p, int r, const QVariant &v) {
                         dist(p, r).metricId = v.toInt();
                         return true;
                     },
                     [](const Project &p) { return metricChoices(p); }},
        DesignColumn{tr("Distribution"),
                     tr("Fixed: always the most likely value; triangular or PERT between the "
                        "lowest and the highest"),
                     K::Choice,
                     [dist](const Project &p, int r) { return QVariant(int(dist(p, r).kind)); },
                     [dist](Project &p, int r, const QVariant &v) {
                         dist(p, r).kind = FactorDistributionKind(v.toInt());
                         return true;
                     },
                     [](const Project &) { return kindChoices(); }},
        bound(tr("Lowest"), tr("The lowest achievement factor (100 % is the plan)"),
              &FactorDistribution::min),
        bound(tr("Most likely"), tr("The most likely achievement factor"),
              &FactorDistribution::mode),
        bound(tr("Highest"), tr("The highest achievement factor"), &FactorDistribution::max),
        DesignColumn{tr("Delay probabilities"),
                     tr("Optional: the chances of a delay of 0, 1, 2 … periods, separated by "
                        "semicolons and adding up to 100 %, e.g. 70; 20; 10"),
                     K::Text,
                     [dist](const Project &p, int r) {
                         return QVariant(delayText(dist(p, r).delayProbabilities));
                     },
                     [dist](Project &p, int r, const QVariant &v) {
                         const auto delays = parseDelays(v.toString());
                         if (!delays)
                             return false;
                         dist(p, r).delayProbabilities = *delays;
                         return true;
                     }},
        picture,
    });
    auto ops = listOps<FactorDistribution>(
        [](Project &p) -> std::vector<FactorDistribution> & { return p.simulation.distributions; });
    ops.add = [](Project &p) {
        if (p.metrics.empty())
            return false;
        FactorDistribution d;
        d.metricId = p.metrics.front().id;
        for (const Metric &m : p.metrics)
            if (std::none_of(p.simulation.distributions.begin(), p.simulation.distributions.end(),
                             [&](const FactorDistribution &x) { return x.metricId == m.id; })) {
                d.metricId = m.id;
                break;
            }
        p.simulation.distributions.push_back(d);
        return true;
    };
    ops.cannotAdd = [](const Project &p) {
        return p.metrics.empty() ? tr("Add an outcome metric first: a distribution is of a "
                                      "metric's achievement factor.")
                                 : QString();
    };
    ops.move = {};
    ops.addText = tr("Add distribution");
    ops.removeText = tr("Remove distribution");
    distributions_ =
        new TableEditor(document_, model, kSimulationPage, QStringLiteral("distributionsTable"),
                        tr("Distributions of the achievement factor"), ops);
    distributions_->view()->setItemDelegateForColumn(
        PictureColumn, new DensityDelegate(
                           [this](int row) -> const FactorDistribution * {
                               const auto &ds = document_->project().simulation.distributions;
                               return row >= 0 && row < static_cast<int>(ds.size())
                                          ? &ds[static_cast<std::size_t>(row)]
                                          : nullptr;
                           },
                           distributions_->view()));
    distributions_->view()->setMaximumHeight(150);

    correlation_ = new PercentEdit;
    correlation_->setObjectName(QStringLiteral("simulationCorrelation"));
    correlation_->setRange(0, 1);
    describe(correlation_, tr("Correlation"),
             tr("How much the metrics succeed or fail together (ρ of one common factor): 0 % "
                "independent, 100 % all alike"));
    binder_->value(
        correlation_,
        [](const Project &p) { return std::optional<double>(p.simulation.correlation); },
        [](Project &p, std::optional<double> v) { p.simulation.correlation = v.value_or(0.0); },
        tr("Change correlation"));
    trials_ = new ValueEdit(ValueEdit::Kind::Integer);
    trials_->setObjectName(QStringLiteral("simulationTrials"));
    trials_->setRange(1, 1000000);
    describe(trials_, tr("Trials"), tr("How many futures are drawn and computed"));
    binder_->value(
        trials_, [](const Project &p) { return std::optional<double>(p.simulation.trials); },
        [](Project &p, std::optional<double> v) {
            p.simulation.trials = v ? static_cast<int>(std::lround(*v)) : 10000;
        },
        tr("Change number of trials"));
    seed_ = new ValueEdit(ValueEdit::Kind::Integer);
    seed_->setObjectName(QStringLiteral("simulationSeed"));
    seed_->setRange(0, 9.0e15);
    describe(seed_, tr("Seed"),
             tr("The starting point of the random numbers: the same seed gives the same results"));
    binder_->value(
        seed_,
        [](const Project &p) {
            return std::optional<double>(static_cast<double>(p.simulation.seed));
        },
        [](Project &p, std::optional<double> v) {
            p.simulation.seed = v ? static_cast<std::int64_t>(std::llround(*v)) : 1;
        },
        tr("Change seed"));
    auto *settings = new QHBoxLayout;
    auto addField = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        settings->addWidget(l);
        settings->addWidget(field);
    };
    addField(tr("&Correlation ρ (%):"), correlation_);
    addField(tr("T&rials:"), trials_);
    addField(tr("S&eed:"), seed_);
    for (ValueEdit *e : {correlation_, trials_, seed_})
        e->setMaximumWidth(140);
    settings->addStretch();

    run_ = new QPushButton(tr("&Run simulation"));
    run_->setObjectName(QStringLiteral("runSimulation"));
    run_->setToolTip(tr("Draw and compute the trials in the background"));
    connect(run_, &QPushButton::clicked, this, &MonteCarloPanel::run);
    cancel_ = new QPushButton(tr("Cancel"));
    cancel_->setObjectName(QStringLiteral("cancelSimulation"));
    cancel_->setToolTip(tr("Stop the simulation"));
    connect(cancel_, &QPushButton::clicked, runner_, &SimulationRunner::cancel);
    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("simulationProgress"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    status_ = new QLabel(tr("Not run yet."));
    status_->setObjectName(QStringLiteral("simulationStatus"));
    status_->setWordWrap(true);
    poll_ = new QTimer(this);
    poll_->setInterval(50);
    connect(poll_, &QTimer::timeout, this,
            [this] { progress_->setValue(std::min(runner_->done(), runner_->total())); });
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(run_);
    runRow->addWidget(cancel_);
    runRow->addWidget(progress_, 1);

    // The result cards.
    auto *cardRow = new QHBoxLayout;
    const QString titles[] = {tr("Investors lose money"), tr("Total cap reached"),
                              tr("Contract terminated early"),
                              tr("Commissioner pays more than traditional")};
    const QString names[] = {QStringLiteral("cardInvestorLoss"), QStringLiteral("cardTotalCap"),
                             QStringLiteral("cardTermination"), QStringLiteral("cardPaysMore")};
    for (int i = 0; i < 4; ++i) {
        auto *card = new QFrame;
        card->setFrameShape(QFrame::StyledPanel);
        auto *cl = new QVBoxLayout(card);
        auto *title = new QLabel(titles[i]);
        title->setWordWrap(true);
        auto *value = new QLabel(QStringLiteral("–"));
        value->setObjectName(names[i]);
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        f.setBold(true);
        value->setFont(f);
        value->setAccessibleName(titles[i]);
        cl->addWidget(title);
        cl->addWidget(value);
        cardRow->addWidget(card, 1);
        cards_.push_back(value);
    }

    fan_ = new RiskChartPanel(QStringLiteral("fan"), buildFanChart);
    multiples_ = new ResultsChartPanel(QStringLiteral("multipleHistogram"));
    netCosts_ = new ResultsChartPanel(QStringLiteral("netCostHistogram"));
    charts_ = new QTabWidget;
    charts_->setObjectName(QStringLiteral("simulationCharts"));
    charts_->addTab(fan_, tr("Cumulative payments"));
    charts_->addTab(multiples_, tr("Investors' multiple"));
    charts_->addTab(netCosts_, tr("Commissioner's net cost"));
    charts_->setMinimumHeight(380);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro(tr("Each trial draws an achievement factor for every metric with a "
                               "distribution (the others stay at 100 %) and computes the whole "
                               "contract: caps, the waterfall and review points included.")));
    layout->addWidget(distributions_);
    layout->addLayout(settings);
    layout->addLayout(runRow);
    layout->addWidget(status_);
    layout->addLayout(cardRow);
    layout->addWidget(charts_, 1);

    connect(document_, &Document::projectChanged, this, [this] {
        if (hasResult_ && !runner_->isRunning() && document_->project() != runProject_)
            status_->setText(tr("The contract has changed since this run: run it again to see "
                                "the change."));
        updateButtons();
    });
    connect(document_, &Document::readOnlyChanged, this, &MonteCarloPanel::updateButtons);
    binder_->reload();
    updateButtons();
}

MonteCarloPanel::~MonteCarloPanel() = default;

const SimulationResult *MonteCarloPanel::resultFor(const Project &project) const {
    if (!hasResult_ || runner_->isRunning() || runProject_ != project)
        return nullptr;
    return runner_->result();
}

void MonteCarloPanel::updateButtons() {
    const bool running = runner_->isRunning();
    run_->setEnabled(!running);
    cancel_->setEnabled(running);
}

void MonteCarloPanel::run() {
    if (runner_->isRunning())
        return;
    const Project &p = document_->project();
    SimulationOptions options = simulationOptions(p);
    options.investorIrr = false; // the panel shows no IRR: each trial's root search is skipped
    if (!runner_->start(p, options))
        return;
    progress_->setRange(0, std::max(1, options.trials));
    progress_->setValue(0);
    status_->setText(tr("Simulating %Ln trial(s)…", nullptr, options.trials));
    poll_->start();
    updateButtons();
}

void MonteCarloPanel::finished() {
    poll_->stop();
    updateButtons();
    const SimulationResult *r = runner_->result();
    if (!r) {
        status_->setText(tr("The simulation could not be computed: %1").arg(runner_->failure()));
        return;
    }
    if (r->cancelled) {
        progress_->setValue(0);
        status_->setText(
            tr("Cancelled after %1 of %2 trials; the results shown are from the "
               "last completed run.")
                .arg(QLocale().toString(runner_->done()), QLocale().toString(runner_->total())));
        if (!hasResult_)
            status_->setText(tr("Cancelled after %1 of %2 trials.")
                                 .arg(QLocale().toString(runner_->done()),
                                      QLocale().toString(runner_->total())));
        return;
    }
    progress_->setValue(progress_->maximum());
    runProject_ = document_->project();
    hasResult_ = true;
    showResult();
}

void MonteCarloPanel::showResult() {
    const SimulationResult &r = *runner_->result();
    const QLocale locale;
    const double probabilities[] = {r.pInvestorLoss, r.pTotalCapReached, r.pTermination,
                                    r.pPaysMoreThanTraditional};
    for (int i = 0; i < 4; ++i)
        cards_[static_cast<std::size_t>(i)]->setText(formatPercent(probabilities[i], locale, 1));
    QString text = tr("%Ln trial(s) computed.", nullptr, r.trials);
    if (r.failedTrials > 0)
        text += QLatin1Char(' ') +
                tr("%Ln trial(s) did not fit in money and are left out.", nullptr, r.failedTrials);
    text += QLatin1Char(' ') +
            tr("Mean net value for the commissioner %1 (± %2), against %3 under a traditional "
               "contract.")
                .arg(formatMoney(money::round(r.netValue.mean), locale),
                     formatMoney(money::round(r.netValue.standardError), locale),
                     formatMoney(money::round(r.traditionalNetValue.mean), locale));
    status_->setText(text);
    // The fan marks where the project as computed ends early, as the Results charts do.
    const std::optional<int> endedAfter = document_->resultsProject() == runProject_
                                              ? document_->results().terminatedAfter
                                              : compute(runProject_).terminatedAfter;
    fan_->setData(fanChartData(runProject_, r, endedAfter));
    multiples_->setData(multipleHistogramData(runProject_, r));
    netCosts_->setData(netCostHistogramData(runProject_, r));
}

} // namespace effekt::views
