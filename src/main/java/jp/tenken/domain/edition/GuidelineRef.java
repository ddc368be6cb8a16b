package jp.tenken.domain.edition;

import java.util.Objects;
import jp.tenken.domain.Circled;

/**
 * A reference from a checklist item to 「医療情報システムの安全管理に関するガイドライン」, as the manual prints it:
 * a part (経営管理編, 企画管理編, システム運用編), a chapter or section number, and optionally a 遵守事項 number
 * (with its group label for 経営管理編, e.g. 管理責任).
 */
public record GuidelineRef(String part, String section, Integer item, String group, boolean verified) {

    public static final java.util.List<String> PARTS = java.util.List.of("経営管理編", "企画管理編", "システム運用編");

    public GuidelineRef {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(section, "section");
    }

    /** The chapter number: the part before the first dot of the section. */
    public String chapter() {
        return chapterOf(section);
    }

    /** The chapter a section number belongs to: the number before its first dot ("8.2" → "8", "15" → "15"). */
    public static String chapterOf(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? number : number.substring(0, dot);
    }

    /** As printed: システム運用編 8③, 経営管理編 1.2.1＜管理責任＞②, 企画管理編 9.1. */
    public String printed() {
        StringBuilder b = new StringBuilder(part).append(' ').append(section);
        if (group != null) {
            b.append('＜').append(group).append('＞');
        }
        if (item != null) {
            b.append(Circled.of(item));
        }
        return b.toString();
    }
}
