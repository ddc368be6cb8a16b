/**
 * Start-up and wiring: the {@code Launcher} (command line), the JavaFX {@code Application}, the composition root
 * that builds services and screens, and where files live (Documents/Tenken, the OS's app-data folder).
 * May use every other package.
 */
package jp.tenken.app;
