// The statement CSV and the chart images are written the way the project file is (safewrite.h):
// through a link to its target, never over a read-only file or a folder (the FIFO:
// test_safe_write).
#include "chartexport.h"
#include "document.h"
#include "resultspage.h"
#include "samples.h"
#include "statementmodel.h"
#include "testutil.h"

#include <QImage>

#include <boost/test/unit_test.hpp>

#include <filesystem>

using namespace effekt;
using namespace effekt::views;
namespace fs = std::filesystem;

BOOST_AUTO_TEST_SUITE(export_safety)

BOOST_AUTO_TEST_CASE(exports_keep_links_and_leave_read_only_files_and_fifos_alone) {
    Document doc;
    doc.reset(workedExample());
    ResultsPage page(&doc);
    const ChartData data = paymentsChartData(doc.project(), doc.results());
    test::TempDir dir;
    auto q = [&](const char *name) { return QString::fromStdString(dir.file(name)); };

    // Read-only: refused, the file as it was.
    test::writeFile(dir.file("old.csv"), "old");
    test::writeFile(dir.file("old.png"), "old");
    fs::permissions(dir.file("old.csv"), fs::perms::owner_read);
    fs::permissions(dir.file("old.png"), fs::perms::owner_read);
    BOOST_TEST(!page.exportStatement(q("old.csv"), CsvStyle::International));
    BOOST_TEST(!saveChartPng(data, q("old.png"), QSize(300, 200)));
    BOOST_TEST(!saveChartSvg(data, q("old.png"), QSize(300, 200)));
    BOOST_TEST(test::readFile(dir.file("old.csv")) == "old");
    BOOST_TEST(test::readFile(dir.file("old.png")) == "old");
    fs::permissions(dir.file("old.csv"), fs::perms::owner_all);
    fs::permissions(dir.file("old.png"), fs::perms::owner_all);

    // A folder: refused.
    fs::create_directory(dir.path() / "folder.csv");
    BOOST_TEST(!page.exportStatement(q("folder.csv"), CsvStyle::Norwegian));
    BOOST_TEST(fs::is_directory(dir.path() / "folder.csv"));

#ifndef _WIN32
    // A link: its target is written, the link stays.
    fs::create_directory(dir.path() / "real");
    test::writeFile(dir.file("real/s.csv"), "old");
    test::writeFile(dir.file("real/c.png"), "old");
    fs::create_symlink("real/s.csv", dir.path() / "s.csv");
    fs::create_symlink("real/c.png", dir.path() / "c.png");
    BOOST_TEST(page.exportStatement(q("s.csv"), CsvStyle::International));
    BOOST_TEST(saveChartPng(data, q("c.png"), QSize(300, 200)));
    BOOST_TEST(fs::is_symlink(dir.path() / "s.csv"));
    BOOST_TEST(fs::is_symlink(dir.path() / "c.png"));
    BOOST_TEST(test::readFile(dir.file("real/s.csv")).rfind("Period,", 0) == 0u);
    BOOST_TEST((QImage(q("real/c.png")).size() == QSize(300, 200)));
#endif
}

// A refused export says why in words the planner can act on, naming the file (before, the Results
// page's statement button and the chart exports failed without a word). The reason is the safe
// writer's own (its diagnostics), not guessed again from the file afterwards.
BOOST_AUTO_TEST_CASE(a_refused_export_says_why) {
    test::TempDir dir;
    auto q = [&](const std::string &name) { return QString::fromStdString(dir.file(name)); };
    test::writeFile(dir.file("old.csv"), "old");
    fs::permissions(dir.file("old.csv"), fs::perms::owner_read);
    Diagnostics problems;
    BOOST_TEST(!writeFileSafely(q("old.csv"), "new", &problems));
    const QString readOnly = exportFailedText(q("old.csv"), problems);
    BOOST_TEST(readOnly.contains(QStringLiteral("read-only")), readOnly.toStdString());
    BOOST_TEST(readOnly.contains(QStringLiteral("old.csv")), readOnly.toStdString());

    fs::create_directory(dir.file("folder.csv"));
    BOOST_TEST(!writeFileSafely(q("folder.csv"), "new", &problems));
    const QString folder = exportFailedText(q("folder.csv"), problems);
    BOOST_TEST(folder.contains(QStringLiteral("is not a file")), folder.toStdString());

    fs::create_directory(dir.file("locked"));
    fs::permissions(dir.file("locked"), fs::perms::owner_read | fs::perms::owner_exec);
    const QString locked = exportFailedText(q("locked/new.csv"));
    // Root may write into any folder; the sentence then says what is left to say.
    BOOST_TEST(
        (locked.contains(QStringLiteral("folder")) || locked.contains(QStringLiteral("disk"))),
        locked.toStdString());
    fs::permissions(dir.file("locked"), fs::perms::owner_all);
    fs::permissions(dir.file("old.csv"), fs::perms::owner_all);
}

BOOST_AUTO_TEST_SUITE_END()
