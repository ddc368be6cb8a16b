/**
 * The clause view: the guideline by part, chapter and section ({@code ClauseTree}) with, for each 遵守事項, its
 * text (marked when not verified), the checklist items that reach it and this year's answers
 * ({@code PlaceDetailViewModel}), the optional deep self-check ({@code DeepCheckViewModel}), and the ministry's
 * answers to the public comments ({@code CommentsViewModel}); the facility's 参照パターン dims the chapters it does
 * not need. Uses the service layer only; view models never touch javafx.scene.
 */
package jp.tenken.ui.clauses;
