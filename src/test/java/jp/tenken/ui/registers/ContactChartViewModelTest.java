package jp.tenken.ui.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.Contact;
import jp.tenken.domain.register.ContactChart;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.ImmediateUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 連絡体制図 never throws typing away: what a clerk types is saved on Enter and before another box is chosen,
 * and stays in the workbook file; typing that cannot be saved is kept, with the reason, and the box stays chosen.
 */
class ContactChartViewModelTest {
    static final FiscalYear FY = new FiscalYear(2025);
    static final LocalDate TODAY = LocalDate.of(2025, 11, 1);

    @TempDir
    Path dir;
    TestWorkbook wb;
    RegistersViewModel window;
    ContactChartViewModel chart;

    @BeforeEach
    void setUp() {
        wb = TestWorkbook.create(dir.resolve("clinic.tenken"), TODAY);
        window = new RegistersViewModel(wb.context().registers(), wb.context().maintenance(), wb.export(),
                new ImmediateUiExecutor());
        window.load(FY);
        chart = window.contacts();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    /** The chart as stored in the file, read through a fresh opening of it. */
    private ContactChart reopened() {
        wb.close();
        wb = TestWorkbook.open(dir.resolve("clinic.tenken"), TODAY);
        return wb.context().registers().chart(FY);
    }

    @Test
    void choosingAnotherEntrySavesWhatWasTypedIntoTheFirst() {
        Contact first = chart.boxes().get(0);
        chart.select(first);
        chart.nameProperty().set("院長 山田");
        chart.phoneProperty().set("090-1111-2222");
        assertTrue(chart.dirty());
        assertTrue(chart.select(chart.boxes().get(1)));
        assertEquals(chart.boxes().get(1).role(), chart.roleProperty().get(), "the second entry is shown");
        assertEquals("", chart.nameProperty().get());
        assertEquals("「" + first.role() + "」を保存しました。", window.status().textProperty().get());
        Contact stored = reopened().internal().get(0);
        assertEquals(first.role(), stored.role());
        assertEquals("院長 山田", stored.name());
        assertEquals("090-1111-2222", stored.phone());
    }

    @Test
    void aRoleRetypedOnAFreshChartReplacesItsBoxInsteadOfAddingASecond() {
        int boxes = chart.boxes().size();
        chart.select(chart.boxes().get(0));
        chart.roleProperty().set("院長（医療情報システム安全管理責任者）");
        assertTrue(chart.commit());
        ContactChart stored = reopened();
        assertEquals(boxes, stored.internal().size() + stored.external().size(), "no box added beside the template's");
        assertEquals("院長（医療情報システム安全管理責任者）", stored.internal().get(0).role());
    }

    @Test
    void enterSavesTheField() {
        chart.select(chart.boxes().get(2));
        chart.phoneProperty().set("03-1234-5678");
        assertTrue(chart.commit(), "what Enter and leaving a field do");
        assertFalse(chart.dirty());
        assertEquals("03-1234-5678", chart.boxes().get(2).phone());
        assertEquals("03-1234-5678", chart.selectedProperty().get().phone());
        assertEquals("03-1234-5678", reopened().internal().get(2).phone());
    }

    @Test
    void typingThatCannotBeSavedIsKeptWithTheReason() {
        Contact first = chart.boxes().get(0);
        chart.select(first);
        chart.roleProperty().set("  ");
        chart.nameProperty().set("院長 山田");
        assertFalse(chart.select(chart.boxes().get(1)));
        assertEquals(first, chart.selectedProperty().get(), "the entry stays chosen");
        assertEquals("院長 山田", chart.nameProperty().get(), "the typing is kept");
        assertTrue(window.status().textProperty().get().startsWith("役割が空のため保存できません"));
        assertFalse(chart.commit(), "closing the window (Esc) is refused the same way");
        chart.roleProperty().set(first.role());
        assertTrue(chart.commit());
        assertEquals("院長 山田", reopened().internal().get(0).name());
    }

    @Test
    void anotherYearIsShownOnlyAfterTheTypingIsSaved() {
        chart.select(chart.boxes().get(0));
        chart.nameProperty().set("事務長 佐藤");
        window.load(new FiscalYear(2026));
        assertEquals("", chart.nameProperty().get());
        assertEquals("事務長 佐藤", reopened().internal().get(0).name());
    }
}
