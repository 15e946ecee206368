// Price indexation in the designer (issue 15, item 3): the rate and the base year on the Caps
// page, each edit one undo step, the results and the payout curve following them.
#include "capspage.h"
#include "designmetrics.h"
#include "designwidgets.h"
#include "gui.h"
#include "moneyedit.h"
#include "payoutcurve.h"

#include <QApplication>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include <boost/test/unit_test.hpp>

using namespace effekt;
using namespace effekt::views;

using effekt::test::child;
using effekt::test::focusAndType;

namespace {
std::vector<Money> grossOf(const Results &r, std::size_t m) {
    std::vector<Money> out;
    for (const MetricPeriod &mp : r.metric.at(m))
        out.push_back(mp.gross);
    return out;
}
} // namespace

BOOST_AUTO_TEST_SUITE(design_indexation)

BOOST_AUTO_TEST_CASE(the_rate_and_base_year_are_stated_in_one_step_each) {
    // The worked example runs quarterly from January 2027: t = 0 … 3 in 2027, t = 4 … 7 in 2028.
    // At 3 % a year from 2027, the first metric's 2028 payments are 1.03 times the stated ones.
    Document doc;
    doc.setAsyncThresholdMs(-1); // every computation synchronous: the checks follow each key
    doc.reset(workedExample());
    const std::vector<Money> stated = grossOf(doc.results(), 0);
    CapsPage page(&doc);
    page.show();
    auto *rate = child<PercentEdit>(&page, "indexationRate");
    auto *baseYear = child<QSpinBox>(&page, "indexationBaseYear");
    BOOST_TEST(baseYear->text() == baseYear->specialValueText()); // none: the start's year
    int steps = doc.undoStack()->count();
    focusAndType(rate, QStringLiteral("3"));
    BOOST_TEST(doc.project().indexation.rate == 0.03);
    BOOST_TEST(!doc.project().indexation.baseYear.has_value());
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    const std::vector<Money> indexed = grossOf(doc.results(), 0);
    BOOST_REQUIRE(indexed.size() == stated.size());
    for (std::size_t t = 0; t < stated.size(); ++t)
        BOOST_TEST(indexed[t] == (t < 4 ? stated[t] : money::times(stated[t], 1.03)));
    BOOST_TEST(indexed[5] > stated[5]);

    // The base year 2028: the 2028 payments are as stated again.
    steps = doc.undoStack()->count();
    focusAndType(baseYear, QStringLiteral("2028"));
    QTest::keyClick(baseYear, Qt::Key_Return);
    QApplication::processEvents();
    BOOST_TEST((doc.project().indexation.baseYear == std::optional<int>(2028)));
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    BOOST_TEST((grossOf(doc.results(), 0) == stated));

    // The wheel over the unfocused base year changes nothing.
    rate->setFocus();
    BOOST_REQUIRE(!baseYear->hasFocus());
    const QPointF at(baseYear->width() / 2.0, baseYear->height() / 2.0);
    QWheelEvent wheel(at, baseYear->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(baseYear, &wheel);
    BOOST_TEST((doc.project().indexation.baseYear == std::optional<int>(2028)));
    BOOST_TEST(doc.undoStack()->count() == steps + 1);

    // One undo each: the base year goes, then the rate, and the results are as stated.
    doc.undoStack()->undo();
    BOOST_TEST(!doc.project().indexation.baseYear.has_value());
    BOOST_TEST((grossOf(doc.results(), 0) == indexed));
    doc.undoStack()->undo();
    BOOST_TEST(doc.project().indexation.rate == 0.0);
    BOOST_TEST((grossOf(doc.results(), 0) == stated));
    BOOST_TEST((rate->value() == std::optional<double>(0.0)));
}

BOOST_AUTO_TEST_CASE(out_of_range_base_year_is_marked_and_the_curve_says_indexed) {
    Document doc;
    doc.setAsyncThresholdMs(-1);
    Project p = workedExample();
    p.indexation.rate = 0.025;
    doc.reset(p);
    // The payout curve is in base-year money and says so under its title.
    MetricsDesignPage metrics(&doc);
    metrics.show();
    PayoutCurveChart *curve = metrics.curve();
    BOOST_TEST(curve->indexationNote().contains(QStringLiteral("2027")));
    BOOST_TEST(curve->indexationNote().contains(QStringLiteral("2028")));
    BOOST_TEST(PayoutCurveChart::paymentAt(doc.project(), 1, 6, 2) == 4 * 60'000 * 100);
    // A base year after the contract's last year (2028): a warning on the page and the field.
    CapsPage page(&doc);
    page.show();
    auto *baseYear = child<QSpinBox>(&page, "indexationBaseYear");
    focusAndType(baseYear, QStringLiteral("2031"));
    QTest::keyClick(baseYear, Qt::Key_Return);
    QApplication::processEvents();
    BOOST_TEST((doc.project().indexation.baseYear == std::optional<int>(2031)));
    BOOST_TEST(page.diagnostics()->text().contains(QStringLiteral("no price ever rises")));
    BOOST_TEST(baseYear->toolTip().contains(QStringLiteral("no price ever rises")));
    // Without a rate there is nothing to note.
    doc.undoStack()->undo();
    Project none = doc.project();
    none.indexation.rate = 0;
    doc.apply(none, QStringLiteral("no indexation"));
    BOOST_TEST(curve->indexationNote().isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()
