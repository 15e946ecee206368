#include "outcomespage.h"

#include "editordelegate.h"
#include "format.h"
#include "gridclipboard.h"
#include "valuelimits.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace effekt::views {

using Series = OutcomeGridModel::Series;

// ---- FillDialog
// ----------------------------------------------------------------------------------

FillDialog::FillDialog(const OutcomeGridModel *grid, int metricRow, int from, int to,
                       QWidget *parent)
    : QDialog(parent)
    , grid_(grid) {
    setObjectName(QStringLiteral("fillDialog"));
    setWindowTitle(tr("Fill a Row"));
    metric_ = new QComboBox;
    metric_->setObjectName(QStringLiteral("fillMetric"));
    for (int r = 0; r < grid->rowCount(); ++r)
        metric_->addItem(grid->rowName(r));
    metric_->setCurrentIndex(std::clamp(metricRow, 0, std::max(0, metric_->count() - 1)));
    start_ = new QLineEdit(QStringLiteral("0"));
    start_->setObjectName(QStringLiteral("fillStart"));
    start_->setToolTip(tr("The value of the first period filled"));
    step_ = new QLineEdit(QStringLiteral("0"));
    step_->setObjectName(QStringLiteral("fillStep"));
    step_->setToolTip(tr("Added to the value from one period to the next (may be negative)"));
    from_ = new QComboBox;
    from_->setObjectName(QStringLiteral("fillFrom"));
    to_ = new QComboBox;
    to_->setObjectName(QStringLiteral("fillTo"));
    for (int t = 0; t < grid->columnCount(); ++t) {
        from_->addItem(grid->headerData(t, Qt::Horizontal).toString());
        to_->addItem(grid->headerData(t, Qt::Horizontal).toString());
    }
    from_->setCurrentIndex(std::max(0, from));
    to_->setCurrentIndex(std::max(0, to));
    for (QWidget *w : {static_cast<QWidget *>(metric_), static_cast<QWidget *>(start_),
                       static_cast<QWidget *>(step_), static_cast<QWidget *>(from_),
                       static_cast<QWidget *>(to_)})
        w->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);

    auto *form = new QFormLayout;
    form->addRow(tr("&Metric:"), metric_);
    form->addRow(tr("&Start value:"), start_);
    form->addRow(tr("&Growth per period:"), step_);
    form->addRow(tr("F&rom period:"), from_);
    form->addRow(tr("&To period:"), to_);
    metric_->setAccessibleName(tr("Metric"));
    start_->setAccessibleName(tr("Start value"));
    step_->setAccessibleName(tr("Growth per period"));
    from_->setAccessibleName(tr("From period"));
    to_->setAccessibleName(tr("To period"));

    problem_ = new QLabel;
    problem_->setObjectName(QStringLiteral("fillProblem"));
    problem_->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Fill"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Each period from the first to the last gets the start value plus the growth once "
           "more than the period before."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(buttons);

    connect(start_, &QLineEdit::textChanged, this, &FillDialog::validate);
    connect(step_, &QLineEdit::textChanged, this, &FillDialog::validate);
    connect(metric_, &QComboBox::currentIndexChanged, this, &FillDialog::validate);
    connect(from_, &QComboBox::currentIndexChanged, this, &FillDialog::validate);
    connect(to_, &QComboBox::currentIndexChanged, this, &FillDialog::validate);
    validate();
    start_->setFocus();
    start_->selectAll();
}

int FillDialog::metricRow() const {
    return metric_->currentIndex();
}
int FillDialog::from() const {
    return from_->currentIndex();
}
int FillDialog::to() const {
    return to_->currentIndex();
}
std::optional<double> FillDialog::start() const {
    return grid::parseCellNumber(start_->text());
}
std::optional<double> FillDialog::step() const {
    return step_->text().trimmed().isEmpty() ? std::optional<double>(0.0)
                                             : grid::parseCellNumber(step_->text());
}

void FillDialog::validate() {
    QString problem;
    if (metric_->count() == 0)
        problem = tr("There is no metric to fill: add one on the Outcome metrics page.");
    else if (grid_->isSumRow(metricRow()))
        problem = tr("This row is the sum of the metric's cohorts: fill a cohort's row instead.");
    else if (!start())
        problem = tr("The start value is not a number.");
    else if (!step())
        problem = tr("The growth per period is not a number.");
    else if (from() > to())
        problem = tr("The first period comes after the last.");
    else if (*start() < 0 || *start() + *step() * (to() - from()) < 0)
        problem = tr("The values would fall below zero.");
    problem_->setText(problem);
    problem_->setVisible(!problem.isEmpty());
    ok_->setEnabled(problem.isEmpty());
}

// ---- OutcomesPage
// --------------------------------------------------------------------------------

OutcomesPage::OutcomesPage(Document *document, QWidget *parent)
    : PageWidget(parent)
    , document_(document) {
    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("outcomeTabs"));
    const QString tabTitles[4] = {tr("&Plan"), tr("A&ctual"), tr("Co&unterfactual"),
                                  tr("F&orecast")};
    const QString accessible[4] = {tr("Planned outcomes"), tr("Actual outcomes"),
                                   tr("Counterfactual per period"),
                                   tr("Forecast: actual where reported, else plan")};
    const QString tips[4] = {
        tr("The observed value a(t) each metric is planned to reach in each period"),
        tr("The observed value reported for each period; empty until reported"),
        tr("What would have happened anyway, b(t): the baseline or comparison group"),
        tr("What the results use: the actual where reported, the plan elsewhere (grey, italic)")};
    for (int s = 0; s < 4; ++s) {
        const auto series = static_cast<Series>(s);
        auto *model = new OutcomeGridModel(document, series, this);
        auto *view = new QTableView;
        view->setObjectName(OutcomeGridModel::gridName(series));
        view->setModel(model);
        view->setItemDelegate(new EditorDelegate(view));
        view->setAccessibleName(accessible[s]);
        view->setAlternatingRowColors(true);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setMinimumSectionSize(
            view->fontMetrics().horizontalAdvance(QStringLiteral("0000000,00")));
        view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setEditTriggers(model->isEditableSeries() ? QAbstractItemView::AllEditTriggers
                                                        : QAbstractItemView::NoEditTriggers);
        view->installEventFilter(this);
        models_[s] = model;
        views_[s] = view;
        QWidget *tab = view;
        if (series == Series::Forecast) {
            tab = new QWidget;
            auto *box = new QVBoxLayout(tab);
            box->setContentsMargins(0, 0, 0, 0);
            auto *legend = new QLabel(tr("Read-only. Grey italic values come from the plan: no "
                                         "actual value is reported for that period yet."));
            legend->setWordWrap(true);
            box->addWidget(legend);
            box->addWidget(view);
        }
        const int i = tabs_->addTab(tab, tabTitles[s]);
        tabs_->setTabToolTip(i, tips[s]);
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &OutcomesPage::updateActions);
    }

    copyButton_ = new QPushButton(tr("Cop&y"));
    copyButton_->setObjectName(QStringLiteral("copyCells"));
    copyButton_->setToolTip(tr("Copy the selected cells as tab-separated text (Ctrl+C)"));
    pasteButton_ = new QPushButton(tr("P&aste"));
    pasteButton_->setObjectName(QStringLiteral("pasteCells"));
    pasteButton_->setToolTip(
        tr("Paste cells copied from a spreadsheet at the current cell (Ctrl+V)"));
    clearButton_ = new QPushButton(tr("Clea&r"));
    clearButton_->setObjectName(QStringLiteral("clearCells"));
    clearButton_->setToolTip(tr("Empty the selected cells (Delete)"));
    fillButton_ = new QPushButton(tr("Fi&ll Row…"));
    fillButton_->setObjectName(QStringLiteral("fillRow"));
    fillButton_->setToolTip(
        tr("Fill a metric's row from a start value and a growth per period (Ctrl+D)"));
    connect(copyButton_, &QPushButton::clicked, this, &OutcomesPage::copy);
    connect(pasteButton_, &QPushButton::clicked, this, &OutcomesPage::paste);
    connect(clearButton_, &QPushButton::clicked, this, &OutcomesPage::clearSelection);
    connect(fillButton_, &QPushButton::clicked, this, [this] { showFillDialog(); });
    // The same commands in each grid's context menu; their keys are handled in eventFilter().
    auto menuText = [](const QString &text, const QKeySequence &key) {
        return text + QLatin1Char('\t') + key.toString(QKeySequence::NativeText);
    };
    for (QTableView *view : views_) {
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto add = [&](const QString &text, const QKeySequence &key, QPushButton *button) {
            auto *a = new QAction(menuText(text, key), view);
            connect(a, &QAction::triggered, button, &QPushButton::click);
            menuActions_.push_back({a, button});
            view->addAction(a);
        };
        add(tr("Copy"), QKeySequence::Copy, copyButton_);
        add(tr("Paste"), QKeySequence::Paste, pasteButton_);
        add(tr("Clear"), QKeySequence(Qt::Key_Delete), clearButton_);
        add(tr("Fill Row…"), QKeySequence(Qt::CTRL | Qt::Key_D), fillButton_);
    }
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {copyButton_, pasteButton_, clearButton_, fillButton_})
        buttons->addWidget(b);
    buttons->addStretch();

    message_ = new QLabel;
    message_->setObjectName(QStringLiteral("gridMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    message_->setFrameShape(QFrame::StyledPanel);
    message_->hide();

    auto *intro = new QLabel(
        tr("Observed value of each metric per period: the plan, the actual values as they are "
           "reported, and the counterfactual (what would have happened anyway). Leave an actual "
           "cell empty until it is reported: the forecast uses the plan there. Paste from a "
           "spreadsheet with Ctrl+V. A metric tested cohort by cohort has a row per cohort; its "
           "own row, in bold, is their sum."));
    intro->setWordWrap(true);
    empty_ = new QLabel(tr("There are no outcome metrics yet: add them on the Outcome metrics "
                           "page, and their rows appear here."));
    empty_->setObjectName(QStringLiteral("outcomesEmptyHint"));
    empty_->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(empty_);
    layout->addWidget(tabs_, 1);
    layout->addLayout(buttons);
    layout->addWidget(message_);

    connect(tabs_, &QTabWidget::currentChanged, this, &OutcomesPage::updateActions);
    connect(document_, &Document::readOnlyChanged, this, &OutcomesPage::updateActions);
    connect(document_, &Document::projectChanged, this, &OutcomesPage::updateActions);
    connect(document_, &Document::messagesOutdated, this, [this] { setMessage(QString(), false); });
    setTabOrder(tabs_, views_[0]);
    updateActions();
}

QTableView *OutcomesPage::currentView() const {
    return views_[std::clamp(tabs_->currentIndex(), 0, 3)];
}

OutcomeGridModel *OutcomesPage::currentModel() const {
    return models_[std::clamp(tabs_->currentIndex(), 0, 3)];
}

QString OutcomesPage::message() const {
    return message_->isHidden() ? QString() : message_->text();
}

void OutcomesPage::setMessage(const QString &text, bool problem) {
    message_->setText(problem && !text.isEmpty() ? QStringLiteral("\u26A0 ") + text : text);
    message_->setProperty("problem", problem);
    message_->setVisible(!text.isEmpty());
}

void OutcomesPage::updateActions() {
    const bool editable = currentModel()->isEditableSeries() && !document_->isReadOnly();
    const bool hasCells = currentModel()->rowCount() > 0 && currentModel()->columnCount() > 0;
    const bool selected = currentView()->selectionModel()->hasSelection();
    empty_->setVisible(currentModel()->rowCount() == 0);
    copyButton_->setEnabled(hasCells);
    pasteButton_->setEnabled(editable && hasCells);
    clearButton_->setEnabled(editable && selected);
    fillButton_->setEnabled(editable && hasCells);
    for (const auto &[action, button] : menuActions_)
        action->setEnabled(button->isEnabled());
}

void OutcomesPage::showLocation(const EditLocation &where) {
    int s = 0;
    for (int i = 0; i < 4; ++i)
        if (where.field == OutcomeGridModel::gridName(static_cast<Series>(i)) ||
            where.field == OutcomeGridModel::gridName(static_cast<Series>(i)).chopped(4))
            s = i;
    tabs_->setCurrentIndex(s);
    QTableView *view = views_[s];
    const QAbstractItemModel *model = view->model();
    if (where.row < 0 || model->rowCount() == 0 || model->columnCount() == 0)
        return;
    const int top = std::min(where.row, model->rowCount() - 1);
    const int left = std::clamp(where.column, 0, model->columnCount() - 1);
    const int bottom = std::min(top + std::max(1, where.rowSpan) - 1, model->rowCount() - 1);
    const int right = std::min(left + std::max(1, where.columnSpan) - 1, model->columnCount() - 1);
    const QModelIndex first = model->index(top, left);
    view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(QItemSelection(first, model->index(bottom, right)),
                                   QItemSelectionModel::ClearAndSelect);
    view->scrollTo(model->index(bottom, right));
    view->scrollTo(first);
    view->setFocus();
}

QString OutcomesPage::selectionText() const {
    const QTableView *view = currentView();
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    QModelIndexList cells = selected;
    if (cells.isEmpty() && view->currentIndex().isValid())
        cells << view->currentIndex();
    if (cells.isEmpty())
        return {};
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QModelIndex &i : cells) {
        top = std::min(top, i.row());
        left = std::min(left, i.column());
        bottom = std::max(bottom, i.row());
        right = std::max(right, i.column());
    }
    QList<QStringList> rows(bottom - top + 1, QStringList(right - left + 1));
    for (const QModelIndex &i : cells)
        rows[i.row() - top][i.column() - left] = i.data(Qt::EditRole).toString();
    return grid::toTsv(rows);
}

void OutcomesPage::copy() {
    const QString text = selectionText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void OutcomesPage::paste() {
    pasteText(QGuiApplication::clipboard()->text());
}

bool OutcomesPage::pasteText(const QString &text) {
    OutcomeGridModel *model = currentModel();
    QTableView *view = currentView();
    if (!model->isEditableSeries()) {
        setMessage(tr("The forecast is computed from the plan and the actual values: paste into "
                      "the Plan or Actual tab instead."),
                   true);
        return false;
    }
    if (document_->isReadOnly()) {
        setMessage(tr("The project is open read-only."), true);
        return false;
    }
    const grid::NumberBlock block = grid::parseNumberBlock(text);
    if (block.rows() == 0 || model->rowCount() == 0 || model->columnCount() == 0) {
        setMessage(tr("There is nothing to paste."), true);
        return false;
    }
    // At the top-left cell of the selection holding the current cell, else at the current cell.
    QModelIndex anchor = view->currentIndex();
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    if (!selected.isEmpty() && (!anchor.isValid() || selected.contains(anchor))) {
        anchor = selected.first();
        for (const QModelIndex &i : selected)
            if (i.row() < anchor.row() || (i.row() == anchor.row() && i.column() < anchor.column()))
                anchor = i;
    }
    if (!anchor.isValid())
        anchor = model->index(0, 0);

    std::vector<OutcomeGridModel::Cell> cells;
    QStringList bad;
    auto describe = [&](int row, int column, const QString &cell, const QString &why) {
        const QString where = row < model->rowCount() && column < model->columnCount()
                                  ? model->cellName(row, column)
                                  : tr("row %1, column %2 of the pasted cells")
                                        .arg(row - anchor.row() + 1)
                                        .arg(column - anchor.column() + 1);
        //: One bad cell of a paste: %1 where, %2 the text pasted, %3 why it is refused.
        bad << tr("%1: “%2” %3").arg(where, cell.trimmed(), why);
    };
    for (const grid::NumberBlock::Bad &b : block.bad)
        describe(anchor.row() + b.row, anchor.column() + b.column, b.text, tr("is not a number"));

    int top = anchor.row(), left = anchor.column(), rows = 0, columns = 0, outside = 0;
    const bool single = block.rows() == 1 && block.columns() == 1;
    if (single && selected.size() > 1) {
        // One value into a selection: every selected cell gets it.
        const std::optional<double> v = block.values[0][0];
        int bottom = -1, right = -1;
        for (const QModelIndex &i : selected) {
            cells.push_back({i.row(), i.column(), v});
            top = std::min(top, i.row());
            left = std::min(left, i.column());
            bottom = std::max(bottom, i.row());
            right = std::max(right, i.column());
        }
        rows = bottom - top + 1;
        columns = right - left + 1;
    } else {
        for (int r = 0; r < block.rows(); ++r)
            for (std::size_t c = 0; c < block.values[static_cast<std::size_t>(r)].size(); ++c) {
                const int row = anchor.row() + r;
                const int column = anchor.column() + static_cast<int>(c);
                if (row >= model->rowCount() || column >= model->columnCount()) {
                    ++outside;
                    continue;
                }
                cells.push_back({row, column, block.values[static_cast<std::size_t>(r)][c]});
                rows = std::max(rows, r + 1);
                columns = std::max(columns, static_cast<int>(c) + 1);
            }
    }
    for (const OutcomeGridModel::Cell &c : cells)
        if (model->isSumRow(c.row))
            describe(c.row, c.column, c.value ? grid::formatCellNumber(*c.value) : QString(),
                     tr("falls on the sums of a metric's cohorts, which are read-only"));
        else if (c.value && *c.value < 0)
            describe(c.row, c.column, grid::formatCellNumber(*c.value), tr("is negative"));
        else if (c.value && *c.value > limits::kMaxQuantity)
            describe(c.row, c.column, grid::formatCellNumber(*c.value),
                     tr("is more than the most a project can hold (%1)")
                         .arg(formatNumber(limits::kMaxQuantity, QLocale(), 0)));

    if (!bad.isEmpty()) {
        const int n = static_cast<int>(bad.size());
        constexpr int kShown = 12;
        QStringList shown = bad.mid(0, kShown);
        if (n > kShown)
            shown << tr("… and %n more.", "", n - kShown);
        setMessage(tr("Nothing was pasted: %n cell(s) cannot be used.", "", n) + QLatin1Char('\n') +
                       shown.join(QLatin1Char('\n')),
                   true);
        return false;
    }
    if (cells.empty()) {
        setMessage(tr("The pasted cells fall outside the grid."), true);
        return false;
    }
    const int n = static_cast<int>(cells.size());
    const EditLocation where{QStringLiteral("outcomes"),
                             top,
                             left,
                             OutcomeGridModel::gridName(model->series()),
                             rows,
                             columns};
    model->setCells(cells,
                    tr("Paste %n cell(s) into the %1", "", n)
                        .arg(OutcomeGridModel::seriesName(model->series())),
                    where);
    showLocation(where);
    QString done = tr("Pasted %n cell(s).", "", n);
    if (outside > 0)
        done += QLatin1Char(' ') + tr("%n cell(s) beyond the grid were left out.", "", outside);
    setMessage(done, false);
    return true;
}

bool OutcomesPage::clearSelection() {
    QModelIndexList cells = currentView()->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && currentView()->currentIndex().isValid())
        cells << currentView()->currentIndex();
    if (!currentModel()->isEditableSeries() || cells.isEmpty())
        return false;
    return currentModel()->clear(cells);
}

FillDialog *OutcomesPage::showFillDialog() {
    OutcomeGridModel *model = currentModel();
    if (!model->isEditableSeries() || document_->isReadOnly() || model->rowCount() == 0 ||
        model->columnCount() == 0)
        return nullptr;
    const QModelIndex current = currentView()->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    const int from = current.isValid() ? current.column() : 0;
    auto *dialog = new FillDialog(model, row, from, model->columnCount() - 1, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, model] {
        if (model->fill(dialog->metricRow(), dialog->from(), dialog->to(), *dialog->start(),
                        *dialog->step())) {
            showLocation(EditLocation{QStringLiteral("outcomes"), dialog->metricRow(),
                                      dialog->from(), OutcomeGridModel::gridName(model->series()),
                                      1, dialog->to() - dialog->from() + 1});
            setMessage(QString(), false);
        }
    });
    dialog->open();
    return dialog;
}

bool OutcomesPage::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            copy();
            return true;
        }
        if (key->matches(QKeySequence::Paste)) {
            paste();
            return true;
        }
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) &&
            key->modifiers() == Qt::NoModifier) {
            clearSelection();
            return true;
        }
        if (key->key() == Qt::Key_D && key->modifiers() == Qt::ControlModifier) {
            showFillDialog();
            return true;
        }
    }
    return PageWidget::eventFilter(watched, event);
}

} // namespace effekt::views
