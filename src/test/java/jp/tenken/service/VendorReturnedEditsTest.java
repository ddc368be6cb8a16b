package jp.tenken.service;

import static jp.tenken.service.VendorImportTest.COL_ANSWER1;
import static jp.tenken.service.VendorImportTest.COL_CHECKED1;
import static jp.tenken.service.VendorImportTest.COL_NOTE;
import static jp.tenken.service.VendorImportTest.rowOf;
import static jp.tenken.service.VendorImportTest.set;
import static jp.tenken.service.VendorImportTest.setDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
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
import jp.tenken.xlsx.read.FormFileException;
import jp.tenken.xlsx.read.FormFileProblem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vendor's returned 事業者確認用 edited the ways vendors really edit it. Each of these was taken in wrongly without a
 * word: a 担当者 column inserted before 備考 made every row's note the person's name; a bare ○ in はい・いいえ was
 * stored as unanswered (or refused as 「空欄なのに日付」); the vendor's own note starting 「前年度：」 was dropped.
 */
class VendorReturnedEditsTest {
    static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    static final FiscalYear FY = new FiscalYear(2025);

    @TempDir
    Path dir;
    TestWorkbook fixture;
    Vendor medical;

    @BeforeEach
    void setUp() {
        fixture = TestWorkbook.create(dir.resolve("clinic.tenken"), TODAY);
        fixture.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        medical = fixture.vendors().add("株式会社メディカル", "電子カルテ、レセコン", "03-0000-0000 山田", true);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aColumnInsertedAmongTheAnswersIsRefusedNamingIt() throws Exception {
        Path back = returned(s -> {
            int r = answered(s, "2-⑥", "いいえ");
            set(s, r, COL_NOTE, "Windows Server の更新を計画中");
            s.shiftColumns(COL_NOTE, COL_NOTE, 1); // a 担当者 column inserted before 備考
            int head = rowOf(s, "1-①") - 2;
            s.getRow(head).createCell(COL_NOTE).setCellValue("担当者");
            for (int row = head + 2; row <= r; row++) {
                if (s.getRow(row) != null) {
                    s.getRow(row).createCell(COL_NOTE).setCellValue("山田");
                }
            }
        });
        FormFileException e = assertThrows(FormFileException.class,
                () -> fixture.imports().previewVendor(back, FY, medical.id()));
        assertTrue(e.has(FormFileProblem.Kind.COLUMNS), e.getMessage());
        assertTrue(e.getMessage().contains("J列の見出しが「担当者」です。送付したときは「備考」でした"), e.getMessage());
        assertTrue(e.getMessage().contains("点検簿は変更していません"), e.getMessage());
    }

    @Test
    void aBareCircleIsAskedAboutNotStoredAsUnanswered() throws Exception {
        Path back = returned(s -> answered(s, "1-①", "○"));
        FormFileException e = assertThrows(FormFileException.class,
                () -> fixture.imports().previewVendor(back, FY, medical.id()));
        assertTrue(e.has(FormFileProblem.Kind.BAD_ANSWER), e.getMessage());
        assertTrue(e.getMessage().contains("1回目の「はい・いいえ」「○」 は「はい」か「いいえ」にしてください"),
                e.getMessage());
        assertFalse(e.getMessage().contains("空欄なのに日付"), "the ○ is not called empty: " + e.getMessage());
    }

    @Test
    void answersAndDatesTypedAsPeopleTypeThemAreTakenIn() throws Exception {
        Path back = returned(s -> {
            int r = answered(s, "1-①", "は い");
            set(s, r, COL_CHECKED1, "令和7年9月30日（火）");
            answered(s, "2-⑥", "いいえ。");
        });
        ImportPreview p = fixture.imports().previewVendor(back, FY, medical.id());
        fixture.imports().apply(p);
        var answers = fixture.checklist().open(FY, FormKind.VENDOR, medical.id()).answers();
        Answer officer = answers.get(new RowKey("org.security-officer", Scope.NONE), Round.FIRST);
        assertEquals(AnswerValue.YES, officer.value());
        assertEquals(LocalDate.of(2025, 9, 30), officer.checkedOn());
        assertEquals(AnswerValue.NO,
                answers.get(new RowKey("ops.security-patch", Scope.ALL), Round.FIRST).value());
    }

    @Test
    void aDayOfTheWeekThatIsNotTheDatesIsAskedAbout() throws Exception {
        Path back = returned(s -> set(s, answered(s, "1-①", "はい"), COL_CHECKED1, "令和7年9月30日（水）"));
        FormFileException e = assertThrows(FormFileException.class,
                () -> fixture.imports().previewVendor(back, FY, medical.id()));
        assertTrue(e.has(FormFileProblem.Kind.BAD_DATE), e.getMessage());
        assertTrue(e.getMessage().contains("令和7年9月30日（水）"), e.getMessage());
    }

    @Test
    void aVendorsOwnNoteStartingWithLastYearIsKept() throws Exception {
        String note = "前年度：いいえ、今年度にUTMを導入し対応済み";
        Path back = returned(s -> {
            int r = answered(s, "2-⑥", "はい");
            set(s, r, COL_NOTE, note);
        });
        ImportPreview p = fixture.imports().previewVendor(back, FY, medical.id());
        fixture.imports().apply(p);
        Answer a = fixture.checklist().open(FY, FormKind.VENDOR, medical.id()).answers()
                .get(new RowKey("ops.security-patch", Scope.ALL), Round.FIRST);
        assertEquals(AnswerValue.YES, a.value());
        assertEquals(note, a.note());
    }

    @Test
    void theEmptyRowUnderTheTableDeletedIsNoReasonToRefuse() throws Exception {
        Path back = returned(s -> {
            int r = answered(s, "1-①", "はい");
            int last = r;
            while (s.getRow(last + 1) != null && s.getRow(last + 1).getCell(3) != null
                    && !s.getRow(last + 1).getCell(3).getStringCellValue().isEmpty()) {
                last++;
            }
            s.shiftRows(last + 2, s.getLastRowNum(), -1); // the blank row under the table, deleted
        });
        ImportPreview p = fixture.imports().previewVendor(back, FY, medical.id());
        assertEquals(1, p.changes().size(), "1-① taken in; the footer is no item (it was 「同じ項目が2回あります」)");
    }

    @Test
    void rowsAddedAtTheTopOrAmongTheItemsAndARenamedSheetAreTakenInWithTheirHints() throws Exception {
        var last = fixture.checklist().open(FY.previous(), FormKind.VENDOR, medical.id());
        fixture.checklist().saveAnswer(last.assessment(), new Answer(new RowKey("ops.mds-sds", Scope.NONE),
                Round.FIRST, AnswerValue.YES, LocalDate.of(2024, 5, 1), null, "", null));
        Path back = returned(true, s -> {
            int r = answered(s, "2-③", "はい");
            String hint = s.getRow(r).getCell(COL_NOTE).getStringCellValue();
            assertTrue(hint.startsWith("前年度：はい"), hint);
            set(s, r, COL_NOTE, hint + "\n今年度も9月に提出済み"); // the vendor writes under the printed hint
            s.shiftRows(rowOf(s, "3-①"), s.getLastRowNum(), 1); // an empty row inserted before section 3
            s.shiftRows(0, s.getLastRowNum(), 2); // two rows at the top for the company's name and date
            s.createRow(0).createCell(0).setCellValue("株式会社メディカル　回答日 令和7年9月2日");
            s.getWorkbook().setSheetName(0, "回答");
        });
        ImportPreview p = fixture.imports().previewVendor(back, FY, medical.id());
        fixture.imports().apply(p);
        Answer a = fixture.checklist().open(FY, FormKind.VENDOR, medical.id()).answers()
                .get(new RowKey("ops.mds-sds", Scope.NONE), Round.FIRST);
        assertEquals(AnswerValue.YES, a.value());
        assertEquals("今年度も9月に提出済み", a.note(),
                "last year's hint, moved down with its row, is still no part of this year's note");
    }

    @Test
    void aSecondReturnThatLeavesAnAnsweredRowBlankSaysTheAnswerIsKept() throws Exception {
        Path first = returned(s -> answered(s, "2-⑩", "はい"));
        fixture.imports().apply(fixture.imports().previewVendor(first, FY, medical.id()));
        Path second = returned(s -> { // sent again (it carries this year's answers), returned with 2-⑩ emptied
            int r = rowOf(s, "2-⑩");
            s.getRow(r).getCell(COL_ANSWER1).setBlank();
            s.getRow(r).getCell(COL_CHECKED1).setBlank();
        });
        ImportPreview p = fixture.imports().previewVendor(second, FY, medical.id());
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("2-⑩") && w.contains("1回目はファイルでは空欄ですが")
                && w.contains("「はい」をそのまま残します")), p.warnings().toString());
    }

    /** The vendor answers {@code number} with {@code value}, checked on 2025-09-01; returns its row (0-based). */
    private static int answered(XSSFSheet s, String number, String value) {
        int r = rowOf(s, number);
        set(s, r, COL_ANSWER1, value);
        setDate(s, r, COL_CHECKED1, LocalDate.of(2025, 9, 1));
        return r;
    }

    /** The form sent blank (no hints), edited as {@code edit} says, saved as the vendor's reply. */
    private Path returned(Consumer<XSSFSheet> edit) throws Exception {
        return returned(false, edit);
    }

    /** The form sent (with last year's answers as hints when {@code hints}), edited, saved as the vendor's reply. */
    private Path returned(boolean hints, Consumer<XSSFSheet> edit) throws Exception {
        Path sent = dir.resolve("送付.xlsx");
        fixture.export().exportVendorForm(FY, medical.id(), hints, sent, p -> { });
        fixture.vendors().markSent(FY, medical.id());
        Path out = dir.resolve("返送.xlsx");
        try (InputStream in = Files.newInputStream(sent); XSSFWorkbook x = new XSSFWorkbook(in)) {
            edit.accept(x.getSheetAt(0));
            try (OutputStream os = Files.newOutputStream(out)) {
                x.write(os);
            }
        }
        return out;
    }
}
