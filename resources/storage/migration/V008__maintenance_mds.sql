-- What guideline 第7.0版 asks of a small clinic, kept per fiscal year beside the 機器台帳 and the vendors:
-- for each device, whether it counts as a server (a PC on which the chart application completes its processing),
-- who carries its security updates and where that is written (保守委託機関編), and its 二要素認証; for each vendor,
-- the MDS/SDS received (the file itself up to a limit) and its answers, each いいえ with the clinic's own
-- assessment and response. A finalised year's rows are refused by the file itself, as its answers are.
CREATE TABLE device_upkeep (
    device_id        INTEGER PRIMARY KEY REFERENCES device (id) ON DELETE CASCADE,
    fiscal_year      INTEGER NOT NULL,
    chart_processing INTEGER NOT NULL DEFAULT 0 CHECK (chart_processing IN (0, 1)),
    updates_by       TEXT NOT NULL DEFAULT 'UNKNOWN' CHECK (updates_by IN ('VENDOR', 'CLINIC', 'UNKNOWN')),
    written_in       TEXT NOT NULL DEFAULT 'UNCONFIRMED'
                     CHECK (written_in IN ('CONTRACT', 'TERMS', 'SLA', 'UNCONFIRMED')),
    clause           TEXT NOT NULL DEFAULT '',
    two_factor       TEXT NOT NULL DEFAULT 'UNKNOWN'
                     CHECK (two_factor IN ('DONE', 'PLANNED', 'AT_RENEWAL', 'UNKNOWN')),
    two_factor_by    TEXT,
    changed_at       TEXT NOT NULL
);
CREATE INDEX device_upkeep_year ON device_upkeep (fiscal_year);

-- One MDS (製造業者による医療情報セキュリティ開示書) or SDS of a vendor in a year.
CREATE TABLE mds_sds (
    id          INTEGER PRIMARY KEY,
    vendor_id   INTEGER NOT NULL REFERENCES vendor (id),
    fiscal_year INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('MDS', 'SDS')),
    received_on TEXT,
    version     TEXT NOT NULL DEFAULT '',
    file_name   TEXT NOT NULL DEFAULT '',
    file_bytes  BLOB,
    note        TEXT NOT NULL DEFAULT '',
    changed_at  TEXT NOT NULL,
    UNIQUE (vendor_id, fiscal_year, kind)
);

-- Its answers as taken in: number, text, はい／いいえ／対象外 (or blank), and for いいえ the clinic's own words.
CREATE TABLE mds_sds_item (
    doc_id      INTEGER NOT NULL REFERENCES mds_sds (id) ON DELETE CASCADE,
    fiscal_year INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    number      TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    answer      TEXT NOT NULL CHECK (answer IN ('YES', 'NO', 'NA', 'BLANK')),
    risk        TEXT NOT NULL DEFAULT '',
    response    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (doc_id, position)
) WITHOUT ROWID;

CREATE TRIGGER device_upkeep_final_insert BEFORE INSERT ON device_upkeep
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = NEW.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER device_upkeep_final_update BEFORE UPDATE ON device_upkeep
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = OLD.fiscal_year OR f.fiscal_year = NEW.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER device_upkeep_final_delete BEFORE DELETE ON device_upkeep
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = OLD.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER mds_sds_final_insert BEFORE INSERT ON mds_sds
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = NEW.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER mds_sds_final_update BEFORE UPDATE ON mds_sds
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = OLD.fiscal_year OR f.fiscal_year = NEW.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER mds_sds_final_delete BEFORE DELETE ON mds_sds
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = OLD.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER mds_sds_item_final_insert BEFORE INSERT ON mds_sds_item
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = NEW.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER mds_sds_item_final_update BEFORE UPDATE ON mds_sds_item
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = OLD.fiscal_year OR f.fiscal_year = NEW.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER mds_sds_item_final_delete BEFORE DELETE ON mds_sds_item
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = OLD.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
