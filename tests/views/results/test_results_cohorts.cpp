// The Results page's cohort tests (issue 15, item 2; HMP Peterborough): for a metric tested cohort
// by cohort, a row per cohort and period says its improvement x, its threshold, whether it passed
// and the units counted; the final settlement's row the pooled x, its threshold and the units it
// adds ("less what was already paid"). Copied as a table; hidden when no metric is so tested.
#include "cohortsample.h"
#include "cohorttestsmodel.h"
#include "document.h"
#include "gui.h"
#include "resultspage.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace effekt;
using namespace effekt::views;
using effekt::test::peterborough;

BOOST_AUTO_TEST_SUITE(results_cohorts)

BOOST_AUTO_TEST_CASE(each_cohort_test_and_the_settlement_are_shown_per_period) {
    Document doc;
    doc.setAsyncThresholdMs(-1);
    doc.reset(peterborough());
    ResultsPage page(&doc);
    page.show();
    BOOST_TEST(page.tabs()->isTabVisible(page.cohortTestsTab()));
    CohortTestsModel *model = page.cohortTestsModel();
    // Cohorts A, B and C in 2027 and 2028, then the settlement taken in 2028.
    BOOST_REQUIRE(model->rowCount() == 7);
    const auto &rows = model->rows();
    // Cohort B: 92 events against 100, 8 % below its 10 %: not passed, nothing counted.
    BOOST_TEST(rows[2].cohort == QStringLiteral("Cohort B"));
    BOOST_TEST(rows[2].period == QStringLiteral("2027"));
    BOOST_TEST(rows[2].units == 8.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(*rows[2].relative == 0.08, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(!rows[2].passed);
    BOOST_TEST(rows[2].counted == 0.0);
    BOOST_TEST(model->data(model->index(2, CohortTestsModel::PassedColumn)).toString() ==
               QStringLiteral("no"));
    // Cohort A: 15 % — passed, its 15 units counted.
    BOOST_TEST(rows[0].passed);
    BOOST_TEST(rows[0].counted == 15.0, boost::test_tools::tolerance(1e-9));
    // The settlement in 2028 over both years: A = 530 against B = 600, U = 70, X = 11.67 % ≥
    // 7.5 %; the cohort tests counted 2 × 27 = 54, so it adds 16 units.
    const CohortTestRow &s = rows[6];
    BOOST_TEST(s.settlement);
    BOOST_TEST(s.period == QStringLiteral("2028"));
    BOOST_TEST(s.units == 70.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(*s.relative == 70.0 / 600.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(s.threshold == 0.075);
    BOOST_TEST(s.passed);
    BOOST_TEST(s.counted == 16.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(*s.before == 54.0, boost::test_tools::tolerance(1e-9));

    // Copy table: a header and a line per row, tab-separated.
    QApplication::clipboard()->clear();
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("copyCohortTests")),
                      Qt::LeftButton);
    const QStringList lines =
        QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    BOOST_REQUIRE(lines.size() == 8);
    BOOST_TEST(lines[0].startsWith(QStringLiteral("Metric\tCohort\tPeriod")));
    BOOST_TEST(lines[7].contains(QStringLiteral("Final settlement (all cohorts)")));

    // Without cohort tests the tab is not shown.
    doc.reset(peterborough(false));
    BOOST_TEST(model->rowCount() == 0);
    BOOST_TEST(!page.tabs()->isTabVisible(page.cohortTestsTab()));
}

BOOST_AUTO_TEST_SUITE_END()
