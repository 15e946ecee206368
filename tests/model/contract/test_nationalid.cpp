// One rule for national identity numbers at every door: written any way, inside any text, they are
// found; pseudonyms that merely hold 11 digits are not.
#include "nationalids.h"
#include "project.h"
#include "samples.h"
#include "validate.h"

#include <boost/test/unit_test.hpp>

using namespace effekt;

BOOST_AUTO_TEST_SUITE(national_ids)

BOOST_AUTO_TEST_CASE(the_exact_number_needs_a_date_and_both_check_digits) {
    BOOST_TEST(isNationalIdNumber(test::kNationalId));
    BOOST_TEST(isNationalIdNumber(test::kDNumber)); // day 01 + 40
    BOOST_TEST(isNationalIdNumber("01010010183"));
    BOOST_TEST(!isNationalIdNumber("01010010184"));  // second check digit wrong
    BOOST_TEST(!isNationalIdNumber("00000000000"));  // both checks pass, but no day 00
    BOOST_TEST(!isNationalIdNumber("010101 50074")); // exactly 11 ASCII digits only
    BOOST_TEST(!isNationalIdNumber("P-0001"));
}

BOOST_AUTO_TEST_CASE(every_way_of_writing_it_is_found) {
    for (const test::WrittenId &v : test::nationalIdVariants())
        BOOST_TEST(containsNationalIdNumber(v.text), v.how);
    // NUL between the digits, and bytes that are not UTF-8.
    BOOST_TEST(containsNationalIdNumber(std::string("010101\0"
                                                    "50074",
                                                    12)));
    BOOST_TEST(containsNationalIdNumber("010101\xff"
                                        "50074"));
    // Other scripts' digits mixed with ASCII ones, superscripts, and a keycap sequence.
    BOOST_TEST(containsNationalIdNumber("0101\u0966\u0967\u0665\u06F0074"));
    BOOST_TEST(containsNationalIdNumber("\u2070\u00B9010150074"));
    BOOST_TEST(containsNationalIdNumber("0\uFE0F\u20E31010150074"));
    // Split by dots and slashes the way dates are written.
    BOOST_TEST(containsNationalIdNumber("01.01.01 500 74"));
    // Inside a longer run of digits.
    BOOST_TEST(containsNationalIdNumber("9901010150074"));
}

BOOST_AUTO_TEST_CASE(pseudonyms_with_eleven_digits_are_accepted) {
    for (const std::string &p : test::innocentPseudonyms())
        BOOST_TEST(!containsNationalIdNumber(p), p);
    BOOST_TEST(!containsNationalIdNumber(""));
    BOOST_TEST(!containsNationalIdNumber("P-0001"));
    BOOST_TEST(!containsNationalIdNumber("0101015007")); // ten digits
}

BOOST_AUTO_TEST_CASE(normalising_keeps_letters_and_unifies_digits) {
    BOOST_TEST(normaliseForNationalId("=\"010101 50074\"") == test::kNationalId);
    BOOST_TEST(normaliseForNationalId("'\uFF10\uFF11") == "01");
    BOOST_TEST(normaliseForNationalId("Ola N.") == "OlaN");
    BOOST_TEST(normaliseForNationalId("Å\u00A0ø") == "Åø");
}

BOOST_AUTO_TEST_CASE(validate_finds_every_way_of_writing_it) {
    for (const test::WrittenId &v : test::nationalIdVariants()) {
        Project p = workedExample();
        p.ledger.set(Ledger{LedgerRow{"P-1", p.metrics.front().id, 0, 1.0},
                            LedgerRow{v.text, p.metrics.front().id, 0, 1.0}});
        bool found = false;
        for (const Diagnostic &d : validate(p))
            found = found || (d.code == DiagCode::NationalIdInLedger && d.id == 1);
        BOOST_TEST(found, v.how);
    }
    for (const std::string &innocent : test::innocentPseudonyms()) {
        Project p = workedExample();
        p.ledger.set(Ledger{LedgerRow{innocent, p.metrics.front().id, 0, 1.0}});
        for (const Diagnostic &d : validate(p))
            BOOST_TEST((d.code != DiagCode::NationalIdInLedger), innocent);
    }
}

BOOST_AUTO_TEST_CASE(masked_diagnostics_repeat_no_number) {
    Diagnostics ds{Diagnostic{DiagCode::ValueOutOfRange,
                              Severity::Error,
                              "ledger",
                              3,
                              "Ola Nordmann 01010150074",
                              -1,
                              {std::string("010101-50074"), std::int64_t{1010150074}, 41010100044.0,
                               std::string("P-1"), std::int64_t{7}}}};
    maskNationalIds(ds);
    const std::string text = toPlainText(ds.front());
    BOOST_TEST(text.find("50074") == std::string::npos, text);
    BOOST_TEST(text.find("0044") == std::string::npos, text);
    BOOST_TEST(text.find("P-1") != std::string::npos, text);
    BOOST_TEST(!containsNationalIdNumber(text), text);
}

BOOST_AUTO_TEST_SUITE_END()
