/**
 * The registers items ask for, per fiscal year: the 機器台帳 (devices and their warnings) and the 連絡体制図
 * (contacts by group), and a list taken in from Excel with its column mapping. May use {@code jp.tenken.domain},
 * {@code jp.tenken.domain.vendor} and {@code java.*} only.
 */
package jp.tenken.domain.register;
