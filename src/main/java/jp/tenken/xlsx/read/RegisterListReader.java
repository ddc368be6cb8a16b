package jp.tenken.xlsx.read;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.tenken.domain.register.RegisterList;
import jp.tenken.xlsx.UntrustedWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a clinic's own device list — an .xlsx through the guarded opener, or a CSV (UTF-8 with or without BOM, or
 * Shift_JIS as Excel saves it) after a size check — into plain cell text: a date cell as 2025-10-14, a formula as
 * its cached value. The sheet with the most filled rows is the list. Anything it cannot read is refused in Japanese.
 */
public final class RegisterListReader {
    static final long MAX_CSV_BYTES = 5L * 1024 * 1024;
    static final int MAX_ROWS = 5_000;
    static final int MAX_COLUMNS = 60;
    private static final Charset SHIFT_JIS = Charset.forName("Windows-31J");

    /** The list in {@code file} (.xlsx or .csv). */
    public RegisterList read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return csv(file, name);
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            return xlsx(file, name);
        }
        throw new RegisterListException(RegisterListException.Kind.NOT_SUPPORTED, name, null);
    }

    private RegisterList xlsx(Path file, String name) {
        try (XSSFWorkbook wb = UntrustedWorkbook.open(file, UntrustedWorkbook.Limits.REGISTER_LIST)) {
            DataFormatter shown = new DataFormatter(Locale.JAPAN);
            List<List<String>> best = List.of();
            String bestSheet = "";
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                    continue;
                }
                List<List<String>> rows = rows(wb.getSheetAt(i), shown);
                if (filled(rows) > filled(best)) {
                    best = rows;
                    bestSheet = wb.getSheetName(i);
                }
            }
            if (filled(best) == 0) {
                throw new RegisterListException(RegisterListException.Kind.EMPTY, name, null);
            }
            return new RegisterList(name, bestSheet, best);
        } catch (RegisterListException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw UntrustedWorkbook.refused(file, e);
        }
    }

    static List<List<String>> rows(Sheet sheet, DataFormatter shown) {
        List<List<String>> out = new ArrayList<>();
        int last = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS); c++) {
                    cells.add(text(row.getCell(c), shown));
                }
            }
            out.add(cells);
        }
        return out;
    }

    static String text(Cell cell, DataFormatter shown) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime d = cell.getLocalDateTimeCellValue();
            return d == null ? "" : d.toLocalDate().toString();
        }
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e12 ? Long.toString((long) d) : shown.formatCellValue(cell);
            }
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static int filled(List<List<String>> rows) {
        return (int) rows.stream().filter(r -> r.stream().anyMatch(s -> s != null && !s.isBlank())).count();
    }

    private RegisterList csv(Path file, String name) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_CSV_BYTES) {
                throw new RegisterListException(RegisterListException.Kind.TOO_LARGE, name, null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RegisterListException(RegisterListException.Kind.NOT_FOUND, name, e);
        }
        String text = decode(bytes, name);
        List<List<String>> rows = new ArrayList<>();
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
            while (it.hasNextValue()) {
                if (rows.size() >= MAX_ROWS) {
                    throw new RegisterListException(RegisterListException.Kind.TOO_MANY_ROWS, name, null);
                }
                List<String> row = it.nextValue();
                rows.add(row.size() > MAX_COLUMNS ? row.subList(0, MAX_COLUMNS) : row);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RegisterListException r) {
                throw r;
            }
            throw new RegisterListException(RegisterListException.Kind.MALFORMED, name, e);
        }
        if (filled(rows) == 0) {
            throw new RegisterListException(RegisterListException.Kind.EMPTY, name, null);
        }
        return new RegisterList(name, "", rows);
    }

    /** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Shift_JIS; binary data is refused. */
    private static String decode(byte[] bytes, String name) {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = from; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new RegisterListException(RegisterListException.Kind.NOT_TEXT, name, null);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            try {
                return SHIFT_JIS.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException again) {
                throw new RegisterListException(RegisterListException.Kind.NOT_TEXT, name, again);
            }
        }
    }
}
