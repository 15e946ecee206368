// What every fuzz target checks besides the sanitizers (docs/building.md "Fuzzing"): a reader may
// refuse anything, but what it gives back keeps the promises of docs/file-format.md. A broken
// promise aborts, which libFuzzer reports as a crash and keeps the input.
#pragma once

#include "diagnostics.h"
#include "json.h"
#include "nationalid.h"
#include "project.h"
#include "storage.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace effekt::fuzz {

[[noreturn]] inline void fail(const char *what) {
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

inline void require(bool ok, const char *what) {
    if (!ok)
        fail(what);
}

// No report repeats a national identity number, in any of its parts.
inline void checkDiagnostics(const Diagnostics &ds) {
    for (const Diagnostic &d : ds) {
        require(!containsNationalIdNumber(d.entity), "national id in a diagnostic's entity");
        require(!containsNationalIdNumber(d.field), "national id in a diagnostic's field");
        for (const DiagValue &v : d.values)
            require(!containsNationalIdNumber(describeValue(v)),
                    "national id in a diagnostic's value");
    }
}

// A project that came in holds no national identity number and goes out again as JSON, which
// reads back as the same project: nothing gets in that a door further on refuses.
inline void checkProject(const Project &project) {
    for (const LedgerRow &row : *project.ledger)
        require(!containsNationalIdNumber(row.participant), "national id in the ledger");
    std::string text;
    const Diagnostics out = json::toJson(project, text);
    require(!hasErrors(out), "a loaded project cannot be written as JSON");
    const LoadResult back = json::fromJson(text);
    require(back.project.has_value(), "a loaded project's JSON does not load");
    require(*back.project == project, "a loaded project changes on its way through JSON");
}

// A load gives a project only without errors, and what it gives keeps the promises above.
inline void checkLoad(const LoadResult &r) {
    checkDiagnostics(r.diagnostics);
    if (r.project) {
        require(!hasErrors(r.diagnostics), "a project loaded despite errors");
        checkProject(*r.project);
    } else {
        require(hasErrors(r.diagnostics), "a load failed without an error");
    }
}

} // namespace effekt::fuzz
