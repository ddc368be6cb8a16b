package jp.tenken.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one normal form of typed text. */
class UserTextTest {

    @Test
    void aNameIsOneLineWithoutSurroundingSpace() {
        assertEquals("株式会社 メディカル 東京支店", UserText.line(" 株式会社\tメディカル\r\n東京支店　"));
        assertEquals("山田　太郎", UserText.line("山田　太郎"), "a space inside a name is the name's own");
        assertEquals("", UserText.line(null));
        assertEquals("", UserText.line(" \t\r\n"));
    }

    @Test
    void aNoteKeepsItsLinesButNotItsStrayWhiteSpace() {
        assertEquals("先頭に空白\n二行目 （タブ）", UserText.lines("  先頭に空白\r\n二行目\t（タブ）  \r\n"));
        assertEquals("一行目\n\n三行目", UserText.lines("一行目\r\r三行目"));
        assertEquals("", UserText.lines(null));
    }

    @Test
    void normalisingTwiceChangesNothing() {
        for (String s : List.of(" a\tb\r\nc ", "\r\n  x  \n\ty\t", "前年度：はい（令和6年5月1日）", "")) {
            assertEquals(UserText.line(s), UserText.line(UserText.line(s)));
            assertEquals(UserText.lines(s), UserText.lines(UserText.lines(s)));
        }
    }
}
