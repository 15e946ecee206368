// Text from a file made safe for a terminal line (printable.h) and the CLI's diagnostic lines.
#include "diagnostics.h"
#include "printable.h"

#include <boost/test/unit_test.hpp>

using namespace effekt;

BOOST_AUTO_TEST_SUITE(printable)

BOOST_AUTO_TEST_CASE(controls_are_escaped_and_letters_kept) {
    BOOST_TEST(escapePrintable("Ung i jobb – Bærum") == "Ung i jobb – Bærum");
    BOOST_TEST(escapePrintable("a\nb\rc\td\\e") == "a\\nb\\rc\\td\\\\e");
    BOOST_TEST(escapePrintable("\x1b[31m") == "\\x1B[31m");
    BOOST_TEST(escapePrintable(std::string("a\0b", 3)) == "a\\x00b");
    BOOST_TEST(escapePrintable("\x7f") == "\\x7F");
    BOOST_TEST(escapePrintable("\xc2\x9b"
                               "1m") == "\\u009B1m"); // C1 CSI
    BOOST_TEST(escapePrintable("\xe2\x80\xae"
                               "abc") == "\\u202Eabc");               // right-to-left override
    BOOST_TEST(escapePrintable("x\xe2\x80\xa8y") == "x\\u2028y");     // line separator
    BOOST_TEST(escapePrintable("\xff\xc3") == "\\xFF\\xC3");          // not UTF-8
    BOOST_TEST(escapePrintable("\xed\xa0\x80") == "\\xED\\xA0\\x80"); // a surrogate
}

BOOST_AUTO_TEST_CASE(long_values_are_shortened_on_a_character_boundary) {
    const std::string s(300, 'a');
    BOOST_TEST(escapePrintable(s) == std::string(200, 'a') + "…(+100 bytes)");
    // "ø" is two bytes: a cut inside it leaves it out whole.
    const std::string t = std::string(199, 'a') + "øb";
    BOOST_TEST(escapePrintable(t) == std::string(199, 'a') + "…(+3 bytes)");
    BOOST_TEST(quotePrintable(s, 3) == "\"aaa\"…(+297 bytes)");
}

BOOST_AUTO_TEST_CASE(quoted_values_cannot_pass_for_the_words_around_them) {
    BOOST_TEST(quotePrintable("a\" b") == "\"a\\\" b\"");
    BOOST_TEST(isPlainIdentifier("metric_period"));
    BOOST_TEST(!isPlainIdentifier("metric period"));
    BOOST_TEST(isPlainIdentifier("/metrics/0/unit"));
    BOOST_TEST(!isPlainIdentifier(""));
}

BOOST_AUTO_TEST_CASE(a_diagnostic_is_one_inert_line) {
    Diagnostic d;
    d.code = DiagCode::FileUnexpectedObject;
    d.entity = "evil\nx.effekt: ok";
    d.field = "name";
    d.values = {std::string("\x1b]0;title\x07"), std::int64_t{3}};
    const std::string line = toPlainText(d);
    BOOST_TEST(line == "error file-unexpected-object \"evil\\nx.effekt: ok\".name: "
                       "\"\\x1B]0;title\\x07\" 3");
}

BOOST_AUTO_TEST_SUITE_END()
