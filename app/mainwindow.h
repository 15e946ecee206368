// The main window: menus and actions, the sidebar of pages, the file life cycle (new, open, save,
// close with a question when there are unsaved changes), recent files and window geometry.
#pragma once

#include "document.h"
#include "lockfile.h"
#include "pages.h"
#include "settings.h"

#include <QMainWindow>

#include <functional>

class QListWidget;
class QStackedWidget;
class QMenu;
class QAction;
class QDockWidget;

namespace effekt::views {
class RiskPage;
class TermSheet;
} // namespace effekt::views

namespace effekt::app {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    views::Document *document() const { return document_; }

    // Opens a project file; on failure shows why and keeps the current project. Returns success.
    bool openFile(const QString &path);
    bool save();
    bool saveAs(const QString &path = {});
    // Asks to save, discard or cancel when there are unsaved changes; true when it may go on.
    bool maybeSave();

    // Shows a page by id ("overview", "metrics", "outcomes", "results", …).
    void showPage(const QString &id);
    QString currentPage() const;
    QWidget *page(const QString &id) const;

    // Tests replace the questions and messages the window would ask and show.
    using SaveQuestion =
        std::function<int(const QString &documentName)>; // a QMessageBox::StandardButton
    void setSaveQuestion(SaveQuestion question) { saveQuestion_ = std::move(question); }
    using ErrorSink = std::function<void(const QString &title, const QString &text)>;
    void setErrorSink(ErrorSink sink) { errorSink_ = std::move(sink); }
    // Whether to restore unsaved changes recovered after a crash (name, when they were saved).
    using RecoveryQuestion = std::function<bool(const QString &name, const QString &savedAt)>;
    void setRecoveryQuestion(RecoveryQuestion q) { recoveryQuestion_ = std::move(q); }
    // The document is open elsewhere: true opens it read-only, false cancels.
    using LockQuestion = std::function<bool(const QString &name, const LockInfo &holder)>;
    void setLockQuestion(LockQuestion q) { lockQuestion_ = std::move(q); }

    // At start: offers to restore the unsaved changes a crash left behind. Returns whether it did.
    bool offerRecovery();
    class FileSafety *fileSafety() const {
        return safety_;
    }

    // The term sheet of the project as it stands: DRAFT while it has unsaved changes or errors;
    // with the Risk page's last Monte Carlo run, if any.
    views::TermSheet termSheet() const;
    // File > Export > PDF term sheet without the file dialog; false (and a message) on failure.
    bool exportPdf(const QString &path);
    // File > Export > Excel Workbook and Project as JSON without the file dialog; false (and a
    // message) on failure.
    bool exportXlsx(const QString &path);
    bool exportJson(const QString &path);
    // The File > Export submenu (tests).
    QMenu *exportMenu() const { return exportMenu_; }

    // Renders each page to DIR/<page>.png (scripts/screenshots).
    bool saveScreenshots(const QString &dir, const QString &suffix = {});
    bool saveRiskScreenshots(views::RiskPage *risk, const QString &dir, const QString &suffix);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void buildPages();
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void newProject();
    void openDialog();
    void closeProject();
    void showPreferences();
    void exportPdfDialog();
    void exportStatementDialog(bool norwegian);
    void exportXlsxDialog();
    void exportJsonDialog();
    void print();
    void printPreview();
    // A save dialog in the folder this kind of export used last (remembered in the settings).
    QString askExportPath(const QString &title, const QString &fileName, const QString &filter,
                          const Setting<QString> &folder);
    void showAbout();
    void openExample();
    void navigate(const views::EditLocation &where);
    void showError(const QString &title, const QString &text);
    bool openFile(const QString &path, const QString &recoveryFile);
    bool askRestore(const QString &name, const QString &savedAtIso);
    bool askOpenReadOnly(const QString &name, const LockInfo &holder);
    // A save was refused because the file is marked read-only: true when the planner chooses Save
    // As (the GUI never replaces such a file).
    bool askSaveElsewhere(const QString &name);

    views::Document *document_;
    QListWidget *nav_ = nullptr;
    QStackedWidget *stack_ = nullptr;
    std::vector<views::Page> pages_;
    QMenu *recentMenu_ = nullptr;
    QMenu *exportMenu_ = nullptr;
    QDockWidget *historyDock_ = nullptr;
    class FileSafety *safety_ = nullptr;
    SaveQuestion saveQuestion_;
    ErrorSink errorSink_;
    RecoveryQuestion recoveryQuestion_;
    LockQuestion lockQuestion_;
};

// A new, empty project with one commissioner and the three scenarios Low, Base and High (their
// names translated), as File > New creates it.
Project emptyProject();
// The worked example as Help > Open the Worked Example opens it: with the three scenarios of a new
// project and the default distribution of the achievement factor (PERT, 50 % / 100 % / 120 %)
// for each metric, when it has none of its own.
Project exampleProject();

} // namespace effekt::app
