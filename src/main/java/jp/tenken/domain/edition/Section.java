package jp.tenken.domain.edition;

import java.util.List;

/** A section of a form (1 体制構築, 2 医療情報システムの管理・運用, 3 インシデント発生に備えた対応) and its items. */
public record Section(String number, String title, List<Item> items) {
    public Section {
        items = List.copyOf(items);
    }

    /** 「1 体制構築」; the gate row's pseudo-section has no number. */
    public String heading() {
        return number == null || number.isEmpty() ? title : number + " " + title;
    }
}
