// Cohort tests in Bokmål at a small window (issue 15, item 2): the designer's group, the outcome
// grid's rows per cohort and the results' tab in the main window, translated; set
// EFFEKT_SCREENSHOT_DIR to keep the pictures and look at them.
#include "cohortsample.h"
#include "designmetrics.h"
#include "gui.h"
#include "mainwindow.h"
#include "outcomespage.h"
#include "resultspage.h"

#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace effekt;
using namespace effekt::views;
using effekt::test::peterborough;

BOOST_AUTO_TEST_SUITE(cohorts_bokmal)

BOOST_AUTO_TEST_CASE(the_cohort_tests_read_in_bokmal_in_a_small_window) {
    // The main window in Norwegian at 900 × 600: the designer's group, the grid's rows per cohort
    // and the results' tab are translated (set EFFEKT_SCREENSHOT_DIR to keep the pictures).
    effekt::test::Language nb("nb");
    app::MainWindow w;
    w.document()->setAsyncThresholdMs(-1);
    w.document()->reset(peterborough());
    w.resize(900, 600);
    w.show();
    BOOST_REQUIRE(QTest::qWaitForWindowExposed(&w));
    const QByteArray keep = qgetenv("EFFEKT_SCREENSHOT_DIR");
    const QString dir = keep.isEmpty() ? QDir::tempPath() + QStringLiteral("/effekt-cohorts")
                                       : QString::fromLocal8Bit(keep);
    QDir().mkpath(dir);

    w.showPage(QStringLiteral("metrics"));
    auto *metrics = qobject_cast<MetricsDesignPage *>(w.page(QStringLiteral("metrics")));
    BOOST_REQUIRE(metrics);
    BOOST_TEST(metrics->cohortTests()->title() == QStringLiteral("Testet kohort for kohort"));
    // Scrolled to the group, as a planner would.
    if (auto *form = metrics->findChild<QScrollArea *>(QStringLiteral("metricForm")))
        form->verticalScrollBar()->setValue(metrics->cohortTests()->y());
    QApplication::processEvents();
    BOOST_TEST(w.grab().save(QDir(dir).filePath(QStringLiteral("cohorts-metrics-nb.png"))));

    w.showPage(QStringLiteral("outcomes"));
    auto *outcomes = qobject_cast<OutcomesPage *>(w.page(QStringLiteral("outcomes")));
    BOOST_REQUIRE(outcomes);
    BOOST_TEST(outcomes->planModel()->headerData(0, Qt::Vertical).toString() ==
               QStringLiteral("Reconviction events (sum av kohortene)"));
    QApplication::processEvents();
    BOOST_TEST(w.grab().save(QDir(dir).filePath(QStringLiteral("cohorts-outcomes-nb.png"))));

    w.showPage(QStringLiteral("results"));
    auto *results = qobject_cast<ResultsPage *>(w.page(QStringLiteral("results")));
    BOOST_REQUIRE(results);
    BOOST_TEST(results->tabs()->tabText(results->cohortTestsTab()) ==
               QStringLiteral("&Kohorttester"));
    results->tabs()->setCurrentIndex(results->cohortTestsTab());
    QApplication::processEvents();
    BOOST_TEST(w.grab().save(QDir(dir).filePath(QStringLiteral("cohorts-results-nb.png"))));
}

BOOST_AUTO_TEST_SUITE_END()
