// effekt export-xlsx (docs/cli.md): its usage, the workbook it writes, and what it leaves alone.
// The workbook's contents are read back by tests/xlsx/check_workbook.py (openpyxl, LibreOffice).
#include "cliutil.h"
#include "storage.h"
#include "testutil.h"
#include "workbook.h"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace effekt;
using effekt::test::runCli;
using effekt::test::TempDir;
namespace fs = std::filesystem;

namespace {
std::string contents(const fs::path &p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
} // namespace

BOOST_AUTO_TEST_SUITE(cli_xlsx)

BOOST_AUTO_TEST_CASE(export_xlsx_usage) {
    BOOST_TEST(runCli({"export-xlsx", "p.effekt"}).exitCode == 2);
    const auto r = runCli({"export-xlsx", "p.effekt", "p.xlsx", "--language", "de"});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(r.err.find("--language must be nb or en") != std::string::npos, r.err);
    BOOST_TEST(runCli({"export-xlsx", "p.effekt", "p.xlsx", "--sheets"}).exitCode == 2);
    BOOST_TEST(runCli({"--help"}).out.find("export-xlsx FILE OUT.xlsx") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(export_xlsx_writes_a_workbook_or_says_it_cannot) {
    TempDir dir;
    BOOST_REQUIRE(saveProject(workedExample(), dir.file("p.effekt")).empty());
    const auto r = runCli({"export-xlsx", dir.file("p.effekt"), dir.file("p.xlsx")});
    if (!xlsx::available()) {
        // A build without libxlsxwriter (the Windows cross build) says so and writes nothing.
        BOOST_TEST(r.exitCode == 1);
        BOOST_TEST(r.err.find("cannot write Excel workbooks") != std::string::npos, r.err);
        BOOST_TEST(!fs::exists(dir.path() / "p.xlsx"));
        return;
    }
    BOOST_TEST(r.exitCode == 0, r.err);
    // An Office Open XML workbook is a ZIP archive; nothing else is left in the folder.
    BOOST_TEST(contents(dir.path() / "p.xlsx").substr(0, 2) == "PK");
    std::size_t files = 0;
    for (const auto &e : fs::directory_iterator(dir.path())) {
        (void)e;
        ++files;
    }
    BOOST_TEST(files == 2u);
    BOOST_TEST(runCli({"export-xlsx", dir.file("p.effekt"), dir.file("en.xlsx"), "--language=en"})
                   .exitCode == 0);
}

BOOST_AUTO_TEST_CASE(export_xlsx_leaves_a_folder_and_a_missing_input_alone) {
    if (!xlsx::available())
        return;
    TempDir dir;
    BOOST_REQUIRE(saveProject(workedExample(), dir.file("p.effekt")).empty());
    fs::create_directory(dir.path() / "out.xlsx");
    auto r = runCli({"export-xlsx", dir.file("p.effekt"), dir.file("out.xlsx")});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.find("file-not-regular") != std::string::npos, r.err);
    BOOST_TEST(fs::is_directory(dir.path() / "out.xlsx"));
    test::writeFile(dir.path() / "old.xlsx", "old");
    r = runCli({"export-xlsx", dir.file("missing.effekt"), dir.file("old.xlsx")});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(contents(dir.path() / "old.xlsx") == "old");
}

BOOST_AUTO_TEST_SUITE_END()
