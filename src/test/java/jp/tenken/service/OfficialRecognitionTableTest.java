package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialMapping;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.xlsx.read.OfficialSamples;
import jp.tenken.xlsx.read.OfficialVariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every synthetic ministry-style layout of ours through the take-in, as the window reads it: recognised
 * automatically (or, for the one sheet without meaningful headers, through a stated mapping), with items and answer
 * rows. Prints the recognition table (layout → tables, items, answer rows, confidence, auto or mapped).
 */
class OfficialRecognitionTableTest {
    @TempDir
    Path dir;

    interface Layout {
        Path write(Path file) throws Exception;
    }

    @Test
    void everyLayoutIsReadAutomaticallyOrThroughAStatedMapping() throws Exception {
        Map<String, Layout> auto = new LinkedHashMap<>();
        auto.put("standard (merged 1回目/2回目 header, device sub-rows)", OfficialSamples::facilityStandard);
        auto.put("columns reordered, full-width numbers, はい|いいえ columns", OfficialSamples::reordered);
        auto.put("two forms stacked on one sheet", OfficialSamples::twoFormsStacked);
        auto.put("two forms side by side", OfficialSamples::twoFormsSideBySide);
        auto.put("事業者確認用 only", OfficialSamples::vendorOnly);
        auto.put("cover sheet first", OfficialVariants::coverSheetFirst);
        auto.put("title rows, notes, a hidden column", OfficialVariants::titleNotesHiddenColumn);
        auto.put("備考 in the middle", OfficialVariants::noteInTheMiddle);
        auto.put("answer recognisable only by its はい/いいえ validation", OfficialVariants::validationOnly);
        auto.put("○ columns, three header rows", OfficialVariants::circleColumnsThreeHeaderRows);
        auto.put("1回目/2回目 as blocks side by side", OfficialVariants::roundBlocksSideBySide);
        auto.put("1回目/2回目 as a second header row", OfficialVariants::secondHeaderRow);
        auto.put("scope column naming several devices in a cell", OfficialVariants::scopeColumnSeveralDevices);
        auto.put("scope in parentheses in the item text", OfficialVariants::scopeInParentheses);
        auto.put("numbering across sections, merged section column", OfficialVariants::runningNumbersMergedSections);
        auto.put("事業者確認用 with 責任分界 and 参照 columns", OfficialVariants::vendorWithResponsibility);
        auto.put("item column without a header word", OfficialVariants::itemColumnWithoutHeader);
        auto.put("1回目 and 2回目 as two whole tables", OfficialVariants::roundTablesSideBySide);
        auto.put("no 令和N年度 anywhere (year chosen: R8)", OfficialVariants::noYearAnywhere);
        FiscalYear r8 = new FiscalYear(2026);
        StringBuilder table = new StringBuilder("| layout (synthetic) | tables | items | answer rows | confidence | read |\n"
                + "| --- | --- | --- | --- | --- | --- |\n");
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("t.tenken"), LocalDate.of(2026, 6, 1))) {
            OfficialEditionService s = wb.context().official();
            int n = 0;
            for (Map.Entry<String, Layout> e : auto.entrySet()) {
                Path file = e.getValue().write(dir.resolve("layout" + (n++) + ".xlsx"));
                Path vendorOnlyFacility = e.getKey().startsWith("事業者確認用")
                        ? OfficialSamples.facilityStandard(dir.resolve("facility" + n + ".xlsx")) : null;
                List<Path> files = vendorOnlyFacility == null ? List.of(file) : List.of(vendorOnlyFacility, file);
                OfficialEditionService.Preview p = s.preview(files, r8);
                List<OfficialGrid> grids = p.grids().stream().filter(g -> g.file().equals(file.getFileName().toString()))
                        .toList();
                assertFalse(grids.isEmpty(), e.getKey());
                row(table, e.getKey(), grids, "auto");
            }
            // a form already filled in: the first item rows answered はい must read as data, not as more header
            Path filled = filledForm(wb);
            OfficialEditionService.Preview fp = s.preview(List.of(filled), r8);
            List<OfficialGrid> fg = fp.grids().stream().filter(g -> g.file().equals(filled.getFileName().toString()))
                    .toList();
            assertFalse(fg.isEmpty(), "a filled-in form is read");
            assertTrue(fg.get(0).columns().containsKey(OfficialColumn.ANSWER_1), fg.get(0).columns().toString());
            row(table, "a form already filled in (answers under a two-row header)", fg, "auto");
            // no form named anywhere: read as the facility's form, and the summary says so
            Path unnamed = OfficialVariants.noFormNamed(dir.resolve("unnamed.xlsx"));
            OfficialEditionService.Preview up = s.preview(List.of(unnamed), null);
            assertTrue(String.join("\n", up.summary()).contains("として読みました"), String.join("\n", up.summary()));
            assertTrue(up.edition().form(FormKind.FACILITY).isPresent());
            row(table, "no form named anywhere (read as 医療機関・薬局確認用, said so)", up.grids(), "auto");
            Path ambiguous = OfficialVariants.ambiguousHeaders(dir.resolve("ambiguous.xlsx"));
            OfficialMapping m = new OfficialMapping("医療機関・薬局確認用", 3, 3, 4, Map.of(OfficialColumn.NUMBER, 0,
                    OfficialColumn.ITEM, 1, OfficialColumn.ANSWER_1, 2, OfficialColumn.CHECKED_1, 3), Optional.empty(),
                    List.of(FormKind.FACILITY, FormKind.PHARMACY));
            OfficialEditionService.Preview p = s.preview(List.of(ambiguous), null, Map.of(ambiguous, m));
            assertTrue(p.problems().isEmpty());
            row(table, "headers 欄1…欄4 only (no meaning to recognise)", p.grids(), "mapped");
        }
        System.out.println(table);
    }

    /** Tenken's own 医療機関確認用 for 令和7年度 with every row answered はい: a filled-in form as a clinic keeps it. */
    private Path filledForm(TestWorkbook wb) {
        wb.checklist().saveFacility(new Facility("合成テスト医院", FacilityKind.CLINIC));
        FiscalYear r7 = new FiscalYear(2025);
        OpenForm form = wb.checklist().open(r7, FormKind.FACILITY, null);
        for (RowKey row : form.form().rows()) {
            wb.checklist().saveAnswer(form.assessment(), Answer.empty(row, Round.FIRST).withValue(AnswerValue.YES)
                    .withCheckedOn(LocalDate.of(2025, 5, 20)));
        }
        Path out = dir.resolve("filled.xlsx");
        wb.export().exportOwnForm(r7, out, p -> { });
        return out;
    }

    private static void row(StringBuilder table, String layout, List<OfficialGrid> grids, String how) {
        int items = grids.stream().mapToInt(g -> g.items().size()).sum();
        int rows = grids.stream().mapToInt(OfficialGrid::rowCount).sum();
        assertTrue(items > 0 && rows >= items, layout);
        String confidence = grids.stream().map(g -> g.recognition().confidence().name()).distinct()
                .reduce((a, b) -> a + "/" + b).orElse("");
        table.append("| ").append(layout).append(" | ").append(grids.size()).append(" | ").append(items)
                .append(" | ").append(rows).append(" | ").append(confidence).append(" | ").append(how).append(" |\n");
    }
}
