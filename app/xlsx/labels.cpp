#include "labels.h"

#include <iterator>

namespace effekt::xlsx {

namespace {
struct Pair {
    const char *en;
    const char *nb;
};
constexpr Pair kLabels[] = {
#define EFFEKT_XLSX_TEXT(id, en, nb) {en, nb},
    EFFEKT_XLSX_LABELS(EFFEKT_XLSX_TEXT)
#undef EFFEKT_XLSX_TEXT
};
} // namespace

std::optional<Language> languageFromCode(std::string_view code) {
    if (code == "nb")
        return Language::Nb;
    if (code == "en")
        return Language::En;
    return std::nullopt;
}

const char *text(Label label, Language language) {
    const auto i = static_cast<std::size_t>(label);
    if (i >= std::size(kLabels))
        return "";
    return language == Language::Nb ? kLabels[i].nb : kLabels[i].en;
}

} // namespace effekt::xlsx
