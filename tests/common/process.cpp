#include "process.h"

#include <stdexcept>

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace effekt::test {

#ifdef _WIN32

namespace {

std::wstring wide(const std::string &utf8) {
    if (utf8.empty())
        return {};
    const int n =
        MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
    std::wstring out(static_cast<std::size_t>(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), out.data(), n);
    return out;
}

// One argument quoted as CommandLineToArgvW and the C runtime read it back.
void appendQuoted(std::wstring &cmd, const std::wstring &arg) {
    cmd += L'"';
    std::size_t slashes = 0;
    for (wchar_t c : arg) {
        if (c == L'\\') {
            ++slashes;
            continue;
        }
        cmd.append(c == L'"' ? slashes * 2 + 1 : slashes, L'\\');
        slashes = 0;
        cmd += c;
    }
    cmd.append(slashes * 2, L'\\');
    cmd += L'"';
}

HANDLE inheritableFile(const std::string &path) {
    SECURITY_ATTRIBUTES sa{sizeof sa, nullptr, TRUE};
    return CreateFileW(wide(path).c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, &sa,
                       CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
}

} // namespace

ChildProcess::ChildProcess(const std::string &exe, const std::vector<std::string> &args,
                           const std::string &outFile, const std::string &errFile) {
    std::wstring cmd;
    appendQuoted(cmd, wide(exe));
    for (const std::string &a : args) {
        cmd += L' ';
        appendQuoted(cmd, wide(a));
    }
    STARTUPINFOW si{};
    si.cb = sizeof si;
    HANDLE out = outFile.empty() ? nullptr : inheritableFile(outFile);
    HANDLE err = errFile.empty() ? nullptr : inheritableFile(errFile);
    if (out || err) {
        si.dwFlags = STARTF_USESTDHANDLES;
        si.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
        si.hStdOutput = out ? out : GetStdHandle(STD_OUTPUT_HANDLE);
        si.hStdError = err ? err : GetStdHandle(STD_ERROR_HANDLE);
    }
    PROCESS_INFORMATION pi{};
    const BOOL ok = CreateProcessW(wide(exe).c_str(), cmd.data(), nullptr, nullptr, TRUE, 0,
                                   nullptr, nullptr, &si, &pi);
    if (out)
        CloseHandle(out);
    if (err)
        CloseHandle(err);
    if (!ok)
        throw std::runtime_error("cannot start " + exe);
    CloseHandle(pi.hThread);
    handle_ = pi.hProcess;
    pid_ = static_cast<std::int64_t>(pi.dwProcessId);
}

ChildProcess::~ChildProcess() {
    if (!done_)
        kill();
    if (handle_)
        CloseHandle(static_cast<HANDLE>(handle_));
}

int ChildProcess::wait() {
    if (!done_) {
        WaitForSingleObject(static_cast<HANDLE>(handle_), INFINITE);
        DWORD code = 0;
        GetExitCodeProcess(static_cast<HANDLE>(handle_), &code);
        exitCode_ = static_cast<int>(code);
        done_ = true;
    }
    return exitCode_;
}

void ChildProcess::kill() {
    if (done_)
        return;
    TerminateProcess(static_cast<HANDLE>(handle_), 137);
    WaitForSingleObject(static_cast<HANDLE>(handle_), INFINITE);
    exitCode_ = -1;
    done_ = true;
}

std::string selfExecutable() {
    std::wstring buf(32768, L'\0');
    const DWORD n = GetModuleFileNameW(nullptr, buf.data(), static_cast<DWORD>(buf.size()));
    buf.resize(n);
    const int len = WideCharToMultiByte(CP_UTF8, 0, buf.data(), static_cast<int>(buf.size()),
                                        nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(len), '\0');
    WideCharToMultiByte(CP_UTF8, 0, buf.data(), static_cast<int>(buf.size()), out.data(), len,
                        nullptr, nullptr);
    return out;
}

#else

ChildProcess::ChildProcess(const std::string &exe, const std::vector<std::string> &args,
                           const std::string &outFile, const std::string &errFile) {
    std::vector<std::string> copy = args;
    std::string exeCopy = exe;
    std::vector<char *> argv;
    argv.push_back(exeCopy.data());
    for (std::string &a : copy)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("cannot start " + exe);
    if (pid == 0) {
        if (!outFile.empty()) {
            const int fd = ::open(outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            ::dup2(fd, 1);
        }
        if (!errFile.empty()) {
            const int fd = ::open(errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            ::dup2(fd, 2);
        }
        ::execv(exeCopy.c_str(), argv.data());
        ::_exit(127);
    }
    pid_ = pid;
}

ChildProcess::~ChildProcess() {
    if (!done_)
        kill();
}

int ChildProcess::wait() {
    if (!done_) {
        int status = 0;
        ::waitpid(static_cast<pid_t>(pid_), &status, 0);
        exitCode_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        done_ = true;
    }
    return exitCode_;
}

void ChildProcess::kill() {
    if (done_)
        return;
    ::kill(static_cast<pid_t>(pid_), SIGKILL);
    int status = 0;
    ::waitpid(static_cast<pid_t>(pid_), &status, 0);
    exitCode_ = -1;
    done_ = true;
}

std::string selfExecutable() {
    std::string buf(4096, '\0');
    const ssize_t n = ::readlink("/proc/self/exe", buf.data(), buf.size());
    if (n <= 0)
        throw std::runtime_error("cannot find the test executable");
    buf.resize(static_cast<std::size_t>(n));
    return buf;
}

#endif

} // namespace effekt::test
