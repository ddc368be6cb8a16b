/**
 * A fiscal year's work: the facility, each form's assessment and its answers per item, scope and round, the rules
 * an answer must meet, readiness for the 立入検査, what carries over from the year before, and moving a year to a
 * newer edition. May use {@code jp.tenken.domain}, {@code jp.tenken.domain.edition} and {@code java.*} only.
 */
package jp.tenken.domain.year;
