package jp.tenken.ui.registers;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.tenken.domain.register.Contact;
import jp.tenken.domain.register.ContactGroup;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.DialogButtons;
import jp.tenken.ui.common.ExcelFileChooser;
import jp.tenken.ui.common.SelectionSync;
import jp.tenken.ui.common.Viewports;
import jp.tenken.ui.common.Windows;

/**
 * The 連絡体制図 tab: every box of the chart on the left (group, role, name and phone, 未記入 where blank), the calls
 * in order below it, the selected box's fields on the right. Holds no logic.
 */
public final class ContactChartView extends BorderPane {
    private final ContactChartViewModel vm;
    private final Path folder;
    private final ListView<Contact> boxes = new ListView<>();

    public ContactChartView(ContactChartViewModel vm, Path folder, String suggestedName) {
        this.vm = vm;
        this.folder = folder;
        setId("contacts-view");
        SplitPane split = new SplitPane(left(), details(suggestedName));
        split.setDividerPositions(0.58);
        setCenter(split);
    }

    private Node left() {
        boxes.setId("contacts-list");
        boxes.setItems(vm.boxes());
        boxes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Contact k, boolean empty) {
                super.updateItem(k, empty);
                if (empty || k == null) {
                    setText("");
                    return;
                }
                String reach = k.group() == ContactGroup.VENDOR
                        ? Messages.get("registers.contact.vendorLine", vm.shown(k.phone()))
                        : Messages.get("registers.contact.line", vm.shown(k.name()), vm.shown(k.phone()));
                setText("［" + k.group().label() + "］" + k.role() + "　" + reach);
            }
        });
        // choosing another box saves the typing first; when it cannot be saved the choice goes back to the box
        SelectionSync.bind(boxes.getSelectionModel(), vm.selectedProperty(), k -> {
            if (!vm.select(k)) {
                boxes.getSelectionModel().select(vm.selectedProperty().get());
            }
        });
        Label callsHeading = new Label(Messages.get("registers.calls.heading"));
        callsHeading.getStyleClass().add("section-heading");
        ListView<String> calls = new ListView<>(vm.calls());
        calls.setId("contacts-calls");
        calls.setPrefHeight(180);
        VBox box = new VBox(6, boxes, callsHeading, calls);
        VBox.setVgrow(boxes, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private Node details(String suggestedName) {
        Label heading = new Label(Messages.get("registers.contact.heading"));
        heading.getStyleClass().add("section-heading");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        TextField role = field("contact-role", vm.roleProperty());
        grid.addRow(0, fieldName("registers.contact.role"), role);
        grid.addRow(1, fieldName("registers.contact.name"), field("contact-name", vm.nameProperty()));
        grid.addRow(2, fieldName("registers.contact.phone"), field("contact-phone", vm.phoneProperty()));
        grid.addRow(3, fieldName("registers.contact.other"), field("contact-other", vm.otherProperty()));
        grid.addRow(4, fieldName("registers.contact.note"), field("contact-note", vm.noteProperty()));
        GridPane.setHgrow(role, Priority.ALWAYS);
        grid.disableProperty().bind(vm.editableProperty().not());
        Label vendorHelp = new Label(Messages.get("registers.contact.vendorHelp"));
        vendorHelp.setWrapText(true);
        vendorHelp.getStyleClass().add("key-help");
        vendorHelp.visibleProperty().bind(vm.editableProperty().not().and(vm.selectedProperty().isNotNull()));
        Label help = new Label(Messages.get("registers.contact.help"));
        help.setWrapText(true);
        help.getStyleClass().add("key-help");
        VBox box = new VBox(8, heading, grid, vendorHelp, buttons(suggestedName), help);
        box.setPadding(new Insets(12));
        box.setMinWidth(320);
        // at 特大 on a laptop's screen the pane scrolls rather than push the window's content below its edge
        ScrollPane scroll = Viewports.uncached(new ScrollPane(box));
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** A field's name: wrapped beside its field when the pane is narrow, never cut to 「…」. */
    private static Label fieldName(String key) {
        Label l = new Label(Messages.get(key));
        l.setWrapText(true);
        return l;
    }

    private Node buttons(String suggestedName) {
        Button save = new Button(Messages.get("registers.contact.save"));
        save.setId("contact-save");
        save.disableProperty().bind(vm.editableProperty().not());
        save.setOnAction(e -> vm.save());
        MenuButton add = new MenuButton(Messages.get("registers.contact.add"));
        add.setId("contact-add");
        for (ContactGroup g : new ContactGroup[] {ContactGroup.INTERNAL, ContactGroup.EXTERNAL}) {
            MenuItem i = new MenuItem(g.label());
            i.setId("contact-add-" + g.name().toLowerCase(Locale.ROOT));
            i.setOnAction(e -> askRole().ifPresent(r -> vm.add(g, r)));
            add.getItems().add(i);
        }
        Button delete = new Button(Messages.get("registers.contact.delete"));
        delete.setId("contact-delete");
        delete.disableProperty().bind(vm.editableProperty().not());
        delete.setOnAction(e -> vm.delete());
        Button print = new Button(Messages.get("registers.contact.export"));
        print.setId("contact-export");
        print.setOnAction(e -> ExcelFileChooser.save(this, Messages.get("export.chooser.title"), folder, suggestedName)
                .ifPresent(vm::export));
        return new VBox(8, new HBox(8, save, add, delete), print);
    }

    /** Asks for the new contact's role, with the app's words on its buttons (JavaFX's are in the computer's language). */
    private Optional<String> askRole() {
        TextInputDialog d = new TextInputDialog();
        d.setTitle(Messages.get("registers.contact.add"));
        d.setHeaderText(Messages.get("registers.contact.askRole"));
        d.getDialogPane().setId("contact-role-dialog");
        d.getEditor().setId("contact-role");
        ButtonType add = DialogButtons.name(d, Messages.get("registers.contact.addButton"));
        d.getDialogPane().lookupButton(add).disableProperty().bind(Bindings.createBooleanBinding(
                () -> d.getEditor().getText().isBlank(), d.getEditor().textProperty()));
        Windows.dialog(d, getScene() == null ? null : getScene().getWindow());
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A field that saves on Enter and when the focus leaves it (Tab, a click elsewhere, another window). */
    private TextField field(String id, StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        f.setOnAction(e -> {
            e.consume();
            vm.commit();
        });
        f.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.commit();
            }
        });
        return f;
    }
}
