// Outcome data per cohort (issue 15, item 2; HMP Peterborough): a metric tested cohort by cohort
// has a row per cohort under its own row in the plan, actual and counterfactual grids; the planner
// types and pastes each cohort's values (one undo step per edit or paste, the limits of the
// metric's own cells), and the metric's own row shows their sums, read-only.
#include "cohortsample.h"
#include "document.h"
#include "gui.h"
#include "outcomespage.h"

#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <boost/test/unit_test.hpp>

using namespace effekt;
using namespace effekt::views;
using Series = OutcomeGridModel::Series;
using effekt::test::peterborough;
using effekt::test::typeInCell;

namespace {
const CohortOutcome &cohort(const Document &doc, int k) {
    return doc.project().metrics[0].cohortOutcomes[static_cast<std::size_t>(k)];
}
} // namespace

BOOST_AUTO_TEST_SUITE(outcome_cohorts)

BOOST_AUTO_TEST_CASE(each_cohort_has_a_row_and_the_metric_row_is_their_sum) {
    effekt::test::LocaleGuard nb(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    Document doc;
    doc.reset(peterborough());
    OutcomesPage page(&doc);
    page.show();
    OutcomeGridModel *plan = page.planModel();
    // The metric's row, then cohorts A, B and C.
    BOOST_REQUIRE(plan->rowCount() == 4);
    BOOST_TEST(plan->headerData(0, Qt::Vertical).toString() ==
               QStringLiteral("Reconviction events (sum of cohorts)"));
    BOOST_TEST(plan->headerData(2, Qt::Vertical).toString() ==
               QStringLiteral("Reconviction events · Cohort B"));
    BOOST_TEST(plan->isSumRow(0));
    BOOST_TEST(!plan->isSumRow(1));
    // 85 + 92 + 88 planned events; the sums cannot be edited.
    BOOST_TEST(plan->value(0, 0).value() == 265.0);
    BOOST_TEST(!(plan->flags(plan->index(0, 0)) & Qt::ItemIsEditable));
    BOOST_TEST(bool(plan->flags(plan->index(1, 0)) & Qt::ItemIsEditable));
    BOOST_TEST(page.counterfactualModel()->value(0, 1).value() == 300.0);

    // Typing into cohort B's cell: one step; the sum follows; undo restores it.
    QTableView *view = page.view(Series::Plan);
    const int steps = doc.undoStack()->count();
    typeInCell(view, 2, 1, QStringLiteral("80,5"));
    BOOST_TEST(cohort(doc, 1).plan[1] == 80.5);
    BOOST_TEST(doc.project().metrics[0].plan[1] == 300.0); // the metric's own values stay
    BOOST_TEST(plan->value(0, 1).value() == 253.5);
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    // A value the metric's own cells refuse is refused here too.
    typeInCell(view, 2, 1, QStringLiteral("-4"));
    BOOST_TEST(cohort(doc, 1).plan[1] == 80.5);
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    // Typing into the sum changes nothing: its cell opens no editor.
    view->setCurrentIndex(plan->index(0, 0));
    QTest::keyClick(view, Qt::Key_F2);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("7"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    effekt::test::settle();
    BOOST_TEST(plan->value(0, 0).value() == 265.0);
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    doc.undoStack()->undo();
    BOOST_TEST(cohort(doc, 1).plan[1] == 92.0);
    BOOST_TEST(plan->value(0, 1).value() == 265.0);

    // The actual grid: the sum is reported once any cohort's value is; the forecast sums each
    // cohort's actual, else its plan.
    OutcomeGridModel *actual = page.actualModel();
    BOOST_TEST(!actual->value(0, 0).has_value());
    page.tabs()->setCurrentIndex(static_cast<int>(Series::Actual));
    typeInCell(page.view(Series::Actual), 1, 0, QStringLiteral("80"));
    BOOST_TEST((cohort(doc, 0).actual[0] == std::optional<double>(80.0)));
    BOOST_TEST(actual->value(0, 0).value() == 80.0);
    BOOST_TEST(page.forecastModel()->value(0, 0).value() == 80.0 + 92.0 + 88.0);
    BOOST_TEST(page.forecastModel()->value(1, 0).value() == 80.0);
    BOOST_TEST(!page.forecastModel()
                    ->data(page.forecastModel()->index(1, 0), OutcomeGridModel::FromPlanRole)
                    .toBool());
    BOOST_TEST(page.forecastModel()
                   ->data(page.forecastModel()->index(2, 0), OutcomeGridModel::FromPlanRole)
                   .toBool());
}

BOOST_AUTO_TEST_CASE(a_block_pasted_into_the_cohorts_rows_is_one_undo_step) {
    effekt::test::LocaleGuard nb(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    Document doc;
    doc.reset(peterborough());
    OutcomesPage page(&doc);
    page.show();
    page.tabs()->setCurrentIndex(static_cast<int>(Series::Counterfactual));
    QTableView *view = page.view(Series::Counterfactual);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0)); // cohort A, 2027
    const Project before = doc.project();
    const int steps = doc.undoStack()->count();
    QApplication::clipboard()->setText(QStringLiteral("90\t95\r\n100\t105\r\n110\t115,5\r\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    BOOST_TEST((cohort(doc, 0).counterfactual == std::vector<double>{90, 95}));
    BOOST_TEST((cohort(doc, 1).counterfactual == std::vector<double>{100, 105}));
    BOOST_TEST((cohort(doc, 2).counterfactual == std::vector<double>{110, 115.5}));
    BOOST_TEST(page.counterfactualModel()->value(0, 1).value() == 315.5);
    doc.undoStack()->undo();
    BOOST_TEST((doc.project() == before));

    // A block that falls on the sums is refused whole, and says why.
    view->setCurrentIndex(view->model()->index(0, 0));
    view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
    QApplication::clipboard()->setText(QStringLiteral("1\n2\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    BOOST_TEST((doc.project() == before));
    BOOST_TEST(page.message().contains(QStringLiteral("read-only")), page.message().toStdString());
    // Clearing a selection that holds the sums clears the cohorts' cells only, in one step.
    view->selectionModel()->select(
        QItemSelection(view->model()->index(0, 0), view->model()->index(1, 1)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_Delete);
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    BOOST_TEST((cohort(doc, 0).counterfactual == std::vector<double>{0, 0}));
    BOOST_TEST((cohort(doc, 1).counterfactual == std::vector<double>{100, 100}));
}

BOOST_AUTO_TEST_SUITE_END()
