/**
 * Writes .xlsx workbooks in the ministry's form (sheet writers, styles, page setup) with Apache POI. Works on
 * domain objects only, never touches the database and does not use {@code xlsx.read}.
 */
package jp.tenken.xlsx.write;
