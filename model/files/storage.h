// The project file: one SQLite database with the extension .effekt (docs/file-format.md).
#pragma once

#include "diagnostics.h"
#include "project.h"

#include <cstdint>
#include <optional>
#include <string>

namespace effekt {

struct LoadResult {
    std::optional<Project> project; // set only when the whole file loaded (nothing half-loaded)
    Diagnostics diagnostics; // errors explain why project is empty; warnings may accompany one
    bool readOnly = false;   // e.g. a file written by a newer version, opened read-only
};

// Writes the whole project to a new file beside `path` and renames it over `path` (atomic,
// safewrite.h: through a link to its target; a read-only file, a FIFO, a device or a folder is
// refused). On failure the old file is untouched and the diagnostics say why.
Diagnostics saveProject(const Project &project, const std::string &path);
LoadResult loadProject(const std::string &path);

namespace storage {

constexpr std::int32_t kApplicationId = 0x45464B54; // "EFKT"
constexpr int kSchemaVersion = 4;                   // user_version of the files this build writes
constexpr int kFirstSchemaVersion = 1;              // the first released form; still opened

// What a recovery file holds besides the project (recovery.h).
struct RecoveryInfo {
    std::string originalPath; // the document it belongs to; empty for an untitled document
    std::string savedAt;      // UTC, ISO 8601
    bool operator==(const RecoveryInfo &) const = default;
};

// saveProject / loadProject with the recovery record: written when `recovery` is given, read back
// into `*recovery` when the file has one.
Diagnostics writeProjectFile(const Project &project, const std::string &path,
                             const RecoveryInfo *recovery);
LoadResult readProjectFile(const std::string &path, std::optional<RecoveryInfo> *recovery);

// Reading a file stops after `base + perByte × its size` SQLite steps (sizelimits.h); tests lower
// the budget to see the stop. Not thread-safe: call before any load.
void setLoadBudgetForTesting(std::uint64_t base, std::uint64_t perByte);

} // namespace storage
} // namespace effekt
