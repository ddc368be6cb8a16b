/**
 * The language of the app: fiscal years, editions, items, answers, their comparison and the rules an inspector
 * applies, with the text rules every subject shares (full width, wareki, circled numbers). Plain records and pure
 * functions; depends on nothing but {@code java.*}. The subjects with their own words live in subpackages
 * ({@code guideline}, {@code official}, {@code vendor}, {@code register}), which may use this package and never
 * the other way round.
 */
package jp.tenken.domain;
