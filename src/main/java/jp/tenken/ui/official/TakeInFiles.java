package jp.tenken.ui.official;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jp.tenken.domain.official.OfficialMapping;

/**
 * What the take-in window knows of each chosen file: the mapping it is read through when stated (by the user, or
 * remembered from an earlier take-in), the sheet recognition found its table on, whether a remembered mapping is in
 * use, and whether the user chose its header rows or columns (a sheet chosen then keeps them).
 */
final class TakeInFiles {
    private final Map<Path, OfficialMapping> stated = new HashMap<>();
    private final Map<Path, String> tableSheets = new HashMap<>();
    private final Map<Path, OfficialStatus.Recall> recalls = new HashMap<>();
    private final Set<Path> rolesEdited = new HashSet<>();

    void clear() {
        stated.clear();
        tableSheets.clear();
        recalls.clear();
        rolesEdited.clear();
    }

    /** The mapping stated for a file, or null when it is read as recognised. */
    OfficialMapping stated(Path file) {
        return stated.get(file);
    }

    boolean isStated(Path file) {
        return file != null && stated.containsKey(file);
    }

    /** A mapping the user stated (no longer the remembered one, if that was in use). */
    void state(Path file, OfficialMapping m) {
        stated.put(file, m);
        recalls.remove(file);
    }

    /** Back to recognition for a file. */
    void forget(Path file) {
        stated.remove(file);
        recalls.remove(file);
        rolesEdited.remove(file);
    }

    /** What the first read of a file found: the sheet of its table (null: none), a mapping remembered for it. */
    void firstRead(Path file, String tableSheet, OfficialSheetReading.Shown shown) {
        if (tableSheet == null) {
            tableSheets.remove(file);
        } else {
            tableSheets.put(file, tableSheet);
        }
        shown.recalled().ifPresent(r -> {
            stated.put(file, r.mapping());
            recalls.put(file, r.sameFile() ? OfficialStatus.Recall.SAME_FILE : OfficialStatus.Recall.SAME_TABLE);
        });
        shown.insteadOfExample().ifPresent(m -> { // read through the form's own sheet, not the example before it
            stated.put(file, m);
            recalls.put(file, OfficialStatus.Recall.EXAMPLE_SKIPPED);
        });
    }

    String tableSheet(Path file) {
        return file == null ? null : tableSheets.get(file);
    }

    OfficialStatus.Recall recall(Path file) {
        return file == null ? OfficialStatus.Recall.NONE : recalls.getOrDefault(file, OfficialStatus.Recall.NONE);
    }

    void rolesEdited(Path file) {
        rolesEdited.add(file);
    }

    boolean hasRolesEdited(Path file) {
        return rolesEdited.contains(file);
    }

    /** The stated mappings, for a read of all files. */
    Map<Path, OfficialMapping> statedMappings() {
        return Map.copyOf(stated);
    }
}
