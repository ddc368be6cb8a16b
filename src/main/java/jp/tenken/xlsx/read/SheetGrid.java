package jp.tenken.xlsx.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet as a person sees it: the text shown in each cell (a merged block shows its text in every cell it covers;
 * formulas are never evaluated, their cached values are read), hidden columns, and the data validations (a はい/いいえ
 * list, a date rule) that say what a column is for. Rows and columns are capped.
 */
final class SheetGrid {
    static final int MAX_ROWS = 3000;
    static final int MAX_COLUMNS = 80;
    private static final int MAX_MERGED_AREA = 20_000;
    private final DataFormatter display = new DataFormatter(Locale.JAPAN);

    private final Sheet sheet;
    private final int lastRow;
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();
    private final List<Rule> rules = new ArrayList<>();

    /** A data validation: where it applies, its type, and its list values (empty unless a list). */
    private record Rule(List<CellRangeAddress> regions, int type, List<String> values) {
    }

    SheetGrid(Sheet sheet) {
        this.sheet = sheet;
        this.lastRow = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        for (CellRangeAddress a : sheet.getMergedRegions()) {
            if (a.getFirstRow() > lastRow || a.getFirstColumn() >= MAX_COLUMNS
                    || (long) (a.getLastRow() - a.getFirstRow() + 1) * (a.getLastColumn() - a.getFirstColumn() + 1)
                    > MAX_MERGED_AREA) {
                continue;
            }
            for (int r = a.getFirstRow(); r <= Math.min(a.getLastRow(), lastRow); r++) {
                for (int c = a.getFirstColumn(); c <= Math.min(a.getLastColumn(), MAX_COLUMNS - 1); c++) {
                    merged.put(at(r, c), a);
                }
            }
        }
        if (sheet instanceof XSSFSheet x) {
            for (DataValidation v : x.getDataValidations()) {
                DataValidationConstraint k = v.getValidationConstraint();
                rules.add(new Rule(List.of(v.getRegions().getCellRangeAddresses()), k.getValidationType(),
                        listValues(k)));
            }
        }
    }

    private List<String> listValues(DataValidationConstraint k) {
        if (k.getValidationType() != DataValidationConstraint.ValidationType.LIST) {
            return List.of();
        }
        if (k.getExplicitListValues() != null) {
            return List.of(k.getExplicitListValues()).stream().map(OfficialText::compact).toList();
        }
        String f = k.getFormula1() == null ? "" : k.getFormula1().replace("$", "");
        try {
            AreaReference area = new AreaReference(f.contains("!") ? f : sheet.getSheetName() + "!" + f,
                    sheet.getWorkbook().getSpreadsheetVersion());
            Sheet from = sheet.getWorkbook().getSheet(area.getFirstCell().getSheetName());
            List<String> out = new ArrayList<>();
            for (CellReference c : area.getAllReferencedCells()) {
                if (from != null && out.size() < 50) {
                    out.add(OfficialText.compact(text(from, c.getRow(), c.getCol())));
                }
            }
            return out;
        } catch (RuntimeException notAnArea) {
            return List.of();
        }
    }

    private static long at(int r, int c) {
        return ((long) r << 16) | c;
    }

    String name() {
        return sheet.getSheetName();
    }

    int lastRow() {
        return lastRow;
    }

    CellRangeAddress region(int r, int c) {
        return merged.get(at(r, c));
    }

    /** The cell's own text (no formula is evaluated: a formula cell gives its cached value). */
    String raw(int r, int c) {
        return text(sheet, r, c);
    }

    private static String text(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null) {
            return "";
        }
        CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (t) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e9 ? Long.toString((long) d) : Double.toString(d);
            }
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** The text shown at (r, c): a merged cell shows its top-left cell's text. */
    String value(int r, int c) {
        CellRangeAddress a = region(r, c);
        return a == null ? raw(r, c) : raw(a.getFirstRow(), a.getFirstColumn());
    }

    /** The text a row itself puts at (r, c): empty where a merged block from an earlier row goes on. */
    String own(int r, int c) {
        return continues(r, c) ? "" : OfficialText.clean(value(r, c));
    }

    boolean sameRegion(int r, int c1, int c2) {
        CellRangeAddress a = region(r, c1);
        return a != null && a == region(r, c2);
    }

    /** Whether (r, c) lies in a merged block that began on an earlier row. */
    boolean continues(int r, int c) {
        CellRangeAddress a = region(r, c);
        return a != null && a.getFirstRow() < r;
    }

    boolean isTopLeft(int r, int c) {
        CellRangeAddress a = region(r, c);
        return a == null || (a.getFirstRow() == r && a.getFirstColumn() == c);
    }

    /** How many columns the sheet uses (capped). */
    int width() {
        int w = 0;
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            w = Math.max(w, row == null ? 0 : row.getLastCellNum());
        }
        return Math.min(Math.max(w, 0), MAX_COLUMNS);
    }

    /** The text shown at (r, c) as Excel formats it (dates as dates); a merged block shows it in every cell. */
    String display(int r, int c) {
        CellRangeAddress a = region(r, c);
        Row row = sheet.getRow(a == null ? r : a.getFirstRow());
        Cell cell = row == null ? null : row.getCell(a == null ? c : a.getFirstColumn());
        return cell == null ? "" : display.formatCellValue(cell);
    }

    boolean hidden(int c) {
        return sheet.isColumnHidden(c);
    }

    /** The values of a list validation that covers (r, c), normalised; empty when none does. */
    List<String> listAt(int r, int c) {
        for (Rule k : rules) {
            if (!k.values().isEmpty() && k.regions().stream().anyMatch(a -> a.isInRange(r, c))) {
                return k.values();
            }
        }
        return List.of();
    }

    /** Whether a date validation covers (r, c). */
    boolean dateValidated(int r, int c) {
        return rules.stream().anyMatch(k -> k.type() == DataValidationConstraint.ValidationType.DATE
                && k.regions().stream().anyMatch(a -> a.isInRange(r, c)));
    }

    /** The font size of (r, c) in points (0 when the cell has no style of its own): how a big title stands out. */
    int fontPoints(int r, int c) {
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null || cell.getCellStyle() == null) {
            return 0;
        }
        return sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints();
    }

    /** Whether (r, c) is formatted as a date. */
    boolean dateCell(int r, int c) {
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null) {
            return false;
        }
        CellStyle s = cell.getCellStyle();
        return s != null && s.getDataFormat() != 0 && (DateUtil.isADateFormat(s.getDataFormat(),
                s.getDataFormatString()) || warekiFormat(s.getDataFormatString()));
    }

    /**
     * Whether a number format shows a 和暦 date (「[$-ja-JP]ggge"年"m"月"d"日"」, 「ge.m.d」): an era year (e, ee, after
     * g, gg or ggg) with a month or day, outside quoted text and [..] sections. POI does not count these as dates.
     */
    static boolean warekiFormat(String format) {
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").split(";", -1)[0];
        return bare.matches("(?s)(?:[^A-Za-z]|g)*e{1,2}(?![A-Za-z&&[^md]]).*") && bare.matches("(?s).*[md].*");
    }

    /** Whether (r, c) has a border on any side: the printed grid a table's rows are drawn in. */
    boolean bordered(int r, int c) {
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        CellStyle s = cell == null ? null : cell.getCellStyle();
        return s != null && (s.getBorderTop() != BorderStyle.NONE || s.getBorderBottom() != BorderStyle.NONE
                || s.getBorderLeft() != BorderStyle.NONE || s.getBorderRight() != BorderStyle.NONE);
    }
}
