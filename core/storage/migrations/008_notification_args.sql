-- Schema v8: a notification keeps the facts it tells (who, which dispute, which ticket, …) as
-- JSON, so that each reader sees it in their own language. `text` stays as it was written (in
-- the language of the person who acted) for rows written before this step.
ALTER TABLE notifications ADD COLUMN args_json TEXT NOT NULL DEFAULT '{}';
