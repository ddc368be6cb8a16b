package jp.tenken.domain.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.FullWidth;

/**
 * What a clerk should look at in the 機器台帳: an OS past its support end (the date entered, or for a well-known OS
 * its published end when none is entered), no administrator named, no update applied this fiscal year.
 */
public record DeviceWarning(Kind kind, String deviceName, LocalDate date) {

    /** What is wrong, with the message key that says it. */
    public enum Kind {
        SUPPORT_ENDED("registers.warning.supportEnded"),
        KNOWN_SUPPORT_ENDED("registers.warning.knownSupportEnded"),
        NO_ADMINISTRATOR("registers.warning.noAdministrator"),
        NO_UPDATE_THIS_YEAR("registers.warning.noUpdate");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** A published end of support of a widely used OS: what the name contains, and the date it ended. */
    private record KnownEnd(String contains, LocalDate end) {
    }

    /** Microsoft's published ends of (extended) support; only OS whose support has already ended are listed. */
    private static final List<KnownEnd> KNOWN = List.of(
            new KnownEnd("windows xp", LocalDate.of(2014, 4, 8)),
            new KnownEnd("windows 7", LocalDate.of(2020, 1, 14)),
            new KnownEnd("windows 8.1", LocalDate.of(2023, 1, 10)),
            new KnownEnd("windows 10", LocalDate.of(2025, 10, 14)),
            new KnownEnd("windows server 2008", LocalDate.of(2020, 1, 14)),
            new KnownEnd("windows server 2012", LocalDate.of(2023, 10, 10)));

    /** The warnings of one device in {@code year}, judged on {@code today}. */
    public static List<DeviceWarning> of(Device d, FiscalYear year, LocalDate today) {
        List<DeviceWarning> out = new ArrayList<>();
        if (d.supportEnd() != null) {
            if (d.supportEnd().isBefore(today)) {
                out.add(new DeviceWarning(Kind.SUPPORT_ENDED, d.name(), d.supportEnd()));
            }
        } else {
            knownEnd(d.osLine()).filter(end -> end.isBefore(today))
                    .ifPresent(end -> out.add(new DeviceWarning(Kind.KNOWN_SUPPORT_ENDED, d.name(), end)));
        }
        if (d.administrator().isBlank()) {
            out.add(new DeviceWarning(Kind.NO_ADMINISTRATOR, d.name(), null));
        }
        boolean updatable = d.kind() != DeviceKind.OTHER || !d.os().isBlank();
        if (updatable && (d.lastUpdate() == null || !year.contains(d.lastUpdate()))) {
            out.add(new DeviceWarning(Kind.NO_UPDATE_THIS_YEAR, d.name(), d.lastUpdate()));
        }
        return out;
    }

    /** The published end of support of a well-known OS named in {@code os} (「Windows 10 Pro 22H2」), if listed. */
    public static Optional<LocalDate> knownEnd(String os) {
        if (os == null) {
            return Optional.empty();
        }
        String t = FullWidth.toHalfWidth(os).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replace("windows10", "windows 10").replace("windows7", "windows 7");
        for (KnownEnd k : KNOWN) {
            if (t.contains(k.contains()) && !followedByDigit(t, k.contains())) {
                return Optional.of(k.end());
            }
        }
        return Optional.empty();
    }

    /** 「windows 1」 must not match 「windows 11」: the name ends where the listed text ends. */
    private static boolean followedByDigit(String t, String name) {
        int at = t.indexOf(name) + name.length();
        return at < t.length() && Character.isDigit(t.charAt(at));
    }
}
