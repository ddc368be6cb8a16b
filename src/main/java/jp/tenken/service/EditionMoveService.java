package jp.tenken.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tenken.catalog.Catalog;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.year.Assessment;
import jp.tenken.domain.year.EditionMove;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.storage.AssessmentRepository;
import jp.tenken.storage.EditionMoveRepository;
import jp.tenken.storage.FinalYearRepository;
import jp.tenken.storage.SettingRepository;
import jp.tenken.storage.TenkenFile;

/**
 * Which edition of the checklist a fiscal year is answered on, and moving an answered year to a newer edition
 * taken in later (「令和8年度版に移す」): a preview of each answer carried over or not, then one step, backed up first
 * and undoable. A year with no answer needs none of this: it follows the newest edition by itself.
 */
public final class EditionMoveService {
    private static final String OLD_FORM_CHOSEN = "edition.olderFormChosen.";

    private final TenkenFile file;
    private final AssessmentRepository assessments;
    private final EditionMoveRepository moves;
    private final FinalYearRepository finalYears;
    private final SettingRepository settings;
    private final Catalog catalog;
    private final Clock clock;
    private final StoredForms forms;

    /** {@code file} is backed up before every move. */
    public EditionMoveService(TenkenFile file, StoredForms forms, AssessmentRepository assessments,
                              EditionMoveRepository moves, FinalYearRepository finalYears,
                              SettingRepository settings, Catalog catalog, Clock clock) {
        this.file = file;
        this.assessments = assessments;
        this.moves = moves;
        this.finalYears = finalYears;
        this.settings = settings;
        this.catalog = catalog;
        this.clock = clock;
        this.forms = forms;
    }

    /**
     * Where a year stands: the edition its own form is (or would be) answered on, whether that is the year's own
     * edition, a newer one it could move to, how many answers it has, whether answering on an older edition was
     * chosen, and the last move that can be undone.
     */
    public record YearEdition(FiscalYear year, Edition on, boolean exact, Optional<Edition> newer, int answered,
                              boolean olderFormChosen, boolean finalised, boolean undoable) {

        /** The year has no edition of its own (no form of that year bundled or taken in) and uses an older one. */
        public boolean onOlderForm() {
            return !exact && on.fiscalYear().compareTo(year) < 0;
        }
    }

    public YearEdition state(FiscalYear year) {
        FormKind kind = forms.ownForm();
        Optional<OpenForm> open = forms.existing(year, kind, null);
        Edition on = open.map(o -> o.edition().edition()).orElseGet(() -> catalog.editionFor(year, kind).edition());
        int answered = open.map(o -> (int) o.answers().all().stream().filter(a -> !a.isEmpty()).count()).orElse(0);
        Optional<Edition> newer = open.flatMap(o -> forms.newer(o.assessment()));
        boolean undoable = open.flatMap(o -> moves.lastMove(o.assessment().id()))
                .filter(m -> m.toEdition().equals(on.id())).isPresent();
        return new YearEdition(year, on, on.fiscalYear().equals(year), newer, answered,
                settings.get(OLD_FORM_CHOSEN + year.startYear()).isPresent(), finalYears.isFinal(year), undoable);
    }

    /** The clerk chose to answer the year on the older edition for now (the banner then only says so). */
    public void chooseOlderForm(FiscalYear year) {
        settings.put(OLD_FORM_CHOSEN + year.startYear(), Instant.now(clock).toString(), Instant.now(clock));
    }

    /**
     * What moving the year to its newest edition would do, per form (the facility's own first, then each vendor's
     * that the newer edition has a form for); empty when nothing is to move.
     */
    public List<EditionMove> preview(FiscalYear year) {
        List<EditionMove> out = new ArrayList<>();
        for (Assessment a : yearForms(year)) {
            Optional<Edition> newer = forms.newer(a);
            Optional<OpenForm> open = forms.read(a);
            if (newer.isPresent() && open.isPresent()) {
                out.add(EditionMove.plan(open.get().edition().edition(), newer.get(), a.form(), open.get().answers()));
            }
        }
        return out;
    }

    /** What a move did: the backup made first, and the plans carried out. */
    public record Moved(Path backup, List<EditionMove> plans) {
    }

    /**
     * Moves every form of the year that has a newer edition: a backup of the whole workbook first, then each form in
     * its own transaction (answers that cannot be carried over are kept beside the move and in the change log).
     */
    public Moved move(FiscalYear year) {
        if (finalYears.isFinal(year)) {
            throw new UserMessageException(Messages.get("edition.move.final", year.label()), null);
        }
        List<EditionMove> plans = preview(year);
        if (plans.isEmpty()) {
            throw new UserMessageException(Messages.get("edition.move.nothing", year.label()), null);
        }
        Path backup = file.backup("before-edition-move");
        Instant now = Instant.now(clock);
        for (Assessment a : yearForms(year)) {
            plans.stream().filter(p -> p.kind() == a.form() && p.from().id().equals(a.editionId())).findFirst()
                    .ifPresent(p -> moves.move(a.id(), p.from().id(), p.to().id(), p.carried(), p.carriedFrom(),
                            backup.getFileName().toString(), now));
        }
        return new Moved(backup, plans);
    }

    /** Undoes the year's last move of each form: edition and answers as they were before it. */
    public int undo(FiscalYear year) {
        if (finalYears.isFinal(year)) {
            throw new UserMessageException(Messages.get("edition.move.final", year.label()), null);
        }
        int n = 0;
        Instant now = Instant.now(clock);
        for (Assessment a : yearForms(year)) {
            Optional<EditionMoveRepository.Move> last = moves.lastMove(a.id())
                    .filter(m -> m.toEdition().equals(a.editionId()));
            if (last.isPresent()) {
                moves.undo(last.get(), now);
                n++;
            }
        }
        return n;
    }

    private List<Assessment> yearForms(FiscalYear year) {
        FormKind own = forms.ownForm();
        List<Assessment> out = new ArrayList<>();
        for (Assessment a : assessments.list()) {
            if (a.year().equals(year) && (a.form() == own || a.form() == FormKind.VENDOR)) {
                out.add(a);
            }
        }
        out.sort((x, y) -> Boolean.compare(x.form() == FormKind.VENDOR, y.form() == FormKind.VENDOR));
        return out;
    }
}
