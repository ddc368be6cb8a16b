/**
 * 「ガイドライン PDF の取り込み…」: the ministry's guideline PDFs read on the worker thread, reviewed (what was read
 * chapter by chapter, anything doubtful first, where each file came from) and kept only on 「取り込む」. Uses the
 * take-in service only; the view model imports no javafx.scene or javafx.stage.
 */
package jp.tenken.ui.guideline;
