package jp.tenken.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.Assessment;
import jp.tenken.domain.Edition;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.OfficialLayout;

/** Every checklist edition the app knows, validated, newest last. */
public final class Catalog {
    private final List<Edition> editions;
    private final Map<String, OfficialLayout> official;

    Catalog(List<Edition> editions) {
        this(editions, Map.of());
    }

    Catalog(List<Edition> editions, Map<String, OfficialLayout> official) {
        this.editions = editions.stream().sorted(Comparator.comparing(Edition::fiscalYear)).toList();
        this.official = Map.copyOf(official);
    }

    /** Where an edition taken in from the ministry's own workbook came from; empty for every other edition. */
    public Optional<OfficialLayout> official(String editionId) {
        return Optional.ofNullable(official.get(editionId));
    }

    public List<Edition> editions() {
        return editions;
    }

    public Optional<Edition> edition(String id) {
        return editions.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Edition requireEdition(String id) {
        return edition(id).orElseThrow(() -> new IllegalStateException("edition not in catalog: " + id));
    }

    /** The year's own edition, else the newest earlier one, else the oldest. */
    public EditionChoice editionFor(FiscalYear year) {
        Edition best = null;
        for (Edition e : editions) {
            if (e.fiscalYear().compareTo(year) <= 0) {
                best = e;
            }
        }
        if (best == null) {
            best = editions.get(0);
        }
        return new EditionChoice(year, best, best.fiscalYear().equals(year));
    }

    /**
     * The edition an assessment is answered on: the one it was started with, else (an edition no longer in the
     * catalog) the one that applies to its year. The one place this rule is written.
     */
    public EditionChoice editionFor(Assessment assessment) {
        FiscalYear year = assessment.year();
        return edition(assessment.editionId())
                .map(e -> new EditionChoice(year, e, e.fiscalYear().equals(year)))
                .orElseGet(() -> editionFor(year));
    }

}
