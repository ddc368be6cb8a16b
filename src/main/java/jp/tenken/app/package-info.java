/**
 * Start-up and wiring: the {@code Launcher} (command line), {@code AppContext} (the one composition root: the open
 * workbook, the catalogs, the clock and every service), the JavaFX {@code Application} that builds the screens on
 * it, and where files live (Documents/Tenken, the OS's app-data folder). May use every other package.
 */
package jp.tenken.app;
