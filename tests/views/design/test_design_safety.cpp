// A designer a planner cannot break: the timeline changes only when the edit is committed and asks
// before dropping periods that hold data; the wheel edits no field the planner is not in; removing
// what others refer to asks first and takes every reference along in one undo step; the start date
// is typed and shown in the planner's locale.
#include "designmetrics.h"
#include "designwidgets.h"
#include "gui.h"
#include "overviewpage.h"
#include "partiespage.h"
#include "references.h"
#include "storage_fields.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>

#include <boost/test/unit_test.hpp>

using namespace effekt;
using namespace effekt::views;
using effekt::test::Answerer;
using effekt::test::LocaleGuard;

using effekt::test::child;

namespace {

void typeAndCommit(QAbstractSpinBox *w, const QString &text) {
    w->setFocus();
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(w, text);
    QApplication::processEvents();
}

// The worked example with outcomes and a co-payer who pays on the first metric and a fixed fee.
Project referenced() {
    Project p = workedExample();
    p.parties.push_back(Party{4, "Staten", PartyRole::CoPayer, "", std::nullopt});
    p.metrics[0].rule.payers = {PayerShare{1, 0.6}, PayerShare{4, 0.4}};
    FixedFee fee;
    fee.id = 1;
    fee.name = "Aktivitet";
    fee.payers = {PayerShare{4, 1.0}};
    p.fixedFees = {fee};
    p.metrics[0].actual[0] = 1;
    p.metrics[0].actual[1] = 2;
    p.ledger.set(Ledger{{"a", 1, 0, 1}, {"b", 1, 1, 1}});
    p.normalise();
    return p;
}

} // namespace

BOOST_AUTO_TEST_SUITE(design_safety)

BOOST_AUTO_TEST_CASE(period_count_applies_when_committed_not_per_keystroke) {
    Document doc;
    doc.reset(workedExample());
    OverviewPage page(&doc);
    page.show();
    auto *periods = child<QSpinBox>(&page, "periodCount");
    const Project before = doc.project();

    // Typing 24: neither 2 nor 24 is applied while typing.
    typeAndCommit(periods, QStringLiteral("24"));
    BOOST_TEST(doc.project().timeline.periods == 8);
    BOOST_TEST(doc.undoStack()->count() == 0);
    // Enter applies 24 as one step; periods 1–8 keep every value.
    QTest::keyClick(periods, Qt::Key_Return);
    BOOST_TEST(doc.project().timeline.periods == 24);
    BOOST_TEST(doc.undoStack()->count() == 1);
    for (std::size_t m = 0; m < 2; ++m)
        for (std::size_t t = 0; t < 8; ++t) {
            BOOST_TEST(doc.project().metrics[m].plan[t] == before.metrics[m].plan[t]);
            BOOST_TEST(doc.project().metrics[m].counterfactual[t] ==
                       before.metrics[m].counterfactual[t]);
        }
    BOOST_TEST(doc.project().deliveryCost[7] == before.deliveryCost[7]);

    // An arrow step is a commit too (into the same field: the same undo step).
    QTest::keyClick(periods, Qt::Key_Up);
    BOOST_TEST(doc.project().timeline.periods == 25);
    BOOST_TEST(doc.undoStack()->count() == 1);
    doc.undoStack()->undo();
    BOOST_TEST(periods->value() == 8);
    BOOST_TEST((doc.project() == before));
}

BOOST_AUTO_TEST_CASE(shortening_over_data_asks_and_no_restores_the_field) {
    Document doc;
    doc.reset(workedExample());
    OverviewPage page(&doc);
    page.show();
    auto *periods = child<QSpinBox>(&page, "periodCount");
    const Project before = doc.project();
    const PeriodLoss loss = valuesBeyond(before, 4);
    BOOST_TEST(loss.values > 0);
    {
        Answerer no(QMessageBox::No);
        typeAndCommit(periods, QStringLiteral("4"));
        QTest::keyClick(periods, Qt::Key_Return);
        BOOST_TEST(no.asked == 1);
        BOOST_TEST(no.defaultIsNo);
        BOOST_TEST(no.text.contains(QStringLiteral("Periods 5–8")), no.text.toStdString());
        BOOST_TEST(no.text.contains(QString::number(loss.values)), no.text.toStdString());
    }
    BOOST_TEST((doc.project() == before));
    BOOST_TEST(doc.undoStack()->count() == 0);
    BOOST_TEST(periods->value() == 8); // the field shows the number in force again
    {
        Answerer yes(QMessageBox::Yes);
        typeAndCommit(periods, QStringLiteral("4"));
        QTest::keyClick(periods, Qt::Key_Return);
        BOOST_TEST(yes.asked == 1);
    }
    BOOST_TEST(doc.project().timeline.periods == 4);
    BOOST_TEST(doc.undoStack()->count() == 1);
    doc.undoStack()->undo();
    BOOST_TEST((doc.project() == before));

    // Lengthening, and shortening over periods without data, asks nothing.
    Answerer none(QMessageBox::No);
    typeAndCommit(periods, QStringLiteral("12"));
    QTest::keyClick(periods, Qt::Key_Return);
    typeAndCommit(periods, QStringLiteral("10"));
    QTest::keyClick(periods, Qt::Key_Return);
    BOOST_TEST(none.asked == 0);
    BOOST_TEST(doc.project().timeline.periods == 10);
}

BOOST_AUTO_TEST_CASE(the_wheel_edits_no_field_without_focus) {
    Document doc;
    doc.reset(workedExample());
    MetricsDesignPage page(&doc);
    page.show();
    QApplication::setActiveWindow(&page);
    BOOST_REQUIRE(QTest::qWaitForWindowActive(&page));
    auto *lag = child<QSpinBox>(&page, "ruleLag");
    BOOST_TEST(lag->focusPolicy() == Qt::StrongFocus);
    const int before = lag->value();
    auto wheel = [](QWidget *w, int notches) {
        const QPointF at(w->width() / 2.0, w->height() / 2.0);
        QWheelEvent e(at, w->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &e);
    };
    // One notch over the unfocused field: nothing changes, no step is recorded.
    child<QWidget>(&page, "metricsTable")->setFocus();
    BOOST_REQUIRE(!lag->hasFocus());
    wheel(lag, 1);
    BOOST_TEST(lag->value() == before);
    BOOST_TEST(doc.undoStack()->count() == 0);
    // Combo boxes and editors made later are covered too.
    QComboBox combo;
    combo.addItems({QStringLiteral("a"), QStringLiteral("b")});
    combo.show();
    wheel(&combo, -1);
    BOOST_TEST(combo.currentIndex() == 0);
    // With focus the wheel still steps the value.
    lag->setFocus();
    BOOST_REQUIRE(lag->hasFocus());
    wheel(lag, 1);
    BOOST_TEST(lag->value() == before + 1);
    BOOST_TEST(doc.undoStack()->count() == 1);
}

BOOST_AUTO_TEST_CASE(removing_a_referred_party_asks_and_takes_every_reference_in_one_step) {
    Document doc;
    const Project start = referenced();
    doc.reset(start);
    PartiesPage page(&doc);
    page.show();
    auto *table = child<QTableView>(&page, "partiesTable");
    auto *remove = child<QPushButton>(&page, "partiesTableRemove");
    table->setCurrentIndex(table->model()->index(3, 0)); // Staten
    {
        Answerer no(QMessageBox::No);
        QTest::mouseClick(remove, Qt::LeftButton);
        BOOST_TEST(no.asked == 1);
        BOOST_TEST(no.defaultIsNo);
        BOOST_TEST(no.text.contains(QStringLiteral("“Staten”")), no.text.toStdString());
        BOOST_TEST(no.text.contains(QStringLiteral("1 metric")), no.text.toStdString());
        BOOST_TEST(no.text.contains(QStringLiteral("1 fixed fee")), no.text.toStdString());
    }
    BOOST_TEST((doc.project() == start));
    BOOST_TEST(doc.undoStack()->count() == 0);
    {
        Answerer yes(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        BOOST_TEST(yes.asked == 1);
    }
    const Project &p = doc.project();
    BOOST_TEST(!p.party(4));
    BOOST_TEST(p.metrics[0].rule.payers.size() == 1u);
    BOOST_TEST(p.fixedFees[0].payers.empty());
    BOOST_TEST(doc.undoStack()->count() == 1);
    BOOST_TEST(!hasErrors(io::checkProject(p))); // it can be saved
    doc.undoStack()->undo();
    BOOST_TEST((doc.project() == start));

    // The provider: nothing refers to it, so no question.
    Answerer none(QMessageBox::No);
    table->setCurrentIndex(table->model()->index(2, 0));
    QTest::mouseClick(remove, Qt::LeftButton);
    BOOST_TEST(none.asked == 0);
    BOOST_TEST(doc.project().parties.size() == 3u);
}

BOOST_AUTO_TEST_CASE(removing_a_metric_with_outcomes_names_what_goes) {
    Document doc;
    const Project start = referenced();
    doc.reset(start);
    MetricsDesignPage page(&doc);
    page.show();
    auto *table = child<QTableView>(&page, "metricsTable");
    table->setCurrentIndex(table->model()->index(0, 0));
    Answerer yes(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&page, "metricsTableRemove"), Qt::LeftButton);
    BOOST_TEST(yes.asked == 1);
    BOOST_TEST(yes.text.contains(QStringLiteral("2 values in the outcome data")),
               yes.text.toStdString());
    BOOST_TEST(yes.text.contains(QStringLiteral("2 rows in the participant ledger")),
               yes.text.toStdString());
    BOOST_TEST(doc.project().metrics.size() == 1u);
    BOOST_TEST(doc.project().ledger->empty());
    BOOST_TEST(doc.undoStack()->count() == 1);
}

BOOST_AUTO_TEST_CASE(start_date_is_typed_and_shown_in_the_locale) {
    LocaleGuard nb(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    Document doc;
    doc.reset(workedExample());
    OverviewPage page(&doc);
    page.show();
    auto *start = child<QDateEdit>(&page, "startDate");
    BOOST_TEST(start->text() == QStringLiteral("01.01.2027"));
    QApplication::setActiveWindow(&page);
    BOOST_REQUIRE(QTest::qWaitForWindowActive(&page));
    typeAndCommit(start, QStringLiteral("01.01.2026"));
    QTest::keyClick(start, Qt::Key_Return);
    BOOST_TEST((doc.project().timeline.start == Date{2026, 1, 1}));
    BOOST_TEST(doc.undoStack()->count() == 1);
    // The date the project holds is shown in the locale's format.
    doc.undoStack()->undo();
    BOOST_TEST(start->text() == QStringLiteral("01.01.2027"));
}

BOOST_AUTO_TEST_SUITE_END()
