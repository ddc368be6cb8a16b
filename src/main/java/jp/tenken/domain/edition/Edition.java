package jp.tenken.domain.edition;

import java.util.List;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;

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

    /**
     * 「令和8年度の点検を令和7年度版の項目で行っています」 when this edition is older than {@code year} (no edition of the
     * year was taken in), for the screen, the pack's summary and the printed form; empty for the year's own edition.
     */
    public Optional<String> olderFormNote(FiscalYear year) {
        return fiscalYear.compareTo(year) < 0
                ? Optional.of(year.label() + "の点検を" + name + "の項目で行っています")
                : Optional.empty();
    }

    public Optional<Form> form(FormKind kind) {
        return forms.stream().filter(f -> f.kind() == kind).findFirst();
    }
}
