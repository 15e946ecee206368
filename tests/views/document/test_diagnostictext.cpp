// Every diagnostic the model, the file loader or the CSV import can make reads as a sentence in
// the planner's words, in both languages: no field or table names, JSON paths or codes, a capital
// letter first. Each code is rendered with every kind of place it can come from.
#include "diagnostictext.h"
#include "i18n.h"
#include "samples.h"

#include <QRegularExpression>

#include "gui.h"

#include <boost/test/unit_test.hpp>

#include <vector>

using namespace effekt;
using effekt::test::Language;
using namespace effekt::views;

namespace {

std::vector<DiagCode> allCodes() {
    std::vector<DiagCode> codes;
    for (int i = 0; i < 1000; ++i)
        if (codeName(static_cast<DiagCode>(i)) != "unknown")
            codes.push_back(static_cast<DiagCode>(i));
    return codes;
}

// Where a diagnostic can point: every entity kind of the model, the file's tables, JSON and CSV,
// with the field spellings each of them uses.
struct Place {
    std::string entity;
    std::int64_t id;
    std::string field;
    int period;
};

std::vector<Place> places(const Project &p) {
    const int metric = p.metrics.front().id, party = p.parties.front().id;
    const int investor = p.investors.empty() ? 1 : p.investors.front().id;
    const int fee = p.fixedFees.empty() ? 1 : p.fixedFees.front().id;
    return {
        {"project", -1, "", -1},
        {"project", -1, "deliveryCost", 2},
        {"project", -1, "name", -1},
        {"timeline", -1, "periods", -1},
        {"timeline", -1, "start", -1},
        {"targetGroup", -1, "plannedSize", -1},
        {"party", party, "orgNumber", -1},
        {"party", party, "cap", -1},
        {"party", 99, "name", -1},
        {"metric", metric, "plan", 3},
        {"metric", metric, "actual", 1},
        {"metric", metric, "cohortId", -1},
        {"metric", metric, "savings[0].perUnit", -1},
        {"rule", metric, "payers", -1},
        {"rule", metric, "payers[1].partyId", -1},
        {"rule", metric, "bands[0].fromUnits", -1},
        {"rule", metric, "tiers[2].level", -1},
        {"rule", metric, "secondShareAfter", -1},
        {"rule", 99, "lag", -1},
        {"fixedFee", fee, "firstPeriod", -1},
        {"fixedFee", fee, "lastPeriod", -1},
        {"fixedFee", fee, "payers[0].share", -1},
        {"investor", investor, "commitment", -1},
        {"investor", investor, "guarantorId", -1},
        {"cohort", 1, "intake", 4},
        {"assumption", 0, "text", -1},
        {"ledger", 4, "participant", 2},
        {"ledger", 4, "metricId", -1},
        {"caps", -1, "total", -1},
        {"caps", -1, "perParticipant", -1},
        {"financing", -1, "reserveShare", -1},
        {"valuation", -1, "discountRate", -1},
        {"file", -1, "", -1},
        {"file", -1, "bytes", -1},
        {"file", -1, "volume_band", -1},
        {"json", -1, "/metrics", -1},
        {"csv", 3, "line", -1},
        {"json", -1, "/metrics/0/rule/payers/1/partyId", -1},
        {"json", -1, "/fixedFees/2/lastPeriod", -1},
        {"json", -1, "/", -1},
        {"csv", 7, "units", -1},
        {"csv", 1, "participant", -1},
        {"fixed_fee_payer", 12, "party_id", -1},
        {"rule_payer", 3, "share", -1},
        {"metric_period", 40, "actual", -1},
        {"cohort_intake", 2, "people", -1},
        {"delivery_cost", 5, "amount", -1},
        {"volume_band", 1, "from_units", -1},
        {"savings_line", 1, "spread_years", -1},
        {"project", 1, "rows", -1},
        {"some_future_table", 1, "some_column", -1},
        {"party", party, "someNewField", -1},
    };
}

// Sample values of every kind a diagnostic carries; the CSV import's reasons and the file's
// details where those codes carry them.
std::vector<std::vector<DiagValue>> sampleValues(DiagCode code) {
    std::vector<std::vector<DiagValue>> v = {
        {},
        {PercentValue{1.2}},
        {MoneyValue{1'000'00}, MoneyValue{2'500'00}},
        {std::int64_t{3}, std::int64_t{1}},
        {std::int64_t{-1}},
        {2.5, std::int64_t{40}},
        {std::string("entries"), std::int64_t{10}, std::int64_t{12}},
        {std::string("Stabil bolig")},
        {std::string("2027-01-15")},
    };
    if (code == DiagCode::CsvBadRow)
        for (const char *why :
             {"missing-header", "column-count", "empty-participant", "participant-too-long",
              "unknown-metric", "bad-period", "period-outside", "bad-units", "negative-units",
              "unterminated-quote", "some-new-reason"})
            v.push_back({std::string(why), std::string("Stabil bolig")});
    if (code == DiagCode::FileUnexpectedObject || code == DiagCode::FileSchemaDiffers)
        for (const char *type : {"trigger", "view", "index", "table", "virtual table"})
            for (const char *name : {"audit", "party", "ledger", "fixed_fee"})
                v.push_back({std::string(type), std::string(name)});
    if (code == DiagCode::TooManyEntries) { // count, limit (and the periods)
        v.push_back({std::int64_t{60'000}, std::int64_t{10'000}});
        v.push_back({std::int64_t{5'000}, std::int64_t{3'333}, std::int64_t{600}});
    }
    if (code == DiagCode::MoreDiagnostics)
        v.push_back({std::int64_t{1}});
    if (code == DiagCode::FileCorrupt || code == DiagCode::FileWriteFailed ||
        code == DiagCode::FileNotEffekt)
        for (const char *detail : {"quick_check", "cannot write /tmp/x.effekt"})
            v.push_back({std::string(detail)});
    if (code == DiagCode::MissingReference)
        v.push_back({std::int64_t{2}, std::string("party")});
    if (code == DiagCode::ValueWrongType)
        v.push_back({std::string("not UTF-8")});
    return v;
}

// Text that looks like a name from the code or the file, not a word a planner uses.
bool identifierLike(const QString &s, QString *what) {
    static const std::vector<QRegularExpression> patterns = {
        QRegularExpression(QStringLiteral("\\b[a-z]+_[a-z_]+\\b")),          // snake_case
        QRegularExpression(QStringLiteral("\\b[a-z]+[A-Z][A-Za-z]*\\b")),    // camelCase
        QRegularExpression(QStringLiteral("[A-Za-z]\\[\\d+\\]")),            // payers[1]
        QRegularExpression(QStringLiteral("\\b[A-Za-z]+\\.[A-Za-z]+\\b")),   // payers.partyId
        QRegularExpression(QStringLiteral("/[a-zA-Z]+(/|\\b)")),             // /metrics/0
        QRegularExpression(QStringLiteral("\\b[a-z]+-[a-z]+(-[a-z]+)*\\b")), // codes: bad-period
        QRegularExpression(QStringLiteral("\\b(table|field|tabell|feltet|row \\d+, field)\\b")),
        QRegularExpression(QStringLiteral("#")),
    };
    for (const QRegularExpression &re : patterns) {
        const QRegularExpressionMatch m = re.match(s);
        if (m.hasMatch()) {
            *what = m.captured(0);
            return true;
        }
    }
    return false;
}

void checkAll(const char *language) {
    Language lang(language);
    Project project = workedExample();
    project.fixedFees = {
        FixedFee{7, "Oppstart", FixedFeeKind::PerPeriod, 1'000'00, 0, 5, 2, std::nullopt, {}}};
    project.targetGroup.cohorts = {Cohort{1, "Vår 2027", "", 20, {}}};
    int rendered = 0;
    for (DiagCode code : allCodes())
        for (const Place &place : places(project))
            for (const std::vector<DiagValue> &values : sampleValues(code))
                for (const Project *p : {static_cast<const Project *>(&project),
                                         static_cast<const Project *>(nullptr)}) {
                    const Diagnostic d{code,        Severity::Warning, place.entity, place.id,
                                       place.field, place.period,      values};
                    for (const QString &text : {diagnosticText(d, p), locationText(d, p)}) {
                        ++rendered;
                        const std::string context =
                            std::string(language) + " " + std::string(codeName(code)) + " at " +
                            place.entity + "/" + place.field + ": " + text.toStdString();
                        BOOST_TEST_REQUIRE(!text.trimmed().isEmpty(), context);
                        BOOST_TEST_REQUIRE(text.at(0).isUpper(), context);
                        QString what;
                        BOOST_TEST_REQUIRE(!identifierLike(text, &what),
                                           context + " [" + what.toStdString() + "]");
                    }
                }
    BOOST_TEST(rendered > 1000);
}
} // namespace

BOOST_AUTO_TEST_SUITE(diagnostic_text)

BOOST_AUTO_TEST_CASE(every_code_reads_in_planner_words_in_english) {
    checkAll("en");
}

BOOST_AUTO_TEST_CASE(every_code_reads_in_planner_words_in_bokmal) {
    checkAll("nb");
}

BOOST_AUTO_TEST_CASE(names_what_the_planner_sees) {
    Language lang("nb");
    Project p = workedExample();
    const Metric &m = p.metrics.front();
    const Diagnostic d{DiagCode::PayerSharesNotWhole,
                       Severity::Error,
                       "rule",
                       m.id,
                       "payers",
                       -1,
                       {PercentValue{1.2}}};
    const QString text = diagnosticText(d, &p);
    BOOST_TEST(text.contains(QString::fromStdString(m.name)), text.toStdString());
    BOOST_TEST(text.startsWith(QStringLiteral("Resultatmål «")), text.toStdString());
    BOOST_TEST(text.contains(QStringLiteral("betalere")), text.toStdString());
    BOOST_TEST(text.contains(QStringLiteral("120")), text.toStdString());
    // A file's location: the table row and the field in the planner's words.
    const Diagnostic file{
        DiagCode::MissingReference, Severity::Error, "rule", 2, "payers[1].partyId", -1,
        {std::int64_t{2}}};
    const QString where = locationText(file, nullptr);
    BOOST_TEST(where.contains(QStringLiteral("betalere, rad 2")), where.toStdString());
}

BOOST_AUTO_TEST_CASE(reversed_fee_range_and_empty_names_are_said_plainly) {
    Language lang("en");
    Project p = workedExample();
    p.fixedFees = {
        FixedFee{7, "Oppstart", FixedFeeKind::PerPeriod, 1'000'00, 0, 5, 2, std::nullopt, {}}};
    const FixedFee &f = p.fixedFees.front();
    const Diagnostic reversed{
        DiagCode::PeriodRangeReversed,     Severity::Warning, "fixedFee", f.id, "lastPeriod", -1,
        {std::int64_t{5}, std::int64_t{2}}};
    const QString text = diagnosticText(reversed, &p);
    BOOST_TEST(text.contains(QStringLiteral("before")), text.toStdString());
    BOOST_TEST(!text.contains(QStringLiteral("outside")), text.toStdString());
    const Diagnostic unnamed{DiagCode::EmptyName, Severity::Warning, "project", -1, "name", -1, {}};
    BOOST_TEST(diagnosticText(unnamed, &p).toStdString() == "The contract has no name.");
}

BOOST_AUTO_TEST_SUITE_END()
