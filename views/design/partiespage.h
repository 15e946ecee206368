// Parties: everyone who takes part in the contract (commissioners, co-payers, investors, the
// provider, the evaluator, guarantors), with organisation numbers checked as they are typed.
#pragma once

#include "designpage.h"

namespace effekt::views {

class TableEditor;

class PartiesPage : public DesignPage {
    Q_OBJECT
public:
    explicit PartiesPage(Document *document, QWidget *parent = nullptr);
    TableEditor *parties() const { return parties_; }

private:
    TableEditor *parties_;
};

} // namespace effekt::views
