/**
 * Every user-visible string, through one {@link jp.tenken.i18n.Messages} facade over
 * {@code resources/i18n/messages_*.properties}. Japanese is the default; English the second language.
 * Usable from every layer; depends on {@code java.*} only.
 */
package jp.tenken.i18n;
