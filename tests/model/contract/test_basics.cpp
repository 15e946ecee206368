// Money, dates, identifiers and the model's independence from Qt.
#include "date.h"
#include "money.h"
#include "project.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <sstream>

using namespace effekt;

BOOST_AUTO_TEST_SUITE(basics)

BOOST_AUTO_TEST_CASE(money_rounds_half_away_from_zero) {
    BOOST_TEST(money::round(2.5) == 3);
    BOOST_TEST(money::round(-2.5) == -3);
    BOOST_TEST(money::round(2.4999) == 2);
    BOOST_TEST(money::times(60'000'00, 3.0) == 180'000'00);
    BOOST_TEST(money::times(1, 0.5) == 1);
    BOOST_TEST(money::times(-1, 0.5) == -1);
}

#if defined(__SIZEOF_INT128__)
// price × quantity rounded half away from zero, computed exactly in 128-bit integers: the double
// quantity is m · 2^k with a whole m.
__extension__ typedef __int128 Int128; // (__extension__: a GCC and Clang type, on purpose)

Money exactTimes(Money price, double quantity) {
    int k = 0;
    const double mant = std::frexp(quantity, &k); // quantity = mant · 2^k, 0.5 <= |mant| < 1
    const auto m = static_cast<Int128>(std::ldexp(mant, 53));
    k -= 53;
    Int128 n = static_cast<Int128>(price) * m; // the product is n · 2^k
    if (k >= 0)
        return static_cast<Money>(n << k);
    const bool negative = n < 0;
    if (negative)
        n = -n;
    const Int128 one = static_cast<Int128>(1) << -k;
    Int128 whole = n >> -k;
    const Int128 rest = n - (whole << -k);
    if (2 * rest >= one) // half or more: away from zero
        ++whole;
    return static_cast<Money>(negative ? -whole : whole);
}

BOOST_AUTO_TEST_CASE(money_times_is_exact) {
    // Below 2^52 øre money::times forms the product exactly (as two doubles), above that as a
    // 128-bit whole number, and rounds it half away from zero; compared with exact integer
    // arithmetic over random prices and quantities of every size up to 2^52, then up to 2^62, and
    // over ties.
    std::mt19937_64 rng(20261128);
    std::uniform_int_distribution<Money> price(-(Money{1} << 45), Money{1} << 45);
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    int checked = 0;
    for (int i = 0; i < 200'000; ++i) {
        const Money p = price(rng) >> (rng() % 40);
        const double q = unit(rng) * std::ldexp(1.0, static_cast<int>(rng() % 40) - 20);
        if (std::fabs(static_cast<double>(p) * q) >= 0x1p52)
            continue;
        BOOST_TEST_CONTEXT(p << " × " << q) {
            BOOST_TEST(money::times(p, q) == exactTimes(p, q));
        }
        ++checked;
    }
    BOOST_TEST(checked > 100'000);
    std::uniform_int_distribution<Money> large(-(Money{1} << 62), Money{1} << 62);
    for (int i = 0; i < 100'000; ++i) {
        const Money p = large(rng);
        const double q = unit(rng) * std::ldexp(1.0, -static_cast<int>(rng() % 60));
        BOOST_TEST_CONTEXT(p << " × " << q) {
            BOOST_TEST(money::times(p, q) == exactTimes(p, q));
        }
    }
    for (Money p :
         {Money{1}, Money{3}, Money{-7}, Money{123'456'789}, Money{-(Money{1} << 50) + 1}})
        for (double q : {0.5, 1.5, 2.5, -0.5, -2.5, 0.25, 0.75}) {
            BOOST_TEST_CONTEXT(p << " × " << q) {
                BOOST_TEST(money::times(p, q) == exactTimes(p, q));
            }
        }
    // A product just below a whole number, and just above one half.
    BOOST_TEST(money::times(3, std::nextafter(1.0, 0.0)) == 3);
    BOOST_TEST(money::times(1, std::nextafter(0.5, 1.0)) == 1);
    BOOST_TEST(money::times(1, std::nextafter(0.5, 0.0)) == 0);
    BOOST_TEST(money::times(-1, std::nextafter(0.5, 0.0)) == 0);
}
#endif

BOOST_AUTO_TEST_CASE(money_overflow_is_an_error) {
    BOOST_CHECK_THROW(money::add(INT64_MAX, 1), MoneyOverflow);
    BOOST_CHECK_THROW(money::mul(INT64_MAX / 2, 3), MoneyOverflow);
    BOOST_CHECK_THROW(money::round(1e30), MoneyOverflow);
    BOOST_CHECK_THROW(money::times(INT64_MAX / 2, 4.0), MoneyOverflow);
}

BOOST_AUTO_TEST_CASE(split_sums_exactly_by_largest_remainder) {
    const std::vector<double> thirds{1, 1, 1};
    const auto parts = money::split(100, thirds);
    BOOST_TEST((parts == std::vector<Money>{34, 33, 33}));
    const std::vector<double> w{0.5, 0.3, 0.2};
    const auto p2 = money::split(-1001, w);
    BOOST_TEST(p2[0] + p2[1] + p2[2] == -1001);
    BOOST_TEST((p2 == std::vector<Money>{-501, -300, -200}));
    const std::vector<double> zero{0, 0};
    BOOST_CHECK_THROW(money::split(5, zero), std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(money_parse_and_format_round_trip) {
    BOOST_TEST(money::parse("1234.5").value() == 123450);
    BOOST_TEST(money::parse("-0.05").value() == -5);
    BOOST_TEST(!money::parse("1.234").has_value());
    BOOST_TEST(!money::parse("1 234").has_value());
    BOOST_TEST(!money::parse("99999999999999999999").has_value());
    BOOST_TEST(money::format(123450) == "1234.50");
    BOOST_TEST(money::format(-5) == "-0.05");
    BOOST_TEST(money::format(INT64_MIN) == "-92233720368547758.08");
}

BOOST_AUTO_TEST_CASE(dates_and_periods) {
    BOOST_TEST(Date::fromDays(Date{2027, 3, 31}.toDays()).toIso() == "2027-03-31");
    BOOST_TEST((Date{1970, 1, 1}.toDays() == 0));
    BOOST_TEST((Date{2024, 1, 31}.addMonths(1).toIso() == "2024-02-29"));
    BOOST_TEST(!Date::parseIso("2027-02-30").has_value());
    Timeline tl{Date{2027, 1, 1}, PeriodLength::Quarter, 8};
    BOOST_TEST(tl.periodEnd(0).toIso() == "2027-03-31");
    BOOST_TEST(tl.periodEnd(7).toIso() == "2028-12-31");
    BOOST_TEST(tl.periodEnd(9).toIso() == "2029-06-30"); // lag periods after the contract
}

BOOST_AUTO_TEST_CASE(organisation_and_national_id_numbers) {
    BOOST_TEST(isValidOrgNumber("974760673"));
    BOOST_TEST(!isValidOrgNumber("974760674"));
    BOOST_TEST(!isValidOrgNumber("97476067"));
    // A synthetic number built to pass both checks, and one that fails the second.
    BOOST_TEST(isNationalIdNumber("01010010183"));
    BOOST_TEST(!isNationalIdNumber("01010010184"));
    BOOST_TEST(!isNationalIdNumber("P-0001"));
}

BOOST_AUTO_TEST_CASE(projects_compare_by_value_and_share_the_ledger) {
    Project a = workedExample();
    Project b = a;
    BOOST_TEST((a == b));
    b.ledger.modify([](Ledger &l) { l.push_back(LedgerRow{"P-1", 1, 0, 1}); });
    BOOST_TEST(!(a == b));
    BOOST_TEST(a.ledger->empty());
}

BOOST_AUTO_TEST_CASE(model_includes_no_qt_header) {
    // Every source of every room (model/contract, model/engine, model/files), subfolders included.
    const std::regex qtInclude(R"(#\s*include\s*[<"]Q)");
    const std::filesystem::path model = test::sourceDir() / "model";
    int files = 0;
    std::map<std::string, int> perRoom;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(model)) {
        const auto ext = entry.path().extension();
        if (ext != ".h" && ext != ".cpp")
            continue;
        ++files;
        ++perRoom[entry.path().lexically_relative(model).begin()->string()];
        const std::string text = test::readFile(entry.path());
        BOOST_TEST(!std::regex_search(text, qtInclude), entry.path().filename() << " includes Qt");
    }
    BOOST_TEST_MESSAGE(files << " model sources checked");
    BOOST_TEST(files > 0);
    for (const char *room : {"contract", "engine", "files"})
        BOOST_TEST(perRoom[room] > 0, "no sources found in model/" << room);
}

namespace {

// C++ source without its comments (string and character literals kept).
std::string withoutComments(const std::string &text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (text.compare(i, 2, "//") == 0) {
            i = text.find('\n', i);
            i = i == std::string::npos ? text.size() : i;
        } else if (text.compare(i, 2, "/*") == 0) {
            const std::size_t end = text.find("*/", i + 2);
            i = end == std::string::npos ? text.size() : end + 2;
            out += ' ';
        } else if (text[i] == '"' || text[i] == '\'') {
            const char quote = text[i];
            out += text[i++];
            while (i < text.size() && text[i] != quote && text[i] != '\n') {
                if (text[i] == '\\' && i + 1 < text.size())
                    out += text[i++];
                out += text[i++];
            }
        } else {
            out += text[i++];
        }
    }
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(model_uses_no_long_double) {
    // long double is 80 bits on x86-64 Linux and 64 on MSVC (and in the ld64 build, which makes it
    // a double): money computed in it would differ by platform. The model's sources use none,
    // outside comments: no such type, no floating literal with an L suffix, none of libm's long
    // double functions (glibc's break in the ld64 build).
    const std::regex longDouble(
        R"(\blong\s+double\b|\b[0-9]+\.[0-9]*(e[-+]?[0-9]+)?l\b|\b[0-9]+e[-+]?[0-9]+l\b|)"
        R"(\b(floorl|ceill|fabsl|roundl|lroundl|llroundl|truncl|sqrtl|expl|expm1l|logl|log1pl|)"
        R"(powl|frexpl|ldexpl|fmodl|modfl|nextafterl|nexttoward|nexttowardl|strtold)\s*\()",
        std::regex::icase);
    const std::filesystem::path model = test::sourceDir() / "model";
    int files = 0;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(model)) {
        const auto ext = entry.path().extension();
        if (ext != ".h" && ext != ".cpp")
            continue;
        ++files;
        std::istringstream code(withoutComments(test::readFile(entry.path())));
        int number = 0;
        for (std::string line; std::getline(code, line);) {
            ++number;
            std::smatch m;
            if (std::regex_search(line, m, longDouble))
                BOOST_ERROR(entry.path().lexically_relative(model).generic_string()
                            << ":" << number << " uses long double: " << m.str());
        }
    }
    BOOST_TEST(files > 0);
    // The check finds what it looks for, and only that.
    for (const char *bad :
         {"long double x;", "long  double", "x = 0.5L;", "1e10L", "floorl(x)", "std::fabsl (x)"})
        BOOST_TEST(std::regex_search(withoutComments(bad), longDouble), bad);
    for (const char *fine : {"double x;", "// long double", "/* long double */ int",
                             "\"a // b\"; long x;", "1L << 3", "floor(x)", "strtol(s)", "longest"})
        BOOST_TEST(!std::regex_search(withoutComments(fine), longDouble), fine);
}

BOOST_AUTO_TEST_SUITE_END()
