// CSV decoding and splitting, and the participant ledger import (model/files/ledgerimport.h), on
// the files of tests/data/csv (see the README there for what each holds).
#include "ledgerimport.h"
#include "testutil.h"

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

using namespace effekt;

namespace {
// Two metrics, 8 quarters from 2027-01-01 (periods Q1 2027 … Q4 2028).
Project ledgerProject() {
    Project p;
    p.timeline = Timeline{Date{2027, 1, 1}, PeriodLength::Quarter, 8};
    Metric a;
    a.id = 1;
    a.name = "I arbeid i 13 uker";
    Metric b;
    b.id = 2;
    b.name = "Fullført videregående";
    p.metrics = {a, b};
    p.normalise();
    return p;
}

csv::LedgerImport importFile(const std::string &name) {
    return csv::importLedger(test::readFile(test::dataDir() / "csv" / name), ledgerProject());
}

std::string reasonOf(const Diagnostic &d) {
    return d.values.empty() ? std::string() : describeValue(d.values[0]);
}
} // namespace

BOOST_AUTO_TEST_SUITE(csvimport)

BOOST_AUTO_TEST_CASE(decoding_utf8_bom_utf16_and_windows_1252) {
    // æ ø å € in Windows-1252 are E6 F8 E5 80.
    BOOST_TEST(csv::windows1252ToUtf8("\xE6\xF8\xE5\x80") == "æøå€");
    BOOST_TEST(csv::windows1252ToUtf8("\x81") == "\xEF\xBF\xBD"); // undefined: U+FFFD
    BOOST_TEST(csv::isValidUtf8("æøå"));
    BOOST_TEST(!csv::isValidUtf8("\xE6\xF8\xE5"));
    BOOST_TEST(!csv::isValidUtf8("\xC0\xAF"));        // overlong '/'
    BOOST_TEST(!csv::isValidUtf8("\xED\xA0\x80"));    // a surrogate
    BOOST_TEST(!csv::isValidUtf8("\xC3"));            // cut short
    BOOST_TEST(csv::isValidUtf8("\xF0\x9F\x98\x80")); // U+1F600

    auto d = csv::decode("\xEF\xBB\xBFÅ;b");
    BOOST_TEST(d.text == "Å;b");
    BOOST_TEST((d.encoding == csv::Encoding::Utf8Bom));
    d = csv::decode("\xC5;b"); // Å in Windows-1252
    BOOST_TEST(d.text == "Å;b");
    BOOST_TEST((d.encoding == csv::Encoding::Windows1252));
    d = csv::decode("Å;b");
    BOOST_TEST((d.encoding == csv::Encoding::Utf8));
    // UTF-16LE with BOM: "Å" is C5 00, "😀" is the pair D83D DE00.
    d = csv::decode(std::string("\xFF\xFE\xC5\x00;\x00\x3D\xD8\x00\xDE", 10));
    BOOST_TEST(d.text == "Å;\xF0\x9F\x98\x80");
    BOOST_TEST((d.encoding == csv::Encoding::Utf16LeBom));
    d = csv::decode(std::string("\xFE\xFF\x00\xC5", 4));
    BOOST_TEST(d.text == "Å");
}

BOOST_AUTO_TEST_CASE(separator_is_detected_from_the_first_record) {
    BOOST_TEST(csv::detectSeparator("a;b;c\n1,5;2,5;3") == ';');
    BOOST_TEST(csv::detectSeparator("a,b,c\n1;2") == ',');
    BOOST_TEST(csv::detectSeparator("a\tb\tc") == '\t');
    BOOST_TEST(csv::detectSeparator("\"a;b\",c") == ','); // the quoted one does not count
    BOOST_TEST(csv::detectSeparator("a") == ';');
    BOOST_TEST(csv::detectSeparator("a;b,c") == ';'); // tie: semicolon
}

BOOST_AUTO_TEST_CASE(records_follow_rfc_4180_and_keep_line_numbers) {
    const auto p = csv::parse("a;\"b;1\"\r\n\r\n\"multi\nline\";\"say \"\"hi\"\"\"\rlast;\n", ';');
    BOOST_REQUIRE(p.records.size() == 3u);
    BOOST_TEST((p.records[0].fields == std::vector<std::string>{"a", "b;1"}));
    BOOST_TEST(p.records[0].row == 1);
    // Line 2 is blank and skipped; the record of line 3 spans lines 3 and 4.
    BOOST_TEST((p.records[1].fields == std::vector<std::string>{"multi\nline", "say \"hi\""}));
    BOOST_TEST(p.records[1].row == 3);
    BOOST_TEST((p.records[2].fields == std::vector<std::string>{"last", ""}));
    BOOST_TEST(p.records[2].row == 5);
    BOOST_TEST(p.unterminatedQuoteRow == 0);

    const auto open = csv::parse("a;b\n\"never closed;x\ny\n", ';');
    BOOST_TEST(open.unterminatedQuoteRow == 2);
    BOOST_TEST(open.records.size() == 2u);
}

BOOST_AUTO_TEST_CASE(numbers_as_spreadsheets_write_them) {
    BOOST_TEST(csv::parseNumber("1234.5").value() == 1234.5);
    BOOST_TEST(csv::parseNumber("1234,5").value() == 1234.5);
    BOOST_TEST(csv::parseNumber("1 234,5").value() == 1234.5);
    BOOST_TEST(csv::parseNumber("1\xC2\xA0"
                                "234,5")
                   .value() == 1234.5); // no-break space
    BOOST_TEST(csv::parseNumber("1\xE2\x80\xAF"
                                "234,5")
                   .value() == 1234.5); // narrow nbsp
    BOOST_TEST(csv::parseNumber("1,234.5").value() == 1234.5);
    BOOST_TEST(csv::parseNumber("1.234,5").value() == 1234.5);
    BOOST_TEST(csv::parseNumber("1.234.567").value() == 1234567.0);
    BOOST_TEST(csv::parseNumber("\xE2\x88\x92"
                                "2")
                   .value() == -2.0); // U+2212 minus
    BOOST_TEST(csv::parseNumber("+3").value() == 3.0);
    BOOST_TEST(csv::parseNumber(" 7 ").value() == 7.0);
    for (const char *bad : {"", " ", "fem", "1e3", "1.", ".5", "1,5x", "--1", "inf", "nan", "1-2"})
        BOOST_TEST(!csv::parseNumber(bad).has_value(), bad);
}

BOOST_AUTO_TEST_CASE(periods_by_number_label_or_date) {
    const Timeline q{Date{2027, 1, 1}, PeriodLength::Quarter, 8}; // Q1 2027 … Q4 2028
    auto t = [&](const char *s) { return csv::parsePeriod(s, q).value_or(-99); };
    BOOST_TEST(t("1") == 0);
    BOOST_TEST(t("8") == 7);
    BOOST_TEST(t("Q1 2027") == 0);
    BOOST_TEST(t("q3 2027") == 2);
    BOOST_TEST(t("1. kv. 2027") == 0);
    BOOST_TEST(t("4. kvartal 2028") == 7);
    BOOST_TEST(t("K2 2028") == 5);
    BOOST_TEST(t("2028 Q2") == 5);
    BOOST_TEST(t("2027-06-30") == 1); // June is in Q2
    BOOST_TEST(t("01.07.2027") == 2);
    BOOST_TEST(t("2028-03") == 4);
    BOOST_TEST(t("mars 2028") == 4);
    BOOST_TEST(t("Dec 2028") == 7);
    BOOST_TEST(t("des. 2028") == 7);
    bool outside = false;
    BOOST_TEST(!csv::parsePeriod("9", q, &outside));
    BOOST_TEST(outside);
    BOOST_TEST(!csv::parsePeriod("0", q, &outside));
    BOOST_TEST(outside);
    BOOST_TEST(!csv::parsePeriod("Q1 2029", q, &outside));
    BOOST_TEST(outside);
    BOOST_TEST(!csv::parsePeriod("2026-12-31", q, &outside));
    BOOST_TEST(outside);
    for (const char *bad :
         {"", "Q5 2027", "H1 2027", "2027", "1.5", "første", "13.2027", "x 2027"}) {
        BOOST_TEST(!csv::parsePeriod(bad, q, &outside).has_value(), bad);
        BOOST_TEST(!outside, bad);
    }

    // Half-years, years, months; and a timeline that does not start in January: its labels come
    // from each period's first month, as the views write them (Feb 2027 → "Q1 2027", May → "Q2").
    const Timeline h{Date{2027, 1, 1}, PeriodLength::HalfYear, 4};
    BOOST_TEST(csv::parsePeriod("2. halvår 2027", h).value_or(-1) == 1);
    BOOST_TEST(csv::parsePeriod("H1 2028", h).value_or(-1) == 2);
    const Timeline y{Date{2027, 1, 1}, PeriodLength::Year, 3};
    BOOST_TEST(csv::parsePeriod("2028", y).value_or(-1) == 1);
    BOOST_TEST(csv::parsePeriod("3", y).value_or(-1) == 2);
    const Timeline m{Date{2027, 1, 1}, PeriodLength::Month, 24};
    BOOST_TEST(csv::parsePeriod("jan. 2027", m).value_or(-1) == 0);
    BOOST_TEST(csv::parsePeriod("februar 2028", m).value_or(-1) == 13);
    const Timeline feb{Date{2027, 2, 1}, PeriodLength::Quarter, 4};
    BOOST_TEST(csv::parsePeriod("Q1 2027", feb).value_or(-1) == 0);
    BOOST_TEST(csv::parsePeriod("Q2 2027", feb).value_or(-1) == 1);
    BOOST_TEST(csv::parsePeriod("2027-04-15", feb).value_or(-1) == 0); // Feb–Apr
}

BOOST_AUTO_TEST_CASE(utf8_with_commas_and_quotes) {
    const auto r = importFile("ledger-utf8-comma.csv");
    BOOST_TEST(r.separator == ',');
    BOOST_TEST((r.encoding == csv::Encoding::Utf8));
    BOOST_TEST(r.diagnostics.empty());
    BOOST_TEST(r.dataRows == 3);
    const Ledger expected{
        {"P-001", 1, 0, 1.0},
        {"Bjørn, P-002", 2, 1, 2.5}, // "Q2 2027" is period 2, index 1
        {"P-\"003\"", 1, 7, 1.0},    // metric by id 1, period 8 → index 7
    };
    BOOST_TEST((r.rows == expected));
}

BOOST_AUTO_TEST_CASE(utf8_bom_with_semicolons_and_norwegian_names) {
    const auto r = importFile("ledger-utf8-bom-semicolon.csv");
    BOOST_TEST(r.separator == ';');
    BOOST_TEST((r.encoding == csv::Encoding::Utf8Bom));
    BOOST_TEST(r.diagnostics.empty());
    BOOST_TEST(r.dataRows == 3); // the blank line is no row
    const Ledger expected{
        {"Åse-7", 1, 0, 1.0},        // metric name in another case
        {"Ærlig-8", 2, 1, 1.5},      // "1,5"
        {"Øystein-9", 2, 1, 1234.5}, // metric by id; 2027-06-30 is in Q2; "1 234,5"
    };
    BOOST_TEST((r.rows == expected));
}

BOOST_AUTO_TEST_CASE(windows_1252_as_norwegian_excel_writes_it) {
    const auto r = importFile("ledger-windows1252.csv");
    BOOST_TEST((r.encoding == csv::Encoding::Windows1252));
    BOOST_TEST(r.separator == ';');
    BOOST_TEST(r.diagnostics.empty());
    const Ledger expected{
        {"Kåre-1", 2, 2, 1.0},  // "Fullført videregående" read from single bytes; K3 2027
        {"Søren-2", 1, 4, 2.0}, // mars 2028 → Q1 2028, index 4
        {"Ærø-3", 1, 7, 1.0},
    };
    BOOST_TEST((r.rows == expected));
}

BOOST_AUTO_TEST_CASE(good_bad_and_national_id_rows) {
    const auto r = importFile("ledger-mixed.csv");
    BOOST_TEST(r.dataRows == 12);
    BOOST_TEST(r.refusedRows == 10);
    BOOST_TEST(r.nationalIdRows == 2);
    const Ledger expected{{"P-101", 1, 0, 1.0}, {"P-108", 2, 3, 2.0}};
    BOOST_TEST((r.rows == expected));

    // row → (code, field, reason), in file order; row 13 has three problems.
    struct Want {
        int row;
        DiagCode code;
        const char *field;
        const char *reason;
    };
    const std::vector<Want> want{
        {3, DiagCode::NationalIdInLedger, "participant", ""},
        {4, DiagCode::CsvBadRow, "metric", "unknown-metric"},
        {5, DiagCode::CsvBadRow, "period", "period-outside"},
        {6, DiagCode::CsvBadRow, "period", "bad-period"},
        {7, DiagCode::CsvBadRow, "units", "bad-units"},
        {8, DiagCode::CsvBadRow, "units", "negative-units"},
        {9, DiagCode::CsvBadRow, "participant", "empty-participant"},
        {10, DiagCode::CsvBadRow, "participant", "column-count"},
        {11, DiagCode::NationalIdInLedger, "participant", ""},
        {13, DiagCode::CsvBadRow, "metric", "unknown-metric"},
        {13, DiagCode::CsvBadRow, "period", "period-outside"},
        {13, DiagCode::CsvBadRow, "units", "bad-units"},
    };
    BOOST_REQUIRE(r.diagnostics.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        const Diagnostic &d = r.diagnostics[i];
        BOOST_TEST(d.id == want[i].row);
        BOOST_TEST((d.code == want[i].code));
        BOOST_TEST(d.field == want[i].field);
        BOOST_TEST(reasonOf(d) == want[i].reason);
        BOOST_TEST(d.entity == "csv");
        BOOST_TEST((d.severity == Severity::Error));
    }
    // The offending text is carried, so the user can find it…
    BOOST_TEST(describeValue(r.diagnostics[1].values.at(1)) == "Ukjent mål");
    BOOST_TEST(describeValue(r.diagnostics[7].values.at(1)) == "2"); // two fields found
    // …but a national identity number is never repeated.
    for (const Diagnostic &d : r.diagnostics)
        for (const DiagValue &v : d.values) {
            BOOST_TEST(describeValue(v).find("150190") == std::string::npos);
        }
}

BOOST_AUTO_TEST_CASE(a_file_without_the_header_imports_nothing) {
    const auto r = importFile("ledger-no-header.csv");
    BOOST_TEST(r.rows.empty());
    BOOST_REQUIRE(r.diagnostics.size() == 1u);
    BOOST_TEST(r.diagnostics[0].id == 1);
    BOOST_TEST(reasonOf(r.diagnostics[0]) == "missing-header");
    BOOST_TEST(r.refusedRows == 1);
    const auto empty = csv::importLedger("", ledgerProject());
    BOOST_TEST(empty.rows.empty());
    BOOST_TEST(empty.diagnostics.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_decimal_comma_in_a_comma_separated_file_is_caught) {
    const auto r = importFile("ledger-comma-decimal.csv");
    // "P-1,1,1,1,5" has five fields under a four-column header; quoted "1,5" is fine.
    BOOST_REQUIRE(r.diagnostics.size() == 1u);
    BOOST_TEST(r.diagnostics[0].id == 2);
    BOOST_TEST(reasonOf(r.diagnostics[0]) == "column-count");
    BOOST_TEST((r.rows == Ledger{{"P-2", 1, 1, 1.5}}));
}

BOOST_AUTO_TEST_CASE(optional_units_and_extra_columns) {
    const std::string text = "Kommentar;participant;period;metric;\n"
                             "ok;A;1;1;\n"  // units default to 1; trailing empty field is fine
                             "x;B;2;2;;\n"; // more empty fields are fine too
    const auto r = csv::importLedger(text, ledgerProject());
    BOOST_TEST(r.diagnostics.empty());
    BOOST_TEST((r.rows == Ledger{{"A", 1, 0, 1.0}, {"B", 2, 1, 1.0}}));
}

BOOST_AUTO_TEST_CASE(a_hundred_thousand_rows) {
    // Participants P0..P99999, metric 1 + i % 2, period 1 + i % 8, units 1 + i % 3.
    std::string text = "participant;metric;period;units\n";
    double units = 0;
    for (int i = 0; i < 100'000; ++i) {
        // Appended piece by piece: GCC 12 at -O3 warns falsely on "P" + std::to_string(i).
        text += 'P';
        text += std::to_string(i);
        text += ';';
        text += std::to_string(1 + i % 2);
        text += ';';
        text += std::to_string(1 + i % 8);
        text += ';';
        text += std::to_string(1 + i % 3);
        text += '\n';
        units += 1 + i % 3;
    }
    const auto r = csv::importLedger(text, ledgerProject());
    BOOST_TEST(r.diagnostics.empty());
    BOOST_REQUIRE(r.rows.size() == 100'000u);
    double sum = 0;
    for (const LedgerRow &row : r.rows)
        sum += row.units;
    // 100 000 = 3 × 33 333 + 1: i % 3 takes 0, 1, 2 → units 1, 2, 3 33 333 times each, plus one 1.
    BOOST_TEST(units == 33'333.0 * 6 + 1);
    BOOST_TEST(sum == units);
    BOOST_TEST((r.rows[99'999] == LedgerRow{"P99999", 2, 7, 1.0}));
}

namespace {
// `rows` good rows after a header, about 20 bytes each.
std::string manyRows(int rows) {
    std::string text = "participant;metric;period;units\n";
    for (int i = 0; i < rows; ++i) {
        text += "P";
        text += std::to_string(i);
        text += ";1;";
        text += std::to_string(1 + i % 8);
        text += ";1\n";
    }
    return text;
}
} // namespace

BOOST_AUTO_TEST_CASE(progress_grows_to_the_whole_text) {
    const std::string text = manyRows(50'000);
    std::vector<std::size_t> seen;
    std::size_t total = 0;
    const auto r = csv::importLedger(text, ledgerProject(), [&](std::size_t done, std::size_t all) {
        seen.push_back(done);
        total = all;
        return true;
    });
    BOOST_TEST(!r.cancelled);
    BOOST_TEST(r.rows.size() == 50'000u);
    BOOST_TEST(total == text.size());
    // From the start to the end, every value larger than the one before, and several on the way.
    BOOST_REQUIRE(seen.size() > 5u);
    BOOST_TEST(seen.front() == 0u);
    BOOST_TEST(seen.back() == text.size());
    for (std::size_t i = 1; i < seen.size(); ++i)
        BOOST_TEST(seen[i] > seen[i - 1]);
}

BOOST_AUTO_TEST_CASE(cancel_stops_early_and_returns_nothing) {
    const std::string text = manyRows(200'000);
    int calls = 0;
    std::size_t last = 0;
    const auto r = csv::importLedger(text, ledgerProject(), [&](std::size_t done, std::size_t) {
        last = done;
        return ++calls < 3; // the third call says stop
    });
    BOOST_TEST(r.cancelled);
    BOOST_TEST(calls == 3);
    BOOST_TEST(last < text.size() / 4); // stopped early, not after reading everything
    BOOST_TEST(r.rows.empty());
    BOOST_TEST(r.diagnostics.empty());
    BOOST_TEST(r.dataRows == 0);
    BOOST_TEST(r.refusedRows == 0);
    // Cancelled at the very start, or with a file of junk whose rows are all refused: the same.
    BOOST_TEST(
        csv::importLedger(text, ledgerProject(), [](auto, auto) { return false; }).cancelled);
    std::string junk = "participant;metric;period\n";
    for (int i = 0; i < 100'000; ++i)
        junk += "x\n";
    int junkCalls = 0;
    const auto j =
        csv::importLedger(junk, ledgerProject(), [&](auto, auto) { return ++junkCalls < 2; });
    BOOST_TEST(j.cancelled);
    BOOST_TEST(j.diagnostics.empty());
}

BOOST_AUTO_TEST_CASE(without_a_callback_nothing_changes) {
    const std::string text = manyRows(10'000);
    const auto plain = csv::importLedger(text, ledgerProject());
    const auto watched =
        csv::importLedger(text, ledgerProject(), [](std::size_t, std::size_t) { return true; });
    BOOST_TEST(!plain.cancelled);
    BOOST_TEST((plain.rows == watched.rows));
    BOOST_TEST(plain.dataRows == watched.dataRows);
}

BOOST_AUTO_TEST_SUITE_END()
