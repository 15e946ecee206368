#include "cliutil.h"
#include "testutil.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#ifndef _WIN32
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace effekt::test {

#ifndef _WIN32
CliRun runCli(const std::vector<std::string> &args) {
    TempDir dir;
    const std::string outPath = dir.file("out"), errPath = dir.file("err");
    CliRun run;
    const pid_t pid = fork();
    if (pid == 0) {
        const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(out, 1);
        ::dup2(err, 2);
        std::vector<char *> argv;
        std::string exe = EFFEKT_CLI_PATH;
        argv.push_back(exe.data());
        std::vector<std::string> copy = args;
        for (std::string &a : copy)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execv(exe.c_str(), argv.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = readFile(outPath);
    run.err = readFile(errPath);
    return run;
}
#else
CliRun runCli(const std::vector<std::string> &args) {
    TempDir dir;
    std::string cmd = std::string("\"") + EFFEKT_CLI_PATH + "\"";
    for (const std::string &a : args)
        cmd += " \"" + a + "\"";
    cmd += " > \"" + dir.file("out") + "\" 2> \"" + dir.file("err") + "\"";
    CliRun run;
    run.exitCode = std::system(("\"" + cmd + "\"").c_str());
    run.out = readFile(dir.path() / "out");
    run.err = readFile(dir.path() / "err");
    return run;
}
#endif

} // namespace effekt::test
