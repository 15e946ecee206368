#include "ledgerpage.h"

#include "diagnostictext.h"
#include "editordelegate.h"
#include "format.h"

#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace effekt::views {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(LedgerImport)
};

// Metric and period cells are edited with a list of the project's metrics or periods.
class ChoiceDelegate : public EditorDelegate {
public:
    ChoiceDelegate(Document *document, QObject *parent)
        : EditorDelegate(parent)
        , document_(document) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override {
        const Project &p = document_->project();
        QStringList choices;
        if (index.column() == LedgerModel::MetricColumn)
            for (const Metric &m : p.metrics)
                choices << QString::fromStdString(m.name);
        else if (index.column() == LedgerModel::Period)
            for (int t = 0; t < p.timeline.periods; ++t)
                choices << periodLabel(p.timeline, t);
        if (choices.isEmpty())
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->addItems(choices);
        combo->setAccessibleName(
            index.model()->headerData(index.column(), Qt::Horizontal).toString());
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override {
        if (showsCurrentValue(editor, index))
            return;
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const int i = combo->findText(index.data(Qt::EditRole).toString());
            combo->setCurrentIndex(std::max(0, i));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentText());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    Document *document_;
};

QString valueAt(const Diagnostic &d, std::size_t i) {
    return i < d.values.size() ? QString::fromStdString(describeValue(d.values[i])) : QString();
}
} // namespace

QString ledgerImportProblemText(const Diagnostic &d) {
    const int row = static_cast<int>(d.id);
    // The import as a whole: a line too long, too many rows, the problems not listed.
    if (d.code == DiagCode::TooManyEntries || d.code == DiagCode::MoreDiagnostics)
        return diagnosticText(d);
    if (d.code == DiagCode::NationalIdInLedger) {
        // Named by its line and column only: the number itself is never shown.
        if (d.field == "participant")
            return Text::tr("Row %1: the participant id is a national identity number. The "
                            "ledger may hold pseudonyms only.")
                .arg(row);
        QString column;
        if (d.field == "metric")
            column = Text::tr("metric");
        else if (d.field == "period")
            column = Text::tr("period");
        else if (d.field == "units")
            column = Text::tr("units");
        else
            //: %1 is a column's number in a CSV file (1 for the first)
            column = Text::tr("number %1").arg(valueAt(d, 0));
        //: %1 row number, %2 the column ("metric", "units", "number 5")
        return Text::tr("Row %1: the column %2 holds a national identity number (not shown "
                        "here). The ledger may hold pseudonyms only, and no personal data.")
            .arg(row)
            .arg(column);
    }
    const std::string reason = d.values.empty() ? std::string() : describeValue(d.values[0]);
    const QString what = valueAt(d, 1);
    namespace r = csv::reason;
    QString why;
    if (reason == r::kMissingHeader)
        why = Text::tr("the first row must name the columns participant, metric and period "
                       "(and units); the column “%1” is missing.")
                  .arg(what);
    else if (reason == r::kColumnCount)
        why = Text::tr("it has %1 fields, not as many as the header. A decimal comma in a "
                       "comma-separated file splits a number: put it in quotes or use semicolons.")
                  .arg(what);
    else if (reason == r::kEmptyParticipant)
        why = Text::tr("the participant id is empty.");
    else if (reason == r::kParticipantTooLong)
        why = Text::tr("the participant id “%1” is longer than %2 characters.")
                  .arg(what)
                  .arg(csv::kMaxParticipantLength);
    else if (reason == r::kUnknownMetric)
        why = Text::tr("there is no metric “%1” (write its name or id).").arg(what);
    else if (reason == r::kBadPeriod)
        why = Text::tr("“%1” is not a period (write its number, a label such as Q1 2027 or "
                       "1. kv. 2027, or a date).")
                  .arg(what);
    else if (reason == r::kPeriodOutsideTimeline)
        why = Text::tr("the period “%1” is outside the contract's timeline.").arg(what);
    else if (reason == r::kBadUnits)
        why = Text::tr("the units “%1” are not a number.").arg(what);
    else if (reason == r::kNegativeUnits)
        why = Text::tr("the units %1 are negative.").arg(what);
    else if (reason == r::kUnitsTooLarge)
        why = Text::tr("the units %1 are more than the most a project can hold (%2).")
                  .arg(what, formatNumber(limits::kMaxQuantity, QLocale(), 0));
    else if (reason == r::kUnterminatedQuote)
        why = Text::tr("a quotation mark opened here is never closed.");
    else
        why = QString::fromStdString(reason);
    //: A refused row of a CSV import: %1 is the row number, %2 why.
    return Text::tr("Row %1: %2").arg(row).arg(why);
}

QString ledgerImportReport(const csv::LedgerImport &result, const QString &fileName) {
    QStringList lines;
    const QString separator = result.separator == ';'    ? Text::tr("semicolons")
                              : result.separator == '\t' ? Text::tr("tabs")
                                                         : Text::tr("commas");
    const QString encoding = QString::fromUtf8(csv::encodingName(result.encoding).data(),
                                               csv::encodingName(result.encoding).size());
    //: %1 file name, %2 rows read, %3 encoding, %4 separator name
    lines << Text::tr("%1: %2 rows read (%3, separated by %4).")
                 .arg(fileName)
                 .arg(result.dataRows)
                 .arg(encoding, separator);
    lines << Text::tr("%n row(s) imported.", "", static_cast<int>(result.rows.size()));
    if (result.refusedRows > 0)
        lines << Text::tr("%n row(s) not imported.", "", result.refusedRows);
    if (result.nationalIdRows > 0) {
        lines << QString();
        lines << Text::tr("%n row(s) have a national identity number (fødselsnummer or "
                          "D-number) in one of their columns. The ledger may hold pseudonyms "
                          "only: replace these numbers in the file by pseudonymous ids. The "
                          "numbers are not shown here.",
                          "", result.nationalIdRows);
    }
    if (!result.diagnostics.empty()) {
        lines << QString();
        for (const Diagnostic &d : result.diagnostics)
            lines << ledgerImportProblemText(d);
    }
    return lines.join(QLatin1Char('\n'));
}

// ---- ImportReportDialog
// --------------------------------------------------------------------------

ImportReportDialog::ImportReportDialog(const QString &title, const QString &text, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("importReport"));
    setWindowTitle(title);
    text_ = new QPlainTextEdit(text);
    text_->setObjectName(QStringLiteral("importReportText"));
    text_->setReadOnly(true);
    text_->setAccessibleName(tr("Import report"));
    text_->setMinimumSize(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 80,
                          fontMetrics().height() * 16);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy Report"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyImportReport"));
    connect(copy, &QPushButton::clicked, this, &ImportReportDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text_);
    layout->addWidget(buttons);
    text_->setFocus();
}

QString ImportReportDialog::text() const {
    return text_->toPlainText();
}

void ImportReportDialog::copyToClipboard() const {
    QGuiApplication::clipboard()->setText(text());
}

// ---- LedgerPage
// ----------------------------------------------------------------------------------

struct LedgerPage::ImportState {
    std::atomic<bool> cancel{false};
    std::atomic<int> permille{0}; // how far the reading is, 0..1000
};

LedgerPage::LedgerPage(Document *document, QWidget *parent)
    : PageWidget(parent)
    , document_(document) {
    model_ = new LedgerModel(document, this);
    // Sorting and filtering happen when asked (a header click, the filter text), not again after
    // every edit: that would re-sort 100,000 rows per keystroke. Edited rows stay where they are.
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setDynamicSortFilter(false);
    proxy_->setSortRole(LedgerModel::SortRole);
    proxy_->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1);
    table_ = new QTableView;
    table_->setObjectName(QStringLiteral("ledgerTable"));
    table_->setModel(proxy_);
    table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the ledger's order
    table_->horizontalHeader()->setSortIndicatorClearable(true);
    table_->setSortingEnabled(true);
    table_->setAccessibleName(tr("Participant ledger"));
    table_->setAlternatingRowColors(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    // Fixed row heights and column widths: nothing is measured over 100,000 rows.
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setSectionResizeMode(LedgerModel::MetricColumn,
                                                     QHeaderView::Stretch);
    const int x = table_->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    table_->setColumnWidth(LedgerModel::Participant, x * 24);
    table_->setColumnWidth(LedgerModel::Period, x * 16);
    table_->setColumnWidth(LedgerModel::Units, x * 12);
    table_->setItemDelegate(new ChoiceDelegate(document, table_));
    table_->installEventFilter(this);

    add_ = new QPushButton(tr("A&dd Row"));
    add_->setObjectName(QStringLiteral("addLedgerRow"));
    add_->setToolTip(tr("Add a row at the end (Insert)"));
    remove_ = new QPushButton(tr("&Remove Rows"));
    remove_->setObjectName(QStringLiteral("removeLedgerRows"));
    remove_->setToolTip(tr("Remove the selected rows (Delete)"));
    import_ = new QPushButton(tr("&Import CSV…"));
    import_->setObjectName(QStringLiteral("importLedgerCsv"));
    import_->setToolTip(
        tr("Add rows from a CSV file with the columns participant, metric, period and units "
           "(comma or semicolon separated, UTF-8 or Windows-1252)"));
    connect(add_, &QPushButton::clicked, this, &LedgerPage::addRow);
    connect(remove_, &QPushButton::clicked, this, &LedgerPage::removeSelectedRows);
    connect(import_, &QPushButton::clicked, this, &LedgerPage::importCsv);
    count_ = new QLabel;
    count_->setObjectName(QStringLiteral("ledgerCount"));
    filter_ = new QLineEdit;
    filter_->setObjectName(QStringLiteral("ledgerFilter"));
    filter_->setPlaceholderText(tr("Filter by participant, metric, period or units"));
    filter_->setAccessibleName(tr("Filter rows"));
    filter_->setToolTip(tr("Shows only the rows with this text in a column. Click a column "
                           "header to sort by it; a third click returns to the ledger's order."));
    filter_->setClearButtonEnabled(true);
    filterTimer_ = new QTimer(this);
    filterTimer_->setSingleShot(true);
    filterTimer_->setInterval(200); // typing a word filters once, not per letter
    connect(filterTimer_, &QTimer::timeout, this, &LedgerPage::applyFilter);
    connect(filter_, &QLineEdit::textChanged, filterTimer_, qOverload<>(&QTimer::start));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addWidget(import_);
    buttons->addStretch();
    buttons->addWidget(count_);

    message_ = new QLabel;
    message_->setObjectName(QStringLiteral("ledgerMessage"));
    message_->setWordWrap(true);
    message_->setFrameShape(QFrame::StyledPanel);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    message_->hide();

    auto *intro = new QLabel(
        tr("For payments tracked per person: each row is an outcome one participant achieved "
           "in a period. With a ledger the engine applies the caps per participant and pays "
           "once-per-participant metrics only once. Participant ids must be pseudonyms: "
           "national identity numbers are refused."));
    intro->setWordWrap(true);
    empty_ = new QLabel(tr("No rows yet. Add rows one by one, or import a CSV file whose first "
                           "row names the columns: participant;metric;period;units."));
    empty_->setObjectName(QStringLiteral("ledgerEmptyHint"));
    empty_->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(empty_);
    layout->addWidget(filter_);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);
    layout->addWidget(message_);

    connect(model_, &LedgerModel::refused, this,
            [this](const QString &why) { setMessage(why, true); });
    connect(model_, &QAbstractItemModel::modelReset, this, &LedgerPage::updateCount);
    connect(document_, &Document::projectChanged, this, &LedgerPage::updateCount);
    connect(document_, &Document::messagesOutdated, this, [this] { setMessage(QString(), false); });
    connect(document_, &Document::readOnlyChanged, this, &LedgerPage::updateCount);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LedgerPage::updateCount);
    updateCount();
}

void LedgerPage::updateCount() {
    const int n = model_->rowCount();
    const int shown = proxy_->rowCount();
    count_->setText(shown == n ? tr("%n row(s)", "", n)
                               : tr("%1 of %n row(s) shown", "", n).arg(shown));
    empty_->setVisible(n == 0);
    filter_->setVisible(n > 0 || !filter_->text().isEmpty());
    const bool editable = !document_->isReadOnly();
    add_->setEnabled(editable);
    import_->setEnabled(editable && !isImporting());
    remove_->setEnabled(editable && table_->selectionModel()->hasSelection());
}

void LedgerPage::setFilterText(const QString &text) {
    filter_->setText(text);
    applyFilter();
}

void LedgerPage::applyFilter() {
    filterTimer_->stop();
    proxy_->setFilterFixedString(filter_->text());
    updateCount();
}

QModelIndex LedgerPage::viewIndex(int row, int column) const {
    return proxy_->mapFromSource(model_->index(row, column));
}

int LedgerPage::ledgerRow(const QModelIndex &viewIndex) const {
    return proxy_->mapToSource(viewIndex).row();
}

QString LedgerPage::message() const {
    return message_->isHidden() ? QString() : message_->text();
}

void LedgerPage::setMessage(const QString &text, bool problem) {
    message_->setText(problem && !text.isEmpty() ? QStringLiteral("\u26A0 ") + text : text);
    message_->setVisible(!text.isEmpty());
}

void LedgerPage::showLocation(const EditLocation &where) {
    if (where.row < 0 || model_->rowCount() == 0)
        return;
    const int top = std::min(where.row, model_->rowCount() - 1);
    const int bottom = std::min(top + std::max(1, where.rowSpan) - 1, model_->rowCount() - 1);
    // Our own edits name the table and the column; a diagnostic names the field (its period is
    // the row's period, not a column).
    int column = std::clamp(where.column, 0, LedgerModel::ColumnCount - 1);
    if (!where.field.isEmpty() && where.field != table_->objectName()) {
        column = LedgerModel::Participant;
        if (where.field == QLatin1String("metricId") || where.field == QLatin1String("metric"))
            column = LedgerModel::MetricColumn;
        else if (where.field == QLatin1String("period"))
            column = LedgerModel::Period;
        else if (where.field == QLatin1String("units"))
            column = LedgerModel::Units;
    }
    // Rows the filter hides are shown again: the place must be seen.
    if (!filter_->text().isEmpty() && !viewIndex(top, column).isValid())
        setFilterText(QString());
    const QModelIndex current = viewIndex(top, column);
    if (!current.isValid())
        return;
    // The rows, as the table shows them now. In the ledger's order and unfiltered they are one
    // range; sorted or filtered, a range per row (for a few thousand at most, else the first only).
    QItemSelection selection;
    const int last = LedgerModel::ColumnCount - 1;
    if (proxy_->sortColumn() < 0 && filter_->text().isEmpty())
        selection.select(viewIndex(top, 0), viewIndex(bottom, last));
    else
        for (int r = top; r <= (bottom - top < 5'000 ? bottom : top); ++r)
            if (const QModelIndex first = viewIndex(r, 0); first.isValid())
                selection.select(first, viewIndex(r, last));
    table_->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    table_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    table_->scrollTo(current);
    table_->setFocus();
}

void LedgerPage::addRow() {
    if (!filter_->text().isEmpty())
        setFilterText(QString()); // the new row would not match it
    const int row = model_->addRow();
    if (row < 0)
        return;
    setMessage(QString(), false);
    showLocation(EditLocation{QStringLiteral("ledger"), row, LedgerModel::Participant, {}});
    table_->edit(viewIndex(row, LedgerModel::Participant));
}

bool LedgerPage::removeSelectedRows() {
    QList<int> rows;
    for (const QModelIndex &i : table_->selectionModel()->selectedIndexes())
        rows << ledgerRow(i);
    if (rows.isEmpty() && table_->currentIndex().isValid())
        rows << ledgerRow(table_->currentIndex());
    return model_->removeRows(rows);
}

void LedgerPage::importCsv() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Participant Ledger"), QDir::homePath(),
                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importCsvFile(path);
}

ImportReportDialog *LedgerPage::importCsvFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setMessage(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                   true);
        return nullptr;
    }
    return importCsvBytes(file.readAll(), QFileInfo(path).fileName());
}

ImportReportDialog *LedgerPage::importCsvBytes(const QByteArray &bytes, const QString &fileName) {
    if (document_->isReadOnly() || isImporting())
        return nullptr;
    // The file is read off the GUI thread against the project as it is now; the window goes on
    // (repaints, timers, Cancel) meanwhile.
    auto state = std::make_shared<ImportState>();
    importState_ = state;
    updateCount();
    bool changed = false;
    const QMetaObject::Connection watches[] = {
        connect(document_, &Document::projectChanged, this, [&changed] { changed = true; }),
        connect(document_, &Document::filePathChanged, this, [&changed] { changed = true; }),
        connect(document_, &Document::readOnlyChanged, this, [&changed] { changed = true; })};

    // A child of the page: should the page go meanwhile, the dialog goes with it.
    const QPointer<QProgressDialog> progress =
        new QProgressDialog(tr("Reading %1…").arg(fileName), tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("ledgerImportProgress"));
    progress->setWindowTitle(tr("Import Participant Ledger"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(progressDelayMs_);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, this, [state] { state->cancel = true; });
    progress_ = progress;

    QEventLoop loop;
    QFutureWatcher<csv::LedgerImport> watcher;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    tick.setInterval(50);
    connect(&tick, &QTimer::timeout, progress, [progress, state] {
        if (!progress->wasCanceled())
            progress->setValue(state->permille.load());
    });
    importFuture_ = QtConcurrent::run([bytes, project = document_->project(), state] {
        return csv::importLedger(
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), project,
            [&state](std::size_t done, std::size_t total) {
                state->permille = total > 0 ? static_cast<int>(done * 1000 / total) : 1000;
                return !state->cancel.load();
            });
    });
    watcher.setFuture(importFuture_);
    tick.start();
    const QPointer<LedgerPage> alive(this);
    if (!importFuture_.isFinished())
        loop.exec();
    tick.stop();
    if (!alive)
        return nullptr;
    // The loop also ends when the application quits: then nothing is imported.
    if (!importFuture_.isFinished())
        state->cancel = true;
    const csv::LedgerImport result = importFuture_.result();
    importFuture_ = {};
    progress_ = nullptr;
    importState_.reset();
    for (const QMetaObject::Connection &c : watches)
        disconnect(c);
    delete progress.data();
    updateCount();

    if (result.cancelled || state->cancel) {
        setMessage(tr("The import of %1 was cancelled: nothing was imported.").arg(fileName),
                   false);
        return nullptr;
    }
    if (changed) {
        // The rows were read against the project as it was (its metrics and periods): they are
        // not added to another one.
        QMessageBox box(QMessageBox::Question, tr("Import Participant Ledger"),
                        tr("The project changed while %1 was being read, so nothing was "
                           "imported. Import the file again?")
                            .arg(fileName),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::Yes);
        if (box.exec() == QMessageBox::Yes && alive && !document_->isReadOnly())
            return importCsvBytes(bytes, fileName);
        if (alive)
            setMessage(tr("Nothing was imported from %1: the project changed while the file was "
                          "being read.")
                           .arg(fileName),
                       true);
        return nullptr;
    }
    return applyImport(result, fileName);
}

LedgerPage::~LedgerPage() {
    // An import still reading (the application quit meanwhile): stopped before the page goes.
    if (importState_)
        importState_->cancel = true;
    if (importFuture_.isValid())
        importFuture_.waitForFinished();
}

ImportReportDialog *LedgerPage::applyImport(const csv::LedgerImport &result,
                                            const QString &fileName) {
    const int n = static_cast<int>(result.rows.size());
    if (n > 0) {
        // Back to the ledger's order, unfiltered: the imported rows are the last ones.
        table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        setFilterText(QString());
        model_->appendRows(result.rows, tr("Import %n ledger row(s) from %1", "", n).arg(fileName));
        showLocation(EditLocation{QStringLiteral("ledger"), model_->rowCount() - n, 0, {}, n, 1});
    }
    QString summary = tr("Imported %n row(s) from %1.", "", n).arg(fileName);
    if (result.refusedRows > 0)
        summary += QLatin1Char(' ') + tr("%n row(s) not imported.", "", result.refusedRows);
    if (result.nationalIdRows > 0)
        summary +=
            QLatin1Char(' ') + tr("%n row(s) refused for holding a national identity number.", "",
                                  result.nationalIdRows);
    const bool problems = result.refusedRows > 0 || !result.diagnostics.empty() || n == 0;
    setMessage(summary, problems);
    if (!problems)
        return nullptr;
    auto *dialog = new ImportReportDialog(tr("Ledger Import: %1").arg(fileName),
                                          ledgerImportReport(result, fileName), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool LedgerPage::eventFilter(QObject *watched, QEvent *event) {
    if (watched == table_ && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeSelectedRows();
            return true;
        }
        if (key->key() == Qt::Key_Insert && key->modifiers() == Qt::NoModifier) {
            addRow();
            return true;
        }
        if (key->matches(QKeySequence::Copy)) {
            // The selected rows, tab-separated, in the order the table shows them.
            QList<int> rows;
            for (const QModelIndex &i : table_->selectionModel()->selectedRows())
                rows << i.row();
            std::sort(rows.begin(), rows.end());
            QString text;
            for (int r : rows) {
                QStringList cells;
                for (int c = 0; c < LedgerModel::ColumnCount; ++c)
                    cells << proxy_->index(r, c).data(Qt::EditRole).toString();
                text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
            }
            if (!text.isEmpty())
                QGuiApplication::clipboard()->setText(text);
            return true;
        }
    }
    return PageWidget::eventFilter(watched, event);
}

} // namespace effekt::views
