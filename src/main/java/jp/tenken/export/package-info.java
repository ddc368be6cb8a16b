/**
 * Writes .xlsx workbooks in the ministry's form (and will read them back for import) with Apache POI. Works on
 * domain objects only and never touches the database; the only package that may use {@code org.apache.poi}.
 */
package jp.tenken.export;
