package jp.tenken.xlsx.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.i18n.Messages;
import jp.tenken.xlsx.FormFileTag;
import jp.tenken.xlsx.FormLayout;
import jp.tenken.xlsx.RefusedWorkbookException;
import jp.tenken.xlsx.UntrustedWorkbook;
import jp.tenken.xlsx.read.FormFileProblem.Kind;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a form that comes back as .xlsx (a vendor's 事業者確認用, or the facility's own form exported on another
 * PC) into memory and checks all of it before anyone may write: the file goes through the guarded opener (kind,
 * zip, XML and sheet sizes checked before POI builds anything), then no formula anywhere (never evaluated), the
 * visible cells — the form label, the fiscal year and edition, the vendor, every item row in order — and Tenken's
 * hidden tag, which must agree with them. Every problem is collected with its Excel row; the file itself is
 * opened read-only, and any failure, POI's own included, becomes a {@link FormFileException}.
 */
public final class FormFileReader {
    static final int MAX_ROWS = FormLayout.MAX_ROWS;
    static final int MAX_COLUMNS = 40;

    /**
     * Reads and checks the file against the editions Tenken knows.
     *
     * @throws FormFileException naming every problem found; nothing has been read into the workbook
     */
    public FormFile read(Path file, Collection<Edition> editions) {
        try (XSSFWorkbook wb = UntrustedWorkbook.open(file, UntrustedWorkbook.Limits.RETURNED_FORM)) {
            return readWorkbook(wb, file.getFileName().toString(), editions);
        } catch (RefusedWorkbookException e) {
            throw refused(e);
        } catch (FormFileException e) {
            throw e;
        } catch (IOException | RuntimeException | Error e) {
            throw refused(UntrustedWorkbook.refused(file, e));
        }
    }

    /** The opener's refusal, worded as a problem of the returned form ({@code import.error.*}). */
    static FormFileException refused(RefusedWorkbookException e) {
        FormFileProblem p = switch (e.kind()) {
            case NOT_FOUND -> FormFileProblem.of(Kind.NOT_FOUND);
            case EMPTY -> FormFileProblem.of(Kind.EMPTY);
            case TOO_LARGE -> FormFileProblem.of(Kind.TOO_LARGE, e.detail());
            case ENCRYPTED -> FormFileProblem.of(Kind.ENCRYPTED);
            case XLS -> FormFileProblem.of(Kind.XLS);
            case TEXT -> FormFileProblem.of(Kind.TEXT);
            case NOT_WORKBOOK -> FormFileProblem.of(Kind.NOT_WORKBOOK);
            case DAMAGED -> FormFileProblem.of(Kind.DAMAGED, e.detail());
            case ZIP_BOMB -> FormFileProblem.of(Kind.ZIP_BOMB);
            case UNSAFE_XML -> FormFileProblem.of(Kind.UNSAFE_XML);
            case HUGE_SHEET -> new FormFileProblem(Kind.HUGE_SHEET, e.excelRow(), Integer.toString(MAX_ROWS));
            case OUT_OF_MEMORY -> FormFileProblem.of(Kind.OUT_OF_MEMORY);
        };
        return new FormFileException(e.fileName(), List.of(p), e);
    }

    private static FormFileException fail(String name, FormFileProblem p) {
        return new FormFileException(name, List.of(p));
    }

    private FormFile readWorkbook(XSSFWorkbook wb, String name, Collection<Edition> editions) {
        List<FormFileProblem> problems = new ArrayList<>();
        Sheet sheet = formSheet(wb, name);
        checkFormulas(sheet, name, problems);
        Optional<FormFileTag.Tag> tag = tag(wb, problems);
        FormHeaderReader.Header h = FormHeaderReader.read(sheet, name, editions, problems);
        // the hint each answer row was sent with, by the row it belongs to: rows a vendor inserted or deleted above
        // or among them move the rows, not their hints
        Map<RowKey, String> hints = new HashMap<>();
        tag.ifPresent(t -> t.rows().forEach(tr -> hints.put(tr.key(), tr.hint())));
        FormRowReader rowReader = new FormRowReader(sheet, h.form(), hints, problems);
        List<FormFile.Row> rows = rowReader.read(h.headRow());
        tag.ifPresent(t -> checkTag(t, h, problems));
        if (!problems.isEmpty()) {
            throw new FormFileException(name, problems);
        }
        return new FormFile(name, h.edition().id(), h.form().kind(), h.year(), h.facility(), h.vendor(),
                tag.map(FormFileTag.Tag::vendorId).orElse(null), tag.isPresent(), rows);
    }

    /** The one visible sheet that carries a form label; a visible sheet too long is refused. */
    private static Sheet formSheet(XSSFWorkbook wb, String name) {
        List<Sheet> forms = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet s = wb.getSheetAt(i);
            if (wb.getSheetVisibility(i) != SheetVisibility.VISIBLE) {
                continue;
            }
            if (s.getLastRowNum() > MAX_ROWS) {
                throw fail(name, new FormFileProblem(Kind.HUGE_SHEET, s.getLastRowNum() + 1,
                        Integer.toString(MAX_ROWS)));
            }
            if (FormCells.label(s).isPresent()) {
                forms.add(s);
            }
        }
        if (forms.isEmpty()) {
            throw fail(name, FormFileProblem.of(Kind.NOT_A_FORM));
        }
        if (forms.size() > 1) {
            throw fail(name, FormFileProblem.of(Kind.MULTIPLE_FORMS, Integer.toString(forms.size())));
        }
        return forms.get(0);
    }

    /** Every formula is a problem (never evaluated); a row wider than the form is refused. */
    private static void checkFormulas(Sheet sheet, String name, List<FormFileProblem> problems) {
        for (Row row : sheet) {
            if (row.getLastCellNum() > MAX_COLUMNS) {
                throw fail(name, new FormFileProblem(Kind.HUGE_SHEET, row.getRowNum() + 1,
                        Integer.toString(MAX_ROWS)));
            }
            for (Cell c : row) {
                if (c.getCellType() == CellType.FORMULA) {
                    problems.add(new FormFileProblem(Kind.FORMULA, row.getRowNum() + 1,
                            new CellReference(c).formatAsString(false) + " =" + c.getCellFormula()));
                }
            }
        }
    }

    /** Tenken's hidden tag, if any; one that is too long, holds a formula or cannot be read is a problem. */
    private static Optional<FormFileTag.Tag> tag(XSSFWorkbook wb, List<FormFileProblem> problems) {
        try {
            Sheet tagSheet = wb.getSheet(FormFileTag.SHEET_NAME);
            if (tagSheet != null) {
                if (tagSheet.getLastRowNum() > MAX_ROWS + 20) {
                    throw new IllegalArgumentException("tag too long");
                }
                for (Row row : tagSheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.FORMULA) {
                            throw new IllegalArgumentException("formula in tag");
                        }
                    }
                }
            }
            return FormFileTag.read(wb);
        } catch (RuntimeException e) {
            problems.add(FormFileProblem.of(Kind.TAG_MISMATCH, Messages.get("import.tag.unreadable")));
            return Optional.empty();
        }
    }

    /**
     * Tenken's tag must say what the visible header says: the edition, form, year and vendor it was sent for. Where
     * rows lie, and the sheet's name, may change (a vendor adds rows for its name at the top, renames the sheet):
     * rows are read by their number and scope.
     */
    private static void checkTag(FormFileTag.Tag t, FormHeaderReader.Header h, List<FormFileProblem> problems) {
        FormKind kind = h.form().kind();
        if (!t.editionId().equals(h.edition().id()) || t.kind() != kind || !t.year().equals(h.year())) {
            problems.add(FormFileProblem.of(Kind.TAG_MISMATCH, Messages.get("import.tag.header")));
        } else if (kind == FormKind.VENDOR && !t.vendorName().equals(h.vendor())) {
            // the name the form was sent to, and what the sheet says now (a department added, another vendor's name)
            problems.add(FormFileProblem.of(Kind.TAG_MISMATCH,
                    Messages.get("import.tag.vendor", t.vendorName(), h.vendor())));
        }
    }
}
