package jp.tenken.xlsx.write;

import javax.xml.namespace.QName;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

/**
 * The chart of the 前年度比較 sheet: a real Excel stacked bar chart drawn from the sheet's own per-section counts
 * (so it stays editable and follows the cells), placed in rows kept free for it below the table.
 */
final class ComparisonChart {
    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    /** Rows kept for the chart: small enough that table, chart and the start of the item list share an A4 page. */
    static final int ROWS = 14;
    /** Series colours in the order of the count columns: 改善, 後退, 変化なし, 新規, 未回答. */
    private static final PresetColor[] COLOURS = {PresetColor.SEA_GREEN, PresetColor.CRIMSON, PresetColor.SILVER,
        PresetColor.CORNFLOWER_BLUE, PresetColor.GOLD};

    private ComparisonChart() {
    }

    /**
     * Draws the chart from the section names in column 0 and {@code series} count columns from {@code firstCol},
     * with their titles in {@code headerRow}; returns the row after the space it takes.
     */
    static int draw(XSSFSheet sheet, int headerRow, int firstRow, int lastRow, int firstCol, int series, int atRow,
                    int width) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, atRow, width, atRow + ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("区分ごとの変化（行数）");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis sections = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.BOTTOM);
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 0, 0));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, sections, counts);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setVaryColors(false);
        for (int i = 0; i < series; i++) {
            int col = firstCol + i;
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, col, col));
            XDDFChartData.Series s = data.addSeries(names, values);
            s.setTitle(sheet.getRow(headerRow).getCell(col).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), headerRow, col, true, true));
            XDDFShapeProperties look = new XDDFShapeProperties();
            look.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[i % COLOURS.length])));
            s.setShapeProperties(look);
        }
        chart.plot(data);
        overlapFully(chart);
        // sections read top to bottom as in the table above
        sections.setOrientation(AxisOrientation.MAX_MIN);
        return atRow + ROWS + 1;
    }

    /**
     * Stacked bars need {@code <c:overlap val="100"/>} or Excel draws each series beside the last. POI's lite schema
     * jar lacks the type behind {@code setOverlap}, so the element is written with a cursor, where the schema puts
     * it: before the axis ids.
     */
    private static void overlapFully(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = bar.newCursor()) {
            if (cursor.toChild(new QName(CHART_NS, "axId"))) {
                cursor.beginElement(new QName(CHART_NS, "overlap", "c"));
                cursor.insertAttributeWithValue("val", "100");
            }
        }
    }
}
