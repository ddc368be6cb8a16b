/**
 * Taking in the ministry's own checklist workbooks (厚生労働省の Excel): choose the files, see what was recognised,
 * choose the sheet, form, year and columns where it was not (a mapping stated once is remembered and offered again),
 * confirm, and the edition is added to the catalog. May use {@code service}, {@code domain}, {@code i18n} and
 * {@code ui.common}.
 */
package jp.tenken.ui.official;
