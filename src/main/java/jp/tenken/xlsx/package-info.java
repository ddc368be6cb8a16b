/**
 * Spreadsheets: {@code xlsx.write} writes the ministry's forms, {@code xlsx.read} reads files from outside; this
 * package holds what both know (Tenken's own form grid and the hidden tag that identifies an exported form). The
 * only packages that may use {@code org.apache.poi}.
 */
package jp.tenken.xlsx;
