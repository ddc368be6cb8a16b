package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import jp.tenken.testing.TestWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app at 特大: a clerk adds a contact to the 連絡体制図 (院内の「顧問弁護士」). The question is in the app's
 * words, its 「追加する」 waits for a role, it reads whole on a 1366×768 screen, and the role is in the chart after it.
 */
class ContactAddTest extends FxRobot {

    @TempDir
    static Path home;

    @BeforeAll
    static void workbook() {
        TestWorkbook.clinicAt(home, LocalDate.of(2025, 10, 1));
    }

    @AfterAll
    static void clear() throws Exception {
        FxToolkit.cleanupStages();
        TestWorkbook.leaveApp();
    }

    @Test
    void aContactIsAddedInTheClerksWords() throws Exception {
        FxToolkit.registerPrimaryStage();
        TenkenApp app = new TenkenApp();
        try {
            FxToolkit.setupApplication(() -> app);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#font-size-XLARGE").tryQuery().isPresent());
            interact(lookup("#font-size-XLARGE").queryAs(ToggleButton.class)::fire);
            interact(lookup("#nav-registers").queryAs(Button.class)::fire);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#registers-tabs").tryQuery().isPresent());
            TabPane tabs = lookup("#registers-tabs").queryAs(TabPane.class);
            interact(() -> tabs.getSelectionModel().select(1));
            ListView<?> boxes = lookup("#contacts-list").queryAs(ListView.class);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !boxes.getItems().isEmpty());
            int before = boxes.getItems().size();

            MenuButton add = lookup("#contact-add").queryAs(MenuButton.class);
            MenuItem internal = add.getItems().stream().filter(i -> "contact-add-internal".equals(i.getId()))
                    .findFirst().orElseThrow();
            ShownDialog d = ShownDialog.open(this, internal::fire, "#contact-role-dialog");
            Node root = d.window().getScene().getRoot();
            List<String> names = root.lookupAll(".button-bar .button").stream().map(b -> ((Button) b).getText())
                    .sorted().toList();
            assertEquals(List.of("やめる", "追加する"), names, "the buttons in the app's words");
            Button ok = root.lookupAll(".button-bar .button").stream().map(Button.class::cast)
                    .filter(b -> b.getText().equals("追加する")).findFirst().orElseThrow();
            assertTrue(ok.isDisabled(), "追加する waits for a role");
            List<String> problems = d.problems("特大 連絡先を追加");
            assertTrue(problems.isEmpty(), String.join("\n", problems));

            clickOn((TextField) root.lookup("#contact-role")).write("顧問弁護士");
            clickOn(ok);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !d.window().isShowing());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> boxes.getItems().size() == before + 1);
            assertTrue(boxes.getItems().stream().anyMatch(b -> String.valueOf(b).contains("顧問弁護士")),
                    "the new role is in the chart: " + boxes.getItems());
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }
}
