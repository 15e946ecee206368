// The outcome data page: plan, actual, counterfactual and forecast grids; paste from spreadsheets
// (Norwegian numbers), copy, clear, fill; invalid cells; undo restoring the selection and the tab.
#include "diagnostictext.h"
#include "document.h"
#include "gridclipboard.h"
#include "gui.h"
#include "mainwindow.h"
#include "outcomespage.h"
#include "resultsdata.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <boost/test/unit_test.hpp>

#include <limits>

using namespace effekt;
using namespace effekt::views;
using Series = OutcomeGridModel::Series;

namespace {
// Two metrics, price 1 000 kr per unit, no counterfactual, lag 0, 4 quarters (Q1–Q4 2027).
Project gridProject() {
    Project p;
    p.name = "Grid";
    p.timeline = Timeline{Date{2027, 1, 1}, PeriodLength::Quarter, 4};
    p.parties = {Party{1, "Kommune", PartyRole::Commissioner, "", std::nullopt}};
    Metric a;
    a.id = 1;
    a.name = "Jobs";
    a.rule.price = 1'000'00;
    Metric b;
    b.id = 2;
    b.name = "Exams";
    b.rule.price = 1'000'00;
    p.metrics = {a, b};
    p.normalise();
    return p;
}

// Sets the default locale for the scope of a test.
struct LocaleScope {
    explicit LocaleScope(const QLocale &l) { QLocale::setDefault(l); }
    ~LocaleScope() { QLocale::setDefault(before); }
    QLocale before;
};
const QLocale kNorwegian(QLocale::NorwegianBokmal, QLocale::Norway);

void selectBlock(QTableView *view, int top, int left, int bottom, int right) {
    auto *m = view->model();
    view->selectionModel()->setCurrentIndex(m->index(top, left), QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(QItemSelection(m->index(top, left), m->index(bottom, right)),
                                   QItemSelectionModel::ClearAndSelect);
}

std::vector<double> plan(const Document &doc, int metric) {
    return doc.project().metrics[static_cast<std::size_t>(metric)].plan;
}
} // namespace

BOOST_AUTO_TEST_SUITE(outcomes)

BOOST_AUTO_TEST_CASE(clipboard_text_and_numbers) {
    // A trailing line break adds no row; an empty line is a row of one empty cell; quotes.
    BOOST_TEST(grid::parseTsv(QStringLiteral("1\t2\r\n\r\n3\n")).size() == 3);
    BOOST_TEST((grid::parseTsv(QStringLiteral("a\t\"b\tc\"\n")).at(0) ==
                QStringList{QStringLiteral("a"), QStringLiteral("b\tc")}));
    BOOST_TEST((grid::parseTsv(QStringLiteral("\"x\"\"y\"\t\n")).at(0) ==
                QStringList{QStringLiteral("x\"y"), QString()}));
    BOOST_TEST(grid::parseTsv(QString()).isEmpty());
    const QList<QStringList> rows{{QStringLiteral("1,5"), QString()}, {QStringLiteral("a\tb")}};
    BOOST_TEST(grid::toTsv(rows) == QStringLiteral("1,5\t\n\"a\tb\"\n"));
    BOOST_TEST((grid::parseTsv(grid::toTsv(rows)) == rows));

    // Norwegian: "1 234,5" with a space or a no-break space, "1234.5"; English "1,234.5"; and in
    // English a Norwegian "1 234,5" still reads as 1234.5.
    BOOST_TEST(grid::parseCellNumber(QStringLiteral("1 234,5"), kNorwegian).value() == 1234.5);
    BOOST_TEST(grid::parseCellNumber(QStringLiteral("1\u00A0234,5"), kNorwegian).value() == 1234.5);
    BOOST_TEST(grid::parseCellNumber(QStringLiteral("1234.5"), kNorwegian).value() == 1234.5);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    BOOST_TEST(grid::parseCellNumber(QStringLiteral("1,234.5"), english).value() == 1234.5);
    BOOST_TEST(grid::parseCellNumber(QStringLiteral("1 234,5"), english).value() == 1234.5);
    BOOST_TEST(!grid::parseCellNumber(QStringLiteral("abc"), kNorwegian).has_value());
    BOOST_TEST(grid::formatCellNumber(1234.5, kNorwegian) == QStringLiteral("1234,5"));
    BOOST_TEST(grid::formatCellNumber(1234.5, english) == QStringLiteral("1234.5"));
}

BOOST_AUTO_TEST_CASE(paste_norwegian_numbers_is_one_undo_step) {
    LocaleScope nb(kNorwegian);
    Document doc;
    doc.reset(gridProject());
    OutcomesPage page(&doc);
    QObject::connect(&doc, &Document::navigateRequested, &page, &OutcomesPage::showLocation);
    QTableView *view = page.view(Series::Plan);
    view->setCurrentIndex(view->model()->index(0, 1));

    // As Norwegian Excel puts it on the clipboard: a space or no-break space for thousands,
    // comma decimals, CRLF; "7.5" with a point; an empty cell.
    QApplication::clipboard()->setText(QStringLiteral("1 234,5\t2\u00A0000\t7.5\r\n\t3\t0,25\r\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);

    // Block at (0, 1): row Jobs Q2–Q4 = 1234.5, 2000, 7.5; row Exams Q2 = empty → 0, Q3 = 3, Q4 =
    // 0.25.
    BOOST_TEST((plan(doc, 0) == std::vector<double>{0, 1234.5, 2000, 7.5}));
    BOOST_TEST((plan(doc, 1) == std::vector<double>{0, 0, 3, 0.25}));
    BOOST_TEST(doc.undoStack()->count() == 1);
    BOOST_TEST(page.message().contains(QStringLiteral("6")));

    // Undo takes it all back and selects the pasted block again; "Pasted 6 cells" no longer holds.
    view->setCurrentIndex(view->model()->index(1, 0));
    doc.undoStack()->undo();
    BOOST_TEST(page.message().isEmpty());
    BOOST_TEST((plan(doc, 0) == std::vector<double>(4, 0.0)));
    BOOST_TEST((plan(doc, 1) == std::vector<double>(4, 0.0)));
    BOOST_TEST(view->currentIndex().row() == 0);
    BOOST_TEST(view->currentIndex().column() == 1);
    BOOST_TEST(view->selectionModel()->selectedIndexes().size() == 6);
    BOOST_TEST(view->selectionModel()->isSelected(view->model()->index(1, 3)));
    doc.undoStack()->redo();
    BOOST_TEST(plan(doc, 0)[1] == 1234.5);
}

BOOST_AUTO_TEST_CASE(paste_with_a_bad_cell_changes_nothing_and_names_it) {
    LocaleScope nb(kNorwegian);
    Document doc;
    doc.reset(gridProject());
    OutcomesPage page(&doc);
    QTableView *view = page.view(Series::Plan);
    view->setCurrentIndex(view->model()->index(0, 0));
    BOOST_TEST(!page.pasteText(QStringLiteral("1\tfem\n2\t-3\n")));
    BOOST_TEST(doc.undoStack()->count() == 0);
    BOOST_TEST((plan(doc, 0) == std::vector<double>(4, 0.0)));
    // "fem" lands on Jobs, Q2 2027 (row 0, column 1); −3 on Exams, Q2 2027.
    const QString message = page.message();
    BOOST_TEST(message.contains(QStringLiteral("Jobs, Q2 2027")));
    BOOST_TEST(message.contains(QStringLiteral("fem")));
    BOOST_TEST(message.contains(QStringLiteral("Exams, Q2 2027")));
    BOOST_TEST(message.contains(QStringLiteral("2 cells")));
}

BOOST_AUTO_TEST_CASE(values_above_what_a_file_holds_are_refused_at_every_editor) {
    Document doc;
    doc.reset(gridProject());
    OutcomesPage page(&doc);
    QTableView *view = page.view(Series::Plan);
    view->setCurrentIndex(view->model()->index(0, 0));
    // Paste: nothing changes, and the message names the cell.
    BOOST_TEST(!page.pasteText(QStringLiteral("1\t2000000000000000\n")));
    BOOST_TEST(doc.undoStack()->count() == 0);
    BOOST_TEST(page.message().contains(QStringLiteral("Jobs, Q2 2027")),
               page.message().toStdString());
    BOOST_TEST(page.message().contains(QStringLiteral("the most a project can hold")));
    // The cell editor.
    BOOST_TEST(
        !view->model()->setData(view->model()->index(0, 1), QStringLiteral("2000000000000000")));
    BOOST_TEST(doc.undoStack()->count() == 0);
    // Any other editor: the document itself refuses what the file would refuse, and says why.
    QString why;
    QObject::connect(&doc, &Document::refused, [&](const QString &w) { why = w; });
    Project p = doc.project();
    p.metrics[0].plan[1] = 2e15;
    BOOST_TEST(!doc.apply(p, QStringLiteral("Edit")));
    BOOST_TEST(doc.undoStack()->count() == 0);
    BOOST_TEST(doc.project().metrics[0].plan[1] == 0.0);
    BOOST_TEST(why.contains(QStringLiteral("out of range")), why.toStdString());
    Project q = doc.project();
    q.ledger.set(Ledger{{"010101 50074", 1, 0, 1.0}});
    BOOST_TEST(!doc.apply(q, QStringLiteral("Edit")));
    BOOST_TEST(why.contains(QStringLiteral("national identity number")), why.toStdString());
    BOOST_TEST(!why.contains(QStringLiteral("50074")));
    // Within the limits, all is well, and saving works.
    p.metrics[0].plan[1] = 1e15;
    BOOST_TEST(doc.apply(p, QStringLiteral("Edit")));
}

BOOST_AUTO_TEST_CASE(paste_beyond_the_grid_and_one_value_into_a_selection) {
    Document doc;
    doc.reset(gridProject());
    OutcomesPage page(&doc);
    QTableView *view = page.view(Series::Plan);
    view->setCurrentIndex(view->model()->index(1, 3));
    // Three values from the last column: two fall outside and are left out.
    BOOST_TEST(page.pasteText(QStringLiteral("4\t5\t6")));
    BOOST_TEST(plan(doc, 1)[3] == 4.0);
    BOOST_TEST(page.message().contains(QStringLiteral("2 cells beyond")));
    // One value into a 2 × 2 selection fills it.
    selectBlock(view, 0, 0, 1, 1);
    BOOST_TEST(page.pasteText(QStringLiteral("9\n")));
    BOOST_TEST((plan(doc, 0) == std::vector<double>{9, 9, 0, 0}));
    BOOST_TEST((plan(doc, 1) == std::vector<double>{9, 9, 0, 4}));
    BOOST_TEST(doc.undoStack()->count() == 2);
}

BOOST_AUTO_TEST_CASE(actual_paste_with_empty_cells_means_not_reported_and_forecast_follows) {
    Document doc;
    doc.reset(gridProject());
    OutcomesPage page(&doc);
    page.planModel()->fill(0, 0, 3, 2, 0); // plan 2 in every quarter
    page.tabs()->setCurrentIndex(1);
    QTableView *view = page.view(Series::Actual);
    view->setCurrentIndex(view->model()->index(0, 0));
    BOOST_TEST(page.pasteText(QStringLiteral("5\t\t1\t")));
    const auto &actual = doc.project().metrics[0].actual;
    BOOST_TEST(actual[0].value() == 5.0);
    BOOST_TEST(!actual[1].has_value());
    BOOST_TEST(actual[2].value() == 1.0);
    BOOST_TEST(!actual[3].has_value());
    // Forecast = actual where reported, else plan: 5, 2, 1, 2; the plan's cells are marked.
    OutcomeGridModel *f = page.forecastModel();
    BOOST_TEST(f->value(0, 0).value() == 5.0);
    BOOST_TEST(f->value(0, 1).value() == 2.0);
    BOOST_TEST(f->value(0, 2).value() == 1.0);
    BOOST_TEST(!f->data(f->index(0, 0), OutcomeGridModel::FromPlanRole).toBool());
    BOOST_TEST(f->data(f->index(0, 1), OutcomeGridModel::FromPlanRole).toBool());
    BOOST_TEST(f->data(f->index(0, 1), Qt::FontRole).value<QFont>().italic());
    // The forecast is read-only, also for paste.
    BOOST_TEST(!(f->flags(f->index(0, 0)) & Qt::ItemIsEditable));
    page.tabs()->setCurrentIndex(3);
    page.view(Series::Forecast)->setCurrentIndex(f->index(0, 0));
    BOOST_TEST(!page.pasteText(QStringLiteral("1")));
    // Payments on the forecast: (5 + 2 + 1 + 2) units × 1 000 kr.
    const auto due = outcomeDueByMetric(doc.results());
    Money total = 0;
    for (int t = 0; t < 4; ++t)
        total += due[0][static_cast<std::size_t>(t)];
    BOOST_TEST(total == 10'000'00);
}

BOOST_AUTO_TEST_CASE(copy_writes_the_locale_without_thousands_separators) {
    LocaleScope nb(kNorwegian);
    Document doc;
    Project p = gridProject();
    p.metrics[0].plan = {1234.5, 2, 0, 0};
    p.metrics[1].plan = {0.25, 3, 0, 0};
    doc.reset(p);
    OutcomesPage page(&doc);
    QTableView *view = page.view(Series::Plan);
    selectBlock(view, 0, 0, 1, 1);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    BOOST_TEST(QApplication::clipboard()->text() == QStringLiteral("1234,5\t2\n0,25\t3\n"));
    // Copy then paste elsewhere gives the same numbers back.
    selectBlock(view, 0, 2, 0, 2);
    BOOST_TEST(page.pasteText(QApplication::clipboard()->text()), page.message().toStdString());
    BOOST_TEST((plan(doc, 0) == std::vector<double>{1234.5, 2, 1234.5, 2}));
    BOOST_TEST((plan(doc, 1) == std::vector<double>{0.25, 3, 0.25, 3}));
}

BOOST_AUTO_TEST_CASE(delete_clears_the_selection_in_one_step) {
    Document doc;
    Project p = gridProject();
    p.metrics[0].plan = {1, 2, 3, 4};
    p.metrics[0].actual = {1.0, 2.0, std::nullopt, std::nullopt};
    doc.reset(p);
    OutcomesPage page(&doc);
    QTableView *view = page.view(Series::Plan);
    selectBlock(view, 0, 1, 0, 2);
    QTest::keyClick(view, Qt::Key_Delete);
    BOOST_TEST((plan(doc, 0) == std::vector<double>{1, 0, 0, 4}));
    BOOST_TEST(doc.undoStack()->count() == 1);
    page.tabs()->setCurrentIndex(1);
    view = page.view(Series::Actual);
    selectBlock(view, 0, 0, 0, 0);
    QTest::keyClick(view, Qt::Key_Delete);
    BOOST_TEST(!doc.project().metrics[0].actual[0].has_value()); // back to "not reported"
}

BOOST_AUTO_TEST_CASE(fill_a_row_through_the_dialog) {
    LocaleScope nb(kNorwegian);
    Document doc;
    doc.reset(gridProject());
    OutcomesPage page(&doc);
    QTableView *view = page.view(Series::Plan);
    view->setCurrentIndex(view->model()->index(1, 1));
    FillDialog *dialog = page.showFillDialog();
    BOOST_REQUIRE(dialog);
    auto *start = dialog->findChild<QLineEdit *>(QStringLiteral("fillStart"));
    auto *step = dialog->findChild<QLineEdit *>(QStringLiteral("fillStep"));
    auto *to = dialog->findChild<QComboBox *>(QStringLiteral("fillTo"));
    BOOST_REQUIRE(start);
    start->clear();
    QTest::keyClicks(start, QStringLiteral("2"));
    step->clear();
    QTest::keyClicks(step, QStringLiteral("1,5"));
    to->setCurrentIndex(3);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    BOOST_TEST(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    // Exams from Q2 to Q4: 2, 2 + 1.5 = 3.5, 2 + 2 × 1.5 = 5.
    BOOST_TEST((plan(doc, 1) == std::vector<double>{0, 2, 3.5, 5}));
    BOOST_TEST(doc.undoStack()->count() == 1);
    BOOST_TEST(view->selectionModel()->selectedIndexes().size() == 3);

    // A fill that would go below zero cannot be accepted.
    dialog = page.showFillDialog();
    step = dialog->findChild<QLineEdit *>(QStringLiteral("fillStep"));
    step->clear();
    QTest::keyClicks(step, QStringLiteral("-5"));
    BOOST_TEST(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->reject();
}

BOOST_AUTO_TEST_CASE(counterfactual_is_edited_and_lowers_the_payment) {
    Document doc;
    doc.reset(gridProject());
    OutcomesPage page(&doc);
    page.planModel()->setData(page.planModel()->index(0, 1), QStringLiteral("5"));
    OutcomeGridModel *cf = page.counterfactualModel();
    BOOST_TEST(cf->setData(cf->index(0, 1), QStringLiteral("2")));
    BOOST_TEST(doc.project().metrics[0].counterfactual[1] == 2.0);
    // u = max(0, a − b) = 5 − 2 = 3 units × 1 000 kr = 3 000 kr.
    BOOST_TEST(outcomeDueByMetric(doc.results())[0][1] == 3'000'00);
    BOOST_TEST(!cf->setData(cf->index(0, 1), QStringLiteral("-1")));
}

// Results computed in the background (a large contract) that arrive while the planner types in a
// cell leave what was typed alone: Qt hands a model's dataChanged over a range to every editor
// open in it, and the grid announces the new results' marks over all its cells.
BOOST_AUTO_TEST_CASE(results_arriving_while_typing_keep_what_was_typed) {
    Document doc;
    doc.reset(gridProject());
    doc.setAsyncThresholdMs(0); // every computation in the background
    OutcomesPage page(&doc);
    page.resize(800, 600);
    page.show();
    auto *grid = page.findChild<QTableView *>(OutcomeGridModel::gridName(Series::Plan));
    BOOST_REQUIRE(grid);
    QWidget *editor = effekt::test::openCellEditor(grid, 1, 2);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("7"));
    // Another cell changes meanwhile (the grid reloads) and a computation starts.
    BOOST_REQUIRE(page.planModel()->setData(page.planModel()->index(0, 0), QStringLiteral("3")));
    doc.waitForResults(); // the results arrive with the editor open
    QApplication::processEvents();
    QTest::keyClick(editor, Qt::Key_Return);
    effekt::test::settle();
    BOOST_TEST(plan(doc, 0)[0] == 3.0);
    BOOST_TEST(plan(doc, 1)[2] == 7.0);
}

BOOST_AUTO_TEST_CASE(invalid_cells_are_marked_and_say_why) {
    Document doc;
    Project p = gridProject();
    p.targetGroup.cohorts = {Cohort{1, "Kull 2027", "", 10, {}}};
    p.metrics[0].cohortId = 1;
    p.metrics[0].plan = {-1, 12, 10, 0}; // negative; above the cohort's 10; at it; fine
    doc.reset(p);
    OutcomesPage page(&doc);
    OutcomeGridModel *m = page.planModel();
    BOOST_TEST(m->problems(0, 0).join(QString()).contains(QStringLiteral("negative")));
    BOOST_TEST(m->problems(0, 1).join(QString()).contains(QStringLiteral("Kull 2027")));
    BOOST_TEST(m->problems(0, 2).isEmpty());
    BOOST_TEST(m->problems(0, 3).isEmpty());
    BOOST_TEST(!m->data(m->index(0, 0), Qt::DecorationRole).isNull());
    BOOST_TEST(!m->data(m->index(0, 1), Qt::BackgroundRole).isNull());
    BOOST_TEST(m->data(m->index(0, 2), Qt::DecorationRole).isNull());
    BOOST_TEST(m->data(m->index(0, 1), Qt::ToolTipRole).toString().contains(QStringLiteral("12")));
    // The forecast shows the same value, so the same mark.
    BOOST_TEST(!page.forecastModel()->problems(0, 0).isEmpty());
}

BOOST_AUTO_TEST_CASE(the_engines_diagnostics_mark_the_cell_of_their_series) {
    Document doc;
    Project p = gridProject();
    p.targetGroup.plannedSize = 10; // no cohort: the target group's size is the limit
    p.metrics[0].actual[2] = 11.0;
    p.metrics[1].actual[1] = std::numeric_limits<double>::quiet_NaN();
    doc.reset(p);
    OutcomesPage page(&doc);
    // 11 people of a target group of 10: the actual cell and the forecast's, not the plan's.
    BOOST_TEST(!page.actualModel()->problems(0, 2).isEmpty());
    BOOST_TEST(!page.forecastModel()->problems(0, 2).isEmpty());
    BOOST_TEST(page.planModel()->problems(0, 2).isEmpty());
    // Not a number: the grid says so, and the engine's diagnostic on "actual" is added to it.
    const QStringList why = page.actualModel()->problems(1, 1);
    BOOST_TEST(why.size() == 2);
    bool engineSaid = false;
    for (const Diagnostic &d : doc.results().diagnostics)
        engineSaid = engineSaid || (d.entity == "metric" && d.id == 2 && d.period == 1 &&
                                    why.contains(diagnosticText(d, &doc.project())));
    BOOST_TEST(engineSaid);
    BOOST_TEST(page.planModel()->problems(1, 1).isEmpty());
}

BOOST_AUTO_TEST_CASE(read_only_projects_refuse_paste_fill_and_clear) {
    Document doc;
    doc.reset(gridProject(), QStringLiteral("/tmp/x.effekt"), true);
    OutcomesPage page(&doc);
    page.view(Series::Plan)->setCurrentIndex(page.planModel()->index(0, 0));
    BOOST_TEST(!page.pasteText(QStringLiteral("1")));
    BOOST_TEST(!page.showFillDialog());
    BOOST_TEST(!page.clearSelection());
    BOOST_TEST(!page.planModel()->fill(0, 0, 3, 1, 1));
    BOOST_TEST(doc.undoStack()->count() == 0);
    BOOST_TEST(!page.findChild<QPushButton *>(QStringLiteral("pasteCells"))->isEnabled());
}

BOOST_AUTO_TEST_CASE(undo_brings_back_the_tab_and_cell_in_the_main_window) {
    app::MainWindow w;
    w.document()->reset(gridProject());
    auto *page = static_cast<OutcomesPage *>(w.page(QStringLiteral("outcomes")));
    BOOST_REQUIRE(page);
    page->tabs()->setCurrentIndex(2);
    OutcomeGridModel *cf = page->counterfactualModel();
    BOOST_TEST(cf->setData(cf->index(1, 2), QStringLiteral("4")));
    // Go elsewhere: another tab, another page.
    page->tabs()->setCurrentIndex(0);
    w.showPage(QStringLiteral("overview"));
    w.document()->undoStack()->undo();
    BOOST_TEST(w.currentPage() == QStringLiteral("outcomes"));
    BOOST_TEST(page->tabs()->currentIndex() == 2);
    BOOST_TEST(page->currentView()->currentIndex().row() == 1);
    BOOST_TEST(page->currentView()->currentIndex().column() == 2);
    BOOST_TEST(w.document()->project().metrics[1].counterfactual[2] == 0.0);
    w.document()->undoStack()->redo();
    BOOST_TEST(w.document()->project().metrics[1].counterfactual[2] == 4.0);
    BOOST_TEST(page->tabs()->currentIndex() == 2);
}

BOOST_AUTO_TEST_SUITE_END()
