/**
 * Use cases and their transaction boundaries: open a workbook, start a fiscal year, save an answer, compute
 * readiness, export. The whole app can be driven from here without a screen. May use {@code storage},
 * {@code export}, {@code catalog}, {@code domain} and {@code i18n}.
 */
package jp.tenken.service;
