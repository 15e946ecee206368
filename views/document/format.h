// Locale-aware formatting and parsing of money, numbers, percentages, dates and periods for the
// views. Norwegian uses a (non-breaking) space for thousands and a comma for decimals; parsing
// accepts both kinds of space, and "kr"/"NOK" around amounts.
#pragma once

#include "date.h"
#include "money.h"
#include "project.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace effekt::views {

// "60 000 kr" (nb) / "NOK 60,000" (en); decimals only when the amount has øre.
QString formatMoney(Money m, const QLocale &locale = QLocale());
// The amount alone, without currency: "60 000" / "60 000,50".
QString formatAmount(Money m, const QLocale &locale = QLocale());
std::optional<Money> parseMoney(const QString &text, const QLocale &locale = QLocale());

QString formatNumber(double v, const QLocale &locale = QLocale(), int maxDecimals = 2);
std::optional<double> parseNumber(const QString &text, const QLocale &locale = QLocale());

QString formatPercent(double fraction, const QLocale &locale = QLocale(), int decimals = 1);
QString formatDate(const Date &d, const QLocale &locale = QLocale());

// Short label of period t: "Q1 2027", "jan. 2027", "H2 2027", "2027".
QString periodLabel(const Timeline &timeline, int t, const QLocale &locale = QLocale());

} // namespace effekt::views
