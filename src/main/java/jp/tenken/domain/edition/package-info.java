/**
 * A published checklist edition (版) and its forms: sections, items with their stable keys, printed numbers,
 * scopes, guideline references and explanations, and the file each was taken from; which edition a fiscal year
 * uses. May use {@code jp.tenken.domain} and {@code java.*} only.
 */
package jp.tenken.domain.edition;
