#include "lockfile.h"

#include "platform.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace effekt {

namespace fs = std::filesystem;

ProjectLock::~ProjectLock() {
    release();
}

ProjectLock::ProjectLock(ProjectLock &&other) noexcept
    : lockPath_(std::move(other.lockPath_))
    , mine_(std::move(other.mine_))
    , held_(other.held_)
    , error_(std::move(other.error_)) {
    other.held_ = false;
}

ProjectLock &ProjectLock::operator=(ProjectLock &&other) noexcept {
    if (this != &other) {
        release();
        lockPath_ = std::move(other.lockPath_);
        mine_ = std::move(other.mine_);
        held_ = other.held_;
        error_ = std::move(other.error_);
        other.held_ = false;
    }
    return *this;
}

std::string ProjectLock::lockPathFor(const std::string &documentPath) {
    return platform::hiddenSibling(documentPath, ".lock");
}

std::optional<LockInfo> ProjectLock::read(const std::string &lockPath) {
    // Only a regular file, and only its first few kilobytes: a FIFO, a device (/dev/zero) or a
    // huge file planted under the lock's name would hang the open or fill the memory.
    std::error_code ec;
    if (!fs::is_regular_file(fs::status(platform::fsPath(lockPath), ec)))
        return std::nullopt;
    std::ifstream in(platform::fsPath(lockPath), std::ios::binary);
    if (!in)
        return std::nullopt;
    std::string text(kMaxLockBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got > kMaxLockBytes)
        return std::nullopt;
    text.resize(got);
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return std::nullopt;
    try {
        LockInfo info;
        info.user = j.at("user").get<std::string>();
        info.host = j.at("host").get<std::string>();
        info.pid = j.at("pid").get<std::int64_t>();
        info.since = j.at("since").get<std::string>();
        return info;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

bool ProjectLock::write(const std::string &lockPath, const LockInfo &info) {
    // "x": create exclusively, fail if the file exists (C11 / C++17).
    std::FILE *f = platform::createExclusive(lockPath);
    if (!f)
        return false;
    nlohmann::ordered_json j;
    j["user"] = info.user;
    j["host"] = info.host;
    j["pid"] = info.pid;
    j["since"] = info.since;
    const std::string text = j.dump() + "\n";
    const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    if (std::fclose(f) != 0 || !ok) {
        std::error_code ec;
        fs::remove(platform::fsPath(lockPath), ec);
        return false;
    }
    return true;
}

std::optional<LockInfo> ProjectLock::acquire(const std::string &documentPath) {
    release();
    error_.clear();
    lockPath_ = lockPathFor(documentPath);
    mine_ = LockInfo{platform::userName(), platform::hostName(), platform::currentProcessId(),
                     platform::nowUtcIso()};
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (write(lockPath_, mine_)) {
            held_ = true;
            return std::nullopt;
        }
        std::error_code ec;
        if (!fs::exists(platform::fsPath(lockPath_), ec)) {
            error_ = "cannot create ";
            error_ += lockPath_;
            return std::nullopt;
        }
        const std::optional<LockInfo> other = read(lockPath_);
        if (other) {
            const bool sameHost = other->host == mine_.host;
            if (!sameHost || platform::processAlive(other->pid))
                return other;
        }
        // Stale (its process is gone) or unreadable: take it over.
        fs::remove(platform::fsPath(lockPath_), ec);
    }
    error_ = "cannot take over ";
    error_ += lockPath_;
    return std::nullopt;
}

void ProjectLock::release() {
    if (!held_)
        return;
    held_ = false;
    const std::optional<LockInfo> now = read(lockPath_);
    if (now && *now == mine_) {
        std::error_code ec;
        fs::remove(platform::fsPath(lockPath_), ec);
    }
}

} // namespace effekt
