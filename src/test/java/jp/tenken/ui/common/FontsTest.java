package jp.tenken.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import jp.tenken.testing.ChildJvm;
import org.junit.jupiter.api.Test;

/**
 * The window's fonts on Linux: where Noto Sans CJK's collections are installed, the family the stylesheet asks for
 * and its bold are the JP fonts of those files, and each file is opened (mapped) once, not once per font of the
 * collection. Run in a fresh JVM, so that no other test has opened the fonts before.
 */
class FontsTest {

    @Test
    void theStylesheetsFamilyAndItsBoldComeFromOneOpeningOfEachCollection() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().startsWith("linux"), "the collections are Linux's");
        assumeTrue(Fonts.COLLECTION_FOLDERS.stream().anyMatch(d -> Files.isRegularFile(d.resolve(Fonts.COLLECTIONS.get(0)))),
                "Noto Sans CJK is installed (fonts-noto-cjk)");
        try (ChildJvm child = ChildJvm.start(Probe.class.getName(), ChildJvm.HEADLESS_JAVAFX)) {
            assertEquals(0, child.waitFor(Duration.ofSeconds(60)), child.output());
            String out = child.output();
            assertTrue(out.contains("regular=Noto Sans CJK JP\n"), out);
            assertTrue(out.contains("bold=Noto Sans CJK JP Bold\n"), out);
            assertTrue(out.contains("opened=2\n"), out);
            assertTrue(out.contains("NotoSansCJK-Regular.ttc maps=1\n"), out);
            assertTrue(out.contains("NotoSansCJK-Bold.ttc maps=1\n"), out);
        }
    }

    /** Opens the fonts as the app does at its start, then prints what it got and how often each file is mapped. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            CountDownLatch up = new CountDownLatch(1);
            Platform.startup(up::countDown);
            up.await();
            System.out.println("opened=" + Fonts.openFirstFontsOfCollections().size());
            System.out.println("regular=" + Font.font(Fonts.FAMILY, FontWeight.NORMAL, 13).getName());
            System.out.println("bold=" + Font.font(Fonts.FAMILY, FontWeight.BOLD, 13).getName());
            List<String> maps = Files.readAllLines(Path.of("/proc/self/maps"));
            for (String file : Fonts.COLLECTIONS) {
                System.out.println(file + " maps=" + maps.stream().filter(m -> m.endsWith("/" + file)).count());
            }
            Platform.exit();
        }
    }
}
