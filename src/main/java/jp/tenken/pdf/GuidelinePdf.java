package jp.tenken.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.InflaterInputStream;
import jp.tenken.domain.guideline.GuidelineVolume;
import jp.tenken.pdf.RefusedPdfException.Kind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Opens every PDF that comes from outside Tenken — the ministry's guideline volumes — and takes its text page by
 * page, after checks that keep a hostile file from costing more than a few seconds and a bounded heap: the size and
 * the first bytes before PDFBox sees the file, then the page count, encryption, scripts, launch actions and embedded
 * files before any text is taken, and a ceiling on time and text while it is taken. PDFBox parses with its scratch
 * in temporary files, and nothing in the file is ever run. Any failure, PDFBox's own included, becomes a
 * {@link RefusedPdfException} with a Japanese message.
 */
public final class GuidelinePdf {
    /** A guideline volume is 1–3 MB; an attachment-laden or image-heavy copy still stays far below this. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** The longest volume of 第7.0版 has 59 pages. */
    public static final int MAX_PAGES = 500;
    /** Some 2,000 characters a page on the longest volume allowed. */
    public static final int MAX_CHARS = 2_000_000;
    /**
     * A last guard, checked between pages: a 60-page volume reads in well under a second once warm and in a few
     * seconds in a fresh JVM on a slow or busy PC; a file still being read after a minute is refused.
     */
    public static final long MAX_MILLIS = 60_000;
    /** A page's drawing instructions, decompressed: a page of text needs well under a megabyte. */
    public static final long MAX_PAGE_CONTENT_BYTES = 8L * 1024 * 1024;
    private static final Set<String> ACTIVE = Set.of("JavaScript", "Launch", "ImportData", "SubmitForm", "Rendition",
            "GoToE");

    private GuidelinePdf() {
    }

    /** Reads a guideline volume: the checks, the text of each page, then its structure. */
    public static GuidelineVolume readVolume(Path file) {
        return VolumeParser.parse(file.getFileName().toString(), pages(file));
    }

    /** The text of each page, in reading order (sorted by position), after every check has passed. */
    public static List<String> pages(Path file) {
        String name = file.getFileName().toString();
        long size = checkFile(file, name);
        long start = System.nanoTime();
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()),
                IOUtils.createTempFileOnlyStreamCache())) {
            if (doc.isEncrypted()) {
                throw new RefusedPdfException(Kind.ENCRYPTED, name, "", null);
            }
            int pages = doc.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new RefusedPdfException(Kind.TOO_MANY_PAGES, name, Integer.toString(pages), null);
            }
            if (pages == 0) {
                throw new RefusedPdfException(Kind.DAMAGED, name, "", null);
            }
            checkActiveContent(doc, name);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            List<String> texts = new ArrayList<>(pages);
            long chars = 0;
            for (int p = 1; p <= pages; p++) {
                if (contentTooLarge(doc.getPage(p - 1))) {
                    throw new RefusedPdfException(Kind.TOO_MUCH_TEXT, name, "", null);
                }
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                chars += text.length();
                if (chars > MAX_CHARS) {
                    throw new RefusedPdfException(Kind.TOO_MUCH_TEXT, name, "", null);
                }
                if ((System.nanoTime() - start) / 1_000_000 > MAX_MILLIS) {
                    throw new RefusedPdfException(Kind.TOO_SLOW, name, Long.toString(MAX_MILLIS / 1000), null);
                }
                texts.add(text);
            }
            return texts;
        } catch (RefusedPdfException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new RefusedPdfException(Kind.ENCRYPTED, name, "", e);
        } catch (OutOfMemoryError e) {
            throw new RefusedPdfException(Kind.OUT_OF_MEMORY, name, mb(size), null);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new RefusedPdfException(Kind.DAMAGED, name, "", e);
        }
    }

    /**
     * Whether a page's content, as it decompresses, runs past {@link #MAX_PAGE_CONTENT_BYTES} (read no further). A
     * Flate stream is inflated here, counting, since PDFBox would decode it whole first; other filters are rare in
     * content streams and are decoded by PDFBox.
     */
    private static boolean contentTooLarge(PDPage page) throws IOException {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        List<COSBase> streams = new ArrayList<>();
        if (contents instanceof COSArray arr) {
            arr.forEach(b -> streams.add(b instanceof COSObject o ? o.getObject() : b));
        } else if (contents != null) {
            streams.add(contents);
        }
        long total = 0;
        for (COSBase b : streams) {
            if (!(b instanceof COSStream s)) {
                continue;
            }
            COSBase filter = s.getDictionaryObject(COSName.FILTER);
            boolean flate = COSName.FLATE_DECODE.equals(filter) || filter instanceof COSArray a && a.size() == 1
                    && COSName.FLATE_DECODE.equals(a.getObject(0));
            try (InputStream in = filter == null ? s.createRawInputStream()
                    : flate ? new InflaterInputStream(s.createRawInputStream()) : s.createInputStream()) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > MAX_PAGE_CONTENT_BYTES) {
                        return true;
                    }
                }
            } catch (java.util.zip.ZipException e) {
                throw new IOException(e);
            }
        }
        return false;
    }

    /** Exists, not empty, not too large, and starts like a PDF (「%PDF-」 within its first kilobyte). */
    private static long checkFile(Path file, String name) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new RefusedPdfException(Kind.NOT_FOUND, name, "", e);
        } catch (IOException e) {
            throw new RefusedPdfException(Kind.NOT_FOUND, name, "", e);
        }
        if (size == 0) {
            throw new RefusedPdfException(Kind.EMPTY, name, "", null);
        }
        if (size > MAX_BYTES) {
            throw new RefusedPdfException(Kind.TOO_LARGE, name, mb(size), null);
        }
        byte[] head = new byte[1024];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new RefusedPdfException(Kind.NOT_FOUND, name, "", e);
        }
        String start = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!start.contains("%PDF-")) {
            throw new RefusedPdfException(Kind.NOT_PDF, name, "", null);
        }
        return size;
    }

    /**
     * Scripts, launch and form-submission actions and embedded files are refused, wherever the catalog or a page
     * carries them: a guideline volume has none, and a file that does was not published so.
     */
    private static void checkActiveContent(PDDocument doc, String name) {
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        if (active(catalog.getDictionaryObject(COSName.OPEN_ACTION)) || activeActions(catalog)) {
            throw new RefusedPdfException(Kind.SCRIPT, name, "", null);
        }
        COSBase names = catalog.getDictionaryObject(COSName.NAMES);
        if (names instanceof COSDictionary n) {
            if (n.containsKey(COSName.JAVA_SCRIPT) || n.containsKey(COSName.getPDFName("JS"))) {
                throw new RefusedPdfException(Kind.SCRIPT, name, "", null);
            }
            if (n.containsKey(COSName.EMBEDDED_FILES)) {
                throw new RefusedPdfException(Kind.ATTACHMENT, name, "", null);
            }
        }
        COSBase acro = catalog.getDictionaryObject(COSName.ACRO_FORM);
        if (acro instanceof COSDictionary a && a.containsKey(COSName.XFA)) {
            throw new RefusedPdfException(Kind.SCRIPT, name, "", null);
        }
        for (PDPage page : doc.getPages()) {
            COSDictionary p = page.getCOSObject();
            if (activeActions(p)) {
                throw new RefusedPdfException(Kind.SCRIPT, name, "", null);
            }
            if (p.getDictionaryObject(COSName.ANNOTS) instanceof COSArray annots) {
                for (COSBase a : annots) {
                    COSBase base = a instanceof COSObject o ? o.getObject() : a;
                    if (!(base instanceof COSDictionary annot)) {
                        continue;
                    }
                    if (COSName.getPDFName("FileAttachment").equals(annot.getCOSName(COSName.SUBTYPE))) {
                        throw new RefusedPdfException(Kind.ATTACHMENT, name, "", null);
                    }
                    if (active(annot.getDictionaryObject(COSName.A)) || activeActions(annot)) {
                        throw new RefusedPdfException(Kind.SCRIPT, name, "", null);
                    }
                }
            }
        }
    }

    /** Whether an additional-actions dictionary (/AA) holds an active action. */
    private static boolean activeActions(COSDictionary owner) {
        if (owner.getDictionaryObject(COSName.AA) instanceof COSDictionary aa) {
            for (COSName key : aa.keySet()) {
                if (active(aa.getDictionaryObject(key))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an action (or a chain of /Next actions, a few deep) runs or submits anything. */
    private static boolean active(COSBase action) {
        for (int depth = 0; depth < 8 && action instanceof COSDictionary d; depth++) {
            if (d.containsKey(COSName.JS) || ACTIVE.contains(String.valueOf(d.getNameAsString(COSName.S)))) {
                return true;
            }
            action = d.getDictionaryObject(COSName.NEXT);
            if (action instanceof COSArray arr) {
                for (COSBase next : arr) {
                    if (active(next instanceof COSObject o ? o.getObject() : next)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static String mb(long bytes) {
        return String.format("%.1f", bytes / (1024.0 * 1024));
    }
}
