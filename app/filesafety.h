// Keeps the open document's work safe: autosave of unsaved changes to a recovery file (beside the
// document, or in the data folder for an untitled one or one whose folder is not writable), the
// offer to restore after a crash, and the lock that tells a second instance where the document is
// open.
//
// The recovery files written are listed in the settings ("recovery/files") so that the next start
// finds those of untitled documents; a recovery file whose writer still runs (another window on
// this machine) is never offered.
#pragma once

#include "document.h"
#include "lockfile.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace effekt::app {

class FileSafety : public QObject {
    Q_OBJECT
public:
    explicit FileSafety(views::Document *document, QObject *parent = nullptr);
    ~FileSafety() override;

    // Seconds between autosaves; 0 turns autosave off.
    void setInterval(int seconds);
    int interval() const { return interval_; }

    // Writes the recovery file now if there are unsaved changes; removes it if there are none.
    // Returns false when writing failed (the reason goes to the status via `problem`).
    bool autosaveNow();
    // The document was saved or its changes discarded: the recovery file goes.
    void discardRecovery();
    // Where the recovery file goes: beside the document (in the data folder for an untitled one).
    // When it cannot be written there, autosaveNow writes it in the data folder instead
    // (fallbackRecoveryPathFor), and pendingRecoveryFor finds it there; writtenPath() says which.
    QString recoveryPath() const;
    QString writtenPath() const { return written_; }

    // Takes the lock of `path` for this window; returns the other holder when it is open elsewhere.
    std::optional<LockInfo> lock(const QString &path);
    void unlock();

    // A recovery file left by a crash for the document at `path`, if any (not one still being
    // written by a running instance).
    static QString pendingRecoveryFor(const QString &path);
    // Recovery files of untitled documents left by a crash.
    static QStringList pendingUntitledRecoveries();
    static void forget(const QString &recoveryPath);

signals:
    void problem(const QString &text);

private:
    void remember(const QString &recoveryPath);

    views::Document *document_;
    QTimer timer_;
    int interval_ = 0;
    QString untitledPath_; // chosen once per window, in the data folder
    QString written_;      // the recovery file this window wrote last
    std::unique_ptr<ProjectLock> lock_;
};

} // namespace effekt::app
