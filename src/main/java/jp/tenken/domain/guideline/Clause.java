package jp.tenken.domain.guideline;

import java.util.List;
import java.util.Objects;
import jp.tenken.domain.edition.GuidelineRef;

/**
 * One 遵守事項 of the guideline: its block (chapter, or section and group in 経営管理編), its circled number, and
 * its text as far as we could read it. Only a {@link ClauseStatus#VERIFIED} text may be shown as the ministry's
 * wording; anything else must be marked (see {@link #textVerified()}).
 *
 * @param ref      our stable id as printed in the catalog, e.g. {@code シ13-⑪}, {@code 経1.2.1-管理②}
 * @param section  the section the block sits under (経営管理編 only), else null
 * @param group    the group label inside a 経営管理編 block, e.g. 管理責任, else null
 * @param text     null when the text was not read ({@link ClauseStatus#UNKNOWN})
 * @param patterns the 参照パターン this clause applies to when it differs from its chapter's, else empty
 */
public record Clause(String ref, String part, String chapter, String section, String group, int number, String text,
                     ClauseStatus status, String page, String note, List<ReferencePattern> patterns) {

    public Clause {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(chapter, "chapter");
        Objects.requireNonNull(status, "status");
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
    }

    /** True only when the text was read on the final official page and may be presented as official wording. */
    public boolean textVerified() {
        return status == ClauseStatus.VERIFIED && text != null;
    }

    /** The block's section number: the section for 経営管理編, the chapter elsewhere. */
    public String blockSection() {
        return section == null ? chapter : section;
    }

    /** As a checklist reference prints it: システム運用編 13⑪, 経営管理編 1.2.1＜管理責任＞②. */
    public String printed() {
        return new GuidelineRef(part, blockSection(), number, group, textVerified()).printed();
    }
}
