/**
 * Taking in the ministry's own checklist workbooks (厚生労働省の Excel): choose the files, see what was recognised,
 * confirm, and the edition is added to the catalog. May use {@code service}, {@code domain}, {@code i18n} and
 * {@code ui.common}.
 */
package jp.tenken.ui.official;
