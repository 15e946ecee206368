// The project file (docs/file-format.md): a normalised SQLite schema, written to a temporary file
// and renamed over the document; read defensively, validated value by value, and handed over only
// when everything loaded.
#include "storage.h"

#include "platform.h"
#include "safewrite.h"
#include "storage_sql.h"

#include "sizelimits.h"

#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

// The schema and its upgrades are in storage_schema.cpp, writing the tables in storage_write.cpp,
// reading them in storage_read.cpp; here: saving and opening a file as a whole.

namespace effekt {
namespace {

namespace fs = std::filesystem;

Diagnostic fileError(DiagCode code, std::string detail) {
    return Diagnostic{code, Severity::Error, "file", -1, "", -1, {std::move(detail)}};
}

// ---- Opening
// ---------------------------------------------------------------------------------------

void configureDefensive(sqlite3 *db) {
    int unused = 0;
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &unused);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &unused);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &unused);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &unused);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &unused);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 16 * 1024 * 1024);
    sqlite3_exec(db, "PRAGMA cell_size_check = ON", nullptr, nullptr, nullptr);
}

// The first 100 bytes of an SQLite file: magic, application_id (offset 68), user_version (60).
std::optional<Diagnostic> checkHeader(const unsigned char *header, std::size_t size) {
    if (size == 0)
        return fileError(DiagCode::FileNotEffekt, "empty file");
    if (size < 100)
        return fileError(DiagCode::FileNotEffekt, "too short for an SQLite database");
    if (std::memcmp(header, "SQLite format 3", 16) != 0)
        return fileError(DiagCode::FileNotEffekt, "not an SQLite database");
    auto be32 = [&](int at) {
        return static_cast<std::int32_t>((static_cast<std::uint32_t>(header[at]) << 24) |
                                         (static_cast<std::uint32_t>(header[at + 1]) << 16) |
                                         (static_cast<std::uint32_t>(header[at + 2]) << 8) |
                                         static_cast<std::uint32_t>(header[at + 3]));
    };
    if (be32(68) != storage::kApplicationId)
        return fileError(DiagCode::FileNotEffekt, "SQLite database of another program");
    return std::nullopt;
}

// ---- The schema a file must have
// -----------------------------------------------------------------

struct SchemaObject {
    std::string type, name, table, sql;
};

std::string textAt(sqlite3_stmt *s, int col) {
    const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(s, col));
    return t ? std::string(t, static_cast<std::size_t>(sqlite3_column_bytes(s, col))) : "";
}

std::vector<SchemaObject> schemaObjects(sqlite3 *db) {
    std::vector<SchemaObject> out;
    storage::sql::Stmt s(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name");
    while (s.step())
        out.push_back(
            {textAt(s.get(), 0), textAt(s.get(), 1), textAt(s.get(), 2), textAt(s.get(), 3)});
    return out;
}

bool isVirtual(const SchemaObject &o) {
    std::string head = o.sql.substr(0, 32);
    for (char &c : head)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return head.rfind("CREATE VIRTUAL", 0) == 0;
}

// How an object is named in a diagnostic: "table", "virtual table", "index", "trigger", "view".
std::string kindOf(const SchemaObject &o) {
    return isVirtual(o) ? "virtual table" : o.type;
}

// The columns of a table or index as SQLite understands them (name, declared type, NOT NULL,
// default, key, hidden/generated), one line each; only ever asked of plain tables and indexes.
std::string columnsOf(sqlite3 *db, const SchemaObject &o) {
    const std::string pragma = o.type == "index" ? "index_xinfo" : "table_xinfo";
    storage::sql::Stmt s(db, "SELECT * FROM pragma_" + pragma + "(?)");
    sqlite3_bind_text(s.get(), 1, o.name.c_str(), -1, SQLITE_TRANSIENT);
    std::string out;
    while (s.step()) {
        for (int c = 0; c < sqlite3_column_count(s.get()); ++c)
            out +=
                textAt(s.get(), c) + (sqlite3_column_type(s.get(), c) == SQLITE_NULL ? "~|" : "|");
        out += '\n';
    }
    return out;
}

Diagnostic schemaError(DiagCode code, const SchemaObject &o) {
    return Diagnostic{
        code, Severity::Error, "file", -1, "", -1, {kindOf(o), o.name.substr(0, 200)}};
}

// A file of a version this build knows must hold exactly that version's schema: every table,
// index, trigger and view the same text, the same columns of the same kinds. Anything else could
// run code while it is read (generated columns, virtual tables, triggers, views, expression
// defaults), so such a file is refused before any row of it is read.
bool checkKnownSchema(sqlite3 *file, int version, Diagnostics &diags) {
    storage::sql::Db reference;
    reference.open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY | SQLITE_OPEN_NOMUTEX);
    reference.exec(storage::sql::schemaOf(version));
    std::map<std::string, SchemaObject> ours;
    for (SchemaObject &o : schemaObjects(reference.get()))
        ours.emplace(o.name, std::move(o));
    const std::vector<SchemaObject> theirs = schemaObjects(file);
    bool ok = true;
    std::set<std::string> present;
    for (const SchemaObject &o : theirs) {
        present.insert(o.name);
        const auto it = ours.find(o.name);
        if (it == ours.end()) {
            io::addDiagnostic(diags, schemaError(DiagCode::FileUnexpectedObject, o));
            ok = false;
        } else if (o.type != it->second.type || o.table != it->second.table ||
                   o.sql != it->second.sql) {
            io::addDiagnostic(diags, schemaError(DiagCode::FileSchemaDiffers, o));
            ok = false;
        }
    }
    for (const auto &[name, o] : ours)
        if (!present.count(name)) {
            if (o.type == "table")
                io::addDiagnostic(diags, Diagnostic{DiagCode::FileCorrupt,
                                                    Severity::Error,
                                                    name,
                                                    -1,
                                                    "",
                                                    -1,
                                                    {std::string("missing table")}});
            else
                io::addDiagnostic(diags, schemaError(DiagCode::FileSchemaDiffers, o));
            ok = false;
        }
    if (!ok)
        return false;
    // The same text; the same columns too (what SQLite made of the text).
    for (const SchemaObject &o : theirs)
        if ((o.type == "table" || o.type == "index") &&
            columnsOf(file, o) != columnsOf(reference.get(), ours.at(o.name))) {
            io::addDiagnostic(diags, schemaError(DiagCode::FileSchemaDiffers, o));
            ok = false;
        }
    return ok;
}

// A default without a function call (no parenthesis): a literal, never work done while reading.
bool literalDefault(const std::string &d) {
    return d.find('(') == std::string::npos;
}

// A file of a newer version: its schema is not known here, but it may only hold plain tables and
// indexes on columns: no virtual tables, generated columns, expression defaults or indexes,
// triggers or views. Our own tables are then read by column name.
bool checkNewerSchema(sqlite3 *file, Diagnostics &diags) {
    bool ok = true;
    for (const SchemaObject &o : schemaObjects(file)) {
        bool inert = (o.type == "table" && !isVirtual(o)) || o.type == "index";
        if (inert) {
            const std::string pragma = o.type == "index" ? "index_xinfo" : "table_xinfo";
            storage::sql::Stmt s(file, "SELECT * FROM pragma_" + pragma + "(?)");
            sqlite3_bind_text(s.get(), 1, o.name.c_str(), -1, SQLITE_TRANSIENT);
            while (inert && s.step()) {
                if (o.type == "index") // seqno, cid (-2: an expression), name, …
                    inert = sqlite3_column_int64(s.get(), 1) != -2;
                else // cid, name, type, notnull, dflt_value, pk, hidden
                    inert =
                        sqlite3_column_int64(s.get(), 6) == 0 && literalDefault(textAt(s.get(), 4));
            }
        }
        if (!inert) {
            io::addDiagnostic(diags, schemaError(o.type == "table" || o.type == "index"
                                                     ? DiagCode::FileSchemaDiffers
                                                     : DiagCode::FileUnexpectedObject,
                                                 o));
            ok = false;
        }
    }
    return ok;
}

// ---- The bytes of a file, in memory
// ---------------------------------------------------------------

// Files SQLite would read or write beside a document it opened in place. A document is only ever
// read into memory, so they are never read; their presence is reported.
void reportSidecars(const std::string &path, Diagnostics &diags) {
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        std::error_code ec;
        const fs::path sidecar = platform::fsPath(path + suffix);
        if (fs::exists(fs::symlink_status(sidecar, ec)))
            diags.push_back(Diagnostic{DiagCode::FileSidecar,
                                       Severity::Warning,
                                       "file",
                                       -1,
                                       "",
                                       -1,
                                       {platform::utf8(sidecar.filename())}});
    }
}

// Counts SQLite's steps while a file is read and stops the read past its budget.
struct LoadBudget {
    std::uint64_t allowed = 0, used = 0;
    bool exceeded = false;
};
constexpr int kStepsPerCall = 1000;

int countSteps(void *p) {
    auto *b = static_cast<LoadBudget *>(p);
    b->used += kStepsPerCall;
    if (b->used > b->allowed)
        b->exceeded = true;
    return b->exceeded ? 1 : 0;
}

std::uint64_t g_stepsPerByte = limits::kLoadStepsPerByte;
std::uint64_t g_stepsBase = limits::kLoadStepsBase;

} // namespace

namespace storage {

using namespace sql;

Diagnostics writeProjectFile(const Project &project, const std::string &path,
                             const RecoveryInfo *recovery) {
    Diagnostics diags = io::checkProject(project);
    if (hasErrors(diags))
        return diags;
    // The temporary file: made by safewrite (exclusive, unpredictable, never through a link) and
    // written here by SQLite, which opens it by name without creating it or following a link.
    safewrite::AtomicFile file(path);
    if (!file.open()) {
        diags.insert(diags.end(), file.diagnostics().begin(), file.diagnostics().end());
        return diags;
    }
    try {
        Db db;
        db.open(file.temporaryPath(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW |
                                          SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE);
        // A fresh private file: no journal (a failed save is discarded whole), one explicit
        // flush before the rename instead of SQLite's own syncs.
        db.exec("PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                " PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -16384;");
        db.exec(("PRAGMA application_id = " + std::to_string(kApplicationId) +
                 "; PRAGMA user_version = " + std::to_string(kSchemaVersion) + ";")
                    .c_str());
        db.exec("BEGIN");
        db.exec(kSchema);
        writeTables(db, project, recovery);
        db.exec("COMMIT");
        if (!db.close())
            throw SqlError("cannot close the new file");
    } catch (const std::exception &e) {
        file.discard();
        diags.push_back(fileError(DiagCode::FileWriteFailed, e.what()));
        return diags;
    }
    // Synced, given the old file's permissions and renamed over it in one step.
    if (!file.commit())
        diags.insert(diags.end(), file.diagnostics().begin(), file.diagnostics().end());
    return diags;
}

void setLoadBudgetForTesting(std::uint64_t base, std::uint64_t perByte) {
    g_stepsBase = base;
    g_stepsPerByte = perByte;
}

namespace {
LoadResult readFile(const std::string &path, std::optional<RecoveryInfo> *recovery) {
    LoadResult result;
    std::error_code ec;
    const fs::path file = platform::fsPath(path);
    if (!fs::exists(file, ec)) {
        result.diagnostics.push_back(fileError(DiagCode::FileNotFound, path));
        return result;
    }
    if (!fs::is_regular_file(file, ec)) {
        result.diagnostics.push_back(fileError(DiagCode::FileNotEffekt, "not a regular file"));
        return result;
    }
    const std::uintmax_t size = fs::file_size(file, ec);
    if (ec) {
        result.diagnostics.push_back(fileError(DiagCode::FileNotFound, path));
        return result;
    }
    if (size > limits::kMaxProjectFileBytes) {
        result.diagnostics.push_back(
            Diagnostic{DiagCode::TooManyEntries,
                       Severity::Error,
                       "file",
                       -1,
                       "bytes",
                       -1,
                       {static_cast<std::int64_t>(size),
                        static_cast<std::int64_t>(limits::kMaxProjectFileBytes)}});
        return result;
    }
    // The whole file is read into memory and opened there (sqlite3_deserialize): nothing beside
    // it (-wal, -shm, -journal) is read, created or written, whatever the folder allows.
    auto *bytes = static_cast<unsigned char *>(sqlite3_malloc64(std::max<std::uintmax_t>(size, 1)));
    if (!bytes) {
        result.diagnostics.push_back(fileError(DiagCode::FileCorrupt, "out of memory"));
        return result;
    }
    std::size_t got = 0;
    {
        std::ifstream in(file, std::ios::binary);
        in.read(reinterpret_cast<char *>(bytes), static_cast<std::streamsize>(size));
        got = static_cast<std::size_t>(in.gcount());
    }
    if (got != size) {
        sqlite3_free(bytes);
        result.diagnostics.push_back(fileError(DiagCode::FileNotFound, path));
        return result;
    }
    if (auto bad = checkHeader(bytes, got)) {
        sqlite3_free(bytes);
        result.diagnostics.push_back(std::move(*bad));
        return result;
    }
    reportSidecars(path, result.diagnostics);
    // A file left in WAL mode (read/write versions 2 at offsets 18–19) is read as the rollback
    // file it is without its -wal: what the file itself holds.
    if (bytes[18] == 2 && bytes[19] == 2)
        bytes[18] = bytes[19] = 1;
    LoadBudget budget;
    budget.allowed = g_stepsBase + g_stepsPerByte * static_cast<std::uint64_t>(size);
    try {
        Db db;
        db.open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY | SQLITE_OPEN_NOMUTEX |
                                SQLITE_OPEN_EXRESCODE);
        configureDefensive(db.get());
        const int rc =
            sqlite3_deserialize(db.get(), "main", bytes, static_cast<sqlite3_int64>(got),
                                static_cast<sqlite3_int64>(got),
                                SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
        if (rc != SQLITE_OK)
            throwSql(db.get(), "cannot open");
        sqlite3_progress_handler(db.get(), kStepsPerCall, countSteps, &budget);
        if (pragmaInt(db.get(), "PRAGMA application_id") != kApplicationId) {
            result.diagnostics.push_back(
                fileError(DiagCode::FileNotEffekt, "SQLite database of another program"));
            return result;
        }
        const auto version = pragmaInt(db.get(), "PRAGMA user_version");
        if (version < kFirstSchemaVersion) {
            result.diagnostics.push_back(fileError(DiagCode::FileNotEffekt, "no schema version"));
            return result;
        }
        // The schema first: nothing of the file is evaluated (not even by the integrity check)
        // before it is known to hold only what we write.
        const bool known = version <= kSchemaVersion;
        if (!(known ? checkKnownSchema(db.get(), static_cast<int>(version), result.diagnostics)
                    : checkNewerSchema(db.get(), result.diagnostics)))
            return result;
        // The values are checked one by one by the reader, with their place; the integrity check
        // is for the structure (a writable copy would also test the CHECK constraints).
        db.exec("PRAGMA ignore_check_constraints = ON");
        {
            Stmt check(db.get(), "PRAGMA quick_check");
            if (!check.step()) {
                result.diagnostics.push_back(fileError(DiagCode::FileCorrupt, "quick_check"));
                return result;
            }
            const std::string first = textAt(check.get(), 0);
            if (first != "ok") {
                result.diagnostics.push_back(
                    fileError(DiagCode::FileCorrupt, first.substr(0, 200)));
                return result;
            }
        }
        if (!known) {
            for (const Table &t : kTables)
                if (!pragmaInt(db.get(), ("SELECT count(*) FROM sqlite_schema WHERE type = "
                                          "'table' AND name = '" +
                                          std::string(t.name) + "'")
                                             .c_str())) {
                    result.diagnostics.push_back(Diagnostic{DiagCode::FileCorrupt,
                                                            Severity::Error,
                                                            t.name,
                                                            -1,
                                                            "",
                                                            -1,
                                                            {std::string("missing table")}});
                    return result;
                }
        }
        // min_reader_version: the oldest version that can read the file, an integer between the
        // first version and the file's own; anything else is refused.
        std::int64_t minReader = -1;
        {
            Stmt s(db.get(), "SELECT min_reader_version FROM file_info");
            int rows = 0;
            while (s.step())
                if (++rows == 1 && sqlite3_column_type(s.get(), 0) == SQLITE_INTEGER)
                    minReader = sqlite3_column_int64(s.get(), 0);
            if (rows != 1 || minReader < kFirstSchemaVersion || minReader > version) {
                result.diagnostics.push_back(Diagnostic{DiagCode::ValueOutOfRange,
                                                        Severity::Error,
                                                        "file_info",
                                                        -1,
                                                        "min_reader_version",
                                                        -1,
                                                        {}});
                return result;
            }
        }
        if (!known) {
            const Diagnostic newer{DiagCode::FileNewerVersion,
                                   minReader <= kSchemaVersion ? Severity::Warning
                                                               : Severity::Error,
                                   "file",
                                   -1,
                                   "",
                                   -1,
                                   {std::int64_t{version}, std::int64_t{kSchemaVersion}}};
            result.diagnostics.push_back(newer);
            if (newer.severity == Severity::Error)
                return result;
            result.readOnly = true;
        }
        // Upgrade the copy in memory, one version at a time; the user's file is not changed
        // until they save.
        if (version < kSchemaVersion)
            runUpgrades(db.get(), static_cast<int>(version));
        Project project;
        Diagnostics diags;
        std::optional<RecoveryInfo> info;
        const bool ok = sql::readTables(db.get(), diags, project, recovery ? &info : nullptr);
        result.diagnostics.insert(result.diagnostics.end(), diags.begin(), diags.end());
        if (ok && !hasErrors(result.diagnostics)) {
            result.project = std::move(project);
            if (recovery)
                *recovery = std::move(info);
        }
    } catch (const std::bad_alloc &) {
        result.diagnostics.push_back(fileError(DiagCode::FileCorrupt, "out of memory"));
    } catch (const std::exception &e) {
        if (budget.exceeded)
            result.diagnostics.push_back(
                Diagnostic{DiagCode::FileLoadBudget, Severity::Error, "file", -1, "", -1, {}});
        else
            result.diagnostics.push_back(fileError(DiagCode::FileCorrupt, e.what()));
    }
    if (hasErrors(result.diagnostics))
        result.project.reset();
    capDiagnostics(result.diagnostics, limits::kMaxDiagnosticsReported);
    return result;
}

} // namespace

LoadResult readProjectFile(const std::string &path, std::optional<RecoveryInfo> *recovery) {
    LoadResult result = readFile(path, recovery);
    maskNationalIds(result.diagnostics);
    return result;
}

} // namespace storage

Diagnostics saveProject(const Project &project, const std::string &path) {
    return storage::writeProjectFile(project, path, nullptr);
}

LoadResult loadProject(const std::string &path) {
    return storage::readProjectFile(path, nullptr);
}

} // namespace effekt
