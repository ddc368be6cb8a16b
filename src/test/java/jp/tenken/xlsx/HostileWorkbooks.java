package jp.tenken.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Real hostile files, written with POI or as raw zip bytes: what a careless or malicious sender could pass off as
 * an .xlsx. Each is named as a user would see it, in Japanese, so that a message can be checked for the name.
 */
public final class HostileWorkbooks {
    static final String SHEET = "xl/worksheets/sheet1.xml";

    private HostileWorkbooks() {
    }

    /** Every hostile case, by a short name, with the refusal expected. */
    public static Map<String, Path> all(Path dir) throws IOException {
        Map<String, Path> m = new LinkedHashMap<>();
        m.put("zipBomb", zipBomb(dir));
        m.put("rows200k", rows200k(dir));
        m.put("xxeWorkbook", xxeInWorkbook(dir));
        m.put("xxeSheet", xxeInSheet(dir));
        m.put("xxeAfterComment", xxeAfterLongComment(dir));
        m.put("encrypted", encrypted(dir));
        m.put("xlsRenamed", xlsRenamed(dir));
        m.put("csvRenamed", csvRenamed(dir));
        m.put("empty", empty(dir));
        m.put("randomBytes", randomBytes(dir));
        m.put("columns100k", columns100k(dir));
        return m;
    }

    /** The refusal each case of {@link #all} must meet. */
    public static RefusedWorkbookException.Kind expected(String name) {
        return switch (name) {
            case "zipBomb" -> RefusedWorkbookException.Kind.ZIP_BOMB;
            case "rows200k", "columns100k" -> RefusedWorkbookException.Kind.HUGE_SHEET;
            case "xxeWorkbook", "xxeSheet", "xxeAfterComment" -> RefusedWorkbookException.Kind.UNSAFE_XML;
            case "encrypted" -> RefusedWorkbookException.Kind.ENCRYPTED;
            case "xlsRenamed" -> RefusedWorkbookException.Kind.XLS;
            case "csvRenamed" -> RefusedWorkbookException.Kind.TEXT;
            case "empty" -> RefusedWorkbookException.Kind.EMPTY;
            case "randomBytes" -> RefusedWorkbookException.Kind.NOT_WORKBOOK;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A small, ordinary workbook: one sheet 「回答」 with a few text cells. */
    public static Path plain(Path dir, String name) throws IOException {
        Path f = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(f)) {
            var s = wb.createSheet("回答");
            for (int r = 0; r < 5; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue("行" + (r + 1));
                row.createCell(1).setCellValue(r);
            }
            wb.write(os);
        }
        return f;
    }

    /** An ordinary workbook whose sheet part is 200 MB of spaces, about 200 KB compressed. */
    public static Path zipBomb(Path dir) throws IOException {
        Path f = dir.resolve("爆弾.xlsx");
        rewrite(plain(dir, "爆弾の元.xlsx"), f, SHEET, z -> {
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                z.write(spaces);
            }
        });
        return f;
    }

    /** A real 200,000-row sheet, written with SXSSF as any program could. */
    public static Path rows200k(Path dir) throws IOException {
        Path f = dir.resolve("二十万行.xlsx");
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try (OutputStream os = Files.newOutputStream(f)) {
            SXSSFSheet s = wb.createSheet("回答");
            for (int r = 0; r < 200_000; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("はい");
            }
            wb.write(os);
        } finally {
            wb.close();
            wb.dispose();
        }
        return f;
    }

    /** workbook.xml with a DOCTYPE declaring an external entity. */
    public static Path xxeInWorkbook(Path dir) throws IOException {
        Path f = dir.resolve("外部参照_ブック.xlsx");
        Path secret = secret(dir);
        edit(plain(dir, "外部参照_ブックの元.xlsx"), f, "xl/workbook.xml",
                xml -> withDoctype(xml, "workbook", secret));
        return f;
    }

    /** A sheet with a DOCTYPE declaring an external entity, and a cell that uses it. */
    public static Path xxeInSheet(Path dir) throws IOException {
        Path f = dir.resolve("外部参照_シート.xlsx");
        Path secret = secret(dir);
        edit(plain(dir, "外部参照_シートの元.xlsx"), f, SHEET, xml -> withDoctype(xml, "worksheet", secret)
                .replaceFirst("<sheetData>", "<sheetData><row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"));
        return f;
    }

    /** The DOCTYPE only after 10 KB of comment, beyond any fixed-size look at the prolog. */
    public static Path xxeAfterLongComment(Path dir) throws IOException {
        Path f = dir.resolve("外部参照_長い注釈.xlsx");
        Path secret = secret(dir);
        edit(plain(dir, "外部参照_長い注釈の元.xlsx"), f, SHEET, xml -> {
            String body = xml.substring(xml.indexOf("<worksheet"));
            return "<!--" + " ".repeat(10_240) + "-->" + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
                    + secret.toUri() + "\">]>" + body;
        });
        return f;
    }

    /** An ordinary workbook saved with a password (Excel's 「パスワードを使用して暗号化」, agile mode). */
    public static Path encrypted(Path dir) throws IOException {
        Path f = dir.resolve("暗号化.xlsx");
        Path plain = plain(dir, "暗号化の元.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (InputStream in = Files.newInputStream(plain); OPCPackage opc = OPCPackage.open(in);
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            } catch (Exception e) {
                throw new IOException(e);
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        } catch (IllegalStateException e) {
            throw new IOException(e);
        }
        return f;
    }

    public static Path xlsRenamed(Path dir) throws IOException {
        Path f = dir.resolve("古い形式.xlsx");
        try (HSSFWorkbook h = new HSSFWorkbook(); OutputStream os = Files.newOutputStream(f)) {
            h.createSheet("回答").createRow(0).createCell(0).setCellValue("はい");
            h.write(os);
        }
        return f;
    }

    public static Path csvRenamed(Path dir) throws IOException {
        Path f = dir.resolve("回答一覧.xlsx");
        Files.writeString(f, "No.,チェック項目,はい・いいえ\n2-①,台帳管理,はい\n", StandardCharsets.UTF_8);
        return f;
    }

    public static Path empty(Path dir) throws IOException {
        Path f = dir.resolve("空.xlsx");
        Files.write(f, new byte[0]);
        return f;
    }

    public static Path randomBytes(Path dir) throws IOException {
        Path f = dir.resolve("でたらめ.xlsx");
        byte[] bytes = new byte[64 * 1024];
        new Random(8).nextBytes(bytes);
        Files.write(f, bytes);
        return f;
    }

    /** One row of 100,000 cells: more columns than Excel has (16,384), written as raw XML. */
    public static Path columns100k(Path dir) throws IOException {
        Path f = dir.resolve("十万列.xlsx");
        edit(plain(dir, "十万列の元.xlsx"), f, SHEET, xml -> {
            StringBuilder row = new StringBuilder("<sheetData><row r=\"1\">");
            for (int c = 1; c <= 100_000; c++) {
                row.append("<c r=\"").append(column(c)).append("1\"><v>").append(c).append("</v></c>");
            }
            row.append("</row>");
            return xml.replaceFirst("<sheetData>.*</sheetData>", row + "</sheetData>")
                    .replaceFirst("<sheetData/>", row + "</sheetData>");
        });
        return f;
    }

    static String column(int c) {
        StringBuilder b = new StringBuilder();
        for (int n = c; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    private static Path secret(Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-PASSWORD");
        return secret;
    }

    private static String withDoctype(String xml, String root, Path secret) {
        String doctype = "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        int decl = xml.indexOf("?>");
        return decl >= 0 && xml.startsWith("<?xml") ? xml.substring(0, decl + 2) + doctype + xml.substring(decl + 2)
                : doctype + xml;
    }

    interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    private static void edit(Path from, Path to, String entry, UnaryOperator<String> change) throws IOException {
        byte[] bytes;
        try (ZipFile zip = new ZipFile(from.toFile())) {
            try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
                bytes = in.readAllBytes();
            }
        }
        byte[] changed = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        rewrite(from, to, entry, out -> out.write(changed));
    }

    /** Copies a zip entry by entry, writing {@code entry} anew with {@code content}. */
    private static void rewrite(Path from, Path to, String entry, EntryWriter content) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    content.write(out);
                } else {
                    try (InputStream is = in.getInputStream(e)) {
                        is.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        Files.deleteIfExists(from);
    }
}
