package jp.tenken.domain.edition;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file the ministry published, known by its bytes: its name, what it is, its size and SHA-256 and where it was
 * published. {@link Register} holds the list with where the figures come from and whether Tenken verified them.
 */
public record PublishedFile(String name, String what, long bytes, String sha256, String url) {

    /** The known files, the source of their figures, and whether Tenken itself verified them. */
    public record Register(List<PublishedFile> files, String source, boolean verifiedByUs) {
        public Register {
            files = List.copyOf(files);
        }

        /** The published file whose SHA-256 is {@code sha256} (lower or upper case hex), if any. */
        public Optional<PublishedFile> bySha256(String sha256) {
            String h = sha256.toLowerCase(Locale.ROOT);
            return files.stream().filter(f -> f.sha256().equals(h)).findFirst();
        }
    }
}
