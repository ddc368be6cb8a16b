/**
 * The workbook file (.tenken): one SQLite database per facility. Owns the connection, the file lock, migrations,
 * backups and one repository per aggregate. The only package that may use {@code java.sql} and {@code org.sqlite};
 * may use {@code domain} and {@code i18n}.
 */
package jp.tenken.storage;
