package jp.tenken.xlsx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.tenken.i18n.Messages;
import jp.tenken.xlsx.RefusedWorkbookException.Kind;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What kind of file it is, by its size and first bytes: an empty file, random bytes, an .xls or an encrypted
 * .xlsx (both OLE2 containers) or a CSV renamed .xlsx is refused before anything reads it as a zip.
 */
final class FirstBytesCheck {
    private static final int HEAD = 4096;

    private FirstBytesCheck() {
    }

    static void check(Path file, String name, UntrustedWorkbook.Limits limits) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new RefusedWorkbookException(Kind.NOT_FOUND, name);
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new RefusedWorkbookException(Kind.EMPTY, name);
            }
            if (size > limits.maxFileBytes()) {
                throw new RefusedWorkbookException(Kind.TOO_LARGE, name, 0,
                        Long.toString((size + 1024 * 1024 - 1) / 1024 / 1024), null);
            }
            FileMagic magic;
            byte[] head;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(FileMagic.prepareToCheckMagic(in));
            }
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD);
            }
            switch (magic) {
                case OOXML:
                    return;
                case OLE2:
                    throw new RefusedWorkbookException(ole2(file), name, 0, Messages.get("xlsx.part.ole2"), null);
                default:
                    throw new RefusedWorkbookException(looksLikeText(head) ? Kind.TEXT : Kind.NOT_WORKBOOK, name);
            }
        } catch (IOException e) {
            throw new RefusedWorkbookException(Kind.NOT_FOUND, name, 0, "", e);
        }
    }

    /** An OLE2 file is an encrypted .xlsx (Excel's 「パスワードを使用して暗号化」) or an old .xls. */
    private static Kind ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return Kind.ENCRYPTED;
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return Kind.XLS;
            }
            return Kind.NOT_WORKBOOK;
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return Kind.DAMAGED;
        }
    }

    static boolean looksLikeText(byte[] head) {
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
}
