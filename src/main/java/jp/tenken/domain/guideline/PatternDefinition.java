package jp.tenken.domain.guideline;

/**
 * One 参照パターン as our catalog describes it: a short name of ours and, once read, the guideline's definition
 * (null until then; {@code status} says how far it was checked).
 */
public record PatternDefinition(ReferencePattern pattern, String name, String definition, ClauseStatus status,
                                String page) {
}
