package jp.tenken.ui.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.Contact;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.ui.common.ImmediateUiExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The 連絡体制図 on a real screen, by keyboard: Enter and Tab save; an entry that cannot be saved stays chosen. */
class ContactChartViewTest extends FxRobot {
    static final FiscalYear FY = new FiscalYear(2025);

    @TempDir
    Path dir;

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void enterAndTabSaveAndAnUnsavableEntryStaysChosen() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (TestWorkbook wb = TestWorkbook.create(dir.resolve("clinic.tenken"), LocalDate.of(2025, 11, 1))) {
            RegistersViewModel vm = new RegistersViewModel(wb.context().registers(), wb.context().maintenance(),
                    wb.export(),
                    new ImmediateUiExecutor());
            FxToolkit.setupStage(stage -> {
                stage.setScene(new Scene(new ContactChartView(vm.contacts(), dir, "体制図.xlsx"), 900, 560));
                vm.load(FY); // as the window does: the view first, then the year
                stage.show();
            });
            TextField name = lookup("#contact-name").queryAs(TextField.class);
            TextField phone = lookup("#contact-phone").queryAs(TextField.class);
            TextField role = lookup("#contact-role").queryAs(TextField.class);
            ListView<?> list = lookup("#contacts-list").queryAs(ListView.class);
            assertEquals(0, list.getSelectionModel().getSelectedIndex());

            interact(() -> {
                name.requestFocus();
                name.setText("院長 山田");
            });
            type(KeyCode.ENTER);
            assertEquals("院長 山田", stored(wb, 0).name(), "Enter saved the field");

            interact(() -> {
                phone.requestFocus();
                phone.setText("090-1111-2222");
            });
            type(KeyCode.TAB);
            assertEquals("090-1111-2222", stored(wb, 0).phone(), "Tab saved the field");

            interact(() -> {
                role.setText("");
                name.setText("院長 田中");
                list.getSelectionModel().select(1);
            });
            assertEquals(0, list.getSelectionModel().getSelectedIndex(), "the entry stays chosen");
            assertEquals("院長 田中", name.getText(), "the typing is kept");
            assertTrue(vm.status().textProperty().get().startsWith("役割が空のため保存できません"));
            assertEquals("院長 山田", stored(wb, 0).name());
        }
    }

    private static Contact stored(TestWorkbook wb, int at) {
        return wb.context().registers().chart(FY).internal().get(at);
    }
}
