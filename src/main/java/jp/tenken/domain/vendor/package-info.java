/**
 * Vendors (事業者): each as it stood in a fiscal year, its contract period, and where its 事業者確認用 stands
 * (sent, returned) with what an inspector would flag. May use {@code jp.tenken.domain},
 * {@code jp.tenken.domain.year} and {@code java.*} only.
 */
package jp.tenken.domain.vendor;
