package jp.tenken.ui.guideline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tenken.domain.Circled;
import jp.tenken.domain.guideline.GuidelineVolume;
import jp.tenken.domain.guideline.TakenGuideline;
import jp.tenken.i18n.Messages;
import jp.tenken.service.GuidelineTakeInService;
import jp.tenken.ui.common.UiExecutor;

/**
 * State and commands of the guideline take-in window: the files are read on the worker thread; what was read is shown
 * volume by volume and chapter by chapter, anything doubtful listed first and each file's 出典 beside it; nothing is
 * kept until {@link #keep}. A refused file leaves the window with its Japanese reason and nothing kept.
 */
public final class GuidelineTakeInViewModel {
    /** Where the take-in stands. */
    public enum State { READING, READY, REFUSED, KEEPING, KEPT }

    /** A line of the reading: a volume, a chapter of it, or one clause. */
    public record Line(Kind kind, String text) {
        /** What the line is, for its style. */
        public enum Kind { VOLUME, CHAPTER, CLAUSE }
    }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READING);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<String> doubts = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final GuidelineTakeInService service;
    private final UiExecutor executor;
    private final Consumer<TakenGuideline> onKept;
    private GuidelineTakeInService.Preview preview;

    public GuidelineTakeInViewModel(GuidelineTakeInService service, UiExecutor executor,
                                    Consumer<TakenGuideline> onKept) {
        this.service = service;
        this.executor = executor;
        this.onKept = onKept;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** 「ガイドライン第7.0版 企画管理編・システム運用編：遵守事項 95 件」, or what is being done. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Why nothing can be kept (a refused file, mixed versions), in Japanese; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What a person should look at before keeping: numbers that skip, unfinished clauses, empty chapters. */
    public ObservableList<String> doubts() {
        return doubts;
    }

    /** Each file's summary and 出典 (verdict and SHA-256), notes on files passed over, what is filled. */
    public ObservableList<String> sources() {
        return sources;
    }

    /** What was read: each volume, its chapters, their clauses. */
    public ObservableList<Line> lines() {
        return lines;
    }

    /** Reads the files chosen (nothing kept). */
    public void choose(List<Path> files) {
        state.set(State.READING);
        heading.set(Messages.get("guidelinePdf.reading", files.size()));
        error.set("");
        doubts.clear();
        sources.clear();
        lines.clear();
        executor.submit(() -> service.preview(files, null), this::show, e -> {
            state.set(State.REFUSED);
            heading.set(Messages.get("guidelinePdf.window.refused"));
            error.set(Messages.forUser(e));
        });
    }

    private void show(GuidelineTakeInService.Preview p) {
        preview = p;
        List<String> parts = p.readings().stream().map(r -> r.volume().part()).toList();
        heading.set(p.readings().isEmpty() ? Messages.get("guidelinePdf.window.refused")
                : Messages.get("guidelinePdf.window.heading", p.version(), String.join("・", parts), p.clauseCount()));
        doubts.setAll(p.doubts());
        List<String> s = new ArrayList<>();
        for (GuidelineTakeInService.Reading r : p.readings()) {
            s.add(r.summary());
            s.add(r.provenanceLine());
        }
        s.addAll(p.notes());
        if (p.filled() > 0) {
            s.add(Messages.get("guidelinePdf.filled", p.filled()));
        }
        sources.setAll(s);
        List<Line> out = new ArrayList<>();
        for (GuidelineTakeInService.Reading r : p.readings()) {
            out.add(new Line(Line.Kind.VOLUME, r.volume().title() + "（" + r.source().file() + "）"));
            for (GuidelineVolume.Chapter c : r.volume().chapters()) {
                out.add(new Line(Line.Kind.CHAPTER, Messages.get("guidelinePdf.window.chapter", c.number(),
                        c.title(), c.clauses().size())));
                for (GuidelineVolume.ReadClause cl : c.clauses()) {
                    String where = (cl.section() == null ? "" : cl.section() + " ")
                            + (cl.group() == null ? "" : "＜" + cl.group() + "＞");
                    out.add(new Line(Line.Kind.CLAUSE, where + Circled.of(cl.number()) + " " + cl.text()));
                }
            }
        }
        lines.setAll(out);
        error.set(String.join("\n", p.problems()));
        state.set(p.keepable() ? State.READY : State.REFUSED);
    }

    /** Keeps what was read (only when it can be kept). */
    public void keep() {
        if (state.get() != State.READY || preview == null) {
            return;
        }
        state.set(State.KEEPING);
        GuidelineTakeInService.Preview p = preview;
        executor.submit(() -> service.keep(p), kept -> {
            state.set(State.KEPT);
            onKept.accept(kept);
        }, e -> {
            state.set(State.READY);
            error.set(Messages.forUser(e));
        });
    }
}
