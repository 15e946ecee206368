// The Risk page: the scenario table (every edit one undo step, key figures equal to the engine's),
// the per-metric overrides, the question before removing, the risk-sharing chart against the
// plan's key figures, and the three scenarios of a new project.
#include "designwidgets.h"
#include "document.h"
#include "format.h"
#include "mainwindow.h"
#include "resultschartpanel.h"
#include "riskdata.h"
#include "riskpage.h"

#include <QApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "gui.h"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace effekt;
using namespace effekt::views;
using effekt::test::Answerer;
using effekt::test::Language;
using effekt::test::typeInCell;

namespace {

Project exampleWithScenarios() {
    Project p = workedExample();
    p.scenarios = defaultScenarios("Low", "Base", "High");
    return p;
}

// The engine's figures of one scenario, computed here from scratch.
std::optional<RiskKpis> kpisOf(const Project &project, const Scenario &s) {
    const Project p = applyScenario(project, s);
    return riskKpis(p, compute(p));
}

} // namespace

BOOST_AUTO_TEST_SUITE(risk_page)

BOOST_AUTO_TEST_CASE(editing_a_scenario_is_one_undo_step) {
    Document doc;
    doc.reset(exampleWithScenarios());
    RiskPage page(&doc);
    page.resize(1200, 800);
    page.show();
    QTableView *view = page.scenarios()->view();
    const int before = doc.undoStack()->count();

    typeInCell(view, 0, RiskPage::FactorColumn, QStringLiteral("60"));
    BOOST_TEST(doc.undoStack()->count() == before + 1);
    BOOST_TEST(doc.project().scenarios[0].factor == 0.6);
    // The key figures beside it are those of the engine for the changed scenario.
    const std::optional<RiskKpis> k = kpisOf(doc.project(), doc.project().scenarios[0]);
    BOOST_REQUIRE(k.has_value());
    BOOST_REQUIRE(page.scenarioKpis()[0].has_value());
    BOOST_TEST(page.scenarioKpis()[0]->netValue == k->netValue);
    // In whole kroner.
    BOOST_TEST(view->model()->index(0, RiskPage::PaymentsColumn).data().toString() ==
               formatMoney(money::round(static_cast<double>(k->payments) / 100.0) * 100));

    typeInCell(view, 1, RiskPage::NameColumn, QStringLiteral("Expected"));
    BOOST_TEST(doc.undoStack()->count() == before + 2);
    BOOST_TEST(doc.project().scenarios[1].name == "Expected");

    doc.undoStack()->undo();
    BOOST_TEST(doc.project().scenarios[1].name == "Base");
    BOOST_TEST(doc.project().scenarios[0].factor == 0.6);
    doc.undoStack()->undo();
    BOOST_TEST(doc.project().scenarios[0].factor == 0.5);
    BOOST_TEST(page.scenarioKpis()[0]->netValue ==
               kpisOf(doc.project(), doc.project().scenarios[0])->netValue);
}

BOOST_AUTO_TEST_CASE(a_metric_override_is_added_and_edited_in_one_step_each) {
    Document doc;
    doc.reset(exampleWithScenarios());
    RiskPage page(&doc);
    page.resize(1200, 800);
    page.show();
    page.scenarios()->selectCell(2, 0);
    const int before = doc.undoStack()->count();
    QTest::mouseClick(page.overrides()->addButton(), Qt::LeftButton);
    BOOST_TEST(doc.undoStack()->count() == before + 1);
    BOOST_REQUIRE(doc.project().scenarios[2].metrics.size() == 1u);
    // It starts from the scenario's common factor.
    BOOST_TEST(doc.project().scenarios[2].metrics[0].factor == 1.2);
    BOOST_TEST(doc.project().scenarios[2].metrics[0].metricId == doc.project().metrics[0].id);

    typeInCell(page.overrides()->view(), 0, 1, QStringLiteral("30"));
    typeInCell(page.overrides()->view(), 0, 2, QStringLiteral("2"));
    BOOST_TEST(doc.undoStack()->count() == before + 3);
    BOOST_TEST(doc.project().scenarios[2].metrics[0].factor == 0.3);
    BOOST_TEST(doc.project().scenarios[2].metrics[0].delay == 2);
    // The other scenarios are untouched.
    BOOST_TEST(doc.project().scenarios[0].metrics.empty());

    // Removing a scenario with overrides asks first; No keeps it.
    page.scenarios()->selectCell(2, 0);
    {
        Answerer no(QMessageBox::No);
        QTest::mouseClick(page.scenarios()->removeButton(), Qt::LeftButton);
        BOOST_TEST(no.asked == 1);
        BOOST_TEST(no.defaultIsNo);
    }
    BOOST_TEST(doc.project().scenarios.size() == 3u);
    {
        Answerer yes(QMessageBox::Yes);
        QTest::mouseClick(page.scenarios()->removeButton(), Qt::LeftButton);
    }
    BOOST_TEST(doc.project().scenarios.size() == 2u);
    doc.undoStack()->undo();
    BOOST_TEST(doc.project().scenarios.size() == 3u);
    BOOST_TEST(doc.project().scenarios[2].metrics.size() == 1u);
}

BOOST_AUTO_TEST_CASE(risk_chart_at_100_percent_is_the_plan) {
    Document doc;
    doc.reset(exampleWithScenarios());
    RiskPage page(&doc);
    page.resize(1200, 800);
    page.show();
    page.tabs()->setCurrentWidget(page.riskChart()->parentWidget());
    const RiskCurve &curve = page.curve();
    BOOST_REQUIRE(curve.points.size() == 151u);
    const int today = nearestStep(curve, 1.0);
    BOOST_TEST(curve.points[static_cast<std::size_t>(today)].factor == 1.0);
    // The curve is drawn on the plan: at 100 % it is the plan's key figures.
    const RiskKpis plan = riskKpis(doc.project(), compute(doc.project(), Basis::Plan));

    const ChartData &d = page.riskChart()->data();
    BOOST_TEST(d.categories.size() == 151);
    const auto t = static_cast<std::size_t>(today);
    BOOST_TEST(d.series[0].values[t] == kroner(plan.payments));
    BOOST_TEST(d.series[1].values[t] == kroner(plan.traditionalCost));
    BOOST_TEST(d.series[2].values[t] == kroner(plan.investorProfit));
    BOOST_TEST(d.series[3].values[t] == kroner(plan.netValue));
    BOOST_TEST(d.find(d.series[4].name)->values[t] == kroner(plan.payments)); // today's plan
    // Without improvement the investors lose; break-even lies between 0 and 150 % and is
    // marked there with its factor.
    BOOST_TEST(curve.points[0].investorProfit < 0);
    BOOST_REQUIRE(curve.breakEvenFactor.has_value());
    BOOST_TEST(*curve.breakEvenFactor > 0.0);
    BOOST_TEST(*curve.breakEvenFactor < 1.5);
    const ChartSeries &marker = d.series[5];
    BOOST_TEST(marker.name.contains(formatPercent(*curve.breakEvenFactor, QLocale(), 0)));
    BOOST_TEST(!std::isnan(
        marker.values[static_cast<std::size_t>(nearestStep(curve, *curve.breakEvenFactor))]));

    // The legend names the four lines whole where it can (and under the mouse where it cannot):
    // the two marked points are named beside them on the chart, not in it.
    QChart *chart = page.riskChart()->chartView()->chart();
    QStringList named;
    QApplication::processEvents(); // the legend lays out its markers
    for (QLegendMarker *m : chart->legend()->markers())
        if (m->isVisible())
            named << m->label();
    BOOST_TEST(named.size() == 4);
    for (std::size_t i = 0; i < 4; ++i)
        BOOST_TEST(named.contains(d.series[i].name.toHtmlEscaped()),
                   d.series[i].name.toStdString());
    BOOST_TEST(chart->legend()->showToolTips());

    // Live: a change of the contract redraws the chart at once.
    Project p = doc.project();
    p.caps.total = plan.payments / 2;
    doc.apply(p, QStringLiteral("Lower cap"));
    BOOST_TEST(page.riskChart()->data().series[0].values[t] < kroner(plan.payments));
    BOOST_TEST(page.curve().plan.payments < plan.payments);
}

BOOST_AUTO_TEST_CASE(a_new_project_has_low_base_and_high_in_the_language_chosen) {
    {
        Language nb("nb");
        const Project p = app::emptyProject();
        BOOST_REQUIRE(p.scenarios.size() == 3u);
        BOOST_TEST(p.scenarios[0].name == "Lav");
        BOOST_TEST(p.scenarios[1].name == "Basis");
        BOOST_TEST(p.scenarios[2].name == "Høy");
        BOOST_TEST(p.scenarios[0].factor == 0.5);
        BOOST_TEST(p.scenarios[2].factor == 1.2);
    }
    const Project p = app::emptyProject();
    BOOST_TEST(p.scenarios[1].name == "Base");
}

BOOST_AUTO_TEST_SUITE_END()
