package jp.tenken.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import jp.tenken.i18n.Messages;
import jp.tenken.xlsx.RefusedWorkbookException.Kind;

/**
 * The zip of an .xlsx, read by streaming before POI builds anything: the number of entries, each entry's and the
 * whole package's size by actually inflating it under a cap (so a zip bomb stops early), the XML prologs for
 * DOCTYPE and ENTITY, and every worksheet's rows, largest column and cells.
 */
final class PackageScan {

    private PackageScan() {
    }

    static void scan(Path file, String name, UntrustedWorkbook.Limits limits) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > limits.maxEntries()) {
                throw new RefusedWorkbookException(Kind.ZIP_BOMB, name);
            }
            if (zip.getEntry("[Content_Types].xml") == null || zip.getEntry("xl/workbook.xml") == null) {
                throw new RefusedWorkbookException(Kind.NOT_WORKBOOK, name);
            }
            InflationCap.Total total = new InflationCap.Total();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!e.isDirectory()) {
                    entry(zip, e, name, limits, total);
                }
            }
        } catch (ZipException e) {
            throw damaged(name, "xlsx.part.zip", e);
        } catch (IOException e) {
            throw damaged(name, "xlsx.part.zip", e);
        }
    }

    private static void entry(ZipFile zip, ZipEntry e, String name, UntrustedWorkbook.Limits limits,
                              InflationCap.Total total) throws IOException {
        String part = e.getName().toLowerCase(Locale.ROOT);
        boolean xml = part.endsWith(".xml") || part.endsWith(".rels") || part.endsWith(".vml");
        XmlPartScan.Counts counts = new XmlPartScan.Counts();
        try (InputStream raw = zip.getInputStream(e);
             InflationCap in = new InflationCap(raw, e.getCompressedSize(), limits, total)) {
            try {
                if (xml) {
                    XmlPartScan.scan(in, counts);
                }
                in.drain();
            } catch (XMLStreamException | IOException failure) {
                if (counts.exceed(limits)) {
                    throw hugeSheet(name, counts, limits, failure);
                }
                if (in.tripped()) {
                    throw new RefusedWorkbookException(Kind.ZIP_BOMB, name, 0, "", failure);
                }
                if (failure instanceof IOException io) {
                    throw io;
                }
                if (counts.worksheet) {
                    throw damaged(name, "xlsx.part.xml", failure);
                }
                in.drain(); // not a sheet: POI may never read it, but its size still counts
            } catch (XmlPartScan.UnsafeXml unsafe) {
                throw new RefusedWorkbookException(Kind.UNSAFE_XML, name);
            }
        }
        if (counts.exceed(limits)) {
            throw hugeSheet(name, counts, limits, null);
        }
    }

    private static RefusedWorkbookException hugeSheet(String name, XmlPartScan.Counts counts,
                                                      UntrustedWorkbook.Limits limits, Throwable cause) {
        String most = Messages.get("xlsx.sheet.limits", Integer.toString(limits.maxRows()),
                Integer.toString(limits.maxColumns()), Long.toString(limits.maxCells()));
        return new RefusedWorkbookException(Kind.HUGE_SHEET, name, Math.max(counts.lastRow, 1), most, cause);
    }

    static RefusedWorkbookException damaged(String name, String partKey, Throwable cause) {
        return new RefusedWorkbookException(Kind.DAMAGED, name, 0, Messages.get(partKey), cause);
    }
}
