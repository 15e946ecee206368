// Investment: the investors (commitment, tranche, coupon, return cap, guarantee) and how the
// delivery is financed (reserve share, provider's incentive share).
#pragma once

#include "designpage.h"

namespace effekt::views {

class TableEditor;

class InvestmentPage : public DesignPage {
    Q_OBJECT
public:
    explicit InvestmentPage(Document *document, QWidget *parent = nullptr);
    TableEditor *investors() const { return investors_; }

private:
    TableEditor *investors_;
};

} // namespace effekt::views
