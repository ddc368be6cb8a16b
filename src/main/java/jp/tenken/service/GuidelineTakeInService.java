package jp.tenken.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import jp.tenken.catalog.CatalogException;
import jp.tenken.catalog.TakenGuidelineFile;
import jp.tenken.domain.FileFailure;
import jp.tenken.domain.edition.PublishedFile;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.guideline.GuidelineVolume;
import jp.tenken.domain.guideline.TakenGuideline;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.pdf.GuidelinePdf;
import jp.tenken.pdf.RefusedPdfException;

/**
 * Takes in the guideline from the ministry's PDFs, as the window and {@code tenken import-guideline} do: each volume
 * is read through the guarded opener, judged against the published files' SHA-256, and shown with what looks doubtful;
 * nothing is kept until {@link #keep}, which adds the volumes to the version kept in the app-data guidelines folder
 * (a volume of the same 編 replaced) by a temporary file read back and moved into place. Volumes of the bundled
 * version (第6.0版) fill the clause text the bundled catalog lacks.
 */
public final class GuidelineTakeInService {
    private final PublishedFile.Register register;
    private final Supplier<Guideline> bundled;
    private final Path folder;
    private final Clock clock;
    private final TakenGuidelineFile files = new TakenGuidelineFile();

    public GuidelineTakeInService(PublishedFile.Register register, Supplier<Guideline> bundled, Path folder,
                                  Clock clock) {
        this.register = register;
        this.bundled = bundled;
        this.folder = folder;
        this.clock = clock;
    }

    /** One volume read from one file. */
    public record Reading(Path path, GuidelineVolume volume, TakenGuideline.Source source) {
        /** 「001716292.pdf」: 企画管理編、15章、遵守事項 48 件（59 ページ）. */
        public String summary() {
            return Messages.get("guidelinePdf.summary", source.file(), volume.part(), volume.chapters().size(),
                    volume.clauses().size(), volume.pages());
        }

        /** 出典「…」: verdict　SHA-256: …. */
        public String provenanceLine() {
            return Messages.get("guidelinePdf.provenance.line", source.file(), source.verdict(), source.sha256());
        }

        /** What looked doubtful in this volume, each as a person reads it. */
        public List<String> doubts() {
            return volume.doubts().stream().map(d -> source.file() + " " + volume.part() + " "
                    + Messages.get("guidelinePdf.doubt." + d.kind().name(), d.chapter(), d.detail())).toList();
        }
    }

    /**
     * What a take-in would keep: the version, the volumes read (those with 遵守事項), the doubts of all of them (shown
     * first), notes (a 概説編 passed over), the problems that stop it (a refused file, mixed versions) and, for the
     * bundled version, how many missing clause texts it fills.
     */
    public record Preview(String version, List<Reading> readings, List<String> doubts, List<String> notes,
                          List<String> problems, int filled) {
        public boolean keepable() {
            return problems.isEmpty() && !readings.isEmpty();
        }

        public int clauseCount() {
            return readings.stream().mapToInt(r -> r.volume().clauses().size()).sum();
        }
    }

    /**
     * Reads every file (nothing kept); {@code version} (e.g. 7.0), when given, must be the one the title pages print.
     */
    public Preview preview(List<Path> paths, String version) {
        List<Reading> readings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Reading> byPart = new LinkedHashMap<>();
        for (Path p : paths) {
            GuidelineVolume v;
            try {
                v = GuidelinePdf.readVolume(p);
            } catch (RefusedPdfException e) {
                problems.add(e.getMessage());
                continue;
            }
            TakenGuideline.Source source = source(p, v.version());
            Reading r = new Reading(p, v, source);
            if ("概説編".equals(v.part())) {
                notes.add(Messages.get("guidelinePdf.noClauses", source.file(), v.part()));
                continue;
            }
            if (v.clauses().isEmpty()) {
                // a volume that carries 遵守事項 but none could be read: its layout was not understood
                problems.add(Messages.get("guidelinePdf.noClausesRead", source.file(), v.part(),
                        v.chapters().size()));
                continue;
            }
            Reading same = byPart.get(v.part());
            if (same != null) {
                problems.add(Messages.get("guidelinePdf.samePart", same.source().file(), source.file(), v.part()));
                continue;
            }
            byPart.put(v.part(), r);
            readings.add(r);
        }
        String read = readings.isEmpty() ? version : readings.get(0).volume().version();
        for (Reading r : readings) {
            if (!r.volume().version().equals(read)) {
                problems.add(Messages.get("guidelinePdf.mixedVersions", read, r.volume().version()));
                break;
            }
        }
        if (version != null && read != null && !version.equals(read)) {
            readings.stream().filter(r -> !r.volume().version().equals(version)).findFirst().ifPresent(r ->
                    problems.add(Messages.get("guidelinePdf.versionDiffers", r.source().file(),
                            r.volume().version(), version)));
        }
        if (readings.isEmpty() && problems.isEmpty() && notes.isEmpty()) {
            problems.add(Messages.get("cli.importGuideline.noFile"));
        }
        if (readings.isEmpty() && problems.isEmpty()) {
            problems.addAll(notes);
            notes.clear();
        }
        List<String> doubts = readings.stream().flatMap(r -> r.doubts().stream()).toList();
        int filled = 0;
        if (read != null && problems.isEmpty() && read.equals(bundled.get().version())) {
            filled = merged(read, readings).fill(bundled.get(), GuidelineService::sourceNote).count();
        }
        return new Preview(read, readings, doubts, notes, problems, filled);
    }

    private TakenGuideline.Source source(Path p, String version) {
        String hash = FileDigest.sha256(p);
        long bytes;
        try {
            bytes = Files.size(p);
        } catch (IOException e) {
            bytes = -1;
        }
        long size = bytes;
        Optional<PublishedFile> published = register.bySha256(hash).filter(f -> f.bytes() == size);
        String verdict;
        if (published.isPresent()) {
            verdict = Messages.get("guidelinePdf.provenance.published", published.get().name());
        } else if (register.files().stream().anyMatch(f -> f.what().contains("第" + version + "版"))) {
            verdict = Messages.get("guidelinePdf.provenance.different");
        } else {
            verdict = Messages.get("guidelinePdf.provenance.unlisted", version);
        }
        return new TakenGuideline.Source(p.getFileName().toString(), hash, bytes, published.isPresent(), verdict,
                LocalDate.now(clock));
    }

    /** The version as it would be kept: what is kept already, with the volumes read replacing those of their 編. */
    private TakenGuideline merged(String version, List<Reading> readings) {
        TakenGuideline read = new TakenGuideline(version, readings.stream()
                .map(r -> new TakenGuideline.Volume(r.volume(), r.source())).toList());
        Optional<TakenGuideline> kept;
        try {
            kept = files.read(folder, version);
        } catch (CatalogException e) {
            kept = Optional.empty(); // a kept file that no longer reads is replaced by this take-in
        }
        return kept.map(k -> k.with(read)).orElse(read);
    }

    /** Keeps what the preview read; returns the version as kept. Nothing is kept when the preview has problems. */
    public TakenGuideline keep(Preview p) {
        if (!p.keepable()) {
            throw new UserMessageException(String.join("\n", p.problems()), null);
        }
        TakenGuideline g = merged(p.version(), p.readings());
        Path target = folder.resolve(TakenGuidelineFile.fileName(p.version()));
        Path tmp = folder.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.createDirectories(folder);
            files.write(g, tmp);
            TakenGuideline back = files.read(tmp);
            if (back.clauseCount() != g.clauseCount()) {
                throw new CatalogException(List.of(Messages.get("official.store.readBack")));
            }
            FileMove.replace(tmp, target);
            return back;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // our own hidden temporary file; nothing more to do
            }
            FileFailure failure = e instanceof IOException io ? FileFailure.of(io) : FileFailure.OTHER;
            String why = switch (failure) {
                case DENIED -> Messages.get("official.store.denied");
                case NO_SPACE -> Messages.get("official.store.full");
                default -> Messages.get("official.store.failed");
            };
            throw new UserMessageException(Messages.get("guidelinePdf.error.cannotKeep", folder, why), e);
        }
    }

    /** The version kept in app data, if the clinic took it in. */
    public Optional<TakenGuideline> taken(String version) {
        return files.read(folder, version);
    }
}
