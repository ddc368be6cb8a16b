package jp.tenken.domain;

import java.util.List;
import java.util.Optional;

/**
 * A published checklist (令和7年度版 …) with its forms. {@code fiscalYear} is the year it was issued for;
 * {@code inspectionNotice} is whether the form prints 「※立入検査時、本チェックリストを確認します」;
 * {@code vendorWordingNote} says why the 事業者確認用 wording is unverified (null when it is verified).
 */
public record Edition(
        String id,
        FiscalYear fiscalYear,
        String name,
        String issued,
        boolean inspectionNotice,
        String source,
        String vendorWordingNote,
        List<Form> forms) {

    public Edition {
        forms = List.copyOf(forms);
    }

    public Optional<Form> form(FormKind kind) {
        return forms.stream().filter(f -> f.kind() == kind).findFirst();
    }
}
