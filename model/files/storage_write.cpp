// Writing the project file's tables (docs/file-format.md): one row per entity, bound in the
// order of the field descriptions (storage_fields.h); the ledger in batches.
#include "storage_sql.h"

#include <algorithm>
#include <memory>

namespace effekt::storage::sql {

namespace {

using io::RefTarget;

// Binds values in call order, starting at parameter `next`.
class SqlWriter {
public:
    explicit SqlWriter(sqlite3_stmt *s)
        : s_(s) {}
    std::string prefix; // unused; keeps the row functions uniform
    int next = 1;

    void bindInt(std::int64_t v) { sqlite3_bind_int64(s_, next++, v); }
    void bindNull() { sqlite3_bind_null(s_, next++); }
    template <typename V, typename... R> void integer(const char *, const V &v, R &&...) {
        bindInt(v);
    }
    template <typename... R> void optInteger(const char *, const std::optional<int> &v, R &&...) {
        v ? bindInt(*v) : bindNull();
    }
    template <typename... R> void real(const char *, const double &v, R &&...) {
        sqlite3_bind_double(s_, next++, v);
    }
    template <typename... R> void optReal(const char *, const std::optional<double> &v, R &&...) {
        v ? (void)sqlite3_bind_double(s_, next++, *v) : bindNull();
    }
    template <typename... R> void money(const char *, const Money &v, R &&...) { bindInt(v); }
    template <typename... R> void optMoney(const char *, const std::optional<Money> &v, R &&...) {
        v ? bindInt(*v) : bindNull();
    }
    void boolean(const char *, const bool &v) { bindInt(v ? 1 : 0); }
    void bindText(std::string_view v) {
        sqlite3_bind_text(s_, next++, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
    }
    template <typename... R> void text(const char *, const std::string &v, R &&...) { bindText(v); }
    void participant(const char *, const std::string &v) { bindText(v); }
    void date(const char *, const Date &d) {
        const std::string iso = d.toIso();
        sqlite3_bind_text(s_, next++, iso.data(), static_cast<int>(iso.size()), SQLITE_TRANSIENT);
    }
    template <typename E> void enumeration(const char *, const E &e) { bindText(io::enumName(e)); }
    void ref(const char *, const int &v, RefTarget) { bindInt(v); }
    void optRef(const char *, const std::optional<int> &v, RefTarget) {
        v ? bindInt(*v) : bindNull();
    }

private:
    sqlite3_stmt *s_;
};

std::string insertSql(const char *table, std::vector<std::string> cols) {
    std::string q = "INSERT INTO " + std::string(table) + " (" + join(cols) + ") VALUES (";
    for (std::size_t i = 0; i < cols.size(); ++i)
        q += i ? ", ?" : "?";
    return q + ")";
}

// The oldest version that reads the project as it is (docs/file-format.md): a version that does
// not know a term the project uses would read it as a different contract, so such a file names
// the version that brought the term; any other file stays readable by every version.
int minReaderVersion(const Project &p) {
    // Caps per budget year.
    if (p.caps.yearCapCarry || std::any_of(p.parties.begin(), p.parties.end(),
                                           [](const Party &x) { return x.yearCap.has_value(); }))
        return 4;
    // Price indexation.
    if (p.indexation.rate != 0 || p.indexation.baseYear)
        return 4;
    for (const Metric &m : p.metrics) {
        if (m.rule.thresholdBasis == ThresholdBasis::UnitsAndRelative ||
            m.rule.thresholdRelative != 0)
            return 4;
        for (const SavingsLine &s : m.savings)
            if (s.spreadPeriods != 0)
                return 4;
        if (m.rule.secondShareWhen != SecondShareSwitch::AfterSum || m.rule.secondShareReturn != 0)
            return 4;
        // Cohort tests and their final settlement.
        if (!m.cohortOutcomes.empty() || m.rule.settlement)
            return 4;
    }
    return storage::kFirstSchemaVersion;
}

} // namespace

void writeTables(Db &db, const Project &p, const storage::RecoveryInfo *recovery) {
    sqlite3 *h = db.get();
    {
        Stmt s(h, "INSERT INTO file_info (id, min_reader_version, written_by) VALUES (1, ?, ?)");
        sqlite3_bind_int(s.get(), 1, minReaderVersion(p));
        const std::string by = std::string("Effekt Studio ") + EFFEKT_VERSION;
        sqlite3_bind_text(s.get(), 2, by.c_str(), -1, SQLITE_TRANSIENT);
        s.run();
    }
    if (recovery) {
        Stmt s(h, "INSERT INTO recovery (id, original_path, saved_at) VALUES (1, ?, ?)");
        sqlite3_bind_text(s.get(), 1, recovery->originalPath.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s.get(), 2, recovery->savedAt.c_str(), -1, SQLITE_TRANSIENT);
        s.run();
    }
    {
        Columns c;
        Project dummy;
        projectRow(c, dummy);
        Stmt s(h, insertSql("project", concat({"id"}, c.names)));
        SqlWriter w(s.get());
        w.bindInt(1);
        projectRow(w, p);
        s.run();
    }
    {
        Stmt s(h, "INSERT INTO delivery_cost (period, amount) VALUES (?, ?)");
        for (std::size_t t = 0; t < p.deliveryCost.size(); ++t) {
            sqlite3_bind_int64(s.get(), 1, static_cast<std::int64_t>(t));
            sqlite3_bind_int64(s.get(), 2, p.deliveryCost[t]);
            s.run();
        }
    }
    // An entity list with id and position: table (position, <fields>).
    auto writeList = [&](const char *table, const auto &items, auto describe) {
        using T = std::decay_t<decltype(items[0])>;
        Stmt s(h, insertSql(table, concat({"position"}, columnsOf<T>(describe))));
        for (std::size_t i = 0; i < items.size(); ++i) {
            SqlWriter w(s.get());
            w.bindInt(static_cast<std::int64_t>(i));
            describe(w, items[i]);
            s.run();
        }
    };
    // A child list: table (owner, position, <fields>).
    auto childStmt = [&](const char *table, const char *ownerCol, auto describe, auto tag) {
        using T = decltype(tag);
        return std::make_unique<Stmt>(
            h, insertSql(table, concat({ownerCol, "position"}, columnsOf<T>(describe))));
    };
    auto writeChildren = [&](Stmt &s, int owner, const auto &items, auto describe) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            SqlWriter w(s.get());
            w.bindInt(owner);
            w.bindInt(static_cast<std::int64_t>(i));
            describe(w, items[i]);
            s.run();
        }
    };

    writeList("cohort", p.targetGroup.cohorts, EFFEKT_DESCRIBE(describeCohort));
    {
        Stmt s(h, "INSERT INTO cohort_intake (cohort_id, period, people) VALUES (?, ?, ?)");
        for (const Cohort &c : p.targetGroup.cohorts)
            for (std::size_t t = 0; t < c.intake.size(); ++t) {
                sqlite3_bind_int64(s.get(), 1, c.id);
                sqlite3_bind_int64(s.get(), 2, static_cast<std::int64_t>(t));
                sqlite3_bind_int64(s.get(), 3, c.intake[t]);
                s.run();
            }
    }
    writeList("party", p.parties, EFFEKT_DESCRIBE(describeParty));
    writeList("metric", p.metrics, EFFEKT_DESCRIBE(describeMetric));
    {
        Stmt periods(h,
                     "INSERT INTO metric_period (metric_id, period, plan, actual, counterfactual)"
                     " VALUES (?, ?, ?, ?, ?)");
        Stmt rule(h, insertSql("rule",
                               concat(concat({"metric_id"},
                                             columnsOf<PaymentRule>(EFFEKT_DESCRIBE(describeRule))),
                                      kSettlementColumns)));
        auto cohorts = childStmt("cohort_outcome", "metric_id",
                                 EFFEKT_DESCRIBE(describeCohortOutcome), CohortOutcome{});
        Stmt cohortPeriods(h, "INSERT INTO cohort_outcome_period (metric_id, position, period, "
                              "plan, actual, counterfactual) VALUES (?, ?, ?, ?, ?, ?)");
        auto bands =
            childStmt("volume_band", "metric_id", EFFEKT_DESCRIBE(describeBand), VolumeBand{});
        auto tiers = childStmt("tier", "metric_id", EFFEKT_DESCRIBE(describeTier), Tier{});
        auto payers =
            childStmt("rule_payer", "metric_id", EFFEKT_DESCRIBE(describePayer), PayerShare{});
        auto savings =
            childStmt("savings_line", "metric_id", EFFEKT_DESCRIBE(describeSavings), SavingsLine{});
        for (const Metric &m : p.metrics) {
            for (std::size_t t = 0; t < m.plan.size(); ++t) {
                sqlite3_stmt *s = periods.get();
                sqlite3_bind_int64(s, 1, m.id);
                sqlite3_bind_int64(s, 2, static_cast<std::int64_t>(t));
                sqlite3_bind_double(s, 3, m.plan[t]);
                if (t < m.actual.size() && m.actual[t])
                    sqlite3_bind_double(s, 4, *m.actual[t]);
                else
                    sqlite3_bind_null(s, 4);
                sqlite3_bind_double(s, 5, t < m.counterfactual.size() ? m.counterfactual[t] : 0.0);
                periods.run();
            }
            SqlWriter w(rule.get());
            w.bindInt(m.id);
            io::describeRule(w, m.rule);
            if (m.rule.settlement) {
                io::describeSettlement(w, *m.rule.settlement);
            } else {
                w.bindNull();
                w.bindNull();
            }
            rule.run();
            writeChildren(*cohorts, m.id, m.cohortOutcomes, EFFEKT_DESCRIBE(describeCohortOutcome));
            for (std::size_t k = 0; k < m.cohortOutcomes.size(); ++k) {
                const CohortOutcome &c = m.cohortOutcomes[k];
                for (std::size_t t = 0; t < c.plan.size(); ++t) {
                    sqlite3_stmt *s = cohortPeriods.get();
                    sqlite3_bind_int64(s, 1, m.id);
                    sqlite3_bind_int64(s, 2, static_cast<std::int64_t>(k));
                    sqlite3_bind_int64(s, 3, static_cast<std::int64_t>(t));
                    sqlite3_bind_double(s, 4, c.plan[t]);
                    if (t < c.actual.size() && c.actual[t])
                        sqlite3_bind_double(s, 5, *c.actual[t]);
                    else
                        sqlite3_bind_null(s, 5);
                    sqlite3_bind_double(s, 6,
                                        t < c.counterfactual.size() ? c.counterfactual[t] : 0.0);
                    cohortPeriods.run();
                }
            }
            writeChildren(*bands, m.id, m.rule.bands, EFFEKT_DESCRIBE(describeBand));
            writeChildren(*tiers, m.id, m.rule.tiers, EFFEKT_DESCRIBE(describeTier));
            writeChildren(*payers, m.id, m.rule.payers, EFFEKT_DESCRIBE(describePayer));
            writeChildren(*savings, m.id, m.savings, EFFEKT_DESCRIBE(describeSavings));
        }
    }
    writeList("fixed_fee", p.fixedFees, EFFEKT_DESCRIBE(describeFixedFee));
    {
        auto payers = childStmt("fixed_fee_payer", "fixed_fee_id", EFFEKT_DESCRIBE(describePayer),
                                PayerShare{});
        for (const FixedFee &f : p.fixedFees)
            writeChildren(*payers, f.id, f.payers, EFFEKT_DESCRIBE(describePayer));
    }
    writeList("investor", p.investors, EFFEKT_DESCRIBE(describeInvestor));
    writeList("assumption", p.assumptions, EFFEKT_DESCRIBE(describeAssumption));
    writeList("scenario", p.scenarios, EFFEKT_DESCRIBE(describeScenario));
    {
        auto overrides = childStmt("scenario_metric", "scenario_id",
                                   EFFEKT_DESCRIBE(describeMetricOverride), MetricOverride{});
        for (const Scenario &sc : p.scenarios)
            writeChildren(*overrides, sc.id, sc.metrics, EFFEKT_DESCRIBE(describeMetricOverride));
    }
    {
        Stmt s(h, insertSql("simulation", concat({"id"}, columnsOf<Simulation>(EFFEKT_DESCRIBE(
                                                             describeSimulation)))));
        SqlWriter w(s.get());
        w.bindInt(1);
        io::describeSimulation(w, p.simulation);
        s.run();
    }
    writeList("factor_distribution", p.simulation.distributions,
              EFFEKT_DESCRIBE(describeDistribution));
    {
        Stmt s(h, "INSERT INTO delay_probability (metric_id, delay, probability) VALUES (?, ?, ?)");
        for (const FactorDistribution &d : p.simulation.distributions)
            for (std::size_t k = 0; k < d.delayProbabilities.size(); ++k) {
                sqlite3_bind_int64(s.get(), 1, d.metricId);
                sqlite3_bind_int64(s.get(), 2, static_cast<std::int64_t>(k));
                sqlite3_bind_double(s.get(), 3, d.delayProbabilities[k]);
                s.run();
            }
    }
    writeList("review_point", p.termination.reviews, EFFEKT_DESCRIBE(describeReview));
    {
        Stmt s(h,
               insertSql("termination", concat({"id"}, columnsOf<EarlyTermination>(
                                                           EFFEKT_DESCRIBE(describeTermination)))));
        SqlWriter w(s.get());
        w.bindInt(1);
        io::describeTermination(w, p.termination);
        s.run();
    }
    {
        // Many rows per statement: the per-statement cost dominates a million small inserts.
        constexpr std::size_t kBatch = 200;
        const std::string one = "(?, ?, ?, ?, ?)";
        std::string many = "INSERT INTO ledger (position, participant, metric_id, period, units) "
                           "VALUES " +
                           one;
        for (std::size_t i = 1; i < kBatch; ++i)
            many += ", " + one;
        Stmt batch(h, many);
        Stmt single(h, "INSERT INTO ledger (position, participant, metric_id, period, units)"
                       " VALUES " +
                           one);
        const Ledger &ledger = p.ledger.get();
        std::size_t i = 0;
        for (; i + kBatch <= ledger.size(); i += kBatch) {
            SqlWriter w(batch.get());
            for (std::size_t k = i; k < i + kBatch; ++k) {
                w.bindInt(static_cast<std::int64_t>(k));
                io::describeLedgerRow(w, ledger[k]);
            }
            batch.run();
        }
        for (; i < ledger.size(); ++i) {
            SqlWriter w(single.get());
            w.bindInt(static_cast<std::int64_t>(i));
            io::describeLedgerRow(w, ledger[i]);
            single.run();
        }
    }
}

} // namespace effekt::storage::sql
