// The main window: menus and actions, the sidebar of pages, the file life cycle (new, open, save,
// close with a question when there are unsaved changes), recent files and window geometry.
#pragma once

#include "document.h"
#include "indigo.h"
#include "lockfile.h"
#include "pages.h"
#include "settings.h"

#include <QMainWindow>

#include <QList>

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

class HelpWindow;
class StartPage;

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
    // Opens an unsaved copy of a bundled template or example (catalogue.h) by id, titled with the
    // contract's name; Save asks for a place. Asks about unsaved changes first. Returns success.
    bool openCatalogueEntry(const QString &id);
    // File > New from Template…: the template dialog, then a copy of the chosen template.
    void newFromTemplate();
    // Asks to save, discard or cancel when there are unsaved changes; true when it may go on.
    bool maybeSave();

    // Shows a page by id ("overview", "metrics", "outcomes", "results", …), leaving the start page.
    void showPage(const QString &id);
    QString currentPage() const;
    QWidget *page(const QString &id) const;

    // The start page stands in for the pages while no document is open: at start, and after
    // File > Close. Opening, creating or restoring a project (anything that resets the document)
    // leaves it.
    bool isStartPageShown() const;
    StartPage *startPage() const { return start_; }
    void showStartPage();

    // Help > User Guide (F1): the guide in the interface language at the chapter of the page in
    // view (on the start page: "Getting started").
    void showHelp();
    HelpWindow *helpWindow() const { return help_; }
    // The heading of the guide's chapter about what is in view, in the interface language.
    QString helpChapter() const;

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
    // File > Export > INDIGO Open Data without the dialogs; false (and a message) on failure.
    bool exportIndigo(const QString &path, const indigo::Sections &sections);
    // The File > Export submenu (tests).
    QMenu *exportMenu() const { return exportMenu_; }
    // The File > Open Example submenu, one action per example (also in the Help menu).
    QMenu *examplesMenu() const { return examplesMenu_; }

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
    void updateStartPage();
    void showProjectPages();
    void updateDocumentActions();
    // Remembers the file, and the name of the contract open in it, for File > Open Recent and the
    // start page.
    void addRecentFile(const QString &path);
    void newProject();
    void openDialog();
    void closeProject();
    void showPreferences();
    void exportPdfDialog();
    void exportStatementDialog(bool norwegian);
    void exportXlsxDialog();
    void exportJsonDialog();
    void exportIndigoDialog();
    void print();
    void printPreview();
    // A save dialog in the folder this kind of export used last (remembered in the settings).
    QString askExportPath(const QString &title, const QString &fileName, const QString &filter,
                          const Setting<QString> &folder);
    void showAbout();
    void navigate(const views::EditLocation &where);
    void showError(const QString &title, const QString &text);
    bool openFile(const QString &path, const QString &recoveryFile);
    bool askRestore(const QString &name, const QString &savedAtIso);
    bool askOpenReadOnly(const QString &name, const LockInfo &holder);
    // A save was refused because the file is marked read-only: true when the planner chooses Save
    // As (the GUI never replaces such a file).
    bool askSaveElsewhere(const QString &name);

    views::Document *document_;
    QStackedWidget *central_ = nullptr; // the start page or the pages
    StartPage *start_ = nullptr;
    HelpWindow *help_ = nullptr;
    QWidget *pagesArea_ = nullptr;
    // Actions about an open document, disabled on the start page.
    QList<QAction *> documentActions_;
    QListWidget *nav_ = nullptr;
    QStackedWidget *stack_ = nullptr;
    std::vector<views::Page> pages_;
    QMenu *recentMenu_ = nullptr;
    QMenu *examplesMenu_ = nullptr;
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
// The worked example ("Ung i jobb", workedExample()): with the three scenarios of a new project and
// the default distribution of the achievement factor (PERT, 50 % / 100 % / 120 %) for each metric,
// when it has none of its own. (The menus open the bundled copy, catalogue.h; the two are equal.)
Project exampleProject();

} // namespace effekt::app
