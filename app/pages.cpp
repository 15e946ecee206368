// The page registry: the parts of a project in the order a planner works. Add a page here.
#include "pages.h"

#include "assumptionspage.h"
#include "capspage.h"
#include "designmetrics.h"
#include "investmentpage.h"
#include "ledgerpage.h"
#include "outcomespage.h"
#include "overviewpage.h"
#include "partiespage.h"
#include "resultspage.h"
#include "riskpage.h"
#include "savingspage.h"

#include <QCoreApplication>

namespace effekt::views {

std::vector<Page> createPages(Document *document, QWidget *parent) {
    std::vector<Page> pages;
    auto add = [&](const QString &id, const QString &title, const QString &tip, QWidget *w) {
        w->setParent(parent);
        pages.push_back(Page{id, title, tip, w});
    };
    add(QStringLiteral("overview"), QCoreApplication::translate("Pages", "Overview"),
        QCoreApplication::translate("Pages",
                                    "Name, description, timeline, target group and cohorts"),
        new OverviewPage(document));
    add(QStringLiteral("parties"), QCoreApplication::translate("Pages", "Parties"),
        QCoreApplication::translate("Pages", "Who pays, who invests, who delivers, who evaluates"),
        new PartiesPage(document));
    add(QStringLiteral("metrics"),
        QCoreApplication::translate("Pages", "Outcome metrics and payment rules"),
        QCoreApplication::translate("Pages", "What is measured and what it pays"),
        new MetricsDesignPage(document));
    add(QStringLiteral("caps"), QCoreApplication::translate("Pages", "Caps and fixed fees"),
        QCoreApplication::translate("Pages",
                                    "The most the contract pays, fixed fees and delivery costs"),
        new CapsPage(document));
    add(QStringLiteral("investment"), QCoreApplication::translate("Pages", "Investment"),
        QCoreApplication::translate("Pages", "Investors and how the delivery is financed"),
        new InvestmentPage(document));
    add(QStringLiteral("savings"),
        QCoreApplication::translate("Pages", "Savings and value for money"),
        QCoreApplication::translate("Pages",
                                    "Public savings per outcome, discount rate, the traditional "
                                    "alternative"),
        new SavingsPage(document));
    add(QStringLiteral("outcomes"), QCoreApplication::translate("Pages", "Outcome data"),
        QCoreApplication::translate("Pages", "Planned and actual outcomes per period"),
        new OutcomesPage(document));
    add(QStringLiteral("ledger"), QCoreApplication::translate("Pages", "Participant ledger"),
        QCoreApplication::translate("Pages", "Outcomes per participant, imported from CSV"),
        new LedgerPage(document));
    add(QStringLiteral("results"), QCoreApplication::translate("Pages", "Results"),
        QCoreApplication::translate("Pages", "What gets paid, and when"),
        new ResultsPage(document));
    add(QStringLiteral("risk"), QCoreApplication::translate("Pages", "Risk"),
        QCoreApplication::translate("Pages",
                                    "Scenarios, who carries the risk, sensitivity and Monte Carlo"),
        new RiskPage(document));
    add(QStringLiteral("assumptions"), QCoreApplication::translate("Pages", "Assumptions"),
        QCoreApplication::translate("Pages", "The assumption log: sources and who stated them"),
        new AssumptionsPage(document));
    return pages;
}

} // namespace effekt::views
