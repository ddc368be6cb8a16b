package jp.tenken.xlsx.write;

import jp.tenken.domain.ExportProgress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import jp.tenken.xlsx.FormFileTag;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes exported workbooks: one form on its own, or the 立入検査用 pack (a summary sheet, the facility's form,
 * then each vendor's 事業者確認用). Writes only to the path it is given; callers write to a temporary file and
 * move it into place. Every file is read back before a method returns (see {@link ReadBack}): a file that does not
 * hold what was meant throws {@link ExportMismatchException}, so the caller never moves it into place.
 */
public final class XlsxExporter {
    /** The names of the sheets Tenken writes itself: no form sheet may take one. */
    private static final Set<String> RESERVED_NAMES = Set.of(SummarySheetWriter.SHEET_NAME,
            ClauseSheetWriter.SHEET_NAME, ComparisonSheetWriter.SHEET_NAME, SourcesSheetWriter.SHEET_NAME,
            DeviceRegisterSheetWriter.SHEET_NAME, ContactChartSheetWriter.SHEET_NAME, MdsSdsSheetWriter.SHEET_NAME);

    private final Consumer<XSSFWorkbook> tamper;

    public XlsxExporter() {
        this(wb -> { });
    }

    /** For tests only: {@code tamper} changes the workbook after the writers and before it is saved. */
    XlsxExporter(Consumer<XSSFWorkbook> tamper) {
        this.tamper = tamper;
    }

    /**
     * One form, one sheet, tagged (in a very hidden sheet) with what the importer needs to recognise the file
     * when it comes back filled in; dated {@code today} (the app's clock) in the sheet's 出力 line.
     */
    public ExportSummary writeForm(FormData form, Path out, ExportProgress progress, LocalDate today) throws IOException {
        return write(List.of(form), List.of(), null, List.of(), null, null, null, false, out, progress, today);
    }

    /** The pack: the summary first, then the facility's form and each vendor's form. */
    public ExportSummary writePack(List<FormData> forms, Path out, ExportProgress progress, LocalDate today) throws IOException {
        return writePack(forms, List.of(), null, out, progress, today);
    }

    /**
     * The pack, with the 前年度比較 sheet after the forms when there is a previous year to compare with, and the
     * 「ガイドライン対応表」 last when {@code clauses} is given.
     */
    public ExportSummary writePack(List<FormData> forms, List<ComparisonData> comparisons, ClauseTableData clauses, Path out,
                          ExportProgress progress, LocalDate today) throws IOException {
        return writePack(forms, comparisons, clauses, List.of(), out, progress, today);
    }

    /** The pack, with the return of each contracted vendor's 事業者確認用 on the summary sheet. */
    public ExportSummary writePack(List<FormData> forms, List<ComparisonData> comparisons, ClauseTableData clauses,
                          List<VendorStatusData> vendors, Path out, ExportProgress progress, LocalDate today)
            throws IOException {
        return writePack(forms, comparisons, clauses, vendors, null, out, progress, today);
    }

    /**
     * The pack, with the 「機器台帳」 and 「連絡体制図」 after the comparison when {@code registers} has them (null: none).
     */
    public ExportSummary writePack(List<FormData> forms, List<ComparisonData> comparisons, ClauseTableData clauses,
                          List<VendorStatusData> vendors, RegisterData registers, Path out, ExportProgress progress,
                          LocalDate today) throws IOException {
        return writePack(forms, comparisons, clauses, vendors, registers, null, out, progress, today);
    }

    /**
     * The pack, with what guideline 第7.0版 asks of the clinic (保守委託機関編, 二要素認証) on the summary sheet when
     * {@code maintenance} is given (null: a year before 第7.0版).
     */
    public ExportSummary writePack(List<FormData> forms, List<ComparisonData> comparisons, ClauseTableData clauses,
                          List<VendorStatusData> vendors, RegisterData registers, MaintenanceData maintenance,
                          Path out, ExportProgress progress, LocalDate today) throws IOException {
        return writePack(forms, comparisons, clauses, vendors, registers, maintenance, null, out, progress, today);
    }

    /** The pack with the 「MDS/SDS の確認」 sheet after the registers when {@code mdsSds} is given. */
    public ExportSummary writePack(List<FormData> forms, List<ComparisonData> comparisons, ClauseTableData clauses,
                          List<VendorStatusData> vendors, RegisterData registers, MaintenanceData maintenance,
                          MdsSdsData mdsSds, Path out, ExportProgress progress, LocalDate today) throws IOException {
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("a pack needs the facility's form");
        }
        return write(forms, comparisons, clauses, vendors, registers, maintenance, mdsSds, true, out, progress, today);
    }

    /** The 「機器台帳」 and/or the 「連絡体制図」 on their own (whichever {@code registers} has). */
    public ExportSummary writeRegisters(RegisterData registers, Path out, ExportProgress progress, LocalDate today)
            throws IOException {
        if (!registers.hasDevices() && !registers.hasChart()) {
            throw new IllegalArgumentException("no register to write");
        }
        return write(List.of(), List.of(), null, List.of(), registers, null, null, false, out, progress, today);
    }

    /** The 「ガイドライン対応表」 on its own, dated {@code today} (the app's clock). */
    public ExportSummary writeClauseTable(ClauseTableData clauses, Path out, ExportProgress progress, LocalDate today)
            throws IOException {
        return write(List.of(), List.of(), clauses, List.of(), null, null, null, false, out, progress, today);
    }

    /** The 前年度比較 sheet on its own: one block per form compared. */
    public ExportSummary writeComparison(List<ComparisonData> comparisons, Path out, ExportProgress progress, LocalDate today)
            throws IOException {
        if (comparisons.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        return write(List.of(), comparisons, null, List.of(), null, null, null, false, out, progress, today);
    }

    private ExportSummary write(List<FormData> forms, List<ComparisonData> comparisons, ClauseTableData clauses,
                       List<VendorStatusData> vendors, RegisterData registers, MaintenanceData maintenance,
                       MdsSdsData mdsSds, boolean summary, Path out,
                       ExportProgress progress, LocalDate today) throws IOException {
        XSSFWorkbook wb = PlainTextStrings.newWorkbook();
        try {
            Styles styles = new Styles(wb);
            boolean registerSheets = registers != null && (registers.hasDevices() || registers.hasChart());
            double steps = forms.size() + (summary ? 2 : 1) + (comparisons.isEmpty() ? 0 : 1) + (clauses == null ? 0 : 1)
                    + (registerSheets ? 1 : 0);
            int done = 0;
            if (summary) {
                new SummarySheetWriter(wb, styles).write(forms, vendors, registers, maintenance, today);
                progress.done(++done / steps);
            }
            FormSheetWriter writer = new FormSheetWriter(wb, styles, today);
            List<ReadBack.Expected> expected = new ArrayList<>();
            Set<String> names = new HashSet<>(RESERVED_NAMES);
            for (FormData f : forms) {
                String name = sheetName(f, names);
                writer.write(f, name);
                expected.add(new ReadBack.Expected(f, name));
                if (!summary && forms.size() == 1) {
                    FormFileTag.write(wb, new FormFileTag.Tag(f.edition().id(), f.form().kind(), f.year(), f.vendorId(),
                            f.vendorName(), f.facilityName(), name, List.of()), writer.written());
                }
                progress.done(++done / steps);
            }
            if (!comparisons.isEmpty()) {
                new ComparisonSheetWriter(wb, styles).write(comparisons, ComparisonSheetWriter.SHEET_NAME, today);
                progress.done(++done / steps);
            }
            if (registerSheets) {
                writeRegisters(wb, styles, registers, today);
                progress.done(++done / steps);
            }
            if (mdsSds != null) {
                new MdsSdsSheetWriter(wb, styles).write(mdsSds, forms.get(0).facilityName(), today);
            }
            if (clauses != null) {
                new ClauseSheetWriter(wb, styles).write(clauses);
                progress.done(++done / steps);
            }
            if (summary) {
                new SourcesSheetWriter(wb, styles).write(forms);
            }
            wb.setActiveSheet(0);
            List<String> sheets = visibleSheets(wb);
            tamper.accept(wb);
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
            // read back once, for every check
            try (WrittenWorkbook back = WrittenWorkbook.open(out)) {
                ExportSummary written = ReadBack.verify(back, expected, sheets);
                if (registers != null) {
                    RegisterReadBack.verify(back, registers);
                }
                progress.done(1.0);
                return written;
            }
        } finally {
            PlainTextStrings.discard(wb);
        }
    }

    private static List<String> visibleSheets(XSSFWorkbook wb) {
        List<String> sheets = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (!wb.isSheetVeryHidden(i)) {
                sheets.add(wb.getSheetName(i));
            }
        }
        return sheets;
    }

    private static void writeRegisters(XSSFWorkbook wb, Styles styles, RegisterData registers, LocalDate today) {
        if (registers.hasDevices()) {
            new DeviceRegisterSheetWriter(wb, styles).write(registers, today);
        }
        if (registers.hasChart()) {
            new ContactChartSheetWriter(wb, styles).write(registers, today);
        }
    }

    /**
     * A sheet name Excel accepts (≤ 31 characters, none of : \ / ? * [ ], no control characters, no apostrophe at
     * either end) and unique in the workbook. Names are cut on code-point boundaries, so a character outside the
     * BMP (𠮷) is kept whole or left out, never halved into '?'.
     */
    static String sheetName(FormData f, Set<String> taken) {
        String base = f.isVendorForm() ? f.form().label() + "（" + f.vendorName() + "）" : f.form().label();
        base = base.replaceAll("[:\\\\/?*\\[\\]]", "・").replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        base = base.replaceAll("^'+|'+$", "");
        if (base.length() > 28) {
            base = prefix(base, 27) + "…）";
        }
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            String suffix = "(" + n + ")";
            name = prefix(base, 31 - suffix.length()) + suffix;
        }
        return name;
    }

    /** The longest prefix of {@code s} of at most {@code max} UTF-16 units that does not split a code point. */
    static String prefix(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isLowSurrogate(s.charAt(end)) && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
