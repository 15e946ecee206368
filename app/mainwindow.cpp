#include "mainwindow.h"

#include "catalogue.h"
#include "chartexport.h"
#include "designwidgets.h"
#include "diagnostictext.h"
#include "filesafety.h"
#include "helpwindow.h"
#include "i18n.h"
#include "indigodialog.h"
#include "json.h"
#include "montecarlopanel.h"
#include "preferencesdialog.h"
#include "presentationwindow.h"
#include "recovery.h"
#include "resultsdata.h"
#include "resultspage.h"
#include "riskpage.h"
#include "scenario.h"
#include "settings.h"
#include "simulationrunner.h"
#include "startpage.h"
#include "storage.h"
#include "templatedialog.h"
#include "termsheet.h"
#include "workbook.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoView>

#include <algorithm>

namespace effekt::app {

namespace {

std::vector<Scenario> translatedScenarios() {
    return defaultScenarios(QCoreApplication::translate("MainWindow", "Low").toStdString(),
                            QCoreApplication::translate("MainWindow", "Base").toStdString(),
                            QCoreApplication::translate("MainWindow", "High").toStdString());
}

} // namespace

Project exampleProject() {
    Project p = workedExample();
    if (p.scenarios.empty())
        p.scenarios = translatedScenarios();
    if (p.simulation.distributions.empty())
        for (const Metric &m : p.metrics) {
            FactorDistribution d;
            d.metricId = m.id;
            p.simulation.distributions.push_back(d);
        }
    return p;
}

Project emptyProject() {
    Project p;
    p.name = QCoreApplication::translate("MainWindow", "New contract").toStdString();
    Party commissioner;
    commissioner.id = 1;
    commissioner.name = QCoreApplication::translate("MainWindow", "Municipality").toStdString();
    commissioner.role = PartyRole::Commissioner;
    p.parties.push_back(commissioner);
    p.scenarios = translatedScenarios();
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
    // "Saved …", "Opened …": about a state the planner has left after an undo or a New/Close.
    connect(document_, &views::Document::messagesOutdated, this,
            [this] { statusBar()->clearMessage(); });
    connect(document_, &views::Document::refused, this,
            [this](const QString &why) { statusBar()->showMessage(why, 10000); });
    safety_ = new FileSafety(document_, this);
    safety_->setInterval(settings::autosaveSeconds.value());
    connect(safety_, &FileSafety::problem, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    buildUi();
    // Anything that puts a project in place (New, Open, an example, a restore) leaves the start
    // page; Close puts it back after its reset.
    connect(document_, &views::Document::projectChanged, this, [this] {
        if (isStartPageShown())
            showProjectPages();
    });
    showStartPage();
    if (!restoreGeometry(settings::geometry.value())) {
        // Roomy on a large screen, never larger than a small one (a 1024 × 700 laptop).
        QSize size(1200, 780);
        if (const QScreen *s = screen())
            size = size.boundedTo(s->availableGeometry().size());
        resize(size.expandedTo(minimumSizeHint()));
    }
    restoreState(settings::windowState.value());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi() {
    const QString current = stack_ ? currentPage() : QString();
    const bool start = !central_ || isStartPageShown();
    buildMenus();
    buildPages();
    if (!current.isEmpty())
        showPage(current);
    if (start)
        showStartPage();
    updateStartPage();
    updateDocumentActions();
    updateTitle();
}

void MainWindow::buildMenus() {
    menuBar()->clear();
    documentActions_.clear();
    auto *file = menuBar()->addMenu(tr("&File"));
    auto addAction = [this](QMenu *menu, const QString &text, QKeySequence key, auto slot) {
        QAction *a = menu->addAction(text);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    addAction(file, tr("&New"), QKeySequence::New, &MainWindow::newProject);
    QAction *fromTemplate =
        addAction(file, tr("New from &Template…"), QKeySequence(), &MainWindow::newFromTemplate);
    fromTemplate->setObjectName(QStringLiteral("newFromTemplate"));
    fromTemplate->setEnabled(!templates().empty());
    addAction(file, tr("&Open…"), QKeySequence::Open, &MainWindow::openDialog);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    examplesMenu_ = file->addMenu(tr("Open E&xample"));
    examplesMenu_->setObjectName(QStringLiteral("examplesMenu"));
    for (const CatalogueEntry &e : examples()) {
        QAction *a = examplesMenu_->addAction(e.title);
        a->setObjectName(QStringLiteral("example-") + e.id);
        a->setStatusTip(e.summary);
        a->setToolTip(e.summary);
        const QString id = e.id;
        connect(a, &QAction::triggered, this, [this, id] { openCatalogueEntry(id); });
    }
    examplesMenu_->setEnabled(!examplesMenu_->isEmpty());
    file->addSeparator();
    documentActions_ << addAction(file, tr("&Save"), QKeySequence::Save, [this] { save(); });
    documentActions_ << addAction(file, tr("Save &As…"), QKeySequence::SaveAs,
                                  [this] { saveAs(); });
    documentActions_ << addAction(file, tr("&Close"), QKeySequence::Close,
                                  &MainWindow::closeProject);
    file->addSeparator();
    exportMenu_ = file->addMenu(tr("&Export"));
    documentActions_ << exportMenu_->menuAction();
    exportMenu_->setObjectName(QStringLiteral("exportMenu"));
    addAction(exportMenu_, tr("&PDF Term Sheet…"), QKeySequence(), &MainWindow::exportPdfDialog)
        ->setObjectName(QStringLiteral("exportPdf"));
    QAction *excel = addAction(exportMenu_, tr("&Excel Workbook…"), QKeySequence(),
                               &MainWindow::exportXlsxDialog);
    excel->setObjectName(QStringLiteral("exportXlsx"));
    // A build without libxlsxwriter (app/xlsx) cannot write workbooks.
    excel->setEnabled(xlsx::available());
    // The project as data for other programs: the JSON interchange format and INDIGO open data.
    exportMenu_->addSeparator();
    addAction(exportMenu_, tr("Project as &JSON…"), QKeySequence(), &MainWindow::exportJsonDialog)
        ->setObjectName(QStringLiteral("exportJson"));
    addAction(exportMenu_, tr("IN&DIGO Open Data…"), QKeySequence(),
              &MainWindow::exportIndigoDialog)
        ->setObjectName(QStringLiteral("exportIndigo"));
    exportMenu_->addSeparator();
    addAction(exportMenu_, tr("Statement as CSV for &Norwegian Excel…"), QKeySequence(), [this] {
        exportStatementDialog(true);
    })->setObjectName(QStringLiteral("exportStatementNorwegian"));
    addAction(exportMenu_, tr("Statement as &International CSV…"), QKeySequence(), [this] {
        exportStatementDialog(false);
    })->setObjectName(QStringLiteral("exportStatementInternational"));
    documentActions_ << addAction(file, tr("&Print…"), QKeySequence::Print, &MainWindow::print);
    documentActions_.back()->setObjectName(QStringLiteral("print"));
    documentActions_ << addAction(file, tr("Print Pre&view…"), QKeySequence(),
                                  &MainWindow::printPreview);
    documentActions_.back()->setObjectName(QStringLiteral("printPreview"));
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
    // Full screen for workshops, with what-if sliders (views/present); Esc or F11 leaves.
    documentActions_ << addAction(view, tr("&Presentation Mode"), QKeySequence(Qt::Key_F11),
                                  [this] { views::togglePresentation(document_, this); });
    documentActions_.back()->setObjectName(QStringLiteral("presentationMode"));
    documentActions_ << history;
    view->addSeparator();

    auto *help = menuBar()->addMenu(tr("&Help"));
    addAction(help, tr("&User Guide"), QKeySequence::HelpContents, &MainWindow::showHelp)
        ->setObjectName(QStringLiteral("userGuide"));
    help->addMenu(examplesMenu_);
    help->addSeparator();
    QAction *about =
        addAction(help, tr("&About Effekt Studio"), QKeySequence(), &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildPages() {
    for (const views::Page &p : pages_)
        delete p.widget;
    pages_.clear();
    if (!stack_) {
        central_ = new QStackedWidget;
        start_ = new StartPage;
        connect(start_, &StartPage::newBlankRequested, this, &MainWindow::newProject);
        connect(start_, &StartPage::openRequested, this, &MainWindow::openDialog);
        connect(start_, &StartPage::recentRequested, this, [this](const QString &path) {
            if (maybeSave())
                openFile(path);
        });
        connect(start_, &StartPage::templateRequested, this,
                [this](const QString &id) { openCatalogueEntry(id); });
        connect(start_, &StartPage::exampleRequested, this,
                [this](const QString &id) { openCatalogueEntry(id); });
        connect(start_, &StartPage::helpRequested, this, &MainWindow::showHelp);
        central_->addWidget(start_);
        auto *central = new QSplitter;
        pagesArea_ = central;
        nav_ = new QListWidget;
        nav_->setObjectName(QStringLiteral("navigation"));
        nav_->setMaximumWidth(260);
        nav_->setMinimumWidth(160);
        // Navigation, not a data list: roomier rows, a slightly larger font, no focus frame.
        nav_->setSpacing(3);
        nav_->setFrameShape(QFrame::NoFrame);
        QFont navFont = nav_->font();
        navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
        nav_->setFont(navFont);
        nav_->setAttribute(Qt::WA_MacShowFocusRect, false);
        stack_ = new QStackedWidget;
        central->addWidget(nav_);
        central->addWidget(stack_);
        central->setStretchFactor(1, 1);
        central_->addWidget(central);
        setCentralWidget(central_);
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
        // The statement's own Export to CSV asks as File > Export does, in the same folder.
        if (auto *results = qobject_cast<views::ResultsPage *>(p.widget))
            connect(results, &views::ResultsPage::statementExportRequested, this,
                    [this](views::CsvStyle style) {
                        exportStatementDialog(style == views::CsvStyle::Norwegian);
                    });
        auto *item = new QListWidgetItem(p.title, nav_);
        item->setToolTip(p.toolTip);
        item->setData(Qt::UserRole, p.id);
        if (view) {
            QAction *a = view->addAction(p.title);
            if (n < 9)
                a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + n)));
            documentActions_ << a;
            const QString id = p.id;
            connect(a, &QAction::triggered, this, [this, id] { showPage(id); });
        }
        ++n;
    }
    nav_->setCurrentRow(0);
}

void MainWindow::showPage(const QString &id) {
    if (isStartPageShown())
        showProjectPages();
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

bool MainWindow::isStartPageShown() const {
    return central_ && central_->currentWidget() == start_;
}

void MainWindow::showStartPage() {
    if (historyDock_)
        historyDock_->hide();
    central_->setCurrentWidget(start_);
    statusBar()->clearMessage(); // about the document just closed
    updateStartPage();
    updateDocumentActions();
    updateTitle();
    start_->newButton()->setFocus();
}

void MainWindow::showProjectPages() {
    central_->setCurrentWidget(pagesArea_);
    updateDocumentActions();
    updateTitle();
    if (nav_)
        nav_->setFocus();
}

void MainWindow::updateDocumentActions() {
    const bool open = !isStartPageShown();
    for (QAction *a : std::as_const(documentActions_))
        a->setEnabled(open);
}

void MainWindow::updateStartPage() {
    if (!start_)
        return;
    // The bundled templates and examples (catalogue.h), each with its summary and help text
    // (which contract it follows, what to decide) as the tool tip.
    auto choices = [](const std::vector<CatalogueEntry> &entries) {
        std::vector<StartChoice> out;
        for (const CatalogueEntry &e : entries) {
            StartChoice c;
            c.id = e.id;
            c.title = e.title;
            c.toolTip = e.help.isEmpty() ? e.summary : e.summary + QStringLiteral("\n\n") + e.help;
            out.push_back(c);
        }
        return out;
    };
    start_->setTemplates(choices(templates()));
    start_->setExamples(choices(examples()));

    std::vector<StartChoice> recent;
    const QVariantMap names = settings::recentNames.value();
    for (const QString &path : settings::recentFiles.value()) {
        StartChoice c;
        c.id = path;
        QString name = names.value(path).toString();
        if (name.trimmed().isEmpty())
            name = QFileInfo(path).completeBaseName();
        c.title = displayableName(name);
        c.detail = QDir::toNativeSeparators(path);
        c.available = QFileInfo(path).isFile();
        c.toolTip = c.available ? c.detail
                                : tr("%1 is no longer there.").arg(QDir::toNativeSeparators(path));
        recent.push_back(c);
    }
    start_->setRecentFiles(recent);
}

QString MainWindow::helpChapter() const {
    if (isStartPageShown())
        return tr("Getting started");
    // The participant ledger is described with the outcome data.
    QString id = currentPage();
    if (id == QLatin1String("ledger"))
        id = QStringLiteral("outcomes");
    for (const views::Page &p : pages_)
        if (p.id == id)
            return p.title;
    return {};
}

void MainWindow::showHelp() {
    if (!help_)
        help_ = new HelpWindow(this);
    help_->showChapter(views::i18n::currentLanguage(), helpChapter());
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

views::TermSheet MainWindow::termSheet() const {
    document_->waitForResults();
    views::TermSheetOptions options;
    options.unsavedChanges = document_->isModified() || document_->filePath().isEmpty();
    if (!document_->filePath().isEmpty())
        options.savedAt = QFileInfo(document_->filePath()).lastModified();
    for (const views::Page &p : pages_)
        if (auto *risk = qobject_cast<views::RiskPage *>(p.widget))
            if (const SimulationResult *r =
                    risk->monteCarlo()->resultFor(document_->resultsProject()))
                options.simulation = *r;
    return views::TermSheet(document_->resultsProject(), document_->results(), options);
}

bool MainWindow::exportPdf(const QString &path) {
    QString error;
    if (views::writeTermSheetPdf(termSheet(), path, &error))
        return true;
    showError(tr("Cannot export the term sheet"), error);
    return false;
}

QString MainWindow::askExportPath(const QString &title, const QString &fileName,
                                  const QString &filter, const Setting<QString> &folder) {
    QString dir = folder.value();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = document_->filePath().isEmpty() ? settings::lastFolder.value()
                                              : QFileInfo(document_->filePath()).absolutePath();
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString path =
        QFileDialog::getSaveFileName(this, title, QDir(dir).filePath(fileName), filter);
    if (!path.isEmpty())
        folder.setValue(QFileInfo(path).absolutePath());
    return path;
}

namespace {
// An export's suggested file name: the contract's name and what the file holds, as the Results
// page names its exports (views/results/resultsdata.h, which also keeps it a valid file name).
QString exportName(const Project &p, const QString &what) {
    return views::exportFileName(QString::fromStdString(p.name), what);
}
} // namespace

void MainWindow::exportPdfDialog() {
    const QString path =
        askExportPath(tr("Export the term sheet"),
                      exportName(document_->project(), tr("Term sheet")) + QStringLiteral(".pdf"),
                      tr("PDF files (*.pdf)"), settings::pdfExportFolder);
    if (!path.isEmpty() && exportPdf(path))
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::exportStatementDialog(bool norwegian) {
    auto *results = qobject_cast<views::ResultsPage *>(page(QStringLiteral("results")));
    if (!results)
        return;
    const QString path = askExportPath(
        tr("Export statement"),
        exportName(document_->project(),
                   views::withoutMnemonic(views::resultsTabLabel(QStringLiteral("statement")))) +
            QStringLiteral(".csv"),
        tr("CSV files (*.csv)"), settings::statementExportFolder);
    if (path.isEmpty())
        return;
    Diagnostics problems;
    if (results->exportStatement(
            path, norwegian ? views::CsvStyle::Norwegian : views::CsvStyle::International,
            &problems))
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
    else
        showError(tr("Cannot export the statement"), views::exportFailedText(path, problems));
}

bool MainWindow::exportIndigo(const QString &path, const indigo::Sections &sections) {
    indigo::Options options;
    options.sections = sections;
    const Diagnostics problems =
        indigo::writeExport(document_->project(), path.toStdString(), options);
    if (!hasErrors(problems))
        return true;
    const bool fileProblem = std::any_of(problems.begin(), problems.end(),
                                         [](const Diagnostic &d) { return d.entity == "file"; });
    showError(tr("Cannot export the INDIGO data"),
              fileProblem ? views::exportFailedText(path, problems)
                          : tr("The contract has errors, so it was not exported. Correct them "
                               "first."));
    return false;
}

void MainWindow::exportIndigoDialog() {
    IndigoDialog dialog(IndigoDialog::remembered(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const indigo::Sections sections = dialog.sections();
    IndigoDialog::remember(sections);
    const QString path =
        askExportPath(tr("Export INDIGO open data"),
                      exportName(document_->project(), tr("INDIGO")) + QStringLiteral(".json"),
                      tr("JSON files (*.json)"), settings::indigoExportFolder);
    if (!path.isEmpty() && exportIndigo(path, sections))
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

bool MainWindow::exportXlsx(const QString &path) {
    document_->waitForResults();
    // The workbook holds the computed figures: with errors in the design there are none, and a
    // workbook of empty schedules would pass for a real one (`effekt export-xlsx` refuses too).
    if (hasErrors(document_->results().diagnostics)) {
        showError(tr("Cannot export the workbook"),
                  tr("The design has errors, so there are no figures to put in the workbook. "
                     "The Results page lists them; fix them and export again."));
        return false;
    }
    const xlsx::Language language = views::i18n::currentLanguage() == QStringLiteral("nb")
                                        ? xlsx::Language::Nb
                                        : xlsx::Language::En;
    const Diagnostics problems = xlsx::writeWorkbook(
        document_->resultsProject(), document_->results(), path.toStdString(), language);
    if (problems.empty())
        return true;
    showError(tr("Cannot export the workbook"), views::exportFailedText(path, problems));
    return false;
}

bool MainWindow::exportJson(const QString &path) {
    const Diagnostics problems = json::exportJson(document_->project(), path.toStdString());
    if (!hasErrors(problems))
        return true;
    showError(tr("Cannot export the project as JSON"), views::exportFailedText(path, problems));
    return false;
}

void MainWindow::exportXlsxDialog() {
    const QString path =
        askExportPath(tr("Export the Excel workbook"),
                      exportName(document_->project(), tr("Workbook")) + QStringLiteral(".xlsx"),
                      tr("Excel workbooks (*.xlsx)"), settings::xlsxExportFolder);
    if (!path.isEmpty() && exportXlsx(path))
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::exportJsonDialog() {
    const QString path =
        askExportPath(tr("Export the project as JSON"),
                      exportName(document_->project(), tr("Project")) + QStringLiteral(".json"),
                      tr("JSON files (*.json)"), settings::jsonExportFolder);
    if (!path.isEmpty() && exportJson(path))
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::print() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter);
    printer.setDocName(document_->displayName());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        termSheet().paint(&printer);
}

void MainWindow::printPreview() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter);
    printer.setDocName(document_->displayName());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Preview"));
    const views::TermSheet sheet = termSheet();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&sheet](QPrinter *p) { sheet.paint(p); });
    dialog.resize(900, 1000);
    dialog.exec();
}

void MainWindow::updateTitle() {
    if (isStartPageShown()) {
        setWindowModified(false);
        setWindowFilePath(QString());
        setWindowTitle(QCoreApplication::applicationName());
        return;
    }
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
    const QVariantMap names = settings::recentNames.value();
    for (const QString &f : files) {
        const QString name = displayableName(names.value(f).toString());
        QAction *a = recentMenu_->addAction(
            name.isEmpty() ? QDir::toNativeSeparators(f)
                           : tr("%1 (%2)").arg(name, QDir::toNativeSeparators(f)));
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
            settings::recentNames.setValue({});
            updateRecentMenu();
        });
    }
    updateStartPage();
}

void MainWindow::addRecentFile(const QString &path) {
    QStringList files = settings::recentFiles.value();
    const QString abs = QFileInfo(path).absoluteFilePath();
    files.removeAll(abs);
    files.prepend(abs);
    while (files.size() > settings::kMaxRecentFiles)
        files.removeLast();
    settings::recentFiles.setValue(files);
    QVariantMap names = settings::recentNames.value();
    names.insert(abs, QString::fromStdString(document_->project().name));
    for (const QString &known : names.keys())
        if (!files.contains(known))
            names.remove(known);
    settings::recentNames.setValue(names);
    settings::lastFolder.setValue(QFileInfo(abs).absolutePath());
    updateRecentMenu();
}

void MainWindow::showError(const QString &title, const QString &text) {
    if (errorSink_) {
        errorSink_(title, text);
        return;
    }
    // The text names files and quotes what is in them: plain text, so that nothing in a file
    // can put a link or formatting into the app's own message.
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

bool MainWindow::openFile(const QString &path) {
    return openFile(path, FileSafety::pendingRecoveryFor(path));
}

bool MainWindow::openFile(const QString &path, const QString &recoveryFile) {
    const QString abs = QFileInfo(path).absoluteFilePath();
    const QString name = QFileInfo(path).fileName();
    const LoadResult loaded = loadProject(abs.toStdString());
    if (!loaded.project) {
        showError(tr("Cannot open %1").arg(name), views::diagnosticsText(loaded.diagnostics));
        return false;
    }
    bool readOnly = loaded.readOnly;
    if (!readOnly) {
        if (const auto holder = safety_->lock(abs)) {
            if (!askOpenReadOnly(name, *holder))
                return false;
            readOnly = true;
        }
    }
    if (readOnly)
        safety_->unlock();
    document_->reset(*loaded.project, abs, readOnly);
    if (!loaded.diagnostics.empty())
        showError(tr("Opened %1").arg(name),
                  views::diagnosticsText(loaded.diagnostics, &*loaded.project));
    addRecentFile(abs);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(abs)), 4000);

    // Unsaved changes a crash left behind: restore them as one undoable step on top of the file.
    if (!readOnly && !recoveryFile.isEmpty()) {
        const RecoveryData recovered = loadRecovery(recoveryFile.toStdString());
        if (recovered.project && askRestore(name, QString::fromStdString(recovered.savedAt))) {
            document_->apply(*recovered.project, tr("Restore unsaved changes"));
        }
        removeRecovery(recoveryFile.toStdString());
        FileSafety::forget(recoveryFile);
        if (document_->isModified())
            safety_->autosaveNow();
    }
    return true;
}

bool MainWindow::offerRecovery() {
    // Untitled documents first; documents with a file are found when they are opened, and here.
    for (const QString &f : FileSafety::pendingUntitledRecoveries()) {
        const RecoveryData recovered = loadRecovery(f.toStdString());
        if (!recovered.project) {
            removeRecovery(f.toStdString());
            FileSafety::forget(f);
            continue;
        }
        const bool restore = askRestore(QString::fromStdString(recovered.project->name),
                                        QString::fromStdString(recovered.savedAt));
        removeRecovery(f.toStdString());
        FileSafety::forget(f);
        if (restore) {
            document_->reset(emptyProject());
            document_->apply(*recovered.project, tr("Restore unsaved changes"));
            safety_->autosaveNow();
            return true;
        }
    }
    for (const QString &f : QSettings().value(QStringLiteral("recovery/files")).toStringList()) {
        const RecoveryData recovered = loadRecovery(f.toStdString());
        if (recovered.originalPath.empty())
            continue;
        const QString original = QString::fromStdString(recovered.originalPath);
        if (FileSafety::pendingRecoveryFor(original) != f)
            continue; // still being written by a running instance, or gone
        if (QFileInfo::exists(original) && openFile(original, f))
            return document_->isModified();
    }
    return false;
}

bool MainWindow::askRestore(const QString &name, const QString &savedAtIso) {
    const QDateTime when = QDateTime::fromString(savedAtIso, Qt::ISODate).toLocalTime();
    const QString at = QLocale().toString(when, QLocale::ShortFormat);
    if (recoveryQuestion_)
        return recoveryQuestion_(name, at);
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes"),
                    tr("Effekt Studio was closed while %1 had unsaved changes.").arg(name),
                    QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("The changes were saved automatically at %1. Do you want to restore "
                              "them?")
                               .arg(at));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore;
}

bool MainWindow::askOpenReadOnly(const QString &name, const LockInfo &holder) {
    if (lockQuestion_)
        return lockQuestion_(name, holder);
    const QDateTime since =
        QDateTime::fromString(QString::fromStdString(holder.since), Qt::ISODate).toLocalTime();
    QMessageBox box(QMessageBox::Warning, tr("Project already open"),
                    tr("%1 is open by %2 on %3 since %4.")
                        .arg(name, QString::fromStdString(holder.user),
                             QString::fromStdString(holder.host),
                             QLocale().toString(since, QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText); // user and host come from the lock file
    box.setInformativeText(tr("You can open it read-only, and save a copy under another name."));
    QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    return box.clickedButton() == readOnly;
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
    path = QFileInfo(path).absoluteFilePath();
    if (path != document_->filePath() || document_->isReadOnly()) {
        // Saving under a new name takes that file's lock; another instance may have it open.
        if (const auto holder = safety_->lock(path)) {
            showError(tr("Cannot save %1").arg(QFileInfo(path).fileName()),
                      tr("%1 is open by %2 on %3.")
                          .arg(QFileInfo(path).fileName(), QString::fromStdString(holder->user),
                               QString::fromStdString(holder->host)));
            return false;
        }
    }
    const Diagnostics problems = saveProject(document_->project(), path.toStdString());
    const bool readOnly = std::any_of(problems.begin(), problems.end(), [](const Diagnostic &d) {
        return d.code == DiagCode::FileReadOnly;
    });
    if (readOnly) // the file is marked read-only: not replaced; another name is offered
        return askSaveElsewhere(QFileInfo(path).fileName()) && saveAs();
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

bool MainWindow::askSaveElsewhere(const QString &name) {
    QMessageBox box(QMessageBox::Warning, tr("Read-only file"),
                    tr("“%1” is marked read-only.").arg(name),
                    QMessageBox::Save | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText); // the name is the file's
    box.setInformativeText(tr("Effekt Studio does not replace a read-only file. Do you want to "
                              "save your changes under another name?"));
    box.button(QMessageBox::Save)->setText(tr("Save &As…"));
    box.setDefaultButton(QMessageBox::Save);
    return box.exec() == QMessageBox::Save;
}

bool MainWindow::maybeSave() {
    if (!document_->isModified())
        return true;
    int answer = 0;
    if (saveQuestion_) {
        answer = saveQuestion_(document_->displayName());
    } else {
        // Where work is lost: the question names the document, and each button says what it does.
        QMessageBox box(
            QMessageBox::Warning, tr("Unsaved changes"),
            tr("Do you want to save the changes to “%1”?").arg(document_->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(tr("Your changes will be lost if you don't save them."));
        box.button(QMessageBox::Save)->setText(tr("&Save"));
        box.button(QMessageBox::Discard)->setText(tr("&Don't Save"));
        box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
        box.setDefaultButton(QMessageBox::Save);
        box.setEscapeButton(QMessageBox::Cancel);
        answer = box.exec();
    }
    switch (answer) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: safety_->discardRecovery(); return true;
    default: return false;
    }
}

void MainWindow::newProject() {
    if (!maybeSave())
        return;
    safety_->unlock();
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
    if (!maybeSave())
        return;
    safety_->unlock();
    document_->reset(emptyProject());
    showStartPage();
}

bool MainWindow::openCatalogueEntry(const QString &id) {
    const std::optional<CatalogueEntry> entry = catalogueEntry(id);
    if (!entry)
        return false;
    if (!maybeSave())
        return false;
    Diagnostics problems;
    std::optional<Project> project = loadCatalogueProject(*entry, &problems);
    if (!project) {
        showError(tr("Cannot open %1").arg(entry->title), views::diagnosticsText(problems));
        return false;
    }
    safety_->unlock();
    document_->resetAsCopy(std::move(*project));
    statusBar()->showMessage(
        entry->kind == CatalogueKind::Template
            ? tr("A new contract from the template “%1”. Save asks where to keep it.")
                  .arg(entry->title)
            : tr("A copy of the example “%1”. Save asks where to keep it.").arg(entry->title),
        8000);
    return true;
}

void MainWindow::newFromTemplate() {
    TemplateDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenId().isEmpty())
        return;
    openCatalogueEntry(dialog.chosenId());
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        safety_->setInterval(settings::autosaveSeconds.value());
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

// The Risk page's other tabs (risk-sharing, sensitivity, Monte Carlo after a run of its
// settings), for the user guide.
bool MainWindow::saveRiskScreenshots(views::RiskPage *risk, const QString &dir,
                                     const QString &suffix) {
    bool ok = true;
    const QString names[] = {QString(), QStringLiteral("risk-sharing"),
                             QStringLiteral("risk-sensitivity"), QStringLiteral("risk-montecarlo")};
    for (int tab = 1; tab < risk->tabs()->count() && tab < 4; ++tab) {
        risk->tabs()->setCurrentIndex(tab);
        if (tab == 3) {
            views::MonteCarloPanel *mc = risk->monteCarlo();
            mc->run();
            while (mc->runner()->isRunning())
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            // The result: the cards and the fan chart below the settings.
            QApplication::processEvents();
            if (auto *scroll = qobject_cast<QScrollArea *>(risk->tabs()->currentWidget()))
                scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        }
        QApplication::processEvents();
        ok = grab().save(QDir(dir).filePath(names[tab] + suffix + QStringLiteral(".png"))) && ok;
    }
    risk->tabs()->setCurrentIndex(0);
    return ok;
}

bool MainWindow::saveScreenshots(const QString &dir, const QString &suffix) {
    QDir().mkpath(dir);
    bool ok = true;
    // The note on opening the example goes after 8 s: gone from every picture, not from those
    // taken before it went, so that the pictures do not depend on the machine's speed.
    statusBar()->clearMessage();
    // The start page, its recent files illustrative (never the files of whoever runs this): the
    // examples, as if saved in a documents folder.
    showStartPage();
    std::vector<StartChoice> recent;
    QListWidget *examples = start_->exampleList();
    for (int i = 0; i < examples->count() && i < 4; ++i) {
        StartChoice c;
        c.title = examples->item(i)->data(Qt::AccessibleTextRole).toString();
        c.id = c.detail = QStringLiteral("/home/kari/%1/%2.effekt")
                              .arg(tr("Documents"),
                                   c.title.toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
        recent.push_back(c);
    }
    start_->setRecentFiles(recent);
    QApplication::processEvents();
    ok = grab().save(
             QDir(dir).filePath(QStringLiteral("start") + suffix + QStringLiteral(".png"))) &&
         ok;
    showProjectPages();
    updateStartPage();
    for (const views::Page &p : pages_) {
        showPage(p.id);
        QApplication::processEvents();
        const QString file = QDir(dir).filePath(p.id + suffix + QStringLiteral(".png"));
        ok = grab().save(file) && ok;
        if (auto *risk = qobject_cast<views::RiskPage *>(p.widget))
            ok = saveRiskScreenshots(risk, dir, suffix) && ok;
    }
    // Presentation mode at a projector's 1280 × 720, with the what-if at 80 %.
    ok = views::savePresentationScreenshot(document_, this,
                                           QDir(dir).filePath(QStringLiteral("presentation") +
                                                              suffix + QStringLiteral(".png"))) &&
         ok;
    // The question asked before removing what others refer to (docs/user-guide.md): removing the
    // first party that something refers to.
    const Project &project = document_->project();
    for (const Party &party : project.parties) {
        const QString question = views::removalQuestion(QString::fromStdString(party.name),
                                                        partyDependents(project, party.id));
        if (question.isEmpty())
            continue;
        auto box = views::lossQuestion(this, question);
        box->show();
        QApplication::processEvents();
        const QString file =
            QDir(dir).filePath(QStringLiteral("confirm-remove") + suffix + QStringLiteral(".png"));
        ok = box->grab().save(file) && ok;
        break;
    }
    return ok;
}

} // namespace effekt::app
