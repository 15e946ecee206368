#include "printable.h"

#include <cstdint>
#include <cstdio>

namespace effekt {

namespace {

void hexByte(std::string &out, unsigned char c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(c));
    out += buf;
}

void codePoint(std::string &out, std::uint32_t cp) {
    char buf[12];
    std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(cp));
    out += buf;
}

// Length of the well-formed UTF-8 sequence at s[i] and its code point; 0 when ill-formed.
std::size_t decode(std::string_view s, std::size_t i, std::uint32_t &cp) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    std::uint32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
        cp = b0 & 0x1Fu;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        cp = b0 & 0x0Fu;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        cp = b0 & 0x07u;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + len > s.size())
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0u) != 0x80u)
            return 0;
        cp = (cp << 6) | (b & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

bool actedOn(std::uint32_t cp) {
    return (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 ||
           cp == 0x2029;
}

std::string escape(std::string_view text, std::size_t maxBytes, bool quoted) {
    std::string out;
    const std::size_t n = text.size() > maxBytes ? maxBytes : text.size();
    out.reserve(n + 16);
    std::size_t i = 0;
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\\': out += "\\\\"; break;
            case '"':
                if (quoted)
                    out += "\\\"";
                else
                    out += '"';
                break;
            default:
                if (c < 0x20 || c == 0x7F)
                    hexByte(out, c);
                else
                    out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        std::uint32_t cp = 0;
        const std::size_t len = decode(text, i, cp);
        if (len != 0 && i + len > n)
            break; // the shortened text ends before this character
        if (len == 0) {
            hexByte(out, c);
            ++i;
            continue;
        }
        if (actedOn(cp))
            codePoint(out, cp);
        else
            out.append(text.substr(i, len));
        i += len;
    }
    if (i < text.size())
        out += "…(+" + std::to_string(text.size() - i) + " bytes)";
    return out;
}

} // namespace

std::string escapePrintable(std::string_view text, std::size_t maxBytes) {
    return escape(text, maxBytes, false);
}

std::string quotePrintable(std::string_view text, std::size_t maxBytes) {
    std::string q = escape(text, maxBytes, true);
    // The note of what was left out stands outside the quotes.
    const std::size_t note = q.rfind("…(+");
    if (text.size() > maxBytes && note != std::string::npos)
        return '"' + q.substr(0, note) + '"' + q.substr(note);
    return '"' + q + '"';
}

bool isPlainIdentifier(std::string_view text) {
    if (text.empty() || text.size() > 64)
        return false;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '.' || c == '-' || c == '/'))
            return false;
    }
    return true;
}

} // namespace effekt
