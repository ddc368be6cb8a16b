package jp.tenken.ui.checklist;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import jp.tenken.domain.vendor.VendorFlag;
import jp.tenken.domain.year.ReadinessFlag;
import jp.tenken.i18n.Messages;

/** The readiness line: each thing an inspector would find missing, as a link to its row (or to the 事業者 screen). */
final class ReadinessLineView extends HBox {
    private static final int MAX_FLAG_LINKS = 8;
    private static final int MAX_VENDOR_LINKS = 2;

    private final ReadinessViewModel vm;
    private final RowFilterViewModel filter;
    private final Consumer<ReadinessFlag> reveal;
    private final FlowPane flagLinks = new FlowPane(8, 2);
    private final ObservableStringValue olderForm;
    private final ObservableStringValue formTitle;
    private boolean waiting;

    ReadinessLineView(ChecklistViewModel screen, Consumer<ReadinessFlag> reveal) {
        super(6);
        this.vm = screen.readiness();
        this.filter = screen.rowFilter();
        this.reveal = reveal;
        this.olderForm = screen.edition().olderNoteProperty();
        this.formTitle = screen.header().formTitleProperty();
        Label readinessTitle = new Label(Messages.get("readiness.title") + "：");
        readinessTitle.getStyleClass().add("readiness-title");
        flagLinks.setId("readiness");
        flagLinks.getStyleClass().add("readiness");
        getChildren().addAll(readinessTitle, flagLinks);
        // no 「立入検査で指摘されそうな点：」 over nothing before a form is open (the first start's question)
        visibleProperty().bind(Bindings.isNotEmpty(formTitle));
        managedProperty().bind(visibleProperty());
        HBox.setHgrow(flagLinks, Priority.ALWAYS);
        vm.flags().addListener((ListChangeListener<ReadinessFlag>) c -> rebuildFlags());
        vm.vendorFlags().addListener((ListChangeListener<VendorFlag>) c -> rebuildFlags());
        vm.registerNotes().addListener((ListChangeListener<String>) c -> rebuildFlags());
        olderForm.addListener((o, a, b) -> rebuildFlags());
        // an empty list set to empty fires no change: show the state once now, and whenever a form opens
        screen.header().formTitleProperty().addListener((o, a, b) -> rebuildFlags());
    }

    /** Leaves the links out until {@code later} runs its task (after the first frame showing rows). */
    void fillAfter(Consumer<Runnable> later) {
        waiting = true;
        later.accept(() -> {
            waiting = false;
            rebuildFlags();
        });
    }

    private void rebuildFlags() {
        if (waiting) {
            return;
        }
        flagLinks.getChildren().clear();
        if (formTitle.get() == null || formTitle.get().isEmpty()) {
            return; // no form open yet (the first start asks for the facility): nothing is 「すべて記入済み」
        }
        if (!olderForm.get().isEmpty()) {
            // the inspector's first question about a year checked on last year's items
            Label older = new Label(Messages.get("readiness.olderForm", olderForm.get()));
            older.setId("readiness-older-form");
            older.getStyleClass().add("readiness-link");
            older.setWrapText(true);
            flagLinks.getChildren().add(older);
        }
        List<ReadinessFlag> flags = vm.flags();
        List<VendorFlag> vendorFlags = vm.vendorFlags();
        // many vendors' missing forms read as one line, so the items' own flags stay in view
        List<String> vendorTexts = vendorFlags.size() > MAX_VENDOR_LINKS
                ? List.of(Messages.get("readiness.vendorsMissing", vendorFlags.size()))
                : vendorFlags.stream().map(vm::describe).toList();
        for (String note : vm.registerNotes()) {
            Hyperlink link = new Hyperlink(note);
            link.getStyleClass().addAll("readiness-link", "vendor-flag");
            link.setOnAction(e -> vm.openRegisters(note));
            flagLinks.getChildren().add(link);
        }
        for (String text : vendorTexts) {
            Hyperlink link = new Hyperlink(text);
            link.getStyleClass().addAll("readiness-link", "vendor-flag");
            link.setOnAction(e -> vm.openVendors());
            flagLinks.getChildren().add(link);
        }
        if (flags.isEmpty() && (!vm.vendorFlags().isEmpty() || !vm.registerNotes().isEmpty())) {
            return;
        }
        if (flags.isEmpty()) {
            Label ok = new Label(Messages.get("readiness.ready"));
            ok.getStyleClass().add("readiness-ok");
            flagLinks.getChildren().add(ok);
            return;
        }
        for (int i = 0; i < Math.min(MAX_FLAG_LINKS, flags.size()); i++) {
            ReadinessFlag f = flags.get(i);
            Hyperlink link = new Hyperlink(vm.describe(f));
            link.getStyleClass().add("readiness-link");
            if (f.kind() == ReadinessFlag.Kind.TARGET_OVERDUE) {
                link.getStyleClass().add("overdue");
            }
            link.setOnAction(e -> reveal.accept(f));
            flagLinks.getChildren().add(link);
        }
        if (flags.size() > MAX_FLAG_LINKS) {
            Hyperlink more = new Hyperlink("…ほか " + (flags.size() - MAX_FLAG_LINKS) + " 件（要対応で絞り込み）");
            more.setOnAction(e -> filter.filterProperty().set(RowFilterViewModel.Filter.FLAGGED));
            flagLinks.getChildren().add(more);
        }
    }
}
