// File > Export (app/mainwindow.cpp): the Excel workbook and the project as JSON written through
// the menu, each kind opening its save dialog in the folder it wrote to last; the Results page's
// own Export to CSV asking in the same folder as File > Export > Statement.
#include "document.h"
#include "json.h"
#include "mainwindow.h"
#include "resultspage.h"
#include "settings.h"
#include "storage.h"
#include "testutil.h"
#include "workbook.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPushButton>
#include <QTimer>

#include <boost/test/unit_test.hpp>

using namespace effekt;

namespace {

QAction *exportAction(app::MainWindow &w, const QString &name) {
    for (QAction *a : w.exportMenu()->actions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

// Triggers `action` and answers the save dialog it opens as the planner does: notes the folder it
// shows, saves as `name` in `into`. Returns the folder shown.
QString exportThrough(QAction *action, const QString &into, const QString &name) {
    QString shown;
    QTimer::singleShot(0, [&] {
        auto *d = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        BOOST_REQUIRE(d);
        shown = d->directory().absolutePath();
        d->selectFile(QDir(into).filePath(name));
        QMetaObject::invokeMethod(d, "accept");
    });
    action->trigger();
    return shown;
}

struct Project_ {
    test::TempDir dir;
    QString file = QString::fromStdString(dir.file("ung-i-jobb.effekt"));
    QString elsewhere = QString::fromStdString(dir.file("til økonomi"));
    Project_() {
        BOOST_REQUIRE(saveProject(workedExample(), file.toStdString()).empty());
        BOOST_REQUIRE(QDir().mkpath(elsewhere));
    }
};

QByteArray head(const QString &path, int n) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

} // namespace

BOOST_AUTO_TEST_SUITE(file_export)

BOOST_AUTO_TEST_CASE(export_menu_holds_every_kind) {
    app::MainWindow w;
    for (const char *name : {"exportPdf", "exportXlsx", "exportJson", "exportStatementNorwegian",
                             "exportStatementInternational"})
        BOOST_TEST(exportAction(w, QString::fromLatin1(name)), name);
}

BOOST_AUTO_TEST_CASE(excel_workbook_is_written_and_its_folder_remembered) {
    if (!xlsx::available())
        return; // a build without libxlsxwriter: the action is disabled
    Project_ p;
    app::settings::xlsxExportFolder.setValue({});
    app::MainWindow w;
    BOOST_REQUIRE(w.openFile(p.file));
    QAction *xlsx = exportAction(w, QStringLiteral("exportXlsx"));
    BOOST_REQUIRE(xlsx);
    BOOST_TEST(xlsx->isEnabled());
    // The first time in the project's folder; then where it wrote last.
    BOOST_TEST(exportThrough(xlsx, p.elsewhere, QStringLiteral("arbeidsbok.xlsx")) ==
               QFileInfo(p.file).absolutePath());
    const QString written = QDir(p.elsewhere).filePath(QStringLiteral("arbeidsbok.xlsx"));
    // An Office Open XML workbook is a ZIP archive.
    BOOST_TEST(head(written, 2) == QByteArray("PK"));
    BOOST_TEST(QFileInfo(written).size() > 4000);
    BOOST_TEST(app::settings::xlsxExportFolder.value() ==
               QFileInfo(p.elsewhere).absoluteFilePath());
    BOOST_TEST(exportThrough(xlsx, p.elsewhere, QStringLiteral("arbeidsbok-2.xlsx")) ==
               QFileInfo(p.elsewhere).absoluteFilePath());
    BOOST_TEST(QFileInfo::exists(QDir(p.elsewhere).filePath(QStringLiteral("arbeidsbok-2.xlsx"))));
    // No temporary file is left beside the workbooks.
    BOOST_TEST(QDir(p.elsewhere).entryList(QDir::Files | QDir::Hidden).size() == 2);
}

BOOST_AUTO_TEST_CASE(excel_workbook_failure_says_why_and_leaves_the_old_file) {
    if (!xlsx::available())
        return;
    Project_ p;
    app::MainWindow w;
    BOOST_REQUIRE(w.openFile(p.file));
    QString title, text;
    w.setErrorSink([&](const QString &t, const QString &x) {
        title = t;
        text = x;
    });
    // A folder where the workbook should go: nothing can be written there.
    const QString folder = QDir(p.elsewhere).filePath(QStringLiteral("bok.xlsx"));
    BOOST_REQUIRE(QDir().mkpath(folder));
    BOOST_TEST(!w.exportXlsx(folder));
    BOOST_TEST(!title.isEmpty());
    BOOST_TEST(text.contains(QStringLiteral("bok.xlsx")), text.toStdString());
    BOOST_TEST(QFileInfo(folder).isDir());
}

BOOST_AUTO_TEST_CASE(excel_workbook_of_a_design_with_errors_is_refused_as_the_cli_refuses_it) {
    if (!xlsx::available())
        return;
    Project_ p;
    app::MainWindow w;
    BOOST_REQUIRE(w.openFile(p.file));
    Project broken = w.document()->project();
    broken.metrics[0].rule.payers = {PayerShare{1, 0.7}, PayerShare{1, 0.5}}; // 120 %: an error
    BOOST_REQUIRE(w.document()->apply(broken, QStringLiteral("Payer share")));
    QString title, text;
    w.setErrorSink([&](const QString &t, const QString &x) {
        title = t;
        text = x;
    });
    const QString target = QDir(p.elsewhere).filePath(QStringLiteral("bok.xlsx"));
    BOOST_TEST(!w.exportXlsx(target));
    BOOST_TEST(title == QStringLiteral("Cannot export the workbook"));
    BOOST_TEST(text.contains(QStringLiteral("errors")), text.toStdString());
    BOOST_TEST(!QFileInfo::exists(target));
}

BOOST_AUTO_TEST_CASE(project_as_json_is_written_and_its_folder_remembered) {
    Project_ p;
    app::settings::jsonExportFolder.setValue({});
    app::MainWindow w;
    BOOST_REQUIRE(w.openFile(p.file));
    QAction *json = exportAction(w, QStringLiteral("exportJson"));
    BOOST_REQUIRE(json);
    BOOST_TEST(exportThrough(json, p.elsewhere, QStringLiteral("prosjekt.json")) ==
               QFileInfo(p.file).absolutePath());
    const QString written = QDir(p.elsewhere).filePath(QStringLiteral("prosjekt.json"));
    // The interchange format: read back, the same project.
    const LoadResult back = json::importJson(written.toStdString());
    BOOST_REQUIRE(back.project);
    BOOST_TEST(back.project->name == workedExample().name);
    BOOST_TEST(back.project->metrics == workedExample().metrics);
    BOOST_TEST(app::settings::jsonExportFolder.value() ==
               QFileInfo(p.elsewhere).absoluteFilePath());
    BOOST_TEST(exportThrough(json, p.elsewhere, QStringLiteral("prosjekt-2.json")) ==
               QFileInfo(p.elsewhere).absoluteFilePath());
}

BOOST_AUTO_TEST_CASE(results_page_csv_asks_in_the_statement_export_folder) {
    Project_ p;
    app::settings::statementExportFolder.setValue({});
    app::MainWindow w;
    BOOST_REQUIRE(w.openFile(p.file));
    auto *results = qobject_cast<views::ResultsPage *>(w.page(QStringLiteral("results")));
    BOOST_REQUIRE(results);
    auto *button = results->findChild<QPushButton *>(QStringLiteral("exportStatement"));
    BOOST_REQUIRE(button);
    BOOST_REQUIRE(button->menu());
    BOOST_REQUIRE(button->menu()->actions().size() == 2);
    QAction *fromPage = button->menu()->actions().at(1); // international
    // From the page: in the project's folder the first time, then remembered for File > Export.
    BOOST_TEST(exportThrough(fromPage, p.elsewhere, QStringLiteral("oppstilling.csv")) ==
               QFileInfo(p.file).absolutePath());
    const QString written = QDir(p.elsewhere).filePath(QStringLiteral("oppstilling.csv"));
    BOOST_TEST(QFileInfo(written).size() > 0);
    BOOST_TEST(app::settings::statementExportFolder.value() ==
               QFileInfo(p.elsewhere).absoluteFilePath());
    QAction *fromMenu = exportAction(w, QStringLiteral("exportStatementNorwegian"));
    BOOST_REQUIRE(fromMenu);
    BOOST_TEST(exportThrough(fromMenu, p.elsewhere, QStringLiteral("oppstilling-2.csv")) ==
               QFileInfo(p.elsewhere).absoluteFilePath());
    // And the other way round: the page asks where File > Export wrote last.
    const QString third = QString::fromStdString(p.dir.file("tredje"));
    BOOST_REQUIRE(QDir().mkpath(third));
    exportThrough(fromMenu, third, QStringLiteral("oppstilling-3.csv"));
    BOOST_TEST(exportThrough(button->menu()->actions().at(0), third,
                             QStringLiteral("oppstilling-4.csv")) ==
               QFileInfo(third).absoluteFilePath());
    BOOST_TEST(QFileInfo::exists(QDir(third).filePath(QStringLiteral("oppstilling-4.csv"))));
}

BOOST_AUTO_TEST_SUITE_END()
