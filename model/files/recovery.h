// Autosave and recovery: unsaved changes are written to a recovery file beside the document
// (".name.effekt.recovery"), or in the data folder when the document's folder is not writable
// (fallbackRecoveryPathFor); after a crash the next start offers to restore them. The file is an
// ordinary project file with a recovery record (original path, time of saving). Written atomically.
#pragma once

#include "diagnostics.h"
#include "project.h"

#include <optional>
#include <string>

namespace effekt {

struct RecoveryData {
    std::optional<Project> project; // set only when the whole file loaded
    std::string originalPath;       // the document it belongs to; empty for an untitled one
    std::string savedAt;            // UTC, ISO 8601 ("2027-01-31T12:00:00Z")
    Diagnostics diagnostics;
};

// The recovery file of a document: beside it, ".NAME.recovery". For an untitled document the GUI
// chooses a path in its data folder instead.
std::string recoveryPathFor(const std::string &documentPath);
// Where a document's recovery file goes when it cannot be written beside the document (a folder
// that is not writable, a read-only medium): in `folder` (the GUI's data folder), named after the
// document's file name and a hash of its full path, so documents of the same name do not meet.
std::string fallbackRecoveryPathFor(const std::string &documentPath, const std::string &folder);

Diagnostics saveRecovery(const Project &project, const std::string &recoveryPath,
                         const std::string &originalPath);
// A file without a recovery record is refused (file-not-effekt: "no recovery record").
RecoveryData loadRecovery(const std::string &recoveryPath);
// After a normal save or a discard. True when no recovery file is left.
bool removeRecovery(const std::string &recoveryPath);

} // namespace effekt
