// The contract designer's forms: each field edits the project through the document's undo stack,
// input is validated as it is typed in the user's locale, live checks (payer split, organisation
// numbers) follow the project, and the payout curve is what the engine pays.
#include "capspage.h"
#include "chartaxis.h"
#include "designmetrics.h"
#include "designwidgets.h"
#include "gui.h"
#include "i18n.h"
#include "investmentpage.h"
#include "mainwindow.h"
#include "moneyedit.h"
#include "partiespage.h"
#include "payoutcurve.h"
#include "savingspage.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QValueAxis>

#include <boost/test/unit_test.hpp>

using namespace effekt;
using namespace effekt::views;

using effekt::test::chooseInCell;
using effekt::test::LocaleGuard;
using effekt::test::typeInCell;

using effekt::test::child;
using effekt::test::kr;

using effekt::test::S;

namespace {
void typeInto(QWidget *w, const QString &text) {
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(w, text);
    QApplication::processEvents();
}

} // namespace

BOOST_AUTO_TEST_SUITE(design_forms)

BOOST_AUTO_TEST_CASE(metric_form_follows_the_selected_metric) {
    Document doc;
    MetricsDesignPage page(&doc);
    doc.reset(workedExample());
    auto *price = child<MoneyEdit>(&page, "rulePrice");
    BOOST_TEST(page.currentMetricId() == 1);
    BOOST_TEST(price->money().value_or(-1) == kr(60'000));
    BOOST_TEST(child<MoneyEdit>(&page, "ruleCapMoney")->money().value_or(-1) == kr(3'000'000));
    page.selectMetric(1);
    BOOST_TEST(page.currentMetricId() == 2);
    BOOST_TEST(price->money().value_or(-1) == kr(40'000));
    // M2 has no cap: the optional field is empty.
    BOOST_TEST(child<MoneyEdit>(&page, "ruleCapMoney")->text().isEmpty());
}

BOOST_AUTO_TEST_CASE(norwegian_money_is_typed_and_validated_as_you_type) {
    LocaleGuard nb(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    Document doc;
    doc.reset(workedExample());
    MetricsDesignPage page(&doc);
    auto *price = child<MoneyEdit>(&page, "rulePrice");
    const int before = doc.undoStack()->count();
    typeInto(price, QStringLiteral("2 500,50"));
    BOOST_TEST(doc.project().metrics[0].rule.price == 2'500'50);
    // Typing one field is one undo step, however many keys.
    BOOST_TEST(doc.undoStack()->count() == before + 1);
    BOOST_TEST(price->isValid());
    typeInto(price, QStringLiteral("to tusen"));
    BOOST_TEST(!price->isValid());
    BOOST_TEST(price->property("invalid").toBool());
    BOOST_TEST(doc.project().metrics[0].rule.price == 2'500'50); // unchanged
    // Three decimals of a krone are not money.
    typeInto(price, QStringLiteral("1,234"));
    BOOST_TEST(!price->isValid());
    // A percentage: "12,5" is 12.5 % = 0.125.
    PercentEdit percent;
    BOOST_TEST(percent.parse(QStringLiteral("12,5")).value() == 0.125);
    BOOST_TEST(percent.parse(QStringLiteral("12,5 %")).value() == 0.125);
}

BOOST_AUTO_TEST_CASE(rule_type_switches_the_form_and_is_one_undo_step) {
    Document doc;
    doc.reset(workedExample());
    MetricsDesignPage page(&doc);
    auto *type = child<QComboBox>(&page, "ruleType");
    auto *stack = page.findChild<QStackedWidget *>();
    BOOST_REQUIRE(stack);
    BOOST_TEST(stack->currentIndex() == int(RuleType::PerUnit));
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down); // Per unit → Tiered
    QApplication::processEvents();
    BOOST_TEST((doc.project().metrics[0].rule.type == RuleType::Tiered));
    BOOST_TEST(stack->currentIndex() == int(RuleType::Tiered));
    doc.undoStack()->undo();
    BOOST_TEST((doc.project().metrics[0].rule.type == RuleType::PerUnit));
    BOOST_TEST(stack->currentIndex() == int(RuleType::PerUnit));
}

BOOST_AUTO_TEST_CASE(payer_split_is_checked_live) {
    Document doc;
    Project p = workedExample();
    p.parties.push_back(Party{4, "Fylket", PartyRole::CoPayer, "", std::nullopt});
    p.metrics[0].rule.payers.clear();
    doc.reset(p);
    MetricsDesignPage page(&doc);
    page.show();
    QTest::mouseClick(child<QPushButton>(&page, "payersTableAdd"), Qt::LeftButton);
    // The first payer gets what is missing: 100 %.
    BOOST_TEST(doc.project().metrics[0].rule.payers.size() == 1u);
    BOOST_TEST(doc.project().metrics[0].rule.payers[0].share == 1.0);
    BOOST_TEST(page.payerSum()->property("whole").toBool());
    QTest::mouseClick(child<QPushButton>(&page, "payersTableAdd"), Qt::LeftButton);
    // The second payer is the co-payer, with 0 % (100 % − 100 %).
    BOOST_TEST(doc.project().metrics[0].rule.payers[1].partyId == 4);
    auto *table = child<QTableView>(&page, "payersTable");
    typeInCell(table, 0, 1, QStringLiteral("60"));
    BOOST_TEST(doc.project().metrics[0].rule.payers[0].share == 0.6);
    // 60 % + 0 % = 60 %: not whole.
    BOOST_TEST(!page.payerSum()->property("whole").toBool());
    BOOST_TEST(page.payerSum()->text().contains(QStringLiteral("60")));
    typeInCell(table, 1, 1, QStringLiteral("40"));
    BOOST_TEST(page.payerSum()->property("whole").toBool());
}

BOOST_AUTO_TEST_CASE(organisation_numbers_are_checked_live) {
    Document doc;
    doc.reset(workedExample());
    PartiesPage page(&doc);
    page.show();
    auto *warning = child<QLabel>(&page, "orgNumberWarning");
    BOOST_TEST(!warning->isVisibleTo(&page)); // 974760673 is valid
    auto *table = child<QTableView>(&page, "partiesTable");
    // 974760674: the check digit of 97476067 is 3 (weights 3,2,7,6,5,4,3,2), not 4.
    typeInCell(table, 0, 2, QStringLiteral("974760674"));
    BOOST_TEST(doc.project().parties[0].orgNumber == "974760674");
    BOOST_TEST(warning->isVisibleTo(&page));
    BOOST_TEST(warning->text().contains(QStringLiteral("974760674")));
    const QModelIndex cell = table->model()->index(0, 2);
    BOOST_TEST(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("⚠")));
    doc.undoStack()->undo();
    BOOST_TEST(!warning->isVisibleTo(&page));
}

// Results computed in the background (a large contract) that arrive while the planner has a
// choice open in a table leave the choice alone: Qt hands a model's dataChanged over a range to
// every editor open in it, and the tables announce the new results' marks over all their cells.
BOOST_AUTO_TEST_CASE(results_arriving_while_choosing_keep_the_choice) {
    Document doc;
    doc.reset(workedExample());
    doc.setAsyncThresholdMs(0); // every computation in the background
    PartiesPage page(&doc);
    page.show();
    auto *table = child<QTableView>(&page, "partiesTable");
    auto *combo = qobject_cast<QComboBox *>(effekt::test::openCellEditor(table, 2, 1));
    BOOST_REQUIRE(combo);
    const int investor = combo->findText(QStringLiteral("Investor"));
    BOOST_REQUIRE(investor >= 0);
    BOOST_REQUIRE(combo->currentIndex() != investor);
    combo->setCurrentIndex(investor);
    // Another cell changes meanwhile (the table reloads) and a computation starts.
    BOOST_REQUIRE(
        table->model()->setData(table->model()->index(0, 0), QStringLiteral("Eksempel kommune 2")));
    doc.waitForResults(); // the results arrive with the editor open
    QApplication::processEvents();
    BOOST_TEST(combo->currentIndex() == investor);
    QTest::keyClick(combo, Qt::Key_Return);
    effekt::test::settle();
    BOOST_TEST((doc.project().parties[2].role == PartyRole::Investor));
    BOOST_TEST(doc.project().parties[0].name == "Eksempel kommune 2");
}

// Each rebuild replaces the curve's axes; the old ones are deleted, not left behind (QChart's
// removeAxis hands an axis back without deleting it: every edit leaked two axes, found by the
// AddressSanitizer run of the property test).
BOOST_AUTO_TEST_CASE(payout_curve_deletes_the_axes_it_replaces) {
    Document doc;
    doc.reset(workedExample());
    PayoutCurveChart chart(&doc);
    chart.setMetric(1);
    std::vector<QPointer<QAbstractAxis>> old;
    for (QAbstractAxis *axis : chart.chart()->axes())
        old.emplace_back(axis);
    BOOST_TEST(old.size() == 2u);
    chart.setMetric(2);
    for (const QPointer<QAbstractAxis> &axis : old)
        BOOST_TEST(axis.isNull());
    BOOST_TEST(chart.chart()->axes().size() == 2);
}

BOOST_AUTO_TEST_CASE(payout_curve_is_what_the_engine_pays) {
    Document doc;
    doc.reset(workedExample());
    PayoutCurveChart chart(&doc);
    chart.setMetric(1);
    const Project &p = doc.project();
    // M1: 60 000 per unit over b = 2. At a = 10: u = 8, 8 × 60 000 = 480 000.
    BOOST_TEST(PayoutCurveChart::paymentAt(p, 1, 10, 2) == kr(480'000));
    // At a = 2 or below nothing is paid.
    BOOST_TEST(PayoutCurveChart::paymentAt(p, 1, 2, 2) == 0);
    // At a = 60: 58 × 60 000 = 3 480 000, cut to the metric's cap of 3 000 000.
    BOOST_TEST(PayoutCurveChart::paymentAt(p, 1, 60, 2) == kr(3'000'000));
    // The curve never exceeds the cap, and reaches it within the range drawn.
    double top = 0;
    for (const QPointF &pt : chart.curve()->points()) {
        BOOST_TEST(pt.y() <= 3'000'000.0);
        top = std::max(top, pt.y());
    }
    BOOST_TEST(top == 3'000'000.0);
    bool capLine = false, counterfactual = false;
    for (QLineSeries *s : chart.referenceLines()) {
        if (s->name() == QStringLiteral("Cap on payments"))
            capLine = s->at(0).y() == 3'000'000.0;
        if (s->name() == QStringLiteral("Counterfactual"))
            counterfactual = s->at(0).x() == 2.0;
    }
    BOOST_TEST(capLine);
    BOOST_TEST(counterfactual);
}

BOOST_AUTO_TEST_CASE(an_amount_beyond_the_stated_limit_is_refused) {
    Document doc;
    doc.reset(workedExample());
    MetricsDesignPage page(&doc);
    auto *price = child<MoneyEdit>(&page, "rulePrice");
    const Money limit = Money{10'000'000'000'000} * 100;
    price->setFocus();
    // 10^15 kroner: above the 10 000 000 000 000 the field's tooltip states.
    typeInto(price, QStringLiteral("1000000000000000"));
    BOOST_TEST(price->property("invalid").toBool());
    // Typed key by key, the last value within the limit stands; the one beyond is never taken.
    BOOST_TEST(doc.project().metrics[0].rule.price <= limit);
    BOOST_TEST(price->toolTip().contains(QStringLiteral("10,000,000,000,000")),
               price->toolTip().toStdString());
    // A number, but too large: the tooltip says so, not that it is no amount.
    BOOST_TEST(price->toolTip().startsWith(QStringLiteral("Outside what this field allows.")),
               price->toolTip().toStdString());
    // Letters typed on: now it is no amount at all, and the tooltip follows.
    typeInto(price, QStringLiteral("12x"));
    BOOST_TEST(price->property("invalid").toBool());
    BOOST_TEST(price->toolTip().startsWith(QStringLiteral("Not an amount")),
               price->toolTip().toStdString());
    // The limit itself is taken.
    typeInto(price, QStringLiteral("10000000000000"));
    BOOST_TEST(!price->property("invalid").toBool());
    BOOST_TEST(doc.project().metrics[0].rule.price == limit);
}

BOOST_AUTO_TEST_CASE(a_table_cell_says_why_a_value_is_refused) {
    Document doc;
    doc.reset(workedExample());
    InvestmentPage page(&doc);
    page.show();
    QTableView *view = page.investors()->view();
    QLabel *problem = page.investors()->problemLabel();
    const Money before = doc.project().investors[0].commitment;
    BOOST_TEST(!problem->isVisibleTo(&page));
    typeInCell(view, 0, 1, QStringLiteral("-5"));
    BOOST_TEST(doc.project().investors[0].commitment == before);
    BOOST_TEST(problem->isVisibleTo(&page));
    BOOST_TEST(problem->text().contains(QStringLiteral("Commitment")),
               problem->text().toStdString());
    BOOST_TEST(problem->text().contains(QStringLiteral("-5")), problem->text().toStdString());
    BOOST_TEST(problem->text().contains(QStringLiteral("10,000,000,000,000")),
               problem->text().toStdString());
    typeInCell(view, 0, 1, QStringLiteral("abc"));
    BOOST_TEST(problem->text().contains(QStringLiteral("abc")), problem->text().toStdString());
    BOOST_TEST(doc.project().investors[0].commitment == before);
    // An accepted value clears the message.
    typeInCell(view, 0, 1, QStringLiteral("1000"));
    BOOST_TEST(doc.project().investors[0].commitment == kr(1'000));
    BOOST_TEST(!problem->isVisibleTo(&page));
}

BOOST_AUTO_TEST_CASE(a_payer_without_a_name_is_not_a_blank_row) {
    Document doc;
    Project p = workedExample();
    BOOST_REQUIRE(!p.metrics[0].rule.payers.empty());
    const int payer = p.metrics[0].rule.payers[0].partyId;
    for (Party &party : p.parties)
        if (party.id == payer)
            party.name.clear();
    MetricsDesignPage page(&doc);
    doc.reset(p);
    page.selectMetric(p.metrics[0].id);
    QAbstractItemModel *model = page.payers()->view()->model();
    BOOST_REQUIRE(model->rowCount() > 0);
    BOOST_TEST(model->index(0, 0).data().toString().toStdString() == "(no name)");
}

BOOST_AUTO_TEST_CASE(payout_curve_axis_and_caps_read_like_the_other_charts) {
    i18n::setLanguage(QStringLiteral("nb"));
    Document doc;
    Project p = workedExample();
    BOOST_REQUIRE(p.metrics[0].rule.capMoney);
    p.caps.total = kr(2'000'000); // both caps drawn
    doc.reset(p);
    PayoutCurveChart chart(&doc);
    chart.setMetric(p.metrics[0].id);
    QStringList titles;
    for (QAbstractAxis *axis : chart.chart()->axes(Qt::Vertical))
        titles << axis->titleText();
    i18n::setLanguage(QStringLiteral("en"));
    BOOST_TEST(titles.contains(QStringLiteral("Beløp (kr)")), titles.join('|').toStdString());
    QColor metricCap, totalCap;
    for (QLineSeries *s : chart.referenceLines()) {
        if (s->name() == QStringLiteral("Tak på betalinger"))
            metricCap = s->pen().color();
        if (s->name() == QStringLiteral("Samlet betalingstak"))
            totalCap = s->pen().color();
    }
    BOOST_TEST(metricCap.isValid());
    BOOST_TEST(totalCap.isValid());
    BOOST_TEST((metricCap != totalCap));
}

BOOST_AUTO_TEST_CASE(payout_curve_labels_its_values_without_exponents) {
    // Money saved, up to a million kroner a period, as a share of savings observes it: the
    // observed values read as whole kroner ("%.4g" printed 500 000 as 5E+05).
    Document doc;
    Project p = workedExample();
    Metric &m = p.metrics[0];
    m.unit = MetricUnit::Money;
    m.plan = {0, 200'000, 400'000, 600'000, 800'000, 1'000'000, 1'000'000, 1'000'000};
    m.counterfactual.assign(m.plan.size(), 0.0);
    m.rule = PaymentRule{};
    m.rule.type = RuleType::ShareOfSavings;
    m.rule.share = 0.9;
    m.savings.clear();
    doc.reset(p);
    PayoutCurveChart chart(&doc);
    chart.setMetric(m.id);
    auto *x = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    BOOST_REQUIRE(x);
    BOOST_TEST(x->max() >= 1'000'000.0);
    BOOST_TEST(x->labelFormat() == QStringLiteral("%.0f"));
    // The decimals follow the step: as few as show every tick exactly, at most four.
    QValueAxis axis;
    for (const auto &[max, ticks, format] :
         {std::tuple{1.0, 5, "%.2f"}, std::tuple{1.0, 6, "%.1f"}, std::tuple{1.5e6, 4, "%.0f"},
          std::tuple{12.0, 7, "%.0f"}, std::tuple{1.0, 4, "%.4f"}}) {
        axis.setRange(0, max);
        axis.setTickCount(ticks);
        fitLabelDecimals(&axis);
        BOOST_TEST(axis.labelFormat() == QString::fromLatin1(format), max << " in " << ticks);
    }
}

BOOST_AUTO_TEST_CASE(payout_curve_follows_bands_and_tiers) {
    Document doc;
    Project p = workedExample();
    // Volume bands of DOMAIN.md §3: 1 100 for units 1–370, 1 000 for 371–410, 1 350 above.
    PaymentRule &r = p.metrics[1].rule;
    r.price = kr(1'100);
    r.bands = {VolumeBand{0, kr(1'100)}, VolumeBand{370, kr(1'000)}, VolumeBand{410, kr(1'350)}};
    r.lag = 0;
    p.caps.total.reset();
    doc.reset(p);
    // 400 units in one period: 370 × 1 100 + 30 × 1 000 = 407 000 + 30 000 = 437 000.
    BOOST_TEST(PayoutCurveChart::paymentAt(doc.project(), 2, 400, 0) == kr(437'000));
    // 420 units: 407 000 + 40 × 1 000 + 10 × 1 350 = 407 000 + 40 000 + 13 500 = 460 500.
    BOOST_TEST(PayoutCurveChart::paymentAt(doc.project(), 2, 420, 0) == kr(460'500));
    PayoutCurveChart chart(&doc);
    chart.setMetric(2);
    int bandLines = 0;
    for (QLineSeries *s : chart.referenceLines())
        if (s->name() == QStringLiteral("Band limit"))
            ++bandLines;
    BOOST_TEST(bandLines == 2); // at 370 and 410

    // Tiered on the observed value, step: 5 → 100 000, 10 → 250 000.
    p.metrics[1].rule = PaymentRule{};
    p.metrics[1].rule.type = RuleType::Tiered;
    p.metrics[1].rule.tierBasis = TierBasis::Observed;
    p.metrics[1].rule.tiers = {Tier{5, kr(100'000)}, Tier{10, kr(250'000)}};
    doc.reset(p);
    BOOST_TEST(PayoutCurveChart::paymentAt(doc.project(), 2, 4, 0) == 0);
    BOOST_TEST(PayoutCurveChart::paymentAt(doc.project(), 2, 7, 0) == kr(100'000));
    BOOST_TEST(PayoutCurveChart::paymentAt(doc.project(), 2, 12, 0) == kr(250'000));
}

BOOST_AUTO_TEST_CASE(undo_brings_back_the_page_the_metric_and_the_field) {
    app::MainWindow w;
    w.document()->reset(workedExample());
    w.showPage(QStringLiteral("metrics"));
    auto *page = static_cast<MetricsDesignPage *>(w.page(QStringLiteral("metrics")));
    page->selectMetric(1);
    typeInto(child<MoneyEdit>(page, "rulePrice"), QStringLiteral("45000"));
    BOOST_TEST(w.document()->project().metrics[1].rule.price == kr(45'000));
    page->selectMetric(0);
    w.showPage(QStringLiteral("overview"));
    w.document()->undoStack()->undo();
    BOOST_TEST(w.document()->project().metrics[1].rule.price == kr(40'000));
    BOOST_TEST(w.currentPage().toStdString() == "metrics");
    BOOST_TEST(page->currentMetricId() == 2);
    BOOST_TEST(page->metrics()->currentRow() == 1);
}

BOOST_AUTO_TEST_CASE(metrics_are_added_duplicated_moved_and_removed) {
    Document doc;
    doc.reset(workedExample());
    MetricsDesignPage page(&doc);
    QTest::mouseClick(child<QPushButton>(&page, "metricsTableDuplicate"), Qt::LeftButton);
    BOOST_TEST(doc.project().metrics.size() == 3u);
    BOOST_TEST(doc.project().metrics[1].id == 3); // a new id, never reused
    BOOST_TEST((doc.project().metrics[1].rule == doc.project().metrics[0].rule));
    BOOST_TEST(page.currentMetricId() == 3);
    QTest::mouseClick(child<QPushButton>(&page, "metricsTableDown"), Qt::LeftButton);
    BOOST_TEST(doc.project().metrics[2].id == 3);
    QTest::mouseClick(child<QPushButton>(&page, "metricsTableRemove"), Qt::LeftButton);
    BOOST_TEST((doc.project() == workedExample()));
    BOOST_TEST(doc.undoStack()->count() == 3);
}

BOOST_AUTO_TEST_CASE(every_page_reports_its_diagnostics) {
    Document doc;
    Project p = workedExample();
    p.valuation.discountRate = 0.5; // out of the plausible range: a warning on the savings page
    p.metrics[0].rule.payers = {PayerShare{1, 0.9}};
    doc.reset(p);
    SavingsPage savings(&doc);
    MetricsDesignPage metrics(&doc);
    BOOST_TEST(savings.diagnostics()->count() >= 1);
    BOOST_TEST(metrics.diagnostics()->count() >= 1); // payer shares add up to 90 %
    BOOST_TEST(child<QWidget>(&savings, "discountRate")->property("diagnostic").toBool());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(design_table_diagnostics)

BOOST_AUTO_TEST_CASE(a_diagnostic_is_shown_in_the_cell_it_concerns) {
    Document doc;
    Project p = workedExample();
    p.investors[0].returnCap = 0.8; // below 1: investors could not get their capital back
    doc.reset(p);
    InvestmentPage page(&doc);
    const QModelIndex cap = page.investors()->model()->index(0, 4);
    BOOST_TEST(cap.data(Qt::ToolTipRole).toString().contains(QStringLiteral("⚠")));
    // The same look as a problem cell in the outcome grid and the ledger: icon and red background.
    BOOST_TEST(cap.data(Qt::DecorationRole).isValid());
    BOOST_TEST(cap.data(Qt::BackgroundRole).isValid());
    const QModelIndex commitment = page.investors()->model()->index(0, 1);
    BOOST_TEST(!commitment.data(Qt::ToolTipRole).toString().contains(QStringLiteral("⚠")));
    BOOST_TEST(!commitment.data(Qt::DecorationRole).isValid());
    BOOST_TEST(!commitment.data(Qt::BackgroundRole).isValid());
    BOOST_TEST(page.diagnostics()->count() >= 1);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(design_fixed_fees)

BOOST_AUTO_TEST_CASE(a_fixed_fee_is_split_between_payers) {
    Document doc;
    Project p = workedExample();
    p.parties.push_back(Party{4, "Fylket", PartyRole::CoPayer, "", std::nullopt});
    doc.reset(p);
    CapsPage page(&doc);
    page.show();
    QTest::mouseClick(child<QPushButton>(&page, "feesTableAdd"), Qt::LeftButton);
    BOOST_REQUIRE(doc.project().fixedFees.size() == 1u);
    // The new fee is selected: its payer split is below. The first payer gets 100 %, the
    // second 100 % − 100 % = 0 %; then 70 % and 30 %.
    QTest::mouseClick(child<QPushButton>(&page, "feePayersTableAdd"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&page, "feePayersTableAdd"), Qt::LeftButton);
    auto *table = child<QTableView>(&page, "feePayersTable");
    typeInCell(table, 0, 1, QStringLiteral("70"));
    typeInCell(table, 1, 1, QStringLiteral("30"));
    const auto &payers = doc.project().fixedFees[0].payers;
    BOOST_REQUIRE(payers.size() == 2u);
    BOOST_TEST(payers[0].partyId == 1);
    BOOST_TEST(payers[0].share == 0.7);
    BOOST_TEST(payers[1].partyId == 4);
    BOOST_TEST(payers[1].share == 0.3);
}

// A payer whose role is changed so that it no longer pays (here to provider) keeps its name in the
// payer cells, marked as a problem with validate()'s diagnostic, rather than going blank.
BOOST_AUTO_TEST_CASE(a_payer_that_no_longer_pays_is_named_and_marked_not_blank) {
    Document doc;
    Project p = workedExample();
    p.parties.push_back(Party{4, "Fylket", PartyRole::CoPayer, "", std::nullopt});
    FixedFee fee;
    fee.id = p.nextFixedFeeId();
    fee.name = "Koordinering";
    fee.amount = kr(10'000);
    fee.payers = {PayerShare{4, 1.0}};
    p.fixedFees.push_back(fee);
    p.metrics[0].rule.payers = {PayerShare{1, 0.5}, PayerShare{4, 0.5}};
    doc.reset(p);
    CapsPage caps(&doc);
    MetricsDesignPage metrics(&doc);
    caps.show();
    metrics.show();
    caps.fees()->selectCell(0, 0);
    QAbstractItemModel *feeModel = caps.fees()->view()->model();
    QAbstractItemModel *feePayers = caps.feePayers()->view()->model();
    QAbstractItemModel *metricPayers = metrics.payers()->view()->model();
    const int payerColumn = 7;
    BOOST_REQUIRE(feeModel->headerData(payerColumn, Qt::Horizontal).toString() == "Payer");
    BOOST_TEST(feeModel->index(0, payerColumn).data().toString() == QStringLiteral("Fylket"));
    BOOST_TEST(feeModel->index(0, payerColumn).data(Qt::DecorationRole).isNull());

    // Fylket becomes a provider (on the Parties page).
    Project changed = doc.project();
    changed.parties.back().role = PartyRole::Provider;
    BOOST_REQUIRE(doc.apply(changed, QStringLiteral("Change role")));
    QApplication::processEvents();

    const auto looksLikeAProblem = [](const QModelIndex &cell) {
        BOOST_TEST(cell.data().toString() == QStringLiteral("Fylket"));
        BOOST_TEST(!cell.data(Qt::DecorationRole).isNull());
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        BOOST_TEST_INFO(tip.toStdString());
        BOOST_TEST(tip.contains(
            QStringLiteral("“Fylket” is among the payers, but its role no longer pays")));
    };
    // The fee's single payer in the fees table, the fee's payer split, the metric's payer split.
    looksLikeAProblem(feeModel->index(0, payerColumn));
    BOOST_REQUIRE(feePayers->rowCount() == 1);
    looksLikeAProblem(feePayers->index(0, 0));
    BOOST_REQUIRE(metricPayers->rowCount() == 2);
    looksLikeAProblem(metricPayers->index(1, 0));
    // The commissioner still pays: no problem on its row.
    BOOST_TEST(metricPayers->index(0, 0).data(Qt::DecorationRole).isNull());
}

BOOST_AUTO_TEST_CASE(undo_of_a_payer_split_edit_brings_back_its_fee) {
    Document doc;
    Project p = workedExample();
    p.parties.push_back(Party{4, "Fylket", PartyRole::CoPayer, "", std::nullopt});
    doc.reset(p);
    CapsPage page(&doc);
    QObject::connect(&doc, &Document::navigateRequested, &page, &CapsPage::showLocation);
    page.show();
    QTest::mouseClick(child<QPushButton>(&page, "feesTableAdd"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&page, "feesTableAdd"), Qt::LeftButton);
    BOOST_REQUIRE(doc.project().fixedFees.size() == 2u);
    // The first fee gets a payer with 70 %; then the user looks at the second fee.
    page.fees()->selectCell(0, 0);
    QTest::mouseClick(child<QPushButton>(&page, "feePayersTableAdd"), Qt::LeftButton);
    auto *table = child<QTableView>(&page, "feePayersTable");
    typeInCell(table, 0, 1, QStringLiteral("70"));
    BOOST_REQUIRE(doc.project().fixedFees[0].payers.size() == 1u);
    page.fees()->selectCell(1, 0);
    BOOST_TEST(table->model()->rowCount() == 0); // the second fee has no split
    // Undo the 70 %: the first fee is selected again and its split shown, the cell current.
    doc.undoStack()->undo();
    BOOST_TEST(page.fees()->view()->currentIndex().row() == 0);
    BOOST_TEST(table->model()->rowCount() == 1);
    BOOST_TEST(table->currentIndex().row() == 0);
    BOOST_TEST(table->currentIndex().column() == 1);
}

BOOST_AUTO_TEST_CASE(tab_follows_the_metric_form_and_ctrl_z_undoes_the_definition) {
    app::MainWindow w;
    w.document()->reset(workedExample());
    w.showPage(QStringLiteral("metrics"));
    w.show();
    QApplication::setActiveWindow(&w);
    BOOST_REQUIRE(QTest::qWaitForWindowActive(&w));
    QWidget *page = w.page(QStringLiteral("metrics"));
    auto *name = child<QLineEdit>(page, "metricName");
    auto *definition = child<QPlainTextEdit>(page, "metricDefinition");
    const std::size_t metrics = w.document()->project().metrics.size();

    // From the name, Tab goes to the definition, then on down the form: never to "Add metric"
    // under the list.
    name->setFocus();
    QApplication::processEvents();
    BOOST_TEST(QApplication::focusWidget() == name);
    QTest::keyClick(name, Qt::Key_Tab);
    BOOST_TEST(QApplication::focusWidget() == definition);
    QTest::keyClick(definition, Qt::Key_Tab);
    BOOST_TEST(QApplication::focusWidget() == child<QComboBox>(page, "metricUnit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    BOOST_TEST(QApplication::focusWidget() == child<QComboBox>(page, "metricDirection"));
    // Back with Shift+Tab.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    BOOST_TEST(QApplication::focusWidget() == name);
    // Every field of the form is reached by Tab from the name, in the form's order, before
    // anything outside it.
    QWidget *payers = child<QWidget>(page, "payersTable");
    bool reachedPayers = false;
    for (int i = 0; i < 60 && !reachedPayers; ++i) {
        QWidget *f = QApplication::focusWidget();
        BOOST_REQUIRE(f);
        BOOST_TEST_REQUIRE(
            page->findChild<QWidget *>(QStringLiteral("metricForm"))->isAncestorOf(f),
            f->objectName().toStdString());
        reachedPayers = payers == f || payers->isAncestorOf(f);
        QTest::keyClick(f, Qt::Key_Tab);
    }
    BOOST_TEST(reachedPayers);
    BOOST_TEST(w.document()->project().metrics.size() == metrics);

    // Ctrl+Z while typing the definition undoes the typing, not some other edit.
    definition->setFocus();
    QTest::keyClick(definition, Qt::Key_End, Qt::ControlModifier);
    const std::string before = w.document()->project().metrics[0].definition;
    QTest::keyClicks(definition, QStringLiteral(" Sjekk"));
    BOOST_TEST(w.document()->project().metrics[0].definition == before + " Sjekk");
    QTest::keyClick(definition, Qt::Key_Z, Qt::ControlModifier);
    QApplication::processEvents();
    BOOST_TEST(w.document()->project().metrics[0].definition == before);
    BOOST_TEST(definition->toPlainText().toStdString() == before);
    // The other fields are untouched by it.
    BOOST_TEST(w.document()->project().metrics[0].name == workedExample().metrics[0].name);
}

BOOST_AUTO_TEST_CASE(metric_form_scrolls_rather_than_cut_off_and_stays_put_under_a_banner) {
    app::MainWindow w;
    w.document()->reset(workedExample());
    w.showPage(QStringLiteral("metrics"));
    w.resize(1200, 780); // the default size
    w.show();
    BOOST_REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *page = static_cast<MetricsDesignPage *>(w.page(QStringLiteral("metrics")));
    auto *scroll = child<QScrollArea>(page, "metricForm");
    auto *name = child<QLineEdit>(page, "metricName");
    // Every field can be seen: inside the visible width, or reachable by a sideways scroll bar.
    auto reachable = [&] {
        QApplication::processEvents();
        const int right = scroll->widget()->minimumSizeHint().width();
        return right <= scroll->viewport()->width() ||
               (scroll->horizontalScrollBar()->isVisible() &&
                scroll->horizontalScrollBar()->maximum() >= right - scroll->viewport()->width());
    };
    BOOST_TEST(reachable());
    w.resize(760, 600); // narrower than the form: it scrolls
    BOOST_TEST(reachable());
    w.resize(1200, 780);
    QApplication::processEvents();

    // A problem appears (shares summing to 120 %): the banner shows, the fields do not move.
    BOOST_TEST(page->diagnostics()->isHidden());
    const QPoint before = name->mapTo(&w, QPoint(0, 0));
    Project p = w.document()->project();
    // (Each share within 0–1: a single share of 1.2 could not be saved, so no edit brings it in.)
    p.metrics[0].rule.payers = {PayerShare{1, 0.6}, PayerShare{1, 0.6}};
    w.document()->apply(p, QStringLiteral("shares"));
    QApplication::processEvents();
    BOOST_TEST(page->diagnostics()->isVisible());
    BOOST_TEST((name->mapTo(&w, QPoint(0, 0)) == before));
    w.document()->undoStack()->undo();
    QApplication::processEvents();
    BOOST_TEST(page->diagnostics()->isHidden());
    BOOST_TEST((name->mapTo(&w, QPoint(0, 0)) == before));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(design_review_points)

// A review point added on the Caps page as a planner does: Add, then the period, the test and the
// required share typed into their cells. Each is one undo step; undoing the add removes the point.
BOOST_AUTO_TEST_CASE(a_review_point_is_added_and_edited_in_one_undo_step_each) {
    Document doc;
    doc.reset(workedExample());
    CapsPage page(&doc);
    page.resize(1100, 900);
    page.show();
    const int before = doc.undoStack()->count();
    QTest::mouseClick(child<QPushButton>(&page, "reviewsTableAdd"), Qt::LeftButton);
    const auto &reviews = doc.project().termination.reviews;
    BOOST_REQUIRE(reviews.size() == 1u);
    BOOST_TEST(doc.undoStack()->count() == before + 1);
    // A new point tests the first metric halfway through the contract, at 50 % of plan.
    BOOST_TEST((reviews[0].test == ReviewTest::MetricUnits));
    BOOST_TEST((reviews[0].metricId == std::optional<int>(1)));
    BOOST_TEST(reviews[0].period == 3);
    BOOST_TEST(reviews[0].requiredShare == 0.5);
    doc.undoStack()->undo();
    BOOST_TEST(doc.project().termination.reviews.empty());
    BOOST_TEST(doc.undoStack()->index() == before);
    QTest::mouseClick(child<QPushButton>(&page, "reviewsTableAdd"), Qt::LeftButton);
    BOOST_REQUIRE(doc.project().termination.reviews.size() == 1u);

    auto *table = child<QTableView>(&page, "reviewsTable");
    BOOST_TEST(S(table->model()->headerData(0, Qt::Horizontal).toString()) == "Review after");
    chooseInCell(table, 0, 0, QStringLiteral("Q3 2027")); // the period, chosen by its label
    BOOST_TEST(doc.project().termination.reviews.at(0).period == 2);
    typeInCell(table, 0, 3, QStringLiteral("80"));
    BOOST_TEST(doc.project().termination.reviews.at(0).requiredShare == 0.8);
    // The test: the outcome payments earned, all metrics.
    chooseInCell(table, 0, 1, QStringLiteral("Outcome payments earned, all metrics"));
    BOOST_TEST((doc.project().termination.reviews.at(0).test == ReviewTest::OutcomePayments));
    BOOST_TEST(S(table->model()->index(0, 1).data().toString()) ==
               "Outcome payments earned, all metrics");
    BOOST_TEST(S(table->model()->index(0, 2).data().toString()) == "(all metrics)");
    BOOST_TEST(doc.undoStack()->count() == before + 4);
    // One undo takes back the test, and only it.
    doc.undoStack()->undo();
    BOOST_TEST((doc.project().termination.reviews.at(0).test == ReviewTest::MetricUnits));
    BOOST_TEST(doc.project().termination.reviews.at(0).requiredShare == 0.8);
    BOOST_TEST(S(table->model()->index(0, 2).data().toString()) == "I arbeid i 13 uker");
}

BOOST_AUTO_TEST_CASE(termination_payment_and_payee_are_set_and_diagnosed) {
    Document doc;
    Project p = workedExample();
    p.termination.reviews = {ReviewPoint{1, 3, ReviewTest::MetricUnits, std::nullopt, 0.5}};
    doc.reset(p);
    CapsPage page(&doc);
    page.show();
    // A metric test without a metric: the metric cell says why it is not taken.
    auto *model = page.reviews()->model();
    BOOST_TEST(!model->diagnosticsAt(0, 2).isEmpty());
    BOOST_TEST(model->diagnosticsAt(0, 3).isEmpty());

    const int before = doc.undoStack()->count();
    auto *payment = child<MoneyEdit>(&page, "terminationPayment");
    payment->setFocus();
    typeInto(payment, QStringLiteral("200000"));
    BOOST_TEST(doc.project().termination.payment == kr(200'000));
    BOOST_TEST(doc.undoStack()->count() == before + 1);
    // A payment without a receiver is not paid: the page says so.
    BOOST_TEST(page.diagnostics()->text().contains(QStringLiteral("no party is named")));
    auto *payee = page.terminationPayee();
    BOOST_TEST(S(payee->currentText()) == "(none)");
    payee->setFocus();
    QTest::keyClick(payee, Qt::Key_Down); // the first party: the kommune
    BOOST_TEST((doc.project().termination.payeeId == std::optional<int>(1)));
    BOOST_TEST(doc.undoStack()->count() == before + 2);
    BOOST_TEST(!page.diagnostics()->text().contains(QStringLiteral("no party is named")));
    doc.undoStack()->undo();
    BOOST_TEST(!doc.project().termination.payeeId.has_value());
    BOOST_TEST(S(payee->currentText()) == "(none)");
    doc.undoStack()->undo();
    BOOST_TEST(doc.project().termination.payment == 0);
    BOOST_TEST(payment->text().isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(design_terms)

BOOST_AUTO_TEST_CASE(a_unit_and_a_relative_threshold_are_stated_and_drawn) {
    // Issue 15, item 5: pay only when u ≥ 3 and x ≥ 200 % (M1 of the worked example: 60 000 a
    // unit over b = 2, so the units ask for a ≥ 5 and the relative test for u ≥ 4, a ≥ 6).
    Document doc;
    doc.setAsyncThresholdMs(-1); // every computation synchronous: the checks follow each key
    Project p = workedExample();
    p.metrics[0].rule.capMoney.reset();
    doc.reset(p);
    MetricsDesignPage page(&doc);
    page.show();
    auto *basis = child<QComboBox>(&page, "thresholdBasis");
    auto *units = child<QWidget>(&page, "thresholdUnits");
    auto *relative = child<QWidget>(&page, "thresholdRelative");
    BOOST_TEST(!units->isVisibleTo(&page));
    BOOST_TEST(!relative->isVisibleTo(&page));
    int steps = doc.undoStack()->count();
    basis->setFocus();
    QTest::keyClick(basis, Qt::Key_End); // the last choice: units and relative improvement
    QApplication::processEvents();
    BOOST_TEST((doc.project().metrics[0].rule.thresholdBasis == ThresholdBasis::UnitsAndRelative));
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    BOOST_TEST(units->isVisibleTo(&page));
    BOOST_TEST(relative->isVisibleTo(&page));
    steps = doc.undoStack()->count();
    units->setFocus();
    typeInto(units, QStringLiteral("3"));
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    relative->setFocus();
    typeInto(relative, QStringLiteral("200"));
    BOOST_TEST(doc.undoStack()->count() == steps + 2);
    const PaymentRule &r = doc.project().metrics[0].rule;
    BOOST_TEST(r.threshold == 3.0);
    BOOST_TEST(r.thresholdRelative == 2.0);

    // The curve is the engine's: nothing below a = 6 (a = 5.5 passes the units, not x), then
    // 4 × 60 000 = 240 000 at a = 6; a threshold line at a = 5 and one at a = 6.
    PayoutCurveChart *curve = page.curve();
    bool paidTooEarly = false, paidAtSix = false;
    for (const QPointF &pt : curve->curve()->points()) {
        if (pt.x() < 6 - 1e-9 && pt.y() > 0)
            paidTooEarly = true;
        if (pt.x() == 6.0)
            paidAtSix = pt.y() == 240'000.0;
    }
    BOOST_TEST(!paidTooEarly);
    BOOST_TEST(paidAtSix);
    std::vector<double> lines;
    for (QLineSeries *s : curve->referenceLines())
        if (s->name() == QStringLiteral("Threshold"))
            lines.push_back(s->at(0).x());
    BOOST_TEST((lines == std::vector<double>{5.0, 6.0}));

    // One undo takes the relative minimum back out of the rule and of the curve.
    doc.undoStack()->undo();
    BOOST_TEST(doc.project().metrics[0].rule.thresholdRelative == 0.0);
    BOOST_TEST(PayoutCurveChart::paymentAt(doc.project(), 1, 5.5, 2) == kr(210'000));

    // On M2, which has no counterfactual, a relative minimum could never be met: the page says so.
    page.selectMetric(1);
    BOOST_TEST(!page.diagnostics()->text().contains(QStringLiteral("needs a counterfactual")));
    basis->setFocus();
    QTest::keyClick(basis, Qt::Key_End);
    QApplication::processEvents();
    BOOST_TEST((doc.project().metrics[1].rule.thresholdBasis == ThresholdBasis::UnitsAndRelative));
    BOOST_TEST(page.diagnostics()->text().contains(QStringLiteral("needs a counterfactual")),
               S(page.diagnostics()->text()));
}

BOOST_AUTO_TEST_CASE(savings_are_spread_over_periods_in_one_step) {
    Document doc;
    doc.reset(workedExample());
    SavingsPage page(&doc);
    page.show();
    const int steps = doc.undoStack()->count();
    // Columns: metric, budget holder, saving per unit, cashable, years, periods.
    typeInCell(page.lines()->view(), 0, 5, QStringLiteral("3"));
    BOOST_TEST(doc.project().metrics[0].savings[0].spreadPeriods == 3);
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    doc.undoStack()->undo();
    BOOST_TEST(doc.project().metrics[0].savings[0].spreadPeriods == 0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(design_repaid)

BOOST_AUTO_TEST_CASE(a_second_share_once_investors_are_repaid_is_chosen_in_one_step) {
    // Issue 15, item 1 (Utah's preschool contract): 95 % of the savings until the investors have
    // received their principal plus 5 % a year, then 40 %. A third metric of the worked example
    // pays a share of savings with a second share after a sum; the planner switches it to "once
    // investors have received principal plus a return" and gives 5 %.
    Document doc;
    doc.setAsyncThresholdMs(-1);
    Project p = workedExample();
    Metric m = p.metrics.front();
    m.id = 3;
    m.name = "Sparte kroner";
    m.unit = MetricUnit::Money;
    m.plan = std::vector<double>(m.plan.size(), 100'000);
    m.counterfactual.assign(m.plan.size(), 0.0);
    m.actual.assign(m.plan.size(), std::nullopt);
    m.rule = PaymentRule{};
    m.rule.type = RuleType::ShareOfSavings;
    m.rule.share = 0.95;
    m.rule.secondShare = 0.40;
    m.rule.secondShareAfter = kr(1'000'000);
    m.savings.clear();
    p.metrics.push_back(m);
    doc.reset(p);
    MetricsDesignPage page(&doc);
    page.show();
    page.selectMetric(2);
    QApplication::processEvents();
    auto *when = child<QComboBox>(&page, "ruleSecondShareWhen");
    auto *after = child<QWidget>(&page, "ruleSecondShareAfter");
    auto *ret = child<QWidget>(&page, "ruleSecondShareReturn");
    BOOST_TEST(after->isVisibleTo(&page));
    BOOST_TEST(!ret->isVisibleTo(&page));
    BOOST_TEST(page.curve()->secondCurve() == nullptr);

    int steps = doc.undoStack()->count();
    when->setFocus();
    QTest::keyClick(when, Qt::Key_End); // the last choice: once investors are repaid
    QApplication::processEvents();
    BOOST_TEST(
        (doc.project().metrics[2].rule.secondShareWhen == SecondShareSwitch::InvestorsRepaid));
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    BOOST_TEST(!after->isVisibleTo(&page));
    BOOST_TEST(ret->isVisibleTo(&page));
    steps = doc.undoStack()->count();
    ret->setFocus();
    typeInto(ret, QStringLiteral("5"));
    BOOST_TEST(doc.undoStack()->count() == steps + 1);
    BOOST_TEST(doc.project().metrics[2].rule.secondShareReturn == 0.05,
               boost::test_tools::tolerance(1e-12));

    // The curve pays the first share, 95 % of a; the second, dashed, 40 % (to the øre), both up
    // to the worked example's total cap of 5 000 000 (the chart reaches it).
    PayoutCurveChart *curve = page.curve();
    BOOST_REQUIRE(curve->secondCurve() != nullptr);
    BOOST_TEST((curve->secondCurve()->pen().style() == Qt::DashLine));
    auto follows = [](QLineSeries *s, double share) {
        bool all = s->count() > 10;
        for (const QPointF &pt : s->points())
            if (std::fabs(pt.y() - std::min(share * pt.x(), 5'000'000.0)) > 0.006) {
                BOOST_TEST_MESSAGE("at a = " << pt.x() << ": " << pt.y());
                all = false;
            }
        return all;
    };
    BOOST_TEST(follows(curve->curve(), 0.95));
    BOOST_TEST(follows(curve->secondCurve(), 0.40));

    // Two undos: the return, then the switch, which brings the sum back into view.
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QApplication::processEvents();
    BOOST_TEST((doc.project().metrics[2].rule.secondShareWhen == SecondShareSwitch::AfterSum));
    BOOST_TEST(after->isVisibleTo(&page));
    BOOST_TEST(!ret->isVisibleTo(&page));
    BOOST_TEST(curve->secondCurve() == nullptr);
}

BOOST_AUTO_TEST_SUITE_END()
