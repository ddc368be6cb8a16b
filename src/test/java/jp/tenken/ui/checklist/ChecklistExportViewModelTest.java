package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import org.junit.jupiter.api.Test;

/** The checklist's export commands, writing a real workbook off the FX thread. */
class ChecklistExportViewModelTest extends ChecklistFixture {

    @Test
    void exportsThePackOffTheFxThreadAndSaysWhereItWent() throws Exception {
        loadWithFacility();
        vm.answers().answer(row("ops.device-ledger", Scope.ALL), Round.FIRST, AnswerValue.YES);
        assertEquals("さくら内科クリニック_立入検査用_令和7年度.xlsx", vm.exports().suggestedExportName(true));
        Path out = dir.resolve(vm.exports().suggestedExportName(true));
        vm.exports().export(true, out);
        assertTrue(Files.size(out) > 5000);
        assertEquals(1.0, vm.exports().exportProgressProperty().get());
        assertTrue(vm.statusProperty().get().contains("出力しました"), vm.statusProperty().get());
        // the completion dialog gets the file and what it holds, counted from the file itself
        assertEquals(out, vm.exports().doneProperty().get().file());
        assertTrue(vm.exports().doneProperty().get().summary().startsWith("医療機関確認用 22行（はい "),
                vm.exports().doneProperty().get().summary());
        vm.exports().export(false, dir.resolve("missing").resolve("x.xlsx"));
        assertTrue(vm.errorMessageProperty().get().contains("見つかりません"), vm.errorMessageProperty().get());
    }
}
