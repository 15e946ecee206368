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
class QLabel;

namespace effekt::views {

struct Kpi {
    QString id;      // stable: "maxPayment", "forecastPayment", "netValue", "bcr", "investor",
                     // "irr", "breakEven", "riskTransferred"
    QString title;   // translated
    QString value;   // formatted for the locale
    QString detail;  // a second line (may be empty)
    QString toolTip; // how it is computed
    // Non-empty: the figure rests on a value a warning flags, and the card says so.
    QString caution = {};
};

// Why an investor has no IRR, as a sentence; empty when it has one.
QString noIrrReason(const InvestorResult &investor);

// The key figures. Figures that depend on the observed counts get a caution when a warning flags
// one of those counts (more people than the cohort, fractional people, a negative value).
std::vector<Kpi> computeKpis(const Project &project, const Results &results,
                             const QLocale &locale = QLocale());

class KpiCards : public QWidget {
    Q_OBJECT
public:
    explicit KpiCards(QWidget *parent = nullptr);
    void setKpis(const std::vector<Kpi> &kpis);
    // With errors the design is not valid: the cards show no figures, only how many problems
    // there are and a link to them. With warnings the figures are shown, marked as resting on them.
    void setProblems(int errors, int warnings);
    bool figuresShown() const;
    // The line above the cards about errors or warnings (hidden when there are none).
    QLabel *notice() const { return notice_; }
    // The value shown on card `id` (tests), empty when there is no such card.
    QString valueText(const QString &id) const;
    QString detailText(const QString &id) const;
    QString toolTip(const QString &id) const;

signals:
    // The planner followed the notice's link: show the first problem.
    void problemsRequested();

private:
    QGridLayout *grid_;
    QWidget *cards_;
    QLabel *notice_;
};

} // namespace effekt::views
