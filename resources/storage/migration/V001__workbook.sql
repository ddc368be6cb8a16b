-- The facility, its vendors, assessments (one form of one edition for one fiscal year) and their answers.
CREATE TABLE facility (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('HOSPITAL', 'CLINIC', 'PHARMACY', 'MIDWIFE_HOME')),
    changed_at TEXT NOT NULL
);

CREATE TABLE vendor (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    systems    TEXT NOT NULL DEFAULT '',
    contact    TEXT NOT NULL DEFAULT '',
    contracted INTEGER NOT NULL DEFAULT 1 CHECK (contracted IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE assessment (
    id          INTEGER PRIMARY KEY,
    fiscal_year INTEGER NOT NULL,
    edition_id  TEXT NOT NULL,
    form        TEXT NOT NULL CHECK (form IN ('FACILITY', 'PHARMACY', 'VENDOR')),
    vendor_id   INTEGER REFERENCES vendor (id),
    created_at  TEXT NOT NULL,
    CHECK ((form = 'VENDOR') = (vendor_id IS NOT NULL))
);
CREATE UNIQUE INDEX assessment_unique ON assessment (fiscal_year, form, coalesce(vendor_id, 0));

CREATE TABLE answer (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    item_key      TEXT NOT NULL,
    scope         TEXT NOT NULL CHECK (scope IN ('ALL', 'SERVER', 'TERMINAL', 'NETWORK', 'NONE')),
    round         INTEGER NOT NULL CHECK (round IN (1, 2)),
    value         TEXT NOT NULL CHECK (value IN ('YES', 'NO', 'UNANSWERED')),
    checked_on    TEXT,
    target_date   TEXT,
    note          TEXT NOT NULL DEFAULT '',
    changed_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, item_key, scope, round)
) WITHOUT ROWID;

-- Append-only history of every change: when, what, old -> new.
CREATE TABLE change_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    entity    TEXT NOT NULL,
    what      TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'change_log is append-only');
END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'change_log is append-only');
END;
