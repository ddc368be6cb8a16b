-- A year's form moved to a newer edition of the checklist (令和7年度版 → 令和8年度版): the move, and every answer as it
-- stood before it, so that nothing the move could not carry over is lost and the move can be undone.
CREATE TABLE IF NOT EXISTS edition_move (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    from_edition  TEXT NOT NULL,
    to_edition    TEXT NOT NULL,
    moved_at      TEXT NOT NULL,
    backup_file   TEXT,
    undone_at     TEXT
);

CREATE TABLE IF NOT EXISTS edition_move_answer (
    move_id     INTEGER NOT NULL REFERENCES edition_move (id) ON DELETE CASCADE,
    item_key    TEXT NOT NULL,
    scope       TEXT NOT NULL,
    round       INTEGER NOT NULL,
    value       TEXT NOT NULL,
    checked_on  TEXT,
    target_date TEXT,
    note        TEXT NOT NULL DEFAULT '',
    changed_at  TEXT NOT NULL,
    carried     INTEGER NOT NULL CHECK (carried IN (0, 1)),
    PRIMARY KEY (move_id, item_key, scope, round)
) WITHOUT ROWID;
