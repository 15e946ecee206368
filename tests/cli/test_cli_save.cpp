// What export-json and import-json refuse to write to (docs/file-format.md, "Saving"): a FIFO
// (refused at once, never waited on), a read-only file; a link is written through.
#include "cliutil.h"
#include "fullproject.h"
#include "samples.h"
#include "storage.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <filesystem>
#include <future>

#ifndef _WIN32
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace effekt;
using effekt::test::runCli;
using effekt::test::TempDir;
namespace fs = std::filesystem;

BOOST_AUTO_TEST_SUITE(cli_save)

#ifndef _WIN32
BOOST_AUTO_TEST_CASE(export_json_to_a_fifo_is_refused_at_once) {
    TempDir dir;
    BOOST_REQUIRE(saveProject(workedExample(), dir.file("p.effekt")).empty());
    const std::string fifo = dir.file("out.json");
    BOOST_REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    auto run = std::async(std::launch::async, [&] {
        return runCli({"export-json", dir.file("p.effekt"), fifo});
    });
    if (run.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
        // It waits for a reader: give it one, so that the test ends, and fail.
        const int fd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
        BOOST_ERROR("export-json blocked on a FIFO");
        run.wait();
        ::close(fd);
    }
    const auto r = run.get();
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.find("file-not-regular") != std::string::npos, r.err);
    BOOST_TEST(r.err.find("\"fifo\"") != std::string::npos, r.err);
    struct stat st {};
    BOOST_TEST((lstat(fifo.c_str(), &st) == 0 && S_ISFIFO(st.st_mode)));
}

BOOST_AUTO_TEST_CASE(export_json_through_a_link_keeps_the_link) {
    TempDir dir;
    BOOST_REQUIRE(saveProject(workedExample(), dir.file("p.effekt")).empty());
    fs::create_directory(dir.path() / "shared");
    test::writeFile(dir.path() / "shared" / "p.json", "old");
    fs::create_symlink("shared/p.json", dir.path() / "p.json");
    const auto r = runCli({"export-json", dir.file("p.effekt"), dir.file("p.json")});
    BOOST_TEST(r.exitCode == 0, r.err);
    BOOST_TEST(fs::is_symlink(dir.path() / "p.json"));
    BOOST_TEST(test::readFile(dir.path() / "shared" / "p.json").rfind("{", 0) == 0u);
}
#endif

BOOST_AUTO_TEST_CASE(import_json_refuses_a_read_only_file_with_a_clear_message) {
    TempDir dir;
    BOOST_REQUIRE(saveProject(workedExample(), dir.file("old.effekt")).empty());
    BOOST_REQUIRE(saveProject(test::fullProject(), dir.file("new.effekt")).empty());
    fs::permissions(dir.path() / "old.effekt", fs::perms::owner_read | fs::perms::group_read);
    const auto r = runCli({"import-json", dir.file("new.effekt"), dir.file("old.effekt")});
    fs::permissions(dir.path() / "old.effekt", fs::perms::owner_read | fs::perms::owner_write);
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.find("error file-read-only") != std::string::npos, r.err);
    const LoadResult old = loadProject(dir.file("old.effekt"));
    BOOST_REQUIRE(old.project.has_value());
    BOOST_TEST((*old.project == workedExample()));
}

BOOST_AUTO_TEST_SUITE_END()
