-- Schema v7: email. The outbox holds every message QA Desk is going to send, written in the
-- same transaction as the change it tells about (a submitted evaluation, a resolved dispute),
-- so a crash can neither lose a message nor invent one. A sender claims a message
-- ('sending', with a lease) before it talks to the server and marks it 'sent' after; a message
-- still 'sending' after its lease ran out may or may not have reached the server, so it becomes
-- 'uncertain' and waits for the admin instead of being sent a second time.

CREATE TABLE mail_outbox (
    id @ID@,
    kind TEXT NOT NULL,                -- evaluation, dispute, digest, team_kpi, dispute_waiting, test
    entity TEXT NOT NULL,              -- what it is about: evaluation, dispute, team, …
    entity_id TEXT NOT NULL,
    recipient_id BIGINT REFERENCES people(id),
    recipient TEXT NOT NULL,           -- the address, as it was when the message was queued
    recipient_name TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL,
    message_id TEXT NOT NULL UNIQUE,   -- the Message-ID header, fixed when queued
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    data_json TEXT NOT NULL DEFAULT '{}', -- what the templates were filled with (digests reuse it)
    status TEXT NOT NULL
        CHECK (status IN ('held', 'queued', 'sending', 'sent', 'failed', 'uncertain', 'cancelled', 'digested')),
    created_at TEXT NOT NULL,
    not_before TEXT NOT NULL,          -- the digest hour for held messages, the backoff for retries
    attempts INTEGER NOT NULL DEFAULT 0,
    lease_until TEXT,
    claimed_by TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT '',
    sent_at TEXT,
    digest_id BIGINT REFERENCES mail_outbox(id)
);
CREATE INDEX mail_outbox_due ON mail_outbox(status, not_before);
CREATE INDEX mail_outbox_entity ON mail_outbox(kind, entity, entity_id);

-- Who wants a daily digest instead of one message per evaluation, and team leads' weekly KPI
-- mail. A person's row wins over their team's.
CREATE TABLE mail_preferences (
    scope TEXT NOT NULL CHECK (scope IN ('person', 'team')),
    scope_id BIGINT NOT NULL,
    digest INTEGER NOT NULL DEFAULT 0,
    digest_hour INTEGER NOT NULL DEFAULT 17 CHECK (digest_hour BETWEEN 0 AND 23),
    weekly_kpi INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scope, scope_id)
);

-- The SMTP server and mail rules of the workspace (no password: that lives in the keychain or
-- in an environment variable named here).
CREATE TABLE mail_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
