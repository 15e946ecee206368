// Structured diagnostics: what is wrong, how bad, where, and the values involved. Never UI text:
// the views translate the code into a sentence in the user's language
// (views/document/diagnostictext.cpp), the CLI prints the code and the location.
#pragma once

#include "money.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace effekt {

enum class Severity { Info, Warning, Error };

// Append new codes at the end of their group; the names (codeName) are stable and used in the CLI's
// and JSON output.
enum class DiagCode {
    // Contract design (engine validation)
    PayerSharesNotWhole,    // values: sum of shares
    MetricWithoutRule,      // a metric with no price / tiers / share / amount
    ThresholdsOutOfOrder,   // volume bands or tiers not increasing
    CapBelowOnePeriod,      // values: cap, largest single-period payment
    NegativeObservedValue,  // period; values: value
    CountAboveCohort,       // period; values: count, cohort size
    LagPastContractEnd,     // values: lag, last allowed
    FundingGap,             // values: gap amount
    ReturnCapBelowOne,      // values: cap
    DiscountRateOutOfRange, // values: rate
    InvalidOrgNumber,       // values: text
    NationalIdInLedger,     // row
    DateOutsideTimeline,    // values: period
    UnknownReference,       // field names the reference; values: id
    PeriodsOutOfRange,      // values: periods
    StartNotFirstOfMonth,   // values: date
    MoneyOverflow,          // arithmetic would overflow
    PerParticipantCapWithoutLedger,
    IrrNoRoot,           // investor; no sign change in the flows
    IrrAmbiguous,        // investor; several sign changes
    PeriodRangeReversed, // fixed fee: the last period lies before the first; values: first, last
    EmptyName,           // warning: the project or a party has no name
    FractionalCount,     // a metric counting people, or a ledger row of one; period; values: count
    ParticipantAboveOne, // ledger row of a metric counting people; values: units (above 1)
    ReviewWithoutMetric, // review point testing a metric's units names no metric
    TerminationPaymentWithoutPayee, // warning: a termination payment with no party to receive it;
                                    // values: payment
    ContractTerminated,    // computed: a review failed; review #id, period = the terminated period;
                           // values: test ("metric-units" or "outcome-payments"), figure reached,
                           // figure required (units as numbers, payments as money), required share
    EffectBelowDetectable, // metric (field "validation"): the planned effect is below the minimum
                           // detectable effect; values: planned effect, MDE (percent), n
    RelativeThresholdWithoutCounterfactual, // warning: rule (field "thresholdBasis") with a
                                            // threshold on x, on a metric whose counterfactual is
                                            // 0 in every period, so it never pays
    YearCapNotPayer, // warning: a party (field "yearCap") that pays nothing has a cap per budget
                     // year, which then has no effect; values: the cap
    IndexationOutOfRange,        // error: indexation (field "rate": values rate, lowest, highest as
                                 // percents; field "baseYear": values year, earliest, latest)
    IndexationBaseYearAfterEnd,  // warning: indexation (field "baseYear") after the calendar year
                                 // of the last period, so no price ever rises; values: base year,
                                 // the last period's year
    SecondShareWithoutInvestors, // warning: rule (field "secondShareWhen") whose second share
                                 // starts once investors are repaid, in a contract without
                                 // investors, so the second share never applies
    CohortTestNotPerUnit, // warning: metric (field "cohortOutcomes") with cohort data whose rule
                          // is not per unit: the sums of the cohorts' series are paid by the rule,
                          // without the cohorts' thresholds and without a settlement
    DuplicateCohortOutcome,   // error: metric (field "cohortOutcomes") with a cohort's data twice;
                              // values: the cohort id
    SettlementWithoutCohorts, // warning: rule (field "settlement") of a metric with no cohort
                              // data: the settlement is never taken
    SettlementPeriodOutside,  // error: rule (field "settlement"): the settlement's period lies
                              // outside the timeline; values: period (from 1), the last period
    // Files (storage, JSON)
    FileNotFound = 100,
    FileNotEffekt,         // not SQLite, or another program's SQLite file
    FileNewerVersion,      // values: file version, supported version
    FileCorrupt,           // integrity check failed; values: detail
    FileReadOnly,          // a file marked read-only is not replaced; values: the file
    FileWriteFailed,       // values: detail
    FileLocked,            // values: who/where
    ValueOutOfRange,       // table, row, field; values: value
    ValueWrongType,        // table, row, field
    ValueTooLong,          // table, row, field; values: length, limit
    MissingReference,      // table, row, field; values: id
    DuplicateId,           // table, row, field; values: id
    JsonSyntax,            // field = JSON path; values: detail
    JsonSchema,            // field = JSON path; values: detail
    FileUnexpectedObject,  // a table, index, trigger or view we never write; values: type, name
    ProbabilitiesNotWhole, // warning: a distribution's delay probabilities; values: their sum
    FileSchemaDiffers,     // one of our tables or indexes built differently; values: type, name
    FileLoadBudget,        // reading took far more work than the file's size allows
    FileSidecar,           // warning: a -wal/-shm/-journal file beside it, not read; values: name
    TooManyEntries,        // entity = the list; values: count, limit
    MoreDiagnostics,       // the problems after the first few; values: how many more
    FileNotRegular,        // a save to a FIFO, device or folder; values: kind ("fifo",
                           // "device", "directory", "socket", "other"), the path
    // Import (CSV)
    CsvBadRow = 200, // row, field; values: detail
};

// A value carried by a diagnostic, kept typed so the views can format it for the user's locale.
struct MoneyValue {
    Money minor = 0;
    bool operator==(const MoneyValue &) const = default;
};
struct PercentValue {
    double fraction = 0; // 0.25 = 25 %
    bool operator==(const PercentValue &) const = default;
};
using DiagValue = std::variant<std::string, double, std::int64_t, MoneyValue, PercentValue>;

struct Diagnostic {
    DiagCode code{};
    Severity severity = Severity::Error;
    // Where: an entity kind ("project", "timeline", "party", "metric", "rule", "investor",
    // "fixedFee", "ledger", "caps", "valuation", "financing", "review" (a review point, by id),
    // "termination" (the termination payment), or a file's table name), the entity's
    // id (or the row for ledger and file tables; -1 when none), the field name, and a period (-1
    // when none).
    std::string entity;
    std::int64_t id = -1;
    std::string field;
    int period = -1;
    std::vector<DiagValue> values;

    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = std::vector<Diagnostic>;

std::string_view codeName(DiagCode code);  // "payer-shares-not-whole", …
std::string_view severityName(Severity s); // "info", "warning", "error"
// Plain C-locale text of a value; a text value as it is (toPlainText quotes and escapes it).
std::string describeValue(const DiagValue &v);
// One line for logs and the CLI: "error payer-shares-not-whole metric#2.payers: 0.9". Nothing
// from a file can break the line or act on the terminal: an entity or field that is not a plain
// identifier and every text value are quoted and escaped (printable.h).
std::string toPlainText(const Diagnostic &d);
bool hasErrors(const Diagnostics &ds);
// Replaces every text of a diagnostic (its entity, field and values, numbers included) that
// contains a national identity number (containsNationalIdNumber) by kMaskedValue: readers call it
// on what they report, so a report never repeats personal data.
void maskNationalIds(Diagnostics &ds);
inline constexpr std::string_view kMaskedValue = "***";
// Keeps the first `max` diagnostics and replaces the rest by one MoreDiagnostics (with the
// highest severity among them), so that a hostile input cannot flood a report.
void capDiagnostics(Diagnostics &ds, std::size_t max);

} // namespace effekt
