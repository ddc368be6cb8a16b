package jp.tenken.xlsx.write;

import jp.tenken.domain.ExportProgress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialLayout;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.xlsx.OfficialFileException;
import jp.tenken.xlsx.RefusedWorkbookException;
import jp.tenken.xlsx.UntrustedWorkbook;
import jp.tenken.xlsx.write.ExportSummary.LeftOut;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a year's answers into a copy of the ministry's own workbook, in the cells recorded when the edition was
 * taken in: はい/いいえ (or ○ under はい or いいえ where the form has a column for each), 確認日 and 目標日 as real
 * dates, and the notes where the form has a 備考 column (one cell naming several devices shows their answers
 * combined). Everything else in the file — text, styles, merged cells,
 * print settings — is left as the ministry made it. A macro-enabled workbook (.xlsm) stays one: its macros
 * (vbaProject.bin) are carried over byte for byte and never run, and the output keeps the .xlsm name (see
 * {@link #outputName}). Writes only to the path it is given.
 */
public final class OfficialWorkbookWriter {

    /** The mark written under はい or いいえ when the form gives each its own column. */
    static final String MARK = "○";
    /** What a filled-in copy holds in an answer cell: はい, いいえ or a mark. */
    private static final Pattern ANSWER_MARK = Pattern.compile("はい|いいえ|[○〇◯●✓✔レ]|(?i)yes|no");

    /** A table named in the layout whose sheet is not in the kept file. */
    public static final class SheetMissingException extends IOException {
        private final String sheet;

        SheetMissingException(String sheet) {
            super("sheet missing: " + sheet);
            this.sheet = sheet;
        }

        public String sheet() {
            return sheet;
        }
    }

    /**
     * The name to write to: {@code out}, with .xlsm instead of .xlsx when the ministry's workbook is macro-enabled
     * (Excel refuses a macro-enabled workbook named .xlsx).
     */
    public static Path outputName(Path official, Path out) {
        String from = official.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String name = out.getFileName().toString();
        if (!from.endsWith(".xlsm") || name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsm")) {
            return out;
        }
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? name.substring(0, name.length() - 5)
                : name;
        return out.resolveSibling(base + ".xlsm");
    }

    /**
     * Fills a copy of {@code official} (opened through the guarded opener, never written) and writes it to
     * {@code out}; a file the opener refuses, or one POI fails on, becomes an {@link OfficialFileException}.
     */
    public Map<LeftOut, Integer> write(Path official, List<OfficialLayout.Table> tables,
                                                     AnswerSheet answers, Path out, ExportProgress progress)
            throws IOException {
        XSSFWorkbook wb;
        try {
            wb = UntrustedWorkbook.openCopy(official, UntrustedWorkbook.Limits.OFFICIAL_CHECKLIST);
        } catch (RefusedWorkbookException e) {
            throw OfficialFileException.of(e);
        }
        try (wb) {
            Map<LeftOut, Integer> left = new EnumMap<>(LeftOut.class);
            fill(wb, tables, answers, progress, left);
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
            progress.done(1.0);
            return left;
        } catch (RuntimeException | Error e) {
            if (e instanceof UserMessageException um) {
                throw um;
            }
            throw OfficialFileException.of(UntrustedWorkbook.refused(official, e));
        }
    }

    private static void fill(XSSFWorkbook wb, List<OfficialLayout.Table> tables, AnswerSheet answers,
                             ExportProgress progress, Map<LeftOut, Integer> left)
            throws SheetMissingException {
        Dates dates = new Dates(wb);
        int done = 0;
        for (OfficialLayout.Table t : tables) {
            XSSFSheet sheet = wb.getSheet(t.sheet());
            if (sheet == null) {
                throw new SheetMissingException(t.sheet());
            }
            Map<Integer, List<OfficialLayout.Placed>> byRow = new LinkedHashMap<>();
            t.rows().forEach(p -> byRow.computeIfAbsent(p.excelRow(), k -> new ArrayList<>()).add(p));
            // every row cleared before any is written: a cell merged over several rows (備考 beside device rows) is
            // not emptied by a later row after an earlier one wrote into it
            byRow.keySet().forEach(excelRow -> clearFilledIn(sheet, t, excelRow - 1));
            Map<CellAddress, Map<Integer, String>> notes = new LinkedHashMap<>();
            byRow.forEach((excelRow, placed) -> writeRow(sheet, t, excelRow - 1, placed, answers, dates, left, notes));
            notes.forEach((at, byExcelRow) -> cell(sheet, at.getRow(), at.getColumn())
                    .setCellValue(joinedNotes(byExcelRow, byRow)));
            progress.done(++done / (tables.size() + 1.0));
        }
    }

    /**
     * One Excel row: the answers of every answer row placed on it (one cell naming several devices); what the form has
     * no cell for is counted in {@code left}.
     */
    private static void writeRow(XSSFSheet sheet, OfficialLayout.Table t, int r, List<OfficialLayout.Placed> placed,
                                 AnswerSheet answers, Dates dates, Map<LeftOut, Integer> left,
                                 Map<CellAddress, Map<Integer, String>> notes) {
        Answer first = combined(placed, answers, Round.FIRST);
        Answer second = combined(placed, answers, Round.SECOND);
        writeRound(sheet, t, r, first, dates, left);
        writeRound(sheet, t, r, second, dates, left);
        String note = note(first, second);
        if (!note.isEmpty()) {
            t.column(OfficialColumn.NOTE).ifPresentOrElse(c -> {
                int[] at = topLeft(sheet, r, c);
                notes.computeIfAbsent(new CellAddress(at[0], at[1]), k -> new LinkedHashMap<>()).put(r + 1, note);
            }, () -> left.merge(LeftOut.NOTE, 1, Integer::sum));
        }
    }

    /**
     * The text of one 備考 cell: the note of its row, or, when the cell is merged beside several answered rows (device
     * sub-rows), each row's note after its device (「サーバ：…／端末PC：…」), so none is lost and each is attributed.
     */
    static String joinedNotes(Map<Integer, String> byExcelRow, Map<Integer, List<OfficialLayout.Placed>> byRow) {
        if (byExcelRow.size() == 1) {
            return byExcelRow.values().iterator().next();
        }
        List<String> parts = new ArrayList<>();
        byExcelRow.forEach((excelRow, note) -> {
            String devices = byRow.get(excelRow).stream().map(p -> p.row().scope().label())
                    .filter(x -> !x.isEmpty()).distinct().collect(Collectors.joining("・"));
            parts.add(devices.isEmpty() ? note : devices + "：" + note);
        });
        return String.join("／", parts);
    }

    /**
     * A copy of the form filled in elsewhere (last year's, a colleague's) keeps none of its own answers in a row Tenken
     * writes: its はい・いいえ, ○, dates and, on a row so filled, its 備考 are emptied (their styles kept) before the year's
     * answers go in, so a row unanswered this year is blank on paper. A fill-in guide such as 「　年　月　日」 stays.
     */
    private static void clearFilledIn(XSSFSheet sheet, OfficialLayout.Table t, int r) {
        boolean filled = false;
        for (Round round : Round.values()) {
            for (OfficialColumn col : List.of(OfficialColumn.answer(round), OfficialColumn.yes(round),
                    OfficialColumn.no(round), OfficialColumn.checked(round), OfficialColumn.target(round))) {
                Optional<Integer> c = t.column(col);
                Cell cell = c.isPresent() ? existing(sheet, r, c.get()) : null;
                if (cell != null && answered(cell)) {
                    cell.setBlank();
                    filled = true;
                }
            }
        }
        if (filled) {
            t.column(OfficialColumn.NOTE).map(c -> existing(sheet, r, c)).ifPresent(Cell::setBlank);
        }
    }

    /** A value someone entered: a number or date, or text that is an answer mark or holds a digit (a typed date). */
    private static boolean answered(Cell cell) {
        return switch (cell.getCellType()) {
            case NUMERIC, BOOLEAN -> true;
            case STRING -> {
                String v = cell.getStringCellValue().strip();
                yield !v.isEmpty() && (ANSWER_MARK.matcher(v).matches() || v.chars().anyMatch(Character::isDigit));
            }
            default -> false;
        };
    }

    /**
     * The answer one cell shows for several devices: いいえ if any device is いいえ (its latest 目標日), はい only
     * when every device is はい, the latest 確認日, the notes joined; a single device's answer as it is.
     */
    static Answer combined(List<OfficialLayout.Placed> placed, AnswerSheet answers, Round round) {
        List<Answer> all = placed.stream().map(p -> answers.get(p.row(), round)).toList();
        if (all.size() == 1) {
            return all.get(0);
        }
        boolean no = all.stream().anyMatch(a -> a.value() == AnswerValue.NO);
        boolean yes = all.stream().allMatch(a -> a.value() == AnswerValue.YES);
        AnswerValue value = no ? AnswerValue.NO : yes ? AnswerValue.YES : AnswerValue.UNANSWERED;
        // a date only with an answer: devices partly answered show neither (no date under an empty はい・いいえ)
        LocalDate checked = value == AnswerValue.UNANSWERED ? null : all.stream().map(Answer::checkedOn)
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        LocalDate target = all.stream().filter(a -> a.value() == AnswerValue.NO).map(Answer::targetDate)
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        String note = all.stream().map(a -> a.note().strip()).filter(x -> !x.isEmpty()).distinct()
                .collect(Collectors.joining("／"));
        return new Answer(all.get(0).row(), round, value, checked, target, note, null);
    }

    private static void writeRound(XSSFSheet sheet, OfficialLayout.Table t, int r, Answer a, Dates dates,
                                   Map<LeftOut, Integer> left) {
        boolean first = a.round() == Round.FIRST;
        if (a.value() != AnswerValue.UNANSWERED) {
            Optional<Integer> one = t.column(OfficialColumn.answer(a.round()));
            Optional<Integer> yes = t.column(OfficialColumn.yes(a.round()));
            Optional<Integer> no = t.column(OfficialColumn.no(a.round()));
            if (one.isPresent()) {
                cell(sheet, r, one.get()).setCellValue(a.value().label());
            } else if (yes.isPresent() && no.isPresent()) {
                mark(cell(sheet, r, yes.get()), a.value() == AnswerValue.YES);
                mark(cell(sheet, r, no.get()), a.value() == AnswerValue.NO);
            } else {
                left.merge(first ? LeftOut.ANSWER_1 : LeftOut.ANSWER_2, 1, Integer::sum);
            }
        }
        if (a.checkedOn() != null) {
            t.column(OfficialColumn.checked(a.round())).ifPresentOrElse(
                    c -> dates.put(cell(sheet, r, c), a.checkedOn()),
                    () -> left.merge(first ? LeftOut.CHECKED_1 : LeftOut.CHECKED_2, 1, Integer::sum));
        }
        if (a.value() == AnswerValue.NO && a.targetDate() != null) {
            t.column(OfficialColumn.target(a.round())).ifPresentOrElse(
                    c -> dates.put(cell(sheet, r, c), a.targetDate()),
                    () -> left.merge(first ? LeftOut.TARGET_1 : LeftOut.TARGET_2, 1, Integer::sum));
        }
    }

    /** ○ in the chosen column; the other one left empty (blank, not a text of nothing). */
    private static void mark(Cell cell, boolean chosen) {
        if (chosen) {
            cell.setCellValue(MARK);
        } else {
            cell.setBlank();
        }
    }

    /** The 1回目 note, and the 2回目 one marked as such when there is one; the form has a single 備考 column. */
    static String note(Answer first, Answer second) {
        String a = first.note().strip();
        String b = second.note().strip();
        if (b.isEmpty()) {
            return a;
        }
        return a.isEmpty() ? "2回目：" + b : a + "／2回目：" + b;
    }

    /** The cell at (r, c) — the top-left one when (r, c) is inside merged cells — or null where the form has none. */
    private static Cell existing(XSSFSheet sheet, int r, int c) {
        int[] at = topLeft(sheet, r, c);
        Row row = sheet.getRow(at[0]);
        return row == null ? null : row.getCell(at[1]);
    }

    /** (r, c), or the top-left cell of the merged cells holding it. */
    private static int[] topLeft(XSSFSheet sheet, int r, int c) {
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.isInRange(r, c)) {
                return new int[] {m.getFirstRow(), m.getFirstColumn()};
            }
        }
        return new int[] {r, c};
    }

    /** The cell at (r, c) — the top-left one when (r, c) is inside merged cells — created if the form left it out. */
    private static Cell cell(XSSFSheet sheet, int row0, int col0) {
        int[] at = topLeft(sheet, row0, col0);
        int r = at[0];
        int c = at[1];
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.getCell(c);
        if (cell == null) {
            cell = row.createCell(c);
            CellStyle columnStyle = sheet.getColumnStyle(c);
            if (columnStyle != null) {
                cell.setCellStyle(columnStyle);
            }
        }
        return cell;
    }

    /** Writes dates as dates: a cell keeps its own style, given the 和暦 format where it has no date format. */
    private static final class Dates {
        private final XSSFWorkbook wb;
        private final short format;
        private final Map<Short, CellStyle> withDate = new HashMap<>();

        Dates(XSSFWorkbook wb) {
            this.wb = wb;
            this.format = wb.createDataFormat().getFormat(Styles.WAREKI);
        }

        void put(Cell cell, LocalDate date) {
            cell.setCellValue(date);
            CellStyle s = cell.getCellStyle();
            // a 和暦 format POI does not count as a date ([$-ja-JP]ggge…) is shown as a number by LibreOffice: such a cell,
            // like one with no date format, gets Tenken's [$-411] 和暦, which Excel and LibreOffice both show
            if (!DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString())) {
                cell.setCellStyle(withDate.computeIfAbsent(s.getIndex(), i -> {
                    CellStyle d = wb.createCellStyle();
                    d.cloneStyleFrom(s);
                    d.setDataFormat(format);
                    return d;
                }));
            }
        }
    }
}
