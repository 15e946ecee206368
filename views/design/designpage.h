// The base of the contract designer's form pages (Parties, Caps, Investment, Savings,
// Assumptions): a scrolling form under the page's diagnostics, and showLocation by object name.
#pragma once

#include "pagewidget.h"

namespace effekt::views {

class PageDiagnostics;
class FormBinder;

// A page of design forms: finds a table or a field by object name in showLocation.
class DesignPage : public PageWidget {
    Q_OBJECT
public:
    DesignPage(Document *document, QString id, QWidget *parent = nullptr);
    void showLocation(const EditLocation &where) override;
    QString id() const { return id_; }
    PageDiagnostics *diagnostics() const { return diagnostics_; }

protected:
    // Wraps the content in a scroll area with the diagnostics panel on top.
    void setContent(QWidget *content);

    Document *document_;
    QString id_;
    FormBinder *binder_;
    PageDiagnostics *diagnostics_ = nullptr;
};

} // namespace effekt::views
