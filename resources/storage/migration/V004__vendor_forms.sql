-- Per fiscal year, the sending and return of each vendor's 事業者確認用: status and the date of each step.
CREATE TABLE vendor_form (
    fiscal_year  INTEGER NOT NULL,
    vendor_id    INTEGER NOT NULL REFERENCES vendor (id),
    status       TEXT NOT NULL CHECK (status IN ('NOT_SENT', 'SENT', 'RECEIVED', 'CONFIRMED')),
    sent_on      TEXT,
    received_on  TEXT,
    confirmed_on TEXT,
    changed_at   TEXT NOT NULL,
    PRIMARY KEY (fiscal_year, vendor_id)
) WITHOUT ROWID;
