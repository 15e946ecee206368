// Child processes for the tests, on POSIX and on Windows: start a program with arguments (no
// shell), wait for it, or kill it hard (SIGKILL; TerminateProcess), as a crash or a power cut
// would end it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace effekt::test {

class ChildProcess {
public:
    // Starts `exe` with `args` (UTF-8), its standard output and error into the files named (or
    // left as the parent's when empty). Throws std::runtime_error when it cannot be started.
    ChildProcess(const std::string &exe, const std::vector<std::string> &args,
                 const std::string &outFile = {}, const std::string &errFile = {});
    ~ChildProcess(); // kills and reaps a child still running
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    std::int64_t pid() const { return pid_; }
    // Waits for the end; its exit code, or -1 when it was killed.
    int wait();
    // Ends it at once, without giving it a chance to clean up, and waits for the end.
    void kill();

private:
    std::int64_t pid_ = 0;
    void *handle_ = nullptr; // Windows: the process handle
    bool done_ = false;
    int exitCode_ = -1;
};

// The running test executable's own path, to start it again as a helper process.
std::string selfExecutable();

} // namespace effekt::test
