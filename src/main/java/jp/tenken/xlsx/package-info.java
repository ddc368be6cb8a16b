/**
 * Spreadsheets: {@code xlsx.write} writes the ministry's forms, {@code xlsx.read} reads files from outside; this
 * package holds what both know (Tenken's own form grid and the hidden tag that identifies an exported form) and
 * {@link jp.tenken.xlsx.UntrustedWorkbook}, the one guarded opener of every workbook that comes from outside and
 * the only place that sets POI's process-wide limits, with {@link jp.tenken.xlsx.OfficialFileException}, the
 * ministry's wording of a refused file for the reader and the writer alike. {@code xlsx.write} and
 * {@code xlsx.read} do not import each other. The only packages that may use {@code org.apache.poi}.
 */
package jp.tenken.xlsx;
