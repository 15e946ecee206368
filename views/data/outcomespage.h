// The outcome data page: the grid of metrics × periods for the plan, the reported actuals, the
// counterfactual b(t) and the forecast (read-only), as tabs. Copy and paste with spreadsheets
// (Ctrl+C, Ctrl+V, Delete on the selection; tab-separated text), and filling a row from a start
// value and a growth step. Each paste, fill or clear is one undo step; undo and redo select the
// block again.
#pragma once

#include "outcomegridmodel.h"
#include "pagewidget.h"

#include <QDialog>

#include <utility>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace effekt::views {

// Fill a row: value(t) = start + step × (t − from) for t = from … to.
class FillDialog : public QDialog {
    Q_OBJECT
public:
    // The rows and periods of `grid`; a row of sums (a metric tested cohort by cohort) is
    // listed but cannot be filled.
    FillDialog(const OutcomeGridModel *grid, int row, int from, int to, QWidget *parent = nullptr);
    int metricRow() const;
    int from() const;
    int to() const;
    std::optional<double> start() const;
    std::optional<double> step() const;

private:
    void validate();
    const OutcomeGridModel *grid_;
    QComboBox *metric_;
    QLineEdit *start_;
    QLineEdit *step_;
    QComboBox *from_;
    QComboBox *to_;
    QLabel *problem_;
    QPushButton *ok_;
};

class OutcomesPage : public PageWidget {
    Q_OBJECT
public:
    explicit OutcomesPage(Document *document, QWidget *parent = nullptr);
    void showLocation(const EditLocation &where) override;

    OutcomeGridModel *planModel() const { return models_[0]; }
    OutcomeGridModel *actualModel() const { return models_[1]; }
    OutcomeGridModel *counterfactualModel() const { return models_[2]; }
    OutcomeGridModel *forecastModel() const { return models_[3]; }
    OutcomeGridModel *model(OutcomeGridModel::Series series) const {
        return models_[static_cast<int>(series)];
    }
    QTableView *view(OutcomeGridModel::Series series) const {
        return views_[static_cast<int>(series)];
    }
    QTabWidget *tabs() const { return tabs_; }
    QTableView *currentView() const;
    OutcomeGridModel *currentModel() const;
    // The last message shown above the grid (a refused paste, what was pasted), or empty.
    QString message() const;

    // The selection of the current grid as tab-separated text in the user's locale; also put on
    // the clipboard by copy().
    QString selectionText() const;
    void copy();
    // Pastes tab-separated text at the current cell of the current grid (one value into a larger
    // selection fills it). All or nothing: when a cell is not a number, nothing changes and the
    // message lists the bad cells. Returns whether it was applied.
    bool pasteText(const QString &text);
    void paste(); // from the clipboard
    bool clearSelection();
    // Opens the fill dialog (window-modal, returns at once); accepting it fills the row.
    FillDialog *showFillDialog();

private:
    void setMessage(const QString &text, bool problem);
    void updateActions();

    Document *document_;
    OutcomeGridModel *models_[4];
    QTableView *views_[4];
    QTabWidget *tabs_;
    QLabel *message_;
    QLabel *empty_;
    QPushButton *copyButton_;
    QPushButton *pasteButton_;
    QPushButton *clearButton_;
    QPushButton *fillButton_;
    std::vector<std::pair<QAction *, QPushButton *>> menuActions_;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace effekt::views
