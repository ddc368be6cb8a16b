package jp.tenken.xlsx.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jp.tenken.domain.vendor.MdsSds;
import jp.tenken.xlsx.UntrustedWorkbook;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a vendor's MDS/SDS Excel through the guarded opener into plain cell text, and picks the sheet whose structure
 * reads most like a list of answered items (a column of はい／いいえ／対象外 beside numbers and text). The JAHIS form's
 * own layout is not assumed; a file that cannot be read is refused in Japanese.
 */
public final class MdsSdsReader {

    /** The best sheet of {@code file} (.xlsx or .xlsm), with what its structure suggests (null: nothing found). */
    public MdsSds.Sheet read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".xlsm")) {
            throw new RegisterListException(RegisterListException.Kind.NOT_SUPPORTED, name, null);
        }
        try (XSSFWorkbook wb = UntrustedWorkbook.open(file, UntrustedWorkbook.Limits.MDS_SDS)) {
            DataFormatter shown = new DataFormatter(Locale.JAPAN);
            MdsSds.Sheet best = null;
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                    continue;
                }
                List<List<String>> rows = RegisterListReader.rows(wb.getSheetAt(i), shown);
                MdsSds.Recognition r = MdsSds.recognise(rows);
                if (best == null || answers(r) > answers(best.recognition())
                        || best.rows().isEmpty() && !rows.isEmpty()) {
                    best = new MdsSds.Sheet(name, wb.getSheetName(i), rows, r);
                }
            }
            if (best == null || best.rows().stream().allMatch(r -> r.stream().allMatch(String::isBlank))) {
                throw new RegisterListException(RegisterListException.Kind.EMPTY, name, null);
            }
            return best;
        } catch (RegisterListException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw UntrustedWorkbook.refused(file, e);
        }
    }

    private static int answers(MdsSds.Recognition r) {
        return r == null ? 0 : r.answers();
    }
}
