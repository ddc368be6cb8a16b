package jp.tenken.xlsx.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.tenken.domain.ExportProgress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.edition.Section;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import jp.tenken.i18n.Messages;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export reads its file back: the counts it reports are the file's, and a file that lost something is refused. */
class ReadBackTest {
    private static final FiscalYear YEAR = new FiscalYear(2025);
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    private static final Edition R7 = new CatalogReader().bundled().editionFor(YEAR).edition();

    @TempDir
    Path dir;

    @BeforeAll
    static void japanese() {
        Messages.use(java.util.Locale.JAPANESE);
    }

    /** The facility's form with the first rows answered: はい, いいえ (with 目標日), はい …, the rest unanswered. */
    private static FormData facility(int answered) {
        Form form = R7.form(FormKind.FACILITY).orElseThrow();
        List<Answer> answers = new ArrayList<>();
        int i = 0;
        for (Section s : form.sections()) {
            for (Item item : s.items()) {
                for (Scope scope : item.scopes()) {
                    if (i < answered) {
                        AnswerValue v = i % 3 == 1 ? AnswerValue.NO : AnswerValue.YES;
                        Answer a = Answer.empty(new RowKey(item.key(), scope), Round.FIRST).withValue(v)
                                .withCheckedOn(LocalDate.of(2025, 6, 2));
                        answers.add(v == AnswerValue.NO ? a.withTargetDate(LocalDate.of(2026, 3, 1)) : a);
                    }
                    i++;
                }
            }
        }
        return new FormData(R7, form, YEAR, "テスト診療所", null, null, new AnswerSheet(answers));
    }

    private static FormData vendor(String name) {
        return new FormData(R7, R7.form(FormKind.VENDOR).orElseThrow(), YEAR, "テスト診療所", name, "電子カルテ",
                new AnswerSheet(List.of()));
    }

    @Test
    void theSummaryCountsAreReadFromTheWrittenFile() throws Exception {
        FormData own = facility(6);
        ExportSummary s = new XlsxExporter().writePack(List.of(own, vendor("A社"), vendor("B社")),
                dir.resolve("pack.xlsx"), ExportProgress.NONE, TODAY);
        ExportSummary.FormCount f = s.forms().get(0);
        int rows = own.form().sections().stream().flatMap(x -> x.items().stream())
                .mapToInt(it -> it.scopes().size()).sum();
        assertEquals(R7.form(FormKind.FACILITY).orElseThrow().label(), f.label());
        assertEquals(rows, f.rows());
        assertEquals(4, f.yes());
        assertEquals(2, f.no());
        assertEquals(rows - 6, f.unanswered());
        assertEquals(2, s.vendorForms());
        assertEquals("立入検査用 概要", s.sheets().get(0));
        assertEquals(5, s.sheets().size(), s.sheets().toString());
        assertEquals("出典", s.sheets().get(4), "the hidden sources sheet comes last");
    }

    @Test
    void aWriterThatDropsARowIsCaught() {
        XlsxExporter dropsARow = new XlsxExporter(wb -> {
            Sheet form = wb.getSheetAt(1);
            form.removeRow(form.getRow(FormSheetWriter.headerRow(false) + 4));
        });
        ExportMismatchException e = assertThrows(ExportMismatchException.class, () -> dropsARow.writePack(
                List.of(facility(6)), dir.resolve("pack.xlsx"), ExportProgress.NONE, TODAY));
        assertTrue(e.getMessage().contains("行目がありません"), e.getMessage());
    }

    @Test
    void aWriterThatLosesAnAnswerOrASheetIsCaught() {
        XlsxExporter losesAnAnswer = new XlsxExporter(wb -> wb.getSheetAt(0)
                .getRow(FormSheetWriter.headerRow(false) + 3).getCell(jp.tenken.xlsx.FormLayout.COL_ANSWER1)
                .setBlank());
        ExportMismatchException e = assertThrows(ExportMismatchException.class, () -> losesAnAnswer.writeForm(
                facility(6), dir.resolve("form.xlsx"), ExportProgress.NONE, TODAY));
        assertTrue(e.getMessage().contains("回答が想定と違います"), e.getMessage());

        XlsxExporter losesASheet = new XlsxExporter(wb -> wb.removeSheetAt(wb.getNumberOfSheets() - 1));
        e = assertThrows(ExportMismatchException.class, () -> losesASheet.writePack(
                List.of(facility(2), vendor("A社")), dir.resolve("pack.xlsx"), ExportProgress.NONE, TODAY));
        assertTrue(e.getMessage().contains("シートが想定と違います"), e.getMessage());
    }

    /** The written file is read back cell by cell: what only looks like an answer or a date does not count as one. */
    @Test
    void aFormulaShowingはいOrADateWrittenAsTextIsNotAnAnswer() {
        int first = FormSheetWriter.headerRow(false) + 2;
        XlsxExporter formulaAnswer = new XlsxExporter(wb -> wb.getSheetAt(0).getRow(first)
                .getCell(jp.tenken.xlsx.FormLayout.COL_ANSWER1).setCellFormula("\"はい\""));
        ExportMismatchException e = assertThrows(ExportMismatchException.class, () -> formulaAnswer.writeForm(
                facility(6), dir.resolve("form.xlsx"), ExportProgress.NONE, TODAY));
        assertTrue(e.getMessage().contains("回答が想定と違います"), e.getMessage());

        XlsxExporter dateAsText = new XlsxExporter(wb -> wb.getSheetAt(0).getRow(first)
                .getCell(jp.tenken.xlsx.FormLayout.COL_CHECKED1).setCellValue("令和7年6月2日"));
        e = assertThrows(ExportMismatchException.class, () -> dateAsText.writeForm(
                facility(6), dir.resolve("form.xlsx"), ExportProgress.NONE, TODAY));
        assertTrue(e.getMessage().contains("確認日 5"), "six answered rows, one 確認日 lost: " + e.getMessage());
    }

    @Test
    void aFacilityNameThatIsNotTheClinicsIsCaught() {
        XlsxExporter renames = new XlsxExporter(wb -> {
            Sheet form = wb.getSheetAt(0);
            for (int r = 0; r <= 10; r++) {
                var row = form.getRow(r);
                var cell = row == null ? null : row.getCell(jp.tenken.xlsx.FormLayout.COL_SECTION);
                if (cell != null && cell.toString().startsWith("医療機関名：")) {
                    cell.setCellValue("医療機関名：別の診療所");
                }
            }
        });
        ExportMismatchException e = assertThrows(ExportMismatchException.class, () -> renames.writeForm(
                facility(6), dir.resolve("form.xlsx"), ExportProgress.NONE, TODAY));
        assertTrue(e.getMessage().contains("医療機関名：テスト診療所"), e.getMessage());
    }
}
