// The participant ledger as a table: participant, metric, period, units. An adapter over the
// project's Shared<Ledger>: it keeps the shared snapshot (a pointer) and reads rows from it, so a
// ledger of 100,000 rows is neither copied per data() call nor per reload. Edits build a new ledger
// and go through Document::apply as one undo step each.
#pragma once

#include "document.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace effekt::views {

class LedgerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Participant, MetricColumn, Period, Units, ColumnCount };
    // The value a column sorts by: the participant and the metric's name as text, the period as
    // its number, the units as a number.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit LedgerModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Participant: a pseudonym (a national identity number is refused); metric: its name or id;
    // period: its label ("Q1 2027") or 1-based number; units: a number ≥ 0.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Why a cell is invalid, translated; empty when it is fine.
    QStringList problems(int row, int column) const;

    // Appends a row (a placeholder pseudonym "P-<n>", the first metric, the first period, 1 unit)
    // as one step.
    // Returns its row, or -1.
    int addRow();
    // Removes rows (any order, duplicates ignored) as one step.
    bool removeRows(QList<int> rows);
    // Appends rows as one step named `text`.
    bool appendRows(const Ledger &rows, const QString &text);

signals:
    // An edit was refused; `why` is a translated sentence.
    void refused(const QString &why);

private:
    void reload();
    void indexDiagnostics();
    const LedgerRow &row(int i) const { return (*ledger_)[static_cast<std::size_t>(i)]; }
    EditLocation location(int row, int column, int rows = 1) const;

    Document *document_;
    Shared<Ledger> ledger_; // the snapshot shown (shares the project's rows)
    int rows_ = 0;
    QHash<int, QString> metricNames_;        // id → name
    QHash<int, QStringList> engineProblems_; // ledger row → the engine's diagnostics
};

} // namespace effekt::views
