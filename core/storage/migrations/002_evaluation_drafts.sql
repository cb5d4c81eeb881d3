-- Schema v2: drafts. A draft keeps what the trainer has entered so far, exactly (answers without
-- a value yet, comments, the question in focus), with a revision that makes two windows on the
-- same draft see each other's saves instead of silently overwriting them.

CREATE TABLE evaluation_drafts (
    evaluation_id BIGINT PRIMARY KEY REFERENCES evaluations(id) ON DELETE CASCADE,
    state_json TEXT NOT NULL,
    revision INTEGER NOT NULL,
    saved_at TEXT NOT NULL
);

CREATE INDEX evaluations_trainer ON evaluations(trainer_id, status);
