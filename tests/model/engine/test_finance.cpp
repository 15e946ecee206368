// Financial functions (DOMAIN.md §7) against LibreOffice Calc (tests/data/finance/README.md), plus
// hand-computed cases.
#include "finance.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

using namespace effekt;

namespace {

struct Case {
    std::string kind;
    double rate = 0;
    std::vector<double> flows;
    std::vector<Date> dates;
    std::string calc; // Calc's value as text, or "error"
};

std::vector<Case> loadCases() {
    std::vector<Case> cases;
    std::istringstream in(test::readFile(test::dataDir() / "finance" / "cases.txt"));
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#')
            continue;
        const auto f = test::split(line, ';');
        BOOST_REQUIRE(f.size() == 4u);
        Case c;
        c.kind = f[0];
        c.rate = std::stod(f[1]);
        std::istringstream fl(f[2]);
        for (std::string x; fl >> x;)
            c.flows.push_back(std::stod(x));
        std::istringstream dl(f[3]);
        for (std::string x; dl >> x;)
            c.dates.push_back(Date::parseIso(x).value());
        cases.push_back(std::move(c));
    }
    std::istringstream csv(test::readFile(test::dataDir() / "finance" / "finance.csv"));
    std::size_t row = 0;
    for (std::string line; std::getline(csv, line); ++row) {
        const auto f = test::split(line, ',');
        BOOST_REQUIRE(row < cases.size());
        BOOST_REQUIRE(f.size() > 5u);
        BOOST_REQUIRE(f[1] == cases[row].kind);
        cases[row].calc = f[4];
    }
    BOOST_REQUIRE(row == cases.size());
    return cases;
}

bool closeRel(double a, double b, double rel) {
    return std::fabs(a - b) <= rel * std::max(std::fabs(b), 1e-300) || a == b;
}

// Rates are compared relative to max(|rate|, 1e-4): near zero, Calc's own iteration stops on an
// absolute step (1e-10 for XIRR), so its last digits there are not a reference (case 42: Calc
// −3.64999924519905e-7, exact −3.6499993357e-7, 2.5e-7 apart relatively, 9e-14 absolutely).
bool closeRate(double a, double b) {
    return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(b), 1e-4);
}

// Present value at rate r of periodic flows, first flow undiscounted, relative to the flows' size.
double relativeResidual(const Case &c, double r) {
    double scale = 0, pv = 0;
    for (std::size_t i = 0; i < c.flows.size(); ++i) {
        const double e =
            c.dates.empty()
                ? static_cast<double>(i)
                : static_cast<double>(c.dates[i].toDays() - c.dates[0].toDays()) / 365.0;
        const double term = c.flows[i] * std::pow(1 + r, -e);
        pv += term;
        scale += std::fabs(term);
    }
    return std::fabs(pv) / scale;
}

} // namespace

BOOST_AUTO_TEST_SUITE(finance_functions)

BOOST_AUTO_TEST_CASE(agree_with_libreoffice_calc) {
    const std::vector<Case> cases = loadCases();
    BOOST_TEST(cases.size() >= 40u);
    int compared = 0, calcErrors = 0;
    for (std::size_t k = 0; k < cases.size(); ++k) {
        const Case &c = cases[k];
        BOOST_TEST_CONTEXT("case " << k + 1 << " (" << c.kind << ")") {
            if (c.kind == "npv" || c.kind == "xnpv") {
                const double ours = c.kind == "npv" ? finance::npv(c.rate, c.flows)
                                                    : finance::xnpv(c.rate, c.flows, c.dates);
                BOOST_TEST_REQUIRE(c.calc != "error");
                BOOST_TEST(closeRel(ours, std::stod(c.calc), 1e-9), ours << " vs " << c.calc);
                ++compared;
                continue;
            }
            const RateResult r = c.kind == "irr" ? finance::irr(c.flows, c.rate)
                                                 : finance::xirr(c.flows, c.dates, c.rate);
            BOOST_TEST(r.ambiguous == (finance::signChanges(c.flows) > 1));
            if (c.calc != "error") {
                BOOST_TEST_REQUIRE(r.ok());
                BOOST_TEST(closeRate(r.rate, std::stod(c.calc)), r.rate << " vs " << c.calc);
                ++compared;
            } else if (finance::signChanges(c.flows) == 0) {
                ++calcErrors;
                BOOST_TEST((r.status == RateResult::Status::NoSignChange));
            } else {
                // Calc's Newton iteration failed; the root exists and we find it.
                ++calcErrors;
                BOOST_TEST_REQUIRE(r.ok());
                BOOST_TEST(relativeResidual(c, r.rate) < 1e-9);
            }
        }
    }
    BOOST_TEST(compared >= 40);
    BOOST_TEST(calcErrors >= 5);
}

BOOST_AUTO_TEST_CASE(rates_near_zero_keep_their_precision) {
    // −1e9 then 999,999,999 one day later: (1 + r)^(1/365) = 0.999999999, so
    // r = exp(365 · ln(0.999999999)) − 1 = −3.6499993357000804e-7 (50-digit decimal arithmetic).
    const std::vector<double> flows{-1e9, 999'999'999};
    const std::vector<Date> dates{Date{2027, 1, 1}, Date{2027, 1, 2}};
    const RateResult r = finance::xirr(flows, dates);
    BOOST_TEST_REQUIRE(r.ok());
    BOOST_TEST(std::fabs(r.rate / -3.6499993357000804e-7 - 1) < 1e-9);
}

BOOST_AUTO_TEST_CASE(large_flows_that_cancel_keep_the_small_rest) {
    // −10^16, 1, 10^16: the flows sum to 1, which a plain double sum loses (−10^16 + 1 is not a
    // double). With x = 1 / (1 + r), 10^16 x² + x − 10^16 = 0, so r = 5.000000000000000125e-17
    // (60-digit decimal arithmetic). The sums are kept to twice double's precision; in long
    // double they came out right only where long double is wider than double.
    const std::vector<double> flows{-1e16, 1, 1e16};
    const RateResult r = finance::irr(flows);
    BOOST_TEST_REQUIRE(r.ok());
    BOOST_TEST(std::fabs(r.rate / 5.000000000000000125e-17 - 1) < 1e-9);
}

BOOST_AUTO_TEST_CASE(root_where_calc_iteration_fails) {
    // IRR of −20,237,519.55 then 387,077.05: 1 + r = 387,077.05 / 20,237,519.55 = 0.0191267…,
    // r = −98.0873 %. Calc's IRR gives Err:523, its XIRR over exactly 365 days gives the same root
    // −0.980873295808626 (cases 12 and 41 of tests/data/finance).
    const std::vector<double> flows{-20'237'519.55, 387'077.05};
    const RateResult r = finance::irr(flows);
    BOOST_TEST_REQUIRE(r.ok());
    BOOST_TEST(std::fabs(r.rate - (387'077.05 / 20'237'519.55 - 1)) < 1e-12);
    BOOST_TEST(closeRel(r.rate, -0.980873295808626, 1e-9));
    BOOST_TEST(!r.ambiguous);
}

BOOST_AUTO_TEST_CASE(no_sign_change_and_no_root_are_outcomes) {
    const std::vector<double> positive{100, 200};
    BOOST_TEST((finance::irr(positive).status == RateResult::Status::NoSignChange));
    const std::vector<double> zeros{0, 0, 0};
    BOOST_TEST((finance::irr(zeros).status == RateResult::Status::NoSignChange));
    // −1 + 3v − 3v² has discriminant 9 − 12 < 0: no real root at all though the sign changes twice.
    const std::vector<double> noRoot{-1, 3, -3};
    const RateResult r = finance::irr(noRoot);
    BOOST_TEST((r.status == RateResult::Status::NoRoot));
    BOOST_TEST(r.ambiguous);
}

BOOST_AUTO_TEST_CASE(several_roots_give_the_spreadsheet_root_and_a_flag) {
    // −100 + 230 v − 132 v² = 0 for v = 1/1.1 and v = 1/1.2: roots 10 % and 20 %. From guess 0.1
    // the spreadsheet returns 10 %; from 0.15 it returns 20 % (cases 10 and 11).
    const std::vector<double> flows{-100, 230, -132};
    const RateResult a = finance::irr(flows, 0.1);
    BOOST_TEST_REQUIRE(a.ok());
    BOOST_TEST(std::fabs(a.rate - 0.1) < 1e-12);
    BOOST_TEST(a.ambiguous);
    const RateResult b = finance::irr(flows, 0.15);
    BOOST_TEST_REQUIRE(b.ok());
    BOOST_TEST(std::fabs(b.rate - 0.2) < 1e-9);
}

BOOST_AUTO_TEST_CASE(npv_multiple_and_payback_by_hand) {
    // NPV at 10 % of 110 then 121: 110 / 1.1 + 121 / 1.21 = 100 + 100.
    const std::vector<double> flows{110, 121};
    BOOST_TEST(std::fabs(finance::npv(0.1, flows) - 200) < 1e-9);
    // XNPV over 365 days at 10 %: −100 + 110 / 1.1 = 0.
    const std::vector<double> x{-100, 110};
    const std::vector<Date> d{Date{2027, 1, 1}, Date{2028, 1, 1}};
    BOOST_TEST(std::fabs(finance::xnpv(0.1, x, d)) < 1e-9);
    // Multiple: (50 + 80) / (100) = 1.3.
    const std::vector<double> m{-100, 50, 80};
    BOOST_TEST(std::fabs(finance::multiple(m).value() - 1.3) < 1e-12);
    BOOST_TEST(!finance::multiple(flows).has_value());
    // Payback: running sums −100, −50, 30 → from index 2; −100, 150, −60 ends −10 → none;
    // 5, 3 never negative → 0.
    BOOST_TEST(finance::payback(m).value() == 2);
    const std::vector<double> late{-100, 150, -60};
    BOOST_TEST(!finance::payback(late).has_value());
    const std::vector<double> early{5, 3};
    BOOST_TEST(finance::payback(early).value() == 0);
}

BOOST_AUTO_TEST_SUITE_END()
