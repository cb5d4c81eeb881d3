-- Schema v6: the KPI report. The KPI -> bonus multiplier tables the admin edits (every edit is a
-- new version: a closed month keeps pointing at the one it used), closed months with the frozen
-- KPI snapshot, and the indexes the monthly aggregates read.

CREATE TABLE bonus_tables (
    id @ID@,
    content_hash TEXT NOT NULL,
    points_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by BIGINT REFERENCES people(id),
    note TEXT NOT NULL DEFAULT ''
);

-- One row per close. Reopening sets reopened_*; closing again adds a new row, so every snapshot
-- that was ever handed out stays readable. snapshot_json is the whole report (every grouping).
CREATE TABLE kpi_month_closes (
    id @ID@,
    month TEXT NOT NULL,
    time_basis TEXT NOT NULL CHECK (time_basis IN ('submitted', 'solved')),
    bonus_table_id BIGINT REFERENCES bonus_tables(id),
    closed_at TEXT NOT NULL,
    closed_by BIGINT REFERENCES people(id),
    reopened_at TEXT,
    reopened_by BIGINT REFERENCES people(id),
    reopen_reason TEXT NOT NULL DEFAULT '',
    snapshot_json TEXT NOT NULL
);
CREATE INDEX kpi_month_closes_month ON kpi_month_closes(month, reopened_at);

-- Covering indexes: a month of a million evaluations is aggregated from the index alone. Grouped
-- tables read the one led by their key (a skip-scan over people, already in group order); totals
-- and trends read the one led by the time.
CREATE INDEX evaluations_kpi_engineer ON evaluations(engineer_id, submitted_at, status, kind, score, critical_failed);
CREATE INDEX evaluations_kpi_trainer ON evaluations(trainer_id, submitted_at, status, kind, score, critical_failed);
CREATE INDEX evaluations_kpi_submitted ON evaluations(submitted_at, status, kind, engineer_id, trainer_id, score, critical_failed);
CREATE INDEX evaluations_kpi_ticket ON evaluations(ticket_id, status, kind, engineer_id, trainer_id, score, critical_failed);
CREATE INDEX evaluations_version ON evaluations(scorecard_version_id, submitted_at);
CREATE INDEX team_members_person ON team_members(person_id, team_id);
