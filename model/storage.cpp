// The project file (docs/file-format.md): a normalised SQLite schema, written to a temporary file
// and renamed over the document; read defensively, validated value by value, and handed over only
// when everything loaded.
#include "storage.h"

#include "platform.h"
#include "storage_archive.h"
#include "storage_fields.h"

#include <sqlite3.h>

#include <array>
#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace effekt {
namespace {

namespace fs = std::filesystem;
using io::ArchiveBase;
using io::RefTarget;

// ---- The schema
// ----------------------------------------------------------------------------------

// Version 2, the current form. Version 1 (the first released form) lacked assumption.stated_by;
// kUpgrades turns a version-1 file into version 2.
constexpr const char *kSchema = R"sql(
CREATE TABLE file_info (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  min_reader_version INTEGER NOT NULL,
  written_by TEXT NOT NULL
);
CREATE TABLE recovery (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  original_path TEXT NOT NULL,
  saved_at TEXT NOT NULL
);
CREATE TABLE project (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  currency TEXT NOT NULL,
  start TEXT NOT NULL,
  period_length TEXT NOT NULL CHECK (period_length IN ('month', 'quarter', 'half-year', 'year')),
  periods INTEGER NOT NULL CHECK (periods BETWEEN 1 AND 600),
  target_group_name TEXT NOT NULL,
  target_group_description TEXT NOT NULL,
  target_group_planned_size INTEGER NOT NULL CHECK (target_group_planned_size >= 0),
  cap_total INTEGER CHECK (cap_total >= 0),
  cap_fixed_fees_inside_total INTEGER NOT NULL CHECK (cap_fixed_fees_inside_total IN (0, 1)),
  cap_per_participant INTEGER CHECK (cap_per_participant >= 0),
  reserve_share REAL NOT NULL CHECK (reserve_share BETWEEN 0 AND 1),
  provider_incentive_share REAL NOT NULL CHECK (provider_incentive_share BETWEEN 0 AND 1),
  discount_rate REAL NOT NULL,
  traditional_margin REAL NOT NULL
);
CREATE TABLE delivery_cost (
  period INTEGER PRIMARY KEY CHECK (period >= 0),
  amount INTEGER NOT NULL CHECK (amount >= 0)
);
CREATE TABLE cohort (
  id INTEGER PRIMARY KEY CHECK (id >= 0),
  position INTEGER NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  planned_size INTEGER NOT NULL CHECK (planned_size >= 0)
);
CREATE TABLE cohort_intake (
  cohort_id INTEGER NOT NULL REFERENCES cohort (id),
  period INTEGER NOT NULL CHECK (period >= 0),
  people INTEGER NOT NULL CHECK (people >= 0),
  PRIMARY KEY (cohort_id, period)
);
CREATE TABLE party (
  id INTEGER PRIMARY KEY CHECK (id >= 0),
  position INTEGER NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('commissioner', 'co-payer', 'investor', 'provider',
                                     'intermediary', 'evaluator', 'guarantor')),
  org_number TEXT NOT NULL,
  cap INTEGER CHECK (cap >= 0)
);
CREATE TABLE metric (
  id INTEGER PRIMARY KEY CHECK (id >= 0),
  position INTEGER NOT NULL UNIQUE,
  name TEXT NOT NULL,
  definition TEXT NOT NULL,
  unit TEXT NOT NULL CHECK (unit IN ('people', 'events', 'days', 'money', 'percent')),
  direction TEXT NOT NULL CHECK (direction IN ('higher-is-better', 'lower-is-better')),
  validation TEXT NOT NULL CHECK (validation IN ('simple-verification', 'before-after',
      'historical-comparison', 'matched-comparison', 'randomised-control')),
  data_source TEXT NOT NULL,
  cohort_id INTEGER REFERENCES cohort (id)
);
CREATE TABLE metric_period (
  metric_id INTEGER NOT NULL REFERENCES metric (id),
  period INTEGER NOT NULL CHECK (period >= 0),
  plan REAL NOT NULL,
  actual REAL,
  counterfactual REAL NOT NULL,
  PRIMARY KEY (metric_id, period)
);
CREATE TABLE rule (
  metric_id INTEGER PRIMARY KEY REFERENCES metric (id),
  type TEXT NOT NULL CHECK (type IN ('per-unit', 'tiered', 'share-of-savings', 'milestone')),
  price INTEGER NOT NULL CHECK (price >= 0),
  threshold_basis TEXT NOT NULL CHECK (threshold_basis IN ('none', 'units', 'relative')),
  threshold REAL NOT NULL,
  tier_basis TEXT NOT NULL CHECK (tier_basis IN ('relative', 'observed')),
  tier_mode TEXT NOT NULL CHECK (tier_mode IN ('step', 'interpolate')),
  tier_amount_basis TEXT NOT NULL CHECK (tier_amount_basis IN ('per-period', 'per-cohort-member')),
  share REAL NOT NULL,
  second_share REAL,
  second_share_after INTEGER NOT NULL CHECK (second_share_after >= 0),
  milestone_amount INTEGER NOT NULL CHECK (milestone_amount >= 0),
  cap_money INTEGER CHECK (cap_money >= 0),
  cap_units REAL CHECK (cap_units >= 0),
  lag INTEGER NOT NULL CHECK (lag BETWEEN 0 AND 600),
  once_per_participant INTEGER NOT NULL CHECK (once_per_participant IN (0, 1))
);
CREATE TABLE volume_band (
  metric_id INTEGER NOT NULL REFERENCES metric (id),
  position INTEGER NOT NULL,
  from_units REAL NOT NULL,
  price INTEGER NOT NULL CHECK (price >= 0),
  UNIQUE (metric_id, position)
);
CREATE TABLE tier (
  metric_id INTEGER NOT NULL REFERENCES metric (id),
  position INTEGER NOT NULL,
  level REAL NOT NULL,
  amount INTEGER NOT NULL CHECK (amount >= 0),
  UNIQUE (metric_id, position)
);
CREATE TABLE rule_payer (
  metric_id INTEGER NOT NULL REFERENCES metric (id),
  position INTEGER NOT NULL,
  party_id INTEGER NOT NULL REFERENCES party (id),
  share REAL NOT NULL CHECK (share BETWEEN 0 AND 1),
  UNIQUE (metric_id, position)
);
CREATE TABLE savings_line (
  metric_id INTEGER NOT NULL REFERENCES metric (id),
  position INTEGER NOT NULL,
  holder TEXT NOT NULL CHECK (holder IN ('kommune', 'stat', 'helseforetak', 'other')),
  per_unit INTEGER NOT NULL,
  cashable INTEGER NOT NULL CHECK (cashable IN (0, 1)),
  spread_years INTEGER NOT NULL CHECK (spread_years >= 0),
  UNIQUE (metric_id, position)
);
CREATE TABLE fixed_fee (
  id INTEGER PRIMARY KEY CHECK (id >= 0),
  position INTEGER NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('per-period', 'share-of-delivery-cost',
                                     'per-participant-started')),
  amount INTEGER NOT NULL CHECK (amount >= 0),
  share REAL NOT NULL,
  first_period INTEGER NOT NULL CHECK (first_period >= 0),
  last_period INTEGER NOT NULL CHECK (last_period >= -1),
  cohort_id INTEGER REFERENCES cohort (id)
);
CREATE TABLE fixed_fee_payer (
  fixed_fee_id INTEGER NOT NULL REFERENCES fixed_fee (id),
  position INTEGER NOT NULL,
  party_id INTEGER NOT NULL REFERENCES party (id),
  share REAL NOT NULL CHECK (share BETWEEN 0 AND 1),
  UNIQUE (fixed_fee_id, position)
);
CREATE TABLE investor (
  id INTEGER PRIMARY KEY CHECK (id >= 0),
  position INTEGER NOT NULL UNIQUE,
  party_id INTEGER NOT NULL REFERENCES party (id),
  commitment INTEGER NOT NULL CHECK (commitment >= 0),
  tranche TEXT NOT NULL CHECK (tranche IN ('senior', 'subordinate')),
  coupon REAL NOT NULL,
  return_cap REAL,
  guaranteed_share REAL NOT NULL CHECK (guaranteed_share BETWEEN 0 AND 1),
  guarantor_id INTEGER REFERENCES party (id)
);
CREATE TABLE assumption (
  position INTEGER PRIMARY KEY,
  text TEXT NOT NULL,
  source TEXT NOT NULL,
  stated_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE ledger (
  position INTEGER PRIMARY KEY,
  participant TEXT NOT NULL,
  metric_id INTEGER NOT NULL REFERENCES metric (id),
  period INTEGER NOT NULL CHECK (period >= 0),
  units REAL NOT NULL
);
)sql";

// kUpgrades[v - 1] turns version v into version v + 1; each runs in its own transaction.
constexpr std::array<const char *, storage::kSchemaVersion - 1> kUpgrades = {
    // 1 -> 2: assumptions name who stated them.
    "ALTER TABLE assumption ADD COLUMN stated_by TEXT NOT NULL DEFAULT '';",
};

constexpr const char *kTables[] = {
    "file_info",       "recovery", "project",    "delivery_cost", "cohort",
    "cohort_intake",   "party",    "metric",     "metric_period", "rule",
    "volume_band",     "tier",     "rule_payer", "savings_line",  "fixed_fee",
    "fixed_fee_payer", "investor", "assumption", "ledger"};

// ---- SQLite helpers
// ------------------------------------------------------------------------------

struct SqlError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] void throwSql(sqlite3 *db, const std::string &what) {
    throw SqlError(what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

class Db {
public:
    Db() = default;
    ~Db() { close(); }
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;
    void open(const std::string &path, int flags) {
        const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
        if (rc != SQLITE_OK)
            throwSql(db_, "cannot open");
    }
    // Returns false (and keeps the error) when closing fails, e.g. a deferred write error.
    bool close() {
        if (!db_)
            return true;
        const int rc = sqlite3_close(db_);
        db_ = nullptr;
        return rc == SQLITE_OK;
    }
    void exec(const char *sql) {
        char *err = nullptr;
        if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
            std::string msg = err ? err : sqlite3_errmsg(db_);
            sqlite3_free(err);
            throw SqlError(msg);
        }
    }
    sqlite3 *get() const { return db_; }

private:
    sqlite3 *db_ = nullptr;
};

class Stmt {
public:
    Stmt(sqlite3 *db, const std::string &sql)
        : db_(db) {
        if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &s_, nullptr) !=
            SQLITE_OK)
            throwSql(db, sql);
    }
    ~Stmt() { sqlite3_finalize(s_); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;
    // True while there is a row.
    bool step() {
        const int rc = sqlite3_step(s_);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        throwSql(db_, "step");
    }
    void run() {
        step();
        sqlite3_reset(s_);
    }
    sqlite3_stmt *get() const { return s_; }

private:
    sqlite3 *db_;
    sqlite3_stmt *s_ = nullptr;
};

std::int64_t pragmaInt(sqlite3 *db, const char *sql) {
    Stmt s(db, sql);
    return s.step() ? sqlite3_column_int64(s.get(), 0) : 0;
}

// ---- Column lists, writing, reading
// ----------------------------------------------------------------

struct Columns {
    std::vector<std::string> names;
    std::string prefix;
    void add(const char *n) { names.push_back(prefix + io::snakeCase(n)); }
    template <typename... R> void integer(const char *n, R &&...) { add(n); }
    template <typename... R> void optInteger(const char *n, R &&...) { add(n); }
    template <typename... R> void real(const char *n, R &&...) { add(n); }
    template <typename... R> void optReal(const char *n, R &&...) { add(n); }
    template <typename... R> void money(const char *n, R &&...) { add(n); }
    template <typename... R> void optMoney(const char *n, R &&...) { add(n); }
    template <typename... R> void boolean(const char *n, R &&...) { add(n); }
    template <typename... R> void text(const char *n, R &&...) { add(n); }
    template <typename... R> void participant(const char *n, R &&...) { add(n); }
    template <typename... R> void date(const char *n, R &&...) { add(n); }
    template <typename... R> void enumeration(const char *n, R &&...) { add(n); }
    template <typename... R> void ref(const char *n, R &&...) { add(n); }
    template <typename... R> void optRef(const char *n, R &&...) { add(n); }
};

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

protected:
    std::string label(std::string_view) const override {
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
};

// ---- Row layouts: which descriptions make up a table's row
// -----------------------------------------

template <typename A, typename P> void projectRow(A &a, P &p) {
    a.prefix = "";
    io::describeProjectHead(a, p);
    io::describeTimeline(a, p.timeline);
    a.prefix = "target_group_";
    io::describeTargetGroup(a, p.targetGroup);
    a.prefix = "cap_";
    io::describeCaps(a, p.caps);
    a.prefix = "";
    io::describeFinancing(a, p.financing);
    io::describeValuation(a, p.valuation);
}

template <typename T, typename F> std::vector<std::string> columnsOf(F describe) {
    Columns c;
    T dummy{};
    describe(c, dummy);
    return c.names;
}

std::string join(const std::vector<std::string> &v) {
    std::string s;
    for (const std::string &x : v)
        s += (s.empty() ? "" : ", ") + x;
    return s;
}

std::string insertSql(const char *table, std::vector<std::string> cols) {
    std::string q = "INSERT INTO " + std::string(table) + " (" + join(cols) + ") VALUES (";
    for (std::size_t i = 0; i < cols.size(); ++i)
        q += i ? ", ?" : "?";
    return q + ")";
}

std::vector<std::string> concat(std::vector<std::string> a, const std::vector<std::string> &b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

#define EFFEKT_DESCRIBE(fn) [](auto &a, auto &x) { io::fn(a, x); }

// ---- Writing
// ---------------------------------------------------------------------------------------

void writeTables(Db &db, const Project &p, const storage::RecoveryInfo *recovery) {
    sqlite3 *h = db.get();
    {
        Stmt s(h, "INSERT INTO file_info (id, min_reader_version, written_by) VALUES (1, ?, ?)");
        sqlite3_bind_int(s.get(), 1, storage::kFirstSchemaVersion);
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
        Stmt rule(h, insertSql("rule", concat({"metric_id"}, columnsOf<PaymentRule>(
                                                                 EFFEKT_DESCRIBE(describeRule)))));
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
            rule.run();
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

Diagnostic fileError(DiagCode code, std::string detail) {
    return Diagnostic{code, Severity::Error, "file", -1, "", -1, {std::move(detail)}};
}

// ---- Reading
// ---------------------------------------------------------------------------------------

void configureDefensive(sqlite3 *db) {
    int unused = 0;
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &unused);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &unused);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &unused);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &unused);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &unused);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 16 * 1024 * 1024);
    sqlite3_exec(db, "PRAGMA cell_size_check = ON", nullptr, nullptr, nullptr);
}

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
        readLedger(p);
        if (recovery)
            readRecovery(*recovery);
        return !failed_;
    }

private:
    template <typename F> void forRows(const std::string &sql, const char *table, F f) {
        Stmt s(db_, sql);
        SqlReader r(diags_, &ids_, s.get(), table);
        while (diags_.size() < io::kMaxDiagnostics && s.step()) {
            r.beginRow();
            f(r);
        }
        if (r.failed())
            failed_ = true;
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
                    const auto t = r.key("period", 0, periods_ - 1);
                    double plan = 0, cf = 0;
                    std::optional<double> actual;
                    r.real("plan", plan, io::kObservedLo, io::kObservedHi);
                    r.optReal("actual", actual, io::kObservedLo, io::kObservedHi);
                    r.real("counterfactual", cf, io::kObservedLo, io::kObservedHi);
                    const auto it = index.find(owner);
                    if (t && it != index.end()) {
                        Metric &m = p.metrics[it->second];
                        const auto i = static_cast<std::size_t>(*t);
                        m.plan[i] = plan;
                        m.actual[i] = actual;
                        m.counterfactual[i] = cf;
                    }
                });
    }

    void readRules(Project &p, const std::unordered_map<int, std::size_t> &index) {
        const auto cols = columnsOf<PaymentRule>(EFFEKT_DESCRIBE(describeRule));
        std::unordered_set<int> seen;
        forRows(
            select("rule", concat({"metric_id"}, cols), "metric_id"), "rule", [&](SqlReader &r) {
                int owner = 0;
                r.ref("metric_id", owner, RefTarget::Metric);
                PaymentRule rule;
                io::describeRule(r, rule);
                if (!seen.insert(owner).second)
                    fail("rule", r.row, DiagCode::DuplicateId, "metric_id", {std::int64_t{owner}});
                const auto it = index.find(owner);
                if (it != index.end())
                    p.metrics[it->second].rule = std::move(rule);
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

// The first 100 bytes of an SQLite file: magic, application_id (offset 68), user_version (60).
std::optional<Diagnostic> checkHeader(const std::string &path) {
    std::ifstream in(platform::fsPath(path), std::ios::binary);
    if (!in)
        return fileError(DiagCode::FileNotFound, path);
    char header[100] = {};
    in.read(header, sizeof header);
    const auto got = in.gcount();
    if (got == 0)
        return fileError(DiagCode::FileNotEffekt, "empty file");
    if (got < 100)
        return fileError(DiagCode::FileNotEffekt, "too short for an SQLite database");
    if (std::memcmp(header, "SQLite format 3", 16) != 0)
        return fileError(DiagCode::FileNotEffekt, "not an SQLite database");
    auto be32 = [&](int at) {
        return static_cast<std::int32_t>(
            (static_cast<std::uint32_t>(static_cast<unsigned char>(header[at])) << 24) |
            (static_cast<std::uint32_t>(static_cast<unsigned char>(header[at + 1])) << 16) |
            (static_cast<std::uint32_t>(static_cast<unsigned char>(header[at + 2])) << 8) |
            static_cast<std::uint32_t>(static_cast<unsigned char>(header[at + 3])));
    };
    if (be32(68) != storage::kApplicationId)
        return fileError(DiagCode::FileNotEffekt, "SQLite database of another program");
    return std::nullopt;
}

void runUpgrades(sqlite3 *db, int fromVersion) {
    for (int v = fromVersion; v < storage::kSchemaVersion; ++v) {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        char *err = nullptr;
        const std::string sql = std::string(kUpgrades[static_cast<std::size_t>(v - 1)]) +
                                "PRAGMA user_version = " + std::to_string(v + 1) + ";";
        if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
            const std::string msg = err ? err : "unknown";
            sqlite3_free(err);
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw SqlError("upgrade from version " + std::to_string(v) + " failed: " + msg);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
}

std::atomic<unsigned> g_saveCounter{0};

} // namespace

namespace storage {

std::string temporaryPathFor(const std::string &path) {
    const fs::path p = platform::fsPath(path);
    std::string name = ".";
    name += platform::utf8(p.filename());
    name += ".saving-" + std::to_string(platform::currentProcessId()) + "-" +
            std::to_string(g_saveCounter++);
    return platform::utf8(p.parent_path() / platform::fsPath(name));
}

Diagnostics writeProjectFile(const Project &project, const std::string &path,
                             const RecoveryInfo *recovery) {
    Diagnostics diags = io::checkProject(project);
    if (hasErrors(diags))
        return diags;
    const std::string tmp = temporaryPathFor(path);
    std::error_code ec;
    fs::remove(platform::fsPath(tmp), ec);
    try {
        {
            Db db;
            db.open(tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX |
                             SQLITE_OPEN_EXRESCODE);
            // A fresh private file: no journal (a failed save is discarded whole), one explicit
            // flush before the rename instead of SQLite's own syncs.
            db.exec("PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                    " PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -16384;");
            db.exec(("PRAGMA application_id = " + std::to_string(kApplicationId) +
                     "; PRAGMA user_version = " + std::to_string(kSchemaVersion) + ";")
                        .c_str());
            db.exec("BEGIN");
            db.exec(kSchema);
            writeTables(db, project, recovery);
            db.exec("COMMIT");
            if (!db.close())
                throw SqlError("cannot close the new file");
        }
        if (!platform::syncFile(tmp))
            throw SqlError("cannot flush the new file to disk");
        // Replaces the old file in one step; throws on failure.
        fs::rename(platform::fsPath(tmp), platform::fsPath(path));
        platform::syncDirectory(platform::utf8(platform::fsPath(path).parent_path()));
    } catch (const std::exception &e) {
        fs::remove(platform::fsPath(tmp), ec);
        diags.push_back(fileError(DiagCode::FileWriteFailed, e.what()));
    }
    return diags;
}

LoadResult readProjectFile(const std::string &path, std::optional<RecoveryInfo> *recovery) {
    LoadResult result;
    std::error_code ec;
    if (!fs::exists(platform::fsPath(path), ec)) {
        result.diagnostics.push_back(fileError(DiagCode::FileNotFound, path));
        return result;
    }
    if (!fs::is_regular_file(platform::fsPath(path), ec)) {
        result.diagnostics.push_back(fileError(DiagCode::FileNotEffekt, "not a regular file"));
        return result;
    }
    if (auto bad = checkHeader(path)) {
        result.diagnostics.push_back(std::move(*bad));
        return result;
    }
    try {
        Db file;
        file.open(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE);
        configureDefensive(file.get());
        if (pragmaInt(file.get(), "PRAGMA application_id") != kApplicationId) {
            result.diagnostics.push_back(
                fileError(DiagCode::FileNotEffekt, "SQLite database of another program"));
            return result;
        }
        {
            Stmt check(file.get(), "PRAGMA quick_check");
            if (!check.step()) {
                result.diagnostics.push_back(fileError(DiagCode::FileCorrupt, "quick_check"));
                return result;
            }
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(check.get(), 0));
            const std::string first = text ? text : "";
            if (first != "ok") {
                result.diagnostics.push_back(
                    fileError(DiagCode::FileCorrupt, first.substr(0, 200)));
                return result;
            }
        }
        const auto version = pragmaInt(file.get(), "PRAGMA user_version");
        if (version < kFirstSchemaVersion) {
            result.diagnostics.push_back(fileError(DiagCode::FileNotEffekt, "no schema version"));
            return result;
        }
        // Every table we read must be a table; triggers and views never run (disabled above) and
        // are reported.
        {
            std::unordered_map<std::string, std::string> objects;
            Stmt s(file.get(), "SELECT type, name FROM sqlite_schema");
            while (s.step()) {
                const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 0));
                const auto *n = reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 1));
                const std::string type = t ? t : "", name = n ? n : "";
                objects[name] = type;
                if (type == "trigger" || type == "view")
                    result.diagnostics.push_back(Diagnostic{DiagCode::FileUnexpectedObject,
                                                            Severity::Warning,
                                                            "file",
                                                            -1,
                                                            "",
                                                            -1,
                                                            {type, name.substr(0, 200)}});
            }
            for (const char *table : kTables) {
                const auto it = objects.find(table);
                if (it == objects.end() || it->second != "table") {
                    result.diagnostics.push_back(Diagnostic{DiagCode::FileCorrupt,
                                                            Severity::Error,
                                                            table,
                                                            -1,
                                                            "",
                                                            -1,
                                                            {std::string("missing table")}});
                    return result;
                }
            }
        }
        if (version > kSchemaVersion) {
            const auto minReader =
                pragmaInt(file.get(), "SELECT min_reader_version FROM file_info WHERE id = 1");
            const Diagnostic newer{DiagCode::FileNewerVersion,
                                   minReader <= kSchemaVersion ? Severity::Warning
                                                               : Severity::Error,
                                   "file",
                                   -1,
                                   "",
                                   -1,
                                   {std::int64_t{version}, std::int64_t{kSchemaVersion}}};
            result.diagnostics.push_back(newer);
            if (newer.severity == Severity::Error)
                return result;
            result.readOnly = true;
        }
        Db memory;
        sqlite3 *source = file.get();
        if (version < kSchemaVersion) {
            // Upgrade a copy in memory, one version at a time; the user's file is not changed
            // until they save.
            memory.open(":memory:",
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY | SQLITE_OPEN_NOMUTEX);
            configureDefensive(memory.get());
            sqlite3_backup *b = sqlite3_backup_init(memory.get(), "main", file.get(), "main");
            if (!b)
                throwSql(memory.get(), "copy");
            sqlite3_backup_step(b, -1);
            if (sqlite3_backup_finish(b) != SQLITE_OK)
                throwSql(memory.get(), "copy");
            runUpgrades(memory.get(), static_cast<int>(version));
            source = memory.get();
        }
        Project project;
        Diagnostics diags;
        Loader loader(source, diags);
        std::optional<RecoveryInfo> info;
        const bool ok = loader.load(project, recovery ? &info : nullptr);
        result.diagnostics.insert(result.diagnostics.end(), diags.begin(), diags.end());
        if (ok && !hasErrors(result.diagnostics)) {
            result.project = std::move(project);
            if (recovery)
                *recovery = std::move(info);
        }
    } catch (const std::bad_alloc &) {
        result.diagnostics.push_back(fileError(DiagCode::FileCorrupt, "out of memory"));
    } catch (const std::exception &e) {
        result.diagnostics.push_back(fileError(DiagCode::FileCorrupt, e.what()));
    }
    if (hasErrors(result.diagnostics))
        result.project.reset();
    return result;
}

} // namespace storage

Diagnostics saveProject(const Project &project, const std::string &path) {
    return storage::writeProjectFile(project, path, nullptr);
}

LoadResult loadProject(const std::string &path) {
    return storage::readProjectFile(path, nullptr);
}

} // namespace effekt
