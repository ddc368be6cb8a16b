/**
 * The 「事業者」 screen: the vendors of the facility as they stood in each fiscal year (name, systems, contact,
 * contract, 契約期間), per fiscal year the sending and return of each one's 事業者確認用, with the import of a
 * returned file through a preview, and 「年度を確定」 after the 立入検査. May use
 * {@code service}, {@code domain}, {@code i18n} and {@code ui.common}; the view model never touches scenes.
 */
package jp.tenken.ui.vendors;
