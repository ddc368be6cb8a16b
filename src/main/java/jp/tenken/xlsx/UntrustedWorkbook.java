package jp.tenken.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import jp.tenken.xlsx.RefusedWorkbookException.Kind;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens every .xlsx that comes from outside Tenken — returned forms, the ministry's own workbooks — after
 * checking it by streaming alone, and is the one place that sets POI's process-wide limits; any failure, POI's
 * own included, becomes a {@link RefusedWorkbookException} with a Japanese message.
 */
public final class UntrustedWorkbook {

    /**
     * How much of a file is accepted before POI may build it: the file, the zip (entries, each entry's and the
     * total inflated size), and each worksheet (rows, largest column, cells).
     */
    public record Limits(long maxFileBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRows,
                         int maxColumns, long maxCells) {
        private static final long MB = 1024L * 1024;
        /** Excel's own last column (XFD). */
        private static final int EXCEL_COLUMNS = 16_384;

        /** A form Tenken exported and someone filled in: a few hundred rows, its tag sheet, well under 1 MB. */
        public static final Limits RETURNED_FORM = new Limits(20 * MB, 300, 10 * MB, 40 * MB,
                FormLayout.MAX_ROWS + 20, EXCEL_COLUMNS, 60_000);
        /** The ministry's checklist workbook: a few sheets of a few hundred rows, styled to the page. */
        public static final Limits OFFICIAL_CHECKLIST = new Limits(20 * MB, 1_000, 30 * MB, 100 * MB,
                50_000, EXCEL_COLUMNS, 150_000);
        /** A clinic's own device list (機器台帳): one sheet of at most a few hundred devices. */
        public static final Limits REGISTER_LIST = new Limits(10 * MB, 300, 20 * MB, 60 * MB,
                10_000, EXCEL_COLUMNS, 200_000);
        /** A vendor's MDS/SDS (JAHIS form): a few sheets of about a hundred items, kept in the workbook up to 10 MB. */
        public static final Limits MDS_SDS = new Limits(10 * MB, 500, 20 * MB, 60 * MB,
                10_000, EXCEL_COLUMNS, 200_000);
    }

    /** POI's own limits, a second line behind the scan: never tighter than any preset, so exports work too. */
    private static final long POI_MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    private static final long POI_MAX_TEXT_CHARS = 10L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(InflationCap.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(POI_MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(POI_MAX_TEXT_CHARS);
        IOUtils.setByteArrayMaxOverride((int) POI_MAX_ENTRY_BYTES);
    }

    private UntrustedWorkbook() {
    }

    /**
     * Checks the file by streaming, then opens it read-only: closing the workbook reverts the package, and the
     * file is never written.
     *
     * @throws RefusedWorkbookException when the file is refused or POI cannot build it
     */
    public static XSSFWorkbook open(Path file, Limits limits) {
        String name = nameOf(file);
        check(file, limits);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException | Error e) {
            throw refused(name, e);
        }
        try {
            return new ReadOnlyWorkbook(pkg);
        } catch (IOException | RuntimeException | Error e) {
            pkg.revert();
            throw refused(name, e);
        }
    }

    /**
     * Checks the file by streaming, then opens a private temporary copy of it as a workbook that may be changed and
     * written to another file (the ministry's workbook filled in); the file itself is never written, and closing
     * the workbook deletes the copy. The copy is read from its zip directory, the same one the checks read.
     *
     * @throws RefusedWorkbookException when the file is refused or POI cannot build it
     */
    public static XSSFWorkbook openCopy(Path file, Limits limits) {
        String name = nameOf(file);
        check(file, limits);
        Path copy;
        try {
            copy = Files.createTempFile("tenken-", ".xlsx");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new RefusedWorkbookException(Kind.NOT_FOUND, name, 0, "", e);
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ_WRITE);
            return new CopiedWorkbook(pkg, copy);
        } catch (InvalidFormatException | IOException | RuntimeException | Error e) {
            if (pkg != null) {
                pkg.revert();
            }
            deleteQuietly(copy);
            throw refused(name, e);
        }
    }

    /** Checks the file by streaming only (size, first bytes, zip, XML, sheet sizes); nothing is built. */
    public static void check(Path file, Limits limits) {
        String name = nameOf(file);
        FirstBytesCheck.check(file, name, limits);
        PackageScan.scan(file, name, limits);
    }

    /**
     * The refusal for a failure while reading an opened workbook (POI builds some parts lazily): a message that
     * names the file, never the failure's own text. A {@link RefusedWorkbookException} is returned as it is.
     */
    public static RefusedWorkbookException refused(Path file, Throwable failure) {
        return refused(nameOf(file), failure);
    }

    static RefusedWorkbookException refused(String name, Throwable failure) {
        if (failure instanceof RefusedWorkbookException r) {
            return r;
        }
        if (failure instanceof OutOfMemoryError) {
            return new RefusedWorkbookException(Kind.OUT_OF_MEMORY, name, 0, "", failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("maxtextsize")) {
                return new RefusedWorkbookException(Kind.ZIP_BOMB, name, 0, "", failure);
            }
            if (m.contains("doctype") || m.contains("entity")) {
                return new RefusedWorkbookException(Kind.UNSAFE_XML, name, 0, "", failure);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return PackageScan.damaged(name, "xlsx.part.workbook", failure);
    }

    private static String nameOf(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    private static void deleteQuietly(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            copy.toFile().deleteOnExit(); // a private temporary copy: removed when the JVM ends at the latest
        }
    }

    /** A workbook on a private copy: it may be written elsewhere; closing it discards and deletes the copy. */
    private static final class CopiedWorkbook extends XSSFWorkbook {
        private final Path copy;

        CopiedWorkbook(OPCPackage pkg, Path copy) throws IOException {
            super(pkg);
            this.copy = copy;
        }

        @Override
        public void close() {
            getPackage().revert();
            deleteQuietly(copy);
        }
    }

    /** A workbook on a package opened for reading: closing it reverts the package instead of saving it. */
    private static final class ReadOnlyWorkbook extends XSSFWorkbook {
        ReadOnlyWorkbook(OPCPackage pkg) throws IOException {
            super(pkg);
        }

        @Override
        public void close() {
            getPackage().revert();
        }
    }
}
