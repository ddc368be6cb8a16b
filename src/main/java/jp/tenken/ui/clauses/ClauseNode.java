package jp.tenken.ui.clauses;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.tenken.domain.guideline.Clause;
import jp.tenken.domain.guideline.GuidelineChapter;
import jp.tenken.domain.guideline.GuidelinePart;
import jp.tenken.domain.guideline.GuidelineSection;

/**
 * One entry of the clause tree (a part, chapter, section or 遵守事項). The shape is fixed by the guideline; what
 * changes with the year and the 参照パターン (dimming, reason, answer counts, deep-check progress) are properties.
 */
public final class ClauseNode {

    /** What the entry stands for. */
    public enum Kind { PART, CHAPTER, SECTION, CLAUSE }

    private final Kind kind;
    private final String label;
    private final GuidelinePart part;
    private final GuidelineChapter chapter;
    private final GuidelineSection section;
    private final Clause clause;
    private final List<ClauseNode> children = new ArrayList<>();
    private final BooleanProperty dimmed = new SimpleBooleanProperty(false);
    private final StringProperty reason = new SimpleStringProperty("");
    private final IntegerProperty yes = new SimpleIntegerProperty();
    private final IntegerProperty no = new SimpleIntegerProperty();
    private final IntegerProperty unanswered = new SimpleIntegerProperty();
    private final StringProperty progress = new SimpleStringProperty("");

    ClauseNode(Kind kind, String label, GuidelinePart part, GuidelineChapter chapter, GuidelineSection section,
               Clause clause) {
        this.kind = kind;
        this.label = label;
        this.part = part;
        this.chapter = chapter;
        this.section = section;
        this.clause = clause;
    }

    public Kind kind() {
        return kind;
    }

    /** As the tree shows it: 「13 ネットワークに関する安全管理措置」, 「⑪ ビス等を適切に選定し…」. */
    public String label() {
        return label;
    }

    public GuidelinePart part() {
        return part;
    }

    public GuidelineChapter chapter() {
        return chapter;
    }

    public GuidelineSection section() {
        return section;
    }

    public Clause clause() {
        return clause;
    }

    public List<ClauseNode> children() {
        return children;
    }

    /** True when the facility's 参照パターン does not need this chapter or clause. */
    public ReadOnlyBooleanProperty dimmedProperty() {
        return dimmed;
    }

    /** Why it is dimmed (or only partly read), e.g. 「このパターンでは参照不要（システム運用編13はⅠ、Ⅲのみ）」. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason;
    }

    /** Chapters: this year's 1回目 answers of the rows of the items that reach the chapter. */
    public ReadOnlyIntegerProperty yesProperty() {
        return yes;
    }

    public ReadOnlyIntegerProperty noProperty() {
        return no;
    }

    public ReadOnlyIntegerProperty unansweredProperty() {
        return unanswered;
    }

    /** Chapters: the deep self-check's progress, e.g. 「自己点検 3/13」; empty when none is answered. */
    public ReadOnlyStringProperty progressProperty() {
        return progress;
    }

    void setApplicability(boolean dim, String why) {
        dimmed.set(dim);
        reason.set(why == null ? "" : why);
    }

    void setCounts(AnswerCounts counts) {
        yes.set(counts.yes());
        no.set(counts.no());
        unanswered.set(counts.unanswered());
    }

    void setProgress(String text) {
        progress.set(text);
    }

    @Override
    public String toString() {
        return label;
    }
}
