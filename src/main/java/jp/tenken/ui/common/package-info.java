/**
 * What every screen shares: the background executor (one worker thread, results back on the FX thread; the only
 * place that calls {@code Platform.runLater}, also for views that act after the current event), the one window
 * factory ({@code Windows}: every window and dialog), message boxes, the one file dialog, exports with progress and
 * date fields in 和暦. May use JavaFX, ControlsFX, {@code service}, {@code catalog}, {@code domain}, {@code i18n}.
 */
package jp.tenken.ui.common;
