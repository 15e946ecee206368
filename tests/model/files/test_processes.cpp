// What the Windows code paths (model/files/platform.cpp) must get right, tested on every
// platform: a project in a folder whose names hold æ, ø and å (wide paths on Windows), a lock seen
// by a second process, and a lock whose holder was killed. The second process is this test
// executable again, running one of the helper cases below (disabled in a normal run).
#include "fullproject.h"
#include "json.h"
#include "lockfile.h"
#include "platform.h"
#include "process.h"
#include "recovery.h"
#include "samples.h"
#include "storage.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <set>
#include <thread>

using namespace effekt;
using effekt::test::TempDir;
namespace fs = std::filesystem;
namespace utf = boost::unit_test;

namespace {

std::set<std::string> namesIn(const fs::path &dir) {
    std::set<std::string> names;
    for (const auto &e : fs::directory_iterator(dir))
        names.insert(test::u8string(e.path().filename()));
    return names;
}

// The helper case's arguments after "--", in UTF-8 (platform::arguments: on Windows from the
// wide command line, of which Boost.Test has seen only the ANSI copy).
std::vector<std::string> helperArgs() {
    const auto &suite = utf::framework::master_test_suite();
    const std::vector<std::string> all = platform::arguments(suite.argc, suite.argv);
    const auto dashes = std::find(all.begin(), all.end(), "--");
    return dashes == all.end() ? all : std::vector<std::string>(dashes + 1, all.end());
}

// Starts this executable running helper case `name` with `args`.
std::unique_ptr<test::ChildProcess> startHelper(const std::string &name,
                                                std::vector<std::string> args) {
    std::vector<std::string> all{"--run_test=process_helpers/" + name, "--log_level=nothing",
                                 "--report_level=no", "--"};
    all.insert(all.end(), args.begin(), args.end());
    return std::make_unique<test::ChildProcess>(test::selfExecutable(), all);
}

bool waitFor(const std::string &utf8Path, std::chrono::seconds limit) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < end) {
        std::error_code ec;
        if (fs::exists(test::u8path(utf8Path), ec))
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

} // namespace

BOOST_AUTO_TEST_SUITE(norwegian_paths)

BOOST_AUTO_TEST_CASE(save_reopen_lock_and_recover_in_a_folder_named_with_aeoeaa) {
    TempDir top;
    const std::string folder = top.file("Oppfølging Ærø");
    fs::create_directory(test::u8path(folder));
    const std::string doc = folder + "/" + "Tiltak på Åsane.effekt";

    BOOST_REQUIRE(saveProject(workedExample(), doc).empty());
    // Saved again over the first: the new file replaces the old in one rename.
    const Project full = test::fullProject();
    BOOST_REQUIRE(saveProject(full, doc).empty());
    const LoadResult loaded = loadProject(doc);
    BOOST_REQUIRE(loaded.project.has_value());
    BOOST_TEST((*loaded.project == full));

    ProjectLock lock;
    BOOST_TEST(!lock.acquire(doc).has_value());
    BOOST_TEST(lock.held());
    BOOST_TEST(lock.lockPath() ==
               test::u8string(test::u8path(folder) / test::u8path(".Tiltak på Åsane.effekt.lock")));
    ProjectLock second;
    BOOST_TEST(second.acquire(doc).has_value()); // held

    const std::string rec = recoveryPathFor(doc);
    BOOST_REQUIRE(saveRecovery(workedExample(), rec, doc).empty());
    const RecoveryData r = loadRecovery(rec);
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST(r.originalPath == doc);
    BOOST_TEST((*r.project == workedExample()));

    const std::string exported = folder + "/Tiltak på Åsane – kopi.json";
    BOOST_REQUIRE(json::exportJson(full, exported).empty());
    BOOST_REQUIRE(json::exportJson(full, exported).empty()); // over the first
    BOOST_TEST((*json::importJson(exported).project == full));

    // The names on the disk are the names given, not their bytes read in a code page.
    BOOST_TEST(namesIn(top.path()) == std::set<std::string>{"Oppfølging Ærø"});
    const std::set<std::string> expected{"Tiltak på Åsane.effekt", ".Tiltak på Åsane.effekt.lock",
                                         ".Tiltak på Åsane.effekt.recovery",
                                         "Tiltak på Åsane – kopi.json"};
    BOOST_TEST(namesIn(test::u8path(folder)) == expected);

    lock.release();
    BOOST_TEST(removeRecovery(rec));
    BOOST_TEST(namesIn(test::u8path(folder)).size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(lock_between_processes)

BOOST_AUTO_TEST_CASE(a_second_process_sees_the_lock_held_and_by_whom) {
    TempDir dir;
    const std::string doc = dir.file("Åpen plan.effekt");
    BOOST_REQUIRE(saveProject(workedExample(), doc).empty());
    ProjectLock lock;
    BOOST_REQUIRE(!lock.acquire(doc).has_value());

    const std::string report = dir.file("report.txt");
    auto child = startHelper("try_lock", {doc, report});
    BOOST_TEST(child->wait() == 0);
    const std::string seen = test::readFile(test::u8path(report));
    BOOST_TEST(seen == "held by " + platform::userName() + " on " + platform::hostName() +
                           ", process " + std::to_string(platform::currentProcessId()) + "\n");
    BOOST_TEST(lock.held()); // the other process did not take it
}

BOOST_AUTO_TEST_CASE(a_lock_whose_holder_is_killed_is_taken_over) {
    TempDir dir;
    const std::string doc = dir.file("Delt plan.effekt");
    const std::string ready = dir.file("ready");
    auto child = startHelper("hold_lock", {doc, ready});
    BOOST_REQUIRE(waitFor(ready, std::chrono::seconds(60)));

    ProjectLock lock;
    const auto holder = lock.acquire(doc);
    BOOST_REQUIRE(holder.has_value());
    BOOST_TEST(holder->pid == child->pid());
    BOOST_TEST(holder->user == platform::userName());
    BOOST_TEST(holder->host == platform::hostName());
    BOOST_TEST(platform::processAlive(child->pid()));
    BOOST_TEST(!lock.held());

    child->kill(); // SIGKILL; on Windows TerminateProcess: the lock file stays behind
    BOOST_TEST(fs::exists(test::u8path(ProjectLock::lockPathFor(doc))));
    BOOST_TEST(!platform::processAlive(child->pid()));
    BOOST_TEST(!lock.acquire(doc).has_value());
    BOOST_TEST(lock.held());
    BOOST_TEST(ProjectLock::read(lock.lockPath())->pid == platform::currentProcessId());
}

BOOST_AUTO_TEST_SUITE_END()

// Run only as the second process of the cases above (--run_test=process_helpers/NAME -- ARGS).
BOOST_AUTO_TEST_SUITE(process_helpers, *utf::disabled())

// ARGS: document, report file. Tries to take the lock; writes who holds it.
BOOST_AUTO_TEST_CASE(try_lock) {
    const std::vector<std::string> args = helperArgs();
    BOOST_REQUIRE(args.size() == 2u);
    ProjectLock lock;
    const auto holder = lock.acquire(args[0]);
    const std::string text =
        holder ? "held by " + holder->user + " on " + holder->host + ", process " +
                     std::to_string(holder->pid) + "\n"
               : std::string(lock.held() ? "taken\n" : "error: " + lock.error() + "\n");
    test::writeFile(test::u8path(args[1]), text);
}

// ARGS: document, ready file. Takes the lock, says so in the ready file and waits to be killed.
BOOST_AUTO_TEST_CASE(hold_lock) {
    const std::vector<std::string> args = helperArgs();
    BOOST_REQUIRE(args.size() == 2u);
    ProjectLock lock;
    BOOST_REQUIRE(!lock.acquire(args[0]).has_value());
    BOOST_REQUIRE(lock.held());
    test::writeFile(test::u8path(args[1]), "ready\n");
    std::this_thread::sleep_for(std::chrono::seconds(120));
}

BOOST_AUTO_TEST_SUITE_END()
