-- Version 3 of the project file (the form before the payment terms of issue 15): the worked
-- example "Ung i jobb" with unit thresholds on both rules, savings spread over years (a second
-- line for the state), two assumptions, two reported outcomes, three ledger rows, three scenarios
-- (one with a metric's own override), a simulation set-up with a delay distribution, a review
-- point and a termination payment. Version 4 adds rule.threshold_relative and
-- savings_line.spread_periods.
-- Regenerate the binary fixture with: sh make-fixtures.sh
PRAGMA application_id = 1162234708;
PRAGMA user_version = 3;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
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
CREATE TABLE scenario (
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
INSERT INTO file_info VALUES(1,1,'Effekt Studio 0.1.0');
INSERT INTO project VALUES(1,'Ung i jobb','Eksempel: unge mellom 18 og 29 år ut i arbeid, åtte kvartaler fra 2027.','NOK','2027-01-01','quarter',8,'Unge 18-29 utenfor arbeid','',120,500000000,0,NULL,1.0,0.0,0.040000000000000000832,0.10000000000000000555);
INSERT INTO delivery_cost VALUES(0,50000000);
INSERT INTO delivery_cost VALUES(1,50000000);
INSERT INTO delivery_cost VALUES(2,50000000);
INSERT INTO delivery_cost VALUES(3,50000000);
INSERT INTO delivery_cost VALUES(4,50000000);
INSERT INTO delivery_cost VALUES(5,50000000);
INSERT INTO delivery_cost VALUES(6,50000000);
INSERT INTO delivery_cost VALUES(7,50000000);
INSERT INTO party VALUES(1,0,'Eksempel kommune','commissioner','974760673',NULL);
INSERT INTO party VALUES(2,1,'Eksempel Invest AS','investor','',NULL);
INSERT INTO party VALUES(3,2,'Eksempel Leverandør AS','provider','',NULL);
INSERT INTO metric VALUES(1,0,'I arbeid i 13 uker','','people','higher-is-better','simple-verification','',NULL);
INSERT INTO metric VALUES(2,1,'Fullført videregående opplæring','','people','higher-is-better','simple-verification','',NULL);
INSERT INTO metric_period VALUES(1,0,0.0,1.0,2.0);
INSERT INTO metric_period VALUES(1,1,5.0,4.0,2.0);
INSERT INTO metric_period VALUES(1,2,8.0,NULL,2.0);
INSERT INTO metric_period VALUES(1,3,10.0,NULL,2.0);
INSERT INTO metric_period VALUES(1,4,12.0,NULL,2.0);
INSERT INTO metric_period VALUES(1,5,12.0,NULL,2.0);
INSERT INTO metric_period VALUES(1,6,12.0,NULL,2.0);
INSERT INTO metric_period VALUES(1,7,12.0,NULL,2.0);
INSERT INTO metric_period VALUES(2,0,0.0,NULL,0.0);
INSERT INTO metric_period VALUES(2,1,0.0,NULL,0.0);
INSERT INTO metric_period VALUES(2,2,3.0,NULL,0.0);
INSERT INTO metric_period VALUES(2,3,5.0,NULL,0.0);
INSERT INTO metric_period VALUES(2,4,5.0,NULL,0.0);
INSERT INTO metric_period VALUES(2,5,6.0,NULL,0.0);
INSERT INTO metric_period VALUES(2,6,6.0,NULL,0.0);
INSERT INTO metric_period VALUES(2,7,6.0,NULL,0.0);
INSERT INTO rule VALUES(1,'per-unit',6000000,'units',2.0,'relative','step','per-period',0.0,NULL,0,0,300000000,NULL,1,0);
INSERT INTO rule VALUES(2,'per-unit',4000000,'units',1.0,'relative','step','per-period',0.0,NULL,0,0,NULL,NULL,2,0);
INSERT INTO rule_payer VALUES(1,0,1,1.0);
INSERT INTO rule_payer VALUES(2,0,1,1.0);
INSERT INTO savings_line VALUES(1,0,'kommune',15000000,1,1);
INSERT INTO savings_line VALUES(2,0,'stat',2000000,0,3);
INSERT INTO investor VALUES(1,0,2,400000000,'senior',0.0,1.3000000000000000444,0.0,NULL);
INSERT INTO assumption VALUES(0,'Intake of 15 a quarter','NAV statistics 2025','Planner');
INSERT INTO assumption VALUES(1,'Counterfactual 2 a quarter','Historical comparison','');
INSERT INTO ledger VALUES(0,'deltaker-1',1,0,1.0);
INSERT INTO ledger VALUES(1,'deltaker-2',1,1,1.0);
INSERT INTO ledger VALUES(2,'deltaker-3',2,1,1.0);
INSERT INTO scenario VALUES(1,0,'Lav',0.5,0,1.0,1.0,1.0,NULL);
INSERT INTO scenario VALUES(2,1,'Basis',1.0,0,1.0,1.0,1.0,NULL);
INSERT INTO scenario VALUES(3,2,'Høy',1.2,1,0.9,1.1,1.0,0.025000000000000001387);
INSERT INTO scenario_metric VALUES(1,0,2,0.8,1);
INSERT INTO simulation VALUES(1,0.2999999999999999889,10000,1);
INSERT INTO factor_distribution VALUES(1,0,'pert',0.4000000000000000222,1.0,1.3000000000000000444);
INSERT INTO factor_distribution VALUES(2,1,'triangular',0.5,1.0,1.2);
INSERT INTO delay_probability VALUES(2,0,0.6999999999999999556);
INSERT INTO delay_probability VALUES(2,1,0.2999999999999999889);
INSERT INTO review_point VALUES(1,0,3,'metric-units',1,0.5);
INSERT INTO termination VALUES(1,25000000,3);
COMMIT;
