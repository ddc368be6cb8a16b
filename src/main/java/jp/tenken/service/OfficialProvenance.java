package jp.tenken.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.edition.PublishedFile;
import jp.tenken.domain.official.OfficialLayout;
import jp.tenken.i18n.Messages;

/**
 * Where a file taken in came from (出典), judged by its bytes: the same SHA-256 as a file the ministry published, or
 * a different one (a correction, a filled-in or an edited copy) — said either way, never a reason to refuse it.
 *
 * @param file      the file's name as chosen
 * @param sha256    its SHA-256, 64 lower-case hex digits
 * @param bytes     its size
 * @param published the published file it is byte for byte, when it is one
 * @param verdict   the verdict as the preview shows it (「厚生労働省が公表したファイルと同一」 or 「公表されたファイルと異なります…」)
 */
public record OfficialProvenance(String file, String sha256, long bytes, Optional<PublishedFile> published,
                                 String verdict) {

    /** Whether the file is byte for byte one the ministry published. */
    public boolean isPublished() {
        return published.isPresent();
    }

    /** One line for the preview: the file, the verdict and its SHA-256. */
    public String line() {
        return Messages.get("official.provenance.line", file, verdict, sha256);
    }

    /** How the kept edition records it (出典 in the edition JSON). */
    OfficialLayout.Source source() {
        return new OfficialLayout.Source(file, sha256, isPublished(), verdict);
    }

    /** Each file by name, judged against the register. */
    static List<OfficialProvenance> of(Map<String, Path> files, PublishedFile.Register register) {
        List<OfficialProvenance> out = new ArrayList<>();
        files.forEach((name, path) -> {
            String hash = FileDigest.sha256(path);
            long size;
            try {
                size = Files.size(path);
            } catch (java.io.IOException e) {
                size = -1;
            }
            long bytes = size;
            Optional<PublishedFile> p = register.bySha256(hash).filter(f -> f.bytes() == bytes);
            String verdict = p.isPresent() ? Messages.get("official.provenance.published", p.get().name())
                    : Messages.get("official.provenance.different");
            out.add(new OfficialProvenance(name, hash, bytes, p, verdict));
        });
        return out;
    }
}
