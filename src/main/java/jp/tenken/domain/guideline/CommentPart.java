package jp.tenken.domain.guideline;

import java.util.Optional;

/**
 * The 編 column of MHLW's public-comment table: one of the four parts of the guideline, or the table's special
 * targets 「すべて」 (the whole guideline) and 「他(参考資料)」 (Q&A, 特集, 用語集 and other supplements).
 */
public enum CommentPart {
    OVERVIEW("概説編"),
    GOVERNANCE("経営管理編"),
    MANAGEMENT("企画管理編"),
    CONTROL("システム運用編"),
    ALL("すべて"),
    REFERENCE_MATERIALS("他(参考資料)"),
    /** The cell is 「—」 or 「-」: the commenter named no part. */
    UNSPECIFIED("—");

    private final String label;

    CommentPart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The guideline part with 遵守事項 this names (経営管理編, 企画管理編, システム運用編), if any. */
    public Optional<String> guidelinePart() {
        return this == GOVERNANCE || this == MANAGEMENT || this == CONTROL ? Optional.of(label) : Optional.empty();
    }
}
