// The project file's schema (docs/file-format.md): the tables of the current version, and the
// upgrades that bring a file of an earlier version up to it.
#include "storage_sql.h"

namespace effekt::storage::sql {

namespace {
// Version 2's tables exactly as version 2 wrote them, and the tables version 3 added exactly as
// the 2 -> 3 upgrade creates them. The current schema, version 2's and the upgrade step are put
// together from these, so that no table is written down twice.
const char *const kSchemaV2 = R"sql(
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
const char *const kTablesV3 = R"sql(CREATE TABLE scenario (
  id INTEGER PRIMARY KEY CHECK (id >= 0),
  position INTEGER NOT NULL UNIQUE,
  name TEXT NOT NULL,
  factor REAL NOT NULL CHECK (factor >= 0),
  delay INTEGER NOT NULL CHECK (delay BETWEEN 0 AND 600),
  intake_factor REAL NOT NULL CHECK (intake_factor >= 0),
  cost_factor REAL NOT NULL CHECK (cost_factor >= 0),
  savings_factor REAL NOT NULL CHECK (savings_factor >= 0),
  discount_rate REAL
);
CREATE TABLE scenario_metric (
  scenario_id INTEGER NOT NULL REFERENCES scenario (id),
  position INTEGER NOT NULL,
  metric_id INTEGER NOT NULL REFERENCES metric (id),
  factor REAL NOT NULL CHECK (factor >= 0),
  delay INTEGER NOT NULL CHECK (delay BETWEEN 0 AND 600),
  UNIQUE (scenario_id, position)
);
CREATE TABLE simulation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  correlation REAL NOT NULL CHECK (correlation BETWEEN 0 AND 1),
  trials INTEGER NOT NULL CHECK (trials BETWEEN 1 AND 1000000),
  seed INTEGER NOT NULL CHECK (seed >= 0)
);
CREATE TABLE factor_distribution (
  metric_id INTEGER PRIMARY KEY REFERENCES metric (id),
  position INTEGER NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('fixed', 'triangular', 'pert')),
  min REAL NOT NULL CHECK (min >= 0),
  mode REAL NOT NULL CHECK (mode >= 0),
  max REAL NOT NULL CHECK (max >= 0)
);
CREATE TABLE delay_probability (
  metric_id INTEGER NOT NULL REFERENCES factor_distribution (metric_id),
  delay INTEGER NOT NULL CHECK (delay BETWEEN 0 AND 600),
  probability REAL NOT NULL CHECK (probability BETWEEN 0 AND 1),
  PRIMARY KEY (metric_id, delay)
);
CREATE TABLE review_point (
  id INTEGER PRIMARY KEY CHECK (id >= 0),
  position INTEGER NOT NULL UNIQUE,
  period INTEGER NOT NULL CHECK (period >= 0),
  test TEXT NOT NULL CHECK (test IN ('metric-units', 'outcome-payments')),
  metric_id INTEGER REFERENCES metric (id),
  required_share REAL NOT NULL CHECK (required_share >= 0)
);
CREATE TABLE termination (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  payment INTEGER NOT NULL CHECK (payment >= 0),
  payee_id INTEGER REFERENCES party (id)
);
)sql";

const std::string &schemaV3() {
    static const std::string schema = std::string(kSchemaV2) + kTablesV3;
    return schema;
}

// The columns version 4 adds to tables of version 3 (issue 15's payment terms), each as the
// 3 -> 4 upgrade adds it (ALTER TABLE … ADD COLUMN appends it, so a new file has it last too).
// A NOT NULL column added to a table with rows needs a default: the default is the value that
// leaves a project of version 3 as it was.
struct AddedColumn {
    const char *table;
    const char *definition;
};
constexpr std::array<AddedColumn, 10> kColumnsV4 = {{
    {"rule", "threshold_relative REAL NOT NULL DEFAULT 0 CHECK (threshold_relative >= 0)"},
    {"savings_line", "spread_periods INTEGER NOT NULL DEFAULT 0 CHECK (spread_periods >= 0)"},
    // Caps per budget year: a payer's (none), and whether what they cut is carried (no: lost).
    {"party", "year_cap INTEGER CHECK (year_cap >= 0)"},
    {"project",
     "cap_year_cap_carry INTEGER NOT NULL DEFAULT 0 CHECK (cap_year_cap_carry IN (0, 1))"},
    // Price indexation: no rate keeps every price as stated; no base year, the start's year.
    {"project",
     "indexation_rate REAL NOT NULL DEFAULT 0 CHECK (indexation_rate BETWEEN -0.5 AND 1)"},
    {"project", "indexation_base_year INTEGER CHECK (indexation_base_year BETWEEN 1900 AND 2200)"},
    // A second share that starts once the investors are repaid (after-sum: the version-3 rule).
    {"rule", "second_share_when TEXT NOT NULL DEFAULT 'after-sum' CHECK (second_share_when IN "
             "('after-sum', 'investors-repaid'))"},
    {"rule", "second_share_return REAL NOT NULL DEFAULT 0 CHECK (second_share_return >= 0 AND "
             "second_share_return <= 1)"},
    // The final settlement of cohort tests: its period and threshold, both NULL for none (the
    // version-3 rule).
    {"rule", "settlement_period INTEGER CHECK (settlement_period BETWEEN 0 AND 599)"},
    {"rule", "settlement_threshold REAL CHECK (settlement_threshold >= 0)"},
}};
// The tables version 4 adds (issue 15's cohort tests), exactly as the 3 -> 4 upgrade creates them
// and a new file has them: a metric's outcome data per cohort (one row per cohort, in the
// planner's order) and its series (one row per cohort and period, named by the cohort's position
// in the metric's list, so that the same cohort listed twice stays two entries). A version-3
// project has none: no metric is tested cohort by cohort.
const char *const kTablesV4 = R"sql(CREATE TABLE cohort_outcome (
  metric_id INTEGER NOT NULL REFERENCES metric (id),
  position INTEGER NOT NULL,
  cohort_id INTEGER NOT NULL REFERENCES cohort (id),
  threshold REAL NOT NULL CHECK (threshold >= 0),
  UNIQUE (metric_id, position)
);
CREATE TABLE cohort_outcome_period (
  metric_id INTEGER NOT NULL REFERENCES metric (id),
  position INTEGER NOT NULL,
  period INTEGER NOT NULL CHECK (period >= 0),
  plan REAL NOT NULL,
  actual REAL,
  counterfactual REAL NOT NULL,
  PRIMARY KEY (metric_id, position, period)
);
)sql";
// Version 4 also names a fourth threshold basis. Changing a CHECK needs a table rebuilt in
// SQLite; the upgrade need not (files are read with CHECK constraints ignored, and a project is
// saved into a new file), so only a new file's table has the wider CHECK.
constexpr const char *kThresholdCheckV3 = "('none', 'units', 'relative')";
constexpr const char *kThresholdCheckV4 = "('none', 'units', 'relative', 'units-and-relative')";

// Replaces the one occurrence of `what` after `from` (the schema text is ours: a miss is a bug,
// caught by the schema tests).
std::size_t replaceOnce(std::string &s, std::size_t from, std::string_view what,
                        std::string_view with) {
    const std::size_t at = s.find(what, from);
    if (at == std::string::npos)
        throw SqlError("schema text: missing " + std::string(what));
    s.replace(at, what.size(), with);
    return at;
}

const std::string &schemaV4() {
    static const std::string schema = [] {
        std::string s = schemaV3();
        for (const AddedColumn &c : kColumnsV4) {
            // After the last column, before the table's constraints (UNIQUE …), where ALTER
            // TABLE puts it.
            const std::size_t table = s.find("CREATE TABLE " + std::string(c.table) + " (");
            const std::size_t end = s.find("\n);", table);
            const std::size_t constraint = s.find("\n  UNIQUE (", table);
            if (constraint < end)
                replaceOnce(s, constraint, "\n  UNIQUE (",
                            std::string("\n  ") + c.definition + ",\n  UNIQUE (");
            else
                replaceOnce(s, table, "\n);", std::string(",\n  ") + c.definition + "\n);");
        }
        replaceOnce(s, s.find("CREATE TABLE rule ("), kThresholdCheckV3, kThresholdCheckV4);
        return s + kTablesV4;
    }();
    return schema;
}
} // namespace

// Version 4, the current form. Version 1 (the first released form) lacked assumption.stated_by,
// version 2 the scenarios, the simulation settings and early termination (the seven tables of
// kTablesV3), version 3 the columns of kColumnsV4 and the tables of kTablesV4; kUpgrades turns a
// file of an earlier version into the current one, a version at a time.
const char *const kSchema = schemaV4().c_str();

// The schema of every earlier version, exactly as that version wrote it: kOldSchemas[v - 1] is
// version v. A file of an earlier version must match its version's schema object for object before
// it is upgraded. When kSchemaVersion goes up, the current tables move here unchanged (as version
// 2's did, as kSchemaV2).
const std::array<const char *, storage::kSchemaVersion - 1> kOldSchemas = {
    // Version 1.
    R"sql(
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
  source TEXT NOT NULL
);
CREATE TABLE ledger (
  position INTEGER PRIMARY KEY,
  participant TEXT NOT NULL,
  metric_id INTEGER NOT NULL REFERENCES metric (id),
  period INTEGER NOT NULL CHECK (period >= 0),
  units REAL NOT NULL
);
)sql",
    // Version 2.
    kSchemaV2,
    // Version 3.
    schemaV3().c_str(),
};

const char *schemaOf(int version) {
    if (version == storage::kSchemaVersion)
        return kSchema;
    if (version >= storage::kFirstSchemaVersion && version < storage::kSchemaVersion)
        return kOldSchemas[static_cast<std::size_t>(version - 1)];
    return nullptr;
}

namespace {

// kUpgrades[v - 1] turns version v into version v + 1; each runs in its own transaction.
// A step is frozen once released: it creates the tables as they were in its version, and a later
// change to a table is a later step.
const std::array<std::string, storage::kSchemaVersion - 1> kUpgrades = {
    // 1 -> 2: assumptions name who stated them.
    "ALTER TABLE assumption ADD COLUMN stated_by TEXT NOT NULL DEFAULT '';",
    // 2 -> 3: scenarios, the Monte Carlo settings, review points and early termination (DOMAIN.md
    // §8, §8b). A project of version 2 has no scenarios, no distributions, no review points; the
    // simulation and termination settings take their defaults.
    std::string("\n") + kTablesV3 +
        R"sql(INSERT INTO simulation (id, correlation, trials, seed) VALUES (1, 0.0, 10000, 1);
INSERT INTO termination (id, payment, payee_id) VALUES (1, 0, NULL);
)sql",
    // 3 -> 4: a rule may have both a unit and a relative threshold, savings may be spread over
    // periods as well as years, prices may be indexed, a metric may be tested cohort by cohort
    // with a final settlement (issue 15). Every new column's default keeps a project of version 3
    // as it was; the new tables start empty.
    [] {
        std::string sql;
        for (const AddedColumn &c : kColumnsV4)
            sql += "ALTER TABLE " + std::string(c.table) + " ADD COLUMN " + c.definition + ";\n";
        return sql + kTablesV4;
    }(),
};

} // namespace

const std::array<Table, kTableCount> kTables = {{
    {"file_info", 1},
    {"recovery", 1},
    {"project", 1},
    {"delivery_cost", 1},
    {"cohort", 1},
    {"cohort_intake", 1},
    {"party", 1},
    {"metric", 1},
    {"metric_period", 1},
    {"rule", 1},
    {"volume_band", 1},
    {"tier", 1},
    {"rule_payer", 1},
    {"savings_line", 1},
    {"fixed_fee", 1},
    {"fixed_fee_payer", 1},
    {"investor", 1},
    {"assumption", 1},
    {"ledger", 1},
    {"scenario", 3},
    {"scenario_metric", 3},
    {"simulation", 3},
    {"factor_distribution", 3},
    {"delay_probability", 3},
    {"review_point", 3},
    {"termination", 3},
    {"cohort_outcome", 4},
    {"cohort_outcome_period", 4},
}};

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

} // namespace effekt::storage::sql
