package jp.tenken.domain.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.FullWidth;
import jp.tenken.domain.vendor.Vendor;

/**
 * A clinic's own device list read with a mapping into the devices of a fiscal year, and every liberty taken on the
 * way as a note a person can check: a kind not understood (filed as その他), a date not read, a vendor not in the
 * vendors list, a row without a name. Nothing is dropped silently: what could not be put in its field is kept in
 * the device's 備考.
 */
public record RegisterImport(List<Device> devices, List<Note> notes) {

    /** Something the reading did that the person should know, on a row (1-based, as in the file). */
    public record Note(int row, Kind kind, String column, String value) {
    }

    /** The kinds of note, each with the message key that says it. */
    public enum Kind {
        UNKNOWN_KIND("registers.import.note.unknownKind"),
        BAD_DATE("registers.import.note.badDate"),
        MONTH_ONLY("registers.import.note.monthOnly"),
        UNKNOWN_VENDOR("registers.import.note.unknownVendor"),
        BAD_REMOTE("registers.import.note.badRemote"),
        NO_NAME("registers.import.note.noName");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public RegisterImport {
        devices = List.copyOf(devices);
        notes = List.copyOf(notes);
    }

    /** Reads every row from the first data row on; blank rows are passed over. */
    public static RegisterImport read(RegisterList list, RegisterMapping m, FiscalYear year, List<Vendor> vendors) {
        if (!m.complete()) {
            throw new IllegalArgumentException("no column holds the device names");
        }
        List<Device> out = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (int r = m.firstDataRow() - 1; r < list.rows().size(); r++) {
            RowReading row = new RowReading(list, m, r, notes);
            if (row.blank()) {
                continue;
            }
            String name = row.text(RegisterColumn.NAME);
            if (name.isEmpty()) {
                notes.add(new Note(r + 1, Kind.NO_NAME, RegisterColumn.NAME.label(), row.summary()));
                continue;
            }
            out.add(row.device(year, name, vendors));
        }
        return new RegisterImport(out, notes);
    }

    /** One row being read: its cells by role, and the notes and leftovers it produces. */
    private static final class RowReading {
        private final RegisterList list;
        private final RegisterMapping m;
        private final int row;
        private final List<Note> notes;
        private final List<String> leftovers = new ArrayList<>();

        RowReading(RegisterList list, RegisterMapping m, int row, List<Note> notes) {
            this.list = list;
            this.m = m;
            this.row = row;
            this.notes = notes;
        }

        String text(RegisterColumn c) {
            Integer col = m.columns().get(c);
            return col == null ? "" : list.cell(row, col).replaceAll("[\\r\\n\\t]+", " ").strip();
        }

        boolean blank() {
            return m.columns().keySet().stream().allMatch(c -> text(c).isEmpty());
        }

        String summary() {
            return String.join(" / ", m.columns().entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .map(e -> text(e.getKey())).filter(t -> !t.isEmpty()).toList());
        }

        private void note(Kind kind, RegisterColumn c, String value) {
            notes.add(new Note(row + 1, kind, c.label(), value));
        }

        Device device(FiscalYear year, String name, List<Vendor> vendors) {
            String kindText = text(RegisterColumn.KIND);
            DeviceKind kind = DeviceKind.read(kindText).orElse(DeviceKind.OTHER);
            if (!kindText.isEmpty() && DeviceKind.read(kindText).isEmpty()) {
                note(Kind.UNKNOWN_KIND, RegisterColumn.KIND, kindText);
                leftovers.add(RegisterColumn.KIND.label() + "：" + kindText);
            }
            Long vendorId = vendor(vendors);
            boolean remote = remote();
            LocalDate supportEnd = date(RegisterColumn.SUPPORT_END);
            LocalDate lastUpdate = date(RegisterColumn.LAST_UPDATE);
            String note = text(RegisterColumn.NOTE);
            if (!leftovers.isEmpty()) {
                note = (note.isEmpty() ? "" : note + "　") + "（取込時：" + String.join("、", leftovers) + "）";
            }
            return new Device(0, year, name, kind, text(RegisterColumn.LOCATION), text(RegisterColumn.MAKER),
                    text(RegisterColumn.MODEL), text(RegisterColumn.OS), text(RegisterColumn.OS_VERSION),
                    text(RegisterColumn.ROLE), vendorId, remote, supportEnd, lastUpdate,
                    text(RegisterColumn.ADMINISTRATOR), note);
        }

        private LocalDate date(RegisterColumn c) {
            String t = text(c);
            if (t.isEmpty()) {
                return null;
            }
            Optional<RegisterDates.Reading> d = RegisterDates.read(t);
            if (d.isEmpty()) {
                note(Kind.BAD_DATE, c, t);
                leftovers.add(c.label() + "：" + t);
                return null;
            }
            if (d.get().monthOnly()) {
                note(Kind.MONTH_ONLY, c, t);
            }
            return d.get().date();
        }

        private Long vendor(List<Vendor> vendors) {
            String t = text(RegisterColumn.VENDOR);
            if (t.isEmpty()) {
                return null;
            }
            String want = comparable(t);
            for (Vendor v : vendors) {
                String have = comparable(v.name());
                if (!have.isEmpty() && (have.equals(want) || have.contains(want) || want.contains(have))) {
                    return v.id();
                }
            }
            note(Kind.UNKNOWN_VENDOR, RegisterColumn.VENDOR, t);
            leftovers.add(RegisterColumn.VENDOR.label() + "：" + t);
            return null;
        }

        private boolean remote() {
            String t = FullWidth.toHalfWidth(text(RegisterColumn.REMOTE)).toLowerCase(Locale.ROOT);
            if (t.isEmpty() || List.of("なし", "無", "無し", "×", "x", "いいえ", "no", "false", "0", "-", "ー", "未").contains(t)) {
                return false;
            }
            if (List.of("あり", "有", "有り", "○", "〇", "◯", "はい", "yes", "true", "1", "済", "可").contains(t)
                    || t.startsWith("あり") || t.startsWith("有")) {
                return true;
            }
            note(Kind.BAD_REMOTE, RegisterColumn.REMOTE, text(RegisterColumn.REMOTE));
            leftovers.add(RegisterColumn.REMOTE.label() + "：" + text(RegisterColumn.REMOTE));
            return false;
        }

        private static String comparable(String s) {
            return FullWidth.toHalfWidth(s).toLowerCase(Locale.ROOT)
                    .replaceAll("株式会社|有限会社|合同会社|\\(株\\)|\\(有\\)|㈱|㈲|[\\s・.,]", "");
        }
    }
}
