// Presentation mode (views/present): F11 enters and Esc leaves with the main window as it was; the
// what-if sliders, moved with the arrow keys, change the key figures and charts to the engine's for
// the project as applyScenario has it, and leave the project and the undo stack alone; "Keep as
// scenario" is one undo step holding the what-if; the comparison of a traditional contract with
// the effektkontrakt is the risk-sharing sweep's at the slider's level; long contracts fit a
// projector's screen.
#include "document.h"
#include "format.h"
#include "gui.h"
#include "kpicards.h"
#include "mainwindow.h"
#include "presentationwindow.h"
#include "resultschart.h"
#include "resultsdata.h"
#include "risksharing.h"
#include "samples.h"
#include "scenario.h"

#include <QApplication>
#include <QLabel>
#include <QLegend>
#include <QPointer>
#include <QPushButton>
#include <QSlider>
#include <QTest>
#include <QUndoStack>

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace effekt;
using namespace effekt::views;

namespace {

PresentationWindow *shownPresentation(QWidget *window) {
    for (auto *p : window->findChildren<PresentationWindow *>())
        if (p->isVisible())
            return p;
    return nullptr;
}

// Presses `key` `times` times on `slider`, focused as the planner's Tab or click would focus it.
void press(QSlider *slider, Qt::Key key, int times) {
    slider->setFocus();
    for (int i = 0; i < times; ++i)
        QTest::keyClick(slider, key);
    QApplication::processEvents(); // the coalesced update
}

// The engine's run of `project` as the scenario `s` has it, computed here from scratch.
struct Expected {
    Project project;
    Results results;
};
Expected expected(const Project &project, const Scenario &s) {
    Expected e;
    e.project = applyScenario(project, s, Basis::Forecast);
    e.results = compute(e.project, Basis::Forecast);
    return e;
}

QString kpiValue(const Expected &e, const QString &id) {
    for (const Kpi &k : computeKpis(e.project, e.results))
        if (k.id == id)
            return k.value;
    return {};
}

void checkShows(const PresentationWindow &p, const Expected &e) {
    for (const char *id : {"forecastPayment", "netValue", "bcr", "investor"}) {
        BOOST_TEST_INFO(id);
        BOOST_TEST(p.kpiText(QString::fromLatin1(id)) == kpiValue(e, QString::fromLatin1(id)));
    }
    const ChartData want = paymentsChartData(e.project, e.results);
    const ChartData &shown = p.paymentsChart()->data();
    BOOST_TEST((shown.categories == want.categories));
    BOOST_REQUIRE(shown.series.size() == want.series.size());
    for (std::size_t i = 0; i < want.series.size(); ++i) {
        BOOST_TEST_INFO(want.series[i].name.toStdString());
        BOOST_TEST(shown.series[i].name == want.series[i].name);
        const auto &a = shown.series[i].values;
        const auto &b = want.series[i].values;
        BOOST_REQUIRE(a.size() == b.size());
        for (std::size_t t = 0; t < a.size(); ++t)
            BOOST_TEST((a[t] == b[t] || (std::isnan(a[t]) && std::isnan(b[t]))));
        // As plotted, not only as held.
        if (want.series[i].kind == ChartSeries::Kind::Line) {
            const std::vector<double> plotted = p.paymentsChart()->plotted(want.series[i].name);
            BOOST_REQUIRE(plotted.size() == b.size());
            for (std::size_t t = 0; t < b.size(); ++t)
                BOOST_TEST(plotted[t] == b[t]);
        }
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(presentation)

BOOST_AUTO_TEST_CASE(f11_enters_full_screen_and_esc_leaves_the_window_as_it_was) {
    app::MainWindow w;
    w.document()->reset(app::exampleProject());
    w.showPage(QStringLiteral("metrics"));
    w.resize(1100, 700);
    w.show();
    QApplication::setActiveWindow(&w);
    BOOST_REQUIRE(QTest::qWaitForWindowActive(&w));
    const QRect geometry = w.geometry();
    const QByteArray state = w.saveState();
    const int steps = w.document()->undoStack()->count();

    QTest::keyClick(&w, Qt::Key_F11);
    QApplication::processEvents();
    QPointer<PresentationWindow> p = shownPresentation(&w);
    BOOST_REQUIRE(p);
    BOOST_TEST(p->isFullScreen());
    BOOST_REQUIRE(QTest::qWaitForWindowActive(p));
    // The overall slider has the focus, ready for the arrow keys.
    BOOST_TEST(QApplication::focusWidget() == p->factorSlider());
    press(p->factorSlider(), Qt::Key_Left, 2);
    BOOST_TEST((p->whatIf().factor == 0.9));

    QTest::keyClick(p->factorSlider(), Qt::Key_Escape);
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    BOOST_TEST(!p); // closed and gone
    BOOST_TEST(!shownPresentation(&w));
    BOOST_TEST((w.geometry() == geometry));
    BOOST_TEST((w.saveState() == state));
    BOOST_TEST(w.currentPage() == QStringLiteral("metrics"));
    BOOST_TEST(w.isVisible());
    BOOST_TEST(!w.isFullScreen());
    BOOST_TEST(w.document()->undoStack()->count() == steps);
    BOOST_TEST(!w.document()->isModified());

    // F11 again enters afresh (at the plan), and F11 in presentation mode leaves too.
    QApplication::setActiveWindow(&w);
    QTest::keyClick(&w, Qt::Key_F11);
    QApplication::processEvents();
    p = shownPresentation(&w);
    BOOST_REQUIRE(p);
    BOOST_REQUIRE(QTest::qWaitForWindowActive(p));
    BOOST_TEST(p->whatIf().factor == 1.0);
    QTest::keyClick(p->factorSlider(), Qt::Key_F11);
    QApplication::processEvents();
    BOOST_TEST(!shownPresentation(&w));
    BOOST_TEST((w.geometry() == geometry));
}

BOOST_AUTO_TEST_CASE(slider_moves_show_the_engines_figures_and_leave_the_project_alone) {
    Document doc;
    doc.reset(app::exampleProject());
    const Project before = doc.project();
    const int steps = doc.undoStack()->count();
    PresentationWindow p(&doc);
    p.resize(1280, 720);
    p.show();
    QApplication::processEvents();
    // At the plan, the figures are the document's own.
    checkShows(p, expected(before, basisScenario()));
    const QString atPlan = p.kpiText(QStringLiteral("forecastPayment"));

    // Overall achievement down to 80 %: four steps of 5 % with the left arrow.
    press(p.factorSlider(), Qt::Key_Left, 4);
    Scenario s;
    s.factor = 0.8;
    BOOST_TEST((p.whatIf() == s));
    checkShows(p, expected(before, s));
    BOOST_TEST(p.kpiText(QStringLiteral("forecastPayment")) != atPlan);
    // The metric sliders without their own move follow the overall one.
    const int second = before.metrics.at(1).id;
    BOOST_TEST(p.metricSlider(before.metrics.at(0).id)->value() == p.factorSlider()->value());

    // The second metric to 70 %, one period's delay, 95 % intake, 105 % delivery cost.
    press(p.metricSlider(second), Qt::Key_Left, 2);
    press(p.delaySlider(), Qt::Key_Right, 1);
    press(p.intakeSlider(), Qt::Key_Left, 1);
    press(p.costSlider(), Qt::Key_Right, 1);
    s.delay = 1;
    s.metrics = {MetricOverride{second, 0.7, 1}};
    s.intakeFactor = 0.95;
    s.costFactor = 1.05;
    BOOST_TEST((p.whatIf() == s));
    checkShows(p, expected(before, s));
    // The overall slider now moves only the metrics without their own factor.
    press(p.factorSlider(), Qt::Key_Right, 1);
    s.factor = 0.85;
    BOOST_TEST((p.whatIf() == s));
    BOOST_TEST(p.metricSlider(second)->value() == 14);
    checkShows(p, expected(before, s));

    // Nothing of it reached the project or the undo stack.
    BOOST_TEST((doc.project() == before));
    BOOST_TEST(doc.undoStack()->count() == steps);
    BOOST_TEST(!doc.isModified());

    // Back to the plan: the document's own figures again.
    QTest::mouseClick(p.findChild<QPushButton *>(QStringLiteral("presentReset")), Qt::LeftButton);
    QApplication::processEvents();
    BOOST_TEST((p.whatIf() == Scenario{}));
    BOOST_TEST(p.kpiText(QStringLiteral("forecastPayment")) == atPlan);
}

BOOST_AUTO_TEST_CASE(keep_as_scenario_adds_one_undoable_scenario_with_the_what_if) {
    Document doc;
    doc.reset(app::exampleProject());
    const Project before = doc.project();
    const int steps = doc.undoStack()->count();
    PresentationWindow p(&doc);
    p.resize(1280, 720);
    p.show();
    QApplication::processEvents();
    press(p.factorSlider(), Qt::Key_Left, 4);
    const int first = before.metrics.at(0).id;
    press(p.metricSlider(first), Qt::Key_Right, 2);
    press(p.delaySlider(), Qt::Key_Right, 2);
    const Scenario whatIf = p.whatIf();

    QString suggested;
    p.setNameQuestion([&suggested](const QString &s) -> std::optional<QString> {
        suggested = s;
        return s;
    });
    QTest::mouseClick(p.keepButton(), Qt::LeftButton);
    BOOST_TEST(suggested == QStringLiteral("What if ") + formatPercent(0.8, QLocale(), 0));
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    BOOST_REQUIRE(doc.project().scenarios.size() == before.scenarios.size() + 1);
    const Scenario &kept = doc.project().scenarios.back();
    Scenario want = whatIf;
    want.id = before.nextScenarioId();
    want.name = suggested.toStdString();
    BOOST_TEST((kept == want));
    BOOST_TEST((kept.metrics == std::vector<MetricOverride>{MetricOverride{first, 0.9, 2}}));
    // Only the scenario was added.
    Project rest = doc.project();
    rest.scenarios.pop_back();
    BOOST_TEST((rest == before));
    // The what-if stays as it was, and one undo takes the scenario away again.
    BOOST_TEST((p.whatIf() == whatIf));
    doc.undoStack()->undo();
    BOOST_TEST((doc.project() == before));

    // A cancelled question keeps nothing; a name given is the scenario's.
    p.setNameQuestion([](const QString &) -> std::optional<QString> { return std::nullopt; });
    BOOST_TEST(!p.keepAsScenario());
    BOOST_TEST((doc.project() == before));
    p.setNameQuestion([](const QString &) -> std::optional<QString> {
        return QStringLiteral("Workshop, bad year");
    });
    BOOST_TEST(p.keepAsScenario());
    BOOST_TEST(doc.project().scenarios.back().name == "Workshop, bad year");

    // In Norwegian the suggestion reads «Hva om 80 %».
    effekt::test::Language nb("nb");
    BOOST_TEST(whatIfName(whatIf) == QStringLiteral("Hva om 80\u00A0%"));
}

BOOST_AUTO_TEST_CASE(the_comparison_is_the_risk_sharing_sweeps_at_the_sliders_level) {
    Document doc;
    doc.reset(app::exampleProject());
    PresentationWindow p(&doc);
    p.resize(1280, 720);
    p.show();
    QApplication::processEvents();
    const RiskCurve sweep = riskSharingCurve(doc.project()); // the Risk page's, 1 % a step
    for (int percent : {60, 100, 130}) {
        const int presses = std::abs(percent - 100) / 5;
        p.resetWhatIf();
        QApplication::processEvents();
        press(p.factorSlider(), percent < 100 ? Qt::Key_Left : Qt::Key_Right, presses);
        const RiskCurvePoint &pt = sweep.points.at(static_cast<std::size_t>(percent));
        BOOST_TEST_INFO(percent);
        BOOST_REQUIRE(std::abs(pt.factor - percent / 100.0) < 1e-12);
        BOOST_TEST(!pt.failed);
        BOOST_TEST((p.comparisonPoint() == pt));
        BOOST_TEST(p.comparisonText(QStringLiteral("effektPays")) == formatMoney(pt.payments));
        BOOST_TEST(p.comparisonText(QStringLiteral("traditionalPays")) ==
                   formatMoney(pt.traditionalCost));
        BOOST_TEST(p.comparisonText(QStringLiteral("effektNet")) == formatMoney(pt.netValue));
        BOOST_TEST(p.comparisonText(QStringLiteral("traditionalNet")) ==
                   formatMoney(pt.traditionalNetValue));
        BOOST_TEST(p.comparisonText(QStringLiteral("investors")) == formatMoney(pt.investorProfit));
        BOOST_TEST(p.comparisonText(QStringLiteral("loss")) ==
                   whoCarriesTheLoss(doc.project(), pt));
        // The risk-sharing chart marks the slider's level on the curve.
        const ChartData &risk = p.riskChart()->data();
        const ChartSeries &here = risk.series.back();
        BOOST_TEST((here.kind == ChartSeries::Kind::Marker));
        const std::size_t step = static_cast<std::size_t>(percent / 5);
        BOOST_REQUIRE(here.values.size() == sweep.points.size() / 5 + 1);
        BOOST_TEST(here.values[step] == kroner(pt.payments));
        BOOST_TEST(risk.categories.at(static_cast<int>(step)) ==
                   formatPercent(percent / 100.0, QLocale(), 0));
    }
    // At 60 % the investors of the worked example lose money, and the sentence says they carry
    // it; at 130 % they earn.
    BOOST_TEST(sweep.points[60].investorProfit < 0);
    BOOST_TEST(whoCarriesTheLoss(doc.project(), sweep.points[60])
                   .startsWith(QStringLiteral("The municipality pays")));
    BOOST_TEST(whoCarriesTheLoss(doc.project(), sweep.points[60])
                   .contains(QStringLiteral("The investors carry the loss")));
}

BOOST_AUTO_TEST_CASE(with_actuals_the_comparison_and_the_key_figures_share_the_forecast) {
    // Reported outcomes a fifth above plan in the first four quarters: the key figures show the
    // forecast, and so must the comparison and the risk chart beside them (they once showed the
    // plan), until the planner switches the document to the plan.
    Project project = app::exampleProject();
    for (Metric &m : project.metrics)
        for (std::size_t t = 0; t < 4; ++t)
            m.actual[t] = m.counterfactual[t] + 1.2 * (m.plan[t] - m.counterfactual[t]);
    Document doc;
    doc.reset(project);
    BOOST_TEST_REQUIRE((doc.basis() == Basis::Forecast));
    PresentationWindow p(&doc);
    p.resize(1280, 720);
    p.show();
    QApplication::processEvents();

    const RiskKpis forecast = riskKpis(doc.project(), compute(doc.project(), Basis::Forecast));
    const RiskKpis plan = riskKpis(doc.project(), compute(doc.project(), Basis::Plan));
    BOOST_TEST_REQUIRE(forecast.payments != plan.payments);
    BOOST_TEST(p.comparisonPoint().payments == forecast.payments);
    BOOST_TEST(p.comparisonText(QStringLiteral("effektPays")) == formatMoney(forecast.payments));
    BOOST_TEST(p.comparisonText(QStringLiteral("investors")) ==
               formatMoney(forecast.investorProfit));
    checkShows(p, expected(doc.project(), Scenario{}));

    // At 100 % one marker names both the what-if and today's forecast: two labels would sit on
    // each other.
    const ChartData &risk = p.riskChart()->data();
    const std::size_t at = static_cast<std::size_t>(whatIfStep(1.0));
    int markersAtPlan = 0;
    for (const ChartSeries &s : risk.series)
        if (s.kind == ChartSeries::Kind::Marker && at < s.values.size() &&
            !std::isnan(s.values[at]))
            ++markersAtPlan;
    BOOST_TEST(markersAtPlan == 1);
    BOOST_TEST(risk.series.back().name.contains(QStringLiteral("today's forecast")),
               risk.series.back().name.toStdString());

    // Moved to 80 %: the what-if's marker and the forecast's are two again.
    press(p.factorSlider(), Qt::Key_Left, 4);
    const ChartData &moved = p.riskChart()->data();
    BOOST_TEST(
        !std::isnan(moved.series.back().values.at(static_cast<std::size_t>(whatIfStep(0.8)))));
    bool forecastMarked = false;
    for (const ChartSeries &s : moved.series)
        if (s.kind == ChartSeries::Kind::Marker && s.name == QStringLiteral("Today's forecast"))
            forecastMarked = !std::isnan(s.values.at(at));
    BOOST_TEST(forecastMarked);

    // The plan basis: the comparison follows the document.
    p.resetWhatIf();
    doc.setBasis(Basis::Plan);
    QApplication::processEvents();
    BOOST_TEST(p.comparisonPoint().payments == plan.payments);
}

BOOST_AUTO_TEST_CASE(a_long_contract_fits_a_projector_and_a_full_hd_screen) {
    // The large contract: 120 monthly periods and 50 metrics.
    Document doc;
    doc.reset(largeContract(false));
    // The periods of the Results page's payments chart (the timeline and the lagged payments).
    const auto periods = paymentsChartData(doc.project(), compute(doc.project())).categories.size();
    BOOST_TEST(periods >= 120);
    PresentationWindow p(&doc);
    for (const QSize size : {QSize(1024, 768), QSize(1920, 1080), QSize(1280, 720)}) {
        BOOST_TEST_INFO(size.width() << "×" << size.height());
        p.resize(size);
        p.show();
        QApplication::processEvents();
        BOOST_TEST((p.size() == size));
        // Nothing forces the window larger than the screen it is on.
        const QSize least = p.minimumSizeHint();
        BOOST_TEST_INFO("least " << least.width() << "×" << least.height());
        BOOST_TEST((least.width() <= size.width() && least.height() <= size.height()));
        // Every period is in the payments chart, and both charts have room.
        BOOST_TEST(p.paymentsChart()->data().categories.size() == periods);
        BOOST_TEST(p.paymentsChart()->height() >= 200);
        BOOST_TEST(p.riskChart()->height() >= 200);
        // Each chart's legend is text under it, wrapped, every name whole (Qt Charts' own legend
        // cut them short at these widths).
        for (ResultsChartView *chart : {p.paymentsChart(), p.riskChart()}) {
            auto *legend = p.findChild<QLabel *>(chart->objectName() + QStringLiteral("Legend"));
            BOOST_REQUIRE(legend);
            BOOST_TEST(legend->isVisible());
            BOOST_TEST(!chart->chart()->legend()->isVisible());
            BOOST_TEST(legend->height() >= legend->heightForWidth(legend->width()));
            for (const ChartSeries &series : chart->data().series)
                if (series.kind == ChartSeries::Kind::Line)
                    BOOST_TEST(legend->text().contains(series.name.toHtmlEscaped()),
                               series.name.toStdString());
        }
        // Large type: larger than the application's.
        BOOST_TEST(p.font().pointSizeF() >= 12.0);
        BOOST_TEST(p.font().pointSizeF() > QApplication::font().pointSizeF());
        // Each of the 50 metrics has its slider (in a scrolling column).
        for (const Metric &m : doc.project().metrics)
            BOOST_TEST(p.metricSlider(m.id));
        BOOST_TEST(!p.grab().isNull());
    }
    // A slider step updates everything (the engine on 120 periods × 50 metrics).
    press(p.factorSlider(), Qt::Key_Left, 1);
    Scenario s;
    s.factor = 0.95;
    BOOST_TEST((p.whatIf() == s));
    checkShows(p, expected(doc.project(), s));
    BOOST_TEST_MESSAGE("slider step, large contract: " << p.lastUpdateMs() << " ms");
}

BOOST_AUTO_TEST_SUITE_END()
