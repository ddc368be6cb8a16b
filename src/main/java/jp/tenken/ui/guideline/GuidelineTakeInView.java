package jp.tenken.ui.guideline;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.ExcelFileChooser;
import jp.tenken.ui.common.Windows;

/**
 * 「ガイドライン PDF の取り込み」 as a window: the heading, anything doubtful first, each file's 出典, then what was read
 * volume by volume, chapter by chapter, clause by clause; 「取り込む」 keeps it, 「閉じる」 keeps nothing.
 */
public final class GuidelineTakeInView extends BorderPane {

    public GuidelineTakeInView(GuidelineTakeInViewModel vm) {
        setPadding(new Insets(10));
        Label heading = new Label();
        heading.setId("guideline-heading");
        heading.getStyleClass().add("clauses-title");
        heading.setWrapText(true);
        heading.textProperty().bind(vm.headingProperty());

        Label error = new Label();
        error.setId("guideline-error");
        error.getStyleClass().add("row-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Label doubtsHeading = new Label();
        doubtsHeading.getStyleClass().add("section-heading");
        doubtsHeading.textProperty().bind(Bindings.createStringBinding(() -> vm.doubts().isEmpty()
                ? Messages.get("guidelinePdf.doubts.none") : Messages.get("guidelinePdf.doubts.heading",
                vm.doubts().size()), vm.doubts()));
        ListView<String> doubts = new ListView<>(vm.doubts());
        doubts.setId("guideline-doubts");
        doubts.setPrefHeight(110);
        doubts.setMinHeight(60);
        doubts.visibleProperty().bind(Bindings.isNotEmpty(vm.doubts()));
        doubts.managedProperty().bind(doubts.visibleProperty());

        Label sources = new Label();
        sources.setId("guideline-sources");
        sources.setWrapText(true);
        sources.setMinHeight(Region.USE_PREF_SIZE);
        sources.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.sources()),
                vm.sources()));

        ListView<GuidelineTakeInViewModel.Line> read = new ListView<>(vm.lines());
        read.setId("guideline-read");
        read.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(GuidelineTakeInViewModel.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("guideline-volume", "guideline-chapter");
                setText(empty || line == null ? null : line.text());
                setWrapText(true);
                setPrefWidth(0);
                if (!empty && line != null && line.kind() != GuidelineTakeInViewModel.Line.Kind.CLAUSE) {
                    getStyleClass().add(line.kind() == GuidelineTakeInViewModel.Line.Kind.VOLUME
                            ? "guideline-volume" : "guideline-chapter");
                }
            }
        });
        VBox.setVgrow(read, Priority.ALWAYS);
        Label readHeading = new Label(Messages.get("guidelinePdf.window.read"));
        readHeading.getStyleClass().add("section-heading");
        Label sourcesHeading = new Label(Messages.get("guidelinePdf.window.sources"));
        sourcesHeading.getStyleClass().add("section-heading");
        // a file refused before anything was read shows its reason alone
        for (Region r : List.of(doubtsHeading, readHeading, read)) {
            r.visibleProperty().bind(Bindings.isNotEmpty(vm.lines()));
            r.managedProperty().bind(r.visibleProperty());
        }
        for (Region r : List.of(sourcesHeading, sources)) {
            r.visibleProperty().bind(Bindings.isNotEmpty(vm.sources()));
            r.managedProperty().bind(r.visibleProperty());
        }
        VBox center = new VBox(6, heading, error, doubtsHeading, doubts, sourcesHeading, sources, readHeading, read);
        center.setPadding(new Insets(0, 0, 8, 0));
        setCenter(center);
    }

    /** Asks for the PDFs (one chooser, several files), then opens the window reading them. */
    public static void start(Windows windows, Window owner, GuidelineTakeInViewModel vm) {
        List<Path> chosen = ExcelFileChooser.openMany(owner, Messages.get("guidelinePdf.chooser.title"),
                "PDF (*.pdf)", "*.pdf", "*.PDF");
        if (chosen.isEmpty()) {
            return;
        }
        window(windows, owner, vm).show();
        vm.choose(chosen);
    }

    /** The window, not yet shown: 「取り込む」 when what was read can be kept, 「閉じる」 always. */
    public static Stage window(Windows windows, Window owner, GuidelineTakeInViewModel vm) {
        GuidelineTakeInView view = new GuidelineTakeInView(vm);
        Stage window = windows.owned(owner, view).title(Messages.get("guidelinePdf.window.title"))
                .size(Math.max(900, owner.getWidth() - 60), Math.max(600, owner.getHeight() - 60)).modal().build();
        Label nothingKept = new Label(Messages.get("guidelinePdf.window.nothingKept"));
        nothingKept.setWrapText(true);
        Button keep = new Button(Messages.get("guidelinePdf.window.keep"));
        keep.setId("guideline-keep");
        keep.setDefaultButton(true);
        keep.disableProperty().bind(vm.stateProperty().isNotEqualTo(GuidelineTakeInViewModel.State.READY));
        keep.setOnAction(e -> vm.keep());
        Button close = new Button(Messages.get("guidelinePdf.window.close"));
        close.setId("guideline-close");
        close.setCancelButton(true);
        close.setOnAction(e -> window.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, nothingKept, gap, keep, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        view.setBottom(buttons);
        vm.stateProperty().addListener((o, a, b) -> {
            if (b == GuidelineTakeInViewModel.State.KEPT) {
                window.close();
            }
        });
        return window;
    }
}
