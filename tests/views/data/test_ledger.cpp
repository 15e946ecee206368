// The participant ledger page: CSV import with good, bad and national-id rows, one undo step per
// import, the report dialog; editing, adding and removing rows; a ledger of 100,000 rows.
#include "document.h"
#include "gui.h"
#include "ledgerpage.h"
#include "mainwindow.h"
#include "nationalids.h"
#include "testutil.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace effekt;
using namespace effekt::views;

namespace {
// As in tests/data/csv/README.md: two metrics, 8 quarters from 2027-01-01.
Project ledgerProject() {
    Project p;
    p.name = "Ledger";
    p.timeline = Timeline{Date{2027, 1, 1}, PeriodLength::Quarter, 8};
    p.parties = {Party{1, "Kommune", PartyRole::Commissioner, "", std::nullopt}};
    Metric a;
    a.id = 1;
    a.name = "I arbeid i 13 uker";
    a.rule.price = 1'000'00;
    Metric b;
    b.id = 2;
    b.name = "Fullført videregående";
    b.rule.price = 1'000'00;
    p.metrics = {a, b};
    p.normalise();
    return p;
}

// A CSV file of `rows` good rows, about 45 bytes each, in a folder of its own.
QString bigCsvFile(const QTemporaryDir &dir, int rows) {
    QByteArray text = "deltaker;resultatmål;periode;enheter\n";
    text.reserve(rows * 48);
    for (int i = 0; i < rows; ++i)
        text += "Deltaker-" + QByteArray::number(100'000 + i) + ";I arbeid i 13 uker;Q" +
                QByteArray::number(1 + i % 4) + " 2027;" + QByteArray::number(1 + i % 3) + "\n";
    const QString path = dir.filePath(QStringLiteral("stor.csv"));
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

QString csvFile(const char *name) {
    return QString::fromStdString((test::dataDir() / "csv" / name).string());
}
} // namespace

BOOST_AUTO_TEST_SUITE(ledger)

BOOST_AUTO_TEST_CASE(import_with_good_bad_and_national_id_rows) {
    Document doc;
    doc.reset(ledgerProject());
    LedgerPage page(&doc);
    ImportReportDialog *report = page.importCsvFile(csvFile("ledger-mixed.csv"));
    // Rows 2 and 12 are good; 10 of the 12 data rows are refused.
    const Ledger expected{{"P-101", 1, 0, 1.0}, {"P-108", 2, 3, 2.0}};
    BOOST_TEST((doc.project().ledger.get() == expected));
    BOOST_TEST(doc.undoStack()->count() == 1);
    BOOST_TEST(page.model()->rowCount() == 2);
    BOOST_TEST(page.model()->index(1, LedgerModel::MetricColumn).data().toString() ==
               QStringLiteral("Fullført videregående"));
    BOOST_TEST(page.model()->index(1, LedgerModel::Period).data().toString() ==
               QStringLiteral("Q4 2027"));

    BOOST_REQUIRE(report);
    const QString text = report->text();
    BOOST_TEST(text.contains(QStringLiteral("2 rows imported")));
    BOOST_TEST(text.contains(QStringLiteral("10 rows not imported")));
    BOOST_TEST(text.contains(QStringLiteral("2 rows have a national identity number")));
    BOOST_TEST(text.contains(QStringLiteral("Row 3: the participant id is a national identity")));
    BOOST_TEST(text.contains(QStringLiteral("Row 4: there is no metric “Ukjent mål”")));
    BOOST_TEST(text.contains(QStringLiteral("Row 5: the period “9” is outside")));
    BOOST_TEST(text.contains(QStringLiteral("Row 6: “Q5 2027” is not a period")));
    BOOST_TEST(text.contains(QStringLiteral("Row 7: the units “mange” are not a number")));
    BOOST_TEST(text.contains(QStringLiteral("Row 8: the units -1 are negative")));
    BOOST_TEST(text.contains(QStringLiteral("Row 9: the participant id is empty")));
    BOOST_TEST(text.contains(QStringLiteral("Row 10: it has 2 fields")));
    BOOST_TEST(text.contains(QStringLiteral("Row 11: the participant id is a national identity")));
    BOOST_TEST(text.count(QStringLiteral("Row 13:")) == 3);
    // The numbers themselves are not repeated.
    BOOST_TEST(!text.contains(QStringLiteral("15019010063")));
    BOOST_TEST(!text.contains(QStringLiteral("150190 10144")));
    BOOST_TEST(page.message().contains(QStringLiteral("national identity number")));

    // The report can be copied.
    auto *copy = report->findChild<QPushButton *>(QStringLiteral("copyImportReport"));
    BOOST_REQUIRE(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    BOOST_TEST(QApplication::clipboard()->text() == text);
    report->close();

    // One step back removes the whole import.
    doc.undoStack()->undo();
    BOOST_TEST(doc.project().ledger->empty());
    BOOST_TEST(page.model()->rowCount() == 0);
}

BOOST_AUTO_TEST_CASE(windows_1252_import_appends_and_undo_selects_the_rows) {
    app::MainWindow w;
    Project p = ledgerProject();
    p.ledger.set(Ledger{{"Eksisterende", 1, 0, 1.0}});
    w.document()->reset(p);
    auto *page = static_cast<LedgerPage *>(w.page(QStringLiteral("ledger")));
    BOOST_REQUIRE(page);
    // Nothing refused: no report.
    BOOST_TEST(!page->importCsvFile(csvFile("ledger-windows1252.csv")));
    const Ledger expected{{"Eksisterende", 1, 0, 1.0},
                          {"Kåre-1", 2, 2, 1.0},
                          {"Søren-2", 1, 4, 2.0},
                          {"Ærø-3", 1, 7, 1.0}};
    BOOST_TEST((w.document()->project().ledger.get() == expected));
    w.showPage(QStringLiteral("overview"));
    w.document()->undoStack()->undo();
    BOOST_TEST(w.document()->project().ledger->size() == 1u);
    w.document()->undoStack()->redo();
    // Redo shows the ledger with the three imported rows selected.
    BOOST_TEST(w.currentPage() == QStringLiteral("ledger"));
    const QModelIndexList rows = page->table()->selectionModel()->selectedRows();
    BOOST_TEST(rows.size() == 3);
    BOOST_TEST(page->table()->currentIndex().row() == 1);
}

BOOST_AUTO_TEST_CASE(editing_refuses_national_ids_and_reads_period_labels) {
    Document doc;
    Project p = ledgerProject();
    p.ledger.set(Ledger{{"P-1", 1, 0, 1.0}});
    doc.reset(p);
    LedgerPage page(&doc);
    LedgerModel *m = page.model();
    BOOST_TEST(!m->setData(m->index(0, LedgerModel::Participant), QStringLiteral("15019010063")));
    BOOST_TEST(!m->setData(m->index(0, LedgerModel::Participant), QStringLiteral("150190-10063")));
    BOOST_TEST(page.message().contains(QStringLiteral("national identity number")));
    BOOST_TEST(doc.project().ledger->at(0).participant == "P-1");
    BOOST_TEST(doc.undoStack()->count() == 0);

    BOOST_TEST(m->setData(m->index(0, LedgerModel::Participant), QStringLiteral("P-77")));
    BOOST_TEST(m->setData(m->index(0, LedgerModel::MetricColumn),
                          QStringLiteral("fullført videregående")));
    BOOST_TEST(m->setData(m->index(0, LedgerModel::Period), QStringLiteral("Q3 2028")));
    BOOST_TEST(m->setData(m->index(0, LedgerModel::Units), QStringLiteral("2,5")));
    BOOST_TEST(!m->setData(m->index(0, LedgerModel::Period), QStringLiteral("Q1 2030")));
    BOOST_TEST(!m->setData(m->index(0, LedgerModel::MetricColumn), QStringLiteral("7")));
    BOOST_TEST(!m->setData(m->index(0, LedgerModel::Units), QStringLiteral("-1")));
    // Q3 2028 is the seventh quarter from Q1 2027: index 6.
    BOOST_TEST((doc.project().ledger->at(0) == LedgerRow{"P-77", 2, 6, 2.5}));
    BOOST_TEST(doc.undoStack()->count() == 4);
}

BOOST_AUTO_TEST_CASE(a_national_id_written_any_way_is_refused_in_every_column) {
    Document doc;
    Project p = ledgerProject();
    p.ledger.set(Ledger{{"P-1", 1, 0, 1.0}});
    doc.reset(p);
    LedgerPage page(&doc);
    LedgerModel *m = page.model();
    for (const test::WrittenId &v : test::nationalIdVariants())
        for (int column : {LedgerModel::Participant, LedgerModel::MetricColumn, LedgerModel::Period,
                           LedgerModel::Units}) {
            BOOST_TEST(!m->setData(m->index(0, column), QString::fromStdString(v.text)),
                       v.how << " in column " << column);
            BOOST_TEST(page.message().contains(QStringLiteral("national identity number")), v.how);
            BOOST_TEST(!page.message().contains(QStringLiteral("50074")), v.how);
            BOOST_TEST(!page.message().contains(QStringLiteral("0044")), v.how);
        }
    BOOST_TEST((doc.project().ledger->at(0) == LedgerRow{"P-1", 1, 0, 1.0}));
    BOOST_TEST(doc.undoStack()->count() == 0);
    // Typed into the cell editor as a planner would.
    page.show();
    QTableView *table = page.table();
    table->setCurrentIndex(table->model()->index(0, LedgerModel::Participant));
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = table->findChild<QLineEdit *>();
    BOOST_REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Ola Nordmann 010101\u00A050074"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    BOOST_TEST(doc.project().ledger->at(0).participant == "P-1");
    BOOST_TEST(page.message().contains(QStringLiteral("national identity number")));
    // Pseudonyms that merely hold 11 digits are accepted.
    for (const std::string &innocent : test::innocentPseudonyms()) {
        BOOST_TEST(
            m->setData(m->index(0, LedgerModel::Participant), QString::fromStdString(innocent)),
            innocent);
        BOOST_TEST(doc.project().ledger->at(0).participant == innocent);
    }
}

BOOST_AUTO_TEST_CASE(units_above_what_a_file_holds_are_refused_in_the_cell) {
    Document doc;
    Project p = ledgerProject();
    p.ledger.set(Ledger{{"P-1", 1, 0, 1.0}});
    doc.reset(p);
    LedgerPage page(&doc);
    LedgerModel *m = page.model();
    BOOST_TEST(!m->setData(m->index(0, LedgerModel::Units), QStringLiteral("2000000000000000")));
    BOOST_TEST(page.message().contains(QStringLiteral("at most")), page.message().toStdString());
    BOOST_TEST(doc.project().ledger->at(0).units == 1.0);
    BOOST_TEST(m->setData(m->index(0, LedgerModel::Units), QStringLiteral("1000000000000000")));
    BOOST_TEST(doc.project().ledger->at(0).units == 1e15);
}

BOOST_AUTO_TEST_CASE(import_report_never_shows_a_national_id_in_any_column) {
    Document doc;
    doc.reset(ledgerProject());
    LedgerPage page(&doc);
    const QByteArray csv = QStringLiteral("participant;metric;period;units;note\n"
                                          "P-1;010101 50074;1;1\n"
                                          "P-2;I arbeid i 13 uker;010101-50074;1\n"
                                          "P-3;I arbeid i 13 uker;1;01010150074\n"
                                          "%1 01010150074;I arbeid i 13 uker;1;1\n"
                                          "P-5;I arbeid i 13 uker;1;1;Ola 41010100044\n"
                                          "P-6;I arbeid i 13 uker;1;5000000000000000\n"
                                          "P-7;I arbeid i 13 uker;2;1\n")
                               .arg(QString(80, QLatin1Char('x')))
                               .toUtf8();
    ImportReportDialog *report = page.importCsvBytes(csv, QStringLiteral("eksport.csv"));
    BOOST_REQUIRE(report);
    const QString text = report->text();
    const QString all = text + page.message();
    BOOST_TEST(!all.contains(QStringLiteral("50074")), all.toStdString());
    BOOST_TEST(!all.contains(QStringLiteral("0044")), all.toStdString());
    BOOST_TEST(!containsNationalIdNumber(all.toStdString()));
    BOOST_TEST(text.contains(QStringLiteral("5 rows have a national identity number")),
               text.toStdString());
    BOOST_TEST(text.contains(QStringLiteral("Row 2: the column metric holds a national")));
    BOOST_TEST(text.contains(QStringLiteral("Row 3: the column period holds a national")));
    BOOST_TEST(text.contains(QStringLiteral("Row 4: the column units holds a national")));
    BOOST_TEST(text.contains(QStringLiteral("Row 5: the participant id is a national")));
    BOOST_TEST(text.contains(QStringLiteral("Row 6: the column number 5 holds a national")));
    BOOST_TEST(text.contains(QStringLiteral("Row 7: the units")));
    // Only the good row got in; the number is in no stored value either.
    BOOST_TEST((doc.project().ledger.get() == Ledger{{"P-7", 1, 1, 1.0}}));
    report->close();
}

BOOST_AUTO_TEST_CASE(metric_and_period_are_picked_from_lists) {
    Document doc;
    Project p = ledgerProject();
    p.ledger.set(Ledger{{"A", 1, 0, 1.0}});
    doc.reset(p);
    LedgerPage page(&doc);
    page.show();
    QTableView *table = page.table();
    auto pick = [&](int column, int choice) {
        const QModelIndex index = table->model()->index(0, column);
        table->setCurrentIndex(index);
        QTest::keyClick(table, Qt::Key_F2);
        // The editor just opened (a closed one may linger until deleted).
        const QList<QComboBox *> combos = table->findChildren<QComboBox *>();
        BOOST_REQUIRE(!combos.isEmpty());
        QComboBox *combo = combos.last();
        combo->setCurrentIndex(choice);
        const int choices = combo->count();
        QTest::keyClick(combo, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits through a queued call
        return choices;
    };
    BOOST_TEST(pick(LedgerModel::MetricColumn, 1) == 2); // the two metrics
    BOOST_TEST(pick(LedgerModel::Period, 5) == 8);       // the eight quarters
    // Metric 2, the sixth quarter (Q2 2028, index 5).
    BOOST_TEST((doc.project().ledger->at(0) == LedgerRow{"A", 2, 5, 1.0}));
    BOOST_TEST(doc.undoStack()->count() == 2);
}

BOOST_AUTO_TEST_CASE(a_diagnostic_location_selects_the_row_and_field) {
    Document doc;
    Project p = ledgerProject();
    p.ledger.set(Ledger{{"A", 1, 0, 1.0}, {"B", 1, 1, 1.0}, {"C", 2, 2, 1.0}});
    doc.reset(p);
    LedgerPage page(&doc);
    // As the diagnostics panel sends it for ledger row 2's period (column = the row's period, 2).
    page.showLocation(EditLocation{QStringLiteral("ledger"), 2, 2, QStringLiteral("metricId")});
    BOOST_TEST(page.table()->currentIndex().row() == 2);
    BOOST_TEST(page.table()->currentIndex().column() == LedgerModel::MetricColumn);
    BOOST_TEST(page.table()->selectionModel()->selectedRows().size() == 1);
}

BOOST_AUTO_TEST_CASE(add_and_remove_rows_with_the_keyboard) {
    Document doc;
    Project p = ledgerProject();
    p.ledger.set(Ledger{{"A", 1, 0, 1.0}, {"B", 1, 1, 1.0}, {"C", 2, 2, 1.0}});
    doc.reset(p);
    LedgerPage page(&doc);
    QTableView *table = page.table();
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(table, Qt::Key_Delete);
    BOOST_TEST((doc.project().ledger.get() == Ledger{{"B", 1, 1, 1.0}}));
    BOOST_TEST(doc.undoStack()->count() == 1);
    doc.undoStack()->undo();
    BOOST_TEST(doc.project().ledger->size() == 3u);

    page.addRow();
    BOOST_TEST(doc.project().ledger->size() == 4u);
    // A placeholder pseudonym: four rows now, so "P-4".
    BOOST_TEST(doc.project().ledger->back().participant == "P-4");
    BOOST_TEST(page.model()->problems(3, LedgerModel::Participant).isEmpty());
    // An empty participant cannot be saved, so no edit brings one in; one already there is marked.
    Project q = doc.project();
    q.ledger.modify([](Ledger &l) { l[0].participant.clear(); });
    BOOST_TEST(!doc.apply(q, QStringLiteral("Empty")));
    BOOST_TEST(doc.project().ledger->at(0).participant == "A");
    doc.reset(q);
    BOOST_TEST(!page.model()->problems(0, LedgerModel::Participant).isEmpty());
}

BOOST_AUTO_TEST_CASE(sort_and_filter_change_only_what_is_shown) {
    Document doc;
    Project p = ledgerProject();
    p.ledger.set(
        Ledger{{"Kari", 1, 0, 3.0}, {"Ola", 2, 1, 1.0}, {"Kari", 2, 2, 2.0}}); // ledger order
    doc.reset(p);
    LedgerPage page(&doc);
    QTableView *table = page.table();
    auto shown = [&](int column) {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, column).data().toString();
        return out;
    };
    BOOST_TEST(shown(LedgerModel::Participant).join(',') == QStringLiteral("Kari,Ola,Kari"));

    // Sorted by units, as numbers, largest first.
    table->sortByColumn(LedgerModel::Units, Qt::DescendingOrder);
    BOOST_TEST(shown(LedgerModel::Units).join(',') == QStringLiteral("3,2,1"));
    // Deleting the row shown first deletes that row of the ledger (Kari, period 1, 3 units).
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    BOOST_TEST((doc.project().ledger.get() == Ledger{{"Ola", 2, 1, 1.0}, {"Kari", 2, 2, 2.0}}));
    doc.undoStack()->undo();
    BOOST_TEST(doc.project().ledger->size() == 3u);
    BOOST_TEST(shown(LedgerModel::Units).join(',') == QStringLiteral("3,2,1")); // still sorted
    // Going to a ledger row (as undo does) finds it wherever the sort put it.
    page.showLocation(EditLocation{QStringLiteral("ledger"), 2, LedgerModel::Units, {}});
    BOOST_TEST(table->currentIndex().row() == 1); // Kari, 2 units: second when sorted
    BOOST_TEST(table->selectionModel()->selectedRows().size() == 1);

    // A third header click returns to the ledger's order.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    BOOST_TEST(shown(LedgerModel::Participant).join(',') == QStringLiteral("Kari,Ola,Kari"));

    // Filtered by text in any column, case aside; the count says how many are shown.
    page.setFilterText(QStringLiteral("kari"));
    BOOST_TEST(table->model()->rowCount() == 2);
    auto *count = page.findChild<QLabel *>(QStringLiteral("ledgerCount"));
    BOOST_TEST(count->text().contains(QStringLiteral("2")));
    BOOST_TEST(count->text().contains(QStringLiteral("3")));
    // Text that is no pattern is taken as it is: brackets match nothing here, and say so.
    page.setFilterText(QStringLiteral("Kari ("));
    BOOST_TEST(table->model()->rowCount() == 0);
    BOOST_TEST(count->text().startsWith(QStringLiteral("0 of 3")));
    page.setFilterText(QStringLiteral("Fullført"));
    BOOST_TEST(table->model()->rowCount() == 2); // metric 2's name
    // Going to a row the filter hides (undo, a diagnostic) clears the filter.
    page.showLocation(EditLocation{QStringLiteral("ledger"), 0, LedgerModel::Units, {}});
    BOOST_TEST(page.filter()->text().isEmpty());
    BOOST_TEST(table->model()->rowCount() == 3);
    BOOST_TEST(table->currentIndex().row() == 0);
    // A new row is shown even when a filter was set.
    page.setFilterText(QStringLiteral("Ola"));
    page.addRow();
    BOOST_TEST(page.filter()->text().isEmpty());
    BOOST_TEST(table->model()->rowCount() == 4);
}

BOOST_AUTO_TEST_CASE(a_ledger_of_a_hundred_thousand_rows) {
    Document doc;
    doc.reset(ledgerProject());
    LedgerPage page(&doc);
    // P0 … P99999, metric 1 + i % 2, period i % 8, units 1.
    Ledger rows;
    rows.reserve(100'000);
    for (int i = 0; i < 100'000; ++i)
        rows.push_back({"P" + std::to_string(i), 1 + i % 2, i % 8, 1.0});
    BOOST_TEST(page.model()->appendRows(rows, QStringLiteral("Many")));
    BOOST_TEST(page.model()->rowCount() == 100'000);
    // Row 99 999: metric 2, period 99 999 % 8 = 7 → Q4 2028.
    BOOST_TEST(page.model()->index(99'999, LedgerModel::Participant).data().toString() ==
               QStringLiteral("P99999"));
    BOOST_TEST(page.model()->index(99'999, LedgerModel::Period).data().toString() ==
               QStringLiteral("Q4 2028"));
    // An edit elsewhere in the project keeps the rows shared: the model is not reset.
    int resets = 0;
    QObject::connect(page.model(), &QAbstractItemModel::modelReset, [&] { ++resets; });
    Project p = doc.project();
    p.name = "Renamed";
    doc.apply(p, QStringLiteral("Rename"));
    BOOST_TEST(resets == 0);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    BOOST_TEST(page.model()->rowCount() == 0);
}

BOOST_AUTO_TEST_CASE(a_large_import_runs_in_the_background_and_is_one_undo_step) {
    Document doc;
    doc.reset(ledgerProject());
    LedgerPage page(&doc);
    QTemporaryDir dir;
    const QString path = bigCsvFile(dir, 100'000); // about 4.5 MB
    BOOST_TEST(QFileInfo(path).size() > 4'000'000);
    // The window's timers go on while the file is read, and the progress dialog is there.
    int firedWhileReading = 0;
    bool progressSeen = false;
    QTimer timer;
    timer.setInterval(1);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (!page.isImporting())
            return;
        ++firedWhileReading;
        progressSeen = progressSeen || page.importProgress() != nullptr;
        BOOST_TEST(!page.findChild<QPushButton *>(QStringLiteral("importLedgerCsv"))->isEnabled());
    });
    timer.start();
    ImportReportDialog *report = page.importCsvFile(path);
    timer.stop();
    BOOST_TEST(firedWhileReading > 0);
    BOOST_TEST(progressSeen);
    BOOST_TEST(!page.isImporting());
    BOOST_TEST(!page.importProgress());
    // Every row imported, no report, one undo step.
    BOOST_TEST(!report);
    BOOST_TEST(doc.project().ledger->size() == 100'000u);
    BOOST_TEST((doc.project().ledger->back() == LedgerRow{"Deltaker-199999", 1, 3, 1.0}));
    BOOST_TEST(doc.undoStack()->count() == 1);
    BOOST_TEST(page.message().contains(QStringLiteral("Imported 100000 rows")),
               page.message().toStdString());
    BOOST_TEST(page.findChild<QPushButton *>(QStringLiteral("importLedgerCsv"))->isEnabled());
    doc.undoStack()->undo();
    BOOST_TEST(doc.project().ledger->empty());
}

BOOST_AUTO_TEST_CASE(cancel_leaves_the_project_and_the_undo_stack_untouched) {
    Document doc;
    Project p = ledgerProject();
    p.ledger.set(Ledger{{"Eksisterende", 1, 0, 1.0}});
    doc.reset(p);
    const Project before = doc.project();
    LedgerPage page(&doc);
    page.setImportProgressDelay(0); // the dialog at once, so that Cancel can be clicked
    QTemporaryDir dir;
    const QString path = bigCsvFile(dir, 100'000);
    bool clicked = false;
    QTimer timer;
    timer.setInterval(1);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        QProgressDialog *progress = page.importProgress();
        if (clicked || !progress || !progress->isVisible())
            return;
        auto *cancel = progress->findChild<QPushButton *>();
        BOOST_REQUIRE(cancel);
        BOOST_TEST(cancel->text() == QStringLiteral("Cancel"));
        clicked = true;
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    timer.start();
    ImportReportDialog *report = page.importCsvFile(path);
    timer.stop();
    BOOST_TEST(clicked);
    BOOST_TEST(!report);
    BOOST_TEST(!page.isImporting());
    BOOST_TEST((doc.project() == before));
    BOOST_TEST(doc.undoStack()->count() == 0);
    BOOST_TEST(!doc.isModified());
    BOOST_TEST(page.model()->rowCount() == 1);
    BOOST_TEST(page.message().contains(QStringLiteral("cancelled")), page.message().toStdString());
    // The page imports again afterwards.
    BOOST_TEST(!page.importCsvFile(csvFile("ledger-windows1252.csv")));
    BOOST_TEST(doc.project().ledger->size() == 4u);
}

BOOST_AUTO_TEST_CASE(a_project_changed_during_the_import_is_not_imported_into) {
    Document doc;
    doc.reset(ledgerProject());
    LedgerPage page(&doc);
    QTemporaryDir dir;
    const QString path = bigCsvFile(dir, 100'000);
    // Something changes the project while the file is read: nothing is added to the changed
    // project, and the planner is asked whether to import again.
    bool renamed = false;
    QString newName = QStringLiteral("Omdøpt");
    QTimer timer;
    timer.setInterval(1);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (renamed || !page.isImporting())
            return;
        renamed = true;
        Project q = doc.project();
        q.name = newName.toStdString();
        doc.apply(q, QStringLiteral("Rename"));
    });
    timer.start();
    {
        test::Answerer no(QMessageBox::No);
        BOOST_TEST(!page.importCsvFile(path));
        BOOST_TEST(no.asked == 1);
        BOOST_TEST(no.text.contains(QStringLiteral("changed while stor.csv was being read")),
                   no.text.toStdString());
    }
    BOOST_TEST(renamed);
    BOOST_TEST(doc.project().ledger->empty());
    BOOST_TEST(doc.undoStack()->count() == 1); // the rename only
    BOOST_TEST(page.message().contains(QStringLiteral("Nothing was imported")));
    // Yes: read again against the project as it is now, and added as one step.
    timer.stop();
    test::Answerer yes(QMessageBox::Yes);
    renamed = false;
    newName = QStringLiteral("Omdøpt igjen");
    timer.start();
    BOOST_TEST(!page.importCsvFile(path));
    timer.stop();
    BOOST_TEST(yes.asked == 1);
    BOOST_TEST(doc.project().ledger->size() == 100'000u);
    BOOST_TEST(doc.project().name == "Omdøpt igjen");
    BOOST_TEST(doc.undoStack()->count() == 3); // two renames and the import
}

BOOST_AUTO_TEST_SUITE_END()
