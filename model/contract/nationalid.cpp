#include "nationalid.h"

#include "textcodes.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>

namespace effekt {

namespace {

using text::appendUtf8;
using text::mod11;

int twoDigits(std::string_view d, std::size_t at) {
    return (d[at] - '0') * 10 + (d[at + 1] - '0');
}

// The zero of every block of ten decimal digits (Unicode general category Nd, Unicode 15).
constexpr std::array<char32_t, 68> kDigitZeros = {
    0x0030,  0x0660,  0x06F0,  0x07C0,  0x0966,  0x09E6,  0x0A66,  0x0AE6,  0x0B66,  0x0BE6,
    0x0C66,  0x0CE6,  0x0D66,  0x0DE6,  0x0E50,  0x0ED0,  0x0F20,  0x1040,  0x1090,  0x17E0,
    0x1810,  0x1946,  0x19D0,  0x1A80,  0x1A90,  0x1B50,  0x1BB0,  0x1C40,  0x1C50,  0xA620,
    0xA8D0,  0xA900,  0xA9D0,  0xA9F0,  0xAA50,  0xABF0,  0xFF10,  0x104A0, 0x10D30, 0x11066,
    0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0,
    0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8,
    0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950, 0x1FBF0};

// The digit `c` stands for, or -1.
int digitValue(char32_t c) {
    if (c >= '0' && c <= '9')
        return static_cast<int>(c - '0');
    if (c < 0x0660)
        switch (c) {
        case 0x00B2: return 2;
        case 0x00B3: return 3;
        case 0x00B9: return 1;
        default: return -1;
        }
    for (const char32_t zero : kDigitZeros)
        if (c >= zero && c <= zero + 9)
            return static_cast<int>(c - zero);
    if (c == 0x2070)
        return 0;
    if (c >= 0x2074 && c <= 0x2079)
        return static_cast<int>(c - 0x2070);
    if (c >= 0x2080 && c <= 0x2089)
        return static_cast<int>(c - 0x2080);
    return -1;
}

// Characters that can stand between the digits of a number without ending it.
bool ignorable(char32_t c) {
    if (c < 0x20 || (c >= 0x7F && c <= 0xA0)) // controls (NUL included), DEL, C1, no-break space
        return true;
    switch (c) {
    case ' ':
    case '-':
    case '.':
    case '/':
    case '_':
    case '\'':
    case '"':
    case 0x00AD: // soft hyphen
    case 0x00B7: // middle dot
    case 0x058A: // Armenian hyphen
    case 0x061C: // Arabic letter mark
    case 0x1680: // Ogham space mark
    case 0x1806: // Mongolian todo soft hyphen
    case 0x180E: // Mongolian vowel separator
    case 0x2024: // one dot leader
    case 0x2027: // hyphenation point
    case 0x2043: // hyphen bullet
    case 0x2212: // minus sign
    case 0x2E3A: // two-em dash
    case 0x2E3B: // three-em dash
    case 0x3000: // ideographic space
    case 0xFE58: // small em dash
    case 0xFE63: // small hyphen-minus
    case 0xFEFF: // zero-width no-break space, byte order mark
    case 0xFF02: // fullwidth quotation mark
    case 0xFF07: // fullwidth apostrophe
    case 0xFF0D: // fullwidth hyphen-minus
    case 0xFF0E: // fullwidth full stop
    case 0xFF0F: // fullwidth solidus
    case 0xFF3F: // fullwidth low line
        return true;
    default: break;
    }
    return (c >= 0x0300 && c <= 0x036F) || // combining diacritical marks
           (c >= 0x180B && c <= 0x180F) || // Mongolian variation selectors
           (c >= 0x2000 && c <= 0x201F) || // spaces, zero-width, marks, dashes, quotation marks
           (c >= 0x2028 && c <= 0x202F) || // separators, direction embeddings, narrow NBSP
           (c >= 0x205F && c <= 0x206F) || // medium space, word joiner, invisible operators
           (c >= 0x20D0 && c <= 0x20FF) || // combining marks for symbols (keycap)
           (c >= 0xFE00 && c <= 0xFE0F) || // variation selectors
           (c >= 0xFE20 && c <= 0xFE2F) || // combining half marks
           (c >= 0xFFF9 && c <= 0xFFFB) || // interlinear annotation
           (c >= 0xE0000 && c <= 0xE01EF); // tags, variation selectors supplement
}

// The code point at s[i], its length in *len; U+FFFD-like 0xFFFFFFFF for a byte that does not
// begin well-formed UTF-8 (length 1).
char32_t decodeAt(std::string_view s, std::size_t i, std::size_t *len) {
    constexpr char32_t kBad = 0xFFFFFFFF;
    const auto c = static_cast<unsigned char>(s[i]);
    *len = 1;
    if (c < 0x80)
        return c;
    std::size_t n = 0;
    char32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        cp = c & 0x07;
    } else {
        return kBad;
    }
    if (i + n > s.size())
        return kBad;
    for (std::size_t k = 1; k < n; ++k) {
        const auto d = static_cast<unsigned char>(s[i + k]);
        if ((d & 0xC0) != 0x80)
            return kBad;
        cp = (cp << 6) | (d & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return kBad;
    *len = n;
    return cp;
}

} // namespace

bool isNationalIdNumber(std::string_view d) {
    if (d.size() != 11 ||
        !std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    const int day = twoDigits(d, 0), month = twoDigits(d, 2);
    const bool dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
    const bool monthOk =
        (month >= 1 && month <= 12) || (month >= 41 && month <= 52) || (month >= 81 && month <= 92);
    if (!dayOk || !monthOk)
        return false;
    const int k1 = mod11(d, {3, 7, 6, 1, 8, 9, 4, 5, 2});
    if (k1 < 0 || k1 != d[9] - '0')
        return false;
    const int k2 = mod11(d, {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
    return k2 >= 0 && k2 == d[10] - '0';
}

std::string normaliseForNationalId(std::string_view utf8) {
    // Excel's ="…" (a formula that keeps leading zeros): the text inside.
    std::size_t from = 0, to = utf8.size();
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\0'; };
    while (from < to && blank(utf8[from]))
        ++from;
    while (to > from && blank(utf8[to - 1]))
        --to;
    if (to - from >= 3 && utf8.substr(from, 2) == "=\"" && utf8[to - 1] == '"') {
        from += 2;
        --to;
    }
    // A leading apostrophe (how a spreadsheet keeps a number as text) is ignorable anyway.
    std::string out;
    out.reserve(to - from);
    std::size_t len = 0;
    for (std::size_t i = from; i < to; i += len) {
        const char32_t c = decodeAt(utf8, i, &len);
        if (c == 0xFFFFFFFF || ignorable(c))
            continue;
        const int d = digitValue(c);
        if (d >= 0)
            out += static_cast<char>('0' + d);
        else
            appendUtf8(out, c);
    }
    return out;
}

bool containsNationalIdNumber(std::string_view utf8) {
    const std::string s = normaliseForNationalId(utf8);
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') {
            run = 0;
            continue;
        }
        if (++run >= 11 && isNationalIdNumber(std::string_view(s).substr(i + 1 - 11, 11)))
            return true;
    }
    return false;
}

} // namespace effekt
