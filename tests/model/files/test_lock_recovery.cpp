// The document lock and the recovery file.
#include "fullproject.h"
#include "lockfile.h"
#include "platform.h"
#include "recovery.h"
#include "storage.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <regex>

#ifndef _WIN32
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace effekt;
using effekt::test::TempDir;

BOOST_AUTO_TEST_SUITE(lock)

BOOST_AUTO_TEST_CASE(lock_file_sits_beside_the_document) {
    BOOST_TEST(ProjectLock::lockPathFor("/a/b/plan.effekt") ==
               (std::filesystem::path("/a/b") / ".plan.effekt.lock").string());
}

BOOST_AUTO_TEST_CASE(second_opener_sees_who_holds_it) {
    TempDir dir;
    const std::string doc = dir.file("plan.effekt");
    ProjectLock first;
    BOOST_TEST(!first.acquire(doc).has_value());
    BOOST_TEST(first.held());
    const auto info = ProjectLock::read(first.lockPath());
    BOOST_REQUIRE(info.has_value());
    BOOST_TEST(info->pid == platform::currentProcessId());
    BOOST_TEST(info->host == platform::hostName());
    BOOST_TEST(info->user == platform::userName());
    BOOST_TEST(std::regex_match(info->since, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));

    ProjectLock second;
    const auto holder = second.acquire(doc);
    BOOST_REQUIRE(holder.has_value());
    BOOST_TEST((*holder == *info));
    BOOST_TEST(!second.held());

    first.release();
    BOOST_TEST(!std::filesystem::exists(first.lockPath()));
    BOOST_TEST(!second.acquire(doc).has_value());
    BOOST_TEST(second.held());
}

BOOST_AUTO_TEST_CASE(released_on_destruction_and_movable) {
    TempDir dir;
    const std::string doc = dir.file("plan.effekt");
    std::string lockPath;
    {
        ProjectLock a;
        BOOST_TEST(!a.acquire(doc).has_value());
        ProjectLock b = std::move(a);
        BOOST_TEST(!a.held());
        BOOST_TEST(b.held());
        lockPath = b.lockPath();
        BOOST_TEST(std::filesystem::exists(lockPath));
    }
    BOOST_TEST(!std::filesystem::exists(lockPath));
}

#ifndef _WIN32
BOOST_AUTO_TEST_CASE(stale_lock_of_a_dead_process_is_taken_over) {
    TempDir dir;
    const std::string doc = dir.file("plan.effekt");
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    int status = 0;
    waitpid(child, &status, 0); // the child is gone now
    BOOST_TEST(!platform::processAlive(child));
    const std::string lockPath = ProjectLock::lockPathFor(doc);
    BOOST_REQUIRE(ProjectLock::write(
        lockPath, LockInfo{"crashed", platform::hostName(), child, "2027-01-01T00:00:00Z"}));
    ProjectLock lock;
    BOOST_TEST(!lock.acquire(doc).has_value());
    BOOST_TEST(lock.held());
    BOOST_TEST(ProjectLock::read(lockPath)->pid == platform::currentProcessId());
}
#endif

BOOST_AUTO_TEST_CASE(lock_from_another_host_is_respected) {
    TempDir dir;
    const std::string doc = dir.file("plan.effekt");
    const LockInfo other{"kari", "another-pc.example", 4242, "2027-01-01T08:00:00Z"};
    BOOST_REQUIRE(ProjectLock::write(ProjectLock::lockPathFor(doc), other));
    ProjectLock lock;
    const auto holder = lock.acquire(doc);
    BOOST_REQUIRE(holder.has_value());
    BOOST_TEST((*holder == other));
    BOOST_TEST(!lock.held());
}

BOOST_AUTO_TEST_CASE(unreadable_lock_file_is_taken_over) {
    TempDir dir;
    const std::string doc = dir.file("plan.effekt");
    test::writeFile(ProjectLock::lockPathFor(doc), "{garbage");
    ProjectLock lock;
    BOOST_TEST(!lock.acquire(doc).has_value());
    BOOST_TEST(lock.held());
}

BOOST_AUTO_TEST_CASE(folder_that_cannot_hold_a_lock) {
    TempDir dir;
    ProjectLock lock;
    BOOST_TEST(!lock.acquire(dir.file("missing/plan.effekt")).has_value());
    BOOST_TEST(!lock.held());
    BOOST_TEST(!lock.error().empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(recovery)

BOOST_AUTO_TEST_CASE(recovery_path_beside_the_document) {
    BOOST_TEST(recoveryPathFor("/a/b/plan.effekt") ==
               (std::filesystem::path("/a/b") / ".plan.effekt.recovery").string());
}

BOOST_AUTO_TEST_CASE(save_load_remove) {
    TempDir dir;
    const std::string doc = dir.file("plan.effekt");
    const std::string rec = recoveryPathFor(doc);
    const Project p = test::fullProject();
    BOOST_TEST(saveRecovery(p, rec, doc).empty());
    const RecoveryData r = loadRecovery(rec);
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST((*r.project == p));
    BOOST_TEST(r.originalPath == doc);
    BOOST_TEST(std::regex_match(r.savedAt, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
    // A recovery file is a project file too.
    BOOST_TEST((*loadProject(rec).project == p));
    // Overwritten by the next autosave.
    BOOST_TEST(saveRecovery(workedExample(), rec, doc).empty());
    BOOST_TEST((*loadRecovery(rec).project == workedExample()));
    BOOST_TEST(removeRecovery(rec));
    BOOST_TEST(!std::filesystem::exists(rec));
    BOOST_TEST(removeRecovery(rec)); // nothing left to remove is fine
}

BOOST_AUTO_TEST_CASE(untitled_document_and_plain_project_files) {
    TempDir dir;
    const std::string rec = dir.file("untitled-1.recovery");
    BOOST_TEST(saveRecovery(workedExample(), rec, "").empty());
    const RecoveryData r = loadRecovery(rec);
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST(r.originalPath.empty());
    // An ordinary project file has no recovery record.
    BOOST_REQUIRE(saveProject(workedExample(), dir.file("plain.effekt")).empty());
    const RecoveryData plain = loadRecovery(dir.file("plain.effekt"));
    BOOST_TEST(!plain.project);
    BOOST_TEST(hasErrors(plain.diagnostics));
    // Damaged recovery files are refused like any other file.
    test::writeFile(dir.path() / "bad.recovery", "junk");
    BOOST_TEST(!loadRecovery(dir.file("bad.recovery")).project);
}

BOOST_AUTO_TEST_SUITE_END()
