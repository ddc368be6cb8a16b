package jp.tenken.ui.clauses;

import java.util.List;

/** A checklist item that reaches the selected place, with this year's answers. */
public record ItemLine(String itemKey, String number, String text, List<ScopeAnswer> answers) {
}
