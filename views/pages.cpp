// The page registry: the parts of a project in the order a planner works. Add a page here.
#include "pages.h"

#include "overviewpage.h"
#include "resultspage.h"
#include "tablepages.h"

#include <QCoreApplication>

namespace effekt::views {

std::vector<Page> createPages(Document *document, QWidget *parent) {
    std::vector<Page> pages;
    auto add = [&](const QString &id, const QString &title, const QString &tip, QWidget *w) {
        w->setParent(parent);
        pages.push_back(Page{id, title, tip, w});
    };
    add(QStringLiteral("overview"), QCoreApplication::translate("Pages", "Overview"),
        QCoreApplication::translate("Pages", "Name, description and timeline"),
        new OverviewPage(document));
    add(QStringLiteral("metrics"), QCoreApplication::translate("Pages", "Outcome metrics"),
        QCoreApplication::translate("Pages", "What is measured and what it pays"),
        new MetricsPage(document));
    add(QStringLiteral("outcomes"), QCoreApplication::translate("Pages", "Outcome data"),
        QCoreApplication::translate("Pages", "Planned and actual outcomes per period"),
        new OutcomesPage(document));
    add(QStringLiteral("results"), QCoreApplication::translate("Pages", "Results"),
        QCoreApplication::translate("Pages", "What gets paid, and when"),
        new ResultsPage(document));
    return pages;
}

} // namespace effekt::views
