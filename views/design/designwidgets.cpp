// The designer's tables: DesignTableModel (a table described by columns, each edit one undo
// step), ChoiceDelegate (a cell chosen from a list) and TableEditor (a table with its add,
// duplicate, remove and move buttons). The forms are in designforms.cpp.
#include "designwidgets.h"

#include "cellproblems.h"

#include "diagnostictext.h"
#include "format.h"
#include "moneyedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace effekt::views {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(Design)
};

using Kind = DesignColumn::Kind;

bool isNumeric(Kind k) {
    return k != Kind::Text && k != Kind::Choice && k != Kind::Bool;
}
} // namespace

// ---- DesignTableModel
// ----------------------------------------------------------------------------

DesignTableModel::DesignTableModel(Document *document, QString pageId, QString tableName,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , document_(document)
    , pageId_(std::move(pageId))
    , tableName_(std::move(tableName)) {
    connect(document_, &Document::projectChanged, this, &DesignTableModel::reload);
    connect(document_, &Document::resultsChanged, this, [this] {
        if (!diagnosticEntity.empty() && rows_ > 0 && !columns_.empty())
            emit dataChanged(index(0, 0), index(rows_ - 1, columnCount() - 1),
                             {Qt::ToolTipRole, Qt::ForegroundRole});
    });
}

void DesignTableModel::setColumns(std::vector<DesignColumn> columns) {
    beginResetModel();
    columns_ = std::move(columns);
    rows_ = rows ? rows(document_->project()) : 0;
    endResetModel();
}

void DesignTableModel::reload() {
    const int r = rows ? rows(document_->project()) : 0;
    if (r != rows_) {
        beginResetModel();
        rows_ = r;
        endResetModel();
    } else if (rows_ > 0 && !columns_.empty()) {
        emit dataChanged(index(0, 0), index(rows_ - 1, columnCount() - 1));
    }
}

int DesignTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : rows_;
}

int DesignTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(columns_.size());
}

QString DesignTableModel::displayText(const DesignColumn &c, const QVariant &v) const {
    if (!v.isValid())
        return c.kind == Kind::OptionalMoney || c.kind == Kind::OptionalPercent ||
                       c.kind == Kind::OptionalNumber
                   ? Text::tr("none")
                   : QString();
    switch (c.kind) {
    case Kind::Text: return v.toString();
    case Kind::Money:
    case Kind::OptionalMoney: return formatMoney(v.toLongLong());
    case Kind::Number:
    case Kind::OptionalNumber: return formatNumber(v.toDouble(), QLocale(), 6);
    case Kind::Percent:
    case Kind::OptionalPercent: return formatPercent(v.toDouble(), QLocale(), 2);
    case Kind::Integer: return QLocale().toString(v.toLongLong());
    case Kind::Choice:
        if (c.choices)
            for (const auto &[label, value] : c.choices(document_->project()))
                if (value == v.toInt())
                    return label;
        return c.unlisted ? c.unlisted(document_->project(), v.toInt()) : QString();
    case Kind::Bool: return QString();
    }
    return QString();
}

QVariant DesignTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rows_ || index.column() >= columnCount())
        return {};
    const DesignColumn &c = column(index.column());
    const Project &p = document_->project();
    // The project can change under a view before this model is reset: a page reloading its forms
    // lays its tables out first, and a row of a metric that is gone has nothing to show.
    if (rows && index.row() >= rows(p))
        return {};
    const QVariant v = c.get(p, index.row());
    switch (role) {
    case Qt::DisplayRole: return c.kind == Kind::Bool ? QVariant() : QVariant(displayText(c, v));
    case Qt::EditRole:
        if (!v.isValid())
            return QString();
        switch (c.kind) {
        case Kind::Money:
        case Kind::OptionalMoney: return formatAmount(v.toLongLong());
        case Kind::Percent:
        case Kind::OptionalPercent: return formatNumber(v.toDouble() * 100.0, QLocale(), 4);
        case Kind::Number:
        case Kind::OptionalNumber: return formatNumber(v.toDouble(), QLocale(), 6);
        case Kind::Integer: return QString::number(v.toLongLong());
        case Kind::Choice: return v.toInt();
        default: return v;
        }
    case Qt::CheckStateRole:
        if (c.kind == Kind::Bool)
            return v.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(c.kind))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        QString warning = c.warning ? c.warning(p, index.row()) : QString();
        const QString diagnostics = diagnosticsAt(index.row(), index.column());
        if (!diagnostics.isEmpty())
            warning = warning.isEmpty() ? diagnostics : warning + QLatin1Char('\n') + diagnostics;
        return warning.isEmpty() ? c.toolTip : warning + QStringLiteral("\n\n") + c.toolTip;
    }
    case Qt::DecorationRole:
    case Qt::BackgroundRole: {
        // The same look as a problem cell in the outcome grid and the ledger.
        QStringList problems;
        if (c.warning && !c.warning(p, index.row()).isEmpty())
            problems << c.warning(p, index.row());
        const QString diagnostics = diagnosticsAt(index.row(), index.column());
        if (!diagnostics.isEmpty())
            problems << diagnostics;
        return problemCellLook(problems, role);
    }
    case Qt::AccessibleTextRole: return displayText(c, v);
    case ChoicesRole:
        if (c.kind == Kind::Choice && c.choices) {
            QVariantList list;
            for (const auto &[label, value] : c.choices(p))
                list << QVariant(QVariantList{label, value});
            return list;
        }
        return {};
    default: return {};
    }
}

QString DesignTableModel::diagnosticsAt(int row, int column) const {
    if (diagnosticEntity.empty() || column < 0 || column >= columnCount())
        return {};
    const DesignColumn &c = this->column(column);
    if (c.diagnosticField.empty())
        return {};
    const Project &p = document_->project();
    const int key = rowKey ? rowKey(p, row) : row;
    QStringList lines;
    for (const Diagnostic &d : document_->results().diagnostics)
        if (d.entity == diagnosticEntity && d.id == key && d.field == c.diagnosticField)
            lines << QStringLiteral("⚠ ") + diagnosticText(d, &p);
    return lines.join(QLatin1Char('\n'));
}

QVariant DesignTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return column(section).header;
    if (role == Qt::ToolTipRole)
        return column(section).toolTip;
    return {};
}

Qt::ItemFlags DesignTableModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || document_->isReadOnly() || !column(index.column()).set)
        return f;
    if (column(index.column()).kind == Kind::Bool)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool DesignTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || index.row() >= rows_ || document_->isReadOnly())
        return false;
    const DesignColumn &c = column(index.column());
    if (!c.set)
        return false;
    QVariant parsed;
    const QString text = value.toString().trimmed();
    // A typed value that is not taken: say why, as the forms do, and keep the old value.
    auto refuse = [&] {
        emit refused(index.row(), index.column(), refusalText(c, text));
        return false;
    };
    const bool optional = c.kind == Kind::OptionalMoney || c.kind == Kind::OptionalPercent ||
                          c.kind == Kind::OptionalNumber;
    if (c.kind == Kind::Bool) {
        if (role != Qt::CheckStateRole && role != Qt::EditRole)
            return false;
        parsed = role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool();
    } else if (role != Qt::EditRole) {
        return false;
    } else if (optional && text.isEmpty()) {
        parsed = QVariant();
    } else {
        switch (c.kind) {
        case Kind::Text: parsed = value.toString(); break;
        case Kind::Money:
        case Kind::OptionalMoney: {
            const std::optional<Money> m = parseMoney(text);
            if (!m || *m < 0 || static_cast<double>(*m) > c.maximum)
                return refuse();
            parsed = static_cast<qlonglong>(*m);
            break;
        }
        case Kind::Percent:
        case Kind::OptionalPercent: {
            QString t = text;
            t.remove(QLocale().percent());
            t.remove(QChar('%'));
            const std::optional<double> v = parseNumber(t);
            if (!v || *v / 100.0 < c.minimum || *v / 100.0 > c.maximum)
                return refuse();
            parsed = *v / 100.0;
            break;
        }
        case Kind::Number:
        case Kind::OptionalNumber: {
            const std::optional<double> v = parseNumber(text);
            if (!v || *v < c.minimum || *v > c.maximum)
                return refuse();
            parsed = *v;
            break;
        }
        case Kind::Integer: {
            const std::optional<double> v = parseNumber(text);
            if (!v || *v != std::floor(*v) || *v < c.minimum || *v > c.maximum)
                return refuse();
            parsed = static_cast<qlonglong>(*v);
            break;
        }
        case Kind::Choice: {
            bool ok = false;
            const int v = value.toInt(&ok);
            if (!ok)
                return false;
            // Only one of the choices offered: a reference to something that is not there
            // (a party removed meanwhile) could not be saved.
            if (c.choices) {
                const Choices offered = c.choices(document_->project());
                if (std::none_of(offered.begin(), offered.end(),
                                 [v](const auto &choice) { return choice.second == v; }))
                    return false;
            }
            parsed = v;
            break;
        }
        case Kind::Bool: break;
        }
    }
    Project p = document_->project();
    if (!c.set(p, index.row(), parsed))
        return false;
    const int key = rowKey ? rowKey(document_->project(), index.row()) : index.row();
    const QString scope = keyScope ? keyScope() : QString();
    const QString mergeKey =
        QStringLiteral("%1/%2/%3/%4").arg(tableName_, scope).arg(key).arg(index.column());
    const EditLocation where = locate
                                   ? locate(index.row(), index.column())
                                   : EditLocation{pageId_, index.row(), index.column(), tableName_};
    document_->apply(std::move(p), editText.isEmpty() ? Text::tr("Edit table") : editText,
                     c.kind == Kind::Bool || c.kind == Kind::Choice ? QString() : mergeKey, where);
    return true;
}

QString DesignTableModel::refusalText(const DesignColumn &c, const QString &typed) const {
    auto range = [&](double scale, auto format) {
        return std::make_pair(format(std::max(c.minimum * scale, -1e15)),
                              format(std::min(c.maximum * scale, 1e15)));
    };
    QString takes;
    switch (c.kind) {
    case Kind::Money:
    case Kind::OptionalMoney: {
        const auto [lo, hi] =
            range(1.0, [](double v) { return formatAmount(static_cast<Money>(std::llround(v))); });
        takes = Text::tr("%1: type an amount in kroner from %2 to %3.").arg(c.header, lo, hi);
        break;
    }
    case Kind::Percent:
    case Kind::OptionalPercent: {
        const auto [lo, hi] = range(100.0, [](double v) { return formatNumber(v, QLocale(), 4); });
        takes = Text::tr("%1: type a percentage from %2 to %3.").arg(c.header, lo, hi);
        break;
    }
    case Kind::Number:
    case Kind::OptionalNumber: {
        const auto [lo, hi] = range(1.0, [](double v) { return formatNumber(v, QLocale(), 6); });
        takes = Text::tr("%1: type a number from %2 to %3.").arg(c.header, lo, hi);
        break;
    }
    case Kind::Integer: {
        const auto [lo, hi] = range(1.0, [](double v) {
            return QLocale().toString(static_cast<qlonglong>(std::llround(v)));
        });
        takes = Text::tr("%1: type a whole number from %2 to %3.").arg(c.header, lo, hi);
        break;
    }
    default: return {};
    }
    //: %1 is what was typed into a table cell, %2 what the column takes.
    return Text::tr("“%1” was not taken. %2").arg(typed, takes);
}

// ---- ChoiceDelegate
// ------------------------------------------------------------------------------

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const {
    const QVariant choices = index.data(DesignTableModel::ChoicesRole);
    if (!choices.isValid())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    for (const QVariant &c : choices.toList()) {
        const QVariantList pair = c.toList();
        combo->addItem(pair.value(0).toString(), pair.value(1));
    }
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    if (showsCurrentValue(editor, index))
        return;
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const {
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

// ---- TableEditor
// ---------------------------------------------------------------------------------

TableEditor::TableEditor(Document *document, DesignTableModel *model, const QString &pageId,
                         const QString &name, const QString &accessibleName, Operations ops,
                         QWidget *parent)
    : QWidget(parent)
    , document_(document)
    , model_(model)
    , pageId_(pageId)
    , ops_(std::move(ops)) {
    setObjectName(name + QStringLiteral("Editor"));
    view_ = new QTableView;
    view_->setObjectName(name);
    view_->setModel(model_);
    view_->setAccessibleName(accessibleName);
    view_->setItemDelegate(new ChoiceDelegate(view_));
    view_->setAlternatingRowColors(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectItems);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    view_->setTabKeyNavigation(false); // Tab leaves the table: the buttons are reachable
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &object, const QString &tip) {
        auto *b = new QPushButton(text);
        b->setObjectName(name + object);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        buttons->addWidget(b);
        return b;
    };
    add_ = button(Text::tr("Add"), QStringLiteral("Add"), ops_.addText);
    connect(add_, &QPushButton::clicked, this,
            [this] { run(ops_.add, ops_.addText, model_->rows(document_->project())); });
    if (ops_.duplicate) {
        duplicate_ = button(Text::tr("Duplicate"), QStringLiteral("Duplicate"), ops_.duplicateText);
        connect(duplicate_, &QPushButton::clicked, this, [this] {
            const int row = currentRow();
            if (row >= 0)
                run([this, row](Project &p) { return ops_.duplicate(p, row); }, ops_.duplicateText,
                    row + 1);
        });
    }
    remove_ = button(Text::tr("Remove"), QStringLiteral("Remove"), ops_.removeText);
    connect(remove_, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0 || document_->isReadOnly())
            return;
        if (ops_.removeQuestion) {
            const QString question = ops_.removeQuestion(document_->project(), row);
            if (!question.isEmpty() && !askBeforeLosing(this, question))
                return;
        }
        run([this, row](Project &p) { return ops_.remove(p, row); }, ops_.removeText,
            std::max(0, row - 1));
    });
    if (ops_.move) {
        up_ = button(Text::tr("Move up"), QStringLiteral("Up"), ops_.moveText);
        down_ = button(Text::tr("Move down"), QStringLiteral("Down"), ops_.moveText);
        connect(up_, &QPushButton::clicked, this, [this] {
            const int row = currentRow();
            if (row > 0)
                run([this, row](Project &p) { return ops_.move(p, row, row - 1); }, ops_.moveText,
                    row - 1);
        });
        connect(down_, &QPushButton::clicked, this, [this] {
            const int row = currentRow();
            if (row >= 0 && row + 1 < model_->rowCount())
                run([this, row](Project &p) { return ops_.move(p, row, row + 1); }, ops_.moveText,
                    row + 1);
        });
    }
    buttons->addStretch();
    problem_ = new QLabel;
    problem_->setObjectName(name + QStringLiteral("Problem"));
    problem_->setTextFormat(Qt::PlainText);
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
    problem_->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    layout->addWidget(problem_);
    layout->addLayout(buttons);
    // A refused cell value: say why under the table and at the cell; an accepted edit clears it.
    connect(model_, &DesignTableModel::refused, this,
            [this](int row, int column, const QString &why) {
                problem_->setText(why);
                problem_->show();
                problem_->setAccessibleDescription(why);
                QToolTip::showText(view_->viewport()->mapToGlobal(
                                       view_->visualRect(model_->index(row, column)).bottomLeft()),
                                   why, view_);
            });
    connect(document_, &Document::projectChanged, problem_, &QLabel::hide);
    connect(model_, &QAbstractItemModel::modelReset, this, &TableEditor::updateButtons);
    connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TableEditor::updateButtons);
    connect(document_, &Document::readOnlyChanged, this, &TableEditor::updateButtons);
    if (ops_.cannotAdd) // what it depends on may change on another page
        connect(document_, &Document::projectChanged, this, &TableEditor::updateButtons);
    updateButtons();
}

int TableEditor::currentRow() const {
    const QModelIndex i = view_->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void TableEditor::selectCell(int row, int column) {
    views::selectCell(view_, row, column);
}

void TableEditor::run(const std::function<bool(Project &)> &op, const QString &text,
                      int selectRow) {
    if (!op || document_->isReadOnly())
        return;
    Project p = document_->project();
    if (!op(p))
        return;
    const EditLocation where =
        locate ? locate(selectRow)
               : EditLocation{pageId_, selectRow, std::max(0, view_->currentIndex().column()),
                              view_->objectName()};
    document_->apply(std::move(p), text, {}, where);
    selectCell(selectRow, std::max(0, view_->currentIndex().column()));
}

void TableEditor::updateButtons() {
    const bool editable = !document_->isReadOnly();
    const int row = currentRow();
    const QString cannot = ops_.cannotAdd ? ops_.cannotAdd(document_->project()) : QString();
    add_->setEnabled(editable && static_cast<bool>(ops_.add) && cannot.isEmpty());
    add_->setToolTip(cannot.isEmpty() ? ops_.addText : cannot);
    remove_->setEnabled(editable && row >= 0);
    if (duplicate_)
        duplicate_->setEnabled(editable && row >= 0);
    if (up_)
        up_->setEnabled(editable && row > 0);
    if (down_)
        down_->setEnabled(editable && row >= 0 && row + 1 < model_->rowCount());
}

} // namespace effekt::views
