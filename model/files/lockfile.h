// The lock beside an open document (".name.effekt.lock"): who has it open, where, since when. A
// second instance that finds a live lock warns "open by USER on HOST since TIME" and may open the
// document read-only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace effekt {

struct LockInfo {
    std::string user;
    std::string host;
    std::int64_t pid = 0;
    std::string since; // UTC, ISO 8601
    bool operator==(const LockInfo &) const = default;
};

// Holds the lock of one document while it lives (RAII); move-only.
class ProjectLock {
public:
    ProjectLock() = default;
    ~ProjectLock();
    ProjectLock(ProjectLock &&other) noexcept;
    ProjectLock &operator=(ProjectLock &&other) noexcept;
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    // Takes the lock of the document at `documentPath` (releasing any lock this object held).
    // Returns nullopt when this object now holds it. Returns the holder when a live lock exists: a
    // running process on this host (this process included, e.g. another window), or any process on
    // another host (whose liveness cannot be checked). A stale lock - same host, process gone - or
    // an unreadable lock file is taken over. When the lock file cannot be created at all (a
    // read-only folder) it returns nullopt with held() false and error() saying why.
    std::optional<LockInfo> acquire(const std::string &documentPath);
    // Removes the lock file if it is still ours.
    void release();
    bool held() const { return held_; }
    const std::string &lockPath() const { return lockPath_; }
    const std::string &error() const { return error_; }

    static std::string lockPathFor(const std::string &documentPath);
    // A lock file is a few hundred bytes; a longer one is not ours.
    static constexpr std::size_t kMaxLockBytes = 4096;
    // The lock file's contents, or nullopt when it is absent, unreadable, not a regular file or
    // longer than kMaxLockBytes.
    static std::optional<LockInfo> read(const std::string &lockPath);
    // Writes a lock file (exclusive create); false if it exists or cannot be written.
    static bool write(const std::string &lockPath, const LockInfo &info);

private:
    std::string lockPath_;
    LockInfo mine_;
    bool held_ = false;
    std::string error_;
};

} // namespace effekt
