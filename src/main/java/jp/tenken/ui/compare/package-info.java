/**
 * This year against last year: the comparison screen (two fiscal years of one form, row by row, counts per
 * section, charts of every year) and its view model. May use {@code service}, {@code domain}, {@code i18n} and
 * {@code ui.common}; the view model touches no scene or stage.
 */
package jp.tenken.ui.compare;
