package jp.tenken.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.EditionChoice;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.official.OfficialLayout;
import jp.tenken.domain.year.Assessment;

/** Every checklist edition the app knows, validated, newest last. */
public final class Catalog {
    private final List<Edition> editions;
    private final Map<String, OfficialLayout> official;
    private final Map<String, String> guidelineVersions;
    private final List<String> guidelineTexts;

    Catalog(List<Edition> editions) {
        this(editions, Map.of());
    }

    Catalog(List<Edition> editions, Map<String, OfficialLayout> official) {
        this(editions, official, Map.of(), List.of());
    }

    Catalog(List<Edition> editions, Map<String, OfficialLayout> official, Map<String, String> guidelineVersions,
            List<String> guidelineTexts) {
        this.editions = editions.stream().sorted(Comparator.comparing(Edition::fiscalYear)).toList();
        this.official = Map.copyOf(official);
        this.guidelineVersions = Map.copyOf(guidelineVersions);
        this.guidelineTexts = List.copyOf(guidelineTexts);
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
     * The newest edition that covers the year and has the form: the year's own edition, else the newest earlier one
     * with that form, else the oldest with it. A year follows it until it is answered (see the services' forms).
     */
    public EditionChoice editionFor(FiscalYear year, FormKind kind) {
        Edition best = null;
        for (Edition e : editions) {
            if (e.fiscalYear().compareTo(year) <= 0 && e.form(kind).isPresent()) {
                best = e;
            }
        }
        if (best == null) {
            best = editions.stream().filter(e -> e.form(kind).isPresent()).findFirst().orElse(editions.get(0));
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

    /**
     * The guideline version an edition is based on (令和5〜7年度版: "6.0", 令和8年度版 and later: "7.0"), as its
     * edition file says or, for a file that does not, by its fiscal year.
     */
    public String guidelineVersionOf(String editionId) {
        return guidelineVersions.getOrDefault(editionId,
                EditionMapper.defaultGuidelineVersion(requireEdition(editionId).fiscalYear().startYear()));
    }

    /** The guideline versions whose clause text the app holds (a {@code catalog/guideline-<version>.json} each). */
    public List<String> guidelineVersionsWithText() {
        return guidelineTexts;
    }

    /** Whether the app holds the clause text of the guideline version the edition is based on. */
    public boolean hasGuidelineTextFor(String editionId) {
        return guidelineTexts.contains(guidelineVersionOf(editionId));
    }
}
