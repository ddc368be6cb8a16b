package jp.tenken.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.tenken.catalog.Catalog;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialItem;
import jp.tenken.domain.official.OfficialLayout;
import jp.tenken.domain.official.OfficialMapping;
import jp.tenken.domain.official.OfficialReading;
import jp.tenken.domain.official.OfficialRow;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.xlsx.OfficialFileException;
import jp.tenken.xlsx.read.OfficialGridReader;

/**
 * A 事業者確認用 taken in alone joins the year's edition already taken in from the ministry's 医療機関・薬局確認用: that
 * form's tables are read again from the kept copy, at the cells recorded then, so the edition is built as before with
 * the vendor form added. Without such an edition the user is told plainly to take in the 医療機関・薬局確認用 first.
 */
final class OfficialEditionJoin {
    private final Catalog catalog;
    private final OfficialGridReader reader;

    OfficialEditionJoin(Catalog catalog, OfficialGridReader reader) {
        this.catalog = catalog;
        this.reader = reader;
    }

    /** The facility tables of the year's kept edition, their files by original name, and the edition joined. */
    record Joined(Edition edition, List<OfficialGrid> grids, Map<String, Path> files) {
    }

    /** The kept edition of {@code year} read again, or a plain refusal saying what to take in first. */
    Joined existing(FiscalYear year) {
        Optional<Edition> kept = catalog.editions().stream()
                .filter(e -> e.fiscalYear().equals(year) && catalog.official(e.id()).isPresent()).findFirst();
        if (kept.isEmpty()) {
            throw new UserMessageException(Messages.get("official.error.vendorFirst", year.label()), null);
        }
        OfficialLayout layout = catalog.official(kept.get().id()).orElseThrow();
        List<OfficialGrid> grids = new ArrayList<>();
        Map<String, Path> files = new LinkedHashMap<>();
        for (OfficialLayout.Table t : layout.tables()) {
            if (t.forms().contains(FormKind.VENDOR)) {
                continue;
            }
            if (!Files.isRegularFile(t.copy())) {
                throw new UserMessageException(Messages.get("official.error.keptUnreadable", kept.get().name(),
                        t.file()), null);
            }
            grids.add(readAgain(t, year, kept.get()));
            files.put(t.file(), t.copy());
        }
        if (grids.isEmpty()) {
            throw new UserMessageException(Messages.get("official.error.vendorFirst", year.label()), null);
        }
        return new Joined(kept.get(), grids, files);
    }

    /** A kept table read as recognised when that gives the recorded rows, else at its recorded columns. */
    private OfficialGrid readAgain(OfficialLayout.Table t, FiscalYear year, Edition kept) {
        Set<Integer> recorded = t.rows().stream().map(OfficialLayout.Placed::excelRow)
                .collect(Collectors.toCollection(TreeSet::new));
        try {
            OfficialReading auto = reader.read(t.copy(), t.file());
            for (OfficialGrid g : auto.grids()) {
                if (g.sheet().equals(t.sheet()) && g.columns().equals(t.columns()) && rows(g).equals(recorded)) {
                    return g.withForms(t.label(), t.forms());
                }
            }
            OfficialMapping m = new OfficialMapping(t.sheet(), t.headerRow(), t.headerRow(), t.headerRow() + 1,
                    t.columns(), Optional.of(year), t.forms());
            OfficialReading stated = reader.read(t.copy(), t.file(), m);
            if (!stated.grids().isEmpty() && rows(stated.grids().get(0)).equals(recorded)) {
                return stated.grids().get(0);
            }
        } catch (OfficialFileException e) {
            throw new UserMessageException(Messages.get("official.error.keptUnreadable", kept.name(), t.file()), e);
        }
        throw new UserMessageException(Messages.get("official.error.keptUnreadable", kept.name(), t.file()), null);
    }

    private static Set<Integer> rows(OfficialGrid g) {
        Set<Integer> out = new TreeSet<>();
        for (OfficialItem i : g.items()) {
            i.rows().stream().map(OfficialRow::excelRow).forEach(out::add);
        }
        return out;
    }
}
