package jp.tenken.xlsx.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialMapping;
import jp.tenken.domain.official.OfficialReading;
import jp.tenken.domain.official.OfficialRow;
import jp.tenken.domain.official.OfficialSheetPreview;
import jp.tenken.xlsx.OfficialFileException;
import jp.tenken.xlsx.RefusedWorkbookException;
import jp.tenken.xlsx.UntrustedWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the checklist tables of a workbook the ministry publishes (令和8年度版 on), whose grid we have not seen, by
 * structure and meaning: header rows scored by a vocabulary of roles and confirmed by the cells below (see
 * {@link TableFinder}, {@link ColumnRoles}, {@link ItemParser}); each table records what it assumed and how sure it
 * is. When unsure, {@link #preview} shows a sheet and the recognised mapping, and {@link #read(Path, OfficialMapping)}
 * applies the mapping the user states. Read-only: the file is never written, formulas are never evaluated (their
 * cached values are read), and the zip, rows and columns are capped.
 */
public final class OfficialGridReader {
    static final int MAX_SHEETS = 30;

    /** Reads a workbook file; {@link OfficialFileException} when it is not a readable .xlsx at all. */
    public OfficialReading read(Path file) {
        return read(file, file.getFileName().toString());
    }

    /** Reads a workbook file under another name (a kept copy, under the name it was taken in by). */
    public OfficialReading read(Path file, String name) {
        return open(file, wb -> read(wb, name));
    }

    /** Applies a stated mapping to its sheet; the reading holds that one table, or none when no item was read. */
    public OfficialReading read(Path file, OfficialMapping mapping) {
        return read(file, file.getFileName().toString(), mapping);
    }

    /** {@link #read(Path, OfficialMapping)} under another name (a kept copy, under its original name). */
    public OfficialReading read(Path file, String name, OfficialMapping mapping) {
        return open(file, wb -> {
            Sheet sheet = wb.getSheet(mapping.sheet());
            if (sheet == null || !mapping.complete()) {
                return new OfficialReading(name, List.of(), mapping.year(), false,
                        List.of(new OfficialReading.Unrecognised(mapping.sheet(), List.of(SheetReader.WORD_ANSWER))));
            }
            SheetGrid g = new SheetGrid(sheet);
            SheetReader s = new SheetReader(g, name);
            if (s.example()) {
                return new OfficialReading(name, List.of(), mapping.year(), false, List.of(),
                        List.of(mapping.sheet()));
            }
            OfficialGrid grid = MappingReader.apply(g, name, mapping);
            Optional<FiscalYear> year = mapping.year().or(() -> Optional.ofNullable(s.year()));
            if (grid.items().isEmpty()) {
                return new OfficialReading(name, List.of(), year, s.inspectionNotice(),
                        List.of(new OfficialReading.Unrecognised(mapping.sheet(), List.of(SheetReader.WORD_ROWS))));
            }
            return new OfficialReading(name, List.of(grid), year, s.inspectionNotice(), List.of());
        });
    }

    /**
     * The first {@code maxRows} rows of {@code sheet} (the first sheet with a table when null) as display strings,
     * with the hidden columns and the mapping recognised there (partial when no table could be read).
     */
    public OfficialSheetPreview preview(Path file, String sheet, int maxRows) {
        String name = file.getFileName().toString();
        return open(file, wb -> {
            OfficialReading reading = read(wb, name);
            String chosen = sheet != null ? sheet : !reading.grids().isEmpty() ? reading.grids().get(0).sheet()
                    : firstNotExample(wb, reading.examples());
            Sheet s = wb.getSheet(chosen);
            if (s == null) {
                throw new IllegalArgumentException("no sheet " + chosen);
            }
            SheetGrid g = new SheetGrid(s);
            List<List<String>> rows = new ArrayList<>();
            Set<Integer> hidden = new TreeSet<>();
            int width = g.width();
            for (int r = 0; r <= Math.min(g.lastRow(), maxRows - 1); r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    row.add(g.display(r, c));
                }
                rows.add(row);
            }
            for (int c = 0; c < width; c++) {
                if (g.hidden(c)) {
                    hidden.add(c);
                }
            }
            Optional<OfficialGrid> grid = reading.grids().stream().filter(x -> x.sheet().equals(chosen)).findFirst();
            Optional<OfficialMapping> recognised = grid.map(x -> MappingReader.of(x, reading.year()))
                    .or(() -> MappingReader.partial(g));
            Set<Integer> above = new TreeSet<>();
            grid.ifPresent(x -> x.items().forEach(i -> i.rows().stream().map(OfficialRow::excelRow)
                    .filter(r -> r < x.headerRow()).forEach(above::add)));
            List<String> sheets = new ArrayList<>();
            wb.forEach(x -> sheets.add(x.getSheetName()));
            return new OfficialSheetPreview(name, sheets, chosen, rows, hidden, recognised, above);
        });
    }

    private static String firstNotExample(XSSFWorkbook wb, List<String> examples) {
        for (Sheet s : wb) {
            if (!examples.contains(s.getSheetName())) {
                return s.getSheetName();
            }
        }
        return wb.getSheetName(0);
    }

    /**
     * Every sheet but the filled-in examples; the year is the one the form's own title prints (a cover note that
     * names another 年度 does not decide it), else the one printed on the first sheet holding a table, else any.
     */
    OfficialReading read(XSSFWorkbook wb, String file) {
        List<OfficialGrid> grids = new ArrayList<>();
        List<OfficialReading.Unrecognised> missing = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        Map<String, FiscalYear> sheetYears = new LinkedHashMap<>();
        boolean notice = false;
        for (int s = 0; s < Math.min(wb.getNumberOfSheets(), MAX_SHEETS); s++) {
            SheetReader sheet = new SheetReader(new SheetGrid(wb.getSheetAt(s)), file);
            if (sheet.example()) {
                examples.add(wb.getSheetName(s));
                continue;
            }
            notice |= sheet.inspectionNotice();
            sheet.read(grids, missing);
            FiscalYear y = sheet.year(); // after read: only the lines above the sheet's tables
            if (y != null) {
                sheetYears.put(wb.getSheetName(s), y);
            }
        }
        Optional<FiscalYear> year = grids.stream().map(g -> SheetReader.yearIn(g.title())).filter(Objects::nonNull)
                .findFirst()
                .or(() -> grids.stream().map(g -> sheetYears.get(g.sheet())).filter(Objects::nonNull).findFirst())
                .or(() -> sheetYears.values().stream().findFirst());
        return new OfficialReading(file, grids, year, notice, missing, examples);
    }

    /**
     * Opens the workbook through the guarded opener (the one place that does) and reads it; a refused file, and
     * any failure of POI while reading, becomes an {@link OfficialFileException} with a Japanese message.
     */
    private <T> T open(Path file, Function<XSSFWorkbook, T> reading) {
        try (XSSFWorkbook wb = UntrustedWorkbook.open(file, UntrustedWorkbook.Limits.OFFICIAL_CHECKLIST)) {
            return reading.apply(wb);
        } catch (RefusedWorkbookException e) {
            throw OfficialFileException.of(e);
        } catch (OfficialFileException e) {
            throw e;
        } catch (IOException | RuntimeException | Error e) {
            throw OfficialFileException.of(UntrustedWorkbook.refused(file, e));
        }
    }
}
