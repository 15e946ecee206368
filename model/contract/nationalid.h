// Norwegian national identity numbers (fødselsnummer and D-number): the one piece of personal data
// a project must never hold, whatever door it comes through (project file, JSON, CSV import, the
// ledger's cells). One rule for all of them: containsNationalIdNumber.
#pragma once

#include <string>
#include <string_view>

namespace effekt {

// Exactly 11 ASCII digits forming a national identity number: a day of 01–31 (41–71 for a
// D-number, whose first digit is raised by 4), a month of 01–12 (also raised by 40 for an H-number
// and by 80 for a synthetic test number), and both modulus-11 check digits right.
bool isNationalIdNumber(std::string_view digits);

// `utf8` as the national-id rule reads it: Excel's ="…" wrapper and a leading apostrophe taken off;
// every decimal digit of any script (Arabic-Indic, Devanagari, fullwidth, … and super- and
// subscripts) written as an ASCII digit; and what people and programs put between the digits of a
// number taken out: spaces of every kind (no-break, narrow, figure, …), hyphens, dashes and minus
// signs, soft hyphens, dots, slashes, underscores, apostrophes, quotation marks, zero-width and
// direction characters, combining marks, control characters (NUL included) and bytes that are not
// UTF-8. Everything else (letters, other punctuation) stays as it is.
std::string normaliseForNationalId(std::string_view utf8);

// Whether `utf8` contains a national identity number: any 11 consecutive digits of the normalised
// text (also inside a longer run of digits, or after a name: "Ola Nordmann 01010150074") that
// isNationalIdNumber accepts. Use this at every door; never repeat the text it refused.
bool containsNationalIdNumber(std::string_view utf8);

} // namespace effekt
