#include "recovery.h"

#include "platform.h"
#include "storage.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>

namespace effekt {

namespace fs = std::filesystem;

std::string recoveryPathFor(const std::string &documentPath) {
    return platform::hiddenSibling(documentPath, ".recovery");
}

std::string fallbackRecoveryPathFor(const std::string &documentPath, const std::string &folder) {
    // FNV-1a, 64 bits, of the path as given (the GUI gives it absolute): stable across runs.
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : documentPath) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    const std::size_t slash = documentPath.find_last_of("/\\");
    const std::string name =
        slash == std::string::npos ? documentPath : documentPath.substr(slash + 1);
    std::string out = folder;
    if (!out.empty() && out.back() != '/' && out.back() != '\\')
        out += '/';
    return out + name + "-" + hex + ".recovery";
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
