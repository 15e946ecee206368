// The Results page: KPI cards, charts (against the engine's Results), the statement and its CSV,
// the diagnostics panel, chart export and the asynchronous recomputation of the document.
#include "chartexport.h"
#include "diagnosticspanel.h"
#include "diagnostictext.h"
#include "document.h"
#include "format.h"
#include "i18n.h"
#include "kpicards.h"
#include "outcomegridmodel.h"
#include "payoutcurve.h"
#include "resultschart.h"
#include "resultschartpanel.h"
#include "resultspage.h"
#include "statementmodel.h"
#include "testutil.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGuiApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>
#include <QXYSeries>

#include "gui.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>

using namespace effekt;
using namespace effekt::views;
using effekt::test::Language;

using effekt::test::S;

namespace {

// The full engine (DOMAIN.md §4–§6) fills the investors' account; the first slice did not.
bool fullEngine(const Results &r) {
    return r.investors.size() == 1 && r.investors[0].drawn > 0;
}

Money sum(const std::vector<Money> &v) {
    Money s = 0;
    for (Money x : v)
        s += x;
    return s;
}

std::vector<double> thousands(std::initializer_list<double> v) {
    std::vector<double> out;
    for (double x : v)
        out.push_back(x * 1000.0);
    return out;
}

// Sum of every stacked bar set of a chart in each period.
std::vector<double> stackTotals(ResultsChartPanel &panel) {
    std::vector<double> total(static_cast<std::size_t>(panel.data().categories.size()), 0.0);
    for (const ChartSeries &s : panel.data().series)
        if (s.kind == ChartSeries::Kind::StackedBar) {
            const std::vector<double> plotted = panel.chartView()->plotted(s.name);
            for (std::size_t t = 0; t < total.size(); ++t)
                total[t] += plotted.at(t);
        }
    return total;
}

const char *const kM1 = "I arbeid i 13 uker";
const char *const kM2 = "Fullført videregående opplæring";

// The worked example with M1 reported as 2, 3, 3, 4 in Q1–Q4 2027 and a review at the end of
// Q4 2027 requiring 80 % of M1's planned units (tests/model/engine/test_termination.cpp): 4 of
// the 13.6 required are reached, so the contract ends after Q4 2027 (t = 3).
Project failingReview() {
    Project p = workedExample();
    const double reported[] = {2, 3, 3, 4};
    for (std::size_t t = 0; t < 4; ++t)
        p.metrics[0].actual[t] = reported[t];
    p.termination.reviews = {ReviewPoint{4, 5, ReviewTest::OutcomePayments, std::nullopt, 0.1},
                             ReviewPoint{7, 3, ReviewTest::MetricUnits, 1, 0.8}};
    p.termination.payment = 200'000 * money::kMinorPerMajor;
    p.termination.payeeId = 3;
    return p;
}

// The chart's series of this name, or nullptr.
QXYSeries *seriesNamed(QChart *chart, const QString &name) {
    for (QAbstractSeries *s : chart->series())
        if (s->name() == name)
            return qobject_cast<QXYSeries *>(s);
    return nullptr;
}
} // namespace

BOOST_AUTO_TEST_SUITE(results_page)

BOOST_AUTO_TEST_CASE(kpi_cards_of_the_worked_example_in_english_and_norwegian) {
    Document doc;
    doc.reset(workedExample());
    const Results &r = doc.results();
    {
        ResultsPage page(&doc);
        const KpiCards *cards = page.kpiCards();
        // Every card has a value and a tooltip that says how it is computed.
        for (const char *id : {"maxPayment", "forecastPayment", "netValue", "bcr", "investor",
                               "irr", "breakEven", "riskTransferred"}) {
            BOOST_TEST_CONTEXT(id) {
                BOOST_TEST(!cards->valueText(QString::fromLatin1(id)).isEmpty());
                BOOST_TEST(cards->toolTip(QString::fromLatin1(id)).size() > 30);
            }
        }
        // English: "NOK" before the amount, comma thousands, decimal point.
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        BOOST_TEST(S(cards->valueText("forecastPayment")) ==
                   S(QStringLiteral("NOK ") + en.toString(qlonglong(r.forecastPayment / 100))));
        if (fullEngine(r)) {
            // DOMAIN.md §9: 4,240,000 paid in all; net 4,126,694.22; BCR 8,098,886.51 /
            // 3,972,192.29 = 2.0389; multiple 1,700,000 / 1,460,000 = 1.16438; IRR 10.069 % a year
            // (2.4274 % a quarter).
            BOOST_TEST(S(cards->valueText("forecastPayment")) == "NOK 4,240,000");
            BOOST_TEST(S(cards->valueText("netValue")) == "NOK 4,126,694.22");
            BOOST_TEST(S(cards->valueText("bcr")) == "2.04");
            BOOST_TEST(S(cards->valueText("investor")) == "1.16×");
            BOOST_TEST(S(cards->detailText("investor")) == "profit NOK 240,000");
            BOOST_TEST(S(cards->valueText("irr")) == S(QStringLiteral("10.07\u00A0% a year")));
            BOOST_TEST(S(cards->detailText("irr")) == S(QStringLiteral("2.43\u00A0% a quarter")));
        } else {
            BOOST_TEST_MESSAGE("full engine not merged yet: §9 figures not checked");
        }
    }
    {
        Language nb("nb");
        ResultsPage page(&doc);
        const KpiCards *cards = page.kpiCards();
        // Norwegian: amount then "kr", no-break space thousands, decimal comma.
        const QLocale no(QLocale::NorwegianBokmal, QLocale::Norway);
        BOOST_TEST(S(cards->valueText("forecastPayment")) ==
                   S(no.toString(qlonglong(r.forecastPayment / 100)) + QStringLiteral(" kr")));
        if (fullEngine(r)) {
            const QString nbsp(QChar(0x00A0));
            BOOST_TEST(S(cards->valueText("forecastPayment")) ==
                       S(QStringLiteral("4\u00A0240\u00A0000 kr")));
            BOOST_TEST(S(cards->valueText("netValue")) ==
                       S(QStringLiteral("4\u00A0126\u00A0694,22 kr")));
            BOOST_TEST(S(cards->valueText("bcr")) == "2,04");
            BOOST_TEST(S(cards->valueText("investor")) == "1,16×");
            BOOST_TEST(S(cards->valueText("irr")) ==
                       S(QStringLiteral("10,07%1% per år").arg(nbsp)));
            BOOST_TEST(S(cards->detailText("irr")) ==
                       S(QStringLiteral("2,43%1% per kvartal").arg(nbsp)));
        }
    }
}

BOOST_AUTO_TEST_CASE(an_investor_who_loses_is_shown_a_loss_not_a_negative_profit) {
    // The second metric plans no improvement: the investor of the worked example gets back less
    // than it put in. The card says "loss NOK …", never "profit NOK −…".
    Project p = workedExample();
    p.metrics[1].plan = p.metrics[1].counterfactual;
    Document doc;
    doc.reset(p);
    doc.waitForResults();
    BOOST_REQUIRE(doc.results().investors.size() == 1u);
    const Money profit = doc.results().investors.front().profit;
    BOOST_REQUIRE(profit < 0);
    ResultsPage page(&doc);
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    BOOST_TEST(S(page.kpiCards()->detailText("investor")) ==
               S(QStringLiteral("loss ") + formatMoney(-profit, en)));
}

BOOST_AUTO_TEST_CASE(kpi_cards_show_no_figures_for_a_design_with_errors) {
    // Payer shares summing to 120 %: an error. No payer share, no BCR is shown as if valid.
    Project p = workedExample();
    p.metrics[0].rule.payers = {PayerShare{1, 1.2}};
    Document doc;
    doc.reset(p);
    ResultsPage page(&doc);
    page.show();
    KpiCards *cards = page.kpiCards();
    BOOST_TEST(!cards->figuresShown());
    BOOST_TEST(!cards->findChild<QWidget *>(QStringLiteral("kpi_bcr"))->isVisible());
    BOOST_TEST(cards->notice()->isVisible());
    BOOST_TEST(S(cards->notice()->text()).find("1 error") != std::string::npos);
    // The link leads to the problem: the list selects it and its page is shown.
    QSignalSpy spy(&doc, &Document::navigateRequested);
    emit cards->notice()->linkActivated(QStringLiteral("problems"));
    BOOST_REQUIRE(spy.count() == 1);
    BOOST_TEST(S(spy.at(0).at(0).value<EditLocation>().page) == "metrics");
    const QTreeWidgetItem *current = page.diagnosticsPanel()->list()->currentItem();
    BOOST_REQUIRE(current);
    BOOST_TEST(S(current->text(0)) == S(severityText(Severity::Error)));

    // Repaired: the figures come back, with no notice.
    Project fixed = doc.project();
    fixed.metrics[0].rule.payers = {PayerShare{1, 1.0}};
    doc.apply(fixed, QStringLiteral("fix"));
    BOOST_TEST(cards->figuresShown());
    BOOST_TEST(cards->notice()->isHidden());
    BOOST_TEST(S(cards->valueText("bcr")) == "2.04");
}

BOOST_AUTO_TEST_CASE(kpis_resting_on_a_flagged_count_are_marked) {
    // 12 people in work against a target group of 10: the count is flagged, and the BCR computed
    // from it says so; the figures are shown, with a warning note.
    Project p = workedExample();
    p.targetGroup.plannedSize = 10;
    Document doc;
    doc.reset(p);
    BOOST_REQUIRE(
        std::any_of(doc.results().diagnostics.begin(), doc.results().diagnostics.end(),
                    [](const Diagnostic &d) { return d.code == DiagCode::CountAboveCohort; }));
    ResultsPage page(&doc);
    page.show();
    const KpiCards *cards = page.kpiCards();
    BOOST_TEST(cards->figuresShown());
    BOOST_TEST(cards->notice()->isVisible());
    BOOST_TEST(S(cards->notice()->text()).find("warning") != std::string::npos);
    BOOST_TEST(S(cards->valueText("bcr")).rfind("\u26A0 ", 0) == 0u);
    BOOST_TEST(S(cards->detailText("bcr")).find("Rests on a flagged value") != std::string::npos);
    BOOST_TEST(S(cards->detailText("bcr")).find("more than the cohort holds") != std::string::npos);
    BOOST_TEST(S(cards->toolTip("bcr")).find("Rests on a flagged value") != std::string::npos);
    // The maximum payment does not depend on the counts.
    BOOST_TEST(S(cards->valueText("maxPayment")).find("\u26A0") == std::string::npos);
    // Fractional people are flagged too (a warning located in the cell), and mark the figures.
    Project q = workedExample();
    q.metrics[1].plan[3] = 1.5;
    doc.reset(q);
    const Diagnostic *d = nullptr;
    for (const Diagnostic &x : doc.results().diagnostics)
        if (x.code == DiagCode::FractionalCount)
            d = &x;
    BOOST_REQUIRE(d);
    BOOST_TEST((d->severity == Severity::Warning));
    BOOST_TEST(d->field == "plan");
    BOOST_TEST(d->period == 3);
    BOOST_TEST(S(cards->valueText("bcr")).rfind("\u26A0 ", 0) == 0u);
    BOOST_TEST(S(diagnosticText(*d, &doc.project())).find("people are counted whole") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(chart_series_match_the_engine) {
    Document doc;
    doc.reset(workedExample());
    ResultsPage page(&doc);
    const Project &p = doc.project();
    const Results &r = doc.results();
    const int n = r.periods;

    // Payments: each metric's payments placed in the period they fall due, the cumulative total
    // payment, and the 5,000,000 total cap.
    ResultsChartPanel &pay = *page.paymentsPanel();
    BOOST_TEST(pay.data().categories.size() == n);
    for (std::size_t m = 0; m < p.metrics.size(); ++m) {
        std::vector<double> expected(static_cast<std::size_t>(n), 0.0);
        for (const MetricPeriod &mp : r.metric[m])
            expected.at(static_cast<std::size_t>(mp.duePeriod)) += kroner(mp.afterTotalCap);
        BOOST_TEST(pay.chartView()->plotted(QString::fromStdString(p.metrics[m].name)) == expected,
                   boost::test_tools::per_element());
    }
    std::vector<double> cumulative;
    double running = 0;
    for (Money v : r.totalDue)
        cumulative.push_back(running += kroner(v));
    BOOST_TEST(pay.chartView()->plotted("Cumulative payments") == cumulative,
               boost::test_tools::per_element());
    BOOST_TEST(pay.chartView()->plotted("Total cap") ==
                   std::vector<double>(static_cast<std::size_t>(n), 5'000'000.0),
               boost::test_tools::per_element());

    // Investors: draws below zero, distributions above, the cumulative position.
    ResultsChartPanel &inv = *page.investorPanel();
    std::vector<double> draws, distributions, position;
    double pos = 0;
    for (int t = 0; t < n; ++t) {
        const auto i = static_cast<std::size_t>(t);
        draws.push_back(i < r.draws.size() ? -kroner(r.draws[i]) : 0.0);
        distributions.push_back(i < r.distributions.size() ? kroner(r.distributions[i]) : 0.0);
        position.push_back(pos += draws.back() + distributions.back());
    }
    BOOST_TEST(inv.chartView()->plotted("Draws") == draws, boost::test_tools::per_element());
    BOOST_TEST(inv.chartView()->plotted("Distributions") == distributions,
               boost::test_tools::per_element());
    BOOST_TEST(inv.chartView()->plotted("Cumulative position") == position,
               boost::test_tools::per_element());

    // Commissioner: payments and the kommune's savings per period; discounted at 4 % a year
    // the payments add up to the engine's NPV of payments.
    ResultsChartPanel &com = *page.commissionerPanel();
    const std::vector<double> paid = com.chartView()->plotted("Payments");
    for (int t = 0; t < n; ++t) {
        const auto i = static_cast<std::size_t>(t);
        const Money kept = i < r.commissionerKept.size() ? r.commissionerKept[i] : 0;
        BOOST_TEST(paid.at(i) == kroner(r.totalDue.at(i) - kept));
    }
    const ChartSeries *pv = com.data().find("Payments, discounted");
    BOOST_REQUIRE(pv);
    // Quarterly rate r_p = 1.04^(1/4) − 1; a flow of quarter t is divided by (1 + r_p)^(t+1).
    const double rp = std::pow(1.04, 0.25) - 1.0;
    double npv = 0;
    for (std::size_t t = 0; t < pv->values.size(); ++t) {
        BOOST_TEST(pv->values[t] == paid.at(t) / std::pow(1.0 + rp, double(t + 1)),
                   boost::test_tools::tolerance(1e-9));
        npv += pv->values[t];
        // The engine's discounted payments are the same, rounded to the øre.
        if (t < r.paymentsDiscounted.size())
            BOOST_TEST(std::abs(pv->values[t] - kroner(r.paymentsDiscounted[t])) <= 0.005);
    }

    // Plan and actual of the selected metric: the plan, and the forecast (no actuals: the plan).
    BOOST_TEST(page.metricSelector()->count() == 2);
    ResultsChartPanel &pa = *page.planActualPanel();
    const std::vector<double> plan1(p.metrics[0].plan.begin(), p.metrics[0].plan.end());
    BOOST_TEST(pa.chartView()->plotted("Plan") == plan1, boost::test_tools::per_element());
    BOOST_TEST(pa.chartView()->plotted("Forecast") == plan1, boost::test_tools::per_element());
    BOOST_TEST(pa.chartView()->plotted("Counterfactual") ==
                   std::vector<double>(8, 2.0), // M1: 2 a quarter
               boost::test_tools::per_element());
    BOOST_TEST(page.payoutChart()->metricId() == p.metrics[0].id);
    page.metricSelector()->setCurrentIndex(1);
    // The payout curve follows the same selection.
    BOOST_TEST(page.payoutChart()->metricId() == p.metrics[1].id);
    const std::vector<double> plan2(p.metrics[1].plan.begin(), p.metrics[1].plan.end());
    BOOST_TEST(pa.chartView()->plotted("Plan") == plan2, boost::test_tools::per_element());
    BOOST_TEST(pa.data().title.contains(kM2));

    if (fullEngine(r)) {
        // DOMAIN.md §9, in thousands: payments due 0, 0, 180, 360, 600, 800, 800, 840, 420, 240.
        BOOST_TEST(stackTotals(pay) == thousands({0, 0, 180, 360, 600, 800, 800, 840, 420, 240}),
                   boost::test_tools::per_element());
        // M1 earns 0, 180, 360, 480, 600, 600, 600, 600 (the last cut to 180 by its 3,000 cap),
        // due a quarter later:
        BOOST_TEST(pay.chartView()->plotted(kM1) ==
                       thousands({0, 0, 180, 360, 480, 600, 600, 600, 180, 0}),
                   boost::test_tools::per_element());
        // Draws 500, 500, 320, 140; pays out 200, 840, 420, 240 at t = 6…9; position
        // −500, −1,000, −1,320, −1,460, −1,460, −1,460, −1,260, −420, 0, +240: break-even at t = 8.
        BOOST_TEST(inv.chartView()->plotted("Draws") ==
                       thousands({-500, -500, -320, -140, 0, 0, 0, 0, 0, 0}),
                   boost::test_tools::per_element());
        BOOST_TEST(inv.chartView()->plotted("Cumulative position") ==
                       thousands({-500, -1000, -1320, -1460, -1460, -1460, -1260, -420, 0, 240}),
                   boost::test_tools::per_element());
        const std::vector<double> marker = inv.chartView()->plotted("Break-even");
        for (std::size_t t = 0; t < marker.size(); ++t)
            BOOST_TEST(std::isnan(marker[t]) == (t != 8));
        // NPV of payments 3,972,192.29 (to the øre, summed from the rounded-free doubles).
        BOOST_TEST(npv == 3'972'192.29, boost::test_tools::tolerance(1e-8));
        BOOST_TEST(npv == kroner(r.npvPayments), boost::test_tools::tolerance(1e-8));
    }
}

BOOST_AUTO_TEST_CASE(maximum_payment_without_any_cap_says_there_is_no_limit) {
    // No total cap and M2 uncapped: nothing bounds what M2 could pay.
    Project p = workedExample();
    p.caps.total.reset();
    Document doc;
    doc.reset(p);
    ResultsPage page(&doc);
    BOOST_TEST(doc.results().maxPossibleUnbounded);
    BOOST_TEST(S(page.kpiCards()->valueText("maxPayment")) == "No limit");
    // M1's 3,000,000 cap is the only bound.
    BOOST_TEST(S(page.kpiCards()->detailText("maxPayment")) ==
               "a metric has no cap and the contract no total cap; the capped metrics: "
               "NOK 3,000,000");
}

BOOST_AUTO_TEST_CASE(many_metrics_share_one_other_bar_and_keep_the_totals) {
    // Ten metrics paying 1 000, 2 000, …, 10 000 kr a unit for one unit in the first quarter
    // (lag 0): the seven largest keep their bars (10 000 … 4 000), the other three are summed:
    // 1 000 + 2 000 + 3 000 = 6 000.
    Project p;
    p.timeline = Timeline{Date{2027, 1, 1}, PeriodLength::Quarter, 2};
    p.parties = {Party{1, "Kommune", PartyRole::Commissioner, "", std::nullopt}};
    for (int m = 0; m < 10; ++m) {
        Metric metric;
        metric.id = m + 1;
        metric.name = "M" + std::to_string(m + 1);
        metric.rule.price = (m + 1) * 1'000'00;
        metric.plan = {1.0, 0.0};
        p.metrics.push_back(metric);
    }
    p.normalise();
    const ChartData d = paymentsChartData(p, compute(p));
    int bars = 0;
    for (const ChartSeries &s : d.series)
        bars += s.kind == ChartSeries::Kind::StackedBar;
    BOOST_TEST(bars == 8);
    BOOST_TEST(!d.find("M3"));
    BOOST_REQUIRE(d.find("M4"));
    BOOST_TEST(d.find("M4")->values.at(0) == 4'000.0);
    BOOST_REQUIRE(d.find("Other metrics"));
    BOOST_TEST(d.find("Other metrics")->values.at(0) == 6'000.0);
    // 1 000 + … + 10 000 = 55 000 in all.
    BOOST_TEST(d.find("Cumulative payments")->values.back() == 55'000.0);
}

BOOST_AUTO_TEST_CASE(each_chart_has_titles_a_legend_and_a_table_one_click_away) {
    Document doc;
    doc.reset(workedExample());
    ResultsPage page(&doc);
    for (ResultsChartPanel *panel : page.chartPanels()) {
        BOOST_TEST_CONTEXT(panel->objectName().toStdString()) {
            QChart *chart = panel->chartView()->chart();
            BOOST_TEST(!chart->title().isEmpty());
            BOOST_TEST(chart->legend()->isVisible());
            BOOST_TEST(chart->axes(Qt::Horizontal).size() == 1);
            BOOST_TEST(!chart->axes(Qt::Horizontal).first()->titleText().isEmpty());
            BOOST_TEST(!chart->axes(Qt::Vertical).first()->titleText().isEmpty());
            // The table has a row per period and a column per series, with the same values.
            ResultsChartTableModel *model = panel->tableModel();
            BOOST_TEST(model->rowCount() == panel->data().categories.size());
            BOOST_TEST(model->columnCount() == static_cast<int>(panel->data().series.size()));
            const ChartSeries &first = panel->data().series.front();
            for (int t = 0; t < model->rowCount(); ++t) {
                const double v = model->data(model->index(t, 0), Qt::UserRole).toDouble();
                BOOST_TEST((v == first.values[static_cast<std::size_t>(t)] ||
                            (std::isnan(v) && std::isnan(first.values[std::size_t(t)]))));
            }
            // One click on "Show table" shows it.
            auto *toggle = panel->findChild<QToolButton *>(panel->objectName() + "ShowTable");
            BOOST_REQUIRE(toggle);
            QTest::mouseClick(toggle, Qt::LeftButton);
            BOOST_TEST(panel->isTableShown());
            QTest::mouseClick(toggle, Qt::LeftButton);
            BOOST_TEST(!panel->isTableShown());
        }
    }
    // The table shows money as the locale writes it: the cap row of the payments chart.
    const ResultsChartTableModel *model = page.paymentsPanel()->tableModel();
    const int capColumn = model->columnCount() - 1;
    BOOST_TEST(S(model->headerData(capColumn, Qt::Horizontal).toString()) == "Total cap");
    BOOST_TEST(S(model->data(model->index(0, capColumn)).toString()) == "5,000,000");
}

BOOST_AUTO_TEST_CASE(hovering_a_bar_or_point_shows_its_exact_value) {
    Document doc;
    doc.reset(workedExample());
    ResultsPage page(&doc);
    page.resize(1200, 800);
    page.show();
    ResultsChartView *view = page.paymentsPanel()->chartView();
    // M1's bar in Q3 2027: 3 units × 60,000 achieved in Q2, due a quarter later.
    QBarSet *m1 = view->barSeries()->barSets().at(0);
    emit m1->hovered(true, 2);
    BOOST_TEST(S(QToolTip::text()) == "I arbeid i 13 uker\nQ3 2027: NOK 180,000");
    emit m1->hovered(false, 2);
    // A point of the cumulative line: 180,000 + 360,000 = 540,000 by Q4 2027.
    for (QAbstractSeries *s : view->chart()->series())
        if (s->name() == "Cumulative payments") {
            auto *line = qobject_cast<QXYSeries *>(s);
            emit line->hovered(QPointF(3.1, 540'000.0), true);
        }
    BOOST_TEST(S(QToolTip::text()) == "Cumulative payments\nQ4 2027: NOK 540,000");
}

BOOST_AUTO_TEST_CASE(an_edit_updates_the_charts_and_undo_restores_them) {
    Document doc;
    doc.reset(workedExample());
    ResultsPage page(&doc);
    OutcomeGridModel plan(&doc, OutcomeGridModel::Series::Plan);
    auto m1At = [&](int t) {
        return page.paymentsPanel()->chartView()->plotted(kM1).at(static_cast<std::size_t>(t));
    };
    // M1 plans 5 in Q2 2027 over a counterfactual of 2: 3 × 60,000 = 180,000, due a quarter later.
    BOOST_TEST(m1At(2) == 180'000.0);
    BOOST_TEST(plan.setData(plan.index(0, 1), QStringLiteral("6")));
    // On a loaded machine the engine may take longer than the document waits for it, and the
    // results then come from the background: wait for them, as the planner would.
    doc.waitForResults();
    // 6 − 2 = 4 units × 60,000 = 240,000.
    BOOST_TEST(m1At(2) == 240'000.0);
    BOOST_TEST(page.planActualPanel()->chartView()->plotted("Plan").at(1) == 6.0);
    BOOST_TEST(S(page.kpiCards()->valueText("forecastPayment")) ==
               S(QStringLiteral("NOK ") +
                 QLocale().toString(qlonglong(doc.results().forecastPayment / 100))));
    doc.undoStack()->undo();
    doc.waitForResults();
    BOOST_TEST(m1At(2) == 180'000.0);
}

BOOST_AUTO_TEST_CASE(a_contract_with_no_irr_shows_the_reason) {
    // The worked example without delivery costs: nothing is ever drawn from the investor, so its
    // cash flow has no sign change and no IRR.
    Project p = workedExample();
    std::fill(p.deliveryCost.begin(), p.deliveryCost.end(), Money{0});
    Document doc;
    doc.reset(p);
    ResultsPage page(&doc);
    const Results &r = doc.results();
    if (r.investors.size() == 1) {
        BOOST_TEST(!r.investors[0].irrPeriodic.ok());
        BOOST_TEST(S(page.kpiCards()->valueText("irr")) == "No IRR");
        BOOST_TEST(S(page.kpiCards()->detailText("irr")) == "Nothing is drawn from the investors.");
        BOOST_TEST(S(page.kpiCards()->valueText("investor")) == "—");
    } else {
        BOOST_TEST(S(page.kpiCards()->detailText("irr")) == "no investors");
    }
    // The reasons, one per case.
    InvestorResult inv;
    inv.drawn = 100;
    inv.irrPeriodic.status = RateResult::Status::NoSignChange;
    BOOST_TEST(S(noIrrReason(inv)) ==
               "The investors get nothing back: their cash flow never changes sign.");
    inv.irrPeriodic.status = RateResult::Status::NoConvergence;
    BOOST_TEST(S(noIrrReason(inv)) == "No rate of return solves the investors' cash flow.");
    inv.irrPeriodic = RateResult{RateResult::Status::Ok, 0.02, false};
    inv.irrAnnual = 0.0824;
    BOOST_TEST(noIrrReason(inv).isEmpty());
}

BOOST_AUTO_TEST_CASE(statement_totals_and_text) {
    Document doc;
    doc.reset(workedExample());
    StatementModel model(&doc);
    const Results &r = doc.results();
    const Statement &s = model.statement();
    BOOST_TEST(s.periods.size() == r.periods);
    BOOST_TEST(model.rowCount() == r.periods + 1); // and a total row
    // Quarters end on 31 March, 30 June, …: the first due date is 2027-03-31.
    BOOST_TEST((s.due.front() == Date{2027, 3, 31}));
    BOOST_TEST((s.due.at(9) == Date{2029, 6, 30}));
    // The total of "Total due" is the engine's total of payments due.
    for (std::size_t c = 0; c < s.columns.size(); ++c)
        if (s.columns[c].title == "Total due")
            BOOST_TEST(s.total(c) == sum(r.totalDue));
    const QString text = statementText(s);
    BOOST_TEST(text.count(QLatin1Char('\n')) == r.periods + 2);
    BOOST_TEST(text.startsWith("Period\tDue date\tGross\t"));
}

BOOST_AUTO_TEST_CASE(statement_csv_matches_the_golden_files) {
    Document doc;
    doc.reset(workedExample());
    if (!fullEngine(doc.results())) {
        BOOST_TEST_MESSAGE("full engine not merged yet: golden statement not compared");
        return;
    }
    // EFFEKT_WRITE_GOLDEN=1 rewrites the golden files (then check them by hand, see
    // tests/data/golden/README.md).
    const bool write = qEnvironmentVariableIsSet("EFFEKT_WRITE_GOLDEN");
    const auto save = [write](const char *name, const QByteArray &bytes) {
        if (write)
            test::writeFile(test::dataDir() / "golden" / name, bytes.toStdString());
    };
    const auto golden = [](const char *name) {
        return QByteArray::fromStdString(test::readFile(test::dataDir() / "golden" / name));
    };
    {
        StatementModel model(&doc);
        save("statement_worked_example_en.csv",
             statementCsv(model.statement(), CsvStyle::International));
        BOOST_TEST(statementCsv(model.statement(), CsvStyle::International).toStdString() ==
                   golden("statement_worked_example_en.csv").toStdString());
    }
    {
        Language nb("nb");
        StatementModel model(&doc);
        const QByteArray csv = statementCsv(model.statement(), CsvStyle::Norwegian);
        save("statement_worked_example_nb.csv", csv);
        BOOST_TEST(csv.startsWith("\xEF\xBB\xBF"));
        BOOST_TEST(csv.toStdString() == golden("statement_worked_example_nb.csv").toStdString());
    }
    // Export through the page writes the same bytes.
    test::TempDir dir;
    ResultsPage page(&doc);
    const QString path = QString::fromStdString(dir.file("s.csv"));
    BOOST_TEST(page.exportStatement(path, CsvStyle::International));
    BOOST_TEST(test::readFile(dir.file("s.csv")) ==
               golden("statement_worked_example_en.csv").toStdString());
}

BOOST_AUTO_TEST_CASE(csv_quotes_fields_and_writes_negative_amounts) {
    Statement s;
    s.periods << "Q1; \"first\"";
    s.due.push_back(Date{2027, 3, 31});
    s.columns.push_back(StatementColumn{"A", {}, {-1'234'56}, true});
    s.columns.push_back(StatementColumn{"B", {}, {5}, false});
    // -1 234,56 kr and 0,05 kr; the reserve-like column B has no total.
    BOOST_TEST(statementCsv(s, CsvStyle::Norwegian).toStdString() ==
               "\xEF\xBB\xBFPeriod;Due date;A;B\r\n"
               "\"Q1; \"\"first\"\"\";2027-03-31;-1234,56;0,05\r\n"
               "Total;;-1234,56;\r\n");
    BOOST_TEST(statementCsv(s, CsvStyle::International).toStdString() ==
               "Period,Due date,A,B\r\n"
               "\"Q1; \"\"first\"\"\",2027-03-31,-1234.56,0.05\r\n"
               "Total,,-1234.56,\r\n");
}

BOOST_AUTO_TEST_CASE(diagnostics_are_listed_translated_and_lead_to_their_field) {
    // A price so large that 1,000,000 units overflow 64-bit øre: the engine reports it.
    Project p = workedExample();
    p.metrics[0].rule.price = Money{4'000'000'000'000'000'000};
    p.metrics[0].plan[1] = 1e6;
    Document doc;
    doc.reset(p);
    DiagnosticsListPanel panel(&doc);
    const Diagnostics &ds = doc.results().diagnostics;
    BOOST_REQUIRE(!ds.empty());
    BOOST_TEST(panel.list()->topLevelItemCount() == static_cast<int>(ds.size()));
    BOOST_TEST(S(panel.list()->topLevelItem(0)->text(1)) ==
               S(diagnosticText(ds[0], &doc.project())));
    QSignalSpy spy(&doc, &Document::navigateRequested);
    panel.activate(0);
    BOOST_TEST(spy.count() == 1);
    const auto where = spy.at(0).at(0).value<EditLocation>();
    BOOST_TEST(S(where.page) == S(diagnosticLocation(ds[0], doc.project()).page));
    BOOST_TEST(!where.page.isEmpty());

    // The entity → page map, with the row of the entity in its list.
    const Project ex = workedExample();
    const int m2 = ex.metrics[1].id;
    auto loc = [&](const char *entity, std::int64_t id, const char *field, int period = -1) {
        return diagnosticLocation(
            Diagnostic{DiagCode::MoneyOverflow, Severity::Error, entity, id, field, period, {}},
            ex);
    };
    BOOST_TEST(S(loc("metric", m2, "price").page) == "metrics");
    BOOST_TEST(loc("metric", m2, "price").row == 1);
    BOOST_TEST(S(loc("metric", m2, "price").field) == "price");
    BOOST_TEST(loc("rule", m2, "lag", 3).column == 3);
    BOOST_TEST(S(loc("party", ex.parties[0].id, "orgNumber").page) == "parties");
    BOOST_TEST(loc("party", ex.parties[0].id, "orgNumber").row == 0);
    BOOST_TEST(S(loc("investor", ex.investors[0].id, "commitment").page) == "investment");
    BOOST_TEST(S(loc("financing", -1, "reserveShare").page) == "investment");
    BOOST_TEST(S(loc("caps", -1, "total").page) == "caps");
    BOOST_TEST(S(loc("fixedFee", 1, "amount").page) == "caps");
    BOOST_TEST(S(loc("valuation", -1, "discountRate").page) == "savings");
    BOOST_TEST(S(loc("timeline", -1, "periods").page) == "overview");
    BOOST_TEST(S(loc("project", -1, "").page) == "overview");
    BOOST_TEST(S(loc("ledger", 17, "participant").page) == "ledger");
    BOOST_TEST(loc("ledger", 17, "participant").row == 17);
}

BOOST_AUTO_TEST_CASE(long_timelines_keep_their_period_labels_readable) {
    // Every k-th period is labelled, at most 10 labels, whole years once thinned.
    for (int n : {1, 24, 40, 120, 600})
        for (int perYear : {12, 4, 2, 1}) {
            BOOST_TEST_CONTEXT(n << " periods, " << perYear << " a year") {
                const std::vector<int> shown = labelledPeriods(n, perYear);
                BOOST_REQUIRE(!shown.empty());
                BOOST_TEST(shown.size() <= 10u);
                BOOST_TEST(shown.size() >= std::min<std::size_t>(static_cast<std::size_t>(n), 4u));
                BOOST_TEST(shown.front() == 0);
                const int step = shown.size() > 1 ? shown[1] - shown[0] : 1;
                for (std::size_t i = 1; i < shown.size(); ++i)
                    BOOST_TEST(shown[i] - shown[i - 1] == step);
                if (step > perYear)
                    BOOST_TEST(step % perYear == 0); // whole years
            }
        }
    BOOST_TEST(labelledPeriods(24, 4).size() == 6u);    // every 4th quarter: Q1 of each year
    BOOST_TEST(labelledPeriods(600, 12).size() == 10u); // every 5 years

    // Drawn: the labels on the chart are whole (never "Q…" or "⋮"), few, and the axis title sits
    // under the plot, not in a corner.
    for (int n : {1, 24, 40, 120, 600}) {
        BOOST_TEST_CONTEXT(n << " periods") {
            Project p = workedExample();
            p.timeline.periods = n;
            p.timeline.length = n > 200 ? PeriodLength::Month : PeriodLength::Quarter;
            Document doc;
            doc.reset(p);
            const ChartData data = paymentsChartData(doc.project(), doc.results());
            // Drawn at 900 × 420 as an export draws it, whatever the test screen.
            ResultsChartView view;
            view.setAttribute(Qt::WA_DontShowOnScreen);
            view.setFrameShape(QFrame::NoFrame);
            view.resize(900, 420);
            view.setData(data);
            view.chart()->resize(QSizeF(900, 420));
            view.chart()->setMinimumSize(QSizeF(900, 420));
            view.chart()->setMaximumSize(QSizeF(900, 420));
            view.setSceneRect(QRectF(0, 0, 900, 420));
            if (QGraphicsLayout *layout = view.chart()->layout())
                layout->activate();
            QApplication::processEvents();
            int labels = 0;
            const QRectF plot = view.chart()->plotArea();
            for (QGraphicsItem *item : view.scene()->items()) {
                auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                if (!text || !text->isVisible())
                    continue;
                const QString t = text->toPlainText();
                BOOST_TEST(!t.contains(QStringLiteral("...")), S(t));
                BOOST_TEST(!t.contains(QChar(0x2026)), S(t));
                if (data.categories.contains(t)) {
                    ++labels;
                    BOOST_TEST(text->sceneBoundingRect().top() >= plot.bottom() - 1);
                }
                if (t == data.xTitle) {
                    const QRectF r = text->sceneBoundingRect();
                    BOOST_TEST(r.top() >= plot.bottom());
                    BOOST_TEST(std::abs(r.center().x() - plot.center().x()) < plot.width() / 4);
                }
            }
            BOOST_TEST(labels >= 1);
            BOOST_TEST(labels <= 10);
        }
    }
}

BOOST_AUTO_TEST_CASE(a_narrow_chart_labels_fewer_periods_and_cuts_none) {
    // Presentation mode on a 1024 px projector puts two charts side by side: each label that is
    // shown is whole, and a wider chart may show more of them.
    Project p = workedExample();
    p.timeline.periods = 12;
    Document doc;
    doc.reset(p);
    const ChartData data = paymentsChartData(doc.project(), doc.results());
    auto drawnAt = [&](int width) {
        ResultsChartView view;
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.resize(width, 360);
        view.show();
        view.setData(data);
        QApplication::processEvents();
        view.resize(width, 361); // a resize after the layout: the labels follow the plot
        QApplication::processEvents();
        const QRectF plot = view.chart()->plotArea();
        BOOST_TEST_REQUIRE(plot.width() > 0);
        const QStringList labels = view.axisLabels();
        BOOST_TEST_REQUIRE(!labels.isEmpty());
        QFont font;
        for (QAbstractAxis *a : view.chart()->axes(Qt::Horizontal))
            font = a->labelsFont();
        const QFontMetrics metrics(font);
        int widths = 0;
        for (const QString &l : labels) {
            BOOST_TEST(data.categories.contains(l), S(l));
            widths += metrics.horizontalAdvance(l);
        }
        BOOST_TEST(widths <= plot.width(), labels.size() << " labels at " << width << " px");
        return labels.size();
    };
    const auto narrow = drawnAt(420);
    const auto wide = drawnAt(1400);
    BOOST_TEST(narrow >= 2);
    BOOST_TEST(narrow < wide);
    BOOST_TEST(wide == static_cast<qsizetype>(labelledPeriods(data.categories.size(), 4).size()));
}

BOOST_AUTO_TEST_CASE(export_file_names_follow_the_tab_labels_in_both_languages) {
    for (const char *language : {"en", "nb"}) {
        Language lang(language);
        Document doc;
        doc.reset(workedExample());
        ResultsPage page(&doc);
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("resultsTabs"));
        BOOST_REQUIRE(tabs);
        const QStringList ids{QStringLiteral("payments"), QStringLiteral("investors"),
                              QStringLiteral("commissioner"), QStringLiteral("planActual"),
                              QStringLiteral("payout")};
        BOOST_REQUIRE(tabs->count() >= ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            ChartData data;
            data.id = ids[i];
            data.contract = QStringLiteral("Ung i jobb");
            QString tab = tabs->tabText(int(i));
            tab.remove(QLatin1Char('&'));
            BOOST_TEST_INFO(language << " " << S(ids[i]));
            BOOST_TEST(S(chartFileName(data)) == "Ung i jobb – " + S(tab));
        }
        // The statement's CSV is named as its tab too.
        QString statement = tabs->tabText(tabs->count() - 1);
        statement.remove(QLatin1Char('&'));
        BOOST_TEST(S(withoutMnemonic(resultsTabLabel(QStringLiteral("statement")))) ==
                   S(statement));
    }
    {
        Language nb("nb");
        ChartData data;
        data.id = QStringLiteral("payments");
        data.contract = QStringLiteral("Ung i jobb");
        // Not «Utbetalinger»: the tab reads «Betalinger».
        BOOST_TEST(S(chartFileName(data)) == "Ung i jobb – Betalinger");
    }
    BOOST_TEST(S(withoutMnemonic(QStringLiteral("R&&D &plan"))) == "R&D plan");
}

BOOST_AUTO_TEST_CASE(chart_exports_suggest_the_contract_and_chart_as_file_name) {
    Document doc;
    doc.reset(workedExample());
    BOOST_TEST(S(chartFileName(paymentsChartData(doc.project(), doc.results()))) ==
               "Ung i jobb – Payments");
    {
        Language nb("nb");
        BOOST_TEST(S(chartFileName(paymentsChartData(doc.project(), doc.results()))) ==
                   "Ung i jobb – Betalinger");
        BOOST_TEST(S(chartFileName(investorChartData(doc.project(), doc.results()))) ==
                   "Ung i jobb – Investorer");
    }
    // Characters a file name cannot hold are replaced; no name at all gives the chart's.
    Project p = workedExample();
    p.name = "Bolig/Rus: fase 2?";
    doc.reset(p);
    BOOST_TEST(S(chartFileName(paymentsChartData(doc.project(), doc.results()))) ==
               "Bolig-Rus- fase 2- – Payments");
    p.name = "";
    doc.reset(p);
    BOOST_TEST(S(chartFileName(commissionerChartData(doc.project(), doc.results()))) ==
               "Commissioner");
}

BOOST_AUTO_TEST_CASE(charts_export_to_png_and_svg_at_the_chosen_size) {
    Document doc;
    doc.reset(workedExample());
    const ChartData data = paymentsChartData(doc.project(), doc.results());
    const QImage image = renderChartImage(data, QSize(640, 400));
    BOOST_TEST(image.width() == 640);
    BOOST_TEST(image.height() == 400);
    // Something is drawn: the bars of the first metric are not white.
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4) {
            const QColor c = image.pixelColor(x, y);
            coloured += c.saturation() > 100;
        }
    BOOST_TEST(coloured > 50);

    test::TempDir dir;
    const QString png = QString::fromStdString(dir.file("c.png"));
    const QString svg = QString::fromStdString(dir.file("c.svg"));
    BOOST_TEST(saveChartPng(data, png, QSize(800, 500)));
    BOOST_TEST((QImage(png).size() == QSize(800, 500)));
    BOOST_TEST(saveChartSvg(data, svg, QSize(800, 500)));
    const std::string text = test::readFile(dir.file("c.svg"));
    BOOST_TEST(text.find("<svg") != std::string::npos);
    BOOST_TEST(text.find("width=\"") != std::string::npos);
    BOOST_TEST(text.find("Outcome payments per period") != std::string::npos);
    BOOST_TEST(text.find("Ung i jobb") != std::string::npos); // the contract's name on the picture

    ChartExportDialog dialog;
    dialog.setChartSize(QSize(1024, 768));
    BOOST_TEST((dialog.chartSize() == QSize(1024, 768)));
    dialog.setFormat(ChartExportDialog::Format::Svg);
    BOOST_TEST((dialog.format() == ChartExportDialog::Format::Svg));
    dialog.setFormat(ChartExportDialog::Format::Clipboard);
    BOOST_TEST((dialog.format() == ChartExportDialog::Format::Clipboard));

    // Copy puts the picture, at the size asked for, on the clipboard.
    QGuiApplication::clipboard()->clear();
    copyChartToClipboard(data, QSize(500, 300));
    const QImage copied = QGuiApplication::clipboard()->image();
    BOOST_TEST((copied.size() == QSize(500, 300)));
    BOOST_TEST(
        (copied == renderChartImage(data, QSize(500, 300)).convertToFormat(copied.format())));
}

BOOST_AUTO_TEST_CASE(slow_computations_run_in_the_background_and_stale_ones_are_dropped) {
    Document doc;
    doc.reset(workedExample());
    // Every computation takes longer than a threshold of 0 ms: from now on they run off the GUI
    // thread.
    doc.setAsyncThresholdMs(0);
    OutcomeGridModel plan(&doc, OutcomeGridModel::Series::Plan);
    QSignalSpy results(&doc, &Document::resultsChanged);
    QSignalSpy busy(&doc, &Document::computingChanged);
    const Results before = doc.results();
    plan.setData(plan.index(0, 1), QStringLiteral("6"));
    plan.setData(plan.index(0, 2), QStringLiteral("9"));
    plan.setData(plan.index(0, 3), QStringLiteral("11"));
    BOOST_TEST(doc.isComputing());
    // Meanwhile the results are the previous ones, with the project they came from.
    BOOST_TEST((doc.results() == before));
    BOOST_TEST(doc.resultsProject().metrics[0].plan[1] == 5.0);
    doc.waitForResults();
    QCoreApplication::processEvents();
    BOOST_TEST(!doc.isComputing());
    // Only the newest generation is published.
    BOOST_TEST(results.count() == 1);
    BOOST_TEST(busy.count() == 2);
    BOOST_TEST((doc.results() == compute(doc.project(), doc.basis())));
    BOOST_TEST((doc.resultsProject() == doc.project()));

    // With a negative threshold every computation is synchronous again.
    doc.setAsyncThresholdMs(-1);
    plan.setData(plan.index(0, 4), QStringLiteral("13"));
    BOOST_TEST(!doc.isComputing());
    plan.setData(plan.index(0, 5), QStringLiteral("13"));
    BOOST_TEST(!doc.isComputing());
    BOOST_TEST((doc.results() == compute(doc.project(), doc.basis())));
}

BOOST_AUTO_TEST_CASE(a_failed_review_marks_the_end_on_every_chart_and_says_so) {
    Document doc;
    doc.setAsyncThresholdMs(-1); // every computation at once
    doc.reset(failingReview());
    BOOST_REQUIRE((doc.results().terminatedAfter == std::optional<int>(3)));
    ResultsPage page(&doc);
    page.resize(1200, 800);
    page.show();
    // The banner: when, which review (the second in the Caps page's list), and the payment.
    QLabel *banner = page.terminationBanner();
    BOOST_TEST(banner->isVisible());
    BOOST_TEST(S(banner->text()) ==
               "The contract ends after Q4 2027: review point 2 was not met; termination "
               "payment NOK 200,000 to Eksempel Leverandør AS.");
    const QString label = QStringLiteral("Ended after Q4 2027");
    for (ResultsChartPanel *panel : page.chartPanels()) {
        BOOST_TEST_CONTEXT(panel->objectName().toStdString()) {
            BOOST_TEST((panel->data().endedAfter == std::optional<int>(3)));
            BOOST_TEST(S(panel->data().endedLabel) == S(label));
            // The chart: a vertical line at the end of Q4 2027, from the bottom to the top.
            QChart *chart = panel->chartView()->chart();
            QXYSeries *line = seriesNamed(chart, label);
            BOOST_REQUIRE(line);
            BOOST_REQUIRE(line->count() == 2);
            BOOST_TEST(line->at(0).x() == 3.5);
            BOOST_TEST(line->at(1).x() == 3.5);
            BOOST_TEST(line->at(0).y() < line->at(1).y());
            // The table: a last column says where the contract ended.
            ResultsChartTableModel *model = panel->tableModel();
            const int note = model->columnCount() - 1;
            BOOST_TEST(note == static_cast<int>(panel->data().series.size()));
            BOOST_TEST(S(model->headerData(note, Qt::Horizontal).toString()) == "Contract");
            BOOST_TEST(model->data(model->index(2, note)).toString().isEmpty());
            BOOST_TEST(S(model->data(model->index(3, note)).toString()) == S(label));
            BOOST_TEST(S(model->data(model->index(4, note)).toString()) == "ended");
            // Copied as text, the note goes with it.
            const QStringList lines = model->toText().split(QLatin1Char('\n'));
            BOOST_TEST(lines.at(0).endsWith(QStringLiteral("\tContract")));
            BOOST_TEST(lines.at(4).endsWith(QStringLiteral("\t") + label));
        }
    }
    // An exported picture carries the marker: its name in the legend of the SVG.
    test::TempDir dir;
    const QString svg = QString::fromStdString(dir.file("ended.svg"));
    BOOST_TEST(saveChartSvg(page.paymentsPanel()->data(), svg, QSize(900, 500)));
    BOOST_TEST(test::readFile(dir.file("ended.svg")).find(S(label)) != std::string::npos);

    // In Norwegian.
    {
        Language nb("nb");
        Document norsk;
        norsk.setAsyncThresholdMs(-1);
        norsk.reset(failingReview());
        ResultsPage side(&norsk);
        BOOST_TEST(S(side.paymentsPanel()->data().endedLabel) == "Avsluttet etter 4. kv. 2027");
        BOOST_TEST(S(side.terminationBanner()->text()) ==
                   "Kontrakten avsluttes etter 4. kv. 2027: kontrollpunkt 2 ble ikke nådd; "
                   "avslutningsbetaling 200\u00a0000 kr til Eksempel Leverandør AS.");
    }
}

BOOST_AUTO_TEST_CASE(a_contract_that_runs_its_course_has_no_end_marker) {
    Document doc;
    doc.setAsyncThresholdMs(-1); // every computation at once
    Project p = failingReview();
    p.termination.reviews.pop_back(); // the review that fails
    doc.reset(p);
    BOOST_REQUIRE(!doc.results().terminatedAfter.has_value());
    ResultsPage page(&doc);
    page.show();
    BOOST_TEST(!page.terminationBanner()->isVisible());
    BOOST_TEST(page.terminationBanner()->text().isEmpty());
    for (ResultsChartPanel *panel : page.chartPanels()) {
        BOOST_TEST_CONTEXT(panel->objectName().toStdString()) {
            BOOST_TEST(!panel->data().endedAfter.has_value());
            for (QAbstractSeries *s : panel->chartView()->chart()->series())
                BOOST_TEST(!s->name().startsWith(QStringLiteral("Ended after")));
            BOOST_TEST(panel->tableModel()->columnCount() ==
                       static_cast<int>(panel->data().series.size()));
        }
    }
    // Undoing a change that makes the review fail takes the marker away again.
    Project failing = doc.project();
    failing.termination.reviews.push_back(ReviewPoint{7, 3, ReviewTest::MetricUnits, 1, 0.8});
    doc.apply(failing, QStringLiteral("Add review"));
    BOOST_TEST(page.terminationBanner()->isVisible());
    BOOST_TEST((page.investorPanel()->data().endedAfter == std::optional<int>(3)));
    doc.undoStack()->undo();
    BOOST_TEST(!page.terminationBanner()->isVisible());
    BOOST_TEST(!page.investorPanel()->data().endedAfter.has_value());
}

BOOST_AUTO_TEST_SUITE_END()
