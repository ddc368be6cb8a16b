package jp.tenken.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.vendor.MdsSds;
import jp.tenken.domain.vendor.Vendor;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.storage.MdsSdsRepository;
import jp.tenken.storage.VendorRepository;
import jp.tenken.xlsx.read.MdsSdsReader;
import jp.tenken.xlsx.write.MdsSdsData;

/**
 * Each vendor's MDS/SDS per fiscal year, as guideline 第7.0版 asks a clinic to obtain them: received or not (date,
 * version), the file kept in the workbook up to {@link #MAX_FILE_BYTES}, its answers taken in from an Excel (recognised
 * by structure; the clinic maps the columns when unsure), and the clinic's own risk assessment and response on each
 * いいえ. Carried into the next year as hints; a finalised year refuses changes.
 */
public final class MdsSdsService {
    /** The largest file kept in the workbook. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final MdsSdsRepository repository;
    private final VendorRepository vendors;
    private final Clock clock;

    public MdsSdsService(MdsSdsRepository repository, VendorRepository vendors, Clock clock) {
        this.repository = repository;
        this.vendors = vendors;
        this.clock = clock;
    }

    private Instant now() {
        return Instant.now(clock);
    }

    /** A vendor's disclosures of a year, MDS before SDS (one not yet received is absent). */
    /**
     * What the readiness line says of the year's MDS/SDS: per vendor, the 「いいえ」 whose risk assessment or response
     * the clinic has not yet written (an inspector asks how each is treated); empty when none.
     */
    public List<String> readinessNotes(FiscalYear year) {
        Map<Long, Integer> open = new LinkedHashMap<>();
        for (MdsSds.Doc d : repository.docs(year)) {
            long n = repository.items(d.id()).stream()
                    .filter(i -> i.answer() == MdsSds.Answer.NO && !i.assessed()).count();
            if (n > 0) {
                open.merge(d.vendorId(), (int) n, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>();
        open.forEach((vendorId, n) -> vendors.find(vendorId, year).or(() -> vendors.find(vendorId))
                .ifPresent(v -> out.add(Messages.get("mdsSds.readiness.unassessed", v.name(), n))));
        return out;
    }

    public List<MdsSds.Doc> docs(FiscalYear year, long vendorId) {
        return repository.docs(year).stream().filter(d -> d.vendorId() == vendorId).toList();
    }

    public List<MdsSds.Item> items(long docId) {
        return repository.items(docId);
    }

    /** The file kept with a disclosure. */
    public Optional<byte[]> file(long docId) {
        return repository.file(docId);
    }

    /** Records when a disclosure was received and its version (no file needed: it may have come on paper). */
    public MdsSds.Doc record(MdsSds.Doc d) {
        return repository.record(d, now());
    }

    /** Reads an Excel the vendor sent, and what its structure suggests; nothing is written. */
    public MdsSds.Sheet read(Path file) {
        checkSize(file);
        return new MdsSdsReader().read(file);
    }

    /** The items a mapping reads from a sheet (for the take-in window's preview). */
    public List<MdsSds.Item> preview(MdsSds.Sheet sheet, MdsSds.Mapping mapping) {
        return MdsSds.items(sheet.rows(), mapping);
    }

    /**
     * Keeps {@code file} with the disclosure and, when {@code items} is given (an Excel read with a mapping), its
     * answers; an item of the same number and text keeps the clinic's words written before. Refused in Japanese when
     * the file is larger than {@link #MAX_FILE_BYTES}.
     */
    public MdsSds.Doc keep(MdsSds.Doc d, Path file, List<MdsSds.Item> items) {
        checkSize(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserMessageException(Messages.get("mdsSds.error.read", file.getFileName()), e);
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        MdsSds.Doc named = new MdsSds.Doc(d.id(), d.vendorId(), d.year(), d.kind(), d.receivedOn(), d.version(), name,
                bytes.length);
        return repository.keepFile(named, bytes, items, now());
    }

    /** Whether a file is an Excel whose answers can be read (else it is only kept). */
    public static boolean readable(Path file) {
        String n = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm");
    }

    private static void checkSize(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UserMessageException(Messages.get("mdsSds.error.read", file.getFileName()), e);
        }
        if (size > MAX_FILE_BYTES) {
            throw new UserMessageException(Messages.get("mdsSds.error.tooLarge", file.getFileName(),
                    size / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024)), null);
        }
    }

    /** Stores the clinic's risk assessment and response on one いいえ. */
    public MdsSds.Item assess(long docId, MdsSds.Item item) {
        return repository.assess(docId, item, now());
    }

    /** Carries last year's disclosures into {@code year} as hints (no date, no file); returns how many. */
    public int carryOver(FiscalYear year) {
        return repository.copyYear(year.previous(), year, now());
    }

    /** Whether last year has disclosures this year lacks. */
    public boolean canCarryOver(FiscalYear year) {
        List<MdsSds.Doc> now = repository.docs(year);
        return repository.docs(year.previous()).stream().anyMatch(p -> now.stream()
                .noneMatch(d -> d.vendorId() == p.vendorId() && d.kind() == p.kind()));
    }

    /** The 「MDS/SDS の確認」 sheet's content: per contracted vendor, each disclosure with its いいえ. */
    public MdsSdsData printed(FiscalYear year) {
        Map<Long, List<MdsSds.Doc>> byVendor = new HashMap<>();
        repository.docs(year).forEach(d -> byVendor.computeIfAbsent(d.vendorId(), k -> new ArrayList<>()).add(d));
        List<MdsSdsData.VendorLine> lines = new ArrayList<>();
        for (Vendor v : vendors.list(year)) {
            List<MdsSds.Doc> docs = byVendor.getOrDefault(v.id(), List.of());
            if (!v.contracted() && docs.isEmpty()) {
                continue;
            }
            List<MdsSdsData.DocLine> docLines = new ArrayList<>();
            for (MdsSds.Doc d : docs) {
                List<MdsSds.Item> items = repository.items(d.id());
                docLines.add(new MdsSdsData.DocLine(d, MdsSds.Counts.of(items),
                        items.stream().filter(i -> i.answer() == MdsSds.Answer.NO).toList()));
            }
            lines.add(new MdsSdsData.VendorLine(v.name(), v.systems(), docLines));
        }
        return new MdsSdsData(year, lines, Messages.get("mdsSds.source"));
    }
}
