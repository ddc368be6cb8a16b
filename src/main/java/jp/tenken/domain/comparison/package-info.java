/**
 * Two fiscal years of a form compared item by item (前年度比較), and the tally of each year's answers. May use
 * {@code jp.tenken.domain}, {@code jp.tenken.domain.edition}, {@code jp.tenken.domain.year} and {@code java.*}
 * only.
 */
package jp.tenken.domain.comparison;
