// A save that cannot be completed says why and leaves the old file as it was.
#include "fullproject.h"
#include "samples.h"
#include "storage.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <filesystem>

#ifndef _WIN32
#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace effekt;
using effekt::test::hasError;
using effekt::test::TempDir;

namespace {

std::size_t entries(const std::filesystem::path &dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto &e : std::filesystem::directory_iterator(dir))
        ++n;
    return n;
}

} // namespace

BOOST_AUTO_TEST_SUITE(save_failures)

BOOST_AUTO_TEST_CASE(missing_folder) {
    TempDir dir;
    const Diagnostics d = saveProject(workedExample(), dir.file("no/such/folder/p.effekt"));
    BOOST_TEST(hasError(d, DiagCode::FileWriteFailed));
    BOOST_TEST(entries(dir.path()) == 0u);
}

BOOST_AUTO_TEST_CASE(read_only_place) {
#ifdef __linux__
    // /proc refuses new files, for every user.
    BOOST_TEST(hasError(saveProject(workedExample(), "/proc/effekt-test.effekt"),
                        DiagCode::FileWriteFailed));
#endif
#ifndef _WIN32
    if (geteuid() != 0) { // permissions do not bind the superuser
        TempDir dir;
        const std::string path = dir.file("p.effekt");
        BOOST_REQUIRE(saveProject(workedExample(), path).empty());
        std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_read |
                                                     std::filesystem::perms::owner_exec);
        BOOST_TEST(hasError(saveProject(test::fullProject(), path), DiagCode::FileWriteFailed));
        std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all);
        const LoadResult r = loadProject(path);
        BOOST_REQUIRE(r.project.has_value());
        BOOST_TEST((*r.project == workedExample()));
    }
#endif
}

BOOST_AUTO_TEST_CASE(invalid_values_are_not_saved) {
    TempDir dir;
    const std::string path = dir.file("p.effekt");
    BOOST_REQUIRE(saveProject(workedExample(), path).empty());
    Project p = workedExample();
    p.metrics[0].plan[2] = std::numeric_limits<double>::quiet_NaN();
    p.metrics[1].rule.payers[0].partyId = 99;
    const Diagnostics d = saveProject(p, path);
    BOOST_TEST(hasError(d, DiagCode::ValueOutOfRange));
    BOOST_TEST(hasError(d, DiagCode::MissingReference));
    bool named = false;
    for (const Diagnostic &x : d)
        named = named || (x.entity == "metric" && x.id == 1 && x.field == "plan" && x.period == 2);
    BOOST_TEST(named);
    const LoadResult r = loadProject(path);
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST((*r.project == workedExample()));
}

#ifndef _WIN32
BOOST_AUTO_TEST_CASE(full_disk) {
    // A file-size limit makes every write past 256 KiB fail as on a full disk (EFBIG).
    TempDir dir;
    const std::string path = dir.file("p.effekt");
    BOOST_REQUIRE(saveProject(workedExample(), path).empty());
    const pid_t pid = fork();
    if (pid == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{256 * 1024, 256 * 1024};
        setrlimit(RLIMIT_FSIZE, &limit);
        const Diagnostics d = saveProject(workedExampleWithLedger(100'000), path);
        _exit(hasError(d, DiagCode::FileWriteFailed) ? 0 : 1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    BOOST_TEST((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    const LoadResult r = loadProject(path);
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST((*r.project == workedExample()));
    BOOST_TEST(entries(dir.path()) == 1u); // the temporary file is gone
}
#endif

BOOST_AUTO_TEST_SUITE_END()
