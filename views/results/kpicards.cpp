#include "kpicards.h"

#include "diagnostictext.h"
#include "format.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace effekt::views {

namespace {
QString multipleText(double m, const QLocale &locale) {
    //: A money multiple, e.g. "1.16×".
    return KpiCards::tr("%1×").arg(formatNumber(m, locale, 2));
}

QString perPeriodName(PeriodLength length) {
    switch (length) {
    case PeriodLength::Month: return KpiCards::tr("a month");
    case PeriodLength::Quarter: return KpiCards::tr("a quarter");
    case PeriodLength::HalfYear: return KpiCards::tr("a half-year");
    case PeriodLength::Year: return KpiCards::tr("a year");
    }
    return {};
}

QString investorName(const Project &p, std::size_t i) {
    if (i < p.investors.size())
        if (const Party *party = p.party(p.investors[i].partyId))
            return QString::fromStdString(party->name);
    return KpiCards::tr("Investor %1").arg(i + 1);
}

QString irrText(const Project &p, const InvestorResult &inv, const QLocale &locale) {
    if (inv.irrPeriodic.ok() && inv.irrAnnual)
        return KpiCards::tr("%1 a year").arg(formatPercent(*inv.irrAnnual, locale, 2));
    Q_UNUSED(p);
    return KpiCards::tr("No IRR");
}

// The first warning about an observed count the figures are computed from, if any.
const Diagnostic *flaggedCount(const Results &r) {
    for (const Diagnostic &d : r.diagnostics)
        if (d.code == DiagCode::CountAboveCohort || d.code == DiagCode::FractionalCount ||
            d.code == DiagCode::ParticipantAboveOne || d.code == DiagCode::NegativeObservedValue)
            return &d;
    return nullptr;
}
} // namespace

QString noIrrReason(const InvestorResult &inv) {
    if (inv.irrPeriodic.ok() && inv.irrAnnual)
        return {};
    if (inv.drawn == 0)
        return KpiCards::tr("Nothing is drawn from the investors.");
    switch (inv.irrPeriodic.status) {
    case RateResult::Status::NoSignChange:
        if (inv.distributed + inv.guarantee == 0)
            return KpiCards::tr("The investors get nothing back: their cash flow never changes "
                                "sign.");
        return KpiCards::tr("The investors' cash flow never changes sign.");
    case RateResult::Status::NoConvergence:
        return KpiCards::tr("No rate of return solves the investors' cash flow.");
    case RateResult::Status::NoRoot:
        return KpiCards::tr("The investors' cash flow has no rate of return: its present value "
                            "never reaches zero.");
    case RateResult::Status::NotComputed:
    case RateResult::Status::Ok: break;
    }
    return KpiCards::tr("The IRR has not been computed.");
}

std::vector<Kpi> computeKpis(const Project &p, const Results &r, const QLocale &locale) {
    std::vector<Kpi> out;
    const QString none = QStringLiteral("—");

    Kpi maxPayment{QStringLiteral("maxPayment"), KpiCards::tr("Maximum payment"),
                   formatMoney(r.maxPossiblePayment, locale),
                   KpiCards::tr("if every metric pays in full"),
                   KpiCards::tr("The most the contract can pay in outcome payments: every metric "
                                "at its cap or highest tier, limited by the total cap.")};
    if (r.maxPossibleUnbounded) {
        maxPayment.value = KpiCards::tr("No limit");
        maxPayment.detail = KpiCards::tr("a metric has no cap and the contract no total cap; "
                                         "the capped metrics: %1")
                                .arg(formatMoney(r.maxPossiblePayment, locale));
    }
    out.push_back(maxPayment);

    Kpi forecast{QStringLiteral("forecastPayment"),
                 KpiCards::tr("Forecast payment"),
                 formatMoney(r.forecastPayment, locale),
                 {},
                 KpiCards::tr("Outcome payments on the forecast: actual outcomes where reported, "
                              "the plan for the rest, after every cap.")};
    if (r.maxPossiblePayment > 0)
        forecast.detail = KpiCards::tr("%1 of the maximum")
                              .arg(formatPercent(static_cast<double>(r.forecastPayment) /
                                                     static_cast<double>(r.maxPossiblePayment),
                                                 locale, 0));
    out.push_back(forecast);

    out.push_back(Kpi{
        QStringLiteral("netValue"), KpiCards::tr("Net present value"),
        formatMoney(r.netValue, locale),
        KpiCards::tr("savings %1 − payments %2")
            .arg(formatMoney(r.npvSavings, locale), formatMoney(r.npvPayments, locale)),
        KpiCards::tr("The commissioner's present value of savings minus the present value of "
                     "payments, discounted at the discount rate (%1 a year) to the start of the "
                     "contract.")
            .arg(formatPercent(p.valuation.discountRate, locale, 1))});

    out.push_back(Kpi{QStringLiteral("bcr"), KpiCards::tr("Benefit-cost ratio"),
                      r.benefitCostRatio ? formatNumber(*r.benefitCostRatio, locale, 2) : none,
                      r.benefitCostRatio ? KpiCards::tr("savings per krone paid")
                                         : KpiCards::tr("no payments"),
                      KpiCards::tr("Present value of savings divided by present value of "
                                   "payments. Above 1: the contract saves more than it costs.")});

    // Investors: the multiple and the IRR of each (usually one).
    Kpi multiple{QStringLiteral("investor"),
                 KpiCards::tr("Investor multiple"),
                 none,
                 {},
                 KpiCards::tr("What the investors get back (distributions and guarantee) "
                              "divided by what they put in (capital drawn).")};
    Kpi irr{QStringLiteral("irr"),
            KpiCards::tr("Investor IRR"),
            none,
            {},
            KpiCards::tr("The annual internal rate of return of the investors' cash flow: "
                         "(1 + r)^(periods a year) − 1, r the rate per period.")};
    if (r.investors.empty()) {
        multiple.detail = irr.detail = KpiCards::tr("no investors");
    } else if (r.investors.size() == 1) {
        const InvestorResult &inv = r.investors.front();
        multiple.value = inv.multiple ? multipleText(*inv.multiple, locale) : none;
        multiple.detail = inv.profit < 0
                              ? KpiCards::tr("loss %1").arg(formatMoney(-inv.profit, locale))
                              : KpiCards::tr("profit %1").arg(formatMoney(inv.profit, locale));
        irr.value = irrText(p, inv, locale);
        irr.detail = inv.irrPeriodic.ok()
                         ? KpiCards::tr("%1 %2").arg(formatPercent(inv.irrPeriodic.rate, locale, 2),
                                                     perPeriodName(p.timeline.length))
                         : noIrrReason(inv);
        if (inv.irrPeriodic.ok() && inv.irrPeriodic.ambiguous)
            irr.detail += QLatin1Char(' ') + KpiCards::tr("(possibly ambiguous)");
    } else {
        QStringList multiples, irrs;
        for (std::size_t i = 0; i < r.investors.size(); ++i) {
            const InvestorResult &inv = r.investors[i];
            multiples << KpiCards::tr("%1: %2").arg(
                investorName(p, i), inv.multiple ? multipleText(*inv.multiple, locale) : none);
            irrs << KpiCards::tr("%1: %2").arg(investorName(p, i),
                                               inv.irrPeriodic.ok() && inv.irrAnnual
                                                   ? formatPercent(*inv.irrAnnual, locale, 2)
                                                   : noIrrReason(inv));
        }
        Money drawn = 0, back = 0;
        for (const InvestorResult &inv : r.investors) {
            drawn += inv.drawn;
            back += inv.distributed + inv.guarantee;
        }
        multiple.value =
            drawn > 0 ? multipleText(static_cast<double>(back) / static_cast<double>(drawn), locale)
                      : none;
        multiple.detail = multiples.join(QStringLiteral("; "));
        irr.value = KpiCards::tr("%n investor(s)", "", static_cast<int>(r.investors.size()));
        irr.detail = irrs.join(QStringLiteral("; "));
    }
    out.push_back(multiple);
    out.push_back(irr);

    out.push_back(Kpi{QStringLiteral("breakEven"), KpiCards::tr("Break-even"),
                      r.breakEvenFactor ? formatPercent(*r.breakEvenFactor, locale, 0) : none,
                      r.breakEvenFactor ? KpiCards::tr("of the planned improvement")
                                        : KpiCards::tr("not reached"),
                      KpiCards::tr("The share of the planned improvement at which the investors "
                                   "get their capital back.")});

    out.push_back(
        Kpi{QStringLiteral("riskTransferred"), KpiCards::tr("Risk transferred"),
            formatMoney(r.riskTransferred, locale),
            KpiCards::tr("traditional contract: %1").arg(formatMoney(r.traditionalCost, locale)),
            KpiCards::tr("Capital the investors put at risk instead of the "
                         "commissioner, beside what the traditional alternative would "
                         "cost (delivery cost plus a margin of %1), which the "
                         "commissioner pays whatever the outcomes.")
                .arg(formatPercent(p.valuation.traditionalMargin, locale, 0))});

    // A benefit-cost ratio of 44.5 from 130 people in a group of 120 is no figure to quote
    // unmarked: every figure computed from the observed counts says what it rests on.
    if (const Diagnostic *d = flaggedCount(r)) {
        const QString caution =
            KpiCards::tr("Rests on a flagged value: %1").arg(diagnosticText(*d, &p));
        for (Kpi &k : out)
            if (k.id != QLatin1String("maxPayment") && k.id != QLatin1String("riskTransferred"))
                k.caution = caution;
    }
    return out;
}

KpiCards::KpiCards(QWidget *parent)
    : QWidget(parent) {
    notice_ = new QLabel;
    notice_->setObjectName(QStringLiteral("kpiNotice"));
    notice_->setWordWrap(true);
    notice_->setTextFormat(Qt::RichText); // our own text and a link; no text from a file
    notice_->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    notice_->setFocusPolicy(Qt::TabFocus);
    notice_->setVisible(false);
    connect(notice_, &QLabel::linkActivated, this, [this] { emit problemsRequested(); });
    cards_ = new QWidget;
    grid_ = new QGridLayout(cards_);
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setSpacing(6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(notice_);
    layout->addWidget(cards_);
}

void KpiCards::setProblems(int errors, int warnings) {
    const QString link = QStringLiteral("<a href=\"problems\">%1</a>")
                             .arg(tr("Show the first problem").toHtmlEscaped());
    if (errors > 0) {
        notice_->setText(
            tr("The design has %n error(s): no key figures until they are fixed.", "", errors)
                .toHtmlEscaped() +
            QLatin1Char(' ') + link);
    } else if (warnings > 0) {
        notice_->setText(QStringLiteral("\u26A0 ") +
                         tr("With %n warning(s): check the figures against them.", "", warnings)
                             .toHtmlEscaped() +
                         QLatin1Char(' ') + link);
    }
    notice_->setProperty("problem", errors > 0);
    notice_->setVisible(errors > 0 || warnings > 0);
    cards_->setVisible(errors == 0);
}

bool KpiCards::figuresShown() const {
    return !cards_->isHidden();
}

void KpiCards::setKpis(const std::vector<Kpi> &kpis) {
    // Cards are kept and updated in place: the page rebuilds on every edit.
    for (std::size_t i = 0; i < kpis.size(); ++i) {
        const Kpi &k = kpis[i];
        auto *card = findChild<QFrame *>(QStringLiteral("kpi_") + k.id);
        if (!card) {
            card = new QFrame;
            card->setObjectName(QStringLiteral("kpi_") + k.id);
            card->setFrameShape(QFrame::StyledPanel);
            card->setAutoFillBackground(true);
            auto *title = new QLabel;
            title->setObjectName(QStringLiteral("kpiTitle_") + k.id);
            QFont small = title->font();
            small.setPointSizeF(small.pointSizeF() * 0.9);
            title->setFont(small);
            title->setForegroundRole(QPalette::PlaceholderText);
            auto *value = new QLabel;
            value->setObjectName(QStringLiteral("kpiValue_") + k.id);
            QFont big = value->font();
            big.setPointSizeF(big.pointSizeF() * 1.4);
            big.setBold(true);
            value->setFont(big);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            auto *detail = new QLabel;
            detail->setObjectName(QStringLiteral("kpiDetail_") + k.id);
            detail->setFont(small);
            detail->setWordWrap(true);
            auto *layout = new QVBoxLayout(card);
            layout->setContentsMargins(8, 6, 8, 6);
            layout->setSpacing(2);
            layout->addWidget(title);
            layout->addWidget(value);
            layout->addWidget(detail);
            layout->addStretch();
            const int columns = 4;
            grid_->addWidget(card, static_cast<int>(i) / columns, static_cast<int>(i) % columns);
        }
        const QString value = k.caution.isEmpty() ? k.value : QStringLiteral("\u26A0 ") + k.value;
        const QString detail =
            k.caution.isEmpty()
                ? k.detail
                : (k.detail.isEmpty() ? k.caution : k.detail + QLatin1Char('\n') + k.caution);
        card->findChild<QLabel *>(QStringLiteral("kpiTitle_") + k.id)->setText(k.title);
        card->findChild<QLabel *>(QStringLiteral("kpiValue_") + k.id)->setText(value);
        auto *detailLabel = card->findChild<QLabel *>(QStringLiteral("kpiDetail_") + k.id);
        detailLabel->setTextFormat(Qt::PlainText); // names come from the project
        detailLabel->setText(detail);
        card->setToolTip(k.caution.isEmpty() ? k.toolTip
                                             : k.toolTip + QStringLiteral("\n\n") + k.caution);
        card->setAccessibleName(k.title);
        card->setAccessibleDescription(value + QLatin1Char(' ') + detail);
    }
}

QString KpiCards::valueText(const QString &id) const {
    const auto *l = findChild<QLabel *>(QStringLiteral("kpiValue_") + id);
    return l ? l->text() : QString();
}

QString KpiCards::detailText(const QString &id) const {
    const auto *l = findChild<QLabel *>(QStringLiteral("kpiDetail_") + id);
    return l ? l->text() : QString();
}

QString KpiCards::toolTip(const QString &id) const {
    const auto *card = findChild<QFrame *>(QStringLiteral("kpi_") + id);
    return card ? card->toolTip() : QString();
}

} // namespace effekt::views
