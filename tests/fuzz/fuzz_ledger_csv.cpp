// Fuzz target: bytes as a CSV ledger → csv::importLedger (model/files/ledgerimport.h), read against
// the bundled example project (two metrics, quarterly periods). Any bytes in any encoding: no
// crash, no leak, no hang; the counts add up, every accepted row is in range, and no accepted row
// or diagnostic holds a national identity number.
#include "fuzzcheck.h"
#include "ledgerimport.h"
#include "valuelimits.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

const effekt::Project &example() {
    static const effekt::Project project = [] {
        const effekt::LoadResult r = effekt::json::importJson(EFFEKT_FUZZ_EXAMPLE);
        if (!r.project)
            effekt::fuzz::fail("cannot load the example project " EFFEKT_FUZZ_EXAMPLE);
        return *r.project;
    }();
    return project;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace effekt;
    using fuzz::require;
    const Project &project = example();
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    const csv::LedgerImport result = csv::importLedger(bytes, project);
    fuzz::checkDiagnostics(result.diagnostics);
    require(result.refusedRows >= 0 && result.refusedRows <= result.dataRows,
            "more rows refused than read");
    require(result.nationalIdRows <= result.refusedRows + 1,
            "more national-id lines than refused rows and the header");
    require(result.rows.size() <= static_cast<std::size_t>(result.dataRows - result.refusedRows),
            "more rows accepted than read and not refused");
    for (const LedgerRow &row : result.rows) {
        require(!containsNationalIdNumber(row.participant), "national id in an accepted row");
        require(!row.participant.empty(), "an accepted row without a participant");
        require(row.period >= 0 && row.period < project.timeline.periods,
                "an accepted row outside the timeline");
        require(std::isfinite(row.units) && row.units >= 0 && row.units <= limits::kMaxQuantity,
                "accepted units out of range");
        bool known = false;
        for (const Metric &m : project.metrics)
            known = known || m.id == row.metricId;
        require(known, "an accepted row for an unknown metric");
    }
    return 0;
}
