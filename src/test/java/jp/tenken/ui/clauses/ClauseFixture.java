package jp.tenken.ui.clauses;

import java.nio.file.Path;
import java.time.LocalDate;
import jp.tenken.catalog.GuidelineReader;
import jp.tenken.catalog.PublicCommentReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.GuidelineComments;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.domain.year.Round;
import jp.tenken.service.ChecklistService;
import jp.tenken.service.GuidelineService;
import jp.tenken.service.OpenForm;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.ImmediateUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook file with a facility, the bundled guideline and its public comments, and the clause view's view model
 * on them, on 1 October 2025, without a toolkit.
 */
abstract class ClauseFixture {
    static final Guideline GUIDELINE = new GuidelineReader().bundled();
    static final GuidelineComments COMMENTS = attached(GUIDELINE);
    static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    static final FiscalYear FY = new FiscalYear(2025);
    static final String OPS = "システム運用編";

    private static GuidelineComments attached(Guideline g) {
        var read = new PublicCommentReader().bundled();
        return GuidelineComments.attach(g, read, new jp.tenken.catalog.CommentReadingsReader().bundled(g, read));
    }

    @TempDir
    Path dir;
    TestWorkbook wb;
    ChecklistService checklist;
    GuidelineService service;
    ClauseViewModel vm;

    @BeforeEach
    void open() {
        wb = TestWorkbook.create(dir.resolve("clauses.tenken"), TODAY);
        checklist = wb.checklist();
        checklist.saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        service = wb.guidelineService();
        vm = newViewModel();
    }

    ClauseViewModel newViewModel() {
        return new ClauseViewModel(service, wb.export(), new ImmediateUiExecutor());
    }

    @AfterEach
    void close() {
        wb.close();
    }

    void answer(String key, Scope scope, AnswerValue v) {
        OpenForm f = checklist.open(FY, FormKind.FACILITY, null);
        checklist.saveAnswer(f.assessment(), new Answer(new RowKey(key, scope), Round.FIRST, v,
                LocalDate.of(2025, 6, 1), v == AnswerValue.NO ? LocalDate.of(2026, 1, 31) : null, "", null));
    }

    ClauseNode chapter(String part, String number) {
        return vm.chapterNode(part, number).orElseThrow();
    }
}
