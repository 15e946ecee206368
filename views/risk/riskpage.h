// The Risk page (DOMAIN.md §8): the scenarios with their key figures side by side and the
// per-metric overrides of the selected one, the risk-sharing chart, the tornado and the Monte Carlo
// simulation, each on its own tab. Every edit goes through Document::apply (one undo step).
#pragma once

#include "pagewidget.h"
#include "riskdata.h"

#include <optional>
#include <vector>

class QComboBox;
class QTabWidget;

namespace effekt::views {

class MonteCarloPanel;
class ResultsChartPanel;
class RiskChartPanel;
class TableEditor;

class RiskPage : public PageWidget {
    Q_OBJECT
public:
    explicit RiskPage(Document *document, QWidget *parent = nullptr);
    // Deletes the child widgets while the page is still a RiskPage: the scenario table's model
    // reads the page's KPIs, and a view closed by ~QWidget would otherwise ask after they are gone.
    ~RiskPage() override;
    void showLocation(const EditLocation &where) override;

    QTabWidget *tabs() const { return tabs_; }
    TableEditor *scenarios() const { return scenarios_; }
    TableEditor *overrides() const { return overrides_; }
    ResultsChartPanel *riskChart() const { return riskChart_; }
    RiskChartPanel *tornadoChart() const { return tornadoChart_; }
    QComboBox *tornadoFigure() const { return tornadoFigure_; }
    MonteCarloPanel *monteCarlo() const { return monteCarlo_; }
    // The tornado the chart shows (brought up to date first).
    const Tornado &tornado();
    // The key figures of each scenario (computeScenarios() on the document's basis), as the table
    // shows them; none where its computation failed.
    const std::vector<std::optional<RiskKpis>> &scenarioKpis() const { return kpis_; }
    // The risk-sharing curve the chart shows (brought up to date first).
    const RiskCurve &curve();

    // The first columns of the scenario table (the rest are its key figures).
    enum ScenarioColumn {
        NameColumn,
        FactorColumn,
        DelayColumn,
        IntakeColumn,
        CostColumn,
        SavingsColumn,
        DiscountColumn,
        PaymentsColumn
    };

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildScenarioTab();
    void refreshKpis();
    void refreshCurve();
    void refreshShown();
    void refreshTornado();
    void scenarioChosen();
    EditLocation overrideLocation(int row, int column) const;

    Document *document_;
    QTabWidget *tabs_;
    TableEditor *scenarios_ = nullptr;
    TableEditor *overrides_ = nullptr;
    int scenarioId_ = -1; // the scenario whose per-metric overrides are shown
    std::vector<std::optional<RiskKpis>> kpis_;
    Basis kpiBasis_ = Basis::Forecast;
    QWidget *sharingTab_ = nullptr;
    ResultsChartPanel *riskChart_ = nullptr;
    RiskCurve curve_;
    bool curveDirty_ = true;
    QWidget *tornadoTab_ = nullptr;
    RiskChartPanel *tornadoChart_ = nullptr;
    QComboBox *tornadoFigure_ = nullptr;
    Tornado tornado_;
    bool tornadoDirty_ = true;
    MonteCarloPanel *monteCarlo_ = nullptr;
};

} // namespace effekt::views
