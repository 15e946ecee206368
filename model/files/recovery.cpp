#include "recovery.h"

#include "platform.h"
#include "storage.h"

#include <filesystem>

namespace effekt {

namespace fs = std::filesystem;

std::string recoveryPathFor(const std::string &documentPath) {
    return platform::hiddenSibling(documentPath, ".recovery");
}

Diagnostics saveRecovery(const Project &project, const std::string &recoveryPath,
                         const std::string &originalPath) {
    const storage::RecoveryInfo info{originalPath, platform::nowUtcIso()};
    return storage::writeProjectFile(project, recoveryPath, &info);
}

RecoveryData loadRecovery(const std::string &recoveryPath) {
    RecoveryData data;
    std::optional<storage::RecoveryInfo> info;
    LoadResult r = storage::readProjectFile(recoveryPath, &info);
    data.diagnostics = std::move(r.diagnostics);
    if (!r.project)
        return data;
    if (!info) {
        data.diagnostics.push_back(Diagnostic{DiagCode::FileNotEffekt,
                                              Severity::Error,
                                              "file",
                                              -1,
                                              "",
                                              -1,
                                              {std::string("no recovery record")}});
        return data;
    }
    data.project = std::move(r.project);
    data.originalPath = info->originalPath;
    data.savedAt = info->savedAt;
    return data;
}

bool removeRecovery(const std::string &recoveryPath) {
    std::error_code ec;
    fs::remove(platform::fsPath(recoveryPath), ec);
    return !fs::exists(platform::fsPath(recoveryPath), ec);
}

} // namespace effekt
