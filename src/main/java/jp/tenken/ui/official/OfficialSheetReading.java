package jp.tenken.ui.official;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.official.OfficialMapping;
import jp.tenken.domain.official.OfficialSheetPreview;
import jp.tenken.service.OfficialEditionService;
import jp.tenken.service.OfficialMappingService;

/**
 * The take-in window's reading of one sheet for the mapping step, run on the worker thread: the sheet shown, a
 * mapping remembered from an earlier take-in of the same file or table, and the remembering once an edition is added.
 */
final class OfficialSheetReading {
    /** A file's sheet as read for the screen: the first one read, the one shown, and a mapping remembered for it. */
    record Shown(OfficialSheetPreview first, OfficialSheetPreview shown,
                 Optional<OfficialMappingService.Recalled> recalled, Optional<OfficialMapping> insteadOfExample) {
        /** The sheet recognition found the table on, or null when it found none. */
        String tableSheet() {
            return first.recognised().isPresent() ? first.sheet() : null;
        }
    }

    private final OfficialEditionService official;
    private final OfficialMappingService memory;
    private final int rows;

    OfficialSheetReading(OfficialEditionService official, OfficialMappingService memory, int rows) {
        this.official = official;
        this.memory = memory;
        this.rows = rows;
    }

    OfficialSheetPreview sheet(Path file, String name) {
        return official.sheet(file, name, rows);
    }

    /**
     * The sheet recognition finds the table on (else the first), and the sheet of a mapping remembered for this file
     * or this table, when there is one; else, when that sheet is a filled-in example (記入例), the first other sheet
     * with the table recognised, and its mapping.
     */
    Shown read(Path file) {
        OfficialSheetPreview p = sheet(file, null);
        Optional<OfficialMappingService.Recalled> r = recall(file, p);
        if (r.isPresent()) {
            String chosen = r.get().mapping().sheet();
            return new Shown(p, chosen.equals(p.sheet()) ? p : sheet(file, chosen), r, Optional.empty());
        }
        if (p.recognised().isPresent() && OfficialStatus.example(p.sheet())) {
            for (String other : p.sheets()) {
                if (!other.equals(p.sheet()) && !OfficialStatus.example(other)) {
                    OfficialSheetPreview q = sheet(file, other);
                    if (q.recognised().isPresent()) {
                        return new Shown(p, q, r, q.recognised());
                    }
                }
            }
        }
        if (p.recognised().isPresent()) {
            // recognition itself passes over a filled-in example before the form: say so, as when we skip it here
            for (String before : p.sheets()) {
                if (before.equals(p.sheet())) {
                    break;
                }
                if (OfficialStatus.example(before)) {
                    return new Shown(sheet(file, before), p, r, p.recognised());
                }
            }
        }
        return new Shown(p, p, r, Optional.empty());
    }

    /** Each chosen file read as {@link #read} with its memory: the first shown, the others read through theirs. */
    Map<Path, Shown> readAll(List<Path> files) {
        Map<Path, Shown> out = new LinkedHashMap<>();
        for (Path f : files) {
            out.put(f, read(f));
        }
        return out;
    }

    /** A mapping stated for this file or this table before; none when the memory cannot be read. */
    private Optional<OfficialMappingService.Recalled> recall(Path file, OfficialSheetPreview p) {
        try {
            return memory.recall(file, p.sheets(), s -> s.equals(p.sheet()) ? p.rows() : sheet(file, s).rows());
        } catch (RuntimeException e) {
            return Optional.empty(); // the file is read as recognised, as if nothing had been remembered
        }
    }

    /** Keeps the mappings an edition was added through; a failure loses only the memory, never the edition. */
    void remember(Map<Path, OfficialMapping> stated) {
        stated.forEach((file, m) -> {
            try {
                memory.remember(file, m, official.sheet(file, m.sheet(), m.lastHeaderRow()).rows());
            } catch (RuntimeException e) {
                // the edition is added; a mapping not remembered is only asked for again next time
            }
        });
    }
}
