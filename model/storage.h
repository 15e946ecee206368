// The project file: one SQLite database with the extension .effekt (docs/file-format.md).
#pragma once

#include "diagnostics.h"
#include "project.h"

#include <optional>
#include <string>

namespace effekt {

struct LoadResult {
    std::optional<Project> project; // set only when the whole file loaded (nothing half-loaded)
    Diagnostics diagnostics; // errors explain why project is empty; warnings may accompany one
    bool readOnly = false;   // e.g. a file written by a newer version, opened read-only
};

// Writes the whole project to a new file beside `path` and renames it over `path` (atomic).
// On failure the old file is untouched and the diagnostics say why.
Diagnostics saveProject(const Project &project, const std::string &path);
LoadResult loadProject(const std::string &path);

} // namespace effekt
