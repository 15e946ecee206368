// Saving over a file marked read-only: the window never replaces it; it asks, and offers to save
// the changes under another name.
#include "gui.h"
#include "mainwindow.h"
#include "storage.h"
#include "testutil.h"

#include <QApplication>
#include <QFileInfo>
#include <QTest>

#include <boost/test/unit_test.hpp>

#include <filesystem>

using namespace effekt;
using effekt::test::Answerer;
using effekt::test::FileDialogAnswerer;
namespace fs = std::filesystem;

BOOST_AUTO_TEST_SUITE(read_only_save)

BOOST_AUTO_TEST_CASE(saving_over_a_read_only_file_asks_and_offers_save_as) {
    test::TempDir dir;
    const std::string file = dir.file("plan.effekt");
    BOOST_REQUIRE(saveProject(workedExample(), file).empty());
    fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const QString path = QString::fromStdString(file);

    app::MainWindow w;
    BOOST_REQUIRE(w.openFile(path));
    Project p = w.document()->project();
    p.description = "changed";
    w.document()->apply(p, QStringLiteral("Edit"));

    {
        // Cancel: nothing written, the changes still open and unsaved.
        Answerer cancel(QMessageBox::Cancel);
        BOOST_TEST(!w.save());
        BOOST_TEST(cancel.asked == 1);
        BOOST_TEST(cancel.text.contains(QStringLiteral("plan.effekt")));
        BOOST_TEST(cancel.text.contains(QStringLiteral("read-only")));
    }
    BOOST_TEST(w.document()->isModified());
    BOOST_TEST(w.document()->filePath() == QFileInfo(path).absoluteFilePath());
    {
        const LoadResult r = loadProject(file);
        BOOST_REQUIRE(r.project.has_value());
        BOOST_TEST((*r.project == workedExample()));
    }

    // Save As…: the changes go to the name the planner types; the read-only file stays as it was.
    const QString copy = QString::fromStdString(dir.file("plan-copy.effekt"));
    {
        Answerer saveAs(QMessageBox::Save);
        FileDialogAnswerer dialog(copy);
        BOOST_TEST(w.save());
        BOOST_TEST(saveAs.asked == 1);
        BOOST_TEST(dialog.shown >= 1);
    }
    BOOST_TEST(!w.document()->isModified());
    BOOST_TEST(w.document()->filePath() == copy);
    const LoadResult saved = loadProject(copy.toStdString());
    BOOST_REQUIRE(saved.project.has_value());
    BOOST_TEST(saved.project->description == "changed");
    const LoadResult old = loadProject(file);
    BOOST_REQUIRE(old.project.has_value());
    BOOST_TEST((*old.project == workedExample()));
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
}

BOOST_AUTO_TEST_SUITE_END()
