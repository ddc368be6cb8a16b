package jp.tenken.xlsx.read;

import static jp.tenken.xlsx.FormLayout.*;

import jp.tenken.xlsx.FormFileTag;
import jp.tenken.xlsx.FormLayout;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import jp.tenken.domain.Answer;
import jp.tenken.domain.AnswerValue;
import jp.tenken.domain.Edition;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Form;
import jp.tenken.domain.FormKind;
import jp.tenken.domain.Item;
import jp.tenken.domain.Round;
import jp.tenken.domain.RowKey;
import jp.tenken.domain.Scope;
import jp.tenken.domain.Wareki;
import jp.tenken.xlsx.read.FormFileProblem.Kind;
import jp.tenken.i18n.Messages;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a form that comes back as .xlsx (a vendor's 事業者確認用, or the facility's own form exported on another
 * PC) into memory and checks all of it before anyone may write: the file kind by its first bytes (an .xls, a CSV or
 * an encrypted file renamed .xlsx is refused), the zip for bombs and the XML for DOCTYPEs before POI parses
 * anything, the size of the sheet, no formula anywhere (never evaluated), then the visible cells — the form
 * label, the fiscal year and edition, the vendor, every item row in order — and Tenken's hidden tag, which must
 * agree with them. Every problem is collected with its Excel row; the file itself is opened read-only.
 */
public final class FormFileReader {
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final long MAX_ENTRY_BYTES = 10L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 40L * 1024 * 1024;
    static final int MAX_ENTRIES = 300;
    /** Compressed over uncompressed size below which an entry counts as a zip bomb (POI's default too). */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final int MAX_ROWS = FormLayout.MAX_ROWS;
    static final int MAX_COLUMNS = 40;
    private static final Pattern YEAR = Pattern.compile("対象年度：令和(元|\\d{1,2})年度（(.+)）");

    public FormFileReader() {
        // POI's own limits, as a second line behind the scan below (process-wide, so set generously for exports)
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES * 4);
        ZipSecureFile.setMaxTextSize(MAX_ENTRY_BYTES);
        IOUtils.setByteArrayMaxOverride((int) (MAX_ENTRY_BYTES * 4));
    }

    /**
     * Reads and checks the file against the editions Tenken knows.
     *
     * @throws FormFileException naming every problem found; nothing has been read into the workbook
     */
    public FormFile read(Path file, Collection<Edition> editions) {
        String name = file.getFileName().toString();
        checkKind(file, name);
        scanZip(file, name);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw fail(name, bombOrDamaged(e), e);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            try {
                return readWorkbook(wb, name, editions);
            } finally {
                pkg.revert(); // read-only: never write the file back
            }
        } catch (FormFileException e) {
            throw e;
        } catch (Exception e) {
            pkg.revert();
            throw fail(name, bombOrDamaged(e), e);
        }
    }

    private static FormFileProblem bombOrDamaged(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("maxtextsize")) {
                return FormFileProblem.of(Kind.ZIP_BOMB);
            }
            if (m.contains("doctype") || m.contains("entity")) {
                return FormFileProblem.of(Kind.UNSAFE_XML);
            }
        }
        return FormFileProblem.of(Kind.DAMAGED, e.getClass().getSimpleName());
    }

    private static FormFileException fail(String name, FormFileProblem p, Throwable cause) {
        return new FormFileException(name, List.of(p), cause);
    }

    // --- what kind of file it is, by its first bytes

    private static void checkKind(Path file, String name) {
        try {
            if (!Files.isRegularFile(file)) {
                throw fail(name, FormFileProblem.of(Kind.NOT_FOUND), null);
            }
            long size = Files.size(file);
            if (size == 0) {
                throw fail(name, FormFileProblem.of(Kind.EMPTY), null);
            }
            if (size > MAX_FILE_BYTES) {
                throw fail(name, FormFileProblem.of(Kind.TOO_LARGE, Long.toString(size / 1024 / 1024)), null);
            }
            FileMagic magic;
            byte[] head;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(FileMagic.prepareToCheckMagic(in));
            }
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(4096);
            }
            switch (magic) {
                case OOXML:
                    return;
                case OLE2:
                    throw fail(name, ole2(file), null);
                default:
                    throw fail(name, looksLikeText(head) ? FormFileProblem.of(Kind.TEXT)
                            : FormFileProblem.of(Kind.NOT_WORKBOOK), null);
            }
        } catch (IOException e) {
            throw fail(name, FormFileProblem.of(Kind.NOT_FOUND), e);
        }
    }

    /** An OLE2 file is an encrypted .xlsx (Excel's 「パスワードを使用して暗号化」) or an old .xls. */
    private static FormFileProblem ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return FormFileProblem.of(Kind.ENCRYPTED);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return FormFileProblem.of(Kind.XLS);
            }
            return FormFileProblem.of(Kind.NOT_WORKBOOK);
        } catch (IOException | RuntimeException e) {
            return FormFileProblem.of(Kind.DAMAGED, e.getClass().getSimpleName());
        }
    }

    private static boolean looksLikeText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xff;
            if (c == 0) {
                return false;
            }
            if (c < 0x09 || (c > 0x0d && c < 0x20)) {
                control++;
            }
        }
        return control * 50 < head.length;
    }

    // --- the zip, before POI parses anything

    private static void scanZip(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_ENTRIES) {
                throw fail(name, FormFileProblem.of(Kind.ZIP_BOMB), null);
            }
            if (zip.getEntry("[Content_Types].xml") == null || zip.getEntry("xl/workbook.xml") == null) {
                throw fail(name, FormFileProblem.of(Kind.NOT_WORKBOOK), null);
            }
            long total = 0;
            byte[] buf = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                boolean xml = e.getName().endsWith(".xml") || e.getName().endsWith(".rels");
                long size = 0;
                StringBuilder prolog = new StringBuilder();
                try (InputStream in = zip.getInputStream(e)) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        size += n;
                        total += n;
                        if (xml && prolog.length() < 8192) {
                            prolog.append(new String(buf, 0, Math.min(n, 8192), StandardCharsets.ISO_8859_1));
                        }
                        if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                            throw fail(name, FormFileProblem.of(Kind.ZIP_BOMB), null);
                        }
                        long compressed = e.getCompressedSize();
                        if (size > 1024 * 1024 && compressed > 0 && (double) compressed / size < MIN_INFLATE_RATIO) {
                            throw fail(name, FormFileProblem.of(Kind.ZIP_BOMB), null);
                        }
                    }
                }
                if (xml) {
                    String p = prolog.toString().toUpperCase(Locale.ROOT);
                    if (p.contains("<!DOCTYPE") || p.contains("<!ENTITY")) {
                        throw fail(name, FormFileProblem.of(Kind.UNSAFE_XML), null);
                    }
                }
            }
        } catch (ZipException e) {
            throw fail(name, FormFileProblem.of(Kind.DAMAGED, "zip"), e);
        } catch (IOException e) {
            throw fail(name, FormFileProblem.of(Kind.DAMAGED, e.getClass().getSimpleName()), e);
        }
    }

    // --- the workbook

    private FormFile readWorkbook(XSSFWorkbook wb, String name, Collection<Edition> editions) {
        List<FormFileProblem> problems = new ArrayList<>();
        List<Sheet> forms = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet s = wb.getSheetAt(i);
            if (wb.getSheetVisibility(i) != SheetVisibility.VISIBLE) {
                continue;
            }
            if (s.getLastRowNum() > MAX_ROWS) {
                throw fail(name, new FormFileProblem(Kind.HUGE_SHEET, s.getLastRowNum() + 1,
                        Integer.toString(MAX_ROWS)), null);
            }
            if (label(s).isPresent()) {
                forms.add(s);
            }
        }
        if (forms.isEmpty()) {
            throw fail(name, FormFileProblem.of(Kind.NOT_A_FORM), null);
        }
        if (forms.size() > 1) {
            throw fail(name, FormFileProblem.of(Kind.MULTIPLE_FORMS, Integer.toString(forms.size())), null);
        }
        Sheet sheet = forms.get(0);
        for (Row row : sheet) {
            if (row.getLastCellNum() > MAX_COLUMNS) {
                throw fail(name, new FormFileProblem(Kind.HUGE_SHEET, row.getRowNum() + 1,
                        Integer.toString(MAX_ROWS)), null);
            }
            for (Cell c : row) {
                if (c.getCellType() == CellType.FORMULA) {
                    problems.add(new FormFileProblem(Kind.FORMULA, row.getRowNum() + 1,
                            new CellReference(c).formatAsString(false) + " =" + c.getCellFormula()));
                }
            }
        }
        Optional<FormFileTag.Tag> tag;
        try {
            Sheet tagSheet = wb.getSheet(FormFileTag.SHEET_NAME);
            if (tagSheet != null) {
                if (tagSheet.getLastRowNum() > MAX_ROWS + 20) {
                    throw new IllegalArgumentException("tag too long");
                }
                for (Row row : tagSheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.FORMULA) {
                            throw new IllegalArgumentException("formula in tag");
                        }
                    }
                }
            }
            tag = FormFileTag.read(wb);
        } catch (RuntimeException e) {
            problems.add(FormFileProblem.of(Kind.TAG_MISMATCH, Messages.get("import.tag.unreadable")));
            tag = Optional.empty();
        }

        // the header: form label, fiscal year and edition, whose form
        String labelText = label(sheet).orElseThrow();
        Optional<Edition> edition = Optional.empty();
        FiscalYear year = null;
        String yearText = findPrefixed(sheet, "対象年度：").orElse("");
        Matcher m = YEAR.matcher(yearText);
        if (m.matches()) {
            year = FiscalYear.ofReiwa(m.group(1).equals("元") ? 1 : Integer.parseInt(m.group(1)));
            String editionName = m.group(2);
            edition = editions.stream().filter(e -> e.name().equals(editionName)).findFirst();
            if (edition.isEmpty()) {
                throw fail(name, FormFileProblem.of(Kind.UNKNOWN_EDITION, editionName), null);
            }
        } else {
            throw fail(name, FormFileProblem.of(Kind.HEADER, yearText.isEmpty() ? "対象年度" : yearText), null);
        }
        Edition ed = edition.get();
        Optional<Form> formOpt = ed.forms().stream().filter(f -> labelText.equals("【" + f.label() + "】")).findFirst();
        if (formOpt.isEmpty()) {
            throw fail(name, FormFileProblem.of(Kind.NOT_A_FORM, labelText), null);
        }
        Form form = formOpt.get();
        String facility = findPrefixed(sheet, form.kind() == FormKind.PHARMACY ? "薬局名：" : "医療機関名：")
                .map(s -> s.substring(s.indexOf('：') + 1).strip()).orElse("");
        String vendor = null;
        if (form.kind() == FormKind.VENDOR) {
            vendor = findPrefixed(sheet, "事業者名：").map(s -> s.substring(s.indexOf('：') + 1).strip()).orElse("");
            if (vendor.isEmpty()) {
                problems.add(FormFileProblem.of(Kind.HEADER, "事業者名"));
            }
        }
        int head = -1;
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 20); r++) {
            if ("区分".equals(text(sheet, r, COL_SECTION))
                    && "No.".equals(text(sheet, r, COL_NUMBER))) {
                head = r;
                break;
            }
        }
        if (head < 0) {
            throw fail(name, FormFileProblem.of(Kind.HEADER, "区分・No."), null);
        }

        // the rows, as the visible cells say
        Map<RowKey, Integer> seen = new LinkedHashMap<>();
        List<FormFile.Row> rows = new ArrayList<>();
        Map<Integer, String> hints = new HashMap<>();
        tag.ifPresent(t -> t.rows().forEach(tr -> hints.put(tr.excelRow(), tr.hint())));
        Item current = null;
        for (int r = head + 2; r <= sheet.getLastRowNum(); r++) {
            int excelRow = r + 1;
            String number = text(sheet, r, COL_NUMBER);
            String itemText = text(sheet, r, COL_TEXT);
            String scopeText = text(sheet, r, COL_SCOPE);
            if (number.isEmpty() && itemText.isEmpty() && scopeText.isEmpty()) {
                if (rowBlank(sheet, r) || text(sheet, r, 0).startsWith("出力：")) {
                    break; // the end of the table (the footer follows a blank row)
                }
            }
            if (!number.isEmpty()) {
                current = form.items().stream().filter(i -> i.number().equals(number)).findFirst().orElse(null);
                if (current == null) {
                    problems.add(new FormFileProblem(Kind.EXTRA_ROW, excelRow, number));
                    continue;
                }
            } else if (!itemText.isEmpty()) {
                current = form.items().stream().filter(i -> i.number().isEmpty() && i.text().equals(itemText))
                        .findFirst().orElse(null);
                if (current == null) {
                    problems.add(new FormFileProblem(Kind.EXTRA_ROW, excelRow, shorten(itemText)));
                    continue;
                }
            } else if (current == null) {
                problems.add(new FormFileProblem(Kind.EXTRA_ROW, excelRow, scopeText));
                continue;
            }
            Optional<Scope> scope = scope(scopeText);
            if (scope.isEmpty() || !current.scopes().contains(scope.get())) {
                problems.add(new FormFileProblem(Kind.EXTRA_ROW, excelRow,
                        (current.number().isEmpty() ? "有無" : current.number()) + " " + scopeText));
                continue;
            }
            RowKey key = new RowKey(current.key(), scope.get());
            if (seen.containsKey(key)) {
                problems.add(new FormFileProblem(Kind.DUPLICATE_ROW, excelRow, where(current, scope.get())));
                continue;
            }
            seen.put(key, excelRow);
            rows.add(readRow(sheet, r, key, hints.getOrDefault(excelRow, ""), problems));
        }
        for (Item item : form.items()) {
            for (RowKey key : item.rows()) {
                if (!seen.containsKey(key)) {
                    problems.add(FormFileProblem.of(Kind.MISSING_ROW, where(item, key.scope())));
                }
            }
        }

        // Tenken's tag must say what the visible cells say
        if (tag.isPresent()) {
            FormFileTag.Tag t = tag.get();
            if (!t.editionId().equals(ed.id()) || t.kind() != form.kind() || !t.year().equals(year)
                    || (form.kind() == FormKind.VENDOR && !t.vendorName().equals(vendor))
                    || !t.sheetName().equals(sheet.getSheetName())) {
                problems.add(FormFileProblem.of(Kind.TAG_MISMATCH, Messages.get("import.tag.header")));
            }
            for (FormFileTag.TaggedRow tr : t.rows()) {
                Integer at = seen.get(tr.key());
                if (at != null && at != tr.excelRow()) {
                    problems.add(new FormFileProblem(Kind.TAG_MISMATCH, at, Messages.get("import.tag.moved")));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new FormFileException(name, problems);
        }
        return new FormFile(name, ed.id(), form.kind(), year, facility, vendor,
                tag.map(FormFileTag.Tag::vendorId).orElse(null), tag.isPresent(), rows);
    }

    private static String where(Item item, Scope scope) {
        String n = item.number().isEmpty() ? "有無" : item.number();
        return scope == Scope.NONE || scope == Scope.ALL ? n : n + " " + scope.label();
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 19) + "…" : s;
    }

    private static FormFile.Row readRow(Sheet sheet, int r, RowKey key, String hint, List<FormFileProblem> problems) {
        int excelRow = r + 1;
        AnswerValue v1 = answer(sheet, r, COL_ANSWER1, "import.column.answer1", problems);
        LocalDate c1 = date(sheet, r, COL_CHECKED1, "import.column.checked1", problems);
        LocalDate target = date(sheet, r, COL_TARGET, "import.column.target", problems);
        AnswerValue v2 = answer(sheet, r, COL_ANSWER2, "import.column.answer2", problems);
        LocalDate c2 = date(sheet, r, COL_CHECKED2, "import.column.checked2", problems);
        String note = text(sheet, r, COL_NOTE);
        if (!hint.isEmpty()) {
            // last year's answer, printed as a hint when the form was sent: never this year's note
            note = note.replace("\n" + hint, "").replace(hint, "").strip();
        } else if (note.startsWith("前年度：") && !note.contains("\n")) {
            note = "";
        }
        if (v1 == AnswerValue.UNANSWERED && (c1 != null || target != null)) {
            problems.add(new FormFileProblem(Kind.DATE_WITHOUT_ANSWER, excelRow, Messages.get("import.column.answer1")));
        }
        if (v2 == AnswerValue.UNANSWERED && c2 != null) {
            problems.add(new FormFileProblem(Kind.DATE_WITHOUT_ANSWER, excelRow, Messages.get("import.column.answer2")));
        }
        return new FormFile.Row(excelRow, key, new Answer(key, Round.FIRST, v1, c1, target, note, null),
                new Answer(key, Round.SECOND, v2, c2, null, "", null));
    }

    private static AnswerValue answer(Sheet sheet, int r, int col, String column, List<FormFileProblem> problems) {
        Cell c = cell(sheet, r, col);
        if (c == null || c.getCellType() == CellType.BLANK) {
            return AnswerValue.UNANSWERED;
        }
        if (c.getCellType() == CellType.FORMULA) {
            return AnswerValue.UNANSWERED; // reported already
        }
        String s = c.getCellType() == CellType.STRING ? c.getStringCellValue().strip() : c.toString();
        s = s.replace("〇", "").replace("○", "").strip();
        switch (s) {
            case "":
                return AnswerValue.UNANSWERED;
            case "はい":
                return AnswerValue.YES;
            case "いいえ":
                return AnswerValue.NO;
            default:
                problems.add(new FormFileProblem(Kind.BAD_ANSWER, r + 1, Messages.get(column) + "「" + s + "」"));
                return AnswerValue.UNANSWERED;
        }
    }

    private static LocalDate date(Sheet sheet, int r, int col, String column, List<FormFileProblem> problems) {
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
            problems.add(new FormFileProblem(Kind.BAD_DATE, r + 1, Messages.get(column) + "「" + c + "」"));
            return null;
        }
        if (c.getCellType() == CellType.STRING) {
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

    private static Optional<String> label(Sheet sheet) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 8); r++) {
            String t = text(sheet, r, 0);
            if (t.startsWith("【") && t.endsWith("確認用】")) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> findPrefixed(Sheet sheet, String prefix) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 10); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(prefix)) {
                    return Optional.of(c.getStringCellValue());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean rowBlank(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        if (row == null) {
            return true;
        }
        for (Cell c : row) {
            if (c.getCellType() != CellType.BLANK && !(c.getCellType() == CellType.STRING
                    && c.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    private static String text(Sheet sheet, int r, int c) {
        Cell cell = cell(sheet, r, c);
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> cell.toString();
            default -> "";
        };
    }
}
