// Assumptions: the assumption log, every assumption behind the figures with its source and who
// stated it.
#pragma once

#include "designpage.h"

namespace effekt::views {

class TableEditor;

class AssumptionsPage : public DesignPage {
    Q_OBJECT
public:
    explicit AssumptionsPage(Document *document, QWidget *parent = nullptr);
    TableEditor *assumptions() const { return assumptions_; }

private:
    TableEditor *assumptions_;
};

} // namespace effekt::views
