-- Schema v4: disputes and arbitration, and in-app notifications.
-- A resolved dispute writes the arbitrated answers and score into the evaluation itself (so
-- every KPI reads evaluations.score); what the trainer originally gave stays here, per dispute
-- and per disputed question, together with the whole history in the audit log.

CREATE TABLE disputes (
    id @ID@,
    evaluation_id BIGINT NOT NULL REFERENCES evaluations(id),
    opened_by BIGINT NOT NULL REFERENCES people(id),
    opened_at TEXT NOT NULL,
    status TEXT NOT NULL
        CHECK (status IN ('open', 'accepted', 'in_arbitration', 'resolved', 'declined', 'withdrawn')),
    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('upheld', 'partial', 'overturned')),
    triaged_by BIGINT REFERENCES people(id),
    triaged_at TEXT,
    decline_reason TEXT NOT NULL DEFAULT '',
    arbiter_id BIGINT REFERENCES people(id),
    assigned_at TEXT,
    resolved_at TEXT,
    resolution_comment TEXT NOT NULL DEFAULT '',
    original_score DOUBLE PRECISION,
    original_uncapped_score DOUBLE PRECISION,
    original_critical_failed INTEGER NOT NULL DEFAULT 0,
    resolved_score DOUBLE PRECISION,
    updated_at TEXT NOT NULL
);
CREATE INDEX disputes_evaluation ON disputes(evaluation_id);
CREATE INDEX disputes_status ON disputes(status, opened_at);
CREATE INDEX disputes_arbiter ON disputes(arbiter_id, status);

CREATE TABLE dispute_items (
    dispute_id BIGINT NOT NULL REFERENCES disputes(id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    proposed_value TEXT CHECK (proposed_value IS NULL OR proposed_value IN ('yes', 'partly', 'no', 'na')),
    original_value TEXT NOT NULL CHECK (original_value IN ('yes', 'partly', 'no', 'na')),
    original_comment TEXT NOT NULL DEFAULT '',
    decision TEXT CHECK (decision IS NULL OR decision IN ('keep', 'accept', 'other')),
    decided_value TEXT CHECK (decided_value IS NULL OR decided_value IN ('yes', 'partly', 'no', 'na')),
    decision_comment TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (dispute_id, criterion_id)
);

-- What changed for a person (a dispute opened on their evaluation, an arbiter assigned, …).
CREATE TABLE notifications (
    id @ID@,
    person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    text TEXT NOT NULL,
    read_at TEXT
);
CREATE INDEX notifications_person ON notifications(person_id, read_at);
