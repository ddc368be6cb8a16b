package jp.tenken.xlsx;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one XML part of a package with a streaming parser that resolves nothing (no DTD, no external entity):
 * a DOCTYPE or ENTITY anywhere in its prolog is refused, and in a worksheet the rows, the largest column and the
 * cells are counted, so that a sheet too large to load is refused from the counts alone.
 */
final class XmlPartScan {
    private static final int PROLOG = 8192;
    private static final XMLInputFactory XML = factory();

    /**
     * What a worksheet part holds, as far as it was read (a scan stopped at a limit keeps what it counted);
     * {@code lastRow} is the 1-based number of the last row seen.
     */
    static final class Counts {
        boolean worksheet;
        long rows;
        int lastRow;
        int maxColumn;
        long cells;

        boolean exceed(UntrustedWorkbook.Limits limits) {
            return rows > limits.maxRows() || maxColumn > limits.maxColumns() || cells > limits.maxCells();
        }
    }

    /** The XML itself is unsafe (a DOCTYPE or an entity declaration). */
    static final class UnsafeXml extends Exception {
        UnsafeXml() {
            super(null, null, false, false);
        }
    }

    private XmlPartScan() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    /**
     * Scans the part up to its root element, and through the whole of it when it is a worksheet; the caller
     * drains what is left so that its size is counted.
     *
     * @throws XMLStreamException when the XML is malformed (or its stream stopped at a limit)
     */
    static void scan(InputStream raw, Counts counts) throws IOException, XMLStreamException, UnsafeXml {
        // the parser closes its stream at the end; the caller still drains the entry through the cap
        BufferedInputStream in = new BufferedInputStream(new FilterInputStream(raw) {
            @Override
            public void close() {
                // left open for the caller
            }
        }, PROLOG * 2);
        in.mark(PROLOG * 2);
        String prolog = new String(in.readNBytes(PROLOG), StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        if (prolog.contains("<!DOCTYPE") || prolog.contains("<!ENTITY")) {
            throw new UnsafeXml();
        }
        in.reset();
        XMLStreamReader r = XML.createXMLStreamReader(in);
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION) {
                    throw new UnsafeXml();
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if ("worksheet".equals(r.getLocalName())) {
                        counts.worksheet = true;
                        count(r, counts);
                    }
                    return;
                }
            }
        } finally {
            r.close();
        }
    }

    private static void count(XMLStreamReader r, Counts counts) throws XMLStreamException {
        int column = 0;
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            if ("row".equals(name)) {
                counts.rows++;
                counts.lastRow = rowNumber(r.getAttributeValue(null, "r"), counts.lastRow);
                column = 0;
            } else if ("c".equals(name)) {
                counts.cells++;
                column = columnNumber(r.getAttributeValue(null, "r"), column);
                counts.maxColumn = Math.max(counts.maxColumn, column);
            }
        }
    }

    /** The row's number as written, or the one after the previous row when it gives none (as Excel reads it). */
    static int rowNumber(String r, int previous) {
        if (r == null || r.isEmpty() || r.length() > 9) {
            return previous + 1;
        }
        try {
            return Math.max(Integer.parseInt(r.strip()), 1);
        } catch (NumberFormatException e) {
            return previous + 1;
        }
    }

    /** The 1-based column of a cell reference such as {@code AB12}, or the one after the previous cell. */
    static int columnNumber(String ref, int previous) {
        if (ref == null || ref.isEmpty()) {
            return previous + 1;
        }
        long col = 0;
        for (int i = 0; i < ref.length() && col < Integer.MAX_VALUE; i++) {
            char ch = Character.toUpperCase(ref.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            col = col * 26 + (ch - 'A' + 1);
        }
        return col == 0 ? previous + 1 : (int) Math.min(col, Integer.MAX_VALUE);
    }
}
