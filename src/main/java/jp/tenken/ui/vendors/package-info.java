/**
 * The 「事業者」 screen: the vendors of the facility (name, systems, contact, contract), and per fiscal year the
 * sending and return of each one's 事業者確認用, with the import of a returned file through a preview. May use
 * {@code service}, {@code domain}, {@code i18n} and {@code ui.common}; the view model never touches scenes.
 */
package jp.tenken.ui.vendors;
