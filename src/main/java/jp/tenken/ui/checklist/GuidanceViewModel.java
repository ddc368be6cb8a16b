package jp.tenken.ui.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.GuidelineRef;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.register.MaintenanceDetermination;
import jp.tenken.i18n.Messages;

/**
 * The guidance pane: the selected row's item, and its guideline references that open the clause view with the
 * ministry's public-comment answers one click away.
 */
public final class GuidanceViewModel {
    private final ObjectProperty<Item> item = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper guidelineNotice = new ReadOnlyStringWrapper("");
    private Consumer<GuidelineRef> referenceOpener;
    private Runnable registerOpener;
    private Runnable vendorOpener;
    private ToIntFunction<GuidelineRef> commentCounter;
    private FiscalYear year;

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

    void showYear(FiscalYear shown) {
        this.year = shown;
    }

    /**
     * For a year under guideline 第7.0版 (令和8年度 on): what changed for the item, in our words (the passwords' periodic
     * change dropped, no reuse and account lock added; 二要素認証 and its reference date; MDS/SDS; みなし遵守 under
     * 保守委託機関編); empty for other items and for earlier years. The source is {@link #seventhSource}.
     */
    public List<String> seventhNotes(Item item) {
        List<String> out = new ArrayList<>();
        if (item == null || year == null || !MaintenanceDetermination.asked(year)) {
            return out;
        }
        switch (item.key()) {
            case "ops.password-policy" -> {
                out.add(Messages.get("guidance.seventh.passwordChange"));
                out.add(Messages.get("guidance.seventh.passwordAdded"));
            }
            case "ops.password-reuse" -> out.add(Messages.get("guidance.seventh.passwordAdded"));
            case "ops.two-factor" -> out.add(Messages.get("guidance.seventh.twoFactor"));
            case "ops.mds-sds" -> out.add(Messages.get("guidance.seventh.mdsSds"));
            case "ops.security-patch", "ops.remote-maintenance", "ops.device-ledger" ->
                    out.add(Messages.get("guidance.seventh.maintenance"));
            default -> { }
        }
        return out;
    }

    /** Where the notes of {@link #seventhNotes} come from. */
    public String seventhSource() {
        return Messages.get("guidance.seventh.source");
    }

    /** Whether the item is answered from each vendor's MDS/SDS (a link opens the 事業者 screen). */
    public boolean opensMdsSds(Item item) {
        return item != null && vendorOpener != null && item.key().equals("ops.mds-sds");
    }

    /** Opens the 事業者 screen, where each vendor's MDS/SDS is kept. */
    public void openVendors() {
        if (vendorOpener != null) {
            vendorOpener.run();
        }
    }

    void setVendorOpener(Runnable opener) {
        this.vendorOpener = opener;
    }

    /** Whether the item is one the registers answer: 2-① (機器台帳) or 3-① (連絡体制図). */
    public Optional<String> registerOf(Item item) {
        if (item == null || registerOpener == null) {
            return Optional.empty();
        }
        return switch (item.key()) {
            case "ops.device-ledger" -> Optional.of("guidance.openDeviceRegister");
            case "incident.contact-chart" -> Optional.of("guidance.openContactChart");
            default -> Optional.empty();
        };
    }

    /** Opens the 機器台帳・連絡体制図 window. */
    public void openRegisters() {
        if (registerOpener != null) {
            registerOpener.run();
        }
    }

    void setRegisterOpener(Runnable opener) {
        this.registerOpener = opener;
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
