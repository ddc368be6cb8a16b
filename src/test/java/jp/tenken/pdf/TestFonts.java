package jp.tenken.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A Japanese TrueType font PDFBox can embed, for the PDFs the tests generate. The Noto CJK fonts the screens use are
 * CFF-outlined OpenType collections, which PDFBox cannot embed, and Droid Sans Fallback has no Latin digits; IPA
 * Gothic (Debian {@code fonts-ipafont-gothic}, installed by {@code .ci/run}) has both. Without it the tests fail with
 * this reason rather than skip.
 */
public final class TestFonts {
    private static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
            Path.of("/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf"),
            Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"));

    private TestFonts() {
    }

    public static Path japaneseTtf() {
        return CANDIDATES.stream().filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".ttf")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No Japanese TrueType font to embed in test PDFs: "
                        + "install fonts-ipafont-gothic (Debian), as .ci/run does. Looked at " + CANDIDATES));
    }
}
