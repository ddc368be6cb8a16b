-- The optional deep self-check (深掘り自己点検): per fiscal year, each 遵守事項 of the guideline answered
-- 実施済 / 一部実施 / 未実施 / 該当なし with a note. Keyed by the clause's catalog ref (e.g. シ13-⑪).
CREATE TABLE deep_check (
    fiscal_year INTEGER NOT NULL,
    clause_ref  TEXT NOT NULL,
    value       TEXT CHECK (value IS NULL OR value IN ('DONE', 'PARTLY', 'NOT_DONE', 'NOT_APPLICABLE')),
    note        TEXT NOT NULL DEFAULT '',
    changed_at  TEXT NOT NULL,
    PRIMARY KEY (fiscal_year, clause_ref)
) WITHOUT ROWID;
