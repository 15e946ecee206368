// Locale-aware line edits for money, percentages and plain numbers, validated as the user types.
//
// The text follows the default QLocale (views/document/format.h): "60 000" or "60 000,50 kr" in
// Norwegian, "60,000" in English. While the text does not parse, the edit is marked invalid (a red
// frame and a tool tip) and emits nothing; when it does, it emits valueEdited(). An edit may allow
// an empty text (an optional value: "no cap"). Reuse these in any form.
#pragma once

#include "money.h"

#include <QLineEdit>

#include <optional>

namespace effekt::views {

class ValueEdit : public QLineEdit {
    Q_OBJECT
public:
    enum class Kind { Money, Percent, Number, Integer };

    explicit ValueEdit(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return kind_; }
    // Whether an empty text is valid (it means "none").
    void setOptional(bool optional) { optional_ = optional; }
    bool isOptional() const { return optional_; }
    // Lower and upper bounds of the value (for percentages: as a fraction).
    void setRange(double minimum, double maximum);

    // The value as stored: money in øre, a percentage as a fraction (25 % = 0.25), a number as is.
    // nullopt when empty (or invalid).
    std::optional<double> value() const;
    bool isValid() const { return valid_; }
    // Shows a value (formatted for the locale). Does not emit valueEdited. Leaves the text alone
    // when it already means that value (the user is typing it; it is formatted on focus out).
    void setValue(std::optional<double> value);
    // The text a value is shown as.
    QString textFor(double value) const;
    // Parses a text; nullopt when it does not parse or is out of range.
    std::optional<double> parse(const QString &text) const;
    // The tooltip of an invalid value says which of the two it is, and what is allowed.

signals:
    // The user typed a valid value (nullopt: cleared an optional field).
    void valueEdited(std::optional<double> value);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void setValid(bool valid);
    // Parses a text without the range: nullopt when it is not a value of this kind.
    std::optional<double> parseUnbounded(const QString &text) const;

    Kind kind_;
    bool optional_ = false;
    bool valid_ = true;
    double minimum_;
    double maximum_;
    QString helpToolTip_;
};

// Money in kroner; value() in øre.
class MoneyEdit : public ValueEdit {
    Q_OBJECT
public:
    explicit MoneyEdit(QWidget *parent = nullptr)
        : ValueEdit(Kind::Money, parent) {}
    std::optional<Money> money() const;
    void setMoney(std::optional<Money> m);
};

// A percentage typed as "25" or "25 %", held as the fraction 0.25.
class PercentEdit : public ValueEdit {
    Q_OBJECT
public:
    explicit PercentEdit(QWidget *parent = nullptr)
        : ValueEdit(Kind::Percent, parent) {}
};

class NumberEdit : public ValueEdit {
    Q_OBJECT
public:
    explicit NumberEdit(QWidget *parent = nullptr)
        : ValueEdit(Kind::Number, parent) {}
};

} // namespace effekt::views
