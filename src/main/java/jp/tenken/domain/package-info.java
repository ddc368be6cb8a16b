/**
 * The language of the app, one subpackage per subject: {@code edition} (checklist editions, forms, items),
 * {@code year} (fiscal years' assessments and answers, readiness, moving a year to a newer edition),
 * {@code comparison}, {@code guideline}, {@code official} (the ministry's own workbooks), {@code vendor} and
 * {@code register}. This package holds what every subject says alike: the fiscal year, wareki, full-width text,
 * circled numbers, a file failure and export progress. Plain records and pure functions; depends on nothing but
 * {@code java.*}, and on none of its subpackages.
 */
package jp.tenken.domain;
