package jp.tenken.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tenken.catalog.CatalogException;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.catalog.EditionFileWriter;
import jp.tenken.domain.FileFailure;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.official.OfficialLayout;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;

/**
 * Keeps an edition taken in from the ministry's files in the app-data catalog folder: each file and the edition JSON
 * are first written to hidden temporary files in that folder, the JSON is read back, and only then moved into place
 * (an atomic move in the same folder); a problem leaves the folder as it was and is told in Japanese, never by a
 * temporary file's name.
 */
final class OfficialEditionStore {
    private final Path folder;
    private final CatalogReader catalogReader = new CatalogReader();
    private final EditionFileWriter writer = new EditionFileWriter();

    OfficialEditionStore(Path folder) {
        this.folder = folder;
    }

    /** Writes the edition and the copies of {@code sources} (by original file name); returns the edition file. */
    Path keep(Edition e, OfficialLayout layout, String note, Map<String, Path> sources) {
        Path json = folder.resolve(e.id() + ".json");
        List<Path> staged = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            Map<Path, Path> moves = stageCopies(layout, sources, staged);
            Path tmpJson = folder.resolve("." + e.id() + ".json.tmp");
            staged.add(tmpJson);
            writer.write(e, layout, note, tmpJson);
            Edition back = catalogReader.readEdition(tmpJson);
            if (back.forms().stream().mapToInt(f -> f.rows().size()).sum()
                    != e.forms().stream().mapToInt(f -> f.rows().size()).sum()) {
                throw new CatalogException(List.of(Messages.get("official.store.readBack")));
            }
            replace(json, moves, tmpJson);
            return json;
        } catch (CatalogException ex) {
            cleanUp(staged);
            throw new UserMessageException(Messages.get("official.error.invalid", String.join("\n", ex.problems())), ex);
        } catch (IOException | RuntimeException ex) {
            cleanUp(staged);
            throw new UserMessageException(Messages.get("official.error.cannotKeep", folder, reason(ex)), ex);
        }
    }

    private Map<Path, Path> stageCopies(OfficialLayout layout, Map<String, Path> sources, List<Path> staged)
            throws IOException {
        Map<Path, Path> moves = new LinkedHashMap<>();
        for (OfficialLayout.Table t : layout.tables()) {
            if (moves.containsValue(t.copy())) {
                continue;
            }
            Path tmp = folder.resolve("." + t.copy().getFileName() + ".tmp");
            staged.add(tmp);
            Files.copy(sources.get(t.file()), tmp, StandardCopyOption.REPLACE_EXISTING);
            moves.put(tmp, t.copy());
        }
        return moves;
    }

    /** Moves the staged files into place; the catalog is read once more and the old edition restored if it fails. */
    private void replace(Path json, Map<Path, Path> moves, Path tmpJson) throws IOException {
        Path previous = Files.exists(json) ? folder.resolve("." + json.getFileName() + ".previous") : null;
        if (previous != null) {
            Files.move(json, previous, StandardCopyOption.REPLACE_EXISTING);
        }
        for (Map.Entry<Path, Path> m : moves.entrySet()) {
            FileMove.replace(m.getKey(), m.getValue());
        }
        FileMove.replace(tmpJson, json);
        try {
            catalogReader.read(List.of(folder));
        } catch (CatalogException ex) {
            Files.deleteIfExists(json);
            if (previous != null) {
                Files.move(previous, json);
            }
            throw ex;
        }
        if (previous != null) {
            Files.deleteIfExists(previous);
        }
    }

    /** Why writing failed, in words a person can act on (never the name of a temporary file). */
    private static String reason(Exception ex) {
        FileFailure failure = ex instanceof IOException io ? FileFailure.of(io) : FileFailure.OTHER;
        return switch (failure) {
            case DENIED -> Messages.get("official.store.denied");
            case NO_SPACE -> Messages.get("official.store.full");
            default -> Messages.get("official.store.failed");
        };
    }

    private static void cleanUp(List<Path> staged) {
        for (Path s : staged) {
            try {
                Files.deleteIfExists(s);
            } catch (IOException ignored) {
                // a hidden temporary file of ours; nothing more to do
            }
        }
    }
}
