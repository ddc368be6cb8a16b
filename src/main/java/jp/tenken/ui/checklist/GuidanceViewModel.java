package jp.tenken.ui.checklist;

import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import jp.tenken.domain.GuidelineRef;
import jp.tenken.domain.Item;

/**
 * The guidance pane: the selected row's item, and its guideline references that open the clause view with the
 * ministry's public-comment answers one click away.
 */
public final class GuidanceViewModel {
    private final ObjectProperty<Item> item = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper guidelineNotice = new ReadOnlyStringWrapper("");
    private Consumer<GuidelineRef> referenceOpener;
    private ToIntFunction<GuidelineRef> commentCounter;

    GuidanceViewModel(ReadOnlyObjectProperty<RowViewModel> selectedRow) {
        selectedRow.addListener((o, a, b) -> item.set(b == null ? null : b.item()));
        item.set(selectedRow.get() == null ? null : selectedRow.get().item());
    }

    /** The item of the selected row (null when none is selected). */
    public ReadOnlyObjectProperty<Item> itemProperty() {
        return item;
    }

    /**
     * Empty, or why the references shown are not clauses of the year's own guideline version (「第7.0版の条文は
     * 収録していません」): the pane then shows them as the held version's places, for reference only.
     */
    public ReadOnlyStringProperty guidelineNoticeProperty() {
        return guidelineNotice.getReadOnlyProperty();
    }

    void showGuidelineNotice(String notice) {
        guidelineNotice.set(notice == null ? "" : notice);
    }

    public boolean canOpenReferences() {
        return referenceOpener != null;
    }

    /** The number of public-comment answers on a reference's place (0 when unknown). */
    public int commentCount(GuidelineRef ref) {
        return commentCounter == null ? 0 : commentCounter.applyAsInt(ref);
    }

    /** Opens a guideline reference of the selected item (in the clause view). */
    public void openReference(GuidelineRef ref) {
        if (referenceOpener != null) {
            referenceOpener.accept(ref);
        }
    }

    void setReferenceOpener(Consumer<GuidelineRef> opener) {
        this.referenceOpener = opener;
    }

    void setReferenceComments(ToIntFunction<GuidelineRef> counter) {
        this.commentCounter = counter;
    }
}
