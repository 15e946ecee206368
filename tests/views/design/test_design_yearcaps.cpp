// Caps per budget year in the designer (issue 15, item 4): a payer's year cap is typed into the
// parties table beside its cap on payments, the carry setting is ticked on the Caps page, each in
// one undo step; a year cap on a party that does not pay is marked in its cell; the statement on
// the Results page shows what the cap cut and carried.
#include "capspage.h"
#include "designwidgets.h"
#include "document.h"
#include "gui.h"
#include "partiespage.h"
#include "statementmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QLocale>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <boost/test/unit_test.hpp>

using namespace effekt;
using namespace effekt::views;

using effekt::test::typeInCell;

using effekt::test::child;
using effekt::test::kr;

namespace {
int column(QTableView *table, const QString &header) {
    for (int c = 0; c < table->model()->columnCount(); ++c)
        if (table->model()->headerData(c, Qt::Horizontal).toString() == header)
            return c;
    BOOST_FAIL("no column " + header.toStdString());
    return -1;
}
} // namespace

BOOST_AUTO_TEST_SUITE(design_year_caps)

BOOST_AUTO_TEST_CASE(a_year_cap_is_typed_into_the_parties_table_in_one_undo_step) {
    Document doc;
    doc.reset(workedExample());
    PartiesPage page(&doc);
    page.show();
    auto *table = child<QTableView>(&page, "partiesTable");
    const int yearCap = column(table, QStringLiteral("Cap per budget year"));
    // Beside the cap on payments.
    BOOST_TEST(yearCap == column(table, QStringLiteral("Cap on payments")) + 1);
    BOOST_TEST(!doc.project().parties[0].yearCap.has_value());
    const int steps = doc.undoStack()->count();
    typeInCell(table, 0, yearCap, QStringLiteral("1500000"));
    BOOST_TEST((doc.project().parties[0].yearCap == std::optional<Money>(kr(1'500'000))));
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    // The worked example's municipality pays at most 1,500,000 a year: the engine cuts.
    doc.waitForResults();
    Money cut = 0;
    for (Money c : doc.results().yearCapCut.at(0))
        cut += c;
    BOOST_TEST(cut > 0);
    doc.undoStack()->undo();
    BOOST_TEST(!doc.project().parties[0].yearCap.has_value());
    doc.undoStack()->redo();
    BOOST_TEST((doc.project().parties[0].yearCap == std::optional<Money>(kr(1'500'000))));
    // Emptied, there is no cap again (an edit of the same cell right after merges with the last
    // one, as repeated edits of one field do, so no count is asserted here).
    QWidget *editor = effekt::test::openCellEditor(table, 0, yearCap);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClick(editor, Qt::Key_Return);
    effekt::test::settle();
    BOOST_TEST(!doc.project().parties[0].yearCap.has_value());
}

BOOST_AUTO_TEST_CASE(a_year_cap_on_a_party_that_does_not_pay_is_marked_in_its_cell) {
    Document doc;
    doc.reset(workedExample());
    PartiesPage page(&doc);
    page.show();
    auto *table = child<QTableView>(&page, "partiesTable");
    const int yearCap = column(table, QStringLiteral("Cap per budget year"));
    BOOST_REQUIRE((doc.project().parties[1].role == PartyRole::Investor));
    const QModelIndex cell = table->model()->index(1, yearCap);
    BOOST_TEST(!cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("⚠")));
    typeInCell(table, 1, yearCap, QStringLiteral("1000"));
    doc.waitForResults();
    QApplication::processEvents();
    const QString tip = table->model()->index(1, yearCap).data(Qt::ToolTipRole).toString();
    BOOST_TEST(tip.contains(QStringLiteral("⚠")), tip.toStdString());
    BOOST_TEST(tip.contains(QStringLiteral("this party pays nothing")), tip.toStdString());
}

BOOST_AUTO_TEST_CASE(the_carry_setting_is_ticked_on_the_caps_page_in_one_undo_step) {
    Document doc;
    doc.reset(workedExample());
    CapsPage page(&doc);
    page.show();
    auto *carry = child<QCheckBox>(&page, "capYearCarry");
    BOOST_TEST(!carry->isChecked());
    const int steps = doc.undoStack()->count();
    QTest::mouseClick(carry, Qt::LeftButton);
    QApplication::processEvents();
    BOOST_TEST(doc.project().caps.yearCapCarry);
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    doc.undoStack()->undo();
    BOOST_TEST(!doc.project().caps.yearCapCarry);
    BOOST_TEST(!carry->isChecked()); // the box follows the project
}

BOOST_AUTO_TEST_CASE(the_statement_shows_what_the_year_cap_cut_and_carried) {
    Document doc;
    Project p = workedExample();
    p.parties[0].yearCap = kr(1'500'000);
    doc.reset(p);
    doc.waitForResults();
    auto columnOf = [](const Statement &s, const QString &title) -> const StatementColumn * {
        for (const StatementColumn &c : s.columns)
            if (c.title == title)
                return &c;
        return nullptr;
    };
    const QString name = QString::fromStdString(p.parties[0].name);
    const Statement lost = buildStatement(doc.resultsProject(), doc.results(), QLocale::c());
    const StatementColumn *cut = columnOf(lost, QStringLiteral("Cut by %1's year cap").arg(name));
    BOOST_REQUIRE(cut);
    Money total = 0;
    for (Money v : cut->values)
        total += v;
    Money expected = 0;
    for (Money v : doc.results().yearCapCut.at(0))
        expected += v;
    BOOST_TEST(total == expected);
    BOOST_TEST(total > 0);
    BOOST_TEST(!columnOf(lost, QStringLiteral("Carried, paid by %1").arg(name)));
    // Without a year cap, no such column.
    doc.reset(workedExample());
    doc.waitForResults();
    BOOST_TEST(!columnOf(buildStatement(doc.resultsProject(), doc.results(), QLocale::c()),
                         QStringLiteral("Cut by %1's year cap").arg(name)));
    // Carried: the column of what was paid from earlier years' cuts.
    p.caps.yearCapCarry = true;
    doc.reset(p);
    doc.waitForResults();
    BOOST_TEST(columnOf(buildStatement(doc.resultsProject(), doc.results(), QLocale::c()),
                        QStringLiteral("Carried, paid by %1").arg(name)));
}

BOOST_AUTO_TEST_SUITE_END()
