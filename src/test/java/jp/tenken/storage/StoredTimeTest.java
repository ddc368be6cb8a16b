package jp.tenken.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The stored dates and times read back exactly as the JDK's parsers read them, errors included. */
class StoredTimeTest {

    @Test
    void everyDayOfSeveralYearsReadsAsLocalDateParse() {
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
            assertEquals(LocalDate.parse(d.toString()), StoredTime.date(d.toString()));
        }
    }

    @Test
    void instantsAsSavedReadAsInstantParse() {
        Random random = new Random(20261207);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 8_000_000_000L),
                    random.nextInt(1_000_000_000));
            // what Instant.now() gives: whole seconds, milli-, micro- and nanoseconds
            for (ChronoUnit unit : List.of(ChronoUnit.SECONDS, ChronoUnit.MILLIS, ChronoUnit.MICROS,
                    ChronoUnit.NANOS)) {
                String text = t.truncatedTo(unit).toString();
                assertEquals(Instant.parse(text), StoredTime.instant(text), text);
            }
        }
        assertEquals(Instant.EPOCH, StoredTime.instant(Instant.EPOCH.toString()));
        for (String text : List.of("2025-10-01T09:00:00.5Z", "2025-10-01T09:00:00.12Z", "2025-10-01T23:59:59.1234Z",
                "+10000-01-01T00:00:00Z", "2025-10-01T09:00:00+09:00", "2016-12-31T23:59:60Z",
                "2025-10-01T24:00:00Z")) {
            assertEquals(Instant.parse(text), StoredTime.instant(text), text);
        }
    }

    @Test
    void oddTextsGiveWhatTheJdkGivesValueOrError() {
        for (String text : List.of("2025-02-29", "2024-02-29", "2025-02-30", "2025-04-31", "2025-13-01", "2025-00-10",
                "2025-1-01", "2025/10/01", "", "２０２５-10-01", "+2025-10-01", "-0001-01-01", "0000-01-01")) {
            assertSameOutcome(() -> LocalDate.parse(text), () -> StoredTime.date(text), text);
        }
        for (String text : List.of("2025-02-30T09:00:00Z", "2024-02-29T09:00:00Z", "2025-10-01T24:00:00Z",
                "2025-10-01T24:00:01Z", "2025-10-01T09:60:00Z", "2025-10-01T09:00:00.Z",
                "2025-10-01T09:00:00.1234567890Z", "2025-10-01 09:00:00Z", "2025-10-01T09:00:00", "2025-10-01T09:00Z",
                "2025-10-01t09:00:00z", "x")) {
            assertSameOutcome(() -> Instant.parse(text), () -> StoredTime.instant(text), text);
        }
    }

    private static void assertSameOutcome(Supplier<Object> jdk, Supplier<Object> ours, String text) {
        Object expected;
        try {
            expected = jdk.get();
        } catch (DateTimeParseException e) {
            assertThrows(DateTimeParseException.class, ours::get, text);
            return;
        }
        assertEquals(expected, ours.get(), text);
    }
}
