// Reading the project file's tables (docs/file-format.md): every value checked against its
// description (storage_fields.h) and reported where it is wrong; nothing half-loaded.
#include "sizelimits.h"
#include "storage_archive.h"
#include "storage_sql.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace effekt::storage::sql {

namespace {

// Thrown when a problem makes the rest of the file not worth reading (it has been reported).
struct ReadingStopped {};

using io::ArchiveBase;
using io::RefTarget;

const char *typeName(int t) {
    switch (t) {
    case SQLITE_INTEGER: return "integer";
    case SQLITE_FLOAT: return "real";
    case SQLITE_TEXT: return "text";
    case SQLITE_BLOB: return "blob";
    case SQLITE_NULL: return "null";
    }
    return "unknown";
}

// Reads columns in call order; column 0 of every query is the rowid, which names the row in
// diagnostics (entity = table, id = rowid, field = column).
class SqlReader : public ArchiveBase {
public:
    SqlReader(Diagnostics &d, const io::IdSets *ids, sqlite3_stmt *s, std::string table)
        : ArchiveBase(d, ids)
        , s_(s) {
        entity = std::move(table);
    }
    void beginRow() {
        row = sqlite3_column_int64(s_, 0);
        col_ = 1;
    }

    template <typename V> void integer(const char *n, V &v, std::int64_t lo, std::int64_t hi) {
        std::int64_t x = 0;
        if (takeInt(n, x) && checkInteger(n, x, lo, hi))
            v = static_cast<V>(x);
    }
    void optInteger(const char *n, std::optional<int> &v, std::int64_t lo, std::int64_t hi) {
        if (isNull()) {
            ++col_;
            v.reset();
            return;
        }
        int x = 0;
        integer(n, x, lo, hi);
        v = x;
    }
    void real(const char *n, double &v, double lo, double hi) {
        cur_ = col_++;
        sqlite3_value *value = sqlite3_column_value(s_, cur_);
        const int t = sqlite3_value_type(value);
        if (t != SQLITE_FLOAT && t != SQLITE_INTEGER) {
            fail(DiagCode::ValueWrongType, n, {std::string(typeName(t))});
            return;
        }
        const double x = sqlite3_value_double(value);
        if (checkReal(n, x, lo, hi))
            v = x;
    }
    void optReal(const char *n, std::optional<double> &v, double lo, double hi) {
        if (isNull()) {
            ++col_;
            v.reset();
            return;
        }
        double x = 0;
        real(n, x, lo, hi);
        v = x;
    }
    void money(const char *n, Money &v, Money lo, Money hi) {
        std::int64_t x = 0;
        if (takeInt(n, x) && checkMoney(n, x, lo, hi))
            v = x;
    }
    void optMoney(const char *n, std::optional<Money> &v, Money lo, Money hi) {
        if (isNull()) {
            ++col_;
            v.reset();
            return;
        }
        Money x = 0;
        money(n, x, lo, hi);
        v = x;
    }
    void boolean(const char *n, bool &v) {
        std::int64_t x = 0;
        if (takeInt(n, x) && checkInteger(n, x, 0, 1))
            v = x != 0;
    }
    void text(const char *n, std::string &v, std::size_t maxBytes) {
        std::string_view s;
        if (takeText(n, s) && checkText(n, s, maxBytes))
            v.assign(s);
    }
    void participant(const char *n, std::string &v) {
        std::string_view s;
        if (takeText(n, s) && checkParticipant(n, s))
            v.assign(s);
    }
    void date(const char *n, Date &d) {
        std::string_view s;
        if (!takeText(n, s))
            return;
        const auto parsed = s.size() == 10 ? Date::parseIso(s) : std::nullopt;
        if (parsed)
            d = *parsed;
        else
            fail(DiagCode::ValueOutOfRange, n, {std::string(s.substr(0, 64))});
    }
    template <typename E> void enumeration(const char *n, E &e) {
        std::string_view s;
        if (!takeText(n, s))
            return;
        if (const auto v = io::enumFromName<E>(s))
            e = *v;
        else
            fail(DiagCode::ValueOutOfRange, n, {std::string(s.substr(0, 64))});
    }
    void ref(const char *n, int &v, RefTarget t) {
        std::int64_t x = 0;
        if (takeInt(n, x) && checkInteger(n, x, 0, io::kMaxId) && checkRef(n, x, t))
            v = static_cast<int>(x);
    }
    void optRef(const char *n, std::optional<int> &v, RefTarget t) {
        if (isNull()) {
            ++col_;
            v.reset();
            return;
        }
        int x = 0;
        ref(n, x, t);
        v = x;
    }
    // A column that is not a field (the owner's id, the period): an integer in [lo, hi].
    std::optional<std::int64_t> key(const char *n, std::int64_t lo, std::int64_t hi) {
        std::int64_t x = 0;
        if (takeInt(n, x) && checkInteger(n, x, lo, hi))
            return x;
        return std::nullopt;
    }

    // A problem found after the row is read (a duplicate), at the column it concerns.
    void failAt(const char *column, DiagCode code, std::vector<DiagValue> values) {
        named_ = column;
        fail(code, column, std::move(values));
        named_ = nullptr;
    }

protected:
    std::string label(std::string_view) const override {
        if (named_)
            return named_;
        const char *name = sqlite3_column_name(s_, cur_);
        return name ? name : "";
    }

private:
    bool isNull() const { return sqlite3_column_type(s_, col_) == SQLITE_NULL; }
    bool takeInt(const char *n, std::int64_t &x) {
        cur_ = col_++;
        sqlite3_value *value = sqlite3_column_value(s_, cur_);
        const int t = sqlite3_value_type(value);
        if (t != SQLITE_INTEGER) {
            fail(DiagCode::ValueWrongType, n, {std::string(typeName(t))});
            return false;
        }
        x = sqlite3_value_int64(value);
        return true;
    }
    bool takeText(const char *n, std::string_view &s) {
        cur_ = col_++;
        sqlite3_value *value = sqlite3_column_value(s_, cur_);
        const int t = sqlite3_value_type(value);
        if (t != SQLITE_TEXT) {
            fail(DiagCode::ValueWrongType, n, {std::string(typeName(t))});
            return false;
        }
        const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(value));
        const int len = sqlite3_value_bytes(value);
        s = p ? std::string_view(p, static_cast<std::size_t>(len)) : std::string_view{};
        return true;
    }

    sqlite3_stmt *s_;
    int col_ = 1;
    int cur_ = 0;
    const char *named_ = nullptr;
};

class Loader {
public:
    Loader(sqlite3 *db, Diagnostics &diags)
        : db_(db)
        , diags_(diags) {}

    bool load(Project &p, std::optional<storage::RecoveryInfo> *recovery) {
        readProject(p);
        if (failed_)
            return false;
        periods_ = p.timeline.periods;
        if (!withinLimits())
            return false;
        p.normalise();
        readDeliveryCost(p);
        readList("cohort", p.targetGroup.cohorts, ids_.cohorts, EFFEKT_DESCRIBE(describeCohort));
        readIntake(p);
        readList("party", p.parties, ids_.parties, EFFEKT_DESCRIBE(describeParty));
        readList("metric", p.metrics, ids_.metrics, EFFEKT_DESCRIBE(describeMetric));
        for (Metric &m : p.metrics) {
            m.plan.assign(static_cast<std::size_t>(periods_), 0.0);
            m.actual.assign(static_cast<std::size_t>(periods_), std::nullopt);
            m.counterfactual.assign(static_cast<std::size_t>(periods_), 0.0);
        }
        std::unordered_map<int, std::size_t> metricIndex;
        for (std::size_t i = 0; i < p.metrics.size(); ++i)
            metricIndex[p.metrics[i].id] = i;
        readMetricPeriods(p, metricIndex);
        readRules(p, metricIndex);
        readChildren<VolumeBand>(
            "volume_band", "metric_id", ids_.metrics,
            metricIndex, [&](std::size_t i) -> auto & { return p.metrics[i].rule.bands; },
            EFFEKT_DESCRIBE(describeBand));
        readChildren<Tier>(
            "tier", "metric_id", ids_.metrics,
            metricIndex, [&](std::size_t i) -> auto & { return p.metrics[i].rule.tiers; },
            EFFEKT_DESCRIBE(describeTier));
        readChildren<PayerShare>(
            "rule_payer", "metric_id", ids_.metrics,
            metricIndex, [&](std::size_t i) -> auto & { return p.metrics[i].rule.payers; },
            EFFEKT_DESCRIBE(describePayer));
        readChildren<SavingsLine>(
            "savings_line", "metric_id", ids_.metrics,
            metricIndex, [&](std::size_t i) -> auto & { return p.metrics[i].savings; },
            EFFEKT_DESCRIBE(describeSavings));
        readCohortOutcomes(p, metricIndex);
        std::unordered_set<int> feeIds;
        readList("fixed_fee", p.fixedFees, feeIds, EFFEKT_DESCRIBE(describeFixedFee));
        std::unordered_map<int, std::size_t> feeIndex;
        for (std::size_t i = 0; i < p.fixedFees.size(); ++i)
            feeIndex[p.fixedFees[i].id] = i;
        readChildren<PayerShare>(
            "fixed_fee_payer", "fixed_fee_id", feeIds,
            feeIndex, [&](std::size_t i) -> auto & { return p.fixedFees[i].payers; },
            EFFEKT_DESCRIBE(describePayer));
        std::unordered_set<int> investorIds;
        readList("investor", p.investors, investorIds, EFFEKT_DESCRIBE(describeInvestor));
        readAssumptions(p);
        readScenarios(p);
        readSimulation(p);
        readTermination(p);
        readLedger(p);
        if (recovery)
            readRecovery(*recovery);
        return !failed_;
    }

private:
    template <typename F> void forRows(const std::string &sql, const char *table, F f) {
        Stmt s(db_, sql);
        SqlReader r(diags_, &ids_, s.get(), table);
        try {
            while (diags_.size() < io::kMaxDiagnostics && s.step()) {
                r.beginRow();
                f(r);
            }
        } catch (const SqlError &) {
            if (sqlite3_errcode(db_) != SQLITE_TOOBIG)
                throw;
            tooBig(table);
            // The rest of the file is not read: what refers to the rows after it would only
            // repeat the one problem as missing references.
            throw ReadingStopped{};
        }
        if (r.failed())
            failed_ = true;
    }
    // A value larger than SQLite may read (SQLITE_LIMIT_LENGTH, 16 MiB) stopped the reading of
    // `table`: found column by column and reported where it stands (row id and column) with its
    // size, measured without the limit (the file is in memory already).
    void tooBig(const char *table) {
        failed_ = true;
        const std::string t(table);
        std::vector<std::string> columns;
        {
            Stmt c(db_, "SELECT name FROM pragma_table_info('" + t + "')");
            while (c.step())
                columns.emplace_back(
                    reinterpret_cast<const char *>(sqlite3_column_text(c.get(), 0)));
        }
        const bool hasId = std::find(columns.begin(), columns.end(), "id") != columns.end();
        for (const std::string &col : columns) {
            Stmt scan(db_, "SELECT \"" + col + "\" FROM \"" + t + "\" ORDER BY rowid");
            std::int64_t k = 0;
            try {
                while (scan.step())
                    ++k;
                continue;
            } catch (const SqlError &) {
                if (sqlite3_errcode(db_) != SQLITE_TOOBIG)
                    throw;
            }
            const int limit = sqlite3_limit(db_, SQLITE_LIMIT_LENGTH, -1);
            sqlite3_limit(db_, SQLITE_LIMIT_LENGTH, static_cast<int>(limits::kMaxProjectFileBytes));
            std::int64_t id = -1, bytes = limit;
            {
                Stmt at(db_, std::string("SELECT ") + (hasId ? "id" : "rowid") +
                                 ", length(CAST(\"" + col + "\" AS BLOB)) FROM \"" + t +
                                 "\" ORDER BY rowid LIMIT 1 OFFSET " + std::to_string(k));
                if (at.step()) {
                    id = sqlite3_column_int64(at.get(), 0);
                    bytes = sqlite3_column_int64(at.get(), 1);
                }
            }
            sqlite3_limit(db_, SQLITE_LIMIT_LENGTH, limit);
            io::addDiagnostic(diags_, Diagnostic{DiagCode::ValueTooLong,
                                                 Severity::Error,
                                                 t,
                                                 id,
                                                 col,
                                                 -1,
                                                 {bytes, std::int64_t{limit}}});
            return;
        }
        io::addDiagnostic(diags_,
                          Diagnostic{DiagCode::ValueTooLong, Severity::Error, t, -1, "", -1, {}});
    }
    // How many rows the tables hold, checked before anything is allocated for them
    // (sizelimits.h): refused with the table and its count.
    bool withinLimits() {
        auto over = [&](const char *table, std::int64_t count, std::size_t limit,
                        std::vector<DiagValue> more = {}) {
            if (count <= static_cast<std::int64_t>(limit))
                return false;
            std::vector<DiagValue> values = {count, static_cast<std::int64_t>(limit)};
            values.insert(values.end(), more.begin(), more.end());
            fail("file", -1, DiagCode::TooManyEntries, table, std::move(values));
            return true;
        };
        auto count = [&](const std::string &table) {
            return pragmaInt(db_, ("SELECT count(*) FROM " + table).c_str());
        };
        bool ok = true;
        for (const char *t : {"cohort", "party", "metric", "fixed_fee", "investor", "assumption",
                              "scenario", "factor_distribution", "review_point"})
            ok = !over(t, count(t), limits::kMaxListEntries) && ok;
        for (const auto &[t, owner] :
             {std::pair{"volume_band", "metric_id"}, std::pair{"tier", "metric_id"},
              std::pair{"rule_payer", "metric_id"}, std::pair{"savings_line", "metric_id"},
              std::pair{"fixed_fee_payer", "fixed_fee_id"},
              std::pair{"scenario_metric", "scenario_id"},
              std::pair{"delay_probability", "metric_id"}})
            ok = !over(t,
                       pragmaInt(db_, ("SELECT max(c) FROM (SELECT count(*) AS c FROM " +
                                       std::string(t) + " GROUP BY " + owner + ")")
                                          .c_str()),
                       limits::kMaxRuleEntries) &&
                 ok;
        // Each metric, cohort and cohort outcome of a metric holds values per period: at 600
        // periods fewer fit.
        if (ok)
            ok = !over("periods", count("metric") + count("cohort") + count("cohort_outcome"),
                       limits::kMaxPeriodCells / static_cast<std::size_t>(std::max(periods_, 1)),
                       {std::int64_t{periods_}}) &&
                 ok;
        ok = !over("ledger", count("ledger"), limits::kMaxLedgerRows) && ok;
        return ok;
    }

    std::string select(const char *table, const std::vector<std::string> &cols, const char *order) {
        return "SELECT rowid, " + join(cols) + " FROM " + table + " ORDER BY " + order;
    }
    void fail(const char *table, std::int64_t row, DiagCode code, const char *field,
              std::vector<DiagValue> values) {
        failed_ = true;
        io::addDiagnostic(
            diags_, Diagnostic{code, Severity::Error, table, row, field, -1, std::move(values)});
    }

    void readProject(Project &p) {
        Columns c;
        Project dummy;
        projectRow(c, dummy);
        int rows = 0;
        forRows(select("project", c.names, "rowid"), "project", [&](SqlReader &r) {
            if (++rows == 1)
                projectRow(r, p);
        });
        if (rows != 1)
            fail("project", -1, DiagCode::ValueOutOfRange, "rows", {std::int64_t{rows}});
    }

    void readDeliveryCost(Project &p) {
        std::vector<bool> seen(static_cast<std::size_t>(periods_), false);
        forRows("SELECT rowid, period, amount FROM delivery_cost ORDER BY period", "delivery_cost",
                [&](SqlReader &r) {
                    const auto t = r.key("period", 0, periods_ - 1);
                    Money amount = 0;
                    r.money("amount", amount, io::kCostLo, io::kCostHi);
                    if (t)
                        p.deliveryCost[static_cast<std::size_t>(*t)] = amount;
                });
    }

    template <typename T, typename D>
    void readList(const char *table, std::vector<T> &out, std::unordered_set<int> &ids,
                  D describe) {
        forRows(select(table, columnsOf<T>(describe), "position, rowid"), table, [&](SqlReader &r) {
            T x{};
            describe(r, x);
            if (!ids.insert(x.id).second)
                fail(table, r.row, DiagCode::DuplicateId, "id", {std::int64_t{x.id}});
            out.push_back(std::move(x));
        });
    }

    void readIntake(Project &p) {
        std::unordered_map<int, std::size_t> index;
        for (std::size_t i = 0; i < p.targetGroup.cohorts.size(); ++i) {
            index[p.targetGroup.cohorts[i].id] = i;
            p.targetGroup.cohorts[i].intake.assign(static_cast<std::size_t>(periods_), 0);
        }
        forRows("SELECT rowid, cohort_id, period, people FROM cohort_intake", "cohort_intake",
                [&](SqlReader &r) {
                    int owner = 0;
                    r.ref("cohort_id", owner, RefTarget::Cohort);
                    const auto t = r.key("period", 0, periods_ - 1);
                    int people = 0;
                    r.integer("people", people, io::kIntakeLo, io::kIntakeHi);
                    if (t && index.count(owner))
                        p.targetGroup.cohorts[index[owner]].intake[static_cast<std::size_t>(*t)] =
                            people;
                });
    }

    void readMetricPeriods(Project &p, const std::unordered_map<int, std::size_t> &index) {
        forRows("SELECT rowid, metric_id, period, plan, actual, counterfactual FROM metric_period",
                "metric_period", [&](SqlReader &r) {
                    int owner = 0;
                    r.ref("metric_id", owner, RefTarget::Metric);
                    const auto it = index.find(owner);
                    readObservation(r, it != index.end() ? &p.metrics[it->second] : nullptr);
                });
    }

    // A row's period and its plan, reported value and counterfactual, written into `series` (a
    // metric's or a cohort's) at that period; `series` none: its owner was not found (reported).
    template <typename Series> void readObservation(SqlReader &r, Series *series) {
        const auto t = r.key("period", 0, periods_ - 1);
        double plan = 0, cf = 0;
        std::optional<double> actual;
        r.real("plan", plan, io::kObservedLo, io::kObservedHi);
        r.optReal("actual", actual, io::kObservedLo, io::kObservedHi);
        r.real("counterfactual", cf, io::kObservedLo, io::kObservedHi);
        if (t && series) {
            const auto i = static_cast<std::size_t>(*t);
            series->plan[i] = plan;
            series->actual[i] = actual;
            series->counterfactual[i] = cf;
        }
    }

    void readRules(Project &p, const std::unordered_map<int, std::size_t> &index) {
        const auto cols =
            concat(columnsOf<PaymentRule>(EFFEKT_DESCRIBE(describeRule)), kSettlementColumns);
        std::unordered_set<int> seen;
        forRows(
            select("rule", concat({"metric_id"}, cols), "metric_id"), "rule", [&](SqlReader &r) {
                int owner = 0;
                r.ref("metric_id", owner, RefTarget::Metric);
                PaymentRule rule;
                io::describeRule(r, rule);
                readSettlement(r, rule);
                if (!seen.insert(owner).second)
                    fail("rule", r.row, DiagCode::DuplicateId, "metric_id", {std::int64_t{owner}});
                const auto it = index.find(owner);
                if (it != index.end())
                    p.metrics[it->second].rule = std::move(rule);
            });
    }

    // The settlement's two columns: both NULL (none) or both set; one without the other is
    // refused at the NULL one.
    static void readSettlement(SqlReader &r, PaymentRule &rule) {
        std::optional<int> period;
        std::optional<double> threshold;
        r.optInteger("settlementPeriod", period, 0, io::kMaxPeriodIndex);
        r.optReal("settlementThreshold", threshold, 0.0, io::kMaxQuantity);
        if (period && threshold)
            rule.settlement = CohortSettlement{*period, *threshold};
        else if (period || threshold)
            r.failAt(period ? "settlement_threshold" : "settlement_period",
                     DiagCode::ValueOutOfRange, {std::string("null")});
    }

    // A metric's outcome data per cohort (cohort_outcome, in position order per metric) and their
    // series (cohort_outcome_period), checked as the metric's own per-period rows are: the owner
    // and the cohort must exist, the period lie on the timeline, every value be in range.
    void readCohortOutcomes(Project &p, const std::unordered_map<int, std::size_t> &index) {
        // (metric index, position) -> the entry's index in the metric's list.
        std::unordered_map<std::size_t, std::unordered_map<std::int64_t, std::size_t>> entries;
        const auto cols = columnsOf<CohortOutcome>(EFFEKT_DESCRIBE(describeCohortOutcome));
        // The metric a row's metric_id names (index.end() when none; a missing one is reported).
        const auto metricOf = [&](SqlReader &r) {
            const auto owner = r.key("metric_id", 0, io::kMaxId);
            const auto it = owner ? index.find(static_cast<int>(*owner)) : index.end();
            if (owner && it == index.end())
                r.failAt("metric_id", DiagCode::MissingReference, {*owner, std::string("metric")});
            return it;
        };
        forRows(select("cohort_outcome", concat({"metric_id", "position"}, cols),
                       "metric_id, position, rowid"),
                "cohort_outcome", [&](SqlReader &r) {
                    const auto it = metricOf(r);
                    const auto position = r.key("position", 0, io::kMaxId);
                    CohortOutcome c;
                    io::describeCohortOutcome(r, c);
                    if (it == index.end() || !position)
                        return;
                    std::vector<CohortOutcome> &list = p.metrics[it->second].cohortOutcomes;
                    if (!entries[it->second].emplace(*position, list.size()).second) {
                        r.failAt("position", DiagCode::DuplicateId, {*position});
                        return;
                    }
                    const auto n = static_cast<std::size_t>(periods_);
                    c.plan.assign(n, 0.0);
                    c.actual.assign(n, std::nullopt);
                    c.counterfactual.assign(n, 0.0);
                    list.push_back(std::move(c));
                });
        forRows("SELECT rowid, metric_id, position, period, plan, actual, counterfactual FROM "
                "cohort_outcome_period",
                "cohort_outcome_period", [&](SqlReader &r) {
                    const auto it = metricOf(r);
                    const auto position = r.key("position", 0, io::kMaxId);
                    std::optional<std::size_t> k;
                    if (it != index.end() && position) {
                        const auto &positions = entries[it->second];
                        if (const auto at = positions.find(*position); at != positions.end())
                            k = at->second;
                        else
                            r.failAt("position", DiagCode::MissingReference,
                                     {*position, std::string("cohort_outcome")});
                    }
                    readObservation(r, k ? &p.metrics[it->second].cohortOutcomes[*k] : nullptr);
                });
    }

    template <typename T, typename Get, typename D>
    void readChildren(const char *table, const char *ownerCol,
                      const std::unordered_set<int> &owners,
                      const std::unordered_map<int, std::size_t> &index, Get list, D describe) {
        const std::string sql = "SELECT rowid, " + std::string(ownerCol) + ", " +
                                join(columnsOf<T>(describe)) + " FROM " + table +
                                " ORDER BY position, rowid";
        forRows(sql, table, [&](SqlReader &r) {
            const auto owner = r.key(ownerCol, 0, io::kMaxId);
            if (owner && !owners.count(static_cast<int>(*owner)))
                r.fail(DiagCode::MissingReference, ownerCol, {*owner});
            T x{};
            describe(r, x);
            if (owner) {
                const auto it = index.find(static_cast<int>(*owner));
                if (it != index.end())
                    list(it->second).push_back(std::move(x));
            }
        });
    }

    void readAssumptions(Project &p) {
        const auto cols = columnsOf<Assumption>(EFFEKT_DESCRIBE(describeAssumption));
        forRows(select("assumption", cols, "position, rowid"), "assumption", [&](SqlReader &r) {
            Assumption a;
            io::describeAssumption(r, a);
            p.assumptions.push_back(std::move(a));
        });
    }

    // A table of one row (simulation, termination): its fields after the id.
    template <typename T, typename D> void readSingle(const char *table, T &x, D describe) {
        int rows = 0;
        forRows(select(table, columnsOf<T>(describe), "rowid"), table, [&](SqlReader &r) {
            if (++rows == 1)
                describe(r, x);
        });
        if (rows != 1)
            fail(table, -1, DiagCode::ValueOutOfRange, "rows", {std::int64_t{rows}});
    }

    void readScenarios(Project &p) {
        std::unordered_set<int> ids;
        readList("scenario", p.scenarios, ids, EFFEKT_DESCRIBE(describeScenario));
        std::unordered_map<int, std::size_t> index;
        for (std::size_t i = 0; i < p.scenarios.size(); ++i)
            index[p.scenarios[i].id] = i;
        // One override per metric and scenario.
        std::unordered_map<int, std::unordered_set<int>> seen;
        const auto cols = columnsOf<MetricOverride>(EFFEKT_DESCRIBE(describeMetricOverride));
        forRows(select("scenario_metric", concat({"scenario_id"}, cols), "position, rowid"),
                "scenario_metric", [&](SqlReader &r) {
                    const auto owner = r.key("scenario_id", 0, io::kMaxId);
                    if (owner && !ids.count(static_cast<int>(*owner)))
                        r.failAt("scenario_id", DiagCode::MissingReference, {*owner});
                    MetricOverride o;
                    io::describeMetricOverride(r, o);
                    if (!owner)
                        return;
                    const auto it = index.find(static_cast<int>(*owner));
                    if (it == index.end())
                        return;
                    if (!seen[it->first].insert(o.metricId).second)
                        r.failAt("metric_id", DiagCode::DuplicateId, {std::int64_t{o.metricId}});
                    p.scenarios[it->second].metrics.push_back(o);
                });
    }

    void readSimulation(Project &p) {
        readSingle("simulation", p.simulation, EFFEKT_DESCRIBE(describeSimulation));
        std::unordered_map<int, std::size_t> index;
        const auto cols = columnsOf<FactorDistribution>(EFFEKT_DESCRIBE(describeDistribution));
        forRows(select("factor_distribution", cols, "position, rowid"), "factor_distribution",
                [&](SqlReader &r) {
                    FactorDistribution d;
                    io::describeDistribution(r, d);
                    if (!index.emplace(d.metricId, p.simulation.distributions.size()).second)
                        r.failAt("metric_id", DiagCode::DuplicateId, {std::int64_t{d.metricId}});
                    else
                        p.simulation.distributions.push_back(d);
                });
        std::unordered_map<int, std::unordered_set<int>> seen;
        forRows("SELECT rowid, metric_id, delay, probability FROM delay_probability ORDER BY "
                "metric_id, delay",
                "delay_probability", [&](SqlReader &r) {
                    const auto owner = r.key("metric_id", 0, io::kMaxId);
                    const auto it = owner ? index.find(static_cast<int>(*owner)) : index.end();
                    if (owner && it == index.end())
                        r.fail(DiagCode::MissingReference, "metric_id", {*owner});
                    const auto k = r.key("delay", 0, io::kMaxDelay);
                    double probability = 0;
                    r.real("probability", probability, 0.0, 1.0);
                    if (it == index.end() || !k)
                        return;
                    if (!seen[it->first].insert(static_cast<int>(*k)).second) {
                        r.failAt("delay", DiagCode::DuplicateId, {*k});
                        return;
                    }
                    auto &v = p.simulation.distributions[it->second].delayProbabilities;
                    if (v.size() <= static_cast<std::size_t>(*k))
                        v.resize(static_cast<std::size_t>(*k) + 1, 0.0);
                    v[static_cast<std::size_t>(*k)] = probability;
                });
        for (const FactorDistribution &d : p.simulation.distributions)
            if (const auto sum = io::probabilitySumOff(d.delayProbabilities))
                io::addDiagnostic(diags_, Diagnostic{DiagCode::ProbabilitiesNotWhole,
                                                     Severity::Warning,
                                                     "factor_distribution",
                                                     d.metricId,
                                                     "delay_probability",
                                                     -1,
                                                     {PercentValue{*sum}}});
    }

    void readTermination(Project &p) {
        std::unordered_set<int> ids;
        readList("review_point", p.termination.reviews, ids, EFFEKT_DESCRIBE(describeReview));
        readSingle("termination", p.termination, EFFEKT_DESCRIBE(describeTermination));
    }

    void readLedger(Project &p) {
        Ledger ledger;
        const std::int64_t count = pragmaInt(db_, "SELECT count(*) FROM ledger");
        ledger.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, count)));
        forRows("SELECT rowid, participant, metric_id, period, units FROM ledger ORDER BY rowid",
                "ledger", [&](SqlReader &r) {
                    LedgerRow row;
                    io::describeLedgerRow(r, row);
                    ledger.push_back(std::move(row));
                });
        p.ledger = Shared<Ledger>(std::move(ledger));
    }

    void readRecovery(std::optional<storage::RecoveryInfo> &out) {
        forRows("SELECT rowid, original_path, saved_at FROM recovery", "recovery",
                [&](SqlReader &r) {
                    storage::RecoveryInfo info;
                    r.text("originalPath", info.originalPath, io::kMaxTextBytes);
                    r.text("savedAt", info.savedAt, io::kMaxShortTextBytes);
                    out = info;
                });
    }

    sqlite3 *db_;
    Diagnostics &diags_;
    io::IdSets ids_;
    int periods_ = 1;
    bool failed_ = false;
};

} // namespace

bool readTables(sqlite3 *db, Diagnostics &diags, Project &p,
                std::optional<storage::RecoveryInfo> *recovery) {
    Loader loader(db, diags);
    try {
        return loader.load(p, recovery);
    } catch (const ReadingStopped &) {
        return false;
    }
}

} // namespace effekt::storage::sql
