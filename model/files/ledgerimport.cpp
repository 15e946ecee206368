#include "ledgerimport.h"

#include "sizelimits.h"
#include "textcodes.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace effekt::csv {

std::string_view encodingName(Encoding e) {
    switch (e) {
    case Encoding::Utf8: return "utf-8";
    case Encoding::Utf8Bom: return "utf-8-bom";
    case Encoding::Utf16LeBom: return "utf-16le";
    case Encoding::Utf16BeBom: return "utf-16be";
    case Encoding::Windows1252: return "windows-1252";
    }
    return "utf-8";
}

// ---- Decoding
// ------------------------------------------------------------------------------------

namespace {
using text::appendUtf8;

// Windows-1252 0x80..0x9F; 0 marks the five undefined bytes.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string utf16ToUtf8(std::string_view bytes, bool littleEndian) {
    std::string out;
    out.reserve(bytes.size());
    auto unit = [&](std::size_t i) -> char16_t {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<char16_t>(littleEndian ? (b << 8 | a) : (a << 8 | b));
    };
    const std::size_t n = bytes.size() / 2 * 2;
    for (std::size_t i = 0; i < n; i += 2) {
        const char16_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < n) {
            const char16_t v = unit(i + 2);
            if (v >= 0xDC00 && v <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(v) - 0xDC00));
                i += 2;
                continue;
            }
        }
        appendUtf8(out, (u >= 0xD800 && u <= 0xDFFF) ? char32_t(0xFFFD) : char32_t(u));
    }
    return out;
}
} // namespace

bool isValidUtf8(std::string_view s) {
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + static_cast<std::size_t>(len) > n)
            return false;
        for (int k = 1; k < len; ++k) {
            const auto d = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((d & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += static_cast<std::size_t>(len);
    }
    return true;
}

std::string windows1252ToUtf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out += ch;
        } else if (c < 0xA0) {
            const char16_t u = kCp1252High[c - 0x80];
            appendUtf8(out, u ? char32_t(u) : char32_t(0xFFFD));
        } else {
            appendUtf8(out, c);
        }
    }
    return out;
}

Decoded decode(std::string_view bytes) {
    auto starts = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
    if (starts("\xEF\xBB\xBF")) {
        const std::string_view rest = bytes.substr(3);
        // A BOM promises UTF-8; should the rest not be, Windows-1252 is still the best reading.
        return isValidUtf8(rest) ? Decoded{std::string(rest), Encoding::Utf8Bom}
                                 : Decoded{windows1252ToUtf8(rest), Encoding::Windows1252};
    }
    if (starts("\xFF\xFE"))
        return {utf16ToUtf8(bytes.substr(2), true), Encoding::Utf16LeBom};
    if (starts("\xFE\xFF"))
        return {utf16ToUtf8(bytes.substr(2), false), Encoding::Utf16BeBom};
    if (isValidUtf8(bytes))
        return {std::string(bytes), Encoding::Utf8};
    return {windows1252ToUtf8(bytes), Encoding::Windows1252};
}

// ---- Splitting
// -----------------------------------------------------------------------------------

char detectSeparator(std::string_view text) {
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    if (semicolons >= tabs && semicolons >= commas)
        return ';';
    return tabs >= commas ? '\t' : ',';
}

namespace {
// Reads the records of a text one at a time, as parse() describes, so that an import holds one
// record at a time and can say how far it is.
class RecordReader {
public:
    RecordReader(std::string_view text, char separator)
        : text_(text)
        , separator_(separator) {}

    enum class Status { Record, End, TooLong };
    // The next non-blank record into `rec`. TooLong: the record beginning at line rec.row is
    // longer than limits::kMaxCsvLineBytes (nothing more is read).
    Status next(Record &rec, bool &unterminated);
    std::size_t position() const { return i_; }

private:
    std::string_view text_;
    char separator_;
    std::size_t i_ = 0;
    int line_ = 1;
};

RecordReader::Status RecordReader::next(Record &rec, bool &unterminated) {
    const std::string_view text = text_;
    const std::size_t n = text.size();
    std::size_t &i = i_;
    int &line = line_;
    unterminated = false;
    while (i < n) {
        rec.row = line;
        rec.fields.clear();
        std::string field;
        bool wasQuoted = false;
        bool endOfRecord = false;
        const std::size_t start = i;
        while (i < n && !endOfRecord) {
            if (i - start > limits::kMaxCsvLineBytes)
                return Status::TooLong;
            const char c = text[i];
            if (c == '"' && field.empty() && !wasQuoted) {
                // A quoted field: up to the closing quote, "" being one quote.
                wasQuoted = true;
                ++i;
                bool closed = false;
                while (i < n && i - start <= limits::kMaxCsvLineBytes) {
                    const char q = text[i];
                    if (q == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (q == '\n' || (q == '\r' && !(i + 1 < n && text[i + 1] == '\n')))
                        ++line;
                    field += q;
                    ++i;
                }
                if (!closed)
                    unterminated = true;
            } else if (c == separator_) {
                rec.fields.push_back(std::move(field));
                field.clear();
                wasQuoted = false;
                ++i;
            } else if (c == '\n' || c == '\r') {
                i += (c == '\r' && i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
                ++line;
                endOfRecord = true;
            } else {
                field += c;
                ++i;
            }
        }
        const bool blank = rec.fields.empty() && field.empty() && !wasQuoted;
        rec.fields.push_back(std::move(field));
        if (!blank)
            return Status::Record;
    }
    return Status::End;
}
} // namespace

Parsed parse(std::string_view text, char separator) {
    Parsed out;
    RecordReader reader(text, separator);
    Record rec;
    bool unterminated = false;
    for (;;) {
        const RecordReader::Status status = reader.next(rec, unterminated);
        if (status == RecordReader::Status::End)
            break;
        if (status == RecordReader::Status::TooLong) {
            out.tooLongRow = rec.row;
            break;
        }
        if (out.records.size() > limits::kMaxLedgerRows) {
            out.tooManyRecords = true;
            break;
        }
        if (unterminated && out.unterminatedQuoteRow == 0)
            out.unterminatedQuoteRow = rec.row;
        out.records.push_back(std::move(rec));
    }
    return out;
}

// ---- Text helpers
// --------------------------------------------------------------------------------

namespace {
bool isSpaceAt(std::string_view s, std::size_t i, std::size_t *len) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
        *len = 1;
        return true;
    }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
        *len = 2; // U+00A0 no-break space
        return true;
    }
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0xAF ||  // U+202F narrow no-break space
         static_cast<unsigned char>(s[i + 2]) == 0x89)) { // U+2009 thin space
        *len = 3;
        return true;
    }
    return false;
}

std::string_view trim(std::string_view s) {
    std::size_t len = 0;
    while (!s.empty() && isSpaceAt(s, 0, &len))
        s.remove_prefix(len);
    // Trailing: the spaces above end in 0x20..0x0D, 0xA0, 0xAF or 0x89.
    while (!s.empty()) {
        const std::size_t last = s.size() - 1;
        if (isSpaceAt(s, last, &len) && len == 1) {
            s.remove_suffix(1);
        } else if (s.size() >= 2 && isSpaceAt(s, s.size() - 2, &len) && len == 2) {
            s.remove_suffix(2);
        } else if (s.size() >= 3 && isSpaceAt(s, s.size() - 3, &len) && len == 3) {
            s.remove_suffix(3);
        } else {
            break;
        }
    }
    return s;
}

// Lower case for ASCII and the Latin-1 letters (Æ Ø Å and the accented ones), enough to compare
// metric names and period words.
std::string fold(std::string_view s) {
    std::string out(trim(s));
    for (std::size_t i = 0; i < out.size(); ++i) {
        auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c + 32);
        } else if (c == 0xC3 && i + 1 < out.size()) {
            const auto d = static_cast<unsigned char>(out[i + 1]);
            if (d >= 0x80 && d <= 0x9E && d != 0x97)
                out[i + 1] = static_cast<char>(d + 0x20);
            ++i;
        }
    }
    return out;
}

// Without any kind of space, and with U+2212 MINUS SIGN as '-'.
std::string compact(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t len = 0;
    for (std::size_t i = 0; i < s.size();) {
        if (isSpaceAt(s, i, &len)) {
            i += len;
        } else if (s.substr(i, 3) == "\xE2\x88\x92") {
            out += '-';
            i += 3;
        } else {
            out += s[i++];
        }
    }
    return out;
}

std::string clip(std::string_view s, std::size_t max = 40) {
    if (s.size() <= max)
        return std::string(s);
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 sequence
    return std::string(s.substr(0, cut)) + "\xE2\x80\xA6";
}

int floorDiv(int a, int b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}
} // namespace

std::optional<double> parseNumber(std::string_view text) {
    std::string s = compact(text);
    if (s.empty())
        return std::nullopt;
    if (s.front() == '+')
        s.erase(0, 1);
    const auto dots = std::count(s.begin(), s.end(), '.');
    const auto commas = std::count(s.begin(), s.end(), ',');
    char group = 0;
    if (dots && commas)
        group = s.find_last_of('.') > s.find_last_of(',') ? ',' : '.';
    else if (commas > 1)
        group = ',';
    else if (dots > 1)
        group = '.';
    if (group)
        s.erase(std::remove(s.begin(), s.end(), group), s.end());
    std::replace(s.begin(), s.end(), ',', '.');
    if (s.empty() || s.front() == '.' || s.back() == '.' || s.find_first_of("eE") != s.npos)
        return std::nullopt; // "1." and ".5" are not how people write numbers; no exponents
    double v = 0;
    const char *end = s.data() + s.size();
    const auto [ptr, ec] = std::from_chars(s.data(), end, v, std::chars_format::fixed);
    if (ec != std::errc() || ptr != end || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// ---- Periods
// -------------------------------------------------------------------------------------

namespace {
struct Token {
    bool number = false;
    int value = 0;
    int digits = 0;
    std::string word;
};

std::vector<Token> tokenize(const std::string &folded) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < folded.size()) {
        const auto c = static_cast<unsigned char>(folded[i]);
        if (c >= '0' && c <= '9') {
            Token t;
            t.number = true;
            while (i < folded.size() && folded[i] >= '0' && folded[i] <= '9') {
                if (t.digits < 9)
                    t.value = t.value * 10 + (folded[i] - '0');
                ++t.digits;
                ++i;
            }
            out.push_back(t);
        } else if ((c >= 'a' && c <= 'z') || c >= 0x80) {
            Token t;
            while (i < folded.size()) {
                const auto d = static_cast<unsigned char>(folded[i]);
                if (!((d >= 'a' && d <= 'z') || d >= 0x80))
                    break;
                t.word += folded[i++];
            }
            out.push_back(t);
        } else {
            ++i; // separators: space, '.', '-', '/', ','
        }
    }
    return out;
}

int monthFromWord(std::string_view w) {
    static const std::array<std::vector<std::string_view>, 12> names = {{
        {"jan", "januar", "january"},
        {"feb", "februar", "february"},
        {"mar", "mars", "march"},
        {"apr", "april"},
        {"mai", "may"},
        {"jun", "juni", "june"},
        {"jul", "juli", "july"},
        {"aug", "august"},
        {"sep", "sept", "september"},
        {"okt", "oct", "oktober", "october"},
        {"nov", "november"},
        {"des", "dec", "desember", "december"},
    }};
    for (std::size_t m = 0; m < names.size(); ++m)
        for (std::string_view n : names[m])
            if (w == n)
                return static_cast<int>(m) + 1;
    return 0;
}

bool isQuarterWord(std::string_view w) {
    return w == "q" || w == "k" || w == "kv" || w == "kvartal" || w == "quarter";
}
bool isHalfWord(std::string_view w) {
    return w == "h" || w == "halvår" || w == "half" || w == "hy";
}

// The period holding the first day of month (y, m); sets *outside when that is not in the timeline.
std::optional<int> periodOfMonth(const Timeline &tl, int y, int m, bool *outside) {
    const int months = (y - tl.start.year) * 12 + (m - tl.start.month);
    const int t = floorDiv(months, monthsPerPeriod(tl.length));
    if (t < 0 || t >= tl.periods) {
        *outside = true;
        return std::nullopt;
    }
    return t;
}
} // namespace

std::optional<int> parsePeriod(std::string_view text, const Timeline &tl, bool *outsideOut) {
    bool dummy = false;
    bool *outside = outsideOut ? outsideOut : &dummy;
    *outside = false;
    const std::vector<Token> tokens = tokenize(fold(text));
    std::vector<Token> numbers, words;
    for (const Token &t : tokens)
        (t.number ? numbers : words).push_back(t);
    const auto yearAt =
        std::find_if(numbers.begin(), numbers.end(), [](const Token &t) { return t.digits == 4; });
    const bool hasYear =
        yearAt != numbers.end() && std::count_if(numbers.begin(), numbers.end(),
                                                 [](const Token &t) { return t.digits == 4; }) == 1;

    if (words.empty()) {
        if (numbers.size() == 1 && !hasYear) {
            // A 1-based period number. Only plain digits, so "1.5" is not period 1 of 5.
            if (trim(text).find_first_not_of("0123456789") != std::string_view::npos)
                return std::nullopt;
            const int n = numbers[0].digits > 6 ? -1 : numbers[0].value;
            if (n >= 1 && n <= tl.periods)
                return n - 1;
            *outside = true;
            return std::nullopt;
        }
        if (!hasYear)
            return std::nullopt;
        const int y = yearAt->value;
        if (numbers.size() == 1) {
            // The year alone: a period of a yearly timeline.
            if (tl.length != PeriodLength::Year)
                return std::nullopt;
            return periodOfMonth(tl, y, tl.start.month, outside);
        }
        std::vector<int> others;
        for (auto it = numbers.begin(); it != numbers.end(); ++it)
            if (it != yearAt)
                others.push_back(it->value);
        int month = 0, day = 1;
        if (others.size() == 1) { // 2027-03, 03.2027
            month = others[0];
        } else if (others.size() == 2) { // 2027-03-15, 15.03.2027
            const bool yearFirst = yearAt == numbers.begin();
            month = yearFirst ? others[0] : others[1];
            day = yearFirst ? others[1] : others[0];
        } else {
            return std::nullopt;
        }
        if (month < 1 || month > 12 || day < 1 || day > 31)
            return std::nullopt;
        return periodOfMonth(tl, y, month, outside);
    }

    if (words.size() != 1 || !hasYear)
        return std::nullopt;
    const int y = yearAt->value;
    const std::string &w = words[0].word;
    if (const int month = monthFromWord(w); month > 0 && numbers.size() == 1)
        return periodOfMonth(tl, y, month, outside);
    if (numbers.size() != 2)
        return std::nullopt;
    const int k = (yearAt == numbers.begin() ? numbers[1] : numbers[0]).value;
    const bool quarter = isQuarterWord(w) && tl.length == PeriodLength::Quarter && k >= 1 && k <= 4;
    const bool half = isHalfWord(w) && tl.length == PeriodLength::HalfYear && k >= 1 && k <= 2;
    if (!quarter && !half)
        return std::nullopt;
    const int perPart = quarter ? 3 : 6;
    // The period whose label (as the views write it: from the period's first month) is this one.
    const int months = (y - tl.start.year) * 12 + ((k - 1) * perPart + 1 - tl.start.month);
    const int t = floorDiv(months + perPart - 1, perPart);
    if (t < 0 || t >= tl.periods) {
        *outside = true;
        return std::nullopt;
    }
    const Date s = tl.periodStart(t);
    if (s.year != y || (s.month - 1) / perPart + 1 != k)
        return std::nullopt;
    return t;
}

// ---- The ledger
// ----------------------------------------------------------------------------------

namespace {
enum Column { Participant, MetricCol, Period, Units, ColumnCount };
constexpr std::array<std::string_view, ColumnCount> kColumnNames = {"participant", "metric",
                                                                    "period", "units"};

int columnOf(const std::string &header) {
    static const std::array<std::vector<std::string_view>, ColumnCount> names = {{
        {"participant", "participant id", "participant_id", "deltaker", "deltakar", "deltaker-id",
         "deltakerid", "pseudonym"},
        {"metric", "metric id", "metric_id", "outcome metric", "resultatmål", "resultatmal",
         "resultatindikator"},
        {"period", "periode"},
        {"units", "unit", "enheter", "antall", "count"},
    }};
    for (std::size_t c = 0; c < names.size(); ++c)
        for (std::string_view n : names[c])
            if (header == n)
                return static_cast<int>(c);
    return -1;
}

} // namespace

namespace {

Diagnostic badRow(int row, Column col, std::string_view why, std::optional<std::string> what = {}) {
    Diagnostic d{
        DiagCode::CsvBadRow, Severity::Error, "csv", row, std::string(kColumnNames[col]), -1,
        {std::string(why)}};
    if (what)
        d.values.emplace_back(std::move(*what));
    return d;
}
} // namespace

LedgerImport importLedger(std::string_view bytes, const Project &project,
                          const ImportProgress &progress) {
    LedgerImport out;
    const Decoded decoded = decode(bytes);
    out.encoding = decoded.encoding;
    out.separator = detectSeparator(decoded.text);
    const std::string_view text = decoded.text;
    // How far the reading is, every so many records; false: cancelled, nothing is returned.
    std::size_t reported = 0;
    bool first = true;
    auto goOn = [&](std::size_t done) {
        if (!progress || (!first && done <= reported))
            return true;
        first = false;
        reported = done;
        return progress(done, text.size());
    };
    auto cancelled = [&] {
        LedgerImport none;
        none.encoding = out.encoding;
        none.separator = out.separator;
        none.cancelled = true;
        return none;
    };
    if (!goOn(0))
        return cancelled();

    RecordReader reader(text, out.separator);
    Record rec;
    bool unterminated = false;
    std::size_t records = 0; // the header included
    // The next record into `rec`; false at the end. A line longer than any ledger line, or more
    // rows than a ledger holds, refuses the file whole (`refusal`).
    std::optional<Diagnostic> refusal;
    auto next = [&]() -> bool {
        if (refusal)
            return false;
        const RecordReader::Status status = reader.next(rec, unterminated);
        if (status == RecordReader::Status::End)
            return false;
        if (status == RecordReader::Status::TooLong) {
            refusal = Diagnostic{DiagCode::TooManyEntries,
                                 Severity::Error,
                                 "csv",
                                 rec.row,
                                 "line",
                                 -1,
                                 {static_cast<std::int64_t>(limits::kMaxCsvLineBytes + 1),
                                  static_cast<std::int64_t>(limits::kMaxCsvLineBytes)}};
            return false;
        }
        if (records > limits::kMaxLedgerRows) {
            refusal = Diagnostic{DiagCode::TooManyEntries,
                                 Severity::Error,
                                 "csv",
                                 -1,
                                 "rows",
                                 -1,
                                 {static_cast<std::int64_t>(records),
                                  static_cast<std::int64_t>(limits::kMaxLedgerRows)}};
            return false;
        }
        ++records;
        return true;
    };
    // Checked every so many records: often enough for a progress bar and a prompt Cancel, seldom
    // enough to cost nothing.
    constexpr std::size_t kProgressEvery = 4096;
    auto step = [&] { return records % kProgressEvery != 0 || goOn(reader.position()); };
    auto refused = [&] {
        LedgerImport whole;
        whole.encoding = out.encoding;
        whole.separator = out.separator;
        whole.diagnostics.push_back(std::move(*refusal));
        return whole;
    };
    // The records after the header, counted and refused (the header cannot be relied on).
    auto refuseTheRest = [&]() -> std::optional<LedgerImport> {
        while (next()) {
            ++out.dataRows;
            ++out.refusedRows;
            if (!step())
                return cancelled();
        }
        if (refusal)
            return refused();
        if (!goOn(text.size()))
            return cancelled();
        return std::nullopt;
    };

    if (!next()) {
        if (refusal)
            return refused();
        out.diagnostics.push_back(
            badRow(1, Participant, reason::kMissingHeader, std::string("participant")));
        return goOn(text.size()) ? out : cancelled();
    }

    std::array<int, ColumnCount> at{-1, -1, -1, -1};
    const Record header = rec;
    // Every field of every line, whatever column it stands in, is read for a national identity
    // number first: a line holding one is refused as a whole and reported by its line and column
    // only, so the number reaches neither the ledger nor a report.
    auto nationalIds = [&](const Record &r, Diagnostics &into) {
        int found = 0;
        for (std::size_t i = 0; i < r.fields.size(); ++i) {
            if (!containsNationalIdNumber(r.fields[i]))
                continue;
            ++found;
            const auto c = std::find(at.begin(), at.end(), static_cast<int>(i));
            Diagnostic d{
                DiagCode::NationalIdInLedger, Severity::Error, "csv", r.row, "column", -1, {}};
            if (c != at.end())
                d.field = std::string(kColumnNames[static_cast<std::size_t>(c - at.begin())]);
            else
                d.values.emplace_back(static_cast<std::int64_t>(i + 1));
            into.push_back(std::move(d));
        }
        return found;
    };
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        std::string name = fold(header.fields[i]);
        const int c = columnOf(name);
        if (c >= 0 && at[static_cast<std::size_t>(c)] < 0)
            at[static_cast<std::size_t>(c)] = static_cast<int>(i);
    }
    if (nationalIds(header, out.diagnostics) > 0) {
        // A header holding personal data names no columns to rely on.
        if (auto stop = refuseTheRest())
            return std::move(*stop);
        out.nationalIdRows = 1;
        maskNationalIds(out.diagnostics);
        return out;
    }
    for (int c : {Participant, MetricCol, Period})
        if (at[static_cast<std::size_t>(c)] < 0) {
            out.diagnostics.push_back(
                badRow(header.row, static_cast<Column>(c), reason::kMissingHeader,
                       std::string(kColumnNames[static_cast<std::size_t>(c)])));
            if (auto stop = refuseTheRest())
                return std::move(*stop);
            return out;
        }
    const int needed = *std::max_element(at.begin(), at.end()) + 1;

    std::unordered_map<std::string, int> metricByName;
    std::unordered_map<std::string, int> metricById;
    for (const Metric &m : project.metrics) {
        metricByName.emplace(fold(m.name), m.id);
        metricById.emplace(std::to_string(m.id), m.id);
    }
    // Period texts repeat a lot: read each once.
    std::unordered_map<std::string, std::pair<std::optional<int>, bool>> periodCache;

    Diagnostics rowDiags;
    std::int64_t notShown = 0;
    while (next()) {
        if (!step())
            return cancelled();
        ++out.dataRows;
        rowDiags.clear();
        const bool nationalId = nationalIds(rec, rowDiags) > 0;
        auto field = [&](Column c) -> std::string_view {
            const int i = at[static_cast<std::size_t>(c)];
            return i >= 0 && static_cast<std::size_t>(i) < rec.fields.size()
                       ? trim(rec.fields[static_cast<std::size_t>(i)])
                       : std::string_view();
        };

        // Too few fields, or more than the header has with something in them (often a decimal
        // comma in a comma-separated file, which splits a number in two).
        bool extra = false;
        for (std::size_t i = header.fields.size(); i < rec.fields.size(); ++i)
            extra = extra || !trim(rec.fields[i]).empty();
        if (nationalId) {
            // Reported above; nothing else of the line is read.
        } else if (static_cast<int>(rec.fields.size()) < needed || extra) {
            rowDiags.push_back(badRow(rec.row, Participant, reason::kColumnCount,
                                      std::to_string(rec.fields.size())));
        } else {
            LedgerRow row;
            const std::string_view participant = field(Participant);
            if (participant.empty()) {
                rowDiags.push_back(badRow(rec.row, Participant, reason::kEmptyParticipant));
            } else if (participant.size() > kMaxParticipantLength) {
                rowDiags.push_back(
                    badRow(rec.row, Participant, reason::kParticipantTooLong, clip(participant)));
            } else {
                row.participant = std::string(participant);
            }

            const std::string metric = fold(field(MetricCol));
            if (auto it = metricByName.find(metric); it != metricByName.end())
                row.metricId = it->second;
            else if (auto id = metricById.find(metric); id != metricById.end())
                row.metricId = id->second;
            else
                rowDiags.push_back(
                    badRow(rec.row, MetricCol, reason::kUnknownMetric, clip(field(MetricCol))));

            const std::string periodText(field(Period));
            auto cached = periodCache.find(periodText);
            if (cached == periodCache.end()) {
                bool outside = false;
                const std::optional<int> t = parsePeriod(periodText, project.timeline, &outside);
                cached = periodCache.emplace(periodText, std::make_pair(t, outside)).first;
            }
            if (cached->second.first)
                row.period = *cached->second.first;
            else
                rowDiags.push_back(badRow(rec.row, Period,
                                          cached->second.second ? reason::kPeriodOutsideTimeline
                                                                : reason::kBadPeriod,
                                          clip(periodText)));

            if (at[Units] >= 0 && !field(Units).empty()) {
                const std::optional<double> units = parseNumber(field(Units));
                if (!units)
                    rowDiags.push_back(
                        badRow(rec.row, Units, reason::kBadUnits, clip(field(Units))));
                else if (*units < 0)
                    rowDiags.push_back(
                        badRow(rec.row, Units, reason::kNegativeUnits, clip(field(Units))));
                else if (!(*units <= limits::kMaxQuantity))
                    rowDiags.push_back(
                        badRow(rec.row, Units, reason::kUnitsTooLarge, clip(field(Units))));
                else
                    row.units = *units;
            }
            if (unterminated)
                rowDiags.push_back(badRow(rec.row, Participant, reason::kUnterminatedQuote));
            if (rowDiags.empty())
                out.rows.push_back(std::move(row));
        }
        if (!rowDiags.empty()) {
            // Every refused row counts; only the first few are described.
            for (Diagnostic &d : rowDiags)
                if (out.diagnostics.size() < limits::kMaxDiagnosticsReported)
                    out.diagnostics.push_back(std::move(d));
                else
                    ++notShown;
            ++out.refusedRows;
            if (nationalId)
                ++out.nationalIdRows;
        }
    }
    if (refusal)
        return refused();
    if (!goOn(text.size()))
        return cancelled();
    if (notShown > 0)
        out.diagnostics.push_back(
            Diagnostic{DiagCode::MoreDiagnostics, Severity::Error, "csv", -1, "", -1, {notShown}});
    // A number split over two fields, or anything the line scan did not see: masked all the same.
    maskNationalIds(out.diagnostics);
    return out;
}

} // namespace effekt::csv
