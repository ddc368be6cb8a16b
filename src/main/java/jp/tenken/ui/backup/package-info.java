/** The 「バックアップから復元」 dialog: lists the copies of the workbook with their dates and restores one. */
package jp.tenken.ui.backup;
