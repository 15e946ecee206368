// The few operating-system services the file code needs, each behind one small function
// (POSIX, with a Windows branch). Nothing else in the model is OS-specific.
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace effekt::platform {

// Paths are UTF-8 std::strings throughout the model (as SQLite takes them); this makes a
// std::filesystem::path of one (on Windows a plain std::string would be read in the ANSI code
// page).
std::filesystem::path fsPath(const std::string &utf8);
// A UTF-8 path back from a std::filesystem::path.
std::string utf8(const std::filesystem::path &path);
// The hidden file beside a document that belongs to it: "dir/.NAME" + suffix (".lock",
// ".recovery").
std::string hiddenSibling(const std::string &documentPath, const char *suffix);
// Creates a file that must not exist yet, for writing ("wx"); nullptr if it exists or on failure.
std::FILE *createExclusive(const std::string &utf8Path);

// Renames `from` over `to` in one step, replacing `to` when it exists (POSIX rename; Windows
// MoveFileExW with MOVEFILE_REPLACE_EXISTING, written through). False on failure.
bool replaceFile(const std::string &from, const std::string &to);
// The program's arguments after its name, in UTF-8 (on Windows from the wide command line, as
// argv holds them in the ANSI code page, which cannot hold every name a path may have).
std::vector<std::string> arguments(int argc, char **argv);
// Standard output and error written byte for byte: no "\r\n" for "\n" on Windows, so that
// what the CLI prints (CSV, JSON, text) is the same on every platform.
void binaryStandardOutput();
// Flushes a file's contents to the disk. False when the file cannot be opened or flushed.
bool syncFile(const std::string &path);

// ---- What safe writing (safewrite.h) needs of the OS

// The file a write of `path` lands in: symbolic links followed to their end (also a link that
// points to a file not there yet), then the canonical name when the file exists (realpath).
// `ok` false when the links loop or nest too deep. Windows: `path` itself (links are not
// followed; few users can create them there).
std::string resolveLinks(const std::string &path, bool &ok);
enum class FileKind { Missing, Regular, Directory, Fifo, Device, Socket, Other };
// What `path` names, following links, found without opening it (stat).
FileKind fileKind(const std::string &path);
// Whether an existing file may be written to: the user has the right to (access) and the file
// has any write permission bit at all, so that the superuser too respects a file marked
// read-only. Windows: the read-only attribute is not set.
bool fileWritable(const std::string &path);
// Creates a new file for writing, exclusively and never through a link: POSIX open with
// O_CREAT | O_EXCL | O_NOFOLLOW, mode 0600; Windows CreateFileW with CREATE_NEW (which fails on
// any existing name, a link included), shared for reading and writing so that SQLite can write
// it by name. nullptr on failure; `exists` tells whether something had the name already.
std::FILE *createNewPrivate(const std::string &path, bool &exists);
// Flushes an open file's data to the disk (fsync; FlushFileBuffers). False on failure.
bool syncOpenFile(std::FILE *file);
// Gives an open file the owner and permissions of `model` when that exists (the file it will
// replace), else those of a new file (0666 less the umask). POSIX; a no-op on Windows.
bool copyPermissions(std::FILE *file, const std::string &model);
// Flushes a folder's entries (a rename) to the disk; a no-op where the OS has no such call.
bool syncDirectory(const std::string &path);
// Whether a process with this id runs on this machine (POSIX kill(pid, 0); Windows OpenProcess).
bool processAlive(std::int64_t pid);
std::int64_t currentProcessId();
std::string hostName();
std::string userName();
// The current time in UTC, ISO 8601 to the second: "2027-01-31T12:00:00Z".
std::string nowUtcIso();

} // namespace effekt::platform
