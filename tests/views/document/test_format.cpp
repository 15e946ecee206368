// Numbers, money and dates follow the locale: Norwegian uses a space for thousands and a comma for
// decimals.
#include "format.h"

#include <boost/test/unit_test.hpp>

using namespace effekt;
using namespace effekt::views;

namespace {
const QLocale nb(QLocale::NorwegianBokmal, QLocale::Norway);
const QLocale en(QLocale::English, QLocale::UnitedKingdom);
QString spaces(QString s) {
    return s.replace(QChar(0x00A0), QChar(' '));
}
} // namespace

BOOST_AUTO_TEST_SUITE(format)

BOOST_AUTO_TEST_CASE(amounts_in_norwegian_and_english) {
    BOOST_TEST(spaces(formatAmount(1'234'567'00, nb)).toStdString() == "1 234 567");
    BOOST_TEST(spaces(formatAmount(1'234'567'50, nb)).toStdString() == "1 234 567,50");
    BOOST_TEST(formatAmount(1'234'567'50, en).toStdString() == "1,234,567.50");
    BOOST_TEST(spaces(formatAmount(-5'00, nb)).toStdString().find('5') != std::string::npos);
}

BOOST_AUTO_TEST_CASE(parsing_accepts_what_people_type) {
    BOOST_TEST(parseMoney(QStringLiteral("60 000"), nb).value() == 60'000'00);
    BOOST_TEST(parseMoney(QString::fromUtf8("60\u00a0000,50 kr"), nb).value() == 60'000'50);
    BOOST_TEST(parseMoney(QStringLiteral("kr 1 000"), nb).value() == 1'000'00);
    BOOST_TEST(parseMoney(QStringLiteral("1234.5"), nb).value() == 1'234'50);
    BOOST_TEST(parseMoney(QStringLiteral("NOK 60,000"), en).value() == 60'000'00);
    BOOST_TEST(!parseMoney(QStringLiteral("sixty"), nb).has_value());
    BOOST_TEST(!parseMoney(QStringLiteral("1,234"), nb).has_value()); // three decimals of a krone
    BOOST_TEST(parseNumber(QStringLiteral("12,5"), nb).value() == 12.5);
    BOOST_TEST(parseNumber(QStringLiteral("12.5"), en).value() == 12.5);
    BOOST_TEST(!parseNumber(QString(), nb).has_value());
}

BOOST_AUTO_TEST_CASE(periods_are_labelled) {
    Timeline q{Date{2027, 1, 1}, PeriodLength::Quarter, 8};
    BOOST_TEST(periodLabel(q, 0, en).toStdString() == "Q1 2027");
    BOOST_TEST(periodLabel(q, 5, en).toStdString() == "Q2 2028");
    Timeline y{Date{2027, 1, 1}, PeriodLength::Year, 3};
    BOOST_TEST(periodLabel(y, 2, en).toStdString() == "2029");
    BOOST_TEST(spaces(formatPercent(0.25, nb)).toStdString() == "25 %");
}

BOOST_AUTO_TEST_SUITE_END()
