package jp.tenken.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.testing.TestWorkbook;

/**
 * A clinic's workbook with three fiscal years on three editions — 令和5年度 (R5), 令和6年度 (R6), 令和7年度 (R7) —
 * and one contracted vendor, answered so that R6 → R7 shows every kind of change:
 * 2-① 台帳 いいえ→はい (改善), 2-② リモートメンテナンス はい→いいえ (後退), セキュリティパッチ (R6 per device,
 * ネットワーク機器 いいえ 目標日 令和6年12月1日; R7 once, still いいえ: 変化なし, target missed), 1-① answered only
 * in R6 and 3-③ only in R7 (未回答), the five R7 additions (新規), 2-(3) いいえ then はい in the 2回目 (変化なし).
 */
public final class ThreeYears implements AutoCloseable {
    public static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    public static final FiscalYear FY2023 = new FiscalYear(2023);
    public static final FiscalYear FY2024 = new FiscalYear(2024);
    public static final FiscalYear FY2025 = new FiscalYear(2025);
    public static final String PATCH = "ops.security-patch";

    public final TestWorkbook workbook;
    public final ChecklistService checklist;
    public final Vendor vendor;

    public ThreeYears(Path dir) {
        workbook = TestWorkbook.create(dir.resolve("three-years.tenken"), TODAY);
        checklist = workbook.checklist();
        checklist.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        vendor = workbook.vendors().add("株式会社メディカル", "電子カルテ", "", true);

        // 令和5年度 on R5: everything はい but the server patches
        fill(FY2023, FormKind.FACILITY, null, LocalDate.of(2023, 5, 10), Map.of(
                new RowKey(PATCH, Scope.SERVER), no(LocalDate.of(2023, 12, 1), "")), Set.of());

        // 令和6年度 on R6
        LocalDate d6 = LocalDate.of(2024, 5, 10);
        fill(FY2024, FormKind.FACILITY, null, d6, Map.of(
                new RowKey(PATCH, Scope.NETWORK), no(LocalDate.of(2024, 12, 1), "ルータ更新待ち"),
                new RowKey("ops.device-ledger", Scope.ALL), no(LocalDate.of(2024, 9, 30), "台帳作成中"),
                new RowKey("ops.mds-sds", Scope.NONE), no(LocalDate.of(2024, 6, 30), "")),
                Set.of(new RowKey("incident.bcp", Scope.NONE)));
        var r6 = checklist.open(FY2024, FormKind.FACILITY, null);
        checklist.saveAnswer(r6.assessment(), new Answer(new RowKey("ops.mds-sds", Scope.NONE), Round.SECOND,
                AnswerValue.YES, LocalDate.of(2024, 6, 20), null, "", null));

        // 令和7年度 on R7
        fill(FY2025, FormKind.FACILITY, null, LocalDate.of(2025, 5, 16), Map.of(
                new RowKey(PATCH, Scope.ALL), no(LocalDate.of(2026, 1, 31), ""),
                new RowKey("ops.remote-maintenance", Scope.ALL), no(LocalDate.of(2025, 12, 1), "")),
                Set.of(new RowKey("org.security-officer", Scope.NONE)));

        // the vendor: R6 all はい, R7 patch いいえ
        fill(FY2024, FormKind.VENDOR, vendor.id(), d6, Map.of(), Set.of());
        fill(FY2025, FormKind.VENDOR, vendor.id(), LocalDate.of(2025, 6, 2), Map.of(
                new RowKey(PATCH, Scope.ALL), no(LocalDate.of(2025, 11, 30), "")), Set.of());
    }

    private record No(LocalDate target, String note) {
    }

    private static No no(LocalDate target, String note) {
        return new No(target, note);
    }

    private void fill(FiscalYear year, FormKind kind, Long vendorId, LocalDate checked, Map<RowKey, No> noes,
                      Set<RowKey> skip) {
        OpenForm f = checklist.open(year, kind, vendorId);
        for (RowKey row : f.form().rows()) {
            if (skip.contains(row)) {
                continue;
            }
            No n = noes.get(row);
            checklist.saveAnswer(f.assessment(), new Answer(row, Round.FIRST, n == null ? AnswerValue.YES : AnswerValue.NO,
                    checked, n == null ? null : n.target(), n == null ? "" : n.note(), null));
        }
    }

    @Override
    public void close() {
        workbook.close();
    }
}
