/**
 * The language of the app: fiscal years, editions, items, answers and the rules an inspector applies.
 * Plain records and pure functions; depends on nothing but {@code java.*}.
 */
package jp.tenken.domain;
