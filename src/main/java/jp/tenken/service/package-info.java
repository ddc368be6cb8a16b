/**
 * Use cases and their transaction boundaries: open a year's form, save an answer, compute readiness, vendors,
 * comparison, the guideline view, export and import. The whole app can be driven from here without a screen. Each
 * service gets the workbook (or its repositories), the catalog and the clock it uses in its constructor and hands
 * none of them out; a service may use another one way only. May use {@code storage}, {@code xlsx}, {@code catalog},
 * {@code domain} and {@code i18n}.
 */
package jp.tenken.service;
