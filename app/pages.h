// The parts of a project, in the order a planner works, each a page of the main window.
// The main window shows them in a sidebar; it rebuilds them when the language changes.
#pragma once

#include "document.h"
#include "pagewidget.h"

#include <QIcon>
#include <QString>
#include <QWidget>

#include <vector>

namespace effekt::views {

struct Page {
    QString id;      // stable: "overview", "metrics", "outcomes", "results", …
    QString title;   // translated
    QString toolTip; // translated
    QWidget *widget = nullptr;
};

// Creates every page for the document; the widgets are parented to `parent`.
std::vector<Page> createPages(Document *document, QWidget *parent);

} // namespace effekt::views
