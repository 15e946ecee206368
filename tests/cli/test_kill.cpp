// Atomic save: a child process saving a large project is killed at random moments; the target is
// always the complete old or the complete new project and passes PRAGMA integrity_check.
#include "fullproject.h"
#include "process.h"
#include "samples.h"
#include "storage.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <random>
#include <thread>

using namespace effekt;
using effekt::test::TempDir;

namespace {

std::string integrityCheck(const std::string &path) {
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return "cannot open";
    }
    sqlite3_stmt *s = nullptr;
    std::string result = "no result";
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, nullptr) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW)
        result = reinterpret_cast<const char *>(sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    sqlite3_close(db);
    return result;
}

// Removed first: MinGW's copy_file refuses to overwrite an existing file.
void copyOver(const std::string &from, const std::string &to) {
    std::filesystem::remove(to);
    std::filesystem::copy_file(from, to);
}

} // namespace

BOOST_AUTO_TEST_SUITE(atomic_save)

BOOST_AUTO_TEST_CASE(killed_saves_leave_old_or_new_file) {
    TempDir dir;
    const Project oldProject = workedExample();
    const Project newProject = workedExampleWithLedger(150'000);
    const std::string oldFile = dir.file("old.effekt"), newFile = dir.file("new.effekt");
    BOOST_REQUIRE(saveProject(oldProject, oldFile).empty());
    BOOST_REQUIRE(saveProject(newProject, newFile).empty());
    const std::string target = dir.file("target.effekt");

    auto startSave = [&]() {
        return std::make_unique<test::ChildProcess>(
            EFFEKT_CLI_PATH, std::vector<std::string>{"import-json", newFile, target});
    };
    // One uninterrupted run gives the time a whole load-and-save takes.
    copyOver(oldFile, target);
    const auto t0 = std::chrono::steady_clock::now();
    BOOST_REQUIRE(startSave()->wait() == 0);
    const auto full = std::chrono::steady_clock::now() - t0;
    const auto fullUs = std::chrono::duration_cast<std::chrono::microseconds>(full).count();
    BOOST_TEST_MESSAGE("one save: " << fullUs << " us");

    std::mt19937 rng(20270101);
    int sawOld = 0, sawNew = 0;
    const int kRuns = 24;
    for (int run = 0; run < kRuns; ++run) {
        copyOver(oldFile, target);
        const auto child = startSave();
        // Kill moments spread over the run, from early on (reading, writing the temporary file)
        // to just after its end (renamed).
        const auto delay =
            std::chrono::microseconds(fullUs / 4 + rng() % static_cast<unsigned>(fullUs + 1));
        std::this_thread::sleep_for(delay);
        child->kill(); // SIGKILL; on Windows TerminateProcess

        BOOST_TEST(integrityCheck(target) == "ok");
        const LoadResult r = loadProject(target);
        BOOST_REQUIRE(r.project.has_value());
        if (*r.project == oldProject)
            ++sawOld;
        else if (*r.project == newProject)
            ++sawNew;
        else
            BOOST_ERROR("run " << run << ": the target is neither the old nor the new project");
    }
    BOOST_TEST_MESSAGE("old " << sawOld << ", new " << sawNew);
    BOOST_TEST(sawOld + sawNew == kRuns);
    BOOST_TEST(sawOld > 0); // killed before the rename at least once
}
BOOST_AUTO_TEST_SUITE_END()
