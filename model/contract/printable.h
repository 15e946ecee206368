// Text that came from a file, made safe to print on a terminal or in a log line: nothing in it
// can move the cursor, change colours, set a window title, start a new line or reorder text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace effekt {

// The longest stretch of a value printed whole; longer values are shortened with a note of how
// many bytes were left out.
inline constexpr std::size_t kPrintableMaxBytes = 200;

// `text` with every character a terminal would act on written as an escape: C0 controls and DEL
// as \n, \r, \t or \xNN; C1 controls (U+0080–U+009F), bidirectional controls (U+061C, U+200E,
// U+200F, U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators (U+2028, U+2029)
// as \uNNNN; bytes that are not UTF-8 as \xNN; a backslash as \\. Printable UTF-8 (æøå included)
// is kept. Beyond `maxBytes` of input the rest is left out and "…(+N bytes)" appended.
std::string escapePrintable(std::string_view text, std::size_t maxBytes = kPrintableMaxBytes);

// The same in double quotes, a quote inside written as \": for values that stand among other
// words ("metric \"Ola\"") so that no value can pass for the words around it.
std::string quotePrintable(std::string_view text, std::size_t maxBytes = kPrintableMaxBytes);

// Whether `text` is a plain identifier or JSON pointer ([A-Za-z0-9_./-]+, at most 64 bytes), printed
// as it is.
bool isPlainIdentifier(std::string_view text);

} // namespace effekt
