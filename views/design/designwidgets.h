// Building blocks of the contract designer's forms (the Overview, Parties, Metrics, Caps,
// Investment, Savings and Assumptions pages):
//
// - DesignTableModel: a table of some list in the project (parties, cohorts, volume bands, …),
//   described by columns with a getter and a setter on a Project. setData builds the changed
//   project and calls Document::apply (one door); typing into one cell merges into one step.
// - ChoiceDelegate: a combo box editor for columns with a fixed list of choices.
// - TableEditor: a table with Add / Duplicate / Remove / Move up / Move down buttons.
// - FormBinder: binds form widgets (line edits, value edits, combos, spin boxes, check boxes) to a
//   getter and a setter on a Project, reloads them from the document under a loading guard, and
//   marks a field the engine's diagnostics concern.
// - PageDiagnostics: the engine's diagnostics for one page's entities, translated.
#pragma once

#include "document.h"
#include "editordelegate.h"
#include "references.h"
#include "valuelimits.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>
#include <QWidget>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace effekt::views {

class ValueEdit;

// A list of (label, value) for a choice column or combo box.
using Choices = std::vector<std::pair<QString, int>>;

struct DesignColumn {
    enum class Kind {
        Text,
        Money,         // Money (øre), shown in kroner
        OptionalMoney, // empty text: none
        Number,
        OptionalNumber,
        Percent, // a fraction, shown and typed as a percentage
        OptionalPercent,
        Integer,
        Choice, // an int value among choices()
        Bool    // a check box
    };
    QString header;
    QString toolTip;
    Kind kind = Kind::Text;
    // The stored value: QString, qlonglong (money, integers, choices), double, bool, or an
    // invalid QVariant for "none".
    std::function<QVariant(const Project &, int row)> get;
    // Stores a parsed value of the same kinds; false refuses it.
    std::function<bool(Project &, int row, const QVariant &)> set;
    std::function<Choices(const Project &)> choices; // Choice columns
    // A Choice column's text for a value not among its choices (e.g. a party that no longer pays,
    // still named by a payer split), shown instead of a blank cell; empty: blank.
    std::function<QString(const Project &, int value)> unlisted;
    // A warning to show in the cell (e.g. an organisation number failing its check), or empty.
    std::function<QString(const Project &, int row)> warning;
    double minimum = 0;                    // for numbers and integers
    double maximum = limits::kMaxQuantity; // valuelimits.h, as the file has it
    // The field name the engine's diagnostics use for this column (see DesignTableModel::
    // diagnosticEntity), e.g. "returnCap"; empty: none.
    std::string diagnosticField;

    DesignColumn() = default;
    DesignColumn(QString header_, QString toolTip_, Kind kind_,
                 std::function<QVariant(const Project &, int)> get_,
                 std::function<bool(Project &, int, const QVariant &)> set_,
                 std::function<Choices(const Project &)> choices_ = {},
                 std::function<QString(const Project &, int)> warning_ = {}, double minimum_ = 0,
                 double maximum_ = limits::kMaxQuantity)
        : header(std::move(header_))
        , toolTip(std::move(toolTip_))
        , kind(kind_)
        , get(std::move(get_))
        , set(std::move(set_))
        , choices(std::move(choices_))
        , warning(std::move(warning_))
        , minimum(minimum_)
        , maximum(maximum_) {}
};

class DesignTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int ChoicesRole = Qt::UserRole + 1;

    DesignTableModel(Document *document, QString pageId, QString tableName, QObject *parent);

    // The rows: how many the project has.
    std::function<int(const Project &)> rows;
    // A stable key of a row (an entity id), for merge keys; default: the row.
    std::function<int(const Project &, int row)> rowKey;
    // Where an edit of a cell happened (default: page, row, column, the table's name).
    std::function<EditLocation(int row, int column)> locate;
    // The undo text of a cell edit.
    QString editText;
    // Scopes merge keys (e.g. the selected metric's id).
    std::function<QString()> keyScope;
    // The entity kind of the rows in the engine's diagnostics ("party", "investor", "fixedFee"):
    // a diagnostic on (entity, rowKey, column's diagnosticField) is shown in that cell.
    std::string diagnosticEntity;
    // The diagnostics on a cell, translated; empty when none.
    QString diagnosticsAt(int row, int column) const;

    void setColumns(std::vector<DesignColumn> columns);
    const DesignColumn &column(int c) const { return columns_[static_cast<std::size_t>(c)]; }
    DesignColumn &column(int c) { return columns_[static_cast<std::size_t>(c)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Re-reads the project (row count, columns, values).
    void reload();
    // Why a typed value was not taken: the column and what it takes ("Commitment: type an amount
    // from 0 to 10 000 000 000 000."). Empty when none.
    QString refusalText(const DesignColumn &c, const QString &typed) const;

signals:
    // A value typed into a cell was refused; `why` says what the column takes.
    void refused(int row, int column, const QString &why);

public:
    // The text of a value as shown in a cell.
    QString displayText(const DesignColumn &c, const QVariant &v) const;

private:
    Document *document_;
    QString pageId_;
    QString tableName_;
    std::vector<DesignColumn> columns_;
    int rows_ = 0;
};

class ChoiceDelegate : public EditorDelegate {
    Q_OBJECT
public:
    using EditorDelegate::EditorDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

// A table view of a DesignTableModel with buttons to add, duplicate, remove and reorder rows.
// The row operations are given as functions that change a Project; each is one undo step.
class TableEditor : public QWidget {
    Q_OBJECT
public:
    struct Operations {
        std::function<bool(Project &)> add;                    // appends a row
        std::function<bool(Project &, int row)> duplicate;     // inserts a copy after row
        std::function<bool(Project &, int row)> remove;        // removes row
        std::function<bool(Project &, int from, int to)> move; // moves a row
        // Before removing a row: what would go with it or refers to it, as a question to the
        // planner (see removalQuestion()); empty: remove without asking.
        std::function<QString(const Project &, int row)> removeQuestion;
        // Why no row can be added to the project as it stands (a row that must name a metric or
        // a party, and there is none), as the Add button's tooltip while it is disabled; empty:
        // a row can be added. Unset: always.
        std::function<QString(const Project &)> cannotAdd;
        QString addText, duplicateText, removeText, moveText; // undo texts
    };

    TableEditor(Document *document, DesignTableModel *model, const QString &pageId,
                const QString &name, const QString &accessibleName, Operations ops,
                QWidget *parent = nullptr);

    QTableView *view() const { return view_; }
    DesignTableModel *model() const { return model_; }
    // Says why the last value typed into a cell was refused; hidden after an accepted edit.
    QLabel *problemLabel() const { return problem_; }
    QPushButton *addButton() const { return add_; }
    QPushButton *removeButton() const { return remove_; }
    int currentRow() const;
    void selectCell(int row, int column);
    // Runs an operation as one undo step and selects `selectRow` afterwards.
    void run(const std::function<bool(Project &)> &op, const QString &text, int selectRow);
    // Extra context for location and merge keys (e.g. the selected metric's row).
    std::function<EditLocation(int row)> locate;

private:
    void updateButtons();

    Document *document_;
    DesignTableModel *model_;
    QTableView *view_;
    QLabel *problem_;
    QPushButton *add_;
    QPushButton *duplicate_ = nullptr;
    QPushButton *remove_;
    QPushButton *up_ = nullptr;
    QPushButton *down_ = nullptr;
    QString pageId_;
    Operations ops_;
};

// The engine's diagnostics that concern one part of the project.
class PageDiagnostics : public QWidget {
    Q_OBJECT
public:
    using Filter = std::function<bool(const Diagnostic &)>;
    PageDiagnostics(Document *document, Filter filter, QWidget *parent = nullptr);
    void refresh();
    int count() const { return count_; }
    QString text() const;

private:
    Document *document_;
    Filter filter_;
    QLabel *label_;
    int count_ = 0;
};

// Binds form widgets to fields of the project. Each edit is one undo step with a merge key made of
// the scope and the widget's object name, so typing into one field is one step.
class FormBinder : public QObject {
    Q_OBJECT
public:
    FormBinder(Document *document, QString pageId, QObject *parent);

    // Scopes merge keys and locations (e.g. "metric/3" and the selected metric's row).
    std::function<QString()> keyScope;
    std::function<int()> locationRow;
    // Whether the bound widgets may be edited now (besides the document being read-only).
    std::function<bool()> enabled;

    void text(QLineEdit *w, std::function<QString(const Project &)> get,
              std::function<void(Project &, const QString &)> set, const QString &undoText);
    void plainText(QPlainTextEdit *w, std::function<QString(const Project &)> get,
                   std::function<void(Project &, const QString &)> set, const QString &undoText);
    void value(ValueEdit *w, std::function<std::optional<double>(const Project &)> get,
               std::function<void(Project &, std::optional<double>)> set, const QString &undoText);
    void integer(QSpinBox *w, std::function<int(const Project &)> get,
                 std::function<void(Project &, int)> set, const QString &undoText);
    void choice(QComboBox *w, std::function<int(const Project &)> get,
                std::function<void(Project &, int)> set, const QString &undoText);
    void check(QCheckBox *w, std::function<bool(const Project &)> get,
               std::function<void(Project &, bool)> set, const QString &undoText);

    // Marks `w` when the engine reports a diagnostic on (entity, id, field); id() may be -1.
    void diagnose(QWidget *w, QString entity, std::function<std::int64_t()> id,
                  std::vector<std::string> fields);

    // Reloads every bound widget from the document.
    void reload();
    bool loading() const { return loading_; }
    void commit(Project p, const QString &undoText, QWidget *w);

private:
    struct Marked {
        QWidget *widget;
        QString entity;
        std::function<std::int64_t()> id;
        std::vector<std::string> fields;
        QString help;
    };
    Document *document_;
    QString pageId_;
    std::vector<std::function<void(const Project &)>> loaders_;
    std::vector<QWidget *> widgets_;
    std::vector<Marked> marked_;
    bool loading_ = false;
};

// The question asked before removing `name` when something refers to it or data goes with it
// (e.g. «Remove "Stable housing"? 24 values in the outcome data and 2 rows in the participant
// ledger go with it.»); empty when nothing does.
QString removalQuestion(const QString &name, const Dependents &d);
// The question box itself (Yes and No, No the default), for askBeforeLosing and the user guide's
// pictures.
std::unique_ptr<QMessageBox> lossQuestion(QWidget *parent, const QString &question);
// Asks `question` with Yes and No (No the default); true on Yes. Also used by the timeline.
bool askBeforeLosing(QWidget *parent, const QString &question);

// A form row's label with a buddy, a tool tip on both, and an accessible name on the field.
void describe(QWidget *field, const QString &accessibleName, const QString &toolTip);

// Choices of the model's enumerations, translated.
Choices roleChoices();
Choices unitChoices();
Choices directionChoices();
Choices validationChoices();
Choices ruleTypeChoices();
Choices thresholdBasisChoices();
Choices tierBasisChoices();
Choices tierModeChoices();
Choices secondShareSwitchChoices();
Choices tierAmountBasisChoices();
Choices budgetHolderChoices();
Choices feeKindChoices();
Choices trancheChoices();
Choices reviewTestChoices();
// Parties (optionally only some roles), cohorts, metrics of a project; `none` adds a "(none)" = -1.
Choices partyChoices(const Project &p, const std::vector<PartyRole> &roles, bool none);
Choices cohortChoices(const Project &p, bool none);
Choices metricChoices(const Project &p);
// A name as the choices show it: trimmed, "(no name)" when empty.
QString choiceName(const std::string &name);
// The name of the party `id` as the choices show it, empty when there is no such party: a payer
// column's text for a party whose role no longer pays (DesignColumn::unlisted).
QString partyName(const Project &p, int id);
void fillCombo(QComboBox *combo, const Choices &choices);

// A payer split (a metric's or a fixed fee's): its rows, its two columns (payer, share) and its
// add/remove operations. `split(project)` returns the split being edited, or nullptr when none is
// selected; it is called with const and non-const projects, so pass a generic lambda
// (`[](auto &p) { return … ? &….payers : nullptr; }`).
struct PayerSplitTexts {
    QString payer, payerTip, share, shareTip;
};

template <typename Split> std::function<int(const Project &)> payerSplitRows(Split split) {
    return [split](const Project &p) {
        const auto *s = split(p);
        return s ? static_cast<int>(s->size()) : 0;
    };
}

// The payerSplitColumns problem of a split owned by (entity, ownerId()) — "rule" and a metric's id,
// "fixedFee" and a fee's: validate()'s diagnostic naming the party among its payers, translated.
std::function<QString(const Project &, int partyId)>
payerDiagnostic(Document *document, std::string entity, std::function<int()> ownerId);

// `problem(project, partyId)`: the diagnostic on a payer that is not a commissioner or co-payer
// (or no party at all), shown in its cell; the party keeps its name there, marked as a problem.
template <typename Split>
std::vector<DesignColumn>
payerSplitColumns(Split split, const PayerSplitTexts &texts,
                  std::function<QString(const Project &, int partyId)> problem = {}) {
    using K = DesignColumn::Kind;
    auto cell = [split](auto &p, int r) -> auto & {
        return (*split(p))[static_cast<std::size_t>(r)];
    };
    DesignColumn payer{
        texts.payer,
        texts.payerTip,
        K::Choice,
        [cell](const Project &p, int r) { return QVariant(cell(p, r).partyId); },
        [cell](Project &p, int r, const QVariant &v) {
            cell(p, r).partyId = v.toInt();
            return true;
        },
        [](const Project &p) {
            return partyChoices(p, {PartyRole::Commissioner, PartyRole::CoPayer}, false);
        },
        [cell, problem](const Project &p, int r) {
            const int id = cell(p, r).partyId;
            const Party *party = p.party(id);
            if (party && party->isPayer())
                return QString();
            return problem ? problem(p, id) : QString();
        }};
    payer.unlisted = [](const Project &p, int id) { return partyName(p, id); };
    DesignColumn share{texts.share,
                       texts.shareTip,
                       K::Percent,
                       [cell](const Project &p, int r) { return QVariant(cell(p, r).share); },
                       [cell](Project &p, int r, const QVariant &v) {
                           cell(p, r).share = v.toDouble();
                           return true;
                       },
                       {},
                       {},
                       0,
                       1};
    return {payer, share};
}

// Add: the first payer not yet in the split (else the first party) with what is left of 100 %.
template <typename Split> void setPayerSplitOperations(TableEditor::Operations &ops, Split split) {
    ops.add = [split](Project &p) {
        std::vector<PayerShare> *s = split(p);
        if (!s)
            return false;
        double sum = 0;
        for (const PayerShare &x : *s)
            sum += x.share;
        int party = 0;
        for (const Party &x : p.parties)
            if (x.isPayer() && std::none_of(s->begin(), s->end(), [&](const PayerShare &y) {
                    return y.partyId == x.id;
                })) {
                party = x.id;
                break;
            }
        if (party == 0 && !p.parties.empty())
            party = p.parties.front().id;
        if (party == 0 && !p.party(0))
            return false; // no party to name: a split row must never point at nothing
        s->push_back(PayerShare{party, std::max(0.0, 1.0 - sum)});
        return true;
    };
    ops.remove = [split](Project &p, int row) {
        std::vector<PayerShare> *s = split(p);
        if (!s || row < 0 || row >= static_cast<int>(s->size()))
            return false;
        s->erase(s->begin() + row);
        return true;
    };
}

// Selects a table cell, scrolls to it and focuses the table.
void selectCell(QTableView *view, int row, int column);

} // namespace effekt::views
