// Presentation mode (View ▸ Presentation Mode, F11; Esc or F11 leaves): a full-screen window in
// large type for workshops, with the headline key figures, the payments chart, the risk-sharing
// chart, what-if sliders (overall achievement, each metric's achievement, delay, intake, delivery
// cost) and a comparison of a traditional contract with the effektkontrakt at the slider's level.
//
// The sliders are a temporary layer over the project: a Scenario held here, applied by
// applyScenario() as a pure function (whatif.h). They never reach the undo stack or the file, until
// "Keep as scenario" stores the what-if as a named scenario through Document::apply (one undoable
// step). The window is its own top-level window: the main window under it is left as it was, so
// leaving restores it exactly.
#pragma once

#include "document.h"
#include "riskdata.h"
#include "whatif.h"

#include <QSize>
#include <QWidget>

#include <functional>
#include <map>
#include <optional>

class QLabel;
class QPushButton;
class QSlider;
class QVBoxLayout;
class QChart;

namespace effekt::views {

class ResultsChartView;

class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    explicit PresentationWindow(Document *document, QWidget *parent = nullptr);

    // Shows the window full screen on the screen of `over` (or its own), in front.
    void enter(QWidget *over = nullptr);
    // Closes the window and gives the focus back to the window it was entered over.
    void leave();

    // The what-if the sliders set (id 0, no name: not part of the project).
    const Scenario &whatIf() const { return whatIf_; }
    // The what-if computed, as the key figures and the payments chart show it.
    const WhatIfRun &run() const { return run_; }
    // The risk-sharing curve drawn (of the project as it stands, kWhatIfSteps steps).
    const RiskCurve &curve() const { return curve_; }
    // The point of the curve at the overall slider's level, as the comparison shows it.
    const RiskCurvePoint &comparisonPoint() const;

    QSlider *factorSlider() const { return factor_; }
    QSlider *delaySlider() const { return delay_; }
    QSlider *intakeSlider() const { return intake_; }
    QSlider *costSlider() const { return cost_; }
    QSlider *metricSlider(int metricId) const;
    ResultsChartView *paymentsChart() const { return payments_; }
    ResultsChartView *riskChart() const { return risk_; }
    QPushButton *keepButton() const { return keep_; }
    // The value shown for a key figure (computeKpis ids), empty when not shown.
    QString kpiText(const QString &id) const;
    // A comparison cell: "effektPays", "traditionalPays", "effektNet", "traditionalNet",
    // "investors", or "loss" (the sentence).
    QString comparisonText(const QString &cell) const;

    // Asks the name of a kept scenario (tests answer it); none cancels.
    using NameQuestion = std::function<std::optional<QString>(const QString &suggested)>;
    void setNameQuestion(NameQuestion question) { nameQuestion_ = std::move(question); }
    // "Keep as scenario": asks the name and adds the what-if to the project's scenarios as one
    // undoable step. Returns whether it did.
    bool keepAsScenario();
    // The sliders back to the plan (100 %, no delay).
    void resetWhatIf();

    // Recomputes now what the sliders' moves have scheduled (they are coalesced: one computation
    // per turn of the event loop, however many moves came in).
    void flush();
    // How long the last update of the figures and charts took, in milliseconds.
    double lastUpdateMs() const { return lastUpdateMs_; }

signals:
    void left();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void rebuildMetricSliders();
    void sliderMoved();
    void schedule();
    void projectChanged();
    void updateFigures();
    void updateRiskChart();
    void updateComparison();
    void updateValueLabels();
    void applyScale();
    void fitKpis();
    void styleChart(QChart *chart) const;

    Document *document_;
    QWidget *over_ = nullptr;
    Scenario whatIf_;
    WhatIfRun run_;
    RiskCurve curve_;
    Project curveProject_; // the project of curve_, without its scenarios
    Basis basis_ = Basis::Forecast;
    bool pending_ = false;
    bool curveDirty_ = true;
    double lastUpdateMs_ = 0;
    double basePoint_ = 12;
    QString message_; // shown above the figures until the next slider move

    QLabel *title_ = nullptr;
    QLabel *summary_ = nullptr;
    QLabel *notice_ = nullptr;
    QPushButton *keep_ = nullptr;
    QPushButton *reset_ = nullptr;
    QPushButton *exit_ = nullptr;
    QSlider *factor_ = nullptr;
    QSlider *delay_ = nullptr;
    QSlider *intake_ = nullptr;
    QSlider *cost_ = nullptr;
    std::map<QSlider *, QLabel *> valueLabels_;
    QWidget *metricBox_ = nullptr;
    QVBoxLayout *metricLayout_ = nullptr;
    std::map<int, QSlider *> metricSliders_;
    std::vector<int> metricIds_;
    QWidget *kpiRow_ = nullptr;
    ResultsChartView *payments_ = nullptr;
    ResultsChartView *risk_ = nullptr;
    std::map<ResultsChartView *, QLabel *> legends_; // each chart's legend, as wrapping text
    QLabel *compareHeading_ = nullptr;
    std::map<QString, QLabel *> compare_;
    NameQuestion nameQuestion_;
};

// View ▸ Presentation Mode: the presentation window of `window` (a child window it owns, deleted
// on leaving), entered; a second call while it is shown leaves it.
PresentationWindow *togglePresentation(Document *document, QWidget *window);

// Renders presentation mode of `document` at `size`, with the overall slider at 80 %, to a PNG
// file (scripts/screenshots, through effekt-studio --screenshots).
bool savePresentationScreenshot(Document *document, QWidget *over, const QString &file,
                                const QSize &size = QSize(1280, 720));

} // namespace effekt::views
