// The base of every page of the main window (the registry of pages is app/pages.cpp).
#pragma once

#include "document.h"

#include <QWidget>

namespace effekt::views {

// Pages implement this to show the place of an edit after undo/redo or a diagnostic click.
class PageWidget : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void showLocation(const EditLocation &where) { Q_UNUSED(where); }
};

} // namespace effekt::views
