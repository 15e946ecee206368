// Private to the files room (model/files/): the SQLite helpers, column lists and row layouts that
// the project file's schema, writing and reading share (docs/file-format.md). Only the storage
// files include it.
#pragma once

#include "storage.h"
#include "storage_fields.h"

#include <sqlite3.h>

#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace effekt::storage::sql {

// ---- The schema (storage_schema.cpp)
// -------------------------------------------------------------

// The tables of the current version, as CREATE statements.
extern const char *const kSchema;
// The schema (CREATE statements) a file of `version` holds; nullptr for a version this build does
// not know (a newer one).
const char *schemaOf(int version);
// Every table a file must have, with the version that added it (a file of an earlier version lacks
// it until it is upgraded).
struct Table {
    const char *name;
    int since;
};
constexpr std::size_t kTableCount = 28;
extern const std::array<Table, kTableCount> kTables;

// Upgrades a file of version `fromVersion` to the current one, a version at a time, each in its
// own transaction. Throws SqlError.
void runUpgrades(sqlite3 *db, int fromVersion);

// ---- SQLite helpers
// ------------------------------------------------------------------------------

struct SqlError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] inline void throwSql(sqlite3 *db, const std::string &what) {
    throw SqlError(what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

class Db {
public:
    Db() = default;
    ~Db() { close(); }
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;
    void open(const std::string &path, int flags) {
        const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
        if (rc != SQLITE_OK)
            throwSql(db_, "cannot open");
    }
    // Returns false (and keeps the error) when closing fails, e.g. a deferred write error.
    bool close() {
        if (!db_)
            return true;
        const int rc = sqlite3_close(db_);
        db_ = nullptr;
        return rc == SQLITE_OK;
    }
    void exec(const char *sql) {
        char *err = nullptr;
        if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
            std::string msg = err ? err : sqlite3_errmsg(db_);
            sqlite3_free(err);
            throw SqlError(msg);
        }
    }
    sqlite3 *get() const { return db_; }

private:
    sqlite3 *db_ = nullptr;
};

class Stmt {
public:
    Stmt(sqlite3 *db, const std::string &sql)
        : db_(db) {
        if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &s_, nullptr) !=
            SQLITE_OK)
            throwSql(db, sql);
    }
    ~Stmt() { sqlite3_finalize(s_); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;
    // True while there is a row.
    bool step() {
        const int rc = sqlite3_step(s_);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        throwSql(db_, "step");
    }
    void run() {
        step();
        sqlite3_reset(s_);
    }
    sqlite3_stmt *get() const { return s_; }

private:
    sqlite3 *db_;
    sqlite3_stmt *s_ = nullptr;
};

inline std::int64_t pragmaInt(sqlite3 *db, const char *sql) {
    Stmt s(db, sql);
    return s.step() ? sqlite3_column_int64(s.get(), 0) : 0;
}

// ---- Column lists, writing, reading
// ----------------------------------------------------------------

struct Columns {
    std::vector<std::string> names;
    std::string prefix;
    void add(const char *n) { names.push_back(prefix + io::snakeCase(n)); }
    template <typename... R> void integer(const char *n, R &&...) { add(n); }
    template <typename... R> void optInteger(const char *n, R &&...) { add(n); }
    template <typename... R> void real(const char *n, R &&...) { add(n); }
    template <typename... R> void optReal(const char *n, R &&...) { add(n); }
    template <typename... R> void money(const char *n, R &&...) { add(n); }
    template <typename... R> void optMoney(const char *n, R &&...) { add(n); }
    template <typename... R> void boolean(const char *n, R &&...) { add(n); }
    template <typename... R> void text(const char *n, R &&...) { add(n); }
    template <typename... R> void participant(const char *n, R &&...) { add(n); }
    template <typename... R> void date(const char *n, R &&...) { add(n); }
    template <typename... R> void enumeration(const char *n, R &&...) { add(n); }
    template <typename... R> void ref(const char *n, R &&...) { add(n); }
    template <typename... R> void optRef(const char *n, R &&...) { add(n); }
};

// ---- Row layouts: which descriptions make up a table's row
// -----------------------------------------

template <typename A, typename P> void projectRow(A &a, P &p) {
    a.prefix = "";
    io::describeProjectHead(a, p);
    io::describeTimeline(a, p.timeline);
    a.prefix = "target_group_";
    io::describeTargetGroup(a, p.targetGroup);
    a.prefix = "cap_";
    io::describeCaps(a, p.caps);
    a.prefix = "";
    io::describeFinancing(a, p.financing);
    io::describeValuation(a, p.valuation);
    a.prefix = "indexation_";
    io::describeIndexation(a, p.indexation);
    a.prefix = "";
}

template <typename T, typename F> std::vector<std::string> columnsOf(F describe) {
    Columns c;
    T dummy{};
    describe(c, dummy);
    return c.names;
}

inline std::string join(const std::vector<std::string> &v) {
    std::string s;
    for (const std::string &x : v)
        s += (s.empty() ? "" : ", ") + x;
    return s;
}

inline std::vector<std::string> concat(std::vector<std::string> a,
                                       const std::vector<std::string> &b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

// The rule's settlement (storage_fields.h describeSettlement), after the rule's own columns: both
// NULL when the rule has none.
inline const std::vector<std::string> kSettlementColumns = {"settlement_period",
                                                            "settlement_threshold"};

#define EFFEKT_DESCRIBE(fn) [](auto &a, auto &x) { io::fn(a, x); }

// ---- Writing and reading the tables (storage_write.cpp, storage_read.cpp)
// ------------------------

// Writes every table of the project (and the recovery record, when given) into the open, empty
// database. Throws SqlError.
void writeTables(Db &db, const Project &p, const storage::RecoveryInfo *recovery);

// Reads the project (and the recovery record, when `recovery` is given) from the database, every
// value checked; problems go to `diags`. False when the project cannot be used.
bool readTables(sqlite3 *db, Diagnostics &diags, Project &p,
                std::optional<storage::RecoveryInfo> *recovery);

} // namespace effekt::storage::sql
