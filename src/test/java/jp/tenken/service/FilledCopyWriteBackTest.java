package jp.tenken.service;

import static jp.tenken.service.OfficialEditionServiceTest.date;
import static jp.tenken.service.OfficialEditionServiceTest.open;
import static jp.tenken.service.OfficialEditionServiceTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.xlsx.read.OfficialSamples;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ministry's form taken in from a copy already filled in (last year's, a colleague's): what the inspector reads
 * on the written copy is this year's answers only. The old answers, dates and notes of the copy stayed in every row
 * Tenken did not overwrite: a row unanswered this year still showed last year's はい and date.
 */
class FilledCopyWriteBackTest {
    static final FiscalYear R8 = FiscalYear.ofReiwa(8);
    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    static final String SHEET = "医療機関・薬局確認用";

    @TempDir
    Path dir;

    @Test
    void aFilledInCopyShowsOnlyThisYearsAnswers() throws Exception {
        Path catalogFolder = dir.resolve("appdata").resolve("catalog");
        Path copy = filledIn(OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx")));
        OfficialEditionService editions = new OfficialEditionService(
                new CatalogReader().read(List.of(catalogFolder)), catalogFolder);
        editions.add(editions.preview(List.of(copy), null));
        Catalog catalog = new CatalogReader().read(List.of(catalogFolder));
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("clinic.tenken"), catalog,
                TestWorkbook.clockAt(TODAY))) {
            ChecklistService checklist = wb.checklist();
            checklist.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            var form = checklist.open(R8, FormKind.FACILITY, null);
            RowKey officer = form.form().rows().stream().filter(r -> r.itemKey().equals("org.security-officer"))
                    .findFirst().orElseThrow();
            checklist.saveAnswer(form.assessment(), new Answer(officer, Round.FIRST, AnswerValue.NO,
                    LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31), "", null));
            checklist.saveAnswer(form.assessment(), new Answer(new RowKey("ops.access-rights", Scope.TERMINAL),
                    Round.FIRST, AnswerValue.YES, LocalDate.of(2026, 9, 2), null, "", null));

            Path out = dir.resolve("提出用.xlsx");
            wb.export().exportOfficial(R8, out, f -> { });
            try (XSSFWorkbook after = open(out)) {
                XSSFSheet a = after.getSheet(SHEET);
                // 1-① (row 10): this year's いいえ, date and 目標日; the copy's 2回目 and note gone
                assertEquals("いいえ", text(a, 10, 3));
                assertEquals(LocalDate.of(2026, 9, 1), date(a, 10, 4));
                assertEquals(LocalDate.of(2027, 1, 31), date(a, 10, 5));
                assertEquals("[$-411]ggge\"年\"m\"月\"d\"日\"",
                        a.getRow(9).getCell(4).getCellStyle().getDataFormatString(),
                        "a 和暦 date both Excel and LibreOffice show (the copy's [$-ja-JP] form is a number in LibreOffice)");
                assertEquals("", text(a, 10, 6), "the copy's 2回目 はい");
                assertEquals("", text(a, 10, 7), "the copy's 2回目 date");
                assertEquals("", text(a, 10, 8), "the copy's note");
                // 2-④ 端末PC (row 14): はい this year; the copy's 目標日 and note gone
                assertEquals("はい", text(a, 14, 3));
                assertEquals(LocalDate.of(2026, 9, 2), date(a, 14, 4));
                assertEquals("", text(a, 14, 5), "no 目標日 under はい");
                assertEquals("", text(a, 14, 8));
                // the gate row (8) and 2-① (12), not answered this year: blank, styles kept
                assertEquals("", text(a, 8, 3), "last year's はい is not this year's answer");
                assertEquals("", text(a, 12, 3));
                assertEquals("", text(a, 12, 4), "nor its date");
                assertEquals("", text(a, 12, 8), "nor its note");
                // a fill-in guide in an empty date cell of an unanswered row stays as the ministry printed it
                assertEquals("　年　月　日", text(a, 13, 4));
            }
        }
    }

    /** The standard form as a clinic filled it last year: answers, dates, a 目標日, 2回目 and notes, and a guide. */
    private static Path filledIn(Path form) throws Exception {
        try (XSSFWorkbook wb = open(form)) {
            XSSFSheet s = wb.getSheet(SHEET);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("[$-ja-JP]ggge\"年\"m\"月\"d\"日\""));
            for (int excelRow : new int[] {8, 10, 12, 14}) {
                put(s, excelRow, 3, "はい");
                Cell d = cell(s, excelRow, 4);
                d.setCellValue(LocalDate.of(2025, 6, 4));
                d.setCellStyle(date);
                put(s, excelRow, 5, "令和7年10月1日");
                put(s, excelRow, 8, "次回の保守点検時に対応予定");
            }
            put(s, 10, 6, "はい");
            put(s, 10, 7, "R7.12.1");
            put(s, 13, 4, "　年　月　日");
            Path filled = form.resolveSibling("filled-" + form.getFileName());
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
            return filled;
        }
    }

    private static void put(XSSFSheet s, int excelRow, int c, String text) {
        cell(s, excelRow, c).setCellValue(text);
    }

    private static Cell cell(XSSFSheet s, int excelRow, int c) {
        Row row = s.getRow(excelRow - 1) == null ? s.createRow(excelRow - 1) : s.getRow(excelRow - 1);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }
}
