// Fuzz target: bytes as JSON text → json::fromJson (model/files/json.h), the reader behind
// import-json and File ▸ Import JSON. It must refuse anything it cannot read with a diagnostic:
// no crash, no leak, no hang; a project it accepts goes out as JSON and back unchanged.
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    effekt::fuzz::checkLoad(effekt::json::fromJson(text));
    return 0;
}
