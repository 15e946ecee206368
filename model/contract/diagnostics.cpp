#include "diagnostics.h"
#include "nationalid.h"

#include "printable.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace effekt {

std::string_view codeName(DiagCode code) {
    switch (code) {
    case DiagCode::PayerSharesNotWhole: return "payer-shares-not-whole";
    case DiagCode::MetricWithoutRule: return "metric-without-rule";
    case DiagCode::ThresholdsOutOfOrder: return "thresholds-out-of-order";
    case DiagCode::CapBelowOnePeriod: return "cap-below-one-period";
    case DiagCode::NegativeObservedValue: return "negative-observed-value";
    case DiagCode::CountAboveCohort: return "count-above-cohort";
    case DiagCode::LagPastContractEnd: return "lag-past-contract-end";
    case DiagCode::FundingGap: return "funding-gap";
    case DiagCode::ReturnCapBelowOne: return "return-cap-below-one";
    case DiagCode::DiscountRateOutOfRange: return "discount-rate-out-of-range";
    case DiagCode::InvalidOrgNumber: return "invalid-org-number";
    case DiagCode::NationalIdInLedger: return "national-id-in-ledger";
    case DiagCode::DateOutsideTimeline: return "date-outside-timeline";
    case DiagCode::UnknownReference: return "unknown-reference";
    case DiagCode::PeriodsOutOfRange: return "periods-out-of-range";
    case DiagCode::StartNotFirstOfMonth: return "start-not-first-of-month";
    case DiagCode::MoneyOverflow: return "money-overflow";
    case DiagCode::PerParticipantCapWithoutLedger: return "per-participant-cap-without-ledger";
    case DiagCode::IrrNoRoot: return "irr-no-root";
    case DiagCode::IrrAmbiguous: return "irr-ambiguous";
    case DiagCode::PeriodRangeReversed: return "period-range-reversed";
    case DiagCode::EmptyName: return "empty-name";
    case DiagCode::FractionalCount: return "fractional-count";
    case DiagCode::ParticipantAboveOne: return "participant-above-one";
    case DiagCode::ReviewWithoutMetric: return "review-without-metric";
    case DiagCode::TerminationPaymentWithoutPayee: return "termination-payment-without-payee";
    case DiagCode::ContractTerminated: return "contract-terminated";
    case DiagCode::EffectBelowDetectable: return "effect-below-detectable";
    case DiagCode::RelativeThresholdWithoutCounterfactual:
        return "relative-threshold-without-counterfactual";
    case DiagCode::YearCapNotPayer: return "year-cap-not-payer";
    case DiagCode::IndexationOutOfRange: return "indexation-out-of-range";
    case DiagCode::IndexationBaseYearAfterEnd: return "indexation-base-year-after-end";
    case DiagCode::SecondShareWithoutInvestors: return "second-share-without-investors";
    case DiagCode::CohortTestNotPerUnit: return "cohort-test-not-per-unit";
    case DiagCode::DuplicateCohortOutcome: return "duplicate-cohort-outcome";
    case DiagCode::SettlementWithoutCohorts: return "settlement-without-cohorts";
    case DiagCode::SettlementPeriodOutside: return "settlement-period-outside";
    case DiagCode::FileNotFound: return "file-not-found";
    case DiagCode::FileNotEffekt: return "file-not-effekt";
    case DiagCode::FileNewerVersion: return "file-newer-version";
    case DiagCode::FileCorrupt: return "file-corrupt";
    case DiagCode::FileReadOnly: return "file-read-only";
    case DiagCode::FileWriteFailed: return "file-write-failed";
    case DiagCode::FileLocked: return "file-locked";
    case DiagCode::ValueOutOfRange: return "value-out-of-range";
    case DiagCode::ValueWrongType: return "value-wrong-type";
    case DiagCode::ValueTooLong: return "value-too-long";
    case DiagCode::MissingReference: return "missing-reference";
    case DiagCode::DuplicateId: return "duplicate-id";
    case DiagCode::JsonSyntax: return "json-syntax";
    case DiagCode::JsonSchema: return "json-schema";
    case DiagCode::FileUnexpectedObject: return "file-unexpected-object";
    case DiagCode::ProbabilitiesNotWhole: return "probabilities-not-whole";
    case DiagCode::FileSchemaDiffers: return "file-schema-differs";
    case DiagCode::FileLoadBudget: return "file-load-budget";
    case DiagCode::FileSidecar: return "file-sidecar";
    case DiagCode::TooManyEntries: return "too-many-entries";
    case DiagCode::MoreDiagnostics: return "more-diagnostics";
    case DiagCode::FileNotRegular: return "file-not-regular";
    case DiagCode::CsvBadRow: return "csv-bad-row";
    }
    return "unknown";
}

std::string_view severityName(Severity s) {
    switch (s) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
    }
    return "error";
}

std::string describeValue(const DiagValue &v) {
    struct Visitor {
        std::string operator()(const std::string &s) const { return s; }
        std::string operator()(double d) const {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.10g", d);
            return buf;
        }
        std::string operator()(std::int64_t i) const { return std::to_string(i); }
        std::string operator()(const MoneyValue &m) const { return money::format(m.minor); }
        std::string operator()(const PercentValue &p) const {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.6g %%", p.fraction * 100);
            return buf;
        }
    };
    return std::visit(Visitor{}, v);
}

std::string toPlainText(const Diagnostic &d) {
    std::string s{severityName(d.severity)};
    s += ' ';
    s += codeName(d.code);
    if (!d.entity.empty()) {
        s += ' ';
        s += isPlainIdentifier(d.entity) ? d.entity : quotePrintable(d.entity);
        if (d.id >= 0)
            s += '#' + std::to_string(d.id);
        if (!d.field.empty())
            s += '.' + (isPlainIdentifier(d.field) ? d.field : quotePrintable(d.field));
        if (d.period >= 0)
            s += "[t=" + std::to_string(d.period) + ']';
    }
    if (!d.values.empty()) {
        s += ':';
        for (const DiagValue &v : d.values)
            s += ' ' + (std::holds_alternative<std::string>(v)
                            ? quotePrintable(std::get<std::string>(v))
                            : describeValue(v));
    }
    return s;
}

namespace {
// Whether a number, written out (with the leading zero an integer loses), is a national identity
// number.
bool numberIsNationalId(double v) {
    if (!(v >= 0 && v < 1e11) || v != std::floor(v))
        return false;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%011.0f", v);
    return containsNationalIdNumber(buf);
}
} // namespace

void maskNationalIds(Diagnostics &ds) {
    for (Diagnostic &d : ds) {
        if (containsNationalIdNumber(d.entity))
            d.entity = kMaskedValue;
        if (containsNationalIdNumber(d.field))
            d.field = kMaskedValue;
        for (DiagValue &v : d.values) {
            bool personal = false;
            if (const auto *s = std::get_if<std::string>(&v))
                personal = containsNationalIdNumber(*s);
            else if (const auto *x = std::get_if<double>(&v))
                personal = numberIsNationalId(*x);
            else if (const auto *i = std::get_if<std::int64_t>(&v))
                personal = numberIsNationalId(static_cast<double>(*i)) ||
                           containsNationalIdNumber(std::to_string(*i));
            if (personal)
                v = std::string(kMaskedValue);
        }
    }
}

bool hasErrors(const Diagnostics &ds) {
    return std::any_of(ds.begin(), ds.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

void capDiagnostics(Diagnostics &ds, std::size_t max) {
    if (ds.size() <= max)
        return;
    Severity worst = Severity::Info;
    for (std::size_t i = max; i < ds.size(); ++i)
        worst = std::max(worst, ds[i].severity);
    const auto more = static_cast<std::int64_t>(ds.size() - max);
    ds.resize(max);
    ds.push_back(Diagnostic{DiagCode::MoreDiagnostics, worst, "", -1, "", -1, {more}});
}

} // namespace effekt
