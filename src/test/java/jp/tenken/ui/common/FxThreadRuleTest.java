package jp.tenken.ui.common;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

/** Enforces ARCHITECTURE.md's FX-thread rule: only the JavaFX executor posts work to the FX thread. */
class FxThreadRuleTest {

    @Test
    void onlyTheFxExecutorCallsPlatformRunLater() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.tenken");
        noClasses().that().doNotHaveFullyQualifiedName(FxUiExecutor.class.getName())
                .should().callMethod(Platform.class, "runLater", Runnable.class)
                .because("views and view models go through UiExecutor (onUiThread, later), so tests can run them at once")
                .check(classes);
    }
}
