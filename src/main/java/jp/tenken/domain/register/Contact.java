package jp.tenken.domain.register;

import jp.tenken.domain.FiscalYear;

/**
 * One box of the 連絡体制図: a role (管理者, 保健所…), who fills it and how to reach them. Phone numbers and names are
 * only ever what the clinic entered; a blank one prints as 未記入. {@code id} is 0 until stored, and for a vendor's
 * box (taken from the vendors list, never stored here) it is the vendor's id.
 */
public record Contact(long id, FiscalYear year, ContactGroup group, int position, String role, String name,
                      String phone, String other, String note) {

    /** What a blank field prints as: we never invent a phone number. */
    public static final String BLANK = "未記入";

    public Contact {
        role = role == null ? "" : role.strip();
        name = name == null ? "" : name.strip();
        phone = phone == null ? "" : phone.strip();
        other = other == null ? "" : other.strip();
        note = note == null ? "" : note.strip();
    }

    /** A role with nobody and no number entered yet. */
    public static Contact role(FiscalYear year, ContactGroup group, int position, String role) {
        return new Contact(0, year, group, position, role, "", "", "", "");
    }

    /** Whether nobody and no way to reach them is entered. */
    public boolean blank() {
        return name.isEmpty() && phone.isEmpty() && other.isEmpty();
    }

    /** A field as printed: itself, or 未記入. */
    public static String shown(String value) {
        return value == null || value.isBlank() ? BLANK : value;
    }

    public Contact withIdAndYear(long newId, FiscalYear newYear) {
        return new Contact(newId, newYear, group, position, role, name, phone, other, note);
    }

    public Contact withPosition(int newPosition) {
        return new Contact(id, year, group, newPosition, role, name, phone, other, note);
    }
}
