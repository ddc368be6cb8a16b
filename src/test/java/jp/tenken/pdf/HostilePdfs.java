package jp.tenken.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import jp.tenken.pdf.RefusedPdfException.Kind;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * PDFs that must be refused, each with the refusal it must get: random bytes, encrypted (with and without a user
 * password), damaged, oversized, thousands of pages, JavaScript (on opening, in the names tree), a launch action,
 * an embedded file, a content stream that inflates far beyond its size, and a PDF that is not a guideline volume.
 */
public final class HostilePdfs {
    private HostilePdfs() {
    }

    /** Every hostile file, written into {@code dir}, by name. */
    public static Map<String, Path> all(Path dir) {
        Map<String, Path> m = new LinkedHashMap<>();
        try {
            m.put("random-bytes", random(dir.resolve("random-bytes.pdf")));
            m.put("encrypted-user-password", encrypted(dir.resolve("encrypted-user-password.pdf"), "secret"));
            m.put("encrypted-owner-only", encrypted(dir.resolve("encrypted-owner-only.pdf"), ""));
            m.put("damaged", damaged(dir.resolve("damaged.pdf")));
            m.put("huge", huge(dir.resolve("huge.pdf")));
            m.put("thousands-of-pages", pages(dir.resolve("thousands-of-pages.pdf"), 3000));
            m.put("javascript-open-action", openActionScript(dir.resolve("javascript-open-action.pdf")));
            m.put("javascript-names", namesScript(dir.resolve("javascript-names.pdf")));
            m.put("launch-link", launch(dir.resolve("launch-link.pdf")));
            m.put("embedded-file", embedded(dir.resolve("embedded-file.pdf")));
            m.put("inflating-content", inflating(dir.resolve("inflating-content.pdf")));
            m.put("not-a-guideline", notGuideline(dir.resolve("not-a-guideline.pdf")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** The refusal each file must get; a damaged file may also be read far enough to show it is no volume. */
    public static List<Kind> expected(String name) {
        return switch (name) {
            case "random-bytes" -> List.of(Kind.NOT_PDF);
            case "encrypted-user-password", "encrypted-owner-only" -> List.of(Kind.ENCRYPTED);
            case "damaged" -> List.of(Kind.DAMAGED, Kind.NOT_GUIDELINE);
            case "huge" -> List.of(Kind.TOO_LARGE);
            case "thousands-of-pages" -> List.of(Kind.TOO_MANY_PAGES);
            case "javascript-open-action", "javascript-names", "launch-link" -> List.of(Kind.SCRIPT);
            case "embedded-file" -> List.of(Kind.ATTACHMENT);
            case "inflating-content" -> List.of(Kind.TOO_MUCH_TEXT);
            case "not-a-guideline" -> List.of(Kind.NOT_GUIDELINE);
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Path random(Path f) throws IOException {
        byte[] b = new byte[200_000];
        new Random(7).nextBytes(b);
        return Files.write(f, b);
    }

    private static PDDocument sampleDocument(Path dir) throws IOException {
        Path sample = GuidelinePdfs.sample(dir.resolveSibling(dir.getFileName() + ".sample.pdf"));
        return org.apache.pdfbox.Loader.loadPDF(sample.toFile());
    }

    static Path encrypted(Path f, String userPassword) throws IOException {
        try (PDDocument doc = sampleDocument(f)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(f.toFile());
        }
        return f;
    }

    static Path damaged(Path f) throws IOException {
        Path sample = GuidelinePdfs.sample(f.resolveSibling("damaged.sample.pdf"));
        byte[] b = Files.readAllBytes(sample);
        byte[] cut = new byte[b.length / 3];
        System.arraycopy(b, 0, cut, 0, cut.length);
        new Random(3).nextBytes(new byte[0]);
        for (int i = 2_000; i < cut.length; i += 97) {
            cut[i] = (byte) (cut[i] ^ 0x5a); // scattered damage after the header
        }
        return Files.write(f, cut);
    }

    /** 60 MB: a PDF header and nothing usable after it (sparse, so cheap to make). */
    static Path huge(Path f) throws IOException {
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            r.setLength(60L * 1024 * 1024);
        }
        return f;
    }

    static Path pages(Path f, int n) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < n; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            doc.save(f.toFile());
        }
        return f;
    }

    static Path openActionScript(Path f) throws IOException {
        try (PDDocument doc = sampleDocument(f)) {
            doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x');"));
            doc.save(f.toFile());
        }
        return f;
    }

    static Path namesScript(Path f) throws IOException {
        try (PDDocument doc = sampleDocument(f)) {
            PDJavascriptNameTreeNode js = new PDJavascriptNameTreeNode();
            js.setNames(Map.of("run", new PDActionJavaScript("app.alert('x');")));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setJavascript(js);
            doc.getDocumentCatalog().setNames(names);
            doc.save(f.toFile());
        }
        return f;
    }

    static Path launch(Path f) throws IOException {
        try (PDDocument doc = sampleDocument(f)) {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 50, 100, 20));
            PDActionLaunch action = new PDActionLaunch();
            action.getCOSObject().setString(COSName.F, "calc.exe");
            link.setAction(action);
            doc.getPage(2).getAnnotations().add(link);
            doc.save(f.toFile());
        }
        return f;
    }

    static Path embedded(Path f) throws IOException {
        try (PDDocument doc = sampleDocument(f)) {
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("payload.exe");
            PDEmbeddedFile ef = new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(new byte[] {77, 90}));
            spec.setEmbeddedFile(ef);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("payload.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
            doc.save(f.toFile());
        }
        return f;
    }

    /** A title page like a volume's, then a page whose content stream inflates to 400 MB of spaces. */
    static Path inflating(Path f) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, TestFonts.japaneseTtf().toFile());
            PDPage title = new PDPage(PDRectangle.A4);
            doc.addPage(title);
            try (PDPageContentStream out = new PDPageContentStream(doc, title)) {
                out.beginText();
                out.setFont(font, 16);
                out.newLineAtOffset(60, 600);
                out.showText("医療情報システムの安全管理に関するガイドライン 第7.0版 企画管理編");
                out.endText();
            }
            PDPage bomb = new PDPage(PDRectangle.A4);
            doc.addPage(bomb);
            COSStream stream = doc.getDocument().createCOSStream();
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream raw = stream.createRawOutputStream();
                 DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(9))) {
                byte[] spaces = new byte[1 << 20];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 400; i++) {
                    z.write(spaces);
                }
            }
            bomb.getCOSObject().setItem(COSName.CONTENTS, stream);
            doc.save(f.toFile());
        }
        return f;
    }

    /** A Japanese document of another kind: the checklist manual's title page, then prose. */
    static Path notGuideline(Path f) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, TestFonts.japaneseTtf().toFile());
            for (String text : List.of("令和8年度版 医療機関におけるサイバーセキュリティ対策チェックリストマニュアル",
                    "1．チェックリストの使い方", "【遵守事項】", "①チェックリストに回答すること。")) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    out.beginText();
                    out.setFont(font, 12);
                    out.newLineAtOffset(60, 700);
                    out.showText(text);
                    out.endText();
                }
            }
            doc.save(f.toFile());
        }
        return f;
    }
}
