package jp.tenken.ui.checklist;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import jp.tenken.domain.edition.GuidelineRef;
import jp.tenken.domain.edition.Item;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.Viewports;

/**
 * The guidance pane: our plain-language explanation of the selected item, its guideline references and one small
 * 出典 line (the source, and whether the wording is still being checked); never the catalog's research notes.
 */
final class GuidanceView extends ScrollPane {
    private final VBox box = new VBox(6);

    private final GuidanceViewModel vm;

    /** False until the first frame showing rows: till then the pane holds its title only. */
    private boolean filled;

    /** {@code afterFirstRows} runs a task once the first frame showing rows has been laid out. */
    GuidanceView(GuidanceViewModel vm, Consumer<Runnable> afterFirstRows) {
        this.vm = vm;
        setId("guidance");
        getStyleClass().add("guidance");
        Viewports.uncached(this);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        box.setPadding(new Insets(10));
        setContent(box);
        // on invalidation, not on change: a change listener compares the old and the new item with the record's
        // equals, whose first use is linked at run time (about 10 ms on this thread as the first rows show)
        vm.itemProperty().addListener(o -> show(vm.itemProperty().get()));
        vm.guidelineNoticeProperty().addListener((o, a, b) -> show(vm.itemProperty().get()));
        show(null);
        afterFirstRows.accept(() -> {
            filled = true;
            show(vm.itemProperty().get());
        });
    }

    private void show(Item item) {
        box.getChildren().clear();
        Label title = new Label(Messages.get("guidance.title"));
        title.getStyleClass().add("guidance-title");
        box.getChildren().add(title);
        if (!filled) {
            return;
        }
        if (item == null) {
            box.getChildren().add(wrap(Messages.get("guidance.select"), "guidance-text"));
            return;
        }
        Label head = wrap((item.gate() ? "" : item.number() + "　") + item.text(), "guidance-item");
        head.setId("guidance-item");
        box.getChildren().add(head);
        vm.registerOf(item).ifPresent(key -> {
            box.getChildren().add(opener(Messages.get(key), "guidance-open-register", vm::openRegisters));
        });
        if (vm.opensMdsSds(item)) {
            box.getChildren().add(opener(Messages.get("guidance.openMdsSds"), "guidance-open-mds-sds",
                    vm::openVendors));
        }
        List<String> seventh = vm.seventhNotes(item);
        if (!seventh.isEmpty()) {
            box.getChildren().add(wrap(Messages.get("guidance.seventh.heading"), "guidance-heading"));
            for (String note : seventh) {
                Label l = wrap(note, "guidance-text");
                l.setId("guidance-seventh");
                box.getChildren().add(l);
            }
            box.getChildren().add(wrap(vm.seventhSource(), "guidance-small"));
        }
        section(Messages.get("guidance.meaning"), item.guidance().meaning());
        section(Messages.get("guidance.howToCheck"), item.guidance().howToCheck());
        section(Messages.get("guidance.recordToKeep"), item.guidance().recordToKeep());
        String notice = vm.guidelineNoticeProperty().get();
        box.getChildren().add(wrap(Messages.get(notice.isEmpty() ? "guidance.references"
                : "guidance.references.otherVersion"), "guidance-heading"));
        if (!notice.isEmpty()) {
            Label l = wrap(notice, "guidance-text");
            l.setId("guidance-guideline-notice");
            box.getChildren().add(l);
        }
        if (item.references().isEmpty()) {
            box.getChildren().add(wrap(Messages.get("guidance.references.none"), "guidance-text"));
        }
        for (GuidelineRef r : item.references()) {
            String text = "・" + r.printed() + (r.verified() ? "" : " " + Messages.get("guidance.references.unverified"));
            if (vm.canOpenReferences()) {
                box.getChildren().add(opener(text, null, () -> vm.openReference(r)));
                int comments = vm.commentCount(r);
                if (comments > 0) {
                    Hyperlink answers = new Hyperlink(
                            Messages.get("guidance.comments", comments));
                    answers.getStyleClass().add("guidance-comments");
                    answers.setOnAction(e -> vm.openReference(r));
                    box.getChildren().add(answers);
                }
            } else {
                box.getChildren().add(wrap(text, "guidance-ref"));
            }
        }
        // the research notes behind the catalog (which draft, which page, what is inferred) stay in the catalog and
        // the pack's hidden 出典 sheet; the clerk sees the source and whether the wording is checked, in one line
        Label source = wrap(Messages.get("guidance.source") + "：" + item.source()
                + (item.verified() ? "" : "\n" + Messages.get("guidance.source.unverified")), "guidance-small");
        source.setId("guidance-source");
        box.getChildren().add(source);
    }

    private void section(String heading, String text) {
        box.getChildren().add(wrap(heading, "guidance-heading"));
        box.getChildren().add(wrap(text, "guidance-text"));
    }

    /**
     * A link that opens another screen or window ({@code id} may be null), its whole text wrapped to the pane's width
     * (not cut to 「…」).
     */
    private static Hyperlink opener(String text, String id, Runnable open) {
        Hyperlink link = new Hyperlink(text);
        link.setId(id);
        link.getStyleClass().add("guidance-ref");
        link.setWrapText(true);
        link.setOnAction(e -> open.run());
        return link;
    }

    private static Label wrap(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
