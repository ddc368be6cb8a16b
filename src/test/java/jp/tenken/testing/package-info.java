/** Test support shared by every test package: the one harness that runs a main class in a child JVM. */
package jp.tenken.testing;
