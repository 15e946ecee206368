// National identity numbers written the ways they reach the program (spaced, dashed, with other
// scripts' digits, invisible characters, a spreadsheet's wrappers, inside a name): every door is
// tested with all of them, and with pseudonyms that merely hold 11 digits.
#pragma once

#include <string>
#include <vector>

namespace effekt::test {

// A synthetic fødselsnummer (1 January 2001, both check digits right) and a D-number (day + 40).
inline const std::string kNationalId = "01010150074";
inline const std::string kDNumber = "41010100044";

struct WrittenId {
    const char *how;
    std::string text;
};

inline std::vector<WrittenId> nationalIdVariants() {
    return {
        {"plain", kNationalId},
        {"D-number", kDNumber},
        {"space", "010101 50074"},
        {"hyphen", "010101-50074"},
        {"no-break space", "010101\u00A050074"},
        {"narrow no-break space", "010101\u202F50074"},
        {"figure space", "010101\u200750074"},
        {"en dash", "010101\u201350074"},
        {"minus sign", "010101\u221250074"},
        {"soft hyphen", "010101\u00AD50074"},
        {"trailing space", "01010150074 "},
        {"fullwidth digits", "\uFF10\uFF11\uFF10\uFF11\uFF10\uFF11\uFF15\uFF10\uFF10\uFF17\uFF14"},
        {"Arabic-Indic digits",
         "\u0660\u0661\u0660\u0661\u0660\u0661\u0665\u0660\u0660\u0667\u0664"},
        {"Devanagari digits", "\u0966\u0967\u0966\u0967\u0966\u0967\u096B\u0966\u0966\u096D\u096A"},
        {"zero-width joiners", "0101\u200D0150\u200C07\u200B4"},
        {"word joiner and BOM", "\uFEFF010101\u206050074"},
        {"Excel formula", "=\"01010150074\""},
        {"leading apostrophe", "'01010150074"},
        {"inside a name", "Ola Nordmann 01010150074"},
        {"inside a longer id", "ID-7-01010150074-x"},
    };
}

// Pseudonyms holding 11 digits that are no national identity number: a check digit wrong, or no
// date (day 00, month 13).
inline std::vector<std::string> innocentPseudonyms() {
    return {"01010150075",     "P-01010150075", "00000000000",
            "Ola 12345678901", "P-01130150074", "deltaker 2027-03-15 nr 12"};
}

} // namespace effekt::test
