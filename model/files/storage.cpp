// The project file (docs/file-format.md): a normalised SQLite schema, written to a temporary file
// and renamed over the document; read defensively, validated value by value, and handed over only
// when everything loaded.
#include "storage.h"

#include "platform.h"
#include "storage_sql.h"

#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <unordered_map>

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
std::optional<Diagnostic> checkHeader(const std::string &path) {
    std::ifstream in(platform::fsPath(path), std::ios::binary);
    if (!in)
        return fileError(DiagCode::FileNotFound, path);
    char header[100] = {};
    in.read(header, sizeof header);
    const auto got = in.gcount();
    if (got == 0)
        return fileError(DiagCode::FileNotEffekt, "empty file");
    if (got < 100)
        return fileError(DiagCode::FileNotEffekt, "too short for an SQLite database");
    if (std::memcmp(header, "SQLite format 3", 16) != 0)
        return fileError(DiagCode::FileNotEffekt, "not an SQLite database");
    auto be32 = [&](int at) {
        return static_cast<std::int32_t>(
            (static_cast<std::uint32_t>(static_cast<unsigned char>(header[at])) << 24) |
            (static_cast<std::uint32_t>(static_cast<unsigned char>(header[at + 1])) << 16) |
            (static_cast<std::uint32_t>(static_cast<unsigned char>(header[at + 2])) << 8) |
            static_cast<std::uint32_t>(static_cast<unsigned char>(header[at + 3])));
    };
    if (be32(68) != storage::kApplicationId)
        return fileError(DiagCode::FileNotEffekt, "SQLite database of another program");
    return std::nullopt;
}

std::atomic<unsigned> g_saveCounter{0};

} // namespace

namespace storage {

using namespace sql;

std::string temporaryPathFor(const std::string &path) {
    const fs::path p = platform::fsPath(path);
    std::string name = ".";
    name += platform::utf8(p.filename());
    name += ".saving-" + std::to_string(platform::currentProcessId()) + "-" +
            std::to_string(g_saveCounter++);
    return platform::utf8(p.parent_path() / platform::fsPath(name));
}

Diagnostics writeProjectFile(const Project &project, const std::string &path,
                             const RecoveryInfo *recovery) {
    Diagnostics diags = io::checkProject(project);
    if (hasErrors(diags))
        return diags;
    const std::string tmp = temporaryPathFor(path);
    std::error_code ec;
    fs::remove(platform::fsPath(tmp), ec);
    try {
        {
            Db db;
            db.open(tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX |
                             SQLITE_OPEN_EXRESCODE);
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
        }
        if (!platform::syncFile(tmp))
            throw SqlError("cannot flush the new file to disk");
        // Replaces the old file in one step.
        if (!platform::replaceFile(tmp, path))
            throw SqlError("cannot replace " + path);
        platform::syncDirectory(platform::utf8(platform::fsPath(path).parent_path()));
    } catch (const std::exception &e) {
        fs::remove(platform::fsPath(tmp), ec);
        diags.push_back(fileError(DiagCode::FileWriteFailed, e.what()));
    }
    return diags;
}

namespace {
LoadResult readFile(const std::string &path, std::optional<RecoveryInfo> *recovery) {
    LoadResult result;
    std::error_code ec;
    if (!fs::exists(platform::fsPath(path), ec)) {
        result.diagnostics.push_back(fileError(DiagCode::FileNotFound, path));
        return result;
    }
    if (!fs::is_regular_file(platform::fsPath(path), ec)) {
        result.diagnostics.push_back(fileError(DiagCode::FileNotEffekt, "not a regular file"));
        return result;
    }
    if (auto bad = checkHeader(path)) {
        result.diagnostics.push_back(std::move(*bad));
        return result;
    }
    try {
        Db file;
        file.open(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE);
        configureDefensive(file.get());
        if (pragmaInt(file.get(), "PRAGMA application_id") != kApplicationId) {
            result.diagnostics.push_back(
                fileError(DiagCode::FileNotEffekt, "SQLite database of another program"));
            return result;
        }
        {
            Stmt check(file.get(), "PRAGMA quick_check");
            if (!check.step()) {
                result.diagnostics.push_back(fileError(DiagCode::FileCorrupt, "quick_check"));
                return result;
            }
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(check.get(), 0));
            const std::string first = text ? text : "";
            if (first != "ok") {
                result.diagnostics.push_back(
                    fileError(DiagCode::FileCorrupt, first.substr(0, 200)));
                return result;
            }
        }
        const auto version = pragmaInt(file.get(), "PRAGMA user_version");
        if (version < kFirstSchemaVersion) {
            result.diagnostics.push_back(fileError(DiagCode::FileNotEffekt, "no schema version"));
            return result;
        }
        // Every table we read must be a table; triggers and views never run (disabled above) and
        // are reported.
        {
            std::unordered_map<std::string, std::string> objects;
            Stmt s(file.get(), "SELECT type, name FROM sqlite_schema");
            while (s.step()) {
                const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 0));
                const auto *n = reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 1));
                const std::string type = t ? t : "", name = n ? n : "";
                objects[name] = type;
                if (type == "trigger" || type == "view")
                    result.diagnostics.push_back(Diagnostic{DiagCode::FileUnexpectedObject,
                                                            Severity::Warning,
                                                            "file",
                                                            -1,
                                                            "",
                                                            -1,
                                                            {type, name.substr(0, 200)}});
            }
            for (const auto &[table, since] : kTables) {
                if (since > version)
                    continue;
                const auto it = objects.find(table);
                if (it == objects.end() || it->second != "table") {
                    result.diagnostics.push_back(Diagnostic{DiagCode::FileCorrupt,
                                                            Severity::Error,
                                                            table,
                                                            -1,
                                                            "",
                                                            -1,
                                                            {std::string("missing table")}});
                    return result;
                }
            }
        }
        if (version > kSchemaVersion) {
            const auto minReader =
                pragmaInt(file.get(), "SELECT min_reader_version FROM file_info WHERE id = 1");
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
        Db memory;
        sqlite3 *source = file.get();
        if (version < kSchemaVersion) {
            // Upgrade a copy in memory, one version at a time; the user's file is not changed
            // until they save.
            memory.open(":memory:",
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY | SQLITE_OPEN_NOMUTEX);
            configureDefensive(memory.get());
            sqlite3_backup *b = sqlite3_backup_init(memory.get(), "main", file.get(), "main");
            if (!b)
                throwSql(memory.get(), "copy");
            sqlite3_backup_step(b, -1);
            if (sqlite3_backup_finish(b) != SQLITE_OK)
                throwSql(memory.get(), "copy");
            runUpgrades(memory.get(), static_cast<int>(version));
            source = memory.get();
        }
        Project project;
        Diagnostics diags;
        std::optional<RecoveryInfo> info;
        const bool ok = sql::readTables(source, diags, project, recovery ? &info : nullptr);
        result.diagnostics.insert(result.diagnostics.end(), diags.begin(), diags.end());
        if (ok && !hasErrors(result.diagnostics)) {
            result.project = std::move(project);
            if (recovery)
                *recovery = std::move(info);
        }
    } catch (const std::bad_alloc &) {
        result.diagnostics.push_back(fileError(DiagCode::FileCorrupt, "out of memory"));
    } catch (const std::exception &e) {
        result.diagnostics.push_back(fileError(DiagCode::FileCorrupt, e.what()));
    }
    if (hasErrors(result.diagnostics))
        result.project.reset();
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
