-- Schema v3: where each source's incremental sync stands. The checkpoint (a cursor or an
-- updated-since time, as the connector writes it) is written in the same transaction as the
-- tickets of the page it follows, so it never runs ahead of what is stored.

CREATE TABLE sync_state (
    source_id BIGINT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    checkpoint TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
