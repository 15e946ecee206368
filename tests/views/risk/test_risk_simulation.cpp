// The Monte Carlo tab: distributions edited through undo (one step each) with their pictures, a
// simulation run in the background while the window keeps processing events, a run cancelled, and
// the tornado's switch between the commissioner's net value and the investors' IRR.
#include "density.h"
#include "designwidgets.h"
#include "document.h"
#include "format.h"
#include "investmentpage.h"
#include "mainwindow.h"
#include "moneyedit.h"
#include "montecarlopanel.h"
#include "resultschartpanel.h"
#include "riskchartpanel.h"
#include "riskdata.h"
#include "riskpage.h"
#include "savingspage.h"
#include "simulationrunner.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QXYSeries>

#include "gui.h"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace effekt;
using namespace effekt::views;
using effekt::test::typeInCell;

namespace {

Project exampleWithDistributions(int trials) {
    Project p = workedExample();
    p.scenarios = defaultScenarios("Low", "Base", "High");
    p.simulation.distributions.clear();
    for (const Metric &m : p.metrics) {
        FactorDistribution d;
        d.metricId = m.id;
        d.kind = FactorDistributionKind::Pert;
        d.min = 0.3;
        d.mode = 0.9;
        d.max = 1.3;
        p.simulation.distributions.push_back(d);
    }
    p.simulation.correlation = 0.5;
    p.simulation.trials = trials;
    return p;
}

// Waits for the runner to finish, processing events; false on timeout.
bool waitForRun(SimulationRunner *runner, int ms) {
    QElapsedTimer clock;
    clock.start();
    while (runner->isRunning() && clock.elapsed() < ms)
        QTest::qWait(5);
    return !runner->isRunning();
}

} // namespace

BOOST_AUTO_TEST_SUITE(risk_simulation)

BOOST_AUTO_TEST_CASE(distributions_are_edited_in_one_undo_step_each) {
    Document doc;
    Project p = workedExample();
    p.simulation.distributions.clear();
    p.simulation.correlation = 0.1;
    doc.reset(p);
    MonteCarloPanel panel(&doc);
    panel.resize(1100, 900);
    panel.show();
    const int before = doc.undoStack()->count();
    QTest::mouseClick(panel.distributions()->addButton(), Qt::LeftButton);
    BOOST_TEST(doc.undoStack()->count() == before + 1);
    BOOST_REQUIRE(doc.project().simulation.distributions.size() == 1u);
    BOOST_TEST(doc.project().simulation.distributions[0].metricId == p.metrics[0].id);

    QTableView *view = panel.distributions()->view();
    typeInCell(view, 0, MonteCarloPanel::MinColumn, QStringLiteral("40"));
    BOOST_TEST(doc.undoStack()->count() == before + 2);
    BOOST_TEST(doc.project().simulation.distributions[0].min == 0.4);
    typeInCell(view, 0, MonteCarloPanel::DelayColumn, QStringLiteral("70; 20; 10"));
    BOOST_TEST(doc.undoStack()->count() == before + 3);
    BOOST_TEST((doc.project().simulation.distributions[0].delayProbabilities ==
                std::vector<double>{0.7, 0.2, 0.1}));
    // Probabilities that do not add up to 100 % are refused.
    typeInCell(view, 0, MonteCarloPanel::DelayColumn, QStringLiteral("70; 20"));
    BOOST_TEST(doc.undoStack()->count() == before + 3);

    // The correlation field: typing is one step.
    panel.correlationEdit()->setFocus();
    panel.correlationEdit()->selectAll();
    QTest::keyClicks(panel.correlationEdit(), QStringLiteral("35"));
    BOOST_TEST(doc.undoStack()->count() == before + 4);
    BOOST_TEST(doc.project().simulation.correlation == 0.35);
    doc.undoStack()->undo();
    BOOST_TEST(doc.project().simulation.correlation == 0.1);
}

BOOST_AUTO_TEST_CASE(the_density_picture_follows_the_distribution) {
    FactorDistribution d;
    d.kind = FactorDistributionKind::Triangular;
    d.min = 0.5;
    d.mode = 1.0;
    d.max = 1.5;
    BOOST_TEST(factorDensity(d, 1.0) == 2.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(factorDensity(d, 0.75) == 1.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(factorDensity(d, 1.6) == 0.0);
    d.kind = FactorDistributionKind::Pert;
    // PERT on [0.5, 1.5] with mode 1: Beta(3, 3), peak 1.875 at the mode; the density integrates
    // to one.
    BOOST_TEST(factorDensity(d, 1.0) == 1.875, boost::test_tools::tolerance(1e-9));
    const std::vector<QPointF> curve = densityCurve(d, 400);
    double area = 0;
    for (std::size_t i = 1; i < curve.size(); ++i)
        area += (curve[i].x() - curve[i - 1].x()) * (curve[i].y() + curve[i - 1].y()) / 2;
    BOOST_TEST(area == 1.0, boost::test_tools::tolerance(1e-3));
    d.kind = FactorDistributionKind::Fixed;
    BOOST_TEST(densityCurve(d).empty());
}

BOOST_AUTO_TEST_CASE(a_simulation_runs_in_the_background_and_can_be_cancelled) {
    Document doc;
    doc.reset(exampleWithDistributions(20000));
    RiskPage page(&doc);
    page.resize(1200, 900);
    page.show();
    page.tabs()->setCurrentIndex(3);
    MonteCarloPanel *mc = page.monteCarlo();

    // The window keeps processing events during the run: a timer ticks.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(2);
    QTest::mouseClick(mc->runButton(), Qt::LeftButton);
    BOOST_TEST(mc->runner()->isRunning());
    BOOST_TEST(!mc->runButton()->isEnabled());
    BOOST_TEST(mc->cancelButton()->isEnabled());
    BOOST_REQUIRE(waitForRun(mc->runner(), 120000));
    BOOST_TEST(ticks > 3);
    BOOST_REQUIRE(mc->runner()->result() != nullptr);
    const SimulationResult r = *mc->runner()->result(); // a copy: the next run replaces it
    BOOST_TEST(!r.cancelled);
    BOOST_TEST(r.trials == 20000);
    BOOST_TEST(mc->progressBar()->value() == mc->progressBar()->maximum());
    // The cards and charts show the result that simulate() gives for the same settings.
    const SimulationResult direct = simulate(doc.project(), simulationOptions(doc.project()));
    BOOST_TEST(direct.pInvestorLoss == r.pInvestorLoss);
    BOOST_TEST(mc->cards()[0]->text() == formatPercent(r.pInvestorLoss, QLocale(), 1));
    BOOST_TEST(mc->cards()[3]->text() == formatPercent(r.pPaysMoreThanTraditional, QLocale(), 1));
    BOOST_TEST(mc->fanChart()->data().categories.size() == static_cast<int>(r.fan.size()));
    BOOST_TEST(mc->fanChart()->data().series[2].values.back() == r.fan.back().p50 / 100.0);
    double multiples = 0;
    for (double c : mc->multipleChart()->data().series[0].values)
        multiples += c;
    BOOST_TEST(multiples == static_cast<double>(r.investorMultiples.size()));
    BOOST_TEST(mc->netCostChart()->data().series.size() == 2u);
    BOOST_TEST(!mc->fanChart()->data().endedAfter.has_value()); // no review: no end marked

    // A second, long run cancelled at once: the window stays responsive and says so.
    Project more = doc.project();
    more.simulation.trials = 1000000;
    doc.apply(more, QStringLiteral("More trials"));
    ticks = 0;
    QTest::mouseClick(mc->runButton(), Qt::LeftButton);
    BOOST_TEST(mc->runner()->isRunning());
    QTest::qWait(30);
    QTest::mouseClick(mc->cancelButton(), Qt::LeftButton);
    BOOST_REQUIRE(waitForRun(mc->runner(), 30000));
    BOOST_TEST(ticks > 3);
    BOOST_REQUIRE(mc->runner()->result() != nullptr);
    BOOST_TEST(mc->runner()->result()->cancelled);
    BOOST_TEST(mc->runner()->done() < 1000000);
    BOOST_TEST(mc->statusLabel()->text().contains(QStringLiteral("Cancelled")));
    // The cards still show the completed run.
    BOOST_TEST(mc->cards()[0]->text() == formatPercent(r.pInvestorLoss, QLocale(), 1));
    BOOST_TEST(mc->runButton()->isEnabled());
}

BOOST_AUTO_TEST_CASE(tornado_switches_between_net_value_and_irr) {
    Document doc;
    doc.reset(exampleWithDistributions(100));
    RiskPage page(&doc);
    page.resize(1200, 900);
    page.show();
    page.tabs()->setCurrentIndex(2);
    const Tornado expected = tornado(doc.project());
    BOOST_TEST((page.tornado() == expected));
    const ChartData &net = page.tornadoChart()->data();
    BOOST_REQUIRE(net.categories.size() == static_cast<int>(expected.byNetValue.size()));
    BOOST_TEST(net.categories.front() == tornadoInputName(doc.project(), expected.byNetValue[0]));
    BOOST_TEST(net.series[0].values[0] == kroner(expected.byNetValue[0].netValueLow));
    BOOST_TEST(net.series[1].values[0] == kroner(expected.byNetValue[0].netValueHigh));

    page.tornadoFigure()->setCurrentIndex(1);
    const ChartData &irr = page.tornadoChart()->data();
    BOOST_TEST(irr.id == QStringLiteral("tornadoIrr"));
    BOOST_TEST(irr.categories.front() == tornadoInputName(doc.project(), expected.byIrr[0]));
    if (expected.byIrr[0].irrHigh)
        BOOST_TEST(irr.series[1].values[0] == *expected.byIrr[0].irrHigh * 100.0);
}

// The fan chart marks where the project as computed ends early (a review failing at the end of
// Q4 2027), as the Results charts do, in the chart and in its table.
BOOST_AUTO_TEST_CASE(the_fan_chart_marks_where_the_contract_ends) {
    Project p = exampleWithDistributions(200);
    const double reported[] = {2, 3, 3, 4};
    for (std::size_t t = 0; t < 4; ++t)
        p.metrics[0].actual[t] = reported[t];
    p.termination.reviews = {ReviewPoint{7, 3, ReviewTest::MetricUnits, 1, 0.8}};
    Document doc;
    doc.setAsyncThresholdMs(-1); // every computation at once
    doc.reset(p);
    BOOST_TEST_REQUIRE(doc.results().terminatedAfter.has_value());
    BOOST_TEST_REQUIRE(*doc.results().terminatedAfter == 3);
    RiskPage page(&doc);
    page.resize(1200, 900);
    page.show();
    page.tabs()->setCurrentIndex(3);
    MonteCarloPanel *mc = page.monteCarlo();
    QTest::mouseClick(mc->runButton(), Qt::LeftButton);
    BOOST_REQUIRE(waitForRun(mc->runner(), 60000));
    const ChartData &fan = mc->fanChart()->data();
    BOOST_TEST((fan.endedAfter == std::optional<int>(3)));
    BOOST_TEST(fan.endedLabel.toStdString() == "Ended after Q4 2027");
    QXYSeries *line = nullptr;
    for (QAbstractSeries *s : mc->fanChart()->chartView()->chart()->series())
        if (s->name() == fan.endedLabel)
            line = qobject_cast<QXYSeries *>(s);
    BOOST_REQUIRE(line);
    BOOST_REQUIRE(line->count() == 2);
    BOOST_TEST(line->at(0).x() == 3.5);
    ResultsChartTableModel *model = mc->fanChart()->tableModel();
    BOOST_TEST(model->columnCount() == 6);
    BOOST_TEST(model->data(model->index(3, 5)).toString() == fan.endedLabel);
}

BOOST_AUTO_TEST_CASE(a_row_that_names_a_metric_or_a_party_says_what_it_needs_first) {
    // A new contract: no metric yet. A distribution, a savings line and an investor each name
    // something; their Add buttons say what is needed instead of doing nothing when clicked.
    Document doc;
    doc.reset(app::emptyProject());
    MonteCarloPanel panel(&doc);
    SavingsPage savings(&doc);
    InvestmentPage investment(&doc);
    RiskPage risk(&doc);
    QPushButton *addOverride = risk.overrides()->addButton();
    BOOST_TEST(!addOverride->isEnabled());
    BOOST_TEST(addOverride->toolTip().startsWith(QStringLiteral("Add an outcome metric first")),
               addOverride->toolTip().toStdString());
    QPushButton *addDistribution = panel.distributions()->addButton();
    QPushButton *addLine = savings.lines()->addButton();
    QPushButton *addInvestor = investment.investors()->addButton();
    BOOST_TEST(!addDistribution->isEnabled());
    BOOST_TEST(addDistribution->toolTip().startsWith(QStringLiteral("Add an outcome metric first")),
               addDistribution->toolTip().toStdString());
    BOOST_TEST(!addLine->isEnabled());
    BOOST_TEST(addLine->toolTip().startsWith(QStringLiteral("Add an outcome metric first")),
               addLine->toolTip().toStdString());
    // The new contract has its municipality: an investor row can name it.
    BOOST_TEST(addInvestor->isEnabled());
    // A metric added on another page: both may add now, and say what they add.
    Project p = doc.project();
    p.metrics = workedExample().metrics;
    p.metrics.resize(1);
    p.metrics[0].rule.payers.clear();
    doc.apply(p, QStringLiteral("Add metric"));
    BOOST_TEST(addDistribution->isEnabled());
    BOOST_TEST(addDistribution->toolTip() == QStringLiteral("Add distribution"));
    BOOST_TEST(addLine->isEnabled());
    BOOST_TEST(addOverride->isEnabled());
    const int before = doc.undoStack()->count();
    QTest::mouseClick(addDistribution, Qt::LeftButton);
    BOOST_TEST(doc.undoStack()->count() == before + 1);
    // Without any party, no investor row either.
    p = doc.project();
    p.parties.clear();
    p.metrics.clear();
    doc.apply(p, QStringLiteral("Remove all"));
    BOOST_TEST(!addInvestor->isEnabled());
    BOOST_TEST(addInvestor->toolTip().contains(QStringLiteral("Parties page")),
               addInvestor->toolTip().toStdString());
    BOOST_TEST(!addDistribution->isEnabled());
}

BOOST_AUTO_TEST_SUITE_END()
