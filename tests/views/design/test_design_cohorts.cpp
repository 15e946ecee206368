// Cohort tests in the designer (issue 15, item 2; HMP Peterborough): on a per-unit metric the
// planner chooses the cohorts tested on their own, types each one's threshold and states the final
// settlement (on, its period, the pooled threshold), each change one undo step; stopping the test
// of a cohort that holds outcome data asks first; the payout curve marks the thresholds.
#include "cohortsample.h"
#include "designmetrics.h"
#include "designwidgets.h"
#include "gui.h"
#include "moneyedit.h"
#include "overviewpage.h"
#include "payoutcurve.h"

#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <boost/test/unit_test.hpp>

using namespace effekt;
using namespace effekt::views;
using effekt::test::Answerer;
using effekt::test::peterborough;
using effekt::test::typeInCell;

using effekt::test::child;
using effekt::test::focusAndType;

namespace {
// The x values of the curve's reference lines named `name`.
std::vector<double> linesNamed(PayoutCurveChart *curve, const QString &name) {
    std::vector<double> xs;
    for (QLineSeries *s : curve->referenceLines())
        if (s->name() == name && s->count() > 0)
            xs.push_back(s->at(0).x());
    return xs;
}
} // namespace

BOOST_AUTO_TEST_SUITE(design_cohorts)

BOOST_AUTO_TEST_CASE(a_planner_tests_a_metric_cohort_by_cohort_one_undo_step_each_change) {
    // A Norwegian planner types decimal commas.
    effekt::test::LocaleGuard nb(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    Document doc;
    doc.setAsyncThresholdMs(-1);
    doc.reset(peterborough(false));
    MetricsDesignPage page(&doc);
    page.show();
    page.selectMetric(0);
    auto *group = child<QGroupBox>(&page, "cohortTests");
    auto *settlement = child<QCheckBox>(&page, "settlement");
    auto *basis = child<QComboBox>(&page, "thresholdBasis");
    BOOST_TEST(group->isVisibleTo(&page));       // a per-unit rule
    BOOST_TEST(!settlement->isVisibleTo(&page)); // nothing to settle yet
    BOOST_TEST(basis->isVisibleTo(&page));
    BOOST_TEST(child<QLabel>(&page, "cohortTestsHint")->isVisibleTo(&page));

    // Add: the target group's cohorts in their order, one step each, with their series sized.
    int steps = doc.undoStack()->count();
    auto *add = child<QPushButton>(&page, "cohortTestsTableAdd");
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    BOOST_TEST(doc.undoStack()->count() == steps + 2);
    const Metric *m = &doc.project().metrics[0];
    BOOST_REQUIRE(m->cohortOutcomes.size() == 2u);
    BOOST_TEST(m->cohortOutcomes[0].cohortId == 1);
    BOOST_TEST(m->cohortOutcomes[1].cohortId == 2);
    BOOST_TEST(m->cohortOutcomes[1].plan.size() == 2u);
    BOOST_TEST(m->cohortOutcomes[1].counterfactual.size() == 2u);
    // The metric's own threshold does not apply any more: its field gives way to a note.
    BOOST_TEST(!basis->isVisibleTo(&page));
    BOOST_TEST(child<QLabel>(&page, "ruleThresholdNote")->isVisibleTo(&page));
    BOOST_TEST(settlement->isVisibleTo(&page));

    // Each cohort's threshold, typed as a percentage.
    auto *table = child<QTableView>(&page, "cohortTestsTable");
    steps = doc.undoStack()->count();
    typeInCell(table, 0, 1, QStringLiteral("10"));
    typeInCell(table, 1, 1, QStringLiteral("12,5"));
    BOOST_TEST(doc.undoStack()->count() == steps + 2);
    m = &doc.project().metrics[0];
    BOOST_TEST(m->cohortOutcomes[0].threshold == 0.10);
    BOOST_TEST(m->cohortOutcomes[1].threshold == 0.125);
    // A cohort is tested once: choosing cohort A in B's row is refused.
    effekt::test::chooseInCell(table, 1, 0, QStringLiteral("Cohort A"));
    BOOST_TEST(doc.project().metrics[0].cohortOutcomes[1].cohortId == 2);
    BOOST_TEST(doc.undoStack()->count() == steps + 2);
    effekt::test::chooseInCell(table, 1, 0, QStringLiteral("Cohort C"));
    BOOST_TEST(doc.project().metrics[0].cohortOutcomes[1].cohortId == 3);
    BOOST_TEST(doc.undoStack()->count() == steps + 3);

    // The settlement: on (at the last period, as the planner sees periods), then its period and
    // pooled threshold.
    auto *period = child<QComboBox>(&page, "settlementPeriod");
    auto *pooled = child<PercentEdit>(&page, "settlementThreshold");
    BOOST_TEST(!period->isVisibleTo(&page));
    steps = doc.undoStack()->count();
    settlement->setFocus();
    QTest::keyClick(settlement, Qt::Key_Space);
    QApplication::processEvents();
    BOOST_REQUIRE(doc.project().metrics[0].rule.settlement.has_value());
    BOOST_TEST(doc.project().metrics[0].rule.settlement->period == 1);
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    BOOST_TEST(period->isVisibleTo(&page));
    BOOST_TEST(pooled->isVisibleTo(&page));
    BOOST_TEST(period->currentText() == QStringLiteral("2028"));
    period->setFocus();
    QTest::keyClick(period, Qt::Key_Home);
    QApplication::processEvents();
    BOOST_TEST(doc.project().metrics[0].rule.settlement->period == 0);
    BOOST_TEST(doc.undoStack()->count() == steps + 2);
    focusAndType(pooled, QStringLiteral("7,5"));
    BOOST_TEST(doc.project().metrics[0].rule.settlement->threshold == 0.075);
    BOOST_TEST(doc.undoStack()->count() == steps + 3);

    // Undo takes back one change at a time: the pooled threshold, the period, the settlement.
    doc.undoStack()->undo();
    BOOST_TEST(doc.project().metrics[0].rule.settlement->threshold == 0.0);
    doc.undoStack()->undo();
    BOOST_TEST(doc.project().metrics[0].rule.settlement->period == 1);
    doc.undoStack()->undo();
    BOOST_TEST(!doc.project().metrics[0].rule.settlement.has_value());
    BOOST_TEST(!period->isVisibleTo(&page));
    doc.undoStack()->undo(); // cohort C back to B
    BOOST_TEST(doc.project().metrics[0].cohortOutcomes[1].cohortId == 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo(); // the second cohort added
    BOOST_TEST(doc.project().metrics[0].cohortOutcomes.size() == 1u);
    doc.undoStack()->undo();
    BOOST_TEST(doc.project().metrics[0].cohortOutcomes.empty());
    BOOST_TEST(basis->isVisibleTo(&page));
}

BOOST_AUTO_TEST_CASE(stopping_the_test_of_a_cohort_with_data_asks_first_and_undoes_in_one_step) {
    Document doc;
    Project p = peterborough();
    // Cohort C has no data of its own: taking it out asks nothing.
    p.metrics[0].cohortOutcomes[2].plan = {0, 0};
    p.metrics[0].cohortOutcomes[2].counterfactual = {0, 0};
    doc.reset(p);
    MetricsDesignPage page(&doc);
    page.show();
    page.selectMetric(0);
    auto *table = child<QTableView>(&page, "cohortTestsTable");
    auto *remove = child<QPushButton>(&page, "cohortTestsTableRemove");
    const Project before = doc.project();
    table->setCurrentIndex(table->model()->index(0, 0));
    {
        Answerer no(QMessageBox::No);
        QTest::mouseClick(remove, Qt::LeftButton);
        BOOST_TEST(no.asked == 1);
        BOOST_TEST(no.defaultIsNo);
        BOOST_TEST(no.text.contains(QStringLiteral("Cohort A")), no.text.toStdString());
        // Its plan and comparison group in both periods: four values.
        BOOST_TEST(no.text.contains(QStringLiteral("(4 value")), no.text.toStdString());
    }
    BOOST_TEST((doc.project() == before));
    const int steps = doc.undoStack()->count();
    {
        Answerer yes(QMessageBox::Yes);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::mouseClick(remove, Qt::LeftButton);
        BOOST_TEST(yes.asked == 1);
    }
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    BOOST_REQUIRE(doc.project().metrics[0].cohortOutcomes.size() == 2u);
    BOOST_TEST(doc.project().metrics[0].cohortOutcomes[0].cohortId == 2);
    {
        Answerer none(QMessageBox::No);
        table->setCurrentIndex(table->model()->index(1, 0)); // cohort C, without data
        QTest::mouseClick(remove, Qt::LeftButton);
        BOOST_TEST(none.asked == 0);
    }
    BOOST_TEST(doc.project().metrics[0].cohortOutcomes.size() == 1u);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    BOOST_TEST((doc.project() == before));
}

BOOST_AUTO_TEST_CASE(the_payout_curve_marks_each_cohort_threshold_and_the_settlement) {
    Document doc;
    Project p = peterborough();
    p.metrics[0].cohortOutcomes[1].threshold = 0.20;
    doc.reset(p);
    MetricsDesignPage page(&doc);
    page.show();
    page.selectMetric(0);
    PayoutCurveChart *curve = page.curve();
    // The sums' comparison group is 300 events a period: lower is better, so 10 % is reached at
    // 270 events, 20 % at 240, and the pooled 7.5 % at 277.5.
    const std::vector<double> cohorts = linesNamed(curve, QStringLiteral("Cohort threshold"));
    BOOST_REQUIRE(cohorts.size() == 2u);
    BOOST_TEST(cohorts[0] == 270.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(cohorts[1] == 240.0, boost::test_tools::tolerance(1e-9));
    const std::vector<double> settled = linesNamed(curve, QStringLiteral("Settlement threshold"));
    BOOST_REQUIRE(settled.size() == 1u);
    BOOST_TEST(settled[0] == 277.5, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(linesNamed(curve, QStringLiteral("Threshold")).empty());
    BOOST_TEST(!curve->cohortNote().isEmpty());
    // The curve is the engine's, for a period in which every cohort improves alike: at 285
    // events (5 %) nothing; at 260 (13.3 %) cohorts A and C pass (10 %) but not B (20 %): 2/3 of
    // the 40 units avoided at 1 000 kr; at 230 (23.3 %) all three: 70 units.
    BOOST_TEST(PayoutCurveChart::paymentAt(doc.project(), 1, 285, 300) == 0);
    BOOST_TEST(double(PayoutCurveChart::paymentAt(doc.project(), 1, 260, 300)) ==
                   40.0 * 2 / 3 * 1'000 * money::kMinorPerMajor,
               boost::test_tools::tolerance(1e-6));
    BOOST_TEST(PayoutCurveChart::paymentAt(doc.project(), 1, 230, 300) ==
               70 * 1'000 * money::kMinorPerMajor);
    BOOST_TEST(curve->chart()->title().contains(curve->cohortNote().toHtmlEscaped()));
}

BOOST_AUTO_TEST_CASE(removing_a_cohort_asks_and_takes_its_outcome_data_in_the_same_step) {
    Document doc;
    doc.reset(peterborough());
    OverviewPage page(&doc);
    page.show();
    auto *table = child<QTableView>(&page, "cohortsTable");
    auto *remove = child<QPushButton>(&page, "cohortsTableRemove");
    const Project before = doc.project();
    table->setCurrentIndex(table->model()->index(1, 0)); // cohort B
    {
        Answerer no(QMessageBox::No);
        QTest::mouseClick(remove, Qt::LeftButton);
        BOOST_TEST(no.asked == 1);
        BOOST_TEST(no.text.contains(QStringLiteral("tested cohort by cohort")),
                   no.text.toStdString());
    }
    BOOST_TEST((doc.project() == before));
    const int steps = doc.undoStack()->count();
    {
        Answerer yes(QMessageBox::Yes);
        table->setCurrentIndex(table->model()->index(1, 0));
        QTest::mouseClick(remove, Qt::LeftButton);
        BOOST_TEST(yes.asked == 1);
    }
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    BOOST_TEST(doc.project().targetGroup.cohorts.size() == 2u);
    const auto &outcomes = doc.project().metrics[0].cohortOutcomes;
    BOOST_REQUIRE(outcomes.size() == 2u);
    BOOST_TEST(outcomes[0].cohortId == 1);
    BOOST_TEST(outcomes[1].cohortId == 3);
    doc.undoStack()->undo();
    BOOST_TEST((doc.project() == before));
}

BOOST_AUTO_TEST_SUITE_END()
