package jp.tenken.ui.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Round;

/** Which rows the list shows: a filter (すべて/未回答/いいえ/要対応) and a search over number, text, scope and note. */
public final class RowFilterViewModel {

    /** Which rows the list shows. */
    public enum Filter { ALL, UNANSWERED, NO, FLAGGED }

    private final FilteredList<RowViewModel> visibleRows;
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
    private final StringProperty search = new SimpleStringProperty("");

    RowFilterViewModel(ObservableList<RowViewModel> rows) {
        visibleRows = new FilteredList<>(rows, r -> true);
        filter.addListener((o, a, b) -> apply());
        search.addListener((o, a, b) -> apply());
    }

    public ObservableList<RowViewModel> visibleRows() {
        return visibleRows;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The next row (after {@code from}, wrapping) whose 1回目 is unanswered, among the visible rows. */
    public Optional<RowViewModel> nextUnanswered(RowViewModel from) {
        List<RowViewModel> list = new ArrayList<>(visibleRows);
        int start = from == null ? -1 : list.indexOf(from);
        for (int i = 1; i <= list.size(); i++) {
            RowViewModel r = list.get(Math.floorMod(start + i, list.size()));
            if (!r.isAnswered() && !r.disabledProperty().get()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Shows every row again (so a row asked for from elsewhere can be seen). */
    public void showAll() {
        filter.set(Filter.ALL);
        search.set("");
    }

    /** Filters again: the answers or flags the filter looks at have changed. */
    void apply() {
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Filter f = filter.get();
        visibleRows.setPredicate(r -> passes(f, r) && (q.isEmpty() || matches(q, r)));
    }

    private static boolean passes(Filter f, RowViewModel r) {
        return switch (f) {
            case ALL -> true;
            case UNANSWERED -> !r.isAnswered();
            case NO -> r.valueProperty(Round.FIRST).get() == AnswerValue.NO;
            case FLAGGED -> r.flaggedProperty().get();
        };
    }

    private static boolean matches(String query, RowViewModel r) {
        String hay = (r.item().number() + " " + r.item().text() + " " + r.scope().label() + " "
                + r.noteProperty().get()).toLowerCase(Locale.ROOT);
        return hay.contains(query);
    }
}
