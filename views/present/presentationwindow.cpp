#include "presentationwindow.h"

#include "format.h"
#include "kpicards.h"
#include "resultschart.h"
#include "resultsdata.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPushButton>
#include <QScatterSeries>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace effekt::views {

namespace {

// The key figures presentation mode shows (computeKpis ids), in this order.
const char *const kHeadlineKpis[] = {"forecastPayment", "netValue", "bcr", "investor"};

// A label whose font is the window's base size times `scale` (applyScale sets it).
QLabel *scaledLabel(double scale, bool bold = false) {
    auto *l = new QLabel;
    l->setProperty("presentScale", scale);
    l->setProperty("presentBold", bold);
    return l;
}

// The project without its scenarios: what the risk-sharing curve depends on.
Project withoutScenarios(Project p) {
    p.scenarios.clear();
    return p;
}

} // namespace

PresentationWindow::PresentationWindow(Document *document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , document_(document) {
    setObjectName(QStringLiteral("presentationWindow"));
    whatIf_ = Scenario{};
    buildUi();
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, this, &PresentationWindow::leave);
    auto *f11 = new QShortcut(QKeySequence(Qt::Key_F11), this);
    connect(f11, &QShortcut::activated, this, &PresentationWindow::leave);
    connect(document_, &Document::projectChanged, this, &PresentationWindow::projectChanged);
    // Results or Forecast (the document's basis) changed: the what-if follows.
    connect(document_, &Document::resultsChanged, this, [this] {
        if (document_->basis() != basis_)
            schedule();
    });
    rebuildMetricSliders();
    applyScale();
    updateValueLabels();
    pending_ = true;
    flush();
}

void PresentationWindow::buildUi() {
    setWindowTitle(tr("Presentation mode"));
    setStyleSheet(QStringLiteral(
        "QFrame#presentPanel { border: 1px solid palette(mid); border-radius: 6px; "
        "background: palette(base); }"
        "QLabel#presentNotice { background: #fdf2d0; color: #5a4000; padding: 6px; }"));

    title_ = scaledLabel(1.5, true);
    title_->setObjectName(QStringLiteral("presentTitle"));
    title_->setTextFormat(Qt::PlainText); // the contract's name comes from the file
    reset_ = new QPushButton(tr("&Back to the plan"));
    reset_->setObjectName(QStringLiteral("presentReset"));
    reset_->setToolTip(tr("Every slider back to the plan: 100 %, no delay"));
    connect(reset_, &QPushButton::clicked, this, &PresentationWindow::resetWhatIf);
    keep_ = new QPushButton(tr("&Keep as scenario…"));
    keep_->setObjectName(QStringLiteral("presentKeep"));
    keep_->setToolTip(tr("Store this what-if as a named scenario of the contract (on the Risk "
                         "page); Undo takes it away again"));
    connect(keep_, &QPushButton::clicked, this, [this] { keepAsScenario(); });
    exit_ = new QPushButton(tr("&Leave (Esc)"));
    exit_->setObjectName(QStringLiteral("presentLeave"));
    connect(exit_, &QPushButton::clicked, this, &PresentationWindow::leave);
    auto *header = new QHBoxLayout;
    header->addWidget(title_, 1);
    header->addWidget(reset_);
    header->addWidget(keep_);
    header->addWidget(exit_);

    notice_ = new QLabel;
    notice_->setObjectName(QStringLiteral("presentNotice"));
    notice_->setWordWrap(true);
    notice_->setVisible(false);
    summary_ = scaledLabel(0.9);
    summary_->setObjectName(QStringLiteral("presentSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::PlainText);
    summary_->setForegroundRole(QPalette::PlaceholderText);

    // The sliders.
    auto *sliders = new QWidget;
    sliders->setObjectName(QStringLiteral("presentSliders"));
    auto *sl = new QVBoxLayout(sliders);
    auto *heading = scaledLabel(1.15, true);
    heading->setText(tr("What if …"));
    sl->addWidget(heading);
    auto makeSlider = [this, sl](const QString &name, const QString &text, const QString &tip,
                                 int min, int max, int value) {
        auto *label = new QLabel(text);
        auto *shown = new QLabel;
        shown->setObjectName(name + QStringLiteral("Value"));
        shown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *row = new QHBoxLayout;
        row->addWidget(label, 1);
        row->addWidget(shown);
        auto *s = new QSlider(Qt::Horizontal);
        s->setObjectName(name);
        s->setRange(min, max);
        s->setSingleStep(1);
        s->setPageStep(5);
        s->setValue(value);
        s->setTickPosition(QSlider::TicksBelow);
        s->setTickInterval(5);
        s->setFocusPolicy(Qt::StrongFocus);
        s->setToolTip(tip);
        s->setAccessibleName(text);
        label->setBuddy(s);
        valueLabels_[s] = shown;
        sl->addLayout(row);
        sl->addWidget(s);
        connect(s, &QSlider::valueChanged, this, &PresentationWindow::sliderMoved);
        return s;
    };
    const int plan = whatIfStep(1.0);
    factor_ = makeSlider(
        QStringLiteral("presentFactor"), tr("&Overall achievement"),
        tr("How much of the planned improvement is achieved, for every metric without its own "
           "slider moved (arrow keys: 5 % a step)"),
        0, kWhatIfSteps, plan);
    delay_ = makeSlider(QStringLiteral("presentDelay"), tr("&Delay"),
                        tr("How many periods later the improvement comes"), 0, 1, 0);
    delay_->setTickInterval(1);
    delay_->setPageStep(1);
    intake_ = makeSlider(QStringLiteral("presentIntake"), tr("&Intake"),
                         tr("Participants taken in, against the plan"), whatIfStep(0.5),
                         kWhatIfSteps, plan);
    cost_ = makeSlider(QStringLiteral("presentCost"), tr("Delivery &cost"),
                       tr("The provider's cost of delivering the service, against the plan"),
                       whatIfStep(0.5), kWhatIfSteps, plan);
    auto *metricsHeading = scaledLabel(1.0, true);
    metricsHeading->setText(tr("Each metric's achievement"));
    metricsHeading->setWordWrap(true);
    sl->addSpacing(8);
    sl->addWidget(metricsHeading);
    metricBox_ = new QWidget;
    metricLayout_ = new QVBoxLayout(metricBox_);
    metricLayout_->setContentsMargins(0, 0, 0, 0);
    sl->addWidget(metricBox_);
    sl->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("presentSliderArea"));
    scroll->setWidget(sliders);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The key figures.
    kpiRow_ = new QWidget;
    kpiRow_->installEventFilter(this); // its width sets the figures' type size
    auto *kl = new QHBoxLayout(kpiRow_);
    kl->setContentsMargins(0, 0, 0, 0);
    for (const char *id : kHeadlineKpis) {
        auto *tile = new QFrame;
        tile->setObjectName(QStringLiteral("presentPanel"));
        tile->setProperty("kpi", QString::fromLatin1(id));
        auto *title = scaledLabel(0.85);
        title->setObjectName(QStringLiteral("presentKpiTitle_") + QString::fromLatin1(id));
        title->setForegroundRole(QPalette::PlaceholderText);
        auto *value = scaledLabel(1.8, true);
        value->setObjectName(QStringLiteral("presentKpiValue_") + QString::fromLatin1(id));
        // The tiles share the row's width; fitKpis() makes a long figure's type smaller instead.
        value->setMinimumWidth(1);
        title->setWordWrap(true);
        auto *detail = scaledLabel(0.75);
        detail->setObjectName(QStringLiteral("presentKpiDetail_") + QString::fromLatin1(id));
        detail->setWordWrap(true);
        detail->setTextFormat(Qt::PlainText);
        auto *tl = new QVBoxLayout(tile);
        tl->setSpacing(2);
        tl->addWidget(title);
        tl->addWidget(value);
        tl->addWidget(detail);
        tl->addStretch(1);
        kl->addWidget(tile, 1);
    }

    // The charts.
    payments_ = new ResultsChartView;
    payments_->setObjectName(QStringLiteral("presentPayments"));
    risk_ = new ResultsChartView;
    risk_->setObjectName(QStringLiteral("presentRisk"));
    auto *charts = new QHBoxLayout;
    // Each chart with its legend under it as wrapping text: Qt Charts' own legend keeps to one
    // row and cuts every name short when they do not fit (as on a 1024 or 1280 px projector).
    for (ResultsChartView *view : {payments_, risk_}) {
        // Framed as the key figures and the comparison are; the chart's own background is off.
        auto *panel = new QFrame;
        panel->setObjectName(QStringLiteral("presentPanel"));
        view->setFrameShape(QFrame::NoFrame);
        view->setStyleSheet(QStringLiteral("background: transparent"));
        auto *pl = new QVBoxLayout(panel);
        pl->setContentsMargins(0, 0, 0, 6);
        pl->setSpacing(0);
        auto *legend = new QLabel;
        legend->setObjectName(view->objectName() + QStringLiteral("Legend"));
        legend->setTextFormat(Qt::RichText);
        legend->setWordWrap(true);
        legend->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        legend->setContentsMargins(8, 0, 8, 0);
        legends_[view] = legend;
        pl->addWidget(view, 1);
        pl->addWidget(legend);
        charts->addWidget(panel, 1);
    }

    // A traditional contract against the effektkontrakt at the overall slider's level.
    auto *compare = new QFrame;
    compare->setObjectName(QStringLiteral("presentPanel"));
    auto *cg = new QGridLayout(compare);
    compareHeading_ = scaledLabel(1.0, true);
    compareHeading_->setObjectName(QStringLiteral("presentCompareHeading"));
    compareHeading_->setWordWrap(true);
    cg->addWidget(compareHeading_, 0, 0, 1, 3);
    auto columnHead = [](const QString &text) {
        auto *l = scaledLabel(0.9, true);
        l->setText(text);
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return l;
    };
    cg->addWidget(columnHead(tr("Effektkontrakt")), 1, 1);
    cg->addWidget(columnHead(tr("Traditional contract")), 1, 2);
    auto cell = [this, cg](const QString &key, int row, int column) {
        auto *l = new QLabel;
        l->setObjectName(QStringLiteral("presentCompare_") + key);
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        compare_[key] = l;
        cg->addWidget(l, row, column);
    };
    // Not the forecast payment of the key figures above: fixed fees count, and what the account
    // hands back to the commissioner is taken off (RiskKpis::payments).
    auto *pays = new QLabel(tr("The municipality pays, less what it gets back"));
    pays->setToolTip(tr("Outcome payments and fixed fees, less what the contract's account hands "
                        "back to the municipality when the investors have been paid. The "
                        "forecast payment above counts outcome payments alone, before anything "
                        "is handed back."));
    cg->addWidget(pays, 2, 0);
    cell(QStringLiteral("effektPays"), 2, 1);
    cell(QStringLiteral("traditionalPays"), 2, 2);
    cg->addWidget(new QLabel(tr("The municipality's net value (NPV)")), 3, 0);
    cell(QStringLiteral("effektNet"), 3, 1);
    cell(QStringLiteral("traditionalNet"), 3, 2);
    cg->addWidget(new QLabel(tr("The investors' profit or loss")), 4, 0);
    cell(QStringLiteral("investors"), 4, 1);
    auto *none = new QLabel(QStringLiteral("–"));
    none->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    cg->addWidget(none, 4, 2);
    auto *loss = new QLabel;
    loss->setObjectName(QStringLiteral("presentCompare_loss"));
    loss->setWordWrap(true);
    compare_[QStringLiteral("loss")] = loss;
    cg->addWidget(loss, 5, 0, 1, 3);
    cg->setColumnStretch(0, 1);

    auto *right = new QVBoxLayout;
    right->addWidget(kpiRow_);
    right->addLayout(charts, 1);
    right->addWidget(compare);
    auto *body = new QHBoxLayout;
    body->addWidget(scroll);
    body->addLayout(right, 1);

    auto *root = new QVBoxLayout(this);
    root->addLayout(header);
    root->addWidget(summary_);
    root->addWidget(notice_);
    root->addLayout(body, 1);
}

void PresentationWindow::rebuildMetricSliders() {
    const Project &p = document_->project();
    std::vector<int> ids;
    for (const Metric &m : p.metrics)
        ids.push_back(m.id);
    // The delay goes up to the timeline's length (at most 12 periods).
    {
        const QSignalBlocker block(delay_);
        delay_->setMaximum(std::clamp(p.timeline.periods, 1, 12));
    }
    whatIf_.delay = delay_->value();
    if (ids == metricIds_) {
        // Names may have changed.
        for (const Metric &m : p.metrics)
            if (auto *l = metricBox_->findChild<QLabel *>(QStringLiteral("presentMetricName_") +
                                                          QString::number(m.id)))
                l->setText(QString::fromStdString(m.name));
        return;
    }
    metricIds_ = ids;
    // Overrides of metrics that are gone go with them.
    std::erase_if(whatIf_.metrics, [&ids](const MetricOverride &o) {
        return std::find(ids.begin(), ids.end(), o.metricId) == ids.end();
    });
    for (auto &[id, slider] : metricSliders_)
        valueLabels_.erase(slider);
    metricSliders_.clear();
    while (QLayoutItem *item = metricLayout_->takeAt(0)) {
        if (QLayout *l = item->layout()) {
            while (QLayoutItem *inner = l->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    for (const Metric &m : p.metrics) {
        auto *name = new QLabel(QString::fromStdString(m.name));
        name->setObjectName(QStringLiteral("presentMetricName_") + QString::number(m.id));
        name->setTextFormat(Qt::PlainText);
        name->setWordWrap(true);
        auto *value = new QLabel;
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *row = new QHBoxLayout;
        row->addWidget(name, 1);
        row->addWidget(value);
        auto *s = new QSlider(Qt::Horizontal);
        s->setObjectName(QStringLiteral("presentMetric_") + QString::number(m.id));
        s->setRange(0, kWhatIfSteps);
        s->setSingleStep(1);
        s->setPageStep(5);
        s->setTickPosition(QSlider::TicksBelow);
        s->setTickInterval(5);
        s->setFocusPolicy(Qt::StrongFocus);
        s->setAccessibleName(QString::fromStdString(m.name));
        s->setToolTip(tr("How much of this metric's planned improvement is achieved; once moved, "
                         "it no longer follows the overall slider"));
        double f = whatIf_.factor;
        for (const MetricOverride &o : whatIf_.metrics)
            if (o.metricId == m.id)
                f = o.factor;
        s->setValue(whatIfStep(f));
        name->setBuddy(s);
        valueLabels_[s] = value;
        metricSliders_[m.id] = s;
        metricLayout_->addLayout(row);
        metricLayout_->addWidget(s);
        const int id = m.id;
        connect(s, &QSlider::valueChanged, this, [this, id](int step) {
            // Moved by the planner: this metric now has its own factor.
            auto it = std::find_if(whatIf_.metrics.begin(), whatIf_.metrics.end(),
                                   [id](const MetricOverride &o) { return o.metricId == id; });
            if (it == whatIf_.metrics.end())
                it = whatIf_.metrics.insert(whatIf_.metrics.end(), MetricOverride{id, 1.0, 0});
            it->factor = whatIfFactor(step);
            sliderMoved();
        });
    }
    applyScale();
}

QSlider *PresentationWindow::metricSlider(int metricId) const {
    const auto it = metricSliders_.find(metricId);
    return it == metricSliders_.end() ? nullptr : it->second;
}

void PresentationWindow::sliderMoved() {
    message_.clear(); // "Kept as …" was about the what-if before this move
    whatIf_.factor = whatIfFactor(factor_->value());
    whatIf_.delay = delay_->value();
    whatIf_.intakeFactor = whatIfFactor(intake_->value());
    whatIf_.costFactor = whatIfFactor(cost_->value());
    for (MetricOverride &o : whatIf_.metrics)
        o.delay = whatIf_.delay;
    // The metrics without their own factor follow the overall slider.
    for (auto &[id, slider] : metricSliders_) {
        const bool own =
            std::any_of(whatIf_.metrics.begin(), whatIf_.metrics.end(),
                        [id = id](const MetricOverride &o) { return o.metricId == id; });
        if (!own) {
            const QSignalBlocker block(slider);
            slider->setValue(factor_->value());
        }
    }
    updateValueLabels();
    schedule();
}

void PresentationWindow::resetWhatIf() {
    whatIf_ = Scenario{};
    for (QSlider *s : {factor_, intake_, cost_}) {
        const QSignalBlocker block(s);
        s->setValue(whatIfStep(1.0));
    }
    {
        const QSignalBlocker block(delay_);
        delay_->setValue(0);
    }
    sliderMoved();
}

void PresentationWindow::updateValueLabels() {
    auto percent = [](QSlider *s) { return formatPercent(whatIfFactor(s->value()), QLocale(), 0); };
    for (auto &[slider, label] : valueLabels_)
        label->setText(slider == delay_
                           ? (slider->value() == 0 ? tr("on time")
                                                   : tr("%n period(s) later", "", slider->value()))
                           : percent(slider));
}

void PresentationWindow::schedule() {
    if (pending_)
        return;
    pending_ = true;
    QTimer::singleShot(0, this, &PresentationWindow::flush);
}

void PresentationWindow::projectChanged() {
    rebuildMetricSliders();
    // A kept scenario changes nothing the curve depends on.
    if (!(withoutScenarios(document_->project()) == curveProject_))
        curveDirty_ = true;
    schedule();
}

void PresentationWindow::flush() {
    if (!pending_)
        return;
    pending_ = false;
    updateFigures();
}

void PresentationWindow::updateFigures() {
    QElapsedTimer timer;
    timer.start();
    const Project &project = document_->project();
    title_->setText(QString::fromStdString(project.name));
    basis_ = document_->basis();
    run_ = runWhatIf(project, whatIf_, basis_);
    const bool errors = run_.overflow || hasErrors(run_.results.diagnostics);
    if (run_.overflow)
        notice_->setText(tr("This what-if cannot be computed: an amount would be too large."));
    else if (errors)
        notice_->setText(tr("The design has errors: no figures until they are fixed."));
    else
        notice_->setText(message_);
    notice_->setVisible(!notice_->text().isEmpty());

    std::vector<Kpi> kpis;
    if (!errors)
        kpis = computeKpis(run_.project, run_.results);
    for (const char *id : kHeadlineKpis) {
        const QString key = QString::fromLatin1(id);
        auto *title = findChild<QLabel *>(QStringLiteral("presentKpiTitle_") + key);
        auto *value = findChild<QLabel *>(QStringLiteral("presentKpiValue_") + key);
        auto *detail = findChild<QLabel *>(QStringLiteral("presentKpiDetail_") + key);
        const auto it =
            std::find_if(kpis.begin(), kpis.end(), [&key](const Kpi &k) { return k.id == key; });
        if (it == kpis.end()) {
            value->setText(QStringLiteral("–"));
            detail->clear();
            continue;
        }
        title->setText(it->title);
        value->setText(it->value);
        detail->setText(it->detail);
        value->parentWidget()->setToolTip(it->toolTip);
    }
    fitKpis();

    ChartData payments = paymentsChartData(run_.project, errors ? Results{} : run_.results);
    payments.title = tr("Payments in this what-if");
    payments_->setData(std::move(payments));
    styleChart(payments_->chart());

    summary_->setText(tr("What if: %1 of the planned improvement, %2, intake %3, delivery cost %4")
                          .arg(valueLabels_[factor_]->text(), valueLabels_[delay_]->text(),
                               valueLabels_[intake_]->text(), valueLabels_[cost_]->text()));
    updateRiskChart();
    updateComparison();
    lastUpdateMs_ = static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void PresentationWindow::updateRiskChart() {
    const Project &project = document_->project();
    // On the what-if's own basis, so that the comparison below the chart and the key figures
    // above it tell of the same contract (the forecast, once actuals are reported).
    if (curveDirty_ || curve_.basis != basis_) {
        curveDirty_ = false;
        curve_ =
            riskSharingCurve(project, RiskCurveSettings{kWhatIfSteps, kMaxWhatIfFactor, basis_});
        curveProject_ = withoutScenarios(project);
    }
    ChartData d = riskSharingChartData(project, curve_);
    d.periodsPerYear = 5; // a label every 25 %, or every 50 % where they do not fit
    const std::size_t n = curve_.points.size();
    const int step = factor_->value();
    ChartSeries here{tr("This what-if (%1)").arg(valueLabels_[factor_]->text()),
                     ChartSeries::Kind::Marker, std::vector<double>(n, std::nan(""))};
    if (step >= 0 && static_cast<std::size_t>(step) < n &&
        !curve_.points[static_cast<std::size_t>(step)].failed) {
        const auto at = static_cast<std::size_t>(step);
        here.values[at] = kroner(curve_.points[at].payments);
        // At today's plan (or forecast) the two markers would sit on each other with their
        // labels overprinted: one marker says both.
        for (ChartSeries &s : d.series)
            if (s.kind == ChartSeries::Kind::Marker && at < s.values.size() &&
                !std::isnan(s.values[at]) && s.values[at] == here.values[at]) {
                QString other = s.name;
                if (!other.isEmpty())
                    other[0] = other[0].toLower();
                here.name = tr("What-if = %1").arg(other);
                s.values[at] = std::nan("");
            }
    }
    d.series.push_back(std::move(here));
    risk_->setData(std::move(d));
    styleChart(risk_->chart());
}

const RiskCurvePoint &PresentationWindow::comparisonPoint() const {
    static const RiskCurvePoint none{.failed = true};
    const int step = factor_->value();
    if (step < 0 || static_cast<std::size_t>(step) >= curve_.points.size())
        return none;
    return curve_.points[static_cast<std::size_t>(step)];
}

void PresentationWindow::updateComparison() {
    const RiskCurvePoint &pt = comparisonPoint();
    compareHeading_->setText(tr("Traditional contract or effektkontrakt at %1 of the planned "
                                "improvement")
                                 .arg(formatPercent(whatIfFactor(factor_->value()), QLocale(), 0)));
    auto money = [&pt](Money m) { return pt.failed ? QStringLiteral("–") : formatMoney(m); };
    compare_[QStringLiteral("effektPays")]->setText(money(pt.payments));
    compare_[QStringLiteral("traditionalPays")]->setText(money(pt.traditionalCost));
    compare_[QStringLiteral("effektNet")]->setText(money(pt.netValue));
    compare_[QStringLiteral("traditionalNet")]->setText(money(pt.traditionalNetValue));
    compare_[QStringLiteral("investors")]->setText(
        document_->project().investors.empty() ? QStringLiteral("–") : money(pt.investorProfit));
    compare_[QStringLiteral("loss")]->setText(whoCarriesTheLoss(document_->project(), pt));
}

QString PresentationWindow::kpiText(const QString &id) const {
    const auto *l = findChild<QLabel *>(QStringLiteral("presentKpiValue_") + id);
    return l ? l->text() : QString();
}

QString PresentationWindow::comparisonText(const QString &cell) const {
    const auto it = compare_.find(cell);
    return it == compare_.end() ? QString() : it->second->text();
}

bool PresentationWindow::keepAsScenario() {
    flush();
    const QString suggested = whatIfName(whatIf_);
    std::optional<QString> answer;
    if (nameQuestion_) {
        answer = nameQuestion_(suggested);
    } else {
        bool ok = false;
        const QString text =
            QInputDialog::getText(this, tr("Keep as scenario"), tr("Name of the scenario:"),
                                  QLineEdit::Normal, suggested, &ok);
        if (ok)
            answer = text;
    }
    if (!answer)
        return false;
    QString name = answer->trimmed();
    if (name.isEmpty())
        name = suggested;
    Project p = document_->project();
    Scenario s = whatIf_;
    s.id = p.nextScenarioId();
    s.name = name.toStdString();
    p.scenarios.push_back(std::move(s));
    if (!document_->apply(std::move(p), tr("Keep scenario «%1»").arg(name)))
        return false;
    message_ = tr("Kept as the scenario «%1»: it is on the Risk page.").arg(name);
    notice_->setText(message_);
    notice_->setVisible(true);
    return true;
}

void PresentationWindow::enter(QWidget *over) {
    over_ = over;
    if (over && over->screen())
        setGeometry(over->screen()->geometry());
    showFullScreen();
    raise();
    activateWindow();
    factor_->setFocus();
    applyScale();
    flush();
}

void PresentationWindow::leave() {
    close();
}

void PresentationWindow::closeEvent(QCloseEvent *event) {
    event->accept();
    if (over_) {
        over_->raise();
        over_->activateWindow();
    }
    emit left();
}

void PresentationWindow::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    applyScale();
    fitKpis();
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event) {
    if (watched == kpiRow_ && event->type() == QEvent::Resize)
        fitKpis();
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::fitKpis() {
    // Each figure in the largest type (up to 1.8 × the base) that fits its tile's width.
    const int tiles = static_cast<int>(std::size(kHeadlineKpis));
    const int room = std::max(40, (kpiRow_->width() - 6 * (tiles - 1)) / tiles - 32);
    for (const char *id : kHeadlineKpis) {
        auto *value =
            findChild<QLabel *>(QStringLiteral("presentKpiValue_") + QString::fromLatin1(id));
        QFont f = value->font();
        for (double scale = 1.8; scale >= 1.0; scale -= 0.1) {
            f.setPointSizeF(basePoint_ * scale);
            if (QFontMetrics(f).horizontalAdvance(value->text()) <= room)
                break;
        }
        value->setFont(f);
    }
}

void PresentationWindow::applyScale() {
    // Large type: 12 points on a 1024 × 768 projector, growing with the screen's height.
    const int h = height() > 200 ? height() : 768;
    const double base = std::clamp(12.0 * h / 768.0, 12.0, 22.0);
    const bool changed = std::abs(base - basePoint_) > 0.01 || font().pointSizeF() != base;
    basePoint_ = base;
    if (changed) {
        QFont f = font();
        f.setPointSizeF(base);
        setFont(f);
    }
    for (QLabel *l : findChildren<QLabel *>()) {
        const QVariant scale = l->property("presentScale");
        if (!scale.isValid())
            continue;
        QFont f = font();
        f.setPointSizeF(base * scale.toDouble());
        f.setBold(l->property("presentBold").toBool());
        l->setFont(f);
    }
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("presentSliderArea")))
        scroll->setFixedWidth(std::clamp(width() / 4, 260, 400));
    if (changed) {
        styleChart(payments_->chart());
        styleChart(risk_->chart());
    }
}

void PresentationWindow::styleChart(QChart *chart) const {
    QFont title = font();
    title.setPointSizeF(basePoint_ * 1.05);
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setBackgroundVisible(false); // the panel around the chart is its background
    QFont small = font();
    small.setPointSizeF(basePoint_ * 0.7);
    chart->legend()->setFont(small);
    QFont axisFont = font();
    axisFont.setPointSizeF(basePoint_ * 0.65);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(axisFont);
        axis->setTitleFont(axisFont);
    }
    // The marked points (today's plan, break-even, this what-if) are named beside them on the
    // chart (and so left out of the legend, ResultsChartView::populate): a name near the edge is
    // not cut off.
    for (QLegendMarker *marker : chart->legend()->markers())
        if (auto *points = qobject_cast<QScatterSeries *>(marker->series());
            points && points->pointLabelsVisible())
            points->setPointLabelsClipping(false);
    // The legend as text under the chart, wrapped where it must be (see buildUi).
    for (auto &[view, label] : legends_) {
        if (view->chart() != chart)
            continue;
        QStringList items;
        for (QLegendMarker *marker : chart->legend()->markers()) {
            // Not marker->isVisible(): once the legend is hidden, none of its markers is.
            if (auto *points = qobject_cast<QScatterSeries *>(marker->series());
                points && points->pointLabelsVisible())
                continue;
            QColor colour = marker->brush().color();
            if (colour.alpha() == 0 || marker->brush().style() == Qt::NoBrush)
                colour = marker->pen().color();
            // The label is rich text already (names from the project escaped, as Qt Charts
            // needs); no-break spaces keep a square with its name.
            items << QStringLiteral("<span style=\"color:%1\">\u25A0</span>&nbsp;%2")
                         .arg(colour.name(), marker->label());
        }
        label->setFont(chart->legend()->font());
        label->setText(items.join(QStringLiteral(" &nbsp; ")));
        chart->legend()->setVisible(false);
    }
}

PresentationWindow *togglePresentation(Document *document, QWidget *window) {
    for (auto *shown :
         window->findChildren<PresentationWindow *>(QString(), Qt::FindDirectChildrenOnly))
        if (shown->isVisible()) {
            shown->leave();
            return nullptr;
        }
    auto *w = new PresentationWindow(document, window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->enter(window);
    return w;
}

bool savePresentationScreenshot(Document *document, QWidget *over, const QString &file,
                                const QSize &size) {
    PresentationWindow w(document, over);
    w.resize(size);
    w.show();
    w.factorSlider()->setValue(whatIfStep(0.8));
    w.flush();
    QCoreApplication::processEvents();
    // The charts' replaced axes are deleted later: outside the event loop, that is now.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    return w.grab().save(file);
}

} // namespace effekt::views
