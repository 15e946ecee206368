// Small pieces of text arithmetic the contract and the files share: writing a code point as UTF-8,
// and the modulus-11 check digit of Norwegian organisation and identity numbers.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace effekt::text {

// Appends code point `c` (at most U+10FFFF, not a surrogate) to `out` as UTF-8.
inline void appendUtf8(std::string &out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// Modulus-11 check digit over the ASCII digits[0..weights.size()), or -1 when the remainder
// gives 10 (no valid check digit).
inline int mod11(std::string_view digits, std::initializer_list<int> weights) {
    int sum = 0;
    std::size_t i = 0;
    for (int w : weights)
        sum += (digits[i++] - '0') * w;
    const int r = 11 - sum % 11;
    return r == 11 ? 0 : (r == 10 ? -1 : r);
}

} // namespace effekt::text
