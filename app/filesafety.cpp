#include "filesafety.h"

#include "diagnostictext.h"
#include "platform.h"
#include "recovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace effekt::app {

namespace {
const QString kRegistryKey = QStringLiteral("recovery/files");

QString untitledFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

// Recovery files of documents whose own folder is not writable.
QString documentsFolder() {
    return QDir(untitledFolder()).filePath(QStringLiteral("documents"));
}

QString fallbackFor(const QString &documentPath) {
    return QString::fromStdString(fallbackRecoveryPathFor(
        QFileInfo(documentPath).absoluteFilePath().toStdString(), documentsFolder().toStdString()));
}

// The process id an untitled recovery file's name carries: "untitled-<pid>-<uuid>.effekt.recovery".
std::int64_t writerOf(const QString &untitledRecovery) {
    const QStringList parts = QFileInfo(untitledRecovery).fileName().split(QLatin1Char('-'));
    return parts.size() >= 3 ? parts[1].toLongLong() : 0;
}

bool writerRuns(const QString &recovery, const QString &original) {
    if (original.isEmpty()) {
        const std::int64_t pid = writerOf(recovery);
        return pid != 0 && pid != platform::currentProcessId() && platform::processAlive(pid);
    }
    // Beside a document: the writer holds the document's lock while it runs.
    const auto holder = ProjectLock::read(ProjectLock::lockPathFor(original.toStdString()));
    return holder && holder->host == platform::hostName() &&
           holder->pid != platform::currentProcessId() && platform::processAlive(holder->pid);
}
} // namespace

FileSafety::FileSafety(views::Document *document, QObject *parent)
    : QObject(parent)
    , document_(document) {
    timer_.setTimerType(Qt::VeryCoarseTimer);
    connect(&timer_, &QTimer::timeout, this, [this] { autosaveNow(); });
    // A document that became clean (saved, or undone back to the saved state) needs no recovery.
    connect(document_, &views::Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discardRecovery();
    });
    connect(document_, &views::Document::filePathChanged, this, [this] {
        // The recovery file belongs to the old path; the next autosave writes the new one.
        discardRecovery();
    });
}

FileSafety::~FileSafety() = default;

void FileSafety::setInterval(int seconds) {
    interval_ = std::max(0, seconds);
    if (interval_ == 0)
        timer_.stop();
    else
        timer_.start(interval_ * 1000);
}

QString FileSafety::recoveryPath() const {
    if (!document_->filePath().isEmpty())
        return QString::fromStdString(recoveryPathFor(document_->filePath().toStdString()));
    if (untitledPath_.isEmpty()) {
        auto *self = const_cast<FileSafety *>(this);
        self->untitledPath_ = QDir(untitledFolder())
                                  .filePath(QStringLiteral("untitled-%1-%2.effekt.recovery")
                                                .arg(platform::currentProcessId())
                                                .arg(QUuid::createUuid().toString(QUuid::Id128)));
    }
    return untitledPath_;
}

bool FileSafety::autosaveNow() {
    if (!document_->isModified() || document_->isReadOnly()) {
        discardRecovery();
        return true;
    }
    QString path = recoveryPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const std::string original = document_->filePath().toStdString();
    Diagnostics problems = saveRecovery(document_->project(), path.toStdString(), original);
    if (hasErrors(problems) && !document_->filePath().isEmpty()) {
        // The document's folder is not writable (or the file beside it cannot be made): the data
        // folder keeps the changes instead, so that autosave still holds its promise.
        const QString fallback = fallbackFor(document_->filePath());
        QDir().mkpath(QFileInfo(fallback).absolutePath());
        Diagnostics second = saveRecovery(document_->project(), fallback.toStdString(), original);
        if (!hasErrors(second)) {
            path = fallback;
            problems = std::move(second);
        }
    }
    if (hasErrors(problems)) {
        emit problem(tr("Autosave failed: %1").arg(views::diagnosticsText(problems)));
        return false;
    }
    if (!written_.isEmpty() && written_ != path)
        discardRecovery();
    written_ = path;
    remember(path);
    return true;
}

void FileSafety::discardRecovery() {
    if (written_.isEmpty())
        return;
    removeRecovery(written_.toStdString());
    forget(written_);
    written_.clear();
}

std::optional<LockInfo> FileSafety::lock(const QString &path) {
    auto lock = std::make_unique<ProjectLock>();
    if (auto other = lock->acquire(QFileInfo(path).absoluteFilePath().toStdString()))
        return other;
    lock_ = std::move(lock); // releases the lock of the previous document
    return std::nullopt;
}

void FileSafety::unlock() {
    lock_.reset();
}

void FileSafety::remember(const QString &recoveryPath) {
    QSettings s;
    QStringList files = s.value(kRegistryKey).toStringList();
    if (!files.contains(recoveryPath)) {
        files << recoveryPath;
        s.setValue(kRegistryKey, files);
    }
}

void FileSafety::forget(const QString &recoveryPath) {
    QSettings s;
    QStringList files = s.value(kRegistryKey).toStringList();
    if (files.removeAll(recoveryPath) > 0)
        s.setValue(kRegistryKey, files);
}

QString FileSafety::pendingRecoveryFor(const QString &path) {
    const QString abs = QFileInfo(path).absoluteFilePath();
    QString recovery = QString::fromStdString(recoveryPathFor(abs.toStdString()));
    if (!QFileInfo(recovery).isFile())
        recovery = fallbackFor(abs); // written in the data folder: the document's was read-only
    if (!QFileInfo(recovery).isFile() || writerRuns(recovery, abs))
        return {};
    return recovery;
}

QStringList FileSafety::pendingUntitledRecoveries() {
    QStringList pending;
    const QStringList files = QSettings().value(kRegistryKey).toStringList();
    for (const QString &f : files) {
        if (!QFileInfo::exists(f)) {
            forget(f);
            continue;
        }
        if (QFileInfo(f).absolutePath() == QDir(untitledFolder()).absolutePath() &&
            !writerRuns(f, {}))
            pending << f;
    }
    return pending;
}

} // namespace effekt::app
