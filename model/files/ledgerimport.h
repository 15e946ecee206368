// Reading delimited text files (CSV) as spreadsheets write them, and importing the participant
// ledger from one. Plain C++: no Qt.
//
// Decoding: UTF-8 with or without a byte order mark, UTF-16 with a byte order mark (Excel's
// "Unicode text"), and Windows-1252 (what Norwegian Excel writes as "CSV (semikolondelt)") when the
// bytes are not valid UTF-8. Everything comes back as UTF-8.
//
// Row numbers in diagnostics are the 1-based line numbers where a record begins, the header being
// line 1: the row numbers a spreadsheet shows (as long as no quoted field spans lines).
#pragma once

#include "diagnostics.h"
#include "project.h"
#include "valuelimits.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace effekt::csv {

enum class Encoding { Utf8, Utf8Bom, Utf16LeBom, Utf16BeBom, Windows1252 };

std::string_view encodingName(Encoding e); // "utf-8", "utf-8-bom", "utf-16le", …, "windows-1252"

struct Decoded {
    std::string text; // UTF-8, without a byte order mark
    Encoding encoding = Encoding::Utf8;
    bool cancelled = false; // the progress callback said stop: nothing else is set
};

// How far an import is, for a progress bar and a Cancel button: called at the start, every few
// thousand lines and at the end, with the bytes of the (decoded) text read so far and its size;
// `done` grows with every call. Returning false cancels the import: importLedger returns at once,
// with `cancelled` set and no rows and no diagnostics. Called on the thread importLedger runs on.
using ImportProgress = std::function<bool(std::size_t done, std::size_t total)>;

// Whether `bytes` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view bytes);
// Windows-1252 to UTF-8 (the five undefined bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D map to U+FFFD).
std::string windows1252ToUtf8(std::string_view bytes);
// Detects the encoding as described above and returns the text as UTF-8.
Decoded decode(std::string_view bytes);

// The separator of a file, chosen from its first record: the most frequent of ';', ',' and TAB
// outside quotes (ties: ';', then TAB, then ',' — Norwegian Excel writes semicolons because the
// comma is the decimal sign). ';' when the record holds none of them.
char detectSeparator(std::string_view text);

struct Record {
    int row = 0; // 1-based line number where the record begins
    std::vector<std::string> fields;
};

// Splits text into records (RFC 4180): fields separated by `separator`, optionally quoted with '"'
// ("" inside quotes is one quote; quoted fields may hold separators and line breaks), records ended
// by LF, CRLF or CR. Blank lines are skipped but still counted. An unterminated quote runs to the
// end of the text (the record is kept; `unterminatedQuoteRow` says where it began).
// Stops at a record longer than limits::kMaxCsvLineBytes (`tooLongRow`) or after more records than
// a ledger may hold (`tooManyRecords`), before the memory for them is taken.
struct Parsed {
    std::vector<Record> records;
    int unterminatedQuoteRow = 0; // 0: none
    int tooLongRow = 0;           // 0: none
    bool tooManyRecords = false;
};
Parsed parse(std::string_view text, char separator);

// ---- The participant ledger
// ------------------------------------------------------------------------------

// Why a row was refused: the value carried by DiagCode::CsvBadRow (values[0]); values[1], when
// present, is the offending text (never for national identity numbers, which are not repeated).
namespace reason {
inline constexpr std::string_view kMissingHeader = "missing-header"; // no participant/metric/period
inline constexpr std::string_view kColumnCount = "column-count";     // values[1]: fields found
inline constexpr std::string_view kEmptyParticipant = "empty-participant";
inline constexpr std::string_view kParticipantTooLong = "participant-too-long";
inline constexpr std::string_view kUnknownMetric = "unknown-metric";
inline constexpr std::string_view kBadPeriod = "bad-period"; // not a number or label
inline constexpr std::string_view kPeriodOutsideTimeline = "period-outside"; // 1..periods
inline constexpr std::string_view kBadUnits = "bad-units";                   // not a number
inline constexpr std::string_view kNegativeUnits = "negative-units";
inline constexpr std::string_view kUnitsTooLarge = "units-too-large"; // above limits::kMaxQuantity
inline constexpr std::string_view kUnterminatedQuote = "unterminated-quote";
} // namespace reason

inline constexpr std::size_t kMaxParticipantLength = limits::kMaxParticipantBytes;

struct LedgerImport {
    Ledger rows;             // the accepted rows, in file order
    Diagnostics diagnostics; // each problem of each refused row (entity "csv", id = row, field)
    int dataRows = 0;        // records after the header (blank lines not counted)
    int refusedRows = 0;     // data rows not imported (a row may carry several diagnostics)
    int nationalIdRows = 0;  // lines refused because a field holds a national identity number
    char separator = ';';
    Encoding encoding = Encoding::Utf8;
    bool cancelled = false; // the progress callback said stop: nothing else is set
};

// How far an import is, for a progress bar and a Cancel button: called at the start, every few
// thousand lines and at the end, with the bytes of the (decoded) text read so far and its size;
// `done` grows with every call. Returning false cancels the import: importLedger returns at once,
// with `cancelled` set and no rows and no diagnostics. Called on the thread importLedger runs on.
using ImportProgress = std::function<bool(std::size_t done, std::size_t total)>;

// Imports ledger rows from a CSV file's bytes. The first record is a header naming the columns
// participant, metric, period and (optional, default 1) units, in any order and case (Norwegian
// names deltaker, resultatmål, periode, enheter also work). Metric: its name (case-insensitive) or
// its id. Period: 1-based number, a label ("Q1 2027", "1. kv. 2027", "K1 2027", "H2 2027",
// "2. halvår 2027", "jan. 2027", "mars 2027", "2027-03", "03.2027"; the year alone for yearly
// periods) or a date (2027-02-15, 15.02.2027) within the period. Units: a number ≥ 0 with '.' or
// ',' as decimal sign and spaces as thousands separators.
// A line with a national identity number (containsNationalIdNumber) in any of its fields, the
// header included, is refused as a whole: one DiagCode::NationalIdInLedger per such field (field:
// the column's name, "participant", "metric", "period" or "units"; or "column" for another column,
// with values[0] its 1-based number), and the number is not repeated anywhere.
LedgerImport importLedger(std::string_view bytes, const Project &project,
                          const ImportProgress &progress = {});

// The period (0-based) that `text` names in `timeline`, as importLedger reads it; nullopt when it
// names none. `outside` is set when it is a well-formed period number or date outside the timeline.
std::optional<int> parsePeriod(std::string_view text, const Timeline &timeline,
                               bool *outside = nullptr);
// A number as spreadsheets write it: "1234.5", "1234,5", "1 234,5" (any space, including U+00A0 and
// U+202F), "-2", "1,234.5". nullopt when it is not one.
std::optional<double> parseNumber(std::string_view text);

} // namespace effekt::csv
