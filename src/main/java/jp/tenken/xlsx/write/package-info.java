/**
 * Writes .xlsx workbooks in the ministry's form (sheet writers, styles, page setup) with Apache POI. Works on
 * domain objects only and never touches the database.
 */
package jp.tenken.xlsx.write;
