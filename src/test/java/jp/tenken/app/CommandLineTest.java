package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one reading of every command's arguments: options, switches and file names in any order, mistakes named. */
class CommandLineTest {

    @Test
    void optionsSwitchesAndFilesInAnyOrder() throws Exception {
        CommandLine line = CommandLine.parse(List.of("a.xlsx", "--dry-run", "--year", "R8", "b.xlsx"),
                Set.of("year"), Set.of("dry-run"), true);
        assertEquals("R8", line.option("year").orElseThrow());
        assertTrue(line.flag("dry-run"));
        assertEquals(List.of("a.xlsx", "b.xlsx"), line.operands());
    }

    @Test
    void eachMistakeNamesItsArgument() {
        CommandLine.Usage unknown = assertThrows(CommandLine.Usage.class,
                () -> CommandLine.parse(List.of("--yaer", "R8"), Set.of("year"), Set.of(), true));
        assertEquals(CommandLine.Usage.Kind.UNKNOWN_OPTION, unknown.kind());
        assertEquals("--yaer", unknown.argument());
        CommandLine.Usage missing = assertThrows(CommandLine.Usage.class,
                () -> CommandLine.parse(List.of("--year", "--dry-run"), Set.of("year"), Set.of("dry-run"), true));
        assertEquals(CommandLine.Usage.Kind.MISSING_VALUE, missing.kind());
        CommandLine.Usage operand = assertThrows(CommandLine.Usage.class,
                () -> CommandLine.parse(List.of("x.xlsx"), Set.of("out"), Set.of(), false));
        assertEquals(CommandLine.Usage.Kind.UNEXPECTED_OPERAND, operand.kind());
    }
}
