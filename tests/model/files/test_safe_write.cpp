// Saving safely (safewrite.h, docs/file-format.md "Saving"): through a link to its target, never
// through a link planted at a temporary name, never into a FIFO, a device or a folder, never over
// a read-only file; a failing step leaves the old file.
#include "fullproject.h"
#include "json.h"
#include "safewrite.h"
#include "samples.h"
#include "storage.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <filesystem>
#include <set>
#include <thread>

#ifndef _WIN32
#include <csignal>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace effekt;
using effekt::test::hasError;
using effekt::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::set<std::string> fileNames(const fs::path &dir) {
    std::set<std::string> out;
    for (const auto &e : fs::directory_iterator(dir))
        out.insert(e.path().filename().string());
    return out;
}

Project loaded(const std::string &path) {
    LoadResult r = loadProject(path);
    BOOST_REQUIRE(r.project.has_value());
    return *r.project;
}

#ifndef _WIN32
// Runs `body` in a child process and gives its exit code; -1 when it had not ended after ten
// seconds (it hung: killed). Guards a test against a save that blocks on a FIFO.
template <typename F> int inChildWithin10s(F body) {
    const pid_t pid = fork();
    if (pid == 0)
        _exit(body() ? 0 : 1);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    int status = 0;
    while (waitpid(pid, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            return -1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool isFifo(const std::string &path) {
    struct stat st {};
    return lstat(path.c_str(), &st) == 0 && S_ISFIFO(st.st_mode);
}
#endif

} // namespace

BOOST_AUTO_TEST_SUITE(safe_write)

#ifndef _WIN32 // symbolic links need privileges on Windows; links are not followed there

BOOST_AUTO_TEST_CASE(saving_to_a_link_updates_its_target_and_keeps_the_link) {
    TempDir dir;
    fs::create_directory(dir.path() / "real");
    const std::string real = dir.file("real/p.effekt"), link = dir.file("link.effekt");
    BOOST_REQUIRE(saveProject(workedExample(), real).empty());
    fs::create_symlink("real/p.effekt", link); // relative, as ln -s makes it
    fs::permissions(real, fs::perms(0640));

    BOOST_TEST(saveProject(test::fullProject(), link).empty());
    BOOST_TEST(fs::is_symlink(link));
    BOOST_TEST(fs::read_symlink(link) == fs::path("real/p.effekt"));
    BOOST_TEST((loaded(real) == test::fullProject()));
    BOOST_TEST((fs::status(real).permissions() == fs::perms(0640))); // the file's mode is kept
    BOOST_TEST(fileNames(dir.path()) == (std::set<std::string>{"link.effekt", "real"}));
    BOOST_TEST(fileNames(dir.path() / "real") == (std::set<std::string>{"p.effekt"}));

    // A chain of links, and JSON the same way.
    const std::string json = dir.file("real/p.json"), first = dir.file("a.json");
    test::writeFile(json, "old");
    fs::create_symlink(dir.path() / "b.json", first);
    fs::create_symlink(json, dir.path() / "b.json");
    BOOST_TEST(json::exportJson(workedExample(), first).empty());
    BOOST_TEST(fs::is_symlink(first));
    BOOST_TEST(fs::is_symlink(dir.path() / "b.json"));
    BOOST_TEST(test::readFile(json).rfind("{", 0) == 0u);

    // A link to a file not there yet: the file is made where the link points.
    fs::create_symlink("real/new.effekt", dir.path() / "dangling.effekt");
    BOOST_TEST(saveProject(workedExample(), dir.file("dangling.effekt")).empty());
    BOOST_TEST(fs::is_symlink(dir.path() / "dangling.effekt"));
    BOOST_TEST((loaded(dir.file("real/new.effekt")) == workedExample()));

    // Links in a loop: refused, nothing written.
    fs::create_symlink("loop2.effekt", dir.path() / "loop1.effekt");
    fs::create_symlink("loop1.effekt", dir.path() / "loop2.effekt");
    BOOST_TEST(hasError(saveProject(workedExample(), dir.file("loop1.effekt")),
                        DiagCode::FileWriteFailed));
}

BOOST_AUTO_TEST_CASE(a_link_planted_at_a_temporary_name_is_never_followed) {
    TempDir outside, dir;
    const std::string victim = outside.file("victim.txt");
    test::writeFile(victim, "precious");
    // Links at every name the temporary files once had (".NAME.saving-PID-N"), for this process.
    const std::string pid = std::to_string(getpid());
    for (const char *name : {"out.json", "p.effekt"})
        for (int n = 0; n < 5000; ++n)
            fs::create_symlink(victim, dir.path() / ("." + std::string(name) + ".saving-" + pid +
                                                     "-" + std::to_string(n)));
    const std::size_t planted = fileNames(dir.path()).size();

    const std::string out = dir.file("out.json"), effekt = dir.file("p.effekt");
    BOOST_TEST(json::exportJson(test::fullProject(), out).empty());
    BOOST_TEST(saveProject(test::fullProject(), effekt).empty());
    BOOST_TEST(test::readFile(victim) == "precious");
    BOOST_TEST(fs::is_regular_file(fs::symlink_status(out)));
    BOOST_TEST(fs::is_regular_file(fs::symlink_status(effekt)));
    BOOST_TEST((loaded(effekt) == test::fullProject()));
    BOOST_TEST(fileNames(dir.path()).size() == planted + 2); // the two files, no temporary left
}

BOOST_AUTO_TEST_CASE(a_fifo_a_device_or_a_folder_is_refused_without_opening_it) {
    TempDir dir;
    const std::string fifo = dir.file("pipe.json");
    BOOST_REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    // In a child, under a time limit: a writer that opened the FIFO would wait for a reader.
    BOOST_TEST(inChildWithin10s([&] {
                   return hasError(json::exportJson(workedExample(), fifo),
                                   DiagCode::FileNotRegular) &&
                          hasError(saveProject(workedExample(), fifo), DiagCode::FileNotRegular) &&
                          hasError(safewrite::writeFile(fifo, "x"), DiagCode::FileNotRegular);
               }) == 0);
    BOOST_TEST(isFifo(fifo));
    // A link to a device: the device is what the link names, and it is refused.
    fs::create_symlink("/dev/null", dir.path() / "null.effekt");
    const Diagnostics d = saveProject(workedExample(), dir.file("null.effekt"));
    BOOST_TEST(hasError(d, DiagCode::FileNotRegular));
    BOOST_TEST(fs::is_symlink(dir.path() / "null.effekt"));
    bool named = false;
    for (const Diagnostic &x : d)
        named = named || (x.code == DiagCode::FileNotRegular && x.values.size() == 2 &&
                          std::get<std::string>(x.values[0]) == "device");
    BOOST_TEST(named);
    BOOST_TEST(fileNames(dir.path()) == (std::set<std::string>{"null.effekt", "pipe.json"}));
}

BOOST_AUTO_TEST_CASE(temporary_files_are_private_and_unpredictable) {
    TempDir dir;
    const std::string path = dir.file("p.json");
    safewrite::AtomicFile a(path), b(path);
    BOOST_REQUIRE(a.open());
    BOOST_REQUIRE(b.open());
    BOOST_TEST(a.temporaryPath() != b.temporaryPath());
    BOOST_TEST(a.temporaryPath().find(std::to_string(getpid())) == std::string::npos);
    BOOST_TEST((fs::status(a.temporaryPath()).permissions() ==
                (fs::perms::owner_read | fs::perms::owner_write)));
    BOOST_TEST(a.write("{}"));
    BOOST_TEST(a.commit());
    b.discard();
    BOOST_TEST(fileNames(dir.path()) == (std::set<std::string>{"p.json"}));
    // A new file gets the usual permissions for new files.
    const mode_t before = umask(022);
    BOOST_TEST(safewrite::writeFile(dir.file("new.json"), "{}").empty());
    umask(before);
    BOOST_TEST((fs::status(dir.file("new.json")).permissions() == fs::perms(0644)));
}

#endif

BOOST_AUTO_TEST_CASE(a_folder_is_refused) {
    TempDir dir;
    fs::create_directory(dir.path() / "folder.effekt");
    BOOST_TEST(hasError(saveProject(workedExample(), dir.file("folder.effekt")),
                        DiagCode::FileNotRegular));
    BOOST_TEST(hasError(json::exportJson(workedExample(), dir.file("folder.effekt")),
                        DiagCode::FileNotRegular));
    BOOST_TEST(fs::is_directory(dir.path() / "folder.effekt"));
    BOOST_TEST(fileNames(dir.path()) == (std::set<std::string>{"folder.effekt"}));
}

BOOST_AUTO_TEST_CASE(a_read_only_document_is_not_replaced) {
    // The folder can be written; the file is marked read-only. Even the superuser, whom
    // permissions do not bind, leaves it as it is.
    TempDir dir;
    const std::string path = dir.file("p.effekt"), json = dir.file("p.json");
    BOOST_REQUIRE(saveProject(workedExample(), path).empty());
    test::writeFile(json, "old");
    const auto readOnly = fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read;
    fs::permissions(path, readOnly);
    fs::permissions(json, readOnly);

    const Diagnostics d = saveProject(test::fullProject(), path);
    BOOST_TEST(hasError(d, DiagCode::FileReadOnly));
    BOOST_TEST(hasError(json::exportJson(test::fullProject(), json), DiagCode::FileReadOnly));
    BOOST_TEST(test::readFile(json) == "old");
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
    fs::permissions(json, fs::perms::owner_read | fs::perms::owner_write);
    BOOST_TEST((loaded(path) == workedExample()));
    BOOST_TEST(fileNames(dir.path()) == (std::set<std::string>{"p.effekt", "p.json"}));
}

BOOST_AUTO_TEST_CASE(a_failing_write_flush_sync_close_or_rename_leaves_the_old_file) {
    TempDir dir;
    const std::string path = dir.file("p.effekt"), json = dir.file("p.json");
    BOOST_REQUIRE(saveProject(workedExample(), path).empty());
    BOOST_REQUIRE(json::exportJson(workedExample(), json).empty());
    const std::string oldJson = test::readFile(json);
    struct Reset {
        ~Reset() { safewrite::failAtForTesting(safewrite::Step::None); }
    } reset;
    for (const auto step : {safewrite::Step::Write, safewrite::Step::Flush, safewrite::Step::Sync,
                            safewrite::Step::Close, safewrite::Step::Rename}) {
        safewrite::failAtForTesting(step);
        BOOST_TEST(hasError(json::exportJson(test::fullProject(), json), DiagCode::FileWriteFailed),
                   "step " << static_cast<int>(step));
        if (step != safewrite::Step::Write) // SQLite writes the project file itself
            BOOST_TEST(hasError(saveProject(test::fullProject(), path), DiagCode::FileWriteFailed),
                       "step " << static_cast<int>(step));
        safewrite::failAtForTesting(safewrite::Step::None);
        BOOST_TEST(test::readFile(json) == oldJson);
        BOOST_TEST((loaded(path) == workedExample()));
        BOOST_TEST(fileNames(dir.path()) == (std::set<std::string>{"p.effekt", "p.json"}));
    }
    // And with every step working, the new contents arrive.
    BOOST_TEST(saveProject(test::fullProject(), path).empty());
    BOOST_TEST((loaded(path) == test::fullProject()));
}

BOOST_AUTO_TEST_SUITE_END()
