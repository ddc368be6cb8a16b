package jp.tenken.domain.vendor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.FullWidth;

/**
 * A vendor's MDS (製造業者による医療情報セキュリティ開示書) or SDS (サービス事業者による…) as guideline 第7.0版 asks a
 * clinic to obtain it, per fiscal year: when it came, its version, the file kept, and its answers (number, text,
 * はい／いいえ／対象外); each いいえ carries the clinic's own risk assessment and response. The JAHIS form's exact
 * layout is not known here, so a sheet is recognised by its structure ({@link #recognise}) and the clinic may map
 * its columns.
 */
public final class MdsSds {
    private MdsSds() {
    }

    /** Which of the two disclosures. */
    public enum Kind {
        MDS, SDS
    }

    /** An answer as the vendor gave it. */
    public enum Answer {
        YES("はい"), NO("いいえ"), NA("対象外"), BLANK("");

        private final String label;

        Answer(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The answer a cell's text gives (はい, Yes, ○ …), or null when it is none of them. */
        public static Answer read(String text) {
            if (text == null) {
                return null;
            }
            String t = FullWidth.toHalfWidth(text.strip()).toLowerCase(Locale.ROOT).replace(" ", "");
            return switch (t) {
                case "はい", "yes", "y", "○", "〇", "◯" -> YES;
                case "いいえ", "no", "n", "×", "x", "✕" -> NO;
                case "対象外", "該当なし", "該当せず", "n/a", "na", "-", "―", "－", "ー" -> NA;
                default -> null;
            };
        }
    }

    /** One received disclosure of a vendor in a year ({@code id} 0 until stored; {@code fileSize} 0: no file). */
    public record Doc(long id, long vendorId, FiscalYear year, Kind kind, LocalDate receivedOn, String version,
                      String fileName, long fileSize) {
        public Doc {
            version = version == null ? "" : version.strip();
            fileName = fileName == null ? "" : fileName.strip();
        }
    }

    /** One answered item, with the clinic's own assessment and response (for いいえ). */
    public record Item(int position, String number, String text, Answer answer, String risk, String response) {
        public Item {
            number = number == null ? "" : number.strip();
            text = text == null ? "" : text.strip();
            answer = answer == null ? Answer.BLANK : answer;
            risk = risk == null ? "" : risk.strip();
            response = response == null ? "" : response.strip();
        }

        /** Whether the clinic has written both its assessment and its response. */
        public boolean assessed() {
            return !risk.isEmpty() && !response.isEmpty();
        }
    }

    /** A sheet read from a vendor's file: the text of each cell, row by row, and what its structure suggests. */
    public record Sheet(String file, String sheet, List<List<String>> rows, Recognition recognition) {
        public Sheet {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Where the items are in a sheet: the first row (0-based) and the three columns. */
    public record Mapping(int firstRow, int numberColumn, int textColumn, int answerColumn) {
    }

    /** A recognised mapping, and whether it is sure enough to take in without asking. */
    public record Recognition(Mapping mapping, boolean sure, int answers) {
    }

    private static final Pattern NUMBER = Pattern.compile("^[A-Za-z]{0,4}[-－.]?\\d{1,3}([-－.]\\d{1,3}){0,3}[.)）]?$");

    /**
     * Recognises a sheet by structure: the answer column is the one with the most はい／いいえ／対象外 cells (at
     * least three), the number column the one (other than it) with the most item numbers on those rows, the text
     * column the one with the longest text on them. Sure when at least five answers were found and nearly every
     * row between the first and last answer has one, a number and a text. Null when no answer column is found.
     */
    public static Recognition recognise(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        int answerCol = -1;
        int best = 0;
        for (int c = 0; c < width; c++) {
            int n = 0;
            for (List<String> r : rows) {
                n += Answer.read(cell(r, c)) != null && Answer.read(cell(r, c)) != Answer.BLANK ? 1 : 0;
            }
            if (n > best) {
                best = n;
                answerCol = c;
            }
        }
        if (answerCol < 0 || best < 3) {
            return null;
        }
        List<Integer> answerRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Answer a = Answer.read(cell(rows.get(i), answerCol));
            if (a != null && a != Answer.BLANK) {
                answerRows.add(i);
            }
        }
        int numberCol = -1;
        int numbers = 0;
        int textCol = -1;
        double longest = 0;
        for (int c = 0; c < width; c++) {
            if (c == answerCol) {
                continue;
            }
            int n = 0;
            long chars = 0;
            for (int i : answerRows) {
                String s = cell(rows.get(i), c);
                n += NUMBER.matcher(FullWidth.toHalfWidth(s)).matches() ? 1 : 0;
                chars += s.length();
            }
            if (n > numbers) {
                numbers = n;
                numberCol = c;
            }
            double mean = (double) chars / answerRows.size();
            if (mean > longest) {
                longest = mean;
                textCol = c;
            }
        }
        if (textCol == numberCol) {
            textCol = -1;
        }
        int first = answerRows.get(0);
        int last = answerRows.get(answerRows.size() - 1);
        int span = last - first + 1;
        boolean sure = best >= 5 && numberCol >= 0 && textCol >= 0 && answerRows.size() * 10 >= span * 9
                && numbers * 10 >= answerRows.size() * 9;
        return new Recognition(new Mapping(first, numberCol, textCol, answerCol), sure, best);
    }

    /**
     * The items a mapping reads: from its first row, every row with an answer, a number or a text (a row with
     * none of them, such as a blank line or a section heading without a number, is left out when it also has no
     * answer); a column of -1 reads as empty.
     */
    public static List<Item> items(List<List<String>> rows, Mapping m) {
        List<Item> out = new ArrayList<>();
        for (int i = Math.max(0, m.firstRow()); i < rows.size(); i++) {
            List<String> r = rows.get(i);
            String number = cell(r, m.numberColumn());
            String text = cell(r, m.textColumn());
            Answer a = Answer.read(cell(r, m.answerColumn()));
            if (a == null || a == Answer.BLANK) {
                if (number.isEmpty() || text.isEmpty()) {
                    continue; // a heading, a note or a blank line
                }
                a = Answer.BLANK;
            }
            out.add(new Item(out.size(), number, text, a, "", ""));
        }
        return out;
    }

    private static String cell(List<String> row, int col) {
        if (col < 0 || col >= row.size() || row.get(col) == null) {
            return "";
        }
        return row.get(col).strip();
    }

    /** How many items answered each way. */
    public record Counts(int yes, int no, int notApplicable, int blank) {
        public static Counts of(List<Item> items) {
            int y = 0;
            int n = 0;
            int na = 0;
            int b = 0;
            for (Item i : items) {
                switch (i.answer()) {
                    case YES -> y++;
                    case NO -> n++;
                    case NA -> na++;
                    default -> b++;
                }
            }
            return new Counts(y, n, na, b);
        }
    }
}
