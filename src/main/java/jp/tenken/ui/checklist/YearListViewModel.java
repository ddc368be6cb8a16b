package jp.tenken.ui.checklist;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.year.Readiness;
import jp.tenken.domain.year.YearSummary;

/** The fiscal years of the workbook as the navigation lists them, with the open year's progress kept current. */
public final class YearListViewModel {
    private final ObservableList<YearSummary> years = FXCollections.observableArrayList();
    private final ObjectProperty<FiscalYear> selectedYear = new SimpleObjectProperty<>();
    private final ObservableList<FiscalYear> addableYears = FXCollections.observableArrayList();

    YearListViewModel() {
    }

    public ObservableList<YearSummary> years() {
        return years;
    }

    /** The year whose form is open. */
    public ReadOnlyObjectProperty<FiscalYear> selectedYearProperty() {
        return selectedYear;
    }

    /**
     * The past years that can still be added (「過去の年度を追加…」 offers them), newest first: each year with a
     * bundled or taken-in edition that the file does not hold yet.
     */
    public ObservableList<FiscalYear> addableYears() {
        return FXCollections.unmodifiableObservableList(addableYears);
    }

    void show(List<YearSummary> list, FiscalYear open, List<FiscalYear> addable) {
        years.setAll(list);
        selectedYear.set(open);
        addableYears.setAll(addable);
    }

    /** Puts the open year's answered and flagged counts into its entry when they changed. */
    void update(FiscalYear year, Readiness readiness) {
        for (int i = 0; i < years.size(); i++) {
            YearSummary y = years.get(i);
            if (y.year().equals(year)
                    && (y.answered() != readiness.answered() || y.flags() != readiness.flags().size())) {
                years.set(i, y.withCounts(readiness.rows(), readiness.answered(), readiness.flags().size()));
            }
        }
    }
}
