package jp.tenken.ui.checklist;

import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.year.Carryover;
import jp.tenken.i18n.Messages;
import jp.tenken.service.OpenForm;

/** The header of the open form: its title and label, the facility, and (the edition used this year has its own banner). */
public final class FormHeaderViewModel {
    private final StringProperty formTitle = new SimpleStringProperty("");
    private final StringProperty formLabel = new SimpleStringProperty("");
    private final StringProperty wordingNote = new SimpleStringProperty("");
    private String firstUnverified;
    private final StringProperty facilityName = new SimpleStringProperty("");
    private final StringProperty removedItems = new SimpleStringProperty("");

    FormHeaderViewModel() {
    }

    public ReadOnlyStringProperty formTitleProperty() {
        return formTitle;
    }

    public ReadOnlyStringProperty formLabelProperty() {
        return formLabel;
    }

    /**
     * One line for the whole form when some of its wording is still being checked against the ministry's original
     * (empty otherwise): it explains the plain ※ those rows carry, and nothing more (no research note).
     */
    public ReadOnlyStringProperty wordingNoteProperty() {
        return wordingNote;
    }

    /** The key of the first item whose wording is being checked (the line's link shows it), or null. */
    public String firstUnverifiedItem() {
        return firstUnverified;
    }

    public ReadOnlyStringProperty facilityNameProperty() {
        return facilityName;
    }

    /** The items last year's edition had and this one dropped, as one line (empty when none). */
    public ReadOnlyStringProperty removedItemsProperty() {
        return removedItems;
    }

    void showFacility(String name) {
        facilityName.set(name);
    }

    void showForm(OpenForm form) {
        formTitle.set(form.form().title());
        formLabel.set(form.form().label());
        firstUnverified = form.form().items().stream().filter(i -> !i.verified()).map(Item::key).findFirst()
                .orElse(null);
        wordingNote.set(firstUnverified == null ? "" : Messages.get("checklist.wordingBeingChecked"));
    }

    void showRemoved(Carryover carry) {
        removedItems.set(carry.removedItems().isEmpty() ? "" : Messages.get("checklist.removedItems",
                carry.removedItems().stream().map(i -> i.number() + " " + shortText(i.text()))
                        .collect(Collectors.joining("、"))));
    }

    private static String shortText(String text) {
        return text.length() > 24 ? text.substring(0, 23) + "…" : text;
    }
}
