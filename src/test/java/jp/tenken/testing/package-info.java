/** Shared test fixtures: a real workbook file in a temp folder with the bundled catalogs and a fixed clock. */
package jp.tenken.testing;
