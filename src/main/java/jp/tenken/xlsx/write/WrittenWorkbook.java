package jp.tenken.xlsx.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * A written export as its checks read it back ({@link ReadBack}, {@link RegisterReadBack}): the sheets' names and
 * visibility from the workbook part, and the cells of a sheet asked for, each part read with a streaming parser
 * (POI's package and shared-strings readers, the JDK's StAX) rather than as a whole POI workbook, which would build
 * every part of the file again — styles, drawings, the chart — for checks that read a few columns of a few sheets.
 */
final class WrittenWorkbook implements AutoCloseable {
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    /** A sheet of the workbook part, in its order. */
    private record SheetRef(String name, boolean veryHidden, String relationId) {
    }

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<SheetRef> sheets;
    private ReadOnlySharedStringsTable strings;

    private WrittenWorkbook(OPCPackage pkg, XSSFReader reader, List<SheetRef> sheets) {
        this.pkg = pkg;
        this.reader = reader;
        this.sheets = sheets;
    }

    /** Opens {@code file} for reading; an unreadable package or workbook part is an {@link IOException}. */
    static WrittenWorkbook open(Path file) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new IOException(e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            try (InputStream in = reader.getWorkbookData()) {
                return new WrittenWorkbook(pkg, reader, sheetsOf(in));
            }
        } catch (OpenXML4JException | XMLStreamException | IOException | RuntimeException e) {
            pkg.revert();
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    private static List<SheetRef> sheetsOf(InputStream workbookPart) throws XMLStreamException {
        List<SheetRef> found = new ArrayList<>();
        XMLStreamReader x = XML.createXMLStreamReader(workbookPart);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("sheet")) {
                    found.add(new SheetRef(x.getAttributeValue(null, "name"),
                            "veryHidden".equals(x.getAttributeValue(null, "state")),
                            x.getAttributeValue(RELATIONSHIPS, "id")));
                }
            }
        } finally {
            x.close();
        }
        return found;
    }

    /** The names of the sheets a person can see or unhide (not the very hidden ones), in order. */
    List<String> visibleSheets() {
        return sheets.stream().filter(s -> !s.veryHidden()).map(SheetRef::name).toList();
    }

    /** The cells of the sheet named {@code name}, or null when the workbook has no such sheet. */
    Cells sheet(String name) throws IOException {
        for (SheetRef s : sheets) {
            if (s.name().equals(name)) {
                try (InputStream in = reader.getSheet(s.relationId())) {
                    return read(in);
                } catch (OpenXML4JException | XMLStreamException | SAXException | RuntimeException e) {
                    throw new IOException(e);
                }
            }
        }
        return null;
    }

    private Cells read(InputStream sheetPart) throws XMLStreamException, IOException, SAXException {
        Cells cells = new Cells();
        XMLStreamReader x = XML.createXMLStreamReader(sheetPart);
        try {
            int row = -1;
            int col = -1;
            String type = null;
            boolean formula = false;
            String value = null;
            StringBuilder inline = null;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "row" -> {
                            String r = x.getAttributeValue(null, "r");
                            row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                            col = -1;
                            cells.rows.computeIfAbsent(row, k -> new HashMap<>());
                        }
                        case "c" -> {
                            String r = x.getAttributeValue(null, "r");
                            col = r == null ? col + 1 : new CellReference(r).getCol();
                            type = x.getAttributeValue(null, "t");
                            formula = false;
                            value = null;
                            inline = null;
                        }
                        case "f" -> formula = true;
                        case "v" -> value = x.getElementText();
                        case "is" -> inline = new StringBuilder();
                        case "rPh" -> skip(x); // a reading (furigana) is not part of the text
                        case "t" -> {
                            if (inline != null) {
                                inline.append(x.getElementText());
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("c")) {
                    cells.rows.computeIfAbsent(row, k -> new HashMap<>())
                            .put(col, cell(type, formula, value, inline));
                }
            }
        } finally {
            x.close();
        }
        return cells;
    }

    /** A cell as POI's user model types it: a formula is neither text nor a number. */
    private Object cell(String type, boolean formula, String value, StringBuilder inline)
            throws IOException, SAXException {
        if (formula) {
            return null;
        }
        if (type == null || type.equals("n")) {
            return value == null || value.isEmpty() ? null : Double.valueOf(value);
        }
        return switch (type) {
            case "s" -> value == null ? null : sharedStrings().getItemAt(Integer.parseInt(value)).getString();
            case "inlineStr" -> inline == null ? null : inline.toString();
            case "str" -> value;
            default -> null;
        };
    }

    private ReadOnlySharedStringsTable sharedStrings() throws IOException, SAXException {
        if (strings == null) {
            strings = new ReadOnlySharedStringsTable(pkg, false);
        }
        return strings;
    }

    private static void skip(XMLStreamReader x) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int e = x.next();
            depth += e == XMLStreamConstants.START_ELEMENT ? 1 : e == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    @Override
    public void close() {
        pkg.revert(); // opened read-only: closes it without writing
    }

    /** One sheet's cells by 0-based row and column: text ({@code String}), a number ({@code Double}) or neither. */
    static final class Cells {
        private final TreeMap<Integer, Map<Integer, Object>> rows = new TreeMap<>();

        /** Whether the sheet has the row (as POI's {@code getRow} is not null). */
        boolean hasRow(int r) {
            return rows.containsKey(r);
        }

        /** The last row's index, -1 when there is none (as POI's {@code getLastRowNum}). */
        int lastRow() {
            return rows.isEmpty() ? -1 : rows.lastKey();
        }

        /** A text cell's text; "" for any other cell or none. */
        String text(int r, int c) {
            return at(r, c) instanceof String s ? s : "";
        }

        /** Whether the cell holds a number that is a valid Excel date. */
        boolean isDate(int r, int c) {
            return at(r, c) instanceof Double d && DateUtil.isValidExcelDate(d);
        }

        private Object at(int r, int c) {
            Map<Integer, Object> row = rows.get(r);
            return row == null ? null : row.get(c);
        }
    }
}
