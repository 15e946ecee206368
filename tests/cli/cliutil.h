// Runs the effekt tool as a child process and captures its output.
#pragma once

#include <string>
#include <vector>

namespace effekt::test {

struct CliRun {
    int exitCode = -1;
    std::string out; // standard output
    std::string err; // standard error
};

// Runs `effekt ARGS...` (arguments are passed without a shell).
CliRun runCli(const std::vector<std::string> &args);

} // namespace effekt::test
