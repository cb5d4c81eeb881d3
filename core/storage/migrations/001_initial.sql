-- Schema v1. Runs unchanged on SQLite and PostgreSQL; @ID@ and @APPEND_ONLY(table)
-- are expanded by SqlDialect. Times are UTC ISO-8601 text (yyyy-MM-ddThh:mm:ss.zzzZ),
-- which sorts correctly as text on both engines. Booleans are integers 0/1.

CREATE TABLE people (
    id @ID@,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'ru',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE person_roles (
    person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'trainer', 'arbiter', 'engineer', 'team_lead')),
    PRIMARY KEY (person_id, role)
);

CREATE TABLE teams (
    id @ID@,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE team_members (
    team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, person_id)
);

CREATE TABLE sources (
    id @ID@,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    base_url TEXT NOT NULL DEFAULT '',
    user_name TEXT NOT NULL DEFAULT '',
    settings_json TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);

CREATE TABLE tickets (
    id @ID@,
    source_id BIGINT NOT NULL REFERENCES sources(id),
    external_id TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '',
    tags_json TEXT NOT NULL DEFAULT '[]',
    team_id BIGINT REFERENCES teams(id),
    assignee_id BIGINT REFERENCES people(id),
    requester_name TEXT NOT NULL DEFAULT '',
    requester_email TEXT NOT NULL DEFAULT '',
    created_at TEXT,
    updated_at TEXT,
    solved_at TEXT,
    csat TEXT NOT NULL DEFAULT '',
    csat_comment TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    is_stub INTEGER NOT NULL DEFAULT 0,
    synced_at TEXT NOT NULL,
    UNIQUE (source_id, external_id)
);
CREATE INDEX tickets_solved_at ON tickets(solved_at);
CREATE INDEX tickets_assignee ON tickets(assignee_id);

CREATE TABLE messages (
    id @ID@,
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    author_name TEXT NOT NULL DEFAULT '',
    author_email TEXT NOT NULL DEFAULT '',
    author_kind TEXT NOT NULL CHECK (author_kind IN ('customer', 'engineer', 'system')),
    is_public INTEGER NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    body_html TEXT NOT NULL DEFAULT '',
    body_text TEXT NOT NULL DEFAULT '',
    UNIQUE (ticket_id, external_id)
);
CREATE INDEX messages_ticket ON messages(ticket_id, position);

CREATE TABLE message_attachments (
    id @ID@,
    message_id BIGINT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    size_bytes BIGINT NOT NULL DEFAULT 0,
    content_type TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT ''
);
CREATE INDEX message_attachments_message ON message_attachments(message_id);

CREATE TABLE scorecards (
    id @ID@,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    current_version_id BIGINT,
    created_at TEXT NOT NULL
);

CREATE TABLE scorecard_versions (
    id @ID@,
    scorecard_id BIGINT NOT NULL REFERENCES scorecards(id),
    content_hash TEXT NOT NULL,
    content_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by BIGINT REFERENCES people(id),
    UNIQUE (scorecard_id, content_hash)
);

CREATE TABLE evaluations (
    id @ID@,
    ticket_id BIGINT NOT NULL REFERENCES tickets(id),
    engineer_id BIGINT NOT NULL REFERENCES people(id),
    trainer_id BIGINT NOT NULL REFERENCES people(id),
    scorecard_version_id BIGINT NOT NULL REFERENCES scorecard_versions(id),
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
    kind TEXT NOT NULL CHECK (kind IN ('normal', 'calibration')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_at TEXT,
    score DOUBLE PRECISION,
    uncapped_score DOUBLE PRECISION,
    critical_failed INTEGER NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0,
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evaluations_engineer ON evaluations(engineer_id, submitted_at);
CREATE INDEX evaluations_ticket ON evaluations(ticket_id);
CREATE INDEX evaluations_submitted ON evaluations(submitted_at);

CREATE TABLE answers (
    evaluation_id BIGINT NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL,
    value TEXT NOT NULL CHECK (value IN ('yes', 'partly', 'no', 'na')),
    comment TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (evaluation_id, criterion_id)
);

CREATE TABLE audit_log (
    id @ID@,
    at TEXT NOT NULL,
    actor_id BIGINT REFERENCES people(id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before_json TEXT NOT NULL DEFAULT '',
    after_json TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

@APPEND_ONLY(audit_log);
