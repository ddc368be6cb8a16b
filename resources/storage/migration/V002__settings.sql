-- Settings that travel with the workbook (e.g. the facility's 参照パターン); per-PC settings live elsewhere.
CREATE TABLE workbook_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX change_log_at ON change_log (at);
