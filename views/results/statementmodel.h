// The statement: the full period-by-period table of a contract's results (gross payments, after
// each cap, by payer, due date, fixed fees, delivery cost, draws, reserve, distributions), as a
// read-only table model, as CSV for spreadsheets, and as text for the clipboard.
#pragma once

#include "document.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QStringList>

#include <vector>

namespace effekt::views {

struct StatementColumn {
    QString title;
    QString toolTip;
    std::vector<Money> values; // one per period
    bool summable = true;      // balances (the reserve) have no total
};

struct Statement {
    QStringList periods;   // period labels
    std::vector<Date> due; // the day each period's flows fall (its last day)
    std::vector<StatementColumn> columns;
    Money total(std::size_t column) const;
};

Statement buildStatement(const Project &project, const Results &results,
                         const QLocale &locale = QLocale());

enum class CsvStyle {
    Norwegian,    // UTF-8 with BOM, semicolons, decimal comma: what Norwegian Excel opens
    International // UTF-8, commas, decimal point
};

// Header row, one row per period, a total row; amounts in kroner with two decimals and no
// thousands separator, dates as YYYY-MM-DD, lines ended by CRLF.
QByteArray statementCsv(const Statement &statement, CsvStyle style);
// Tab-separated with numbers as the locale writes them: pastes into a spreadsheet as a table.
QString statementText(const Statement &statement, const QLocale &locale = QLocale());

class StatementModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit StatementModel(Document *document, QObject *parent = nullptr);

    // Column 0 is the due date; columns 1… are the statement's columns. The last row is the
    // total.
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Statement &statement() const { return statement_; }
    void reload();

private:
    Document *document_;
    Statement statement_;
};

} // namespace effekt::views
