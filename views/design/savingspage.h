// Savings and value for money: the discount rate, the margin of the traditional alternative, and
// the public savings per outcome metric.
#pragma once

#include "designpage.h"

namespace effekt::views {

class TableEditor;

class SavingsPage : public DesignPage {
    Q_OBJECT
public:
    explicit SavingsPage(Document *document, QWidget *parent = nullptr);
    TableEditor *lines() const { return lines_; }

private:
    TableEditor *lines_;
};

} // namespace effekt::views
