package jp.tenken.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tenken.domain.guideline.GuidelineVolume;
import jp.tenken.domain.guideline.TakenGuideline;

/**
 * A guideline version taken in from the ministry's PDFs, kept as {@code guideline-<version>.taken.json} in the app-data
 * guidelines folder: each volume with its file name, SHA-256, size, verdict and the day it was taken in, its chapters
 * and 遵守事項 as read. Read back and checked (a version, known 編, chapters with numbers, clauses with text) before
 * use; a file that fails is named in a {@link CatalogException}, never half used.
 */
public final class TakenGuidelineFile {
    private static final Pattern NAME = Pattern.compile("guideline-(\\d{1,2}\\.\\d{1,2})\\.taken\\.json");

    record FileJson(String version, List<VolumeJson> volumes) implements RecordTree.Commented {
    }

    record VolumeJson(String part, String version, String title, int pages, String file, String sha256, long bytes,
                      boolean published, String verdict, String takenOn, List<ChapterJson> chapters) {
    }

    record ChapterJson(String number, String title, List<ClauseJson> clauses) {
    }

    record ClauseJson(String section, String group, int number, String text) {
    }

    /** The file name a version is kept under. */
    public static String fileName(String version) {
        return "guideline-" + version + ".taken.json";
    }

    public void write(TakenGuideline g, Path file) throws IOException {
        List<VolumeJson> volumes = new ArrayList<>();
        for (TakenGuideline.Volume v : g.volumes()) {
            GuidelineVolume gv = v.volume();
            TakenGuideline.Source s = v.source();
            List<ChapterJson> chapters = gv.chapters().stream().map(c -> new ChapterJson(c.number(), c.title(),
                    c.clauses().stream().map(rc -> new ClauseJson(rc.section(), rc.group(), rc.number(), rc.text()))
                            .toList())).toList();
            volumes.add(new VolumeJson(gv.part(), gv.version(), gv.title(), gv.pages(), s.file(), s.sha256(),
                    s.bytes(), s.published(), s.verdict(), s.takenOn().toString(), chapters));
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(file.toFile(), new FileJson(g.version(), volumes));
    }

    /** Reads and checks one kept version. */
    public TakenGuideline read(Path file) {
        String name = file.getFileName().toString();
        FileJson f;
        try (InputStream in = Files.newInputStream(file)) {
            f = RecordTree.read(in, FileJson.class);
        } catch (IOException e) {
            throw new CatalogException(List.of(name + ": 読み込めません ("
                    + (e instanceof RecordTree.Problem ? e.getMessage() : e.getClass().getSimpleName()) + ")"));
        }
        List<String> problems = new ArrayList<>();
        if (f.version() == null || !f.version().matches("\\d{1,2}\\.\\d{1,2}")) {
            problems.add(name + ": version は 7.0 のような版番号です: " + f.version());
        }
        List<TakenGuideline.Volume> volumes = new ArrayList<>();
        for (VolumeJson v : CatalogJson.nonNull(f.volumes())) {
            String at = name + " " + v.part();
            if (!TakenGuideline.PREFIXES.containsKey(v.part())) {
                problems.add(at + ": 編が不正です");
                continue;
            }
            CatalogJson.require(v.file(), at + ": file", problems);
            if (v.sha256() == null || !v.sha256().matches("[0-9a-f]{64}")) {
                problems.add(at + ": sha256 は16進64桁です");
            }
            LocalDate taken;
            try {
                taken = LocalDate.parse(String.valueOf(v.takenOn()));
            } catch (RuntimeException e) {
                problems.add(at + ": takenOn が日付ではありません: " + v.takenOn());
                continue;
            }
            List<GuidelineVolume.Chapter> chapters = new ArrayList<>();
            for (ChapterJson c : CatalogJson.nonNull(v.chapters())) {
                if (c.number() == null || !c.number().matches("\\d{1,2}")) {
                    problems.add(at + ": 章番号が不正です: " + c.number());
                    continue;
                }
                List<GuidelineVolume.ReadClause> clauses = new ArrayList<>();
                for (ClauseJson cl : CatalogJson.nonNull(c.clauses())) {
                    if (cl.text() == null || cl.text().isBlank() || cl.number() < 1) {
                        problems.add(at + " " + c.number() + ": 遵守事項の番号か本文がありません");
                        continue;
                    }
                    clauses.add(new GuidelineVolume.ReadClause(c.number(), cl.section(), cl.group(), cl.number(),
                            cl.text()));
                }
                chapters.add(new GuidelineVolume.Chapter(c.number(), c.title(), clauses));
            }
            volumes.add(new TakenGuideline.Volume(new GuidelineVolume(v.part(), f.version(), v.title(), v.pages(),
                    chapters, List.of()), new TakenGuideline.Source(v.file(), v.sha256(), v.bytes(), v.published(),
                    String.valueOf(v.verdict()), taken)));
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return new TakenGuideline(f.version(), volumes);
    }

    /** Every version kept in {@code folder} (none when it does not exist), by version. */
    public Map<String, TakenGuideline> readFolder(Path folder) {
        Map<String, TakenGuideline> out = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "guideline-*.taken.json")) {
            for (Path f : files) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    TakenGuideline g = read(f);
                    out.put(g.version(), g);
                }
            }
        } catch (IOException e) {
            throw new CatalogException(List.of(folder + ": 読み込めません (" + e.getClass().getSimpleName() + ")"));
        }
        return out;
    }

    /** The version kept in {@code folder}, if any. */
    public Optional<TakenGuideline> read(Path folder, String version) {
        Path f = folder.resolve(fileName(version));
        return Files.isRegularFile(f) ? Optional.of(read(f)) : Optional.empty();
    }
}
