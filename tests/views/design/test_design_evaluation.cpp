// The Metrics page's evaluation strength (DOMAIN.md §8): for a metric counted in people and
// validated by a comparison group, the smallest effect the evaluation can detect beside the planned
// effect, with a warning when the plan is below it; live as the metric, cohort and plan change.
#include "designmetrics.h"
#include "document.h"
#include "evaluation.h"
#include "format.h"
#include "gui.h"
#include "overviewpage.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace effekt;
using namespace effekt::views;

using effekt::test::typeInCell;

using effekt::test::child;

namespace {

QString text(QWidget *page, const char *name) {
    return child<QLabel>(page, name)->text();
}

bool shown(QWidget *page, const char *name) {
    return child<QWidget>(page, name)->isVisibleTo(page);
}

// The worked example's M1 measured in a pilot cohort of 40 people: 1 a period would be in work
// without the measure (Σb = 8, p0 = 0.2), the plan has 1, then 2 (Σa = 12, p1 = 0.3): a planned
// effect of 10 % against an MDE of 2.801585 × √(2 × 0.2 × 0.8 / 40) = 25.1 %.
Project pilot() {
    Project p = workedExample();
    Cohort c;
    c.id = p.nextCohortId();
    c.name = "Pilot";
    c.plannedSize = 40;
    p.targetGroup.cohorts.push_back(c);
    Metric &m = p.metrics[0];
    m.cohortId = c.id;
    m.counterfactual = std::vector<double>(8, 1.0);
    m.plan = {1, 1, 1, 1, 2, 2, 2, 2};
    return p;
}

// Every count of the metric times k: the same shares of a k times larger cohort.
void scaleCounts(Metric &m, double k) {
    for (double &v : m.counterfactual)
        v *= k;
    for (double &v : m.plan)
        v *= k;
}

} // namespace

BOOST_AUTO_TEST_SUITE(design_evaluation_strength)

BOOST_AUTO_TEST_CASE(a_randomised_control_on_a_small_cohort_warns_and_a_larger_one_does_not) {
    effekt::test::Language nb("nb");
    Document doc;
    doc.reset(pilot());
    MetricsDesignPage page(&doc);
    OverviewPage overview(&doc);
    page.resize(1000, 900);
    page.show();
    overview.show();
    QApplication::processEvents();
    // Simple verification has no comparison group: nothing to show.
    BOOST_TEST(!page.evaluation()->isVisibleTo(&page));

    // The planner picks a randomised control group (the last method).
    auto *validation = child<QComboBox>(&page, "metricValidation");
    validation->setFocus();
    QTest::keyClick(validation, Qt::Key_End);
    QApplication::processEvents();
    BOOST_TEST((doc.project().metrics[0].validation == ValidationMethod::RandomisedControl));
    BOOST_TEST(page.evaluation()->isVisibleTo(&page));
    BOOST_TEST(page.evaluation()->title() == QStringLiteral("Evalueringsstyrke"));
    const QLocale nbLocale;
    const double mde = kMdeZ * std::sqrt(2 * 0.2 * 0.8 / 40);
    BOOST_TEST(text(&page, "evaluationMde") == formatPercent(mde, nbLocale, 1));
    BOOST_TEST(text(&page, "evaluationMde").contains(QStringLiteral("25,1")));
    BOOST_TEST(text(&page, "evaluationPlannedEffect") == formatPercent(0.1, nbLocale, 1));
    BOOST_TEST(text(&page, "evaluationGroupSize").contains(QStringLiteral("40")));
    BOOST_TEST(text(&page, "evaluationGroupSize").contains(QStringLiteral("Pilot")));
    // The warning: icon, the two figures in the sentence, and what to do.
    BOOST_TEST(page.evaluation()->property("belowDetectable").toBool());
    BOOST_TEST(shown(&page, "evaluationIcon"));
    BOOST_TEST(!child<QLabel>(&page, "evaluationIcon")->pixmap().isNull());
    BOOST_TEST(text(&page, "evaluationVerdict").contains(formatPercent(mde, nbLocale, 1)));
    BOOST_TEST(text(&page, "evaluationVerdict").contains(formatPercent(0.1, nbLocale, 1)));
    BOOST_TEST(shown(&page, "evaluationAdvice"));
    BOOST_TEST(!text(&page, "evaluationAdvice").isEmpty());

    // A larger cohort alone, with the same people in work, makes the shares smaller: still below.
    auto *cohorts = child<QTableView>(&overview, "cohortsTable");
    typeInCell(cohorts, 0, 2, QStringLiteral("400"));
    BOOST_TEST(doc.project().targetGroup.cohorts[0].plannedSize == 400);
    BOOST_TEST(text(&page, "evaluationGroupSize").contains(QStringLiteral("400")));
    BOOST_TEST(shown(&page, "evaluationIcon"));

    // The plan and counterfactual counted for all 400 (ten times the pilot's): the same shares of a
    // ten times larger cohort, MDE 2.801585 × √(2 × 0.2 × 0.8 / 400) = 7.9 % < 10 %.
    Project larger = doc.project();
    scaleCounts(larger.metrics[0], 10);
    BOOST_REQUIRE(doc.apply(larger, QStringLiteral("Change plan")));
    QApplication::processEvents();
    const double mde400 = kMdeZ * std::sqrt(2 * 0.2 * 0.8 / 400);
    BOOST_TEST(text(&page, "evaluationMde") == formatPercent(mde400, nbLocale, 1));
    BOOST_TEST(text(&page, "evaluationPlannedEffect") == formatPercent(0.1, nbLocale, 1));
    BOOST_TEST(!page.evaluation()->property("belowDetectable").toBool());
    BOOST_TEST(!shown(&page, "evaluationIcon"));
    BOOST_TEST(!shown(&page, "evaluationAdvice"));
    BOOST_TEST(shown(&page, "evaluationVerdict"));

    // Undo brings the pilot's figures and the warning back.
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QApplication::processEvents();
    BOOST_TEST(text(&page, "evaluationMde") == formatPercent(mde, nbLocale, 1));
    BOOST_TEST(shown(&page, "evaluationIcon"));

    // Back to simple verification: the panel goes away.
    QTest::keyClick(validation, Qt::Key_Home);
    QApplication::processEvents();
    BOOST_TEST(!page.evaluation()->isVisibleTo(&page));
}

BOOST_AUTO_TEST_CASE(a_matched_comparison_without_a_group_size_says_what_is_missing) {
    Project p = pilot();
    p.metrics[0].validation = ValidationMethod::MatchedComparison;
    p.targetGroup.cohorts[0].plannedSize = 0;
    Document doc;
    doc.reset(p);
    MetricsDesignPage page(&doc);
    page.show();
    QApplication::processEvents();
    BOOST_TEST(page.evaluation()->isVisibleTo(&page));
    BOOST_TEST(!shown(&page, "evaluationMde"));
    BOOST_TEST(shown(&page, "evaluationNote"));
    BOOST_TEST(text(&page, "evaluationNote").contains(QStringLiteral("planned size")));
    // Events are not people: there is no share of a cohort to compare.
    p.targetGroup.cohorts[0].plannedSize = 40;
    p.metrics[0].unit = MetricUnit::Events;
    BOOST_REQUIRE(doc.apply(p, QStringLiteral("Change unit")));
    BOOST_TEST(shown(&page, "evaluationNote"));
    BOOST_TEST(text(&page, "evaluationNote").contains(QStringLiteral("people")));
    p.metrics[0].unit = MetricUnit::People;
    BOOST_REQUIRE(doc.apply(p, QStringLiteral("Change unit")));
    BOOST_TEST(shown(&page, "evaluationMde"));
    BOOST_TEST(!shown(&page, "evaluationNote"));
}

BOOST_AUTO_TEST_SUITE_END()
