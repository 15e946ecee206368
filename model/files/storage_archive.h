// The common part of every archive (storage_fields.h): range and reference checks that record a
// diagnostic at the archive's current location. Internal to the model's file code.
#pragma once

#include "storage_fields.h"

#include <cmath>
#include <string>
#include <string_view>

namespace effekt::io {

class ArchiveBase {
public:
    ArchiveBase(Diagnostics &diags, const IdSets *ids)
        : diags_(diags)
        , ids_(ids) {}
    virtual ~ArchiveBase() = default;
    ArchiveBase(const ArchiveBase &) = delete;
    ArchiveBase &operator=(const ArchiveBase &) = delete;

    // Where the values come from: entity (a table, a domain entity or "json"), its id or row.
    std::string entity;
    std::int64_t row = -1;
    int period = -1;
    std::string prefix; // prepended to field names (a column prefix, a JSON path, "bands[2].")

    bool failed() const { return failed_; }
    void clearFailed() { failed_ = false; }
    const IdSets *ids() const { return ids_; }
    void setIds(const IdSets *ids) { ids_ = ids; }

    void fail(DiagCode code, std::string_view field, std::vector<DiagValue> values,
              Severity severity = Severity::Error);

protected:
    // How a field is named in diagnostics.
    virtual std::string label(std::string_view field) const;

    bool checkInteger(std::string_view f, std::int64_t v, std::int64_t lo, std::int64_t hi);
    bool checkReal(std::string_view f, double v, double lo, double hi);
    bool checkMoney(std::string_view f, Money v, Money lo, Money hi);
    bool checkText(std::string_view f, std::string_view v, std::size_t maxBytes);
    bool checkParticipant(std::string_view f, std::string_view v);
    bool checkRef(std::string_view f, std::int64_t id, RefTarget target);

    Diagnostics &diags_;
    const IdSets *ids_;
    bool failed_ = false;
};

} // namespace effekt::io
