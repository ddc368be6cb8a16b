/**
 * Test support shared by every test package: a real workbook file in a temp folder with the bundled catalogs and a
 * fixed clock (TestWorkbook), and the one harness that runs a main class in a child JVM (ChildJvm).
 */
package jp.tenken.testing;
