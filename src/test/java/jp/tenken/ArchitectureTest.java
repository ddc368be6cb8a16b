package jp.tenken;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.app.AppContext;
import jp.tenken.catalog.Catalog;
import jp.tenken.storage.TenkenFile;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import jp.tenken.ui.common.FxUiExecutor;
import jp.tenken.ui.common.Windows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enforces the dependency rules of ARCHITECTURE.md. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.tenken");
    }

    @Test
    void layersOnlyUseTheLayersBelowThem() {
        ArchRule rule = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("app").definedBy("jp.tenken.app..")
                .layer("ui").definedBy("jp.tenken.ui..")
                .layer("service").definedBy("jp.tenken.service..")
                .layer("storage").definedBy("jp.tenken.storage..")
                .layer("xlsx").definedBy("jp.tenken.xlsx..")
                .layer("pdf").definedBy("jp.tenken.pdf..")
                .layer("catalog").definedBy("jp.tenken.catalog..")
                .layer("domain").definedBy("jp.tenken.domain..")
                .layer("i18n").definedBy("jp.tenken.i18n..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "app")
                .whereLayer("storage").mayOnlyBeAccessedByLayers("service", "app")
                .whereLayer("xlsx").mayOnlyBeAccessedByLayers("service", "app")
                .whereLayer("pdf").mayOnlyBeAccessedByLayers("service", "app")
                .whereLayer("catalog").mayOnlyBeAccessedByLayers("service", "app")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("catalog", "storage", "xlsx", "pdf", "service", "ui", "app")
                .because("ARCHITECTURE.md: app → ui → service → storage/xlsx/pdf/catalog → domain");
        rule.check(classes);
    }

    @Test
    void domainUsesOnlyJava() {
        noClasses().that().resideInAPackage("jp.tenken.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "jp.tenken.domain..")
                .because("the domain is plain records and pure rules").check(classes);
    }

    @Test
    void domainSubjectsRestOnTheSharedWordsAndNotInACircle() {
        noClasses().that().resideInAPackage("jp.tenken.domain")
                .should().dependOnClassesThat().resideInAPackage("jp.tenken.domain.*..")
                .because("the root of domain holds what every subject says alike (fiscal year, wareki, full-width "
                        + "text); it needs none of the subjects")
                .check(classes);
        slices().matching("jp.tenken.domain.(*)..").should().beFreeOfCycles()
                .because("a subject package that needs another is a sign the two are one subject").check(classes);
    }

    @Test
    void javafxOnlyInUiAndApp() {
        noClasses().that().resideOutsideOfPackages("jp.tenken.ui..", "jp.tenken.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("screens live in ui; everything else runs headless").check(classes);
    }

    @Test
    void sqlOnlyInStorage() {
        noClasses().that().resideOutsideOfPackage("jp.tenken.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .because("one package owns the workbook file").check(classes);
    }

    @Test
    void pdfboxOnlyInPdf() {
        noClasses().that().resideOutsideOfPackage("jp.tenken.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
                .because("ARCHITECTURE.md: the guideline PDFs are read in pdf, through its guarded opener")
                .check(classes);
        noClasses().that().resideInAPackage("jp.tenken.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.tenken.storage..", "jp.tenken.xlsx..",
                        "jp.tenken.catalog..", "jp.tenken.service..")
                .because("ARCHITECTURE.md: pdf reads PDFs into the domain; no database, no spreadsheets")
                .check(classes);
    }

    @Test
    void poiOnlyInXlsx() {
        noClasses().that().resideOutsideOfPackage("jp.tenken.xlsx..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
                .because("Excel reading and writing live in xlsx").check(classes);
    }

    @Test
    void viewModelsDoNotTouchScenesOrStages() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models are plain objects tested without a toolkit").check(classes);
    }

    @Test
    void noNetworkOutsideTheWhitelist() {
        // java.net is allowed only for naming bundled resources (URL/URI); nothing that connects anywhere
        noClasses().should().dependOnClassesThat(
                com.tngtech.archunit.base.DescribedPredicate.describe("java.net other than URL, URI and their exceptions",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("java.net")
                                && !java.util.Set.of("java.net.URL", "java.net.URI", "java.net.URISyntaxException",
                                        "java.net.MalformedURLException").contains(c.getName())))
                .because("Tenken runs offline: it never opens a network connection").check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("jp.tenken.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noManagersHelpersOrUtils() {
        noClasses().should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .because("names are domain words with role suffixes").check(classes);
    }

    @Test
    void noServiceHandsOutItsFileCatalogOrClock() {
        noMethods().that().areDeclaredInClassesThat()
                .resideInAPackage("jp.tenken.service").and().arePublic()
                .should().haveRawReturnType(TenkenFile.class)
                .orShould().haveRawReturnType(Catalog.class)
                .orShould().haveRawReturnType(Clock.class)
                .because("ARCHITECTURE.md: each service gets what it uses in its constructor and hands none of it out")
                .check(classes);
    }

    @Test
    void theFileObjectHandsOutNoRepository() {
        noMethods().that().areDeclaredIn(TenkenFile.class)
                .should().haveRawReturnType(DescribedPredicate.describe("a repository or the change log",
                        (JavaClass c) -> c.getPackageName().equals("jp.tenken.storage")
                                && (c.getSimpleName().endsWith("Repository") || c.getSimpleName().equals("ChangeLog"))))
                .because("ARCHITECTURE.md: the file object opens, locks, backs up and closes; AppContext builds the "
                        + "repositories and gives each service the ones it uses, so its constructor shows what it touches")
                .check(classes);
    }

    @Test
    void writingExcelDoesNotUseReadingIt() {
        noClasses().that().resideInAPackage("jp.tenken.xlsx.write..")
                .should().dependOnClassesThat().resideInAPackage("jp.tenken.xlsx.read..")
                .because("ARCHITECTURE.md: xlsx/write and xlsx/read do not import each other; what both need lives in "
                        + "xlsx or domain")
                .check(classes);
        noClasses().that().resideInAPackage("jp.tenken.xlsx.read..")
                .should().dependOnClassesThat().resideInAPackage("jp.tenken.xlsx.write..")
                .because("ARCHITECTURE.md: xlsx/write and xlsx/read do not import each other; what both need lives in "
                        + "xlsx or domain")
                .check(classes);
    }

    @Test
    void onlyTheCompositionRootBuildsServices() {
        noClasses().that().doNotHaveFullyQualifiedName(AppContext.class.getName())
                .should().callConstructorWhere(DescribedPredicate.describe("a service's constructor (other than its own)",
                        (JavaConstructorCall call) -> isService(call.getTargetOwner())
                                && !call.getOriginOwner().equals(call.getTargetOwner())))
                .because("ARCHITECTURE.md: AppContext is the one composition root; a service built elsewhere would "
                        + "get its parts from somewhere else")
                .check(classes);
    }

    @Test
    void noTwoServicesNeedEachOther() {
        List<String> both = new ArrayList<>();
        for (JavaClass a : classes) {
            for (JavaClass b : classes) {
                if (isService(a) && isService(b) && a.getName().compareTo(b.getName()) < 0
                        && uses(a, b) && uses(b, a)) {
                    both.add(a.getSimpleName() + " <-> " + b.getSimpleName());
                }
            }
        }
        assertEquals(List.of(), both,
                "ARCHITECTURE.md: no two services need each other");
    }

    private static boolean isService(JavaClass c) {
        return c.getPackageName().equals("jp.tenken.service") && c.getSimpleName().endsWith("Service");
    }

    private static boolean uses(JavaClass from, JavaClass to) {
        return from.getDirectDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass().equals(to));
    }

    @Test
    void screensReachDataOnlyThroughServices() {
        noClasses().that().resideInAPackage("jp.tenken.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.tenken.catalog..", "jp.tenken.storage..",
                        "jp.tenken.xlsx..")
                .because("ARCHITECTURE.md: ui reaches data only through services").check(classes);
    }

    @Test
    void onlyTheFxExecutorCallsPlatformRunLater() {
        noClasses().that().doNotHaveFullyQualifiedName(FxUiExecutor.class.getName())
                .should().callMethod(Platform.class, "runLater", Runnable.class)
                .because("views and view models go through UiExecutor (onUiThread, later), so tests can run them at once")
                .check(classes);
    }

    @Test
    void onlyTheWindowFactoryBuildsWindows() {
        DescribedPredicate<JavaCall<?>> buildsAWindow = DescribedPredicate.describe(
                "build a Stage or a Scene, or set a window's owner", call -> {
                    String owner = call.getTarget().getOwner().getName();
                    String name = call.getTarget().getName();
                    return name.equals("initOwner") || name.equals("<init>")
                            && (owner.equals(Stage.class.getName()) || owner.equals(Scene.class.getName()));
                });
        noClasses().that().doNotHaveFullyQualifiedName(Windows.class.getName())
                .and().doNotHaveFullyQualifiedName(Windows.Builder.class.getName())
                .should().callCodeUnitWhere(buildsAWindow)
                .because("ARCHITECTURE.md: one window factory in ui/common gives every window and dialog the "
                        + "stylesheet, font size, contrast, owner, Esc and a size within the screen")
                .check(classes);
    }

    @Test
    void aChildViewModelHoldsNoReferenceToItsParent() {
        ArchCondition<JavaClass> holdNoParent = new ArchCondition<>("hold no view model that holds them") {
            @Override
            public void check(JavaClass child, ConditionEvents events) {
                for (JavaField f : child.getFields()) {
                    JavaClass parent = f.getRawType();
                    boolean holdsChild = parent.getSimpleName().endsWith("ViewModel") && !parent.equals(child)
                            && parent.getFields().stream().anyMatch(p -> p.getRawType().equals(child));
                    if (holdsChild) {
                        events.add(SimpleConditionEvent.violated(f, child.getName() + " holds its parent "
                                + parent.getName() + " in " + f.getName()));
                    }
                }
            }
        };
        classes().that().haveSimpleNameEndingWith("ViewModel").should(holdNoParent)
                .because("ARCHITECTURE.md: a child view model talks to its parent through properties or a narrow "
                        + "interface (e.g. AnswersViewModel.Screen), never a back-reference")
                .check(classes);
    }
}
