#include "mainwindow.h"

#include "diagnostictext.h"
#include "i18n.h"
#include "preferencesdialog.h"
#include "settings.h"
#include "storage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoView>

namespace effekt::app {

Project emptyProject() {
    Project p;
    p.name = QCoreApplication::translate("MainWindow", "New contract").toStdString();
    Party commissioner;
    commissioner.id = 1;
    commissioner.name = QCoreApplication::translate("MainWindow", "Municipality").toStdString();
    commissioner.role = PartyRole::Commissioner;
    p.parties.push_back(commissioner);
    p.normalise();
    return p;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , document_(new views::Document(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    document_->reset(emptyProject());
    connect(document_, &views::Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document_, &views::Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(document_, &views::Document::readOnlyChanged, this, &MainWindow::updateTitle);
    connect(document_, &views::Document::navigateRequested, this, &MainWindow::navigate);
    buildUi();
    if (!restoreGeometry(settings::geometry.value()))
        resize(1200, 780);
    restoreState(settings::windowState.value());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi() {
    const QString current = stack_ ? currentPage() : QString();
    buildMenus();
    buildPages();
    if (!current.isEmpty())
        showPage(current);
    updateTitle();
}

void MainWindow::buildMenus() {
    menuBar()->clear();
    auto *file = menuBar()->addMenu(tr("&File"));
    auto addAction = [this](QMenu *menu, const QString &text, QKeySequence key, auto slot) {
        QAction *a = menu->addAction(text);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    addAction(file, tr("&New"), QKeySequence::New, &MainWindow::newProject);
    addAction(file, tr("&Open…"), QKeySequence::Open, &MainWindow::openDialog);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    addAction(file, tr("&Save"), QKeySequence::Save, [this] { save(); });
    addAction(file, tr("Save &As…"), QKeySequence::SaveAs, [this] { saveAs(); });
    addAction(file, tr("&Close"), QKeySequence::Close, &MainWindow::closeProject);
    file->addSeparator();
    QAction *quit = addAction(file, tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *prefs = addAction(edit, tr("&Preferences…"), QKeySequence::Preferences,
                               &MainWindow::showPreferences);
    prefs->setMenuRole(QAction::PreferencesRole);

    auto *view = menuBar()->addMenu(tr("&View"));
    // Pages are added by buildPages(), which knows them; the history dock here.
    if (!historyDock_) {
        historyDock_ = new QDockWidget(this);
        historyDock_->setObjectName(QStringLiteral("historyDock"));
        auto *undoView = new QUndoView(document_->undoStack());
        historyDock_->setWidget(undoView);
        addDockWidget(Qt::RightDockWidgetArea, historyDock_);
        historyDock_->hide();
    }
    historyDock_->setWindowTitle(tr("Undo History"));
    static_cast<QUndoView *>(historyDock_->widget())->setEmptyLabel(tr("<original>"));
    QAction *history = historyDock_->toggleViewAction();
    history->setText(tr("Undo &History"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addAction(history);
    view->addSeparator();

    auto *help = menuBar()->addMenu(tr("&Help"));
    addAction(help, tr("Open the &Worked Example"), QKeySequence(), &MainWindow::openExample);
    QAction *about = addAction(help, tr("&About Effekt Studio"), QKeySequence::HelpContents,
                               &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildPages() {
    for (const views::Page &p : pages_)
        delete p.widget;
    pages_.clear();
    if (!stack_) {
        auto *central = new QSplitter;
        nav_ = new QListWidget;
        nav_->setObjectName(QStringLiteral("navigation"));
        nav_->setMaximumWidth(240);
        nav_->setMinimumWidth(160);
        stack_ = new QStackedWidget;
        central->addWidget(nav_);
        central->addWidget(stack_);
        central->setStretchFactor(1, 1);
        setCentralWidget(central);
        connect(nav_, &QListWidget::currentRowChanged, stack_, &QStackedWidget::setCurrentIndex);
    }
    nav_->clear();
    nav_->setAccessibleName(tr("Parts of the project"));
    pages_ = views::createPages(document_, stack_);
    QMenu *view = nullptr;
    for (QAction *a : menuBar()->actions())
        if (a->menu() && a->text() == tr("&View"))
            view = a->menu();
    int n = 0;
    for (const views::Page &p : pages_) {
        stack_->addWidget(p.widget);
        auto *item = new QListWidgetItem(p.title, nav_);
        item->setToolTip(p.toolTip);
        item->setData(Qt::UserRole, p.id);
        if (view) {
            QAction *a = view->addAction(p.title);
            if (n < 9)
                a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + n)));
            const QString id = p.id;
            connect(a, &QAction::triggered, this, [this, id] { showPage(id); });
        }
        ++n;
    }
    nav_->setCurrentRow(0);
}

void MainWindow::showPage(const QString &id) {
    for (std::size_t i = 0; i < pages_.size(); ++i)
        if (pages_[i].id == id)
            nav_->setCurrentRow(static_cast<int>(i));
}

QString MainWindow::currentPage() const {
    const int row = nav_ ? nav_->currentRow() : -1;
    return row >= 0 && row < static_cast<int>(pages_.size())
               ? pages_[static_cast<std::size_t>(row)].id
               : QString();
}

QWidget *MainWindow::page(const QString &id) const {
    for (const views::Page &p : pages_)
        if (p.id == id)
            return p.widget;
    return nullptr;
}

void MainWindow::navigate(const views::EditLocation &where) {
    if (where.page.isEmpty())
        return;
    showPage(where.page);
    if (auto *p = qobject_cast<views::PageWidget *>(page(where.page)))
        p->showLocation(where);
}

void MainWindow::updateTitle() {
    QString title = QStringLiteral("[*]") + document_->displayName();
    if (document_->isReadOnly())
        title += QLatin1Char(' ') + tr("(read-only)");
    setWindowTitle(title + QStringLiteral(" — ") + QCoreApplication::applicationName());
    setWindowModified(document_->isModified());
    setWindowFilePath(document_->filePath());
}

void MainWindow::updateRecentMenu() {
    if (!recentMenu_)
        return;
    recentMenu_->clear();
    const QStringList files = settings::recentFiles.value();
    for (const QString &f : files) {
        QAction *a = recentMenu_->addAction(QDir::toNativeSeparators(f));
        connect(a, &QAction::triggered, this, [this, f] {
            if (maybeSave())
                openFile(f);
        });
    }
    recentMenu_->setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        recentMenu_->addSeparator();
        connect(recentMenu_->addAction(tr("Clear Menu")), &QAction::triggered, this, [this] {
            settings::recentFiles.setValue({});
            updateRecentMenu();
        });
    }
}

void MainWindow::addRecentFile(const QString &path) {
    QStringList files = settings::recentFiles.value();
    const QString abs = QFileInfo(path).absoluteFilePath();
    files.removeAll(abs);
    files.prepend(abs);
    while (files.size() > settings::kMaxRecentFiles)
        files.removeLast();
    settings::recentFiles.setValue(files);
    settings::lastFolder.setValue(QFileInfo(abs).absolutePath());
    updateRecentMenu();
}

void MainWindow::showError(const QString &title, const QString &text) {
    if (errorSink_)
        errorSink_(title, text);
    else
        QMessageBox::warning(this, title, text);
}

bool MainWindow::openFile(const QString &path) {
    const LoadResult loaded = loadProject(QFileInfo(path).absoluteFilePath().toStdString());
    if (!loaded.project) {
        showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                  views::diagnosticsText(loaded.diagnostics));
        return false;
    }
    document_->reset(*loaded.project, QFileInfo(path).absoluteFilePath(), loaded.readOnly);
    if (!loaded.diagnostics.empty())
        showError(tr("Opened %1").arg(QFileInfo(path).fileName()),
                  views::diagnosticsText(loaded.diagnostics, &*loaded.project));
    addRecentFile(path);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::save() {
    if (document_->filePath().isEmpty() || document_->isReadOnly())
        return saveAs();
    return saveAs(document_->filePath());
}

bool MainWindow::saveAs(const QString &target) {
    QString path = target;
    if (path.isEmpty()) {
        const QString folder = settings::lastFolder.value().isEmpty()
                                   ? QDir::homePath()
                                   : settings::lastFolder.value();
        QString suggested =
            QDir(folder).filePath(QString::fromStdString(document_->project().name));
        path = QFileDialog::getSaveFileName(this, tr("Save Project As"), suggested,
                                            tr("Effekt Studio projects (*.effekt)"));
        if (path.isEmpty())
            return false;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".effekt");
    const Diagnostics problems = saveProject(document_->project(), path.toStdString());
    if (hasErrors(problems)) {
        showError(tr("Cannot save %1").arg(QFileInfo(path).fileName()),
                  views::diagnosticsText(problems) + QStringLiteral("\n\n") +
                      tr("Your changes are still open and unsaved."));
        return false;
    }
    document_->setFilePath(QFileInfo(path).absoluteFilePath());
    document_->setReadOnly(false);
    document_->setClean();
    addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::maybeSave() {
    if (!document_->isModified())
        return true;
    int answer = 0;
    if (saveQuestion_) {
        answer = saveQuestion_(document_->displayName());
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                        tr("Do you want to save the changes to %1?").arg(document_->displayName()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Your changes will be lost if you don't save them."));
        box.setDefaultButton(QMessageBox::Save);
        answer = box.exec();
    }
    switch (answer) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

void MainWindow::newProject() {
    if (maybeSave())
        document_->reset(emptyProject());
}

void MainWindow::openDialog() {
    if (!maybeSave())
        return;
    const QString folder =
        settings::lastFolder.value().isEmpty() ? QDir::homePath() : settings::lastFolder.value();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), folder, tr("Effekt Studio projects (*.effekt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::closeProject() {
    newProject();
}

void MainWindow::openExample() {
    if (maybeSave())
        document_->reset(workedExample());
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Effekt Studio"),
        tr("<h3>Effekt Studio %1</h3>"
           "<p>Design outcomes contracts (effektkontrakter), enter the measured outcomes, and see "
           "what gets paid, to whom, and what it is worth.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    settings::geometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
    event->accept();
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        buildUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::saveScreenshots(const QString &dir, const QString &suffix) {
    QDir().mkpath(dir);
    bool ok = true;
    for (const views::Page &p : pages_) {
        showPage(p.id);
        QApplication::processEvents();
        const QString file = QDir(dir).filePath(p.id + suffix + QStringLiteral(".png"));
        ok = grab().save(file) && ok;
    }
    return ok;
}

} // namespace effekt::app
