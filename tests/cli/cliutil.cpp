#include "cliutil.h"
#include "process.h"
#include "testutil.h"

namespace effekt::test {

CliRun runCli(const std::vector<std::string> &args) {
    TempDir dir;
    const std::string outPath = dir.file("out"), errPath = dir.file("err");
    CliRun run;
    {
        ChildProcess child(EFFEKT_CLI_PATH, args, outPath, errPath);
        run.exitCode = child.wait();
    }
    run.out = readFile(dir.path() / "out");
    run.err = readFile(dir.path() / "err");
    return run;
}

} // namespace effekt::test
