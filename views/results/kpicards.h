// The key figures at the top of Results, each a card with a title, a value and a tooltip that says
// how it is computed.
#pragma once

#include "engine.h"
#include "project.h"

#include <QLocale>
#include <QString>
#include <QWidget>

#include <vector>

class QGridLayout;

namespace effekt::views {

struct Kpi {
    QString id;      // stable: "maxPayment", "forecastPayment", "netValue", "bcr", "investor",
                     // "irr", "breakEven", "riskTransferred"
    QString title;   // translated
    QString value;   // formatted for the locale
    QString detail;  // a second line (may be empty)
    QString toolTip; // how it is computed
};

// Why an investor has no IRR, as a sentence; empty when it has one.
QString noIrrReason(const InvestorResult &investor);

std::vector<Kpi> computeKpis(const Project &project, const Results &results,
                             const QLocale &locale = QLocale());

class KpiCards : public QWidget {
    Q_OBJECT
public:
    explicit KpiCards(QWidget *parent = nullptr);
    void setKpis(const std::vector<Kpi> &kpis);
    // The value shown on card `id` (tests), empty when there is no such card.
    QString valueText(const QString &id) const;
    QString detailText(const QString &id) const;
    QString toolTip(const QString &id) const;

private:
    QGridLayout *grid_;
};

} // namespace effekt::views
