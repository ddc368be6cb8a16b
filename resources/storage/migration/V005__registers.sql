-- The records items ask for, per fiscal year: the 機器台帳 (2-①) and the 連絡体制図 (3-①).
CREATE TABLE device (
    id                 INTEGER PRIMARY KEY,
    fiscal_year        INTEGER NOT NULL,
    position           INTEGER NOT NULL,
    name               TEXT NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('SERVER', 'TERMINAL', 'NETWORK', 'MEDICAL', 'OTHER')),
    location           TEXT NOT NULL DEFAULT '',
    maker              TEXT NOT NULL DEFAULT '',
    model              TEXT NOT NULL DEFAULT '',
    os                 TEXT NOT NULL DEFAULT '',
    os_version         TEXT NOT NULL DEFAULT '',
    role               TEXT NOT NULL DEFAULT '',
    vendor_id          INTEGER REFERENCES vendor (id),
    remote_maintenance INTEGER NOT NULL DEFAULT 0,
    support_end        TEXT,
    last_update        TEXT,
    administrator      TEXT NOT NULL DEFAULT '',
    note               TEXT NOT NULL DEFAULT '',
    changed_at         TEXT NOT NULL
);
CREATE INDEX device_year ON device (fiscal_year, position);

CREATE TABLE contact (
    id          INTEGER PRIMARY KEY,
    fiscal_year INTEGER NOT NULL,
    grp         TEXT NOT NULL CHECK (grp IN ('INTERNAL', 'EXTERNAL')),
    position    INTEGER NOT NULL,
    role        TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    other       TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    changed_at  TEXT NOT NULL
);
CREATE INDEX contact_year ON contact (fiscal_year, grp, position);

-- A register looked over in a year with nothing to change: the date it was confirmed as it stands.
CREATE TABLE register_review (
    fiscal_year INTEGER NOT NULL,
    register    TEXT NOT NULL CHECK (register IN ('DEVICES', 'CONTACTS')),
    reviewed_on TEXT NOT NULL,
    PRIMARY KEY (fiscal_year, register)
) WITHOUT ROWID;
