/**
 * The 「機器台帳・連絡体制図」 window: per fiscal year, the devices (item 2-①) with the warnings a clerk should read,
 * the 連絡体制図 (item 3-①), the start of a year from last year's registers, their printing, and the take-in of a
 * clinic's own device list through a column mapping and a preview. May use {@code service}, {@code domain},
 * {@code i18n} and {@code ui.common}; the view models never touch scenes.
 */
package jp.tenken.ui.registers;
