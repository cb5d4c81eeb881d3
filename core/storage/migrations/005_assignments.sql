-- Schema v5: which teams a trainer may evaluate, and evaluation assignments.
-- trainer_teams: when the table is empty for the whole workspace no restriction is configured
-- and every trainer may evaluate every team (see core/people/TeamAccess); once any row exists,
-- a trainer evaluates only the teams listed for them. Admins are never restricted.

CREATE TABLE trainer_teams (
    trainer_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    PRIMARY KEY (trainer_id, team_id)
);

-- One plan per trainer: how many tickets a week, from which teams, tags, channels and cards
-- (JSON arrays of slugs/names; an empty array means "any").
CREATE TABLE assignment_plans (
    trainer_id BIGINT NOT NULL PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    per_week INTEGER NOT NULL DEFAULT 10 CHECK (per_week >= 0),
    teams_json TEXT NOT NULL DEFAULT '[]',
    tags_json TEXT NOT NULL DEFAULT '[]',
    channels_json TEXT NOT NULL DEFAULT '[]',
    scorecards_json TEXT NOT NULL DEFAULT '[]',
    active INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
);

-- A recorded draw: the seed (an unsigned 64-bit number, kept as decimal text), the complete
-- inputs the draw saw and its result, so anyone can re-run it and get the same tickets.
CREATE TABLE assignment_draws (
    id @ID@,
    week TEXT NOT NULL,
    seed TEXT NOT NULL,
    drawn_at TEXT NOT NULL,
    drawn_by BIGINT REFERENCES people(id),
    inputs_json TEXT NOT NULL,
    result_json TEXT NOT NULL
);
CREATE INDEX assignment_draws_week ON assignment_draws(week);

-- One task: a trainer evaluates a ticket by the due date. Done is not stored: a task is done
-- when the assigned trainer has submitted an evaluation of the ticket. A replaced task stays
-- (status 'replaced', replaced_by the new task) so the history is complete.
CREATE TABLE assignments (
    id @ID@,
    draw_id BIGINT REFERENCES assignment_draws(id),
    week TEXT NOT NULL,
    trainer_id BIGINT NOT NULL REFERENCES people(id),
    ticket_id BIGINT NOT NULL REFERENCES tickets(id),
    engineer_id BIGINT REFERENCES people(id),
    due_date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'replaced')),
    replaced_by BIGINT REFERENCES assignments(id),
    created_at TEXT NOT NULL
);
CREATE INDEX assignments_week ON assignments(week, trainer_id);
CREATE INDEX assignments_ticket ON assignments(ticket_id);
