#include "format.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>

namespace effekt::views {

namespace {
class FormatText {
    Q_DECLARE_TR_FUNCTIONS(Format)
};

// Strips currency words and every kind of space, and normalises the minus sign.
QString cleaned(QString s) {
    s = s.trimmed();
    for (const char *word : {"NOK", "kr.", "kr"})
        s.remove(QLatin1String(word), Qt::CaseInsensitive);
    s.remove(QChar(' '));
    s.remove(QChar(0x00A0));
    s.remove(QChar(0x202F));
    s.replace(QChar(0x2212), QChar('-'));
    return s;
}
} // namespace

QString formatAmount(Money m, const QLocale &locale) {
    const bool whole = m % money::kMinorPerMajor == 0;
    const double major = static_cast<double>(m) / money::kMinorPerMajor;
    if (whole && std::abs(major) < 9e15)
        return locale.toString(static_cast<qlonglong>(m / money::kMinorPerMajor));
    return locale.toString(major, 'f', 2);
}

QString formatMoney(Money m, const QLocale &locale) {
    //: How money is shown: %1 is the amount formatted for the locale.
    return FormatText::tr("NOK %1").arg(formatAmount(m, locale));
}

std::optional<Money> parseMoney(const QString &text, const QLocale &locale) {
    const std::optional<double> v = parseNumber(text, locale);
    if (!v)
        return std::nullopt;
    const double minor = *v * money::kMinorPerMajor;
    // At most two decimals: reject 1,234 read as 1.234 kroner with three decimals.
    if (std::abs(minor - std::round(minor)) > 1e-6 * std::max(1.0, std::abs(minor)))
        return std::nullopt;
    try {
        return money::round(minor);
    } catch (const MoneyOverflow &) {
        return std::nullopt;
    }
}

QString formatNumber(double v, const QLocale &locale, int maxDecimals) {
    QString s = locale.toString(v, 'f', maxDecimals);
    if (maxDecimals > 0) {
        const QString dec = locale.decimalPoint();
        while (s.endsWith(QChar('0')) && s.contains(dec))
            s.chop(1);
        if (s.endsWith(dec))
            s.chop(dec.size());
    }
    return s;
}

std::optional<double> parseNumber(const QString &text, const QLocale &locale) {
    QString s = cleaned(text);
    if (s.isEmpty())
        return std::nullopt;
    bool ok = false;
    QLocale strict = locale;
    strict.setNumberOptions(QLocale::RejectGroupSeparator);
    double v = strict.toDouble(s, &ok);
    if (!ok) {
        // Accept the other decimal separator too: "1.5" in Norwegian, "1,5" never in English
        // (there a comma is a group separator and was already handled).
        if (locale.decimalPoint() == QLatin1String(","))
            s.replace(QChar('.'), QChar(','));
        v = strict.toDouble(s, &ok);
    }
    if (!ok) {
        v = locale.toDouble(cleaned(text), &ok);
    }
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString formatPercent(double fraction, const QLocale &locale, int decimals) {
    return formatNumber(fraction * 100.0, locale, decimals) + QChar(0x00A0) + locale.percent();
}

QString formatDate(const Date &d, const QLocale &locale) {
    return locale.toString(QDate(d.year, d.month, d.day), QLocale::ShortFormat);
}

QString periodLabel(const Timeline &timeline, int t, const QLocale &locale) {
    const Date s = timeline.periodStart(t);
    switch (timeline.length) {
    case PeriodLength::Month:
        return locale.toString(QDate(s.year, s.month, 1), QStringLiteral("MMM yyyy"));
    case PeriodLength::Quarter:
        //: Quarter label: %1 is the quarter (1-4), %2 the year.
        return FormatText::tr("Q%1 %2").arg((s.month - 1) / 3 + 1).arg(s.year);
    case PeriodLength::HalfYear:
        //: Half-year label: %1 is 1 or 2, %2 the year.
        return FormatText::tr("H%1 %2").arg((s.month - 1) / 6 + 1).arg(s.year);
    case PeriodLength::Year: return QString::number(s.year);
    }
    return QString::number(t + 1);
}

} // namespace effekt::views
