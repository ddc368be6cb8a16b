package jp.tenken.ui.checklist;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.i18n.Messages;
import jp.tenken.ui.common.DialogButtons;
import jp.tenken.ui.common.DisplaySettings;
import jp.tenken.ui.common.FontSizeChooser;
import org.controlsfx.control.SegmentedButton;

/**
 * First run: asks for the facility's name and kind (病院/診療所/薬局/助産所). It comes before the main window can be
 * used, so it offers the font size too: a clerk who reads 特大 sets it here, for this question and every window after.
 */
final class FacilityDialog extends Dialog<Facility> {

    FacilityDialog(DisplaySettings display) {
        setTitle(Messages.get("facility.ask.title"));
        setHeaderText(Messages.get("facility.ask.header"));
        TextField name = new TextField();
        name.setId("facility-name");
        name.setPrefColumnCount(24);
        ComboBox<FacilityKind> kind = new ComboBox<>();
        kind.setId("facility-kind");
        kind.getItems().setAll(FacilityKind.values());
        kind.setValue(FacilityKind.CLINIC);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(FacilityKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public FacilityKind fromString(String s) {
                return null;
            }
        });
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(10);
        g.setPadding(new Insets(10));
        Label nameLabel = new Label(Messages.get("facility.ask.name"));
        nameLabel.setLabelFor(name);
        Label kindLabel = new Label(Messages.get("facility.ask.kind"));
        kindLabel.setLabelFor(kind);
        g.addRow(0, nameLabel, name);
        g.addRow(1, kindLabel, kind);
        SegmentedButton size = FontSizeChooser.of(display, "facility-font-size");
        // the name is typed next, wherever the size was chosen
        size.getButtons().forEach(b -> b.addEventHandler(ActionEvent.ACTION, e -> name.requestFocus()));
        g.addRow(2, new Label(Messages.get("settings.fontSize")), size);
        getDialogPane().setContent(g);
        ButtonType start = DialogButtons.action(Messages.get("facility.ask.start"));
        getDialogPane().getButtonTypes().setAll(start);
        // a name of spaces only is no name: the button waits for one (else the question closed with nothing saved)
        getDialogPane().lookupButton(start).disableProperty().bind(
                Bindings.createBooleanBinding(() -> name.getText().isBlank(), name.textProperty()));
        setResultConverter(b -> b == start && !name.getText().isBlank()
                ? new Facility(name.getText(), kind.getValue()) : null);
        setOnShown(e -> name.requestFocus());
    }

    Optional<Facility> ask() {
        return showAndWait();
    }
}
