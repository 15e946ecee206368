// The worked example of DOMAIN.md §9 ("Ung i jobb") built through the widgets of the contract
// designer: typing into forms and grids, clicking buttons, choosing in combo boxes; never calling
// the model. Then: the project equals workedExample(), undo goes back step by step to the empty
// project, redo rebuilds it, and a saved and reopened file holds the same project.
#include "designmetrics.h"
#include "designwidgets.h"
#include "gui.h"
#include "mainwindow.h"
#include "moneyedit.h"
#include "testutil.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <boost/test/unit_test.hpp>

using namespace effekt;
using namespace effekt::views;
using effekt::test::bringToFront;
using effekt::test::chooseInCell;
using effekt::test::settle;
using effekt::test::typeInCell;

using effekt::test::child;
using effekt::test::kr;

namespace {

// Replaces the text of a line edit (or spin box) by typing.
void typeAndTab(QWidget *w, const QString &text) {
    BOOST_REQUIRE(w);
    w->setFocus();
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(w, text);
    QTest::keyClick(w, Qt::Key_Tab);
    QApplication::processEvents();
}

void click(QWidget *page, const char *button) {
    QTest::mouseClick(child<QPushButton>(page, button), Qt::LeftButton);
    QApplication::processEvents();
}

struct Built {
    bool counterfactualTyped = false;
};

Built buildThroughWidgets(app::MainWindow &w) {
    Built built;
    // ---- Overview
    w.showPage(QStringLiteral("overview"));
    QWidget *overview = w.page(QStringLiteral("overview"));
    typeAndTab(child<QLineEdit>(overview, "projectName"), QStringLiteral("Ung i jobb"));
    auto *description = child<QPlainTextEdit>(overview, "projectDescription");
    description->setFocus();
    QTest::keyClicks(description, QString::fromStdString(workedExample().description));
    typeAndTab(child<QLineEdit>(overview, "targetGroupName"),
               QStringLiteral("Unge 18-29 utenfor arbeid"));
    typeAndTab(child<QSpinBox>(overview, "targetGroupSize"), QStringLiteral("120"));
    // The timeline's defaults are the example's (2027-01-01, quarters); type the periods anyway.
    typeAndTab(child<QSpinBox>(overview, "periodCount"), QStringLiteral("8"));

    // ---- Parties: rename the municipality, add the investor and the provider
    w.showPage(QStringLiteral("parties"));
    QWidget *parties = w.page(QStringLiteral("parties"));
    auto *partyTable = child<QTableView>(parties, "partiesTable");
    typeInCell(partyTable, 0, 0, QStringLiteral("Eksempel kommune"));
    typeInCell(partyTable, 0, 2, QStringLiteral("974760673"));
    click(parties, "partiesTableAdd");
    typeInCell(partyTable, 1, 0, QStringLiteral("Eksempel Invest AS"));
    chooseInCell(partyTable, 1, 1, QStringLiteral("Investor"));
    click(parties, "partiesTableAdd");
    typeInCell(partyTable, 2, 0, QString::fromUtf8("Eksempel Leverandør AS"));
    chooseInCell(partyTable, 2, 1, QStringLiteral("Service provider"));

    // ---- Metrics
    w.showPage(QStringLiteral("metrics"));
    QWidget *metrics = w.page(QStringLiteral("metrics"));
    struct M {
        const char *name;
        const char *price;
        const char *lag;
        const char *cap;
    };
    for (const M &m : {M{"I arbeid i 13 uker", "60 000", "1", "3 000 000"},
                       M{"Fullført videregående opplæring", "40 000", "2", nullptr}}) {
        click(metrics, "metricsTableAdd");
        typeAndTab(child<QLineEdit>(metrics, "metricName"), QString::fromUtf8(m.name));
        typeAndTab(child<MoneyEdit>(metrics, "rulePrice"), QString::fromLatin1(m.price));
        typeAndTab(child<QSpinBox>(metrics, "ruleLag"), QString::fromLatin1(m.lag));
        if (m.cap)
            typeAndTab(child<MoneyEdit>(metrics, "ruleCapMoney"), QString::fromLatin1(m.cap));
        click(metrics, "payersTableAdd"); // the municipality, 100 %
    }

    // ---- Caps and delivery cost
    w.showPage(QStringLiteral("caps"));
    QWidget *caps = w.page(QStringLiteral("caps"));
    typeAndTab(child<MoneyEdit>(caps, "capTotal"), QStringLiteral("5 000 000"));
    auto *cost = child<QTableView>(caps, "deliveryCostGrid");
    for (int t = 0; t < 8; ++t)
        typeInCell(cost, 0, t, QStringLiteral("500 000"));

    // ---- Investment
    w.showPage(QStringLiteral("investment"));
    QWidget *investment = w.page(QStringLiteral("investment"));
    click(investment, "investorsTableAdd"); // the one investor party is chosen
    auto *investors = child<QTableView>(investment, "investorsTable");
    typeInCell(investors, 0, 1, QStringLiteral("4 000 000"));
    typeInCell(investors, 0, 4, QStringLiteral("1.3"));

    // ---- Savings: 150 000 per unit of M1, in the kommune's budget, in the period of achievement
    w.showPage(QStringLiteral("savings"));
    QWidget *savings = w.page(QStringLiteral("savings"));
    click(savings, "savingsTableAdd");
    typeInCell(child<QTableView>(savings, "savingsTable"), 0, 2, QStringLiteral("150 000"));

    // ---- Outcome data: the plan, and the counterfactual where the page has a grid for it
    w.showPage(QStringLiteral("outcomes"));
    QWidget *outcomes = w.page(QStringLiteral("outcomes"));
    auto *plan = child<QTableView>(outcomes, "planGrid");
    const int m1[] = {0, 5, 8, 10, 12, 12, 12, 12};
    const int m2[] = {0, 0, 3, 5, 5, 6, 6, 6};
    for (int t = 0; t < 8; ++t) {
        if (m1[t] != 0)
            typeInCell(plan, 0, t, QString::number(m1[t]));
        if (m2[t] != 0)
            typeInCell(plan, 1, t, QString::number(m2[t]));
    }
    if (auto *cf = outcomes->findChild<QTableView *>(QStringLiteral("counterfactualGrid"))) {
        for (int t = 0; t < 8; ++t)
            typeInCell(cf, 0, t, QStringLiteral("2"));
        built.counterfactualTyped = true;
    }
    return built;
}

} // namespace

BOOST_AUTO_TEST_SUITE(design_worked_example)

BOOST_AUTO_TEST_CASE(built_through_the_widgets_undone_redone_saved_and_reopened) {
    test::TempDir dir;
    app::MainWindow w;
    w.setSaveQuestion([](const QString &) { return int(QMessageBox::Discard); });
    w.setRecoveryQuestion([](const QString &, const QString &) { return false; });
    w.document()->reset(app::emptyProject());
    w.resize(1280, 800);
    w.show();
    BOOST_REQUIRE(QTest::qWaitForWindowExposed(&w));
    const Project empty = w.document()->project();

    const Built built = buildThroughWidgets(w);

    Project expected = workedExample();
    if (!built.counterfactualTyped) {
        // No counterfactual grid on this branch yet: M1's b(t) = 2 cannot be typed.
        BOOST_TEST_MESSAGE("no counterfactual grid: M1's counterfactual left at 0");
        expected.metrics[0].counterfactual.assign(8, 0.0);
    }
    // Scenarios, the simulation and early termination are not typed here: the contract keeps what
    // a new project has.
    expected.scenarios = empty.scenarios;
    expected.simulation = empty.simulation;
    expected.termination = empty.termination;
    const Project &built_ = w.document()->project();
    BOOST_TEST(built_.name == expected.name);
    BOOST_TEST(built_.description == expected.description);
    BOOST_TEST((built_.timeline == expected.timeline));
    BOOST_TEST((built_.targetGroup == expected.targetGroup));
    BOOST_TEST((built_.parties == expected.parties));
    BOOST_REQUIRE(built_.metrics.size() == 2u);
    for (std::size_t m = 0; m < 2; ++m) {
        BOOST_TEST_CONTEXT("metric " << m) {
            BOOST_TEST(built_.metrics[m].name == expected.metrics[m].name);
            BOOST_TEST((built_.metrics[m].rule == expected.metrics[m].rule));
            BOOST_TEST((built_.metrics[m].plan == expected.metrics[m].plan));
            BOOST_TEST((built_.metrics[m].counterfactual == expected.metrics[m].counterfactual));
            BOOST_TEST((built_.metrics[m].savings == expected.metrics[m].savings));
            BOOST_TEST((built_.metrics[m] == expected.metrics[m]));
        }
    }
    BOOST_TEST((built_.caps == expected.caps));
    BOOST_TEST((built_.deliveryCost == expected.deliveryCost));
    BOOST_TEST((built_.investors == expected.investors));
    BOOST_TEST((built_ == expected));

    if (built.counterfactualTyped) {
        // DOMAIN.md §9: M1 earns 0, 180, 360, 480, 600, 600, 600, 600 thousand, cut by its cap
        // to 3 000 in all; M2 earns 0, 0, 120, 200, 200, 240, 240, 240 = 1 240; due in all
        // 3 000 + 1 240 = 4 240 thousand kroner, under the total cap of 5 000.
        Money due = 0;
        for (Money m : w.document()->results().outcomeDue)
            due += m;
        BOOST_TEST(due == kr(4'240'000));
    }

    // Undo every step back to the empty project, then redo every step.
    QUndoStack *stack = w.document()->undoStack();
    const int steps = stack->count();
    BOOST_TEST_MESSAGE("undo steps: " << steps);
    // Typing into one field is one step: far fewer steps than key presses.
    BOOST_TEST(steps < 80);
    while (stack->canUndo())
        stack->undo();
    BOOST_TEST((w.document()->project() == empty));
    BOOST_TEST(!w.isWindowModified());
    while (stack->canRedo())
        stack->redo();
    BOOST_TEST((w.document()->project() == expected));
    BOOST_TEST(w.isWindowModified());

    // Save, reopen in another window, compare.
    const QString path = QString::fromStdString(dir.file("ung-i-jobb.effekt"));
    BOOST_REQUIRE(w.saveAs(path));
    BOOST_TEST(!w.isWindowModified());
    app::MainWindow other;
    // The first window still holds the file: open it read-only beside it, and ask nothing.
    other.setLockQuestion([](const QString &, const LockInfo &) { return true; });
    other.setRecoveryQuestion([](const QString &, const QString &) { return false; });
    other.setErrorSink([](const QString &title, const QString &text) {
        BOOST_TEST_MESSAGE(title.toStdString() << ": " << text.toStdString());
    });
    BOOST_REQUIRE(other.openFile(path));
    BOOST_TEST((other.document()->project() == expected));
}

BOOST_AUTO_TEST_SUITE_END()
