// The Monte Carlo tab of the Risk page (DOMAIN.md §8): per-metric distributions of the achievement
// factor (each with a picture of its density), the correlation, the number of trials and the seed,
// all edited through the document's undo; Run simulates in the background with a progress bar and
// Cancel, never blocking the window; the result cards, the fan chart of cumulative payments and
// the histograms of the investors' multiple and of the commissioner's net cost under both forms.
#pragma once

#include "document.h"
#include "montecarlo.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;

namespace effekt::views {

class FormBinder;
class ResultsChartPanel;
class RiskChartPanel;
class SimulationRunner;
class TableEditor;
class ValueEdit;

class MonteCarloPanel : public QWidget {
    Q_OBJECT
public:
    explicit MonteCarloPanel(Document *document, QWidget *parent = nullptr);
    ~MonteCarloPanel() override;

    TableEditor *distributions() const { return distributions_; }
    ValueEdit *correlationEdit() const { return correlation_; }
    ValueEdit *trialsEdit() const { return trials_; }
    ValueEdit *seedEdit() const { return seed_; }
    QPushButton *runButton() const { return run_; }
    QPushButton *cancelButton() const { return cancel_; }
    QProgressBar *progressBar() const { return progress_; }
    QLabel *statusLabel() const { return status_; }
    SimulationRunner *runner() const { return runner_; }
    // The result shown, when it was simulated from `project` (none: no run, or of another
    // version of the contract). The printed term sheet quotes it only then.
    const SimulationResult *resultFor(const Project &project) const;
    RiskChartPanel *fanChart() const { return fan_; }
    ResultsChartPanel *multipleChart() const { return multiples_; }
    ResultsChartPanel *netCostChart() const { return netCosts_; }
    // The result cards: investor loss, total cap reached, termination, pays more than traditional.
    std::vector<QLabel *> cards() const { return cards_; }

    // Starts a run of the document's project (as the Run button does).
    void run();

    // The columns of the distributions table.
    enum Column {
        MetricColumn,
        KindColumn,
        MinColumn,
        ModeColumn,
        MaxColumn,
        DelayColumn,
        PictureColumn
    };

private:
    void finished();
    void showResult();
    void updateButtons();

    Document *document_;
    FormBinder *binder_;
    TableEditor *distributions_;
    ValueEdit *correlation_;
    ValueEdit *trials_;
    ValueEdit *seed_;
    QPushButton *run_;
    QPushButton *cancel_;
    QProgressBar *progress_;
    QLabel *status_;
    QTimer *poll_;
    SimulationRunner *runner_;
    std::vector<QLabel *> cards_;
    QTabWidget *charts_;
    RiskChartPanel *fan_;
    ResultsChartPanel *multiples_;
    ResultsChartPanel *netCosts_;
    Project runProject_; // the project the shown result was simulated from
    bool hasResult_ = false;
};

} // namespace effekt::views
