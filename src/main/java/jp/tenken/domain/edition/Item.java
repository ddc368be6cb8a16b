package jp.tenken.domain.edition;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import jp.tenken.domain.FiscalYear;

/**
 * One check item of one form of an edition. The {@code key} is stable across editions so years can be compared;
 * the {@code number} is what the form prints (2-(7), 2-⑥). {@code verified} is false when the wording could not be
 * checked against the ministry's document; the app then shows and prints a plain ※ beside the number (the reason,
 * {@code verificationNote}, stays in the catalog and the pack's hidden 出典 sheet).
 * {@code advisoryScopes} are rows printed as 参考項目 (answered, but not checked at inspection).
 */
public record Item(
        String key,
        String section,
        String number,
        String text,
        List<Scope> scopes,
        boolean gate,
        List<GuidelineRef> references,
        String referencesNote,
        Guidance guidance,
        String source,
        boolean verified,
        String verificationNote,
        List<Scope> advisoryScopes,
        FiscalYear targetUntil) {

    /** An item whose 目標日 must lie in the answer's own fiscal year (the form's rule for almost every item). */
    public Item(String key, String section, String number, String text, List<Scope> scopes, boolean gate,
                List<GuidelineRef> references, String referencesNote, Guidance guidance, String source,
                boolean verified, String verificationNote, List<Scope> advisoryScopes) {
        this(key, section, number, text, scopes, gate, references, referencesNote, guidance, source, verified,
                verificationNote, advisoryScopes, null);
    }

    public Item {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        scopes = List.copyOf(scopes);
        references = List.copyOf(references);
        advisoryScopes = advisoryScopes == null ? List.of() : List.copyOf(advisoryScopes);
    }

    /**
     * A wording as items of two editions are matched on: full-width forms folded (NFKC), no spaces, no closing
     * 「。」 — the one rule for matching by text (official take-in, moving a year to a newer edition).
     */
    public static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").replaceAll("[。.]+$", "");
    }

    /** The answer rows this item prints: one per scope. */
    public List<RowKey> rows() {
        return scopes.stream().map(s -> new RowKey(key, s)).toList();
    }

    /** One answer row as a returned form's messages name it: 「2-⑥」, 「2-④ サーバ」, 「有無」 for the gate question. */
    public String where(Scope scope) {
        String n = number.isEmpty() ? "有無" : number;
        return scope == Scope.NONE || scope == Scope.ALL ? n : n + " " + scope.label();
    }

    public boolean isAdvisory(Scope scope) {
        return advisoryScopes.contains(scope);
    }

    // Written out rather than left to the record: an export puts a form's items in hash sets (the guideline's
    // crosswalk), and a record's own hashCode is linked at run time through method handles the AOT cache does not hold
    // (about 7 ms on an export's main thread). Items that are equal have the same key, so the key's hash keeps the
    // contract; the record's equals still compares every part.
    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
