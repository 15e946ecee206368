// The templates and examples the program brings (app/catalogue.h): every bundled contract is in the
// catalogue, reads without a problem, validates with no error, equals its project file and its JSON
// twin, and computes; every example's assumptions name their source; opening one gives a window
// titled with the contract's name whose Save asks for a place and never writes the bundled file.
#include "catalogue.h"
#include "engine.h"
#include "gui.h"
#include "json.h"
#include "mainwindow.h"
#include "storage.h"
#include "templatedialog.h"
#include "testutil.h"
#include "validate.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QTest>
#include <QTimer>

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <set>

using namespace effekt;
namespace fs = std::filesystem;

namespace {

// The base names of the files with `extension` in resources/<kind>.
std::set<std::string> bundled(const char *kind, const char *extension) {
    std::set<std::string> names;
    const fs::path dir = test::sourceDir() / "resources" / kind;
    if (!fs::exists(dir))
        return names;
    for (const auto &f : fs::directory_iterator(dir))
        if (f.path().extension() == extension)
            names.insert(f.path().stem().string());
    return names;
}

std::set<std::string> ids(const std::vector<app::CatalogueEntry> &entries) {
    std::set<std::string> out;
    for (const app::CatalogueEntry &e : entries)
        out.insert(e.id.toStdString());
    return out;
}

fs::path fileOf(const app::CatalogueEntry &e, const char *extension) {
    return test::sourceDir() / "resources" /
           (e.kind == app::CatalogueKind::Template ? "templates" : "examples") /
           (e.id.toStdString() + extension);
}

} // namespace

BOOST_AUTO_TEST_SUITE(catalogue)

BOOST_AUTO_TEST_CASE(every_bundled_contract_is_in_the_catalogue_with_both_twins) {
    BOOST_TEST(ids(app::templates()) == bundled("templates", ".json"));
    BOOST_TEST(ids(app::templates()) == bundled("templates", ".effekt"));
    BOOST_TEST(ids(app::examples()) == bundled("examples", ".json"));
    BOOST_TEST(ids(app::examples()) == bundled("examples", ".effekt"));
    BOOST_TEST(app::catalogue().size() == app::templates().size() + app::examples().size());
    BOOST_TEST(app::examples().front().id.toStdString() == "ung-i-jobb");
    for (const app::CatalogueEntry &e : app::templates())
        BOOST_TEST((e.kind == app::CatalogueKind::Template));
    for (const app::CatalogueEntry &e : app::examples())
        BOOST_TEST((e.kind == app::CatalogueKind::Example));
}

// What the program bundles is what lies in resources/: the same project as the file and its twin
// (tests/model/files/test_example.cpp checks those validate, compute and cite their sources).
BOOST_AUTO_TEST_CASE(every_entry_reads_as_its_project_file) {
    for (const app::CatalogueEntry &e : app::catalogue()) {
        BOOST_TEST_CONTEXT(e.id.toStdString()) {
            Diagnostics problems;
            const std::optional<Project> p = app::loadCatalogueProject(e, &problems);
            BOOST_REQUIRE(p.has_value());
            BOOST_TEST(problems.empty());
            BOOST_TEST(!hasErrors(validate(*p)));
            const LoadResult file = loadProject(fileOf(e, ".effekt").string());
            BOOST_REQUIRE(file.project.has_value());
            BOOST_TEST((*file.project == *p));
            std::string text;
            BOOST_REQUIRE(json::toJson(*p, text).empty());
            BOOST_TEST((test::readFile(fileOf(e, ".json")) == text));
            BOOST_TEST(compute(*p, Basis::Plan).totalPayments > 0);
        }
    }
    Diagnostics problems;
    app::CatalogueEntry missing{QStringLiteral("missing"),
                                app::CatalogueKind::Example,
                                {},
                                {},
                                {},
                                QStringLiteral(":/catalogue/examples/missing.json")};
    BOOST_TEST(!app::loadCatalogueProject(missing, &problems).has_value());
    BOOST_TEST(!problems.empty());
}

BOOST_AUTO_TEST_CASE(the_worked_example_is_the_bundled_one) {
    const auto e = app::catalogueEntry(QStringLiteral("ung-i-jobb"));
    BOOST_REQUIRE(e.has_value());
    const std::optional<Project> p = app::loadCatalogueProject(*e);
    BOOST_REQUIRE(p.has_value());
    BOOST_TEST((*p == app::exampleProject()));
    BOOST_TEST(!app::catalogueEntry(QStringLiteral("no-such-entry")).has_value());
}

BOOST_AUTO_TEST_CASE(titles_summaries_and_help_are_translated) {
    std::vector<app::CatalogueEntry> english;
    {
        test::Language en("en");
        english = app::catalogue();
    }
    test::Language nb("nb");
    const std::vector<app::CatalogueEntry> bokmal = app::catalogue();
    BOOST_REQUIRE(english.size() == bokmal.size());
    for (std::size_t i = 0; i < english.size(); ++i) {
        BOOST_TEST_CONTEXT(english[i].id.toStdString()) {
            const app::CatalogueEntry *both[] = {&english[i], &bokmal[i]};
            for (const app::CatalogueEntry *e : both) {
                BOOST_TEST(!e->title.isEmpty());
                BOOST_TEST(!e->summary.isEmpty());
                BOOST_TEST(!e->help.isEmpty());
                BOOST_TEST(!e->summary.contains(QLatin1Char('\n')));
            }
            BOOST_TEST(english[i].summary != bokmal[i].summary);
            BOOST_TEST(english[i].help != bokmal[i].help);
        }
    }
}

// An example opens titled with its name, unsaved and without a file (Save then asks for a place).
BOOST_AUTO_TEST_CASE(an_example_opens_titled_as_an_unsaved_copy) {
    for (const app::CatalogueEntry &e : app::examples()) {
        BOOST_TEST_CONTEXT(e.id.toStdString()) {
            app::MainWindow w;
            QAction *open = nullptr;
            for (QAction *a : w.examplesMenu()->actions())
                if (a->objectName() == QStringLiteral("example-") + e.id)
                    open = a;
            BOOST_REQUIRE(open);
            BOOST_TEST(open->text() == e.title);
            open->trigger();
            const QString name = QString::fromStdString(w.document()->project().name);
            BOOST_TEST(w.windowTitle().startsWith(QStringLiteral("[*]") + name),
                       w.windowTitle().toStdString());
            BOOST_TEST(!w.windowTitle().contains(QStringLiteral("Untitled")));
            BOOST_TEST(w.document()->filePath().isEmpty());
            BOOST_TEST(w.document()->isCopy());
            BOOST_TEST(!w.isWindowModified());
        }
    }
}

// Save (Ctrl+S) on an example never writes over the bundled file: it asks where, suggesting the
// contract's name, and the window then holds the planner's own file.
BOOST_AUTO_TEST_CASE(saving_an_example_asks_for_a_place_and_keeps_the_bundled_file) {
    const app::CatalogueEntry e = app::examples().front();
    const fs::path bundled = fileOf(e, ".effekt");
    const auto before = fs::last_write_time(bundled);
    const auto size = fs::file_size(bundled);
    test::TempDir dir;
    const QString mine = QString::fromStdString(dir.file("min-kontrakt.effekt"));

    app::MainWindow w;
    w.show();
    BOOST_REQUIRE(w.openCatalogueEntry(e.id));
    BOOST_REQUIRE(w.document()->isCopy());
    const Project opened = w.document()->project();
    QApplication::setActiveWindow(&w);
    test::FileDialogAnswerer dialog(mine);
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
    test::settle();

    BOOST_TEST(dialog.shown == 1);
    BOOST_TEST(dialog.offeredName.startsWith(QString::fromStdString(opened.name)),
               dialog.offeredName.toStdString());
    BOOST_TEST(w.document()->filePath() == QFileInfo(mine).absoluteFilePath());
    BOOST_TEST(!w.document()->isCopy());
    BOOST_TEST(!w.isWindowModified());
    BOOST_TEST(w.windowTitle().startsWith(QStringLiteral("[*]min-kontrakt")),
               w.windowTitle().toStdString());
    const LoadResult back = loadProject(mine.toStdString());
    BOOST_REQUIRE(back.project);
    BOOST_TEST((*back.project == opened));
    // The bundled example is as it was.
    BOOST_TEST((fs::last_write_time(bundled) == before));
    BOOST_TEST(fs::file_size(bundled) == size);

    // A second Save writes to the planner's file without asking again.
    test::FileDialogAnswerer none(QStringLiteral("elsewhere.effekt"));
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
    test::settle();
    BOOST_TEST(none.shown == 0);
}

// A plain New after an example is "Untitled" again.
BOOST_AUTO_TEST_CASE(new_after_an_example_is_untitled) {
    app::MainWindow w;
    BOOST_REQUIRE(w.openCatalogueEntry(QStringLiteral("ung-i-jobb")));
    BOOST_TEST(w.windowTitle().startsWith(QStringLiteral("[*]Ung i jobb")));
    w.document()->reset(app::emptyProject());
    BOOST_TEST(w.windowTitle().startsWith(QStringLiteral("[*]Untitled")));
    BOOST_TEST(!w.document()->isCopy());
}

// File ▸ New from Template…: the planner moves down the list with the keyboard, reads each
// template's help, and Enter opens a copy of the chosen one, titled with its name.
BOOST_AUTO_TEST_CASE(new_from_template_by_keyboard_opens_the_chosen_copy) {
    const std::vector<app::CatalogueEntry> templates = app::templates();
    BOOST_REQUIRE(templates.size() >= 3u);
    app::MainWindow w;
    auto *action = w.findChild<QAction *>(QStringLiteral("newFromTemplate"));
    BOOST_REQUIRE(action);
    BOOST_REQUIRE(action->isEnabled());
    QStringList helps;
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<app::TemplateDialog *>(QApplication::activeModalWidget());
        if (!dialog) { // never leave a dialog waiting: close whatever is open
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<QDialog *>(top))
                    d->reject();
            return;
        }
        answered = true;
        dialog->list()->setFocus();
        helps << dialog->help()->text();
        for (int i = 0; i < 2; ++i) {
            QTest::keyClick(dialog->list(), Qt::Key_Down);
            helps << dialog->help()->text();
        }
        QTest::keyClick(dialog->list(), Qt::Key_Return);
    });
    action->trigger();
    BOOST_REQUIRE(answered);
    // Each template's own help was shown as the choice moved.
    BOOST_REQUIRE(helps.size() == 3);
    for (int i = 0; i < 3; ++i)
        BOOST_TEST(helps[i] == templates[static_cast<std::size_t>(i)].help);
    const std::optional<Project> chosen = app::loadCatalogueProject(templates[2], nullptr);
    BOOST_REQUIRE(chosen);
    BOOST_TEST((w.document()->project() == *chosen));
    const QString name = QString::fromStdString(chosen->name);
    BOOST_TEST(w.windowTitle().startsWith(QStringLiteral("[*]") + name),
               w.windowTitle().toStdString());
    BOOST_TEST(w.document()->filePath().isEmpty());
    BOOST_TEST(w.document()->isCopy());
}

BOOST_AUTO_TEST_SUITE_END()
