// The participant ledger page: the table of (participant, metric, period, units) rows, adding and
// removing rows, and importing rows from a CSV file. An import adds the accepted rows as one undo
// step and reports every refused row, with its row number and why, in a dialog whose text can be
// copied. National identity numbers are refused: the ledger holds pseudonyms only. The table can be
// sorted by any column (a header click; a third click returns to the ledger's order) and filtered
// by text; both only change what is shown, never the ledger.
#pragma once

#include "ledgerimport.h"
#include "ledgermodel.h"
#include "pagewidget.h"

#include <QDialog>
#include <QFuture>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressDialog;
class QSortFilterProxyModel;
class QTimer;
class QPushButton;
class QTableView;

namespace effekt::views {

// Why a row of a CSV import was refused, translated: "Row 4: there is no metric “Ukjent”." (for
// DiagCode::CsvBadRow and DiagCode::NationalIdInLedger as csv::importLedger reports them).
QString ledgerImportProblemText(const Diagnostic &d);
// The whole report of an import, as the dialog shows it.
QString ledgerImportReport(const csv::LedgerImport &result, const QString &fileName);

class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    ImportReportDialog(const QString &title, const QString &text, QWidget *parent = nullptr);
    QString text() const;
    void copyToClipboard() const;

private:
    QPlainTextEdit *text_;
};

class LedgerPage : public PageWidget {
    Q_OBJECT
public:
    explicit LedgerPage(Document *document, QWidget *parent = nullptr);
    ~LedgerPage() override;
    void showLocation(const EditLocation &where) override;

    LedgerModel *model() const { return model_; }
    // The table shows model() through a sort and filter model: its rows are not the ledger's.
    QTableView *table() const { return table_; }
    QLineEdit *filter() const { return filter_; }
    // Shows only the rows with `text` in any column (case does not matter); empty: every row.
    void setFilterText(const QString &text);
    QString message() const;

    void addRow();
    bool removeSelectedRows();
    // Asks for a CSV file and imports it.
    void importCsv();
    // Imports a CSV file: reads it off the GUI thread while the window goes on (a window-modal
    // progress dialog with Cancel appears when it takes longer than importProgressDelay()), then
    // adds the accepted rows (one undo step) and, when rows were refused or nothing was imported,
    // opens the report dialog (window-modal; returns at once) and returns it. Cancelled, or the
    // project changed while the file was read (the planner is asked whether to import again):
    // nothing changes, nullptr.
    ImportReportDialog *importCsvFile(const QString &path);
    ImportReportDialog *importCsvBytes(const QByteArray &bytes, const QString &fileName);
    // Whether an import is reading a file now, and its progress dialog (nullptr when none).
    bool isImporting() const { return importState_ != nullptr; }
    QProgressDialog *importProgress() const { return progress_; }
    int importProgressDelay() const { return progressDelayMs_; }
    void setImportProgressDelay(int ms) { progressDelayMs_ = ms; }

private:
    void setMessage(const QString &text, bool problem);
    void updateCount();
    // Adds an import's rows (one undo step), says what happened and opens the report if needed.
    ImportReportDialog *applyImport(const csv::LedgerImport &result, const QString &fileName);
    void applyFilter();
    // A ledger row's index in the table, and a table index's ledger row.
    QModelIndex viewIndex(int row, int column) const;
    int ledgerRow(const QModelIndex &viewIndex) const;

    Document *document_;
    LedgerModel *model_;
    QSortFilterProxyModel *proxy_;
    QTableView *table_;
    QLineEdit *filter_;
    QTimer *filterTimer_;
    QLabel *count_;
    QLabel *empty_;
    QLabel *message_;
    QPushButton *add_;
    QPushButton *remove_;
    QPushButton *import_;
    // The import running now: its cancel flag and progress, shared with the thread reading.
    struct ImportState;
    std::shared_ptr<ImportState> importState_;
    QFuture<csv::LedgerImport> importFuture_;
    QProgressDialog *progress_ = nullptr;
    int progressDelayMs_ = 300;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace effekt::views
