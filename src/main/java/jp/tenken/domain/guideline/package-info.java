/**
 * 「医療情報システムの安全管理に関するガイドライン」: parts, chapters, sections and 遵守事項, the 参照パターン,
 * the crosswalk from checklist items to clauses, deep checks, and the public comments attached to places in the
 * text. May use {@code jp.tenken.domain}, {@code jp.tenken.domain.edition} and {@code java.*} only.
 */
package jp.tenken.domain.guideline;
