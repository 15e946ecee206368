// Every diagnostic of the engine, translated, with its severity and place; clicking one shows the
// page and field it concerns.
#pragma once

#include "document.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

namespace effekt::views {

// The page (see app/pages.cpp) and place a diagnostic is about: metric/rule → "metrics",
// party → "parties", investor/financing → "investment", caps/fixedFee → "caps",
// valuation → "savings", timeline/project → "overview", ledger → "ledger". The row is the entity's
// position in its list (its id for ledger rows), the field the diagnostic's field name.
EditLocation diagnosticLocation(const Diagnostic &d, const Project &project);

class DiagnosticsListPanel : public QWidget {
    Q_OBJECT
public:
    explicit DiagnosticsListPanel(Document *document, QWidget *parent = nullptr);
    QTreeWidget *list() const { return list_; }
    // Goes to the place of the diagnostic in row `row` (as a click does).
    void activate(int row);

private:
    void reload();
    Document *document_;
    QTreeWidget *list_;
    QLabel *summary_;
};

} // namespace effekt::views
