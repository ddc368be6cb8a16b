package jp.tenken.xlsx.read;

import static jp.tenken.xlsx.FormLayout.COL_NUMBER;
import static jp.tenken.xlsx.FormLayout.COL_SECTION;
import static jp.tenken.xlsx.FormLayout.COL_TEXT;
import static jp.tenken.xlsx.FormLayout.LAST_COL;
import static jp.tenken.xlsx.read.FormCells.findPrefixed;
import static jp.tenken.xlsx.read.FormCells.text;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.UserText;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.i18n.Messages;
import jp.tenken.xlsx.read.FormFileProblem.Kind;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * The header of a returned form as its visible cells say: the form label, 対象年度 and edition, the facility, the
 * vendor of a 事業者確認用, and the row of the table's column titles.
 */
final class FormHeaderReader {
    private static final Pattern YEAR = Pattern.compile("対象年度：令和(元|\\d{1,2})年度（(.+)）");

    /** What the header says; {@code vendor} is null on the facility's own form, {@code headRow} 0-based. */
    record Header(Edition edition, Form form, FiscalYear year, String facility, String vendor, int headRow) {
    }

    private FormHeaderReader() {
    }

    /**
     * Reads the header; a header that cannot be read at all is thrown, a missing vendor name is collected.
     *
     * @throws FormFileException when the year, edition, form or the table's titles cannot be found
     */
    static Header read(Sheet sheet, String name, Collection<Edition> editions, List<FormFileProblem> problems) {
        String labelText = FormCells.label(sheet).orElseThrow();
        String yearText = findPrefixed(sheet, "対象年度：").orElse("");
        Matcher m = YEAR.matcher(yearText);
        if (!m.matches()) {
            throw fail(name, FormFileProblem.of(Kind.HEADER, yearText.isEmpty() ? "対象年度" : yearText));
        }
        FiscalYear year = FiscalYear.ofReiwa(m.group(1).equals("元") ? 1 : Integer.parseInt(m.group(1)));
        String editionName = m.group(2);
        Edition ed = editions.stream().filter(e -> e.name().equals(editionName)).findFirst()
                .orElseThrow(() -> fail(name, FormFileProblem.of(Kind.UNKNOWN_EDITION, editionName)));
        Optional<Form> formOpt = ed.forms().stream().filter(f -> labelText.equals("【" + f.label() + "】")).findFirst();
        if (formOpt.isEmpty()) {
            throw fail(name, FormFileProblem.of(Kind.NOT_A_FORM, labelText));
        }
        Form form = formOpt.get();
        String facility = findPrefixed(sheet, form.kind() == FormKind.PHARMACY ? "薬局名：" : "医療機関名：")
                .map(FormHeaderReader::afterColon).orElse("");
        String vendor = null;
        if (form.kind() == FormKind.VENDOR) {
            vendor = findPrefixed(sheet, "事業者名：").map(FormHeaderReader::afterColon).orElse("");
            if (vendor.isEmpty()) {
                problems.add(FormFileProblem.of(Kind.HEADER, "事業者名"));
            }
        }
        return new Header(ed, form, year, facility, vendor, headRow(sheet, name));
    }

    /** The name after 「…名：」, as {@link UserText#line} has it (the way Tenken wrote it). */
    private static String afterColon(String s) {
        return UserText.line(s.substring(s.indexOf('：') + 1));
    }

    private static int headRow(Sheet sheet, String name) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 20); r++) {
            if ("区分".equals(text(sheet, r, COL_SECTION)) && "No.".equals(text(sheet, r, COL_NUMBER))) {
                checkColumns(sheet, r, name);
                return r;
            }
        }
        throw fail(name, FormFileProblem.of(Kind.HEADER, "区分・No."));
    }

    /** The column titles as the form was sent, top row then bottom row: answers are read by these positions. */
    private static final String[][] TITLES = {
        {"", "", "チェック項目", "対象", "1回目", "", "", "2回目", "", "備考"},
        {"", "", "", "", "はい・いいえ", "確認日", "目標日", "はい・いいえ", "確認日", ""},
    };

    /**
     * Refuses a sheet whose answer columns are not where they were sent: a column inserted, deleted or moved would
     * put every answer and note of a row into another's place (a 担当者 column before 備考 made each row's note
     * the person's name).
     */
    private static void checkColumns(Sheet sheet, int head, String name) {
        for (int row = 0; row < TITLES.length; row++) {
            for (int c = COL_TEXT; c <= LAST_COL; c++) {
                String want = TITLES[row][c];
                String found = text(sheet, head + row, c).replaceAll("\\s", "");
                if (!want.isEmpty() && !found.startsWith(want)) {
                    throw fail(name, FormFileProblem.of(Kind.COLUMNS, Messages.get("import.columns.detail",
                            CellReference.convertNumToColString(c),
                            found.isEmpty() ? Messages.get("import.columns.blank") : found, want)));
                }
            }
        }
    }

    private static FormFileException fail(String name, FormFileProblem p) {
        return new FormFileException(name, List.of(p));
    }
}
