package jp.tenken.xlsx.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.year.AnswerSheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Sheet names of vendors' forms: whole characters, Excel's rules, unique — whatever the vendor is called. */
class SheetNameTest {
    private static final Edition R7 = new CatalogReader().bundled().editionFor(new FiscalYear(2025)).edition();

    private static FormData vendor(String name) {
        return new FormData(R7, R7.form(FormKind.VENDOR).orElseThrow(), new FiscalYear(2025), "テスト医院", name, "",
                new AnswerSheet(List.of()));
    }

    @Test
    void aCharacterOutsideTheBmpIsNeverCutInHalf() throws Exception {
        Set<String> taken = new HashSet<>();
        // the cut falls on every position of the surrogate pair in turn
        for (String pad : List.of("", "あ", "あい", "あいう")) {
            String name = XlsxExporter.sheetName(vendor(pad + "医療情報システム保守サービス株式会社𠮷田𠮷田𠮷田"), taken);
            assertTrue(name.length() <= 31, name);
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertTrue(i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1)), name);
                } else {
                    assertFalse(Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(name.charAt(i - 1))), name);
                }
            }
            assertEquals(name, WorkbookUtil.createSafeSheetName(name), "Excel accepts it as it is");
        }
        assertEquals(4, taken.size(), "each name unique");
    }

    @Test
    void tabsLineBreaksAndForbiddenCharactersBecomeSafeAndNamesStayUnique() throws Exception {
        Set<String> taken = new HashSet<>();
        String a = XlsxExporter.sheetName(vendor("'ABC\t電算\r\n[保守]/サービス'"), taken);
        String b = XlsxExporter.sheetName(vendor("'ABC\t電算\r\n[保守]/サービス'"), taken);
        assertFalse(a.matches(".*[\\t\\r\\n\\[\\]/].*"), a);
        assertFalse(a.startsWith("'") || a.endsWith("'"), a);
        assertTrue(b.endsWith("(2)") && !a.equals(b), b);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet(a);
            wb.createSheet(b);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                assertEquals(a, back.getSheetName(0));
                assertEquals(b, back.getSheetName(1));
            }
        }
    }
}
