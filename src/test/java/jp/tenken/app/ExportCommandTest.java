package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.testing.TestWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tenken export} runs on the app's own context: {@code -Dtenken.today} dates what it writes. */
class ExportCommandTest {
    @TempDir
    Path dir;
    Path workbook;

    @BeforeEach
    void setUp() {
        System.setProperty("tenken.appdata", dir.resolve("appdata").toString());
        System.setProperty("tenken.today", "2025-06-10");
        workbook = dir.resolve("clinic.tenken");
        // made on another "today", so only the command's own clock can put 令和7年6月10日 in the file
        try (TestWorkbook wb = TestWorkbook.create(workbook, LocalDate.of(2025, 10, 1))) {
            wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
        }
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("tenken.appdata");
        System.clearProperty("tenken.today");
    }

    @Test
    void thePackFromTheCommandLineIsDatedByTheFixedToday() throws Exception {
        Path out = dir.resolve("立入検査用.xlsx");
        int code = ExportCommand.run(List.of("--workbook", workbook.toString(),
                "--year", "2025", "--out", out.toString()));
        assertEquals(0, code);
        List<String> dated = texts(out, "出力");
        assertTrue(dated.stream().anyMatch(t -> t.contains("出力日：令和7年6月10日")), dated.toString());
        assertTrue(dated.stream().noneMatch(t -> t.contains("令和7年10月1日")), dated.toString());
    }

    @Test
    void theFacilityFormFromTheCommandLineIsDatedByTheFixedToday() throws Exception {
        Path out = dir.resolve("医療機関確認用.xlsx");
        assertEquals(0, ExportCommand.run(List.of("--workbook", workbook.toString(), "--year", "R7",
                "--form", "facility", "--out", out.toString())));
        assertEquals(List.of("出力：Tenken（令和7年6月10日）"), texts(out, "出力"));
    }

    /** Every text cell of every sheet that contains {@code word}. */
    private static List<String> texts(Path file, String word) throws Exception {
        List<String> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook x = new XSSFWorkbook(in)) {
            for (Sheet sheet : x) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains(word)) {
                            found.add(c.getStringCellValue());
                        }
                    }
                }
            }
        }
        return found;
    }
}
