#include "platform.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <fcntl.h>
#include <io.h>
#include <process.h>
#include <windows.h>

#include <shellapi.h> // after windows.h
#else
#include <cerrno>
#include <climits>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace effekt::platform {

#ifdef _WIN32

bool syncFile(const std::string &path) {
    HANDLE h = CreateFileW(fsPath(path).wstring().c_str(), GENERIC_WRITE,
                           FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING,
                           FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    const bool ok = FlushFileBuffers(h) != 0;
    CloseHandle(h);
    return ok;
}

bool syncDirectory(const std::string &) {
    return true;
}

std::string resolveLinks(const std::string &path, bool &ok) {
    ok = true;
    return path;
}

FileKind fileKind(const std::string &path) {
    std::error_code ec;
    const auto st = std::filesystem::status(fsPath(path), ec);
    switch (st.type()) {
    case std::filesystem::file_type::not_found: return FileKind::Missing;
    case std::filesystem::file_type::regular: return FileKind::Regular;
    case std::filesystem::file_type::directory: return FileKind::Directory;
    case std::filesystem::file_type::none: return FileKind::Missing;
    default: return FileKind::Other; // a device name ("NUL", "COM1") and the like
    }
}

bool fileWritable(const std::string &path) {
    const DWORD a = GetFileAttributesW(fsPath(path).wstring().c_str());
    return a != INVALID_FILE_ATTRIBUTES && (a & FILE_ATTRIBUTE_READONLY) == 0;
}

namespace {
// A C stream that writes to the file behind `h`, which it takes over (closed with the stream, or
// here when no stream can be made).
std::FILE *streamOf(HANDLE h) {
    const int fd = _open_osfhandle(reinterpret_cast<std::intptr_t>(h), _O_WRONLY | _O_BINARY);
    if (fd < 0) {
        CloseHandle(h);
        return nullptr;
    }
    std::FILE *f = _fdopen(fd, "wb");
    if (!f)
        _close(fd);
    return f;
}
} // namespace

std::FILE *createNewPrivate(const std::string &path, bool &exists) {
    exists = false;
    HANDLE h = CreateFileW(fsPath(path).wstring().c_str(), GENERIC_WRITE,
                           FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, CREATE_NEW,
                           FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        const DWORD e = GetLastError();
        exists = e == ERROR_FILE_EXISTS || e == ERROR_ALREADY_EXISTS;
        return nullptr;
    }
    return streamOf(h);
}

bool syncOpenFile(std::FILE *file) {
    const auto h = reinterpret_cast<HANDLE>(_get_osfhandle(_fileno(file)));
    return h != INVALID_HANDLE_VALUE && FlushFileBuffers(h) != 0;
}

bool copyPermissions(std::FILE *, const std::string &) {
    return true;
}

bool replaceFile(const std::string &from, const std::string &to) {
    return MoveFileExW(fsPath(from).wstring().c_str(), fsPath(to).wstring().c_str(),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0;
}

void binaryStandardOutput() {
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
}

std::vector<std::string> arguments(int, char **) {
    std::vector<std::string> out;
    int n = 0;
    wchar_t **wargv = CommandLineToArgvW(GetCommandLineW(), &n);
    if (!wargv)
        return out;
    for (int i = 1; i < n; ++i)
        out.push_back(utf8(std::filesystem::path(wargv[i])));
    LocalFree(wargv);
    return out;
}

bool processAlive(std::int64_t pid) {
    if (pid <= 0)
        return false;
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!h)
        return GetLastError() == ERROR_ACCESS_DENIED; // exists, but not ours to query
    DWORD code = 0;
    const bool alive = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    CloseHandle(h);
    return alive;
}

std::int64_t currentProcessId() {
    return static_cast<std::int64_t>(GetCurrentProcessId());
}

std::string hostName() {
    char buf[256];
    DWORD size = sizeof buf;
    return GetComputerNameA(buf, &size) ? std::string(buf, size) : std::string("unknown");
}

#else

bool syncFile(const std::string &path) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool syncDirectory(const std::string &path) {
    const int fd = ::open(path.empty() ? "." : path.c_str(), O_RDONLY);
    if (fd < 0)
        return false;
    ::fsync(fd); // some file systems refuse fsync on folders; the rename is done either way
    ::close(fd);
    return true;
}

bool replaceFile(const std::string &from, const std::string &to) {
    return ::rename(from.c_str(), to.c_str()) == 0;
}

std::string resolveLinks(const std::string &path, bool &ok) {
    ok = true;
    std::string p = path;
    for (int hops = 0;; ++hops) {
        struct stat st {};
        if (::lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode))
            break;
        if (hops == 40) { // as the kernel's own limit (ELOOP)
            ok = false;
            return path;
        }
        std::string target(256, '\0');
        for (;;) {
            const ssize_t n = ::readlink(p.c_str(), target.data(), target.size());
            if (n < 0) {
                ok = false;
                return path;
            }
            if (static_cast<std::size_t>(n) < target.size()) {
                target.resize(static_cast<std::size_t>(n));
                break;
            }
            target.resize(target.size() * 2);
        }
        if (!target.empty() && target[0] != '/') {
            const std::string folder = utf8(fsPath(p).parent_path());
            target = (folder.empty() ? std::string(".") : folder) + "/" + target;
        }
        p = target;
    }
    if (char *real = ::realpath(p.c_str(), nullptr)) {
        p = real;
        std::free(real);
    }
    return p;
}

FileKind fileKind(const std::string &path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return errno == ENOENT || errno == ENOTDIR ? FileKind::Missing : FileKind::Other;
    if (S_ISREG(st.st_mode))
        return FileKind::Regular;
    if (S_ISDIR(st.st_mode))
        return FileKind::Directory;
    if (S_ISFIFO(st.st_mode))
        return FileKind::Fifo;
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return FileKind::Device;
    if (S_ISSOCK(st.st_mode))
        return FileKind::Socket;
    return FileKind::Other;
}

bool fileWritable(const std::string &path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return false;
    return (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0 && ::access(path.c_str(), W_OK) == 0;
}

std::FILE *createNewPrivate(const std::string &path, bool &exists) {
    exists = false;
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        exists = errno == EEXIST;
        return nullptr;
    }
    std::FILE *f = ::fdopen(fd, "wb");
    if (!f)
        ::close(fd);
    return f;
}

bool syncOpenFile(std::FILE *file) {
    return ::fsync(::fileno(file)) == 0;
}

namespace {
// The process's umask, read without changing it (umask() would, for every thread).
mode_t currentUmask() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("Umask:", 0) == 0)
            return static_cast<mode_t>(std::strtoul(line.c_str() + 6, nullptr, 8) & 0777);
    return 022;
}
} // namespace

bool copyPermissions(std::FILE *file, const std::string &model) {
    const int fd = ::fileno(file);
    struct stat st {};
    if (::stat(model.c_str(), &st) != 0)
        return ::fchmod(fd, 0666 & ~currentUmask()) == 0;
    // The owner only where allowed (the superuser); the group where the user belongs to it. Set
    // before the mode: a change of owner may clear the set-id bits.
    const bool owned = ::fchown(fd, st.st_uid, st.st_gid) == 0 ||
                       ::fchown(fd, static_cast<uid_t>(-1), st.st_gid) == 0;
    (void)owned; // else the new file keeps the user's own group
    return ::fchmod(fd, st.st_mode & 07777) == 0;
}

void binaryStandardOutput() {}

std::vector<std::string> arguments(int argc, char **argv) {
    return std::vector<std::string>(argv + (argc > 0 ? 1 : 0), argv + argc);
}

bool processAlive(std::int64_t pid) {
    if (pid <= 0 || pid > 0x7fffffff)
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) == 0)
        return true;
    return errno == EPERM; // exists, owned by someone else
}

std::int64_t currentProcessId() {
    return static_cast<std::int64_t>(::getpid());
}

std::string hostName() {
    char buf[256] = {};
    if (::gethostname(buf, sizeof buf - 1) != 0)
        return "unknown";
    return buf;
}

#endif

std::filesystem::path fsPath(const std::string &utf8Path) {
    return std::filesystem::path(std::u8string(utf8Path.begin(), utf8Path.end()));
}

std::string utf8(const std::filesystem::path &path) {
    const std::u8string s = path.u8string();
    return std::string(s.begin(), s.end());
}

std::FILE *createExclusive(const std::string &utf8Path) {
#ifdef _WIN32
    // CREATE_NEW, not _wfopen's "x", which the older C runtime (msvcrt) ignores.
    HANDLE h = CreateFileW(fsPath(utf8Path).wstring().c_str(), GENERIC_WRITE, FILE_SHARE_READ,
                           nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return nullptr;
    return streamOf(h);
#else
    return std::fopen(utf8Path.c_str(), "wx");
#endif
}

std::string userName() {
    for (const char *var : {"USER", "USERNAME", "LOGNAME"})
        if (const char *v = std::getenv(var); v && *v)
            return v;
    return "unknown";
}

std::string nowUtcIso() {
    using namespace std::chrono;
    const auto now = floor<seconds>(system_clock::now());
    const auto day = floor<days>(now);
    const year_month_day ymd{day};
    const hh_mm_ss hms{now - day};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return buf;
}

std::string hiddenSibling(const std::string &documentPath, const char *suffix) {
    const std::filesystem::path p = fsPath(documentPath);
    // Appended step by step: GCC 12 warns falsely on a chain of operator+ here.
    std::string name = ".";
    name += utf8(p.filename());
    name += suffix;
    return utf8(p.parent_path() / fsPath(name));
}

} // namespace effekt::platform
