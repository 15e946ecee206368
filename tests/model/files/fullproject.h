// A project in which every field differs from its default, for round-trip tests of the project file
// and the JSON interchange.
#pragma once

#include "diagnostics.h"
#include "project.h"

#include <boost/test/unit_test.hpp>

#include <cstddef>
#include <string>

namespace effekt::test {

// Every field of every entity set to a non-default value; `ledgerRows` rows in the ledger.
Project fullProject(std::size_t ledgerRows = 5);

// Whether `ds` holds a diagnostic with this code and, when given, this entity and field.
inline bool hasDiagnostic(const Diagnostics &ds, DiagCode code, const std::string &entity = {},
                          const std::string &field = {}) {
    for (const Diagnostic &d : ds)
        if (d.code == code && (entity.empty() || d.entity == entity) &&
            (field.empty() || d.field == field))
            return true;
    return false;
}

// Whether `ds` holds an error with this code.
inline bool hasError(const Diagnostics &ds, DiagCode code) {
    for (const Diagnostic &d : ds)
        if (d.code == code && d.severity == Severity::Error)
            return true;
    return false;
}

// Every diagnostic into the test log, one a line.
inline void dumpDiagnostics(const Diagnostics &ds) {
    for (const Diagnostic &d : ds)
        BOOST_TEST_MESSAGE(toPlainText(d));
}

} // namespace effekt::test
