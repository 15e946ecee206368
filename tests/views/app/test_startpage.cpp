// The start page: shown while no document is open (a new window, after File > Close), each choice
// doing what it says, recent files listed by their contracts' names, usable from the keyboard,
// and fitting a 1024 × 700 screen in both languages.
#include "catalogue.h"
#include "gui.h"
#include "i18n.h"
#include "mainwindow.h"
#include "settings.h"
#include "startpage.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace effekt;

using effekt::test::activate;

namespace {

void forgetRecentFiles() {
    app::settings::recentFiles.setValue({});
    app::settings::recentNames.setValue({});
}

QAction *menuAction(QMainWindow &w, const QString &text) {
    for (QAction *a : w.menuBar()->findChildren<QAction *>())
        if (a->text() == text)
            return a;
    return nullptr;
}

} // namespace

BOOST_AUTO_TEST_SUITE(startpage)

BOOST_AUTO_TEST_CASE(a_new_window_shows_the_start_page_and_no_document) {
    forgetRecentFiles();
    app::MainWindow w;
    activate(w);
    BOOST_TEST(w.isStartPageShown());
    BOOST_TEST(w.startPage()->isVisible());
    BOOST_TEST(!w.page(QStringLiteral("overview"))->isVisible());
    BOOST_TEST(w.windowTitle() == QStringLiteral("Effekt Studio"));
    // Nothing to save, close, export or print while no document is open.
    BOOST_TEST(!menuAction(w, QStringLiteral("&Save"))->isEnabled());
    BOOST_TEST(!menuAction(w, QStringLiteral("&Close"))->isEnabled());
    BOOST_TEST(!w.exportMenu()->menuAction()->isEnabled());
    BOOST_TEST(!w.findChild<QAction *>(QStringLiteral("print"))->isEnabled());
    // The explanation says what an effektkontrakt is and links to the guide.
    BOOST_TEST(w.startPage()->introduction()->text().contains(QStringLiteral("effektkontrakt")));
    BOOST_TEST(w.startPage()->introduction()->text().contains(QStringLiteral("<a href")));
    // No recent files yet: a line says where they will be.
    BOOST_TEST(!w.startPage()->recentList()->isVisible());
    // The keyboard starts on "Blank contract".
    BOOST_TEST(QApplication::focusWidget() == w.startPage()->newButton());
}

BOOST_AUTO_TEST_CASE(blank_contract_from_the_keyboard_then_close_returns_to_the_start_page) {
    forgetRecentFiles();
    app::MainWindow w;
    activate(w);
    QTest::keyClick(w.startPage()->newButton(), Qt::Key_Space);
    BOOST_TEST(!w.isStartPageShown());
    BOOST_TEST(w.page(QStringLiteral("overview"))->isVisible());
    BOOST_TEST(w.currentPage() == QStringLiteral("overview"));
    BOOST_TEST(w.document()->project().name == app::emptyProject().name);
    BOOST_TEST(w.document()->project().metrics.empty());
    BOOST_TEST(menuAction(w, QStringLiteral("&Save"))->isEnabled());
    BOOST_TEST(w.windowTitle().contains(w.document()->displayName()));

    // File > Close (Ctrl+W) with nothing unsaved: back to the start page.
    QTest::keySequence(&w, QKeySequence::Close);
    BOOST_TEST(w.isStartPageShown());
    BOOST_TEST(w.startPage()->isVisible());
    BOOST_TEST(!menuAction(w, QStringLiteral("&Save"))->isEnabled());
}

BOOST_AUTO_TEST_CASE(close_with_unsaved_changes_asks_and_cancel_stays) {
    forgetRecentFiles();
    app::MainWindow w;
    activate(w);
    QTest::keyClick(w.startPage()->newButton(), Qt::Key_Space);
    Project changed = w.document()->project();
    changed.name = "Changed";
    w.document()->apply(changed, QStringLiteral("rename"));
    int asked = 0;
    w.setSaveQuestion([&](const QString &) {
        ++asked;
        return int(QMessageBox::Cancel);
    });
    QTest::keySequence(&w, QKeySequence::Close);
    BOOST_TEST(asked == 1);
    BOOST_TEST(!w.isStartPageShown());
    BOOST_TEST(w.document()->project().name == "Changed");
    w.setSaveQuestion([](const QString &) { return int(QMessageBox::Discard); });
    QTest::keySequence(&w, QKeySequence::Close);
    BOOST_TEST(w.isStartPageShown());
}

BOOST_AUTO_TEST_CASE(an_example_opens_from_its_list) {
    forgetRecentFiles();
    app::MainWindow w;
    activate(w);
    QListWidget *examples = w.startPage()->exampleList();
    // Every bundled example is offered, in the catalogue's order.
    const std::vector<app::CatalogueEntry> bundled = app::examples();
    BOOST_REQUIRE(examples->count() == int(bundled.size()));
    BOOST_REQUIRE(!bundled.empty());
    for (std::size_t i = 0; i < bundled.size(); ++i)
        BOOST_TEST(examples->item(int(i))->text() == bundled[i].title);
    // The last one, chosen with the arrow keys and Enter.
    examples->setFocus();
    examples->setCurrentRow(0);
    for (std::size_t i = 1; i < bundled.size(); ++i)
        QTest::keyClick(examples, Qt::Key_Down);
    QTest::keyClick(examples, Qt::Key_Return);
    const std::optional<Project> expected = app::loadCatalogueProject(bundled.back());
    BOOST_REQUIRE(expected);
    BOOST_TEST(!w.isStartPageShown());
    BOOST_TEST(w.document()->project().name == expected->name);
    BOOST_TEST(w.document()->project().metrics.size() == expected->metrics.size());
    // Titled with the contract's name, a copy that Save asks a place for.
    BOOST_TEST(w.document()->filePath().isEmpty());
    BOOST_TEST(w.document()->displayName() == QString::fromStdString(expected->name));
    BOOST_TEST(w.windowTitle().contains(QString::fromStdString(expected->name)));
    BOOST_TEST(!w.document()->isModified());
}

BOOST_AUTO_TEST_CASE(a_template_opens_from_its_list) {
    forgetRecentFiles();
    app::MainWindow w;
    activate(w);
    QListWidget *list = w.startPage()->templateList();
    const std::vector<app::CatalogueEntry> bundled = app::templates();
    BOOST_REQUIRE(list->count() == int(bundled.size()));
    if (bundled.empty())
        return;
    // Its tool tip carries the template's help text.
    BOOST_TEST(list->item(0)->toolTip().contains(bundled.front().help));
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    const std::optional<Project> expected = app::loadCatalogueProject(bundled.front());
    BOOST_REQUIRE(expected);
    BOOST_TEST(!w.isStartPageShown());
    BOOST_TEST(w.document()->project().name == expected->name);
    BOOST_TEST(w.document()->filePath().isEmpty());
}

BOOST_AUTO_TEST_CASE(recent_files_are_listed_by_contract_name_and_open) {
    forgetRecentFiles();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.effekt"));
    {
        app::MainWindow w;
        Project p = workedExample();
        p.name = "Rus og psykisk helse";
        w.document()->reset(p);
        BOOST_REQUIRE(w.saveAs(path));
    }
    app::MainWindow w;
    activate(w);
    QListWidget *recent = w.startPage()->recentList();
    BOOST_TEST(recent->isVisible());
    BOOST_REQUIRE(recent->count() == 1);
    // The contract's name first, the file below it.
    BOOST_TEST(recent->item(0)->text().startsWith(QStringLiteral("Rus og psykisk helse\n")));
    BOOST_TEST(recent->item(0)->text().contains(QStringLiteral("plan.effekt")));
    recent->setFocus();
    recent->setCurrentRow(0);
    QTest::keyClick(recent, Qt::Key_Return);
    BOOST_TEST(!w.isStartPageShown());
    BOOST_TEST(w.document()->filePath() == QFileInfo(path).absoluteFilePath());
    BOOST_TEST(w.document()->project().name == "Rus og psykisk helse");
    w.setSaveQuestion([](const QString &) { return int(QMessageBox::Discard); });
    QTest::keySequence(&w, QKeySequence::Close);
    BOOST_TEST(w.isStartPageShown());
}

BOOST_AUTO_TEST_CASE(a_recent_file_that_is_gone_is_shown_but_not_offered) {
    forgetRecentFiles();
    app::settings::recentFiles.setValue({QStringLiteral("/nonexistent/gone.effekt")});
    app::MainWindow w;
    activate(w);
    QListWidget *recent = w.startPage()->recentList();
    BOOST_REQUIRE(recent->count() == 1);
    // No name stored: the file's name stands in.
    BOOST_TEST(recent->item(0)->text().startsWith(QStringLiteral("gone\n")));
    BOOST_TEST(!(recent->item(0)->flags() & Qt::ItemIsEnabled));
    forgetRecentFiles();
}

// A name comes from a file someone else may have written: no control or layout characters reach
// the list, and a long name is cut.
BOOST_AUTO_TEST_CASE(names_from_files_are_shown_safely) {
    BOOST_TEST(app::displayableName(QStringLiteral("A\x1b[31mB\nC\u202Ed")) ==
               QStringLiteral("A [31mB C d"));
    const QString longName(500, QLatin1Char('x'));
    BOOST_TEST(app::displayableName(longName).size() == 80);
    forgetRecentFiles();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odd.effekt"));
    {
        app::MainWindow w;
        Project p = workedExample();
        p.name = "Plan\nforged line\x1b[2J";
        w.document()->reset(p);
        BOOST_REQUIRE(w.saveAs(path));
    }
    app::MainWindow w;
    const QString shown = w.startPage()->recentList()->item(0)->text();
    BOOST_TEST(shown.startsWith(QStringLiteral("Plan forged line [2J\n")));
    forgetRecentFiles();
}

BOOST_AUTO_TEST_CASE(the_start_page_fits_a_small_screen_in_both_languages) {
    forgetRecentFiles();
    for (const char *language : {"en", "nb"}) {
        effekt::test::Language lang(language);
        app::MainWindow w;
        w.resize(1024, 700);
        w.show();
        QApplication::processEvents();
        BOOST_TEST_INFO(language);
        BOOST_TEST(w.isStartPageShown());
        const QSize least = w.minimumSizeHint().expandedTo(w.minimumSize());
        BOOST_TEST((least.width() <= 1024 && least.height() <= 700));
        // At 1024 × 700 every choice is on screen without scrolling.
        app::StartPage *start = w.startPage();
        for (QWidget *part : {static_cast<QWidget *>(start->newButton()),
                              static_cast<QWidget *>(start->openButton()),
                              static_cast<QWidget *>(start->exampleList())}) {
            const QRect r(part->mapTo(&w, QPoint(0, 0)), part->size());
            BOOST_TEST(w.rect().contains(r));
        }
    }
}

BOOST_AUTO_TEST_CASE(the_start_page_speaks_norwegian) {
    effekt::test::Language lang("nb");
    app::MainWindow w;
    w.show();
    BOOST_TEST(w.startPage()->newButton()->text() == QStringLiteral("&Tom kontrakt"));
    BOOST_TEST(
        w.startPage()->introduction()->text().contains(QStringLiteral("brukerveiledningen")));
}

BOOST_AUTO_TEST_SUITE_END()
