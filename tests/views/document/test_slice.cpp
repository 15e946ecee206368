// The first slice through every layer: an edit in the outcome grid goes through the undo stack,
// the engine recomputes, the results table and the chart follow; undo brings all of it back.
// The chart values are those of the Results page's payments chart (paymentsChartData), the table
// values what falls due per metric and period (outcomeDueByMetric).
#include "designmetrics.h"
#include "document.h"
#include "moneyedit.h"
#include "outcomegridmodel.h"
#include "resultsdata.h"

#include <QApplication>
#include <QLocale>
#include <QPushButton>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace effekt;
using namespace effekt::views;

namespace {
// A one-metric project: price 1 000 kr per unit, no counterfactual, lag 0, 4 quarters.
Project simpleProject() {
    Project p;
    p.name = "Slice";
    p.timeline = Timeline{Date{2027, 1, 1}, PeriodLength::Quarter, 4};
    p.parties = {Party{1, "Kommune", PartyRole::Commissioner, "", std::nullopt}};
    Metric m;
    m.id = 1;
    m.name = "Jobs";
    m.rule.price = 1'000'00;
    p.metrics = {m};
    p.normalise();
    return p;
}

// The bar of `metric` in `period` of the Results page's payments chart, in kroner.
double barValue(const Document &doc, const char *metric, int period) {
    const ChartData data = paymentsChartData(doc.resultsProject(), doc.results());
    const ChartSeries *s = data.find(QString::fromUtf8(metric));
    BOOST_REQUIRE(s);
    return s->values.at(static_cast<std::size_t>(period));
}

// What falls due: row `metric` of the results table, or the total over metrics when metric < 0.
Money due(const Document &doc, int metric, int period) {
    const auto all = outcomeDueByMetric(doc.results());
    Money total = 0;
    for (std::size_t m = 0; m < all.size(); ++m)
        if (metric < 0 || static_cast<int>(m) == metric)
            total += all[m].at(static_cast<std::size_t>(period));
    return total;
}
} // namespace

BOOST_AUTO_TEST_SUITE(slice)

BOOST_AUTO_TEST_CASE(grid_edit_updates_results_and_chart_and_undoes) {
    Document doc;
    doc.reset(simpleProject());
    OutcomeGridModel plan(&doc, OutcomeGridModel::Series::Plan);

    BOOST_TEST(barValue(doc, "Jobs", 1) == 0.0);
    // 3 units in Q2 at 1 000 kr = 3 000 kr.
    BOOST_TEST(plan.setData(plan.index(0, 1), QStringLiteral("3")));
    BOOST_TEST(doc.project().metrics[0].plan[1] == 3.0);
    BOOST_TEST(due(doc, 0, 1) == 3'000'00);
    BOOST_TEST(due(doc, -1, 1) == 3'000'00); // total row
    BOOST_TEST(barValue(doc, "Jobs", 1) == 3000.0);
    BOOST_TEST(doc.isModified());
    BOOST_TEST(doc.undoStack()->count() == 1);

    doc.undoStack()->undo();
    BOOST_TEST(doc.project().metrics[0].plan[1] == 0.0);
    BOOST_TEST(due(doc, 0, 1) == 0);
    BOOST_TEST(barValue(doc, "Jobs", 1) == 0.0);
    BOOST_TEST(!doc.isModified());

    doc.undoStack()->redo();
    BOOST_TEST(barValue(doc, "Jobs", 1) == 3000.0);
}

BOOST_AUTO_TEST_CASE(typing_into_one_cell_is_one_step_and_no_ops_are_dropped) {
    Document doc;
    doc.reset(simpleProject());
    OutcomeGridModel plan(&doc, OutcomeGridModel::Series::Plan);
    plan.setData(plan.index(0, 0), QStringLiteral("1"));
    plan.setData(plan.index(0, 0), QStringLiteral("12"));
    BOOST_TEST(doc.undoStack()->count() == 1);
    plan.setData(plan.index(0, 1), QStringLiteral("5"));
    BOOST_TEST(doc.undoStack()->count() == 2);
    // Setting the same value again records nothing.
    plan.setData(plan.index(0, 1), QStringLiteral("5"));
    BOOST_TEST(doc.undoStack()->count() == 2);
    // Bad input is refused and changes nothing.
    BOOST_TEST(!plan.setData(plan.index(0, 1), QStringLiteral("fem")));
    BOOST_TEST(!plan.setData(plan.index(0, 1), QStringLiteral("-2")));
    BOOST_TEST(doc.project().metrics[0].plan[1] == 5.0);
}

BOOST_AUTO_TEST_CASE(actual_cells_can_be_cleared_and_forecast_falls_back_to_plan) {
    Document doc;
    doc.reset(simpleProject());
    OutcomeGridModel plan(&doc, OutcomeGridModel::Series::Plan);
    OutcomeGridModel actual(&doc, OutcomeGridModel::Series::Actual);
    plan.setData(plan.index(0, 0), QStringLiteral("2"));
    BOOST_TEST(due(doc, 0, 0) == 2'000'00);
    actual.setData(actual.index(0, 0), QStringLiteral("4"));
    BOOST_TEST(due(doc, 0, 0) == 4'000'00); // forecast uses the actual
    actual.setData(actual.index(0, 0), QString());
    BOOST_TEST(!doc.project().metrics[0].actual[0].has_value());
    BOOST_TEST(due(doc, 0, 0) == 2'000'00); // back to the plan
}

BOOST_AUTO_TEST_CASE(metric_price_edit_in_the_form) {
    Document doc;
    doc.reset(simpleProject());
    MetricsDesignPage page(&doc);
    auto *price = page.findChild<MoneyEdit *>(QStringLiteral("rulePrice"));
    BOOST_REQUIRE(price);
    auto type = [](QWidget *w, const QString &text) {
        QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(w, text);
        QApplication::processEvents();
    };
    // A Norwegian user types a space for thousands and a comma for decimals.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    type(price, QStringLiteral("2 500,50"));
    BOOST_TEST(price->isValid());
    QLocale::setDefault(before);
    BOOST_TEST(doc.project().metrics[0].rule.price == 2'500'50);
    type(price, QStringLiteral("abc"));
    BOOST_TEST(!price->isValid());
    BOOST_TEST(doc.project().metrics[0].rule.price == 2'500'50); // refused: unchanged
    auto *add = page.findChild<QPushButton *>(QStringLiteral("metricsTableAdd"));
    BOOST_REQUIRE(add);
    QTest::mouseClick(add, Qt::LeftButton);
    BOOST_TEST(doc.project().metrics.size() == 2u);
    BOOST_TEST(doc.project().metrics[1].id == 2);
    BOOST_TEST(doc.project().metrics[1].plan.size() == 4u); // normalised to the timeline
    doc.undoStack()->undo();
    BOOST_TEST(doc.project().metrics.size() == 1u);
}

BOOST_AUTO_TEST_CASE(read_only_documents_refuse_edits) {
    Document doc;
    doc.reset(simpleProject(), QStringLiteral("/tmp/x.effekt"), true);
    OutcomeGridModel plan(&doc, OutcomeGridModel::Series::Plan);
    BOOST_TEST(!(plan.flags(plan.index(0, 0)) & Qt::ItemIsEditable));
    plan.setData(plan.index(0, 0), QStringLiteral("3"));
    BOOST_TEST(doc.project().metrics[0].plan[0] == 0.0);
    BOOST_TEST(doc.undoStack()->count() == 0);
}

BOOST_AUTO_TEST_SUITE_END()
