// Placeholder until the project file lands (issue 4): reports that saving is not available.
#include "storage.h"

namespace effekt {

Diagnostics saveProject(const Project &, const std::string &) {
    return {Diagnostic{DiagCode::FileWriteFailed,
                       Severity::Error,
                       "file",
                       -1,
                       "",
                       -1,
                       {std::string("not implemented")}}};
}

LoadResult loadProject(const std::string &) {
    LoadResult r;
    r.diagnostics.push_back(
        Diagnostic{DiagCode::FileNotEffekt, Severity::Error, "file", -1, "", -1, {}});
    return r;
}

} // namespace effekt
