// Writing a file safely (docs/file-format.md, "Saving"): every file the program writes for the
// planner (the project file, its recovery file, JSON, the CSV and image exports) goes through
// here. The new contents go to a temporary file beside the target, created exclusively under an
// unpredictable name and never through a link; every write, flush, sync and close is checked;
// only then is the temporary file renamed over the target in one step. On any failure the old
// file is untouched and the temporary file removed.
//
// Saving to a symbolic link saves to the file it points to and leaves the link a link. A target
// that exists and is not a regular file (a FIFO, a device, a folder) is refused before it is
// opened, and so is a file without write permission (file-read-only): the GUI then offers Save
// As, the CLI says so.
#pragma once

#include "diagnostics.h"

#include <cstdio>
#include <string>
#include <string_view>

namespace effekt::safewrite {

class AtomicFile {
public:
    explicit AtomicFile(std::string path);
    ~AtomicFile(); // discards the temporary file unless committed
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // Resolves the target through links, checks it may be replaced and creates the temporary file
    // beside it. False (diagnostics() says why) when the target is refused or nothing can be
    // created there.
    bool open();
    // The file that will be replaced (the end of the links) and the temporary file. A writer that
    // opens the temporary file by name (SQLite) must open it without creating or following links.
    const std::string &target() const { return target_; }
    const std::string &temporaryPath() const { return temp_; }

    bool write(std::string_view bytes);
    // Flushes, syncs to the disk, gives the file the target's permissions, closes and renames it
    // over the target, each step checked. False on failure: the target is as it was.
    bool commit();
    // Removes the temporary file (after a writer of its own failed).
    void discard();

    const Diagnostics &diagnostics() const { return diagnostics_; }

private:
    bool fail(std::string detail);

    std::string path_, target_, temp_;
    std::FILE *file_ = nullptr;
    bool committed_ = false;
    Diagnostics diagnostics_;
};

// The whole of `bytes` to `path`, safely. Empty diagnostics on success.
Diagnostics writeFile(const std::string &path, std::string_view bytes);

// Tests: the step at which the next writes fail, as if the OS had refused it.
enum class Step { None, Write, Flush, Sync, Close, Rename };
void failAtForTesting(Step step);

} // namespace effekt::safewrite
