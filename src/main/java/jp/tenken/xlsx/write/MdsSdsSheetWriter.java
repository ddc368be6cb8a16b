package jp.tenken.xlsx.write;

import static jp.tenken.xlsx.write.SheetCells.cell;
import static jp.tenken.xlsx.write.SheetCells.line;

import java.time.LocalDate;
import jp.tenken.domain.Wareki;
import jp.tenken.domain.vendor.MdsSds;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The 「MDS/SDS の確認」 sheet of the pack (guideline 第7.0版): per vendor, each MDS/SDS received with its date,
 * version and the answers counted, then every いいえ with the clinic's own risk assessment and response (an いいえ not
 * yet assessed is shaded); a vendor with nothing received says so. A4 portrait, one page wide, the column headings
 * repeated on every page.
 */
final class MdsSdsSheetWriter {
    static final String SHEET_NAME = "MDS／SDSの確認";
    static final int HEADER_ROW = 3;
    private static final int[] WIDTHS = {8, 34, 7, 27, 27};

    private final Workbook wb;
    private final Styles styles;

    MdsSdsSheetWriter(Workbook wb, Styles styles) {
        this.wb = wb;
        this.styles = styles;
    }

    Sheet write(MdsSdsData d, String facilityName, LocalDate today) {
        Sheet sheet = wb.createSheet(SHEET_NAME);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256 + 200);
        }
        sheet.setDisplayGridlines(false);
        line(sheet, 0, d.year().label() + " MDS／SDS の確認（事業者ごとの回答と「いいえ」への対応）", styles.title);
        line(sheet, 1, "医療機関名：" + PageSetup.headingName(facilityName) + "　出力：" + Wareki.format(today),
                styles.label);
        Row h = sheet.createRow(HEADER_ROW);
        String[] headings = {"No.", "確認事項", "回答", "リスク評価（自院）", "対応（自院）"};
        for (int c = 0; c < headings.length; c++) {
            cell(h, c, headings[c], styles.header);
        }
        h.setHeightInPoints(20);
        int r = HEADER_ROW + 1;
        if (d.vendors().isEmpty()) {
            r = merged(sheet, r, "契約のある事業者が登録されていません。", styles.plain);
        }
        for (MdsSdsData.VendorLine v : d.vendors()) {
            r = merged(sheet, r, v.name() + (v.systems().isBlank() ? "" : "（" + v.systems() + "）"), styles.section);
            if (v.docs().isEmpty()) {
                r = merged(sheet, r, "MDS／SDS は未受領です。", styles.warn);
            }
            for (MdsSdsData.DocLine doc : v.docs()) {
                r = merged(sheet, r, describe(doc), doc.doc().receivedOn() == null ? styles.warn : styles.plain);
                for (MdsSds.Item i : doc.noItems()) {
                    Row row = sheet.createRow(r++);
                    cell(row, 0, i.number(), styles.centered);
                    cell(row, 1, i.text(), styles.userText(i.text(), styles.text, styles.noteQuoted));
                    cell(row, 2, i.answer().label(), styles.centered);
                    cell(row, 3, i.risk().isEmpty() ? "未記入" : i.risk(),
                            i.risk().isEmpty() ? styles.warn : styles.userText(i.risk(), styles.text, styles.noteQuoted));
                    cell(row, 4, i.response().isEmpty() ? "未記入" : i.response(), i.response().isEmpty() ? styles.warn
                            : styles.userText(i.response(), styles.text, styles.noteQuoted));
                    int lines = Math.max(FormSheetWriter.lines(i.text(), WIDTHS[1]),
                            Math.max(FormSheetWriter.lines(i.risk(), WIDTHS[3]),
                                    FormSheetWriter.lines(i.response(), WIDTHS[4])));
                    row.setHeightInPoints((float) (Math.min(lines, 20) * 13.5 + 6));
                }
            }
        }
        r++;
        line(sheet, r, "出典：" + d.source(), styles.small);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTHS.length - 1));
        sheet.getRow(r).setHeightInPoints(42);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, WIDTHS.length - 1));
        PageSetup.a4OneWide(sheet, false, SHEET_NAME);
        return sheet;
    }

    private static String describe(MdsSdsData.DocLine d) {
        MdsSds.Doc doc = d.doc();
        MdsSds.Counts c = d.counts();
        String received = doc.receivedOn() == null ? "受領日未記入" : "受領 " + Wareki.format(doc.receivedOn());
        String counted = c.yes() + c.no() + c.notApplicable() + c.blank() == 0 ? "回答の取り込みなし"
                : "はい " + c.yes() + "／いいえ " + c.no() + "／対象外 " + c.notApplicable()
                        + (c.blank() == 0 ? "" : "／未回答 " + c.blank());
        String noLine = c.no() == 0 ? "" : "　「いいえ」の項目ごとのリスク評価と対応は次のとおり";
        return doc.kind().name() + "　" + received + (doc.version().isEmpty() ? "" : "　" + doc.version()) + "　"
                + counted + noLine;
    }

    private int merged(Sheet sheet, int r, String text, CellStyle style) {
        Row row = sheet.createRow(r);
        cell(row, 0, text, style);
        for (int c = 1; c < WIDTHS.length; c++) {
            cell(row, c, "", style);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTHS.length - 1));
        row.setHeightInPoints((float) (FormSheetWriter.lines(text, 100) * 13.5 + 6));
        return r + 1;
    }
}
