package jp.tenken.storage;

import java.util.List;

/** The schema scripts in the order they apply; the file's {@code PRAGMA user_version} is the count applied. */
final class Migrations {
    static final List<String> SCRIPTS = List.of(
            "storage/migration/V001__workbook.sql",
            "storage/migration/V002__settings.sql",
            "storage/migration/V003__deep_check.sql",
            "storage/migration/V004__vendor_forms.sql");

    static int latest() {
        return SCRIPTS.size();
    }

    private Migrations() {
    }
}
