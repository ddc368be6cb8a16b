/**
 * The clause view: the guideline by part, chapter and section with, for each 遵守事項, its text (marked when not
 * verified), the checklist items that reach it and this year's answers, the optional deep self-check, and the
 * ministry's answers to the public comments; the facility's 参照パターン dims the chapters it does not need. Uses
 * the service layer only; view models never touch javafx.scene.
 */
package jp.tenken.ui.clauses;
