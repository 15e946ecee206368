#include "moneyedit.h"

#include "format.h"
#include "valuelimits.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace effekt::views {

ValueEdit::ValueEdit(Kind kind, QWidget *parent)
    : QLineEdit(parent)
    , kind_(kind)
    , minimum_(-std::numeric_limits<double>::max())
    , maximum_(std::numeric_limits<double>::max()) {
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Wide enough for "1 000 000 000,00", no wider: amounts are read right-aligned.
    setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24);
    // Amounts: 0 to 10 000 000 000 000 kroner (in øre), the range the tooltip states; the engine
    // computes sums of such amounts without overflow.
    if (kind_ == Kind::Money) {
        minimum_ = 0;
        maximum_ = static_cast<double>(limits::kMaxEnteredMoney);
    }
    connect(this, &QLineEdit::textEdited, this, &ValueEdit::onTextEdited);
}

void ValueEdit::setRange(double minimum, double maximum) {
    minimum_ = minimum;
    maximum_ = maximum;
}

QString ValueEdit::textFor(double v) const {
    switch (kind_) {
    case Kind::Money: return formatAmount(static_cast<Money>(std::llround(v)));
    case Kind::Percent: return formatNumber(v * 100.0, QLocale(), 4);
    case Kind::Number: return formatNumber(v, QLocale(), 6);
    case Kind::Integer: return QLocale().toString(static_cast<qlonglong>(std::llround(v)));
    }
    return {};
}

std::optional<double> ValueEdit::parse(const QString &text) const {
    std::optional<double> v = parseUnbounded(text);
    if (v && (*v < minimum_ || *v > maximum_))
        v.reset();
    return v;
}

std::optional<double> ValueEdit::parseUnbounded(const QString &text) const {
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    std::optional<double> v;
    switch (kind_) {
    case Kind::Money:
        if (const std::optional<Money> m = parseMoney(t))
            v = static_cast<double>(*m);
        break;
    case Kind::Percent:
        t.remove(QLocale().percent());
        t.remove(QChar('%'));
        if (const std::optional<double> n = parseNumber(t))
            v = *n / 100.0;
        break;
    case Kind::Number: v = parseNumber(t); break;
    case Kind::Integer:
        v = parseNumber(t);
        if (v && *v != std::floor(*v))
            v.reset();
        break;
    }
    return v;
}

std::optional<double> ValueEdit::value() const {
    return parse(text());
}

void ValueEdit::setValue(std::optional<double> v) {
    const std::optional<double> shown = parse(text());
    if (valid_ && shown == v && !(text().trimmed().isEmpty() && v))
        return; // the text already means this value (the user may be typing it): keep it
    setText(v ? textFor(*v) : QString());
    setValid(true);
}

void ValueEdit::onTextEdited(const QString &text) {
    if (text.trimmed().isEmpty()) {
        setValid(optional_);
        if (optional_)
            emit valueEdited(std::nullopt);
        return;
    }
    const std::optional<double> v = parse(text);
    setValid(v.has_value());
    if (v)
        emit valueEdited(v);
}

void ValueEdit::focusOutEvent(QFocusEvent *event) {
    // Show the value as the locale writes it once the user leaves the field.
    if (valid_) {
        const std::optional<double> v = value();
        setText(v ? textFor(*v) : QString());
    }
    QLineEdit::focusOutEvent(event);
}

void ValueEdit::setValid(bool valid) {
    if (valid && valid_)
        return;
    if (valid_) { // the field's own help comes back once the value is valid again
        helpToolTip_ = toolTip();
        setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #d03030; }"));
    }
    valid_ = valid;
    setProperty("invalid", !valid);
    if (valid) {
        setStyleSheet(QString());
        setToolTip(helpToolTip_);
        return;
    }
    // Why, for the text as it stands now: a number out of range, or no number of this kind.
    QString why;
    if (parseUnbounded(text()))
        why = tr("Outside what this field allows.");
    else
        switch (kind_) {
        case Kind::Money: why = tr("Not an amount: type a number of kroner, like 60 000."); break;
        case Kind::Percent: why = tr("Not a percentage: type a number, like 25 for 25 %."); break;
        case Kind::Number: why = tr("Not a number."); break;
        case Kind::Integer: why = tr("Not a whole number."); break;
        }
    if (maximum_ < std::numeric_limits<double>::max() / 2 ||
        minimum_ > -std::numeric_limits<double>::max() / 2)
        why += QLatin1Char(' ') +
               tr("Allowed: %1 to %2.")
                   .arg(textFor(std::max(minimum_, -1e15)), textFor(std::min(maximum_, 1e15)));
    setToolTip(why);
}

std::optional<Money> MoneyEdit::money() const {
    const std::optional<double> v = value();
    if (!v)
        return std::nullopt;
    return static_cast<Money>(std::llround(*v));
}

void MoneyEdit::setMoney(std::optional<Money> m) {
    setValue(m ? std::optional<double>(static_cast<double>(*m)) : std::nullopt);
}

} // namespace effekt::views
