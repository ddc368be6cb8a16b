package jp.tenken.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.guideline.Guideline;
import jp.tenken.domain.official.OfficialLayout;

/**
 * Reads checklist editions from JSON and validates them all before anything is used: unique keys and numbers,
 * complete forms, known scopes, well-formed guideline references, a note on every unverified text, our guidance for
 * every item, and the guideline version each edition is based on. A new edition is a new JSON file (bundled, or in
 * an extra folder); no code changes.
 */
public final class CatalogReader {

    /** The editions bundled with the app. */
    public Catalog bundled() {
        return read(List.of());
    }

    /**
     * The bundled editions plus every {@code *.json} edition file in {@code extraFolders} (e.g. an edition added
     * from an official workbook, or a test edition).
     */
    public Catalog read(List<Path> extraFolders) {
        List<String> problems = new ArrayList<>();
        Map<String, CatalogJson.GuidanceJson> guidance = readGuidance(problems);
        List<EditionMapper.Mapped> editions = new ArrayList<>();
        CatalogJson.IndexJson index = CatalogJson.readResource(CatalogJson.INDEX, CatalogJson.IndexJson.class,
                problems);
        if (index != null) {
            for (String file : index.editions()) {
                String name = "catalog/" + file;
                CatalogJson.EditionJson e = CatalogJson.readResource(name, CatalogJson.EditionJson.class,
                        problems);
                if (e != null) {
                    CatalogJson.require(e.guidelineVersion(), name + " (" + e.id() + "): guidelineVersion", problems);
                    editions.add(EditionMapper.toEdition(e, name, null, guidance, problems));
                }
            }
        }
        for (Path folder : extraFolders) {
            readFolder(folder, guidance, editions, problems);
        }
        checkUnique(editions, problems);
        List<String> withText = GuidelineReader.bundledVersions(problems);
        if (editions.isEmpty() && problems.isEmpty()) {
            problems.add("版がひとつもありません");
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        Map<String, OfficialLayout> layouts = new HashMap<>();
        Map<String, String> versions = new HashMap<>();
        for (EditionMapper.Mapped m : editions) {
            if (m.layout() != null) {
                layouts.put(m.layout().editionId(), m.layout());
            }
            versions.put(m.edition().id(), m.guidelineVersion());
        }
        return new Catalog(editions.stream().map(EditionMapper.Mapped::edition).toList(), layouts, versions,
                withText);
    }

    private void readFolder(Path folder, Map<String, CatalogJson.GuidanceJson> guidance,
                            List<EditionMapper.Mapped> editions, List<String> problems) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    CatalogJson.EditionJson e = RecordTree.read(in, CatalogJson.EditionJson.class);
                    editions.add(EditionMapper.toEdition(e, f.getFileName().toString(), folder, guidance, problems));
                } catch (IOException ex) {
                    problems.add(f.getFileName() + ": 読み込めません (" + ex.getMessage() + ")");
                }
            }
        } catch (IOException ex) {
            problems.add(folder + ": フォルダを読めません (" + ex.getMessage() + ")");
        }
    }

    private static void checkUnique(List<EditionMapper.Mapped> editions, List<String> problems) {
        Set<String> ids = new HashSet<>();
        Set<FiscalYear> years = new HashSet<>();
        for (EditionMapper.Mapped m : editions) {
            Edition e = m.edition();
            if (!ids.add(e.id())) {
                problems.add(e.id() + ": 版のIDが重複しています");
            }
            if (!years.add(e.fiscalYear())) {
                problems.add(e.id() + ": 同じ年度の版が複数あります (" + e.fiscalYear() + ")");
            }
        }
    }

    /**
     * The bundled editions plus {@code extraFolders}, validated as {@link #read(List)} does and, in addition, every
     * guideline reference of every item of the editions based on {@code guideline}'s version resolved against it: a
     * reference to a chapter, section or 遵守事項 the guideline data does not have is a problem, so a checklist can
     * never point into nothing.
     */
    public Catalog read(List<Path> extraFolders, Guideline guideline) {
        Catalog catalog = read(extraFolders);
        List<String> problems = unresolvedReferences(catalog, guideline);
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return catalog;
    }

    /**
     * One line per item reference that does not resolve in {@code guideline}, for the editions based on its version
     * (an item shared by forms counts once).
     */
    public static List<String> unresolvedReferences(Catalog catalog, Guideline guideline) {
        return ReferenceValidator.unresolved(catalog, guideline);
    }

    /** Reads and validates one edition file on its own (used to check a file before adding it). */
    public Edition readEdition(Path file) {
        List<String> problems = new ArrayList<>();
        Map<String, CatalogJson.GuidanceJson> guidance = readGuidance(problems);
        Edition e = null;
        try (InputStream in = Files.newInputStream(file)) {
            e = EditionMapper.toEdition(RecordTree.read(in, CatalogJson.EditionJson.class),
                    file.getFileName().toString(), file.toAbsolutePath().getParent(), guidance, problems).edition();
        } catch (IOException ex) {
            problems.add(file.getFileName() + ": 読み込めません (" + ex.getMessage() + ")");
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return e;
    }

    private Map<String, CatalogJson.GuidanceJson> readGuidance(List<String> problems) {
        CatalogJson.GuidanceFileJson g = CatalogJson.readResource(CatalogJson.GUIDANCE,
                CatalogJson.GuidanceFileJson.class, problems);
        return g == null ? Map.of() : g.items();
    }
}
