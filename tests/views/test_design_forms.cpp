// The contract designer's forms: each field edits the project through the document's undo stack.
#include "designmetrics.h"
#include "designpages.h"
#include "designwidgets.h"
#include "moneyedit.h"
#include "payoutcurve.h"

#include <QLineSeries>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace effekt;
using namespace effekt::views;

BOOST_AUTO_TEST_SUITE(design_forms)

BOOST_AUTO_TEST_CASE(metric_form_shows_the_selected_metric) {
    Document doc;
    doc.reset(workedExample());
    MetricsDesignPage page(&doc);
    doc.reset(Project{});
    doc.reset(workedExample());
    auto *price = page.findChild<MoneyEdit *>(QStringLiteral("rulePrice"));
    BOOST_REQUIRE(price);
    BOOST_TEST(price->money().value_or(-1) == 60'000'00);
}

BOOST_AUTO_TEST_SUITE_END()
