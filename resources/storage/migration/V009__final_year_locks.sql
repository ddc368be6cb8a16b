-- A finalised fiscal year (年度を確定) is read-only as a whole, not only its answers: its 機器台帳, 連絡体制図, the
-- registers' review dates, its vendors' forms and the vendors as they stood in it. The file refuses the change
-- itself, so no path around the app (a command, an import, an older copy of a service) can alter a finalised pack.

CREATE TRIGGER IF NOT EXISTS device_final_insert BEFORE INSERT ON device
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = NEW.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER IF NOT EXISTS device_final_update BEFORE UPDATE ON device
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year IN (OLD.fiscal_year, NEW.fiscal_year))
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER IF NOT EXISTS device_final_delete BEFORE DELETE ON device
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = OLD.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;

CREATE TRIGGER IF NOT EXISTS contact_final_insert BEFORE INSERT ON contact
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = NEW.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER IF NOT EXISTS contact_final_update BEFORE UPDATE ON contact
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year IN (OLD.fiscal_year, NEW.fiscal_year))
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER IF NOT EXISTS contact_final_delete BEFORE DELETE ON contact
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = OLD.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;

CREATE TRIGGER IF NOT EXISTS register_review_final_insert BEFORE INSERT ON register_review
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = NEW.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER IF NOT EXISTS register_review_final_update BEFORE UPDATE ON register_review
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year IN (OLD.fiscal_year, NEW.fiscal_year))
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER IF NOT EXISTS register_review_final_delete BEFORE DELETE ON register_review
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = OLD.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;

CREATE TRIGGER IF NOT EXISTS vendor_form_final_insert BEFORE INSERT ON vendor_form
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = NEW.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER IF NOT EXISTS vendor_form_final_update BEFORE UPDATE ON vendor_form
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year IN (OLD.fiscal_year, NEW.fiscal_year))
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER IF NOT EXISTS vendor_form_final_delete BEFORE DELETE ON vendor_form
WHEN EXISTS (SELECT 1 FROM final_year f WHERE f.fiscal_year = OLD.fiscal_year)
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;

-- A vendor_year row holds from its year until the vendor's next row: it decides a finalised year F when it starts
-- in or before F and no later row of the same vendor starts in or before F.
CREATE TRIGGER IF NOT EXISTS vendor_year_final_insert BEFORE INSERT ON vendor_year
WHEN EXISTS (SELECT 1 FROM final_year f
             WHERE f.fiscal_year >= NEW.from_year
               AND NOT EXISTS (SELECT 1 FROM vendor_year v
                               WHERE v.vendor_id = NEW.vendor_id
                                 AND v.from_year > NEW.from_year AND v.from_year <= f.fiscal_year))
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER IF NOT EXISTS vendor_year_final_update BEFORE UPDATE ON vendor_year
WHEN EXISTS (SELECT 1 FROM final_year f
             WHERE f.fiscal_year >= OLD.from_year
               AND NOT EXISTS (SELECT 1 FROM vendor_year v
                               WHERE v.vendor_id = OLD.vendor_id
                                 AND v.from_year > OLD.from_year AND v.from_year <= f.fiscal_year))
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
CREATE TRIGGER IF NOT EXISTS vendor_year_final_delete BEFORE DELETE ON vendor_year
WHEN EXISTS (SELECT 1 FROM final_year f
             WHERE f.fiscal_year >= OLD.from_year
               AND NOT EXISTS (SELECT 1 FROM vendor_year v
                               WHERE v.vendor_id = OLD.vendor_id
                                 AND v.from_year > OLD.from_year AND v.from_year <= f.fiscal_year))
BEGIN
    SELECT RAISE(ABORT, 'fiscal year is final');
END;
