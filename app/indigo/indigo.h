// INDIGO open data (docs/exports.md, "INDIGO open data"): a contract written in the shape of the
// INDIGO impact-bond data standard's `project` schema (Government Outcomes Lab, University of
// Oxford), for publishing a contract for others to learn from. Every field is an object with a
// `value` (and a `status` where the standard has one); dates are YYYY-MM-DD; money is a number of
// kroner beside an ISO 4217 currency. Planned and actual outcome payments come from the engine.
//
// Plain C++ (no Qt): the `effekt export-indigo` command and File > Export both use it. The
// participant ledger is never read: no participant id leaves the project file.
#pragma once

#include "diagnostics.h"
#include "project.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace effekt::indigo {

// The parts of the contract the planner makes public. A part left out is not written at all; with
// organisations left out, no organisation is named or referenced anywhere in the file.
struct Sections {
    bool organisations = true;   // organisations, service provisions, intermediary services
    bool outcomeMetrics = true;  // outcome_metrics (and the target group)
    bool pricing = true;         // outcome_pricings, the maximum potential outcome payment
    bool commitments = true;     // outcome_payment_commitments, one per payer
    bool investments = true;     // investments, the total investment commitment
    bool plannedPayments = true; // outcome_payments of type Planned
    bool actualPayments = true;  // outcome_payments of type Actual, total outcome payments made
    bool results = true;         // results: the reported outcomes per metric and period
    bool sources = true;         // the assumptions' sources as further sources
    bool operator==(const Sections &) const = default;
};

// The sections' keys, in the order above ("organisations", "metrics", "pricing", "commitments",
// "investments", "planned-payments", "actual-payments", "results", "sources"): the CLI's
// --without KEY and the GUI's remembered choice use them.
const std::vector<std::string> &sectionKeys();
// The flag of the section with this key; nullptr for an unknown key.
bool *section(Sections &sections, std::string_view key);

struct Options {
    Sections sections;
    std::string date; // YYYY-MM-DD, the source's publication date; empty: today (UTC)
};

// The standard's version the export follows.
inline constexpr const char *kStandardVersion = "4.1.0";

// The organisation id of a party: "NO-BRC-<organisation number>" (org-id's list code for the
// Brønnøysund Register Centre) when it has a valid Norwegian organisation number, otherwise
// "effekt-party-<id>", an id within this file.
std::string organisationId(const Party &party);

// The export as JSON. Computes the project on the plan and on the reported values.
nlohmann::ordered_json exportProject(const Project &project, const Options &options);

// Writes the export to `path` through the safe writer (model/files/safewrite.h). Writes nothing
// and returns the engine's errors when the project cannot be computed; otherwise the writer's
// diagnostics (empty on success).
Diagnostics writeExport(const Project &project, const std::string &path, const Options &options);

} // namespace effekt::indigo
