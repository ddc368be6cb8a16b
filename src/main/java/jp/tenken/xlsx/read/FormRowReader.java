package jp.tenken.xlsx.read;

import static jp.tenken.xlsx.FormLayout.COL_ANSWER1;
import static jp.tenken.xlsx.FormLayout.COL_ANSWER2;
import static jp.tenken.xlsx.FormLayout.COL_CHECKED1;
import static jp.tenken.xlsx.FormLayout.COL_CHECKED2;
import static jp.tenken.xlsx.FormLayout.COL_NOTE;
import static jp.tenken.xlsx.FormLayout.COL_NUMBER;
import static jp.tenken.xlsx.FormLayout.COL_SCOPE;
import static jp.tenken.xlsx.FormLayout.COL_TARGET;
import static jp.tenken.xlsx.FormLayout.COL_TEXT;
import static jp.tenken.xlsx.read.FormCells.cell;
import static jp.tenken.xlsx.read.FormCells.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.tenken.domain.UserText;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;
import jp.tenken.i18n.Messages;
import jp.tenken.xlsx.read.FormFileProblem.Kind;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The data rows of a returned form, as the visible cells say: each row matched to an item of the form by its
 * number (or its text, for an unnumbered item) and scope, its answers and dates read, every problem collected with
 * its Excel row. Rows of the form that the file lacks are reported too.
 */
final class FormRowReader {
    /** Last year's answer as Tenken prints it in 備考 when it sends a form (FormSheetWriter.hint). */
    private static final Pattern PRINTED_HINT = Pattern.compile("前年度：(はい|いいえ)(（[^）]*）)?(・2回目 (はい|いいえ))?");
    private final Sheet sheet;
    private final Form form;
    private final Map<RowKey, String> hints;
    private final List<FormFileProblem> problems;
    private final Map<RowKey, Integer> seen = new LinkedHashMap<>();
    private final List<FormFile.Row> rows = new ArrayList<>();

    /** @param hints the hint printed in each answer row when the form was sent (from Tenken's tag) */
    FormRowReader(Sheet sheet, Form form, Map<RowKey, String> hints, List<FormFileProblem> problems) {
        this.sheet = sheet;
        this.form = form;
        this.hints = hints;
        this.problems = problems;
    }

    /** Reads the rows below the column titles at {@code headRow} (0-based) down to the footer. */
    List<FormFile.Row> read(int headRow) {
        Item current = null;
        for (int r = headRow + 2; r <= sheet.getLastRowNum(); r++) {
            // a Tenken form prints ※ beside the number of an item whose wording is being checked: not part of it
            String number = text(sheet, r, COL_NUMBER).replace("※", "").strip();
            String itemText = text(sheet, r, COL_TEXT);
            String scopeText = text(sheet, r, COL_SCOPE);
            if (number.isEmpty() && itemText.isEmpty() && scopeText.isEmpty()) {
                if (itemFollows(r)) {
                    continue; // an empty row a vendor inserted between two items
                }
                // the end of the table: every answer row names its scope (「—」 for none), so a row with no number,
                // text or scope is the blank row under it, or the footer when a vendor deleted that row
                break;
            }
            current = item(r, number, itemText, scopeText, current).orElse(null);
            if (current != null) {
                take(r, current, scopeText);
            }
        }
        for (Item item : form.items()) {
            for (RowKey key : item.rows()) {
                if (!seen.containsKey(key)) {
                    problems.add(FormFileProblem.of(Kind.MISSING_ROW, item.where(key.scope())));
                }
            }
        }
        return rows;
    }

    /** Whether a row of the form's items not read yet comes within a few rows below {@code r}. */
    private boolean itemFollows(int r) {
        for (int below = r + 1; below <= Math.min(sheet.getLastRowNum(), r + 5); below++) {
            String n = text(sheet, below, COL_NUMBER).replace("※", "").strip();
            if (!n.isEmpty() && form.items().stream().anyMatch(i -> i.number().equals(n)
                    && i.rows().stream().noneMatch(seen::containsKey))) {
                return true;
            }
        }
        return false;
    }

    /** The item a row belongs to: its own number or text, or the item above for a further scope row. */
    private Optional<Item> item(int r, String number, String itemText, String scopeText, Item current) {
        if (!number.isEmpty()) {
            Optional<Item> found = form.items().stream().filter(i -> i.number().equals(number)).findFirst();
            if (found.isEmpty()) {
                problems.add(new FormFileProblem(Kind.EXTRA_ROW, r + 1, number));
            }
            return found;
        }
        if (!itemText.isEmpty()) {
            Optional<Item> found = form.items().stream().filter(i -> i.number().isEmpty() && i.text().equals(itemText))
                    .findFirst();
            if (found.isEmpty()) {
                problems.add(new FormFileProblem(Kind.EXTRA_ROW, r + 1, shorten(itemText)));
            }
            return found;
        }
        if (current == null) {
            problems.add(new FormFileProblem(Kind.EXTRA_ROW, r + 1, scopeText));
        }
        return Optional.ofNullable(current);
    }

    private void take(int r, Item current, String scopeText) {
        int excelRow = r + 1;
        Optional<Scope> scope = scope(scopeText);
        if (scope.isEmpty() || !current.scopes().contains(scope.get())) {
            problems.add(new FormFileProblem(Kind.EXTRA_ROW, excelRow,
                    (current.number().isEmpty() ? "有無" : current.number()) + " " + scopeText));
            return;
        }
        RowKey key = new RowKey(current.key(), scope.get());
        if (seen.containsKey(key)) {
            problems.add(new FormFileProblem(Kind.DUPLICATE_ROW, excelRow, current.where(scope.get())));
            return;
        }
        seen.put(key, excelRow);
        int before = problems.size();
        rows.add(readRow(r, key, hints.getOrDefault(key, "")));
        for (int i = before; i < problems.size(); i++) {
            problems.set(i, problems.get(i).at(current.where(scope.get()))); // 「18行目（2-⑥）：」
        }
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 19) + "…" : s;
    }

    private FormFile.Row readRow(int r, RowKey key, String hint) {
        int excelRow = r + 1;
        AnswerValue read1 = answer(r, COL_ANSWER1, "import.column.answer1");
        LocalDate c1 = date(r, COL_CHECKED1, "import.column.checked1");
        LocalDate target = date(r, COL_TARGET, "import.column.target");
        AnswerValue read2 = answer(r, COL_ANSWER2, "import.column.answer2");
        // null: an answer that is neither はい nor いいえ, reported once as such (not again as a missing answer)
        AnswerValue v1 = read1 == null ? AnswerValue.UNANSWERED : read1;
        AnswerValue v2 = read2 == null ? AnswerValue.UNANSWERED : read2;
        LocalDate c2 = date(r, COL_CHECKED2, "import.column.checked2");
        String note = text(sheet, r, COL_NOTE);
        if (!hint.isEmpty()) {
            // last year's answer, printed as a hint when the form was sent: never this year's note
            note = note.replace("\n" + hint, "").replace(hint, "").strip();
        } else if (PRINTED_HINT.matcher(note).matches()) {
            note = ""; // a hint as Tenken prints it, where the file carries no record of it: not the vendor's note
        }
        note = UserText.lines(note); // as the writer wrote it: no false change for spaces or line ends
        if (read1 == AnswerValue.UNANSWERED && (c1 != null || target != null)) {
            problems.add(new FormFileProblem(Kind.DATE_WITHOUT_ANSWER, excelRow, Messages.get("import.column.answer1")));
        }
        if (read2 == AnswerValue.UNANSWERED && c2 != null) {
            problems.add(new FormFileProblem(Kind.DATE_WITHOUT_ANSWER, excelRow, Messages.get("import.column.answer2")));
        }
        return new FormFile.Row(excelRow, key, new Answer(key, Round.FIRST, v1, c1, target, note, null),
                new Answer(key, Round.SECOND, v2, c2, null, "", null));
    }

    /**
     * はい, いいえ (spaces inside and a closing 。 aside) or unanswered; null for anything else, reported (a bare ○ says
     * neither はい nor いいえ, nor does 「レ」 or 「はい（一部）」).
     */
    private AnswerValue answer(int r, int col, String column) {
        Cell c = cell(sheet, r, col);
        if (c == null || c.getCellType() == CellType.BLANK || c.getCellType() == CellType.FORMULA) {
            return AnswerValue.UNANSWERED; // a formula is reported already
        }
        String typed = c.getCellType() == CellType.STRING ? c.getStringCellValue().strip() : c.toString();
        // 「は い」「はい。」 as typed: spaces inside and a closing 。 say nothing more
        String s = typed.replace("〇", "").replace("○", "").replaceAll("[\\s\u3000]+", "").replaceFirst("。$", "");
        switch (s) {
            case "":
                if (!typed.isEmpty()) {
                    problems.add(new FormFileProblem(Kind.BAD_ANSWER, r + 1, Messages.get(column) + "「" + typed + "」"));
                    return null;
                }
                return AnswerValue.UNANSWERED;
            case "はい":
                return AnswerValue.YES;
            case "いいえ":
                return AnswerValue.NO;
            default:
                problems.add(new FormFileProblem(Kind.BAD_ANSWER, r + 1, Messages.get(column) + "「" + s + "」"));
                return null;
        }
    }

    private LocalDate date(int r, int col, String column) {
        Cell c = cell(sheet, r, col);
        if (c == null || c.getCellType() == CellType.BLANK || c.getCellType() == CellType.FORMULA) {
            return null;
        }
        if (c.getCellType() == CellType.NUMERIC) {
            double d = c.getNumericCellValue();
            if (DateUtil.isValidExcelDate(d)) {
                LocalDateTime t = DateUtil.getLocalDateTime(d);
                if (t != null && t.getYear() >= 2019 && t.getYear() <= 2100) {
                    return t.toLocalDate();
                }
            }
        } else if (c.getCellType() == CellType.STRING) {
            String s = c.getStringCellValue().strip();
            if (s.isEmpty()) {
                return null;
            }
            Optional<LocalDate> d = Wareki.parse(s);
            if (d.isPresent()) {
                return d.get();
            }
            problems.add(new FormFileProblem(Kind.BAD_DATE, r + 1, Messages.get(column) + "「" + shorten(s) + "」"));
            return null;
        }
        problems.add(new FormFileProblem(Kind.BAD_DATE, r + 1, Messages.get(column) + "「" + c + "」"));
        return null;
    }

    private static Optional<Scope> scope(String text) {
        String t = text.replace("（参考項目）", "").strip();
        if (t.equals("—") || t.equals("-") || t.isEmpty()) {
            return Optional.of(Scope.NONE);
        }
        for (Scope s : Scope.values()) {
            if (s != Scope.NONE && s.label().equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
