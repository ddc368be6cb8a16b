package jp.tenken.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import jp.tenken.ui.common.Fonts;
import org.junit.jupiter.api.Test;

/**
 * The window reads ui/app.bss (the build's binary copy of ui/app.css) in place of the text: it must say the same,
 * rule by rule, or a change to the stylesheet would not reach the screen. The fonts opened before the window are
 * the ones it asks for.
 */
class BinaryStylesheetTest {

    @Test
    void theBinaryStylesheetSaysWhatTheTextSays() throws Exception {
        URL css = BinaryStylesheetTest.class.getResource("/ui/app.css");
        URL bss = BinaryStylesheetTest.class.getResource("/ui/app.bss");
        assertNotNull(bss, "the build makes ui/app.bss beside ui/app.css");
        List<String> text = rules(new CssParser().parse(css));
        List<String> binary = rules(Stylesheet.loadBinary(bss));
        assertEquals(text.size(), binary.size());
        for (int i = 0; i < text.size(); i++) {
            assertEquals(text.get(i), binary.get(i), "rule " + (i + 1));
        }
    }

    @Test
    void theFontsOpenedBeforeTheWindowAreTheOnesTheStylesheetAsksFor() throws Exception {
        String css;
        try (var in = BinaryStylesheetTest.class.getResourceAsStream("/ui/app.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String family = css.lines().map(String::strip).filter(l -> l.startsWith("-fx-font-family:")).findFirst()
                .orElseThrow().substring("-fx-font-family:".length()).strip();
        assertTrue(family.startsWith("\"" + Fonts.FAMILY + "\""), "app.css asks first for " + family);
    }

    /** Each rule as its selectors and its declarations (property, value, importance). */
    private static List<String> rules(Stylesheet s) {
        return s.getRules().stream().map(BinaryStylesheetTest::describe).toList();
    }

    private static String describe(Rule r) {
        StringBuilder b = new StringBuilder(r.getSelectors().toString()).append(" {");
        for (Declaration d : r.getDeclarations()) {
            b.append(' ').append(d.getProperty()).append(": ").append(d.getParsedValue())
                    .append(d.isImportant() ? " !important" : "").append(';');
        }
        return b.append(" }").toString();
    }
}
