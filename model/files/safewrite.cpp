#include "safewrite.h"

#include "platform.h"

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <random>

namespace effekt::safewrite {

namespace {

namespace fs = std::filesystem;

std::atomic<Step> g_failAt{Step::None};

bool failsAt(Step step) {
    return g_failAt.load() == step;
}

const char *kindName(platform::FileKind kind) {
    switch (kind) {
    case platform::FileKind::Directory: return "directory";
    case platform::FileKind::Fifo: return "fifo";
    case platform::FileKind::Device: return "device";
    case platform::FileKind::Socket: return "socket";
    default: return "other";
    }
}

// "dir/.NAME.saving-<16 hex digits>": beside the target (a rename stays on its file system),
// hidden, and not to be guessed: the digits come from std::random_device.
std::string temporaryName(const std::string &target) {
    std::random_device device;
    const std::uint64_t r = (static_cast<std::uint64_t>(device()) << 32) ^ device();
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(r));
    const fs::path p = platform::fsPath(target);
    std::string name = ".";
    name += platform::utf8(p.filename());
    name += ".saving-";
    name += hex;
    return platform::utf8(p.parent_path() / platform::fsPath(name));
}

} // namespace

void failAtForTesting(Step step) {
    g_failAt = step;
}

AtomicFile::AtomicFile(std::string path)
    : path_(std::move(path)) {}

AtomicFile::~AtomicFile() {
    if (!committed_)
        discard();
}

bool AtomicFile::fail(std::string detail) {
    discard();
    diagnostics_.push_back(Diagnostic{
        DiagCode::FileWriteFailed, Severity::Error, "file", -1, "", -1, {std::move(detail)}});
    return false;
}

bool AtomicFile::open() {
    bool resolved = true;
    target_ = platform::resolveLinks(path_, resolved);
    if (!resolved)
        return fail("too many symbolic links: " + path_);
    // Refused before anything is opened: opening a FIFO for writing blocks until a reader comes,
    // a device is not ours to replace, a folder cannot be.
    const platform::FileKind kind = platform::fileKind(target_);
    if (kind != platform::FileKind::Missing && kind != platform::FileKind::Regular) {
        diagnostics_.push_back(Diagnostic{DiagCode::FileNotRegular,
                                          Severity::Error,
                                          "file",
                                          -1,
                                          "",
                                          -1,
                                          {std::string(kindName(kind)), target_}});
        return false;
    }
    if (kind == platform::FileKind::Regular && !platform::fileWritable(target_)) {
        diagnostics_.push_back(
            Diagnostic{DiagCode::FileReadOnly, Severity::Error, "file", -1, "", -1, {target_}});
        return false;
    }
    for (int attempt = 0; attempt < 100; ++attempt) {
        const std::string name = temporaryName(target_);
        bool exists = false;
        file_ = platform::createNewPrivate(name, exists);
        if (file_) {
            temp_ = name;
            return true;
        }
        if (!exists) {
            const std::string why = std::strerror(errno);
            return fail("cannot create a file beside " + target_ + ": " + why);
        }
        // Taken (by chance, or planted): another name.
    }
    return fail("cannot create a file beside " + target_);
}

bool AtomicFile::write(std::string_view bytes) {
    if (!file_)
        return false;
    if (failsAt(Step::Write) || std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size() ||
        std::ferror(file_))
        return fail("cannot write " + temp_);
    return true;
}

bool AtomicFile::commit() {
    if (!file_)
        return false;
    if (failsAt(Step::Flush) || std::fflush(file_) != 0)
        return fail("cannot write " + temp_);
    if (failsAt(Step::Sync) || !platform::syncOpenFile(file_))
        return fail("cannot flush " + temp_ + " to the disk");
    if (!platform::copyPermissions(file_, target_))
        return fail("cannot set the permissions of " + temp_);
    std::FILE *f = file_;
    file_ = nullptr;
    if (std::fclose(f) != 0 || failsAt(Step::Close))
        return fail("cannot close " + temp_);
    if (failsAt(Step::Rename) || !platform::replaceFile(temp_, target_))
        return fail("cannot replace " + target_);
    committed_ = true;
    temp_.clear();
    platform::syncDirectory(platform::utf8(platform::fsPath(target_).parent_path()));
    return true;
}

void AtomicFile::discard() {
    if (file_) {
        std::fclose(file_);
        file_ = nullptr;
    }
    if (!temp_.empty()) {
        std::error_code ec;
        fs::remove(platform::fsPath(temp_), ec);
        temp_.clear();
    }
}

Diagnostics writeFile(const std::string &path, std::string_view bytes) {
    AtomicFile file(path);
    if (file.open() && file.write(bytes))
        file.commit();
    return file.diagnostics();
}

} // namespace effekt::safewrite
