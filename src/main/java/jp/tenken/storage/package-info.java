/**
 * The workbook file (.tenken): one SQLite database per facility. Owns the checks made before SQLite opens a file,
 * the lock (SQLite's exclusive lock on the file itself, plus an early friendly lock file), the journal choice (WAL,
 * or the rollback journal on a shared folder), migrations, backups ({@link jp.tenken.storage.TenkenFile}, which
 * hands out no repository) and one repository per aggregate, each built by the composition root. The only package
 * that may use {@code java.sql} and {@code org.sqlite}; may use {@code domain} and {@code i18n}.
 */
package jp.tenken.storage;
