package jp.tenken.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.tenken.domain.edition.PublishedFile;

/**
 * Reads {@code catalog/published-files.json}: the files the ministry published with their size and SHA-256, so a file
 * taken in can be told apart from the published one; each entry is checked (name, 64 hex digits, a positive size).
 */
public final class PublishedFileReader {
    static final String RESOURCE = "catalog/published-files.json";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    record RegisterJson(String source, boolean verifiedByUs, List<FileJson> files) implements RecordTree.Commented {
    }

    record FileJson(String name, String what, long bytes, String sha256, String url) {
    }

    /** The bundled list; a {@link CatalogException} naming each problem when it is missing or malformed. */
    public PublishedFile.Register bundled() {
        List<String> problems = new ArrayList<>();
        RegisterJson r = CatalogJson.readResource(RESOURCE, RegisterJson.class, problems);
        List<PublishedFile> files = new ArrayList<>();
        if (r != null) {
            CatalogJson.require(r.source(), RESOURCE + ": source", problems);
            for (FileJson f : CatalogJson.nonNull(r.files())) {
                String at = RESOURCE + " " + f.name();
                CatalogJson.require(f.name(), at + ": name", problems);
                String hash = f.sha256() == null ? "" : f.sha256().toLowerCase(Locale.ROOT);
                if (!SHA256.matcher(hash).matches()) {
                    problems.add(at + ": sha256 は16進64桁にしてください: " + f.sha256());
                }
                if (f.bytes() <= 0) {
                    problems.add(at + ": bytes が不正です: " + f.bytes());
                }
                files.add(new PublishedFile(String.valueOf(f.name()), f.what() == null ? "" : f.what(), f.bytes(),
                        hash, f.url() == null ? "" : f.url()));
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return new PublishedFile.Register(files, r.source(), r.verifiedByUs());
    }
}
