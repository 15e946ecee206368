// Work is never lost: a GUI process killed with unsaved changes leaves a recovery file that the
// next start offers to restore; saving or discarding removes it; a document open in one window
// opens read-only in a second one.
#include "filesafety.h"
#include "mainwindow.h"
#include "recovery.h"
#include "storage.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

#include <boost/test/unit_test.hpp>

using namespace effekt;

namespace {
// Starts the child on `arg`, waits until it has autosaved, then kills it (SIGKILL on POSIX).
void crashChildWithUnsavedChanges(const QString &arg) {
    QProcess child;
    child.start(QStringLiteral(EFFEKT_RECOVERY_CHILD), {arg});
    BOOST_REQUIRE(child.waitForStarted(30000));
    QByteArray out;
    while (!out.contains("autosaved") && child.waitForReadyRead(60000))
        out += child.readAllStandardOutput();
    BOOST_REQUIRE_MESSAGE(out.contains("autosaved"), child.readAllStandardError().toStdString());
    child.kill();
    child.waitForFinished(30000);
}

QString savedExample(const test::TempDir &dir) {
    const std::string path = dir.file("ung-i-jobb.effekt");
    BOOST_REQUIRE(saveProject(workedExample(), path).empty());
    return QString::fromStdString(path);
}
} // namespace

BOOST_AUTO_TEST_SUITE(filesafety)

BOOST_AUTO_TEST_CASE(killed_process_changes_are_offered_when_the_file_is_opened) {
    test::TempDir dir;
    const QString path = savedExample(dir);
    crashChildWithUnsavedChanges(path);
    const QString recovery = QString::fromStdString(recoveryPathFor(path.toStdString()));
    BOOST_REQUIRE(QFileInfo::exists(recovery));

    app::MainWindow w;
    int asked = 0;
    QString when;
    w.setRecoveryQuestion([&](const QString &, const QString &savedAt) {
        ++asked;
        when = savedAt;
        return true;
    });
    BOOST_TEST(w.openFile(path)); // the killed process's lock is stale and taken over
    BOOST_TEST(asked == 1);
    BOOST_TEST(!when.isEmpty());
    BOOST_TEST(w.document()->project().name == "Changed before the crash");
    BOOST_TEST(w.document()->isModified());
    BOOST_TEST(!w.document()->isReadOnly());
    // The restore is one undoable step on top of the file as saved.
    w.document()->undoStack()->undo();
    BOOST_TEST(w.document()->project().name == "Ung i jobb");
    BOOST_TEST(!w.document()->isModified());
    BOOST_TEST(!QFileInfo::exists(recovery)); // clean again: nothing to recover
}

BOOST_AUTO_TEST_CASE(killed_untitled_document_is_offered_at_start) {
    crashChildWithUnsavedChanges(QStringLiteral("--untitled"));
    app::MainWindow w;
    QString name;
    w.setRecoveryQuestion([&](const QString &n, const QString &) {
        name = n;
        return true;
    });
    BOOST_TEST(w.offerRecovery());
    BOOST_TEST(name.toStdString() == "Changed before the crash");
    BOOST_TEST(w.document()->project().name == "Changed before the crash");
    BOOST_TEST(w.document()->isModified());
    BOOST_TEST(w.document()->filePath().isEmpty());
    w.setSaveQuestion([](const QString &) { return int(QMessageBox::Discard); });
    BOOST_TEST(w.maybeSave());
    // Discarded: a second start offers nothing.
    app::MainWindow again;
    again.setRecoveryQuestion([](const QString &, const QString &) { return true; });
    BOOST_TEST(!again.offerRecovery());
}

BOOST_AUTO_TEST_CASE(declining_a_recovery_removes_it) {
    test::TempDir dir;
    const QString path = savedExample(dir);
    crashChildWithUnsavedChanges(path);
    app::MainWindow w;
    w.setRecoveryQuestion([](const QString &, const QString &) { return false; });
    BOOST_TEST(w.openFile(path));
    BOOST_TEST(w.document()->project().name == "Ung i jobb");
    BOOST_TEST(!w.document()->isModified());
    BOOST_TEST(!QFileInfo::exists(QString::fromStdString(recoveryPathFor(path.toStdString()))));
}

BOOST_AUTO_TEST_CASE(autosave_writes_and_save_removes_the_recovery_file) {
    test::TempDir dir;
    const QString path = savedExample(dir);
    app::MainWindow w;
    BOOST_REQUIRE(w.openFile(path));
    const QString recovery = w.fileSafety()->recoveryPath();
    Project p = w.document()->project();
    p.description = "edited";
    w.document()->apply(p, QStringLiteral("Edit"));
    BOOST_TEST(w.fileSafety()->autosaveNow());
    BOOST_TEST(QFileInfo::exists(recovery));
    const RecoveryData r = loadRecovery(recovery.toStdString());
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST(r.project->description == "edited");
    BOOST_TEST(r.originalPath == path.toStdString());
    BOOST_TEST(w.save());
    BOOST_TEST(!QFileInfo::exists(recovery));
    BOOST_TEST(loadProject(path.toStdString()).project->description == "edited");
}

BOOST_AUTO_TEST_CASE(autosave_goes_to_the_data_folder_when_the_document_folder_is_not_writable) {
    test::TempDir dir;
    const QString path = savedExample(dir);
    // Nothing can be written beside the document: a folder has taken the recovery file's name
    // (which stops root too), and the folder is read-only.
    const QString beside = QString::fromStdString(recoveryPathFor(path.toStdString()));
    BOOST_REQUIRE(QDir().mkpath(beside));
    app::MainWindow w;
    BOOST_REQUIRE(w.openFile(path));
    const QString folder = QFileInfo(path).absolutePath();
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    Project p = w.document()->project();
    p.description = "edited in a read-only folder";
    w.document()->apply(p, QStringLiteral("Edit"));
    QString problem;
    QObject::connect(w.fileSafety(), &app::FileSafety::problem,
                     [&](const QString &text) { problem = text; });
    BOOST_TEST(w.fileSafety()->autosaveNow());
    BOOST_TEST(problem.isEmpty(), problem.toStdString());
    const QString written = w.fileSafety()->writtenPath();
    BOOST_TEST(!written.isEmpty());
    BOOST_TEST(written != beside);
    BOOST_TEST(
        written.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
        written.toStdString());
    const RecoveryData r = loadRecovery(written.toStdString());
    BOOST_REQUIRE(r.project.has_value());
    BOOST_TEST(r.project->description == "edited in a read-only folder");
    BOOST_TEST(r.originalPath == path.toStdString());
    // The next start finds it when the document is opened.
    BOOST_TEST(app::FileSafety::pendingRecoveryFor(path) == written);
    // Saving is impossible here, but discarding the changes removes it.
    w.fileSafety()->discardRecovery();
    BOOST_TEST(!QFileInfo::exists(written));
    BOOST_TEST(app::FileSafety::pendingRecoveryFor(path).isEmpty());
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

BOOST_AUTO_TEST_CASE(a_document_open_in_one_window_opens_read_only_in_another) {
    test::TempDir dir;
    const QString path = savedExample(dir);
    app::MainWindow first;
    BOOST_REQUIRE(first.openFile(path));
    app::MainWindow second;
    QString holderText;
    second.setLockQuestion([&](const QString &, const LockInfo &holder) {
        holderText = QString::fromStdString(holder.user + "@" + holder.host);
        return false; // cancel
    });
    BOOST_TEST(!second.openFile(path));
    BOOST_TEST(!holderText.isEmpty());
    second.setLockQuestion([](const QString &, const LockInfo &) { return true; });
    BOOST_TEST(second.openFile(path));
    BOOST_TEST(second.document()->isReadOnly());
    BOOST_TEST(second.windowTitle().contains(QStringLiteral("read-only")));
    // The first window keeps editing and saving normally.
    Project p = first.document()->project();
    p.description = "first window";
    first.document()->apply(p, QStringLiteral("Edit"));
    BOOST_TEST(first.save());
}

BOOST_AUTO_TEST_SUITE_END()

#if defined(__linux__) // /proc: a place no one can create files in, root included
BOOST_AUTO_TEST_SUITE(save_failures)

BOOST_AUTO_TEST_CASE(saving_to_a_place_that_cannot_be_written_keeps_the_work_open_and_unsaved) {
    app::MainWindow w;
    w.document()->reset(workedExample());
    Project p = w.document()->project();
    p.description = "unsaved work";
    w.document()->apply(p, QStringLiteral("Edit"));
    QString title, text;
    w.setErrorSink([&](const QString &t, const QString &m) {
        title = t;
        text = m;
    });
    // /proc cannot hold files: the save fails with a message, and nothing is lost.
    BOOST_TEST(!w.saveAs(QStringLiteral("/proc/effekt-cannot-save-here.effekt")));
    BOOST_TEST(title.contains(QStringLiteral("effekt-cannot-save-here.effekt")));
    BOOST_TEST(text.contains(QStringLiteral("unsaved")));
    BOOST_TEST(w.document()->isModified());
    BOOST_TEST(w.document()->filePath().isEmpty());
    BOOST_TEST(w.document()->project().description == "unsaved work");
    BOOST_TEST(w.isWindowModified());
}

BOOST_AUTO_TEST_SUITE_END()
#endif
