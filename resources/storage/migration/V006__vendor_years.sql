-- A vendor as it stood in each fiscal year: a row holds from its fiscal year until the vendor's next row, so adding,
-- renaming or ending a vendor in one year leaves earlier years as they were. A vendor is listed from its first row's
-- year on (0: since before any year, for vendors recorded without a year).
CREATE TABLE vendor_year (
    vendor_id  INTEGER NOT NULL REFERENCES vendor (id),
    from_year  INTEGER NOT NULL,
    name       TEXT NOT NULL,
    systems    TEXT NOT NULL DEFAULT '',
    contact    TEXT NOT NULL DEFAULT '',
    contracted INTEGER NOT NULL CHECK (contracted IN (0, 1)),
    changed_at TEXT NOT NULL,
    PRIMARY KEY (vendor_id, from_year)
) WITHOUT ROWID;

-- Vendors recorded before years were kept start in the earliest year they have a form or a status in, or else the
-- fiscal year (Japan time) they were added in; one with no readable date is listed in every year (0).
INSERT INTO vendor_year (vendor_id, from_year, name, systems, contact, contracted, changed_at)
SELECT v.id,
       coalesce(nullif(min(
           coalesce(CAST(strftime('%Y', datetime(v.created_at, '+9 hours')) AS INTEGER)
               - (CAST(strftime('%m', datetime(v.created_at, '+9 hours')) AS INTEGER) < 4), 9999),
           coalesce((SELECT min(a.fiscal_year) FROM assessment a WHERE a.vendor_id = v.id), 9999),
           coalesce((SELECT min(f.fiscal_year) FROM vendor_form f WHERE f.vendor_id = v.id), 9999)), 9999), 0),
       v.name, v.systems, v.contact, v.contracted, v.created_at
FROM vendor v;

ALTER TABLE vendor DROP COLUMN name;
ALTER TABLE vendor DROP COLUMN systems;
ALTER TABLE vendor DROP COLUMN contact;
ALTER TABLE vendor DROP COLUMN contracted;

-- Fiscal years finalised (年度を確定) after the 立入検査: their answers are read-only until the year is reopened.
CREATE TABLE final_year (
    fiscal_year  INTEGER PRIMARY KEY,
    finalised_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER answer_final_insert BEFORE INSERT ON answer
WHEN EXISTS (SELECT 1 FROM assessment a JOIN final_year f ON f.fiscal_year = a.fiscal_year
             WHERE a.id = NEW.assessment_id)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER answer_final_update BEFORE UPDATE ON answer
WHEN EXISTS (SELECT 1 FROM assessment a JOIN final_year f ON f.fiscal_year = a.fiscal_year
             WHERE a.id = OLD.assessment_id OR a.id = NEW.assessment_id)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER answer_final_delete BEFORE DELETE ON answer
WHEN EXISTS (SELECT 1 FROM assessment a JOIN final_year f ON f.fiscal_year = a.fiscal_year
             WHERE a.id = OLD.assessment_id)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
