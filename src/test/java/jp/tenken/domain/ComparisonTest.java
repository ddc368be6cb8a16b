package jp.tenken.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.CatalogReader;
import org.junit.jupiter.api.Test;
import jp.tenken.domain.comparison.AnswerTally;
import jp.tenken.domain.comparison.Change;
import jp.tenken.domain.comparison.Comparison;
import jp.tenken.domain.edition.Form;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.year.Answer;
import jp.tenken.domain.year.AnswerSheet;
import jp.tenken.domain.year.AnswerValue;
import jp.tenken.domain.year.Carryover;
import jp.tenken.domain.year.Round;
import jp.tenken.domain.year.ScopeMapping;

/** Matching items across 令和5〜7年度版 by key, the scope rule both ways, and every kind of change. */
class ComparisonTest {
    static final Catalog CATALOG = new CatalogReader().bundled();
    static final Form R5 = CATALOG.requireEdition("R5").form(FormKind.FACILITY).orElseThrow();
    static final Form R6 = CATALOG.requireEdition("R6").form(FormKind.FACILITY).orElseThrow();
    static final Form R7 = CATALOG.requireEdition("R7").form(FormKind.FACILITY).orElseThrow();
    static final String PATCH = "ops.security-patch";
    static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    static final LocalDate CHECKED = LocalDate.of(2024, 5, 10);

    private static Answer a(String key, Scope s, AnswerValue v, LocalDate target, String note) {
        return new Answer(new RowKey(key, s), Round.FIRST, v, CHECKED, target, note, null);
    }

    private static AnswerSheet sheet(Answer... answers) {
        return new AnswerSheet(List.of(answers));
    }

    @Test
    void allTakesNoFromAnyDeviceAndYesOnlyWhenEveryDeviceIsYes() {
        Item patch6 = R6.item(PATCH).orElseThrow();
        RowKey all = new RowKey(PATCH, Scope.ALL);
        Answer mixed = ScopeMapping.map(patch6, sheet(
                a(PATCH, Scope.SERVER, AnswerValue.YES, null, ""),
                a(PATCH, Scope.TERMINAL, AnswerValue.YES, null, "WSUS"),
                a(PATCH, Scope.NETWORK, AnswerValue.NO, LocalDate.of(2024, 12, 1), "ルータ更新待ち")), all, Round.FIRST);
        assertEquals(AnswerValue.NO, mixed.value());
        assertEquals(LocalDate.of(2024, 12, 1), mixed.targetDate());
        assertEquals("端末PC：WSUS／ネットワーク機器：ルータ更新待ち", mixed.note());
        assertEquals(all, mixed.row(), "read for this year's row");

        Answer allYes = ScopeMapping.map(patch6, sheet(
                a(PATCH, Scope.SERVER, AnswerValue.YES, null, ""),
                a(PATCH, Scope.TERMINAL, AnswerValue.YES, null, ""),
                a(PATCH, Scope.NETWORK, AnswerValue.YES, null, "")), all, Round.FIRST);
        assertEquals(AnswerValue.YES, allYes.value());

        Answer partly = ScopeMapping.map(patch6, sheet(
                a(PATCH, Scope.SERVER, AnswerValue.YES, null, ""),
                a(PATCH, Scope.TERMINAL, AnswerValue.YES, null, "")), all, Round.FIRST);
        assertEquals(AnswerValue.UNANSWERED, partly.value(), "ネットワーク機器 unanswered: not yet はい for 全般");
        assertNull(partly.checkedOn());
    }

    @Test
    void everyDeviceRowTakesTheAnswerForTheWholeSystem() {
        // the other way round: an R7 answer (全般) read for R6-style rows per device
        Item patch7 = R7.item(PATCH).orElseThrow();
        AnswerSheet s = sheet(a(PATCH, Scope.ALL, AnswerValue.NO, LocalDate.of(2025, 12, 1), "更新計画あり"));
        for (Scope device : Scope.devices()) {
            Answer m = ScopeMapping.map(patch7, s, new RowKey(PATCH, device), Round.FIRST);
            assertEquals(AnswerValue.NO, m.value(), device.name());
            assertEquals(LocalDate.of(2025, 12, 1), m.targetDate());
            assertEquals("更新計画あり", m.note());
        }
        Carryover back = Carryover.of(new FiscalYear(2025), R7, s, true, R6);
        assertEquals(AnswerValue.NO, back.previous(new RowKey(PATCH, Scope.NETWORK), Round.FIRST).value());
        assertEquals(List.of("ops.password-policy", "ops.password-reuse", "ops.external-media", "ops.two-factor",
                "org.operation-rules"), back.removedItems().stream().map(Item::key).toList(),
                "R6 lacks the items R7 added: they are listed as gone");
    }

    @Test
    void itemsAreMatchedByKeyAcrossRenumberedEditions() {
        Carryover r5to6 = Carryover.of(new FiscalYear(2023), R5, sheet(
                a("ops.access-log", Scope.SERVER, AnswerValue.NO, LocalDate.of(2024, 3, 1), "ログ未取得")), true, R6);
        assertTrue(r5to6.newItemKeys().isEmpty());
        assertTrue(r5to6.removedItems().isEmpty());
        Carryover r6to7 = Carryover.of(new FiscalYear(2024), R6, sheet(
                a("ops.access-log", Scope.SERVER, AnswerValue.NO, LocalDate.of(2024, 12, 1), "ログ未取得")), true, R7);
        // 2-(6) in R6 is 2-⑪ in R7: same key, same answer
        assertEquals("2-⑪", R7.item("ops.access-log").orElseThrow().number());
        assertEquals("ログ未取得", r6to7.previous(new RowKey("ops.access-log", Scope.SERVER), Round.FIRST).note());
        assertEquals(List.of("ops.password-policy", "ops.password-reuse", "ops.external-media", "ops.two-factor",
                "org.operation-rules"), List.copyOf(r6to7.newItemKeys()));
        assertTrue(r6to7.removedItems().isEmpty());
    }

    @Test
    void everyRowIsImprovedRegressedUnchangedNewOrUnanswered() {
        List<Answer> before = new ArrayList<>();
        before.add(a("ops.device-ledger", Scope.ALL, AnswerValue.NO, LocalDate.of(2024, 9, 30), ""));
        before.add(a("ops.remote-maintenance", Scope.ALL, AnswerValue.YES, null, ""));
        before.add(a("ops.mds-sds", Scope.NONE, AnswerValue.YES, null, ""));
        for (Scope d : Scope.devices()) {
            before.add(a(PATCH, d, d == Scope.NETWORK ? AnswerValue.NO : AnswerValue.YES,
                    d == Scope.NETWORK ? LocalDate.of(2024, 12, 1) : null, ""));
        }
        before.add(a("ops.access-log", Scope.SERVER, AnswerValue.NO, LocalDate.of(2025, 2, 1), ""));
        before.add(new Answer(new RowKey("ops.access-log", Scope.SERVER), Round.SECOND, AnswerValue.YES,
                LocalDate.of(2025, 1, 20), null, "", null));
        LocalDate d7 = LocalDate.of(2025, 5, 16);
        AnswerSheet after = sheet(
                new Answer(new RowKey("ops.device-ledger", Scope.ALL), Round.FIRST, AnswerValue.YES, d7, null, "", null),
                new Answer(new RowKey("ops.remote-maintenance", Scope.ALL), Round.FIRST, AnswerValue.NO, d7,
                        LocalDate.of(2025, 12, 1), "", null),
                new Answer(new RowKey("ops.mds-sds", Scope.NONE), Round.FIRST, AnswerValue.YES, d7, null, "", null),
                new Answer(new RowKey(PATCH, Scope.ALL), Round.FIRST, AnswerValue.NO, d7, LocalDate.of(2026, 1, 31), "",
                        null),
                new Answer(new RowKey("ops.access-log", Scope.SERVER), Round.FIRST, AnswerValue.YES, d7, null, "", null),
                new Answer(new RowKey("ops.password-policy", Scope.ALL), Round.FIRST, AnswerValue.YES, d7, null, "",
                        null));
        Comparison c = Comparison.of(new FiscalYear(2024), R6, new AnswerSheet(before), new FiscalYear(2025), R7,
                after, TODAY);
        assertEquals(Change.IMPROVED, row(c, "ops.device-ledger", Scope.ALL).change());
        assertEquals(Change.REGRESSED, row(c, "ops.remote-maintenance", Scope.ALL).change());
        assertEquals(Change.UNCHANGED, row(c, "ops.mds-sds", Scope.NONE).change());
        assertEquals(Change.UNCHANGED, row(c, PATCH, Scope.ALL).change(), "いいえ (network) → いいえ");
        assertEquals(Change.UNCHANGED, row(c, "ops.access-log", Scope.SERVER).change(), "2回目 はい stands for R6");
        assertEquals(Change.NEW, row(c, "ops.password-policy", Scope.ALL).change());
        assertEquals(Change.UNANSWERED, row(c, "org.security-officer", Scope.NONE).change());
        assertEquals(21, c.rows().size(), "the gate is not compared");
        assertEquals(5, c.count(Change.NEW));

        // R6's 目標日 令和6年12月1日 for the network passed with no はい, in R6's 2回目 or R7's 1回目
        assertEquals(LocalDate.of(2024, 12, 1), row(c, PATCH, Scope.ALL).missedTarget());
        assertFalse(row(c, "ops.device-ledger", Scope.ALL).targetMissed(), "はい in R7's 1回目");
        assertFalse(row(c, "ops.access-log", Scope.SERVER).targetMissed(), "はい in R6's 2回目");
        assertEquals(1, c.missedTargets().size());

        Comparison.SectionCount ops = c.sections().stream().filter(s -> s.heading().startsWith("2 ")).findFirst()
                .orElseThrow();
        assertEquals(1, ops.count(Change.IMPROVED));
        assertEquals(1, ops.count(Change.REGRESSED));
        assertEquals(4, ops.count(Change.NEW));
        assertEquals(1, c.sections().stream().filter(s -> s.heading().startsWith("3 ")).findFirst().orElseThrow()
                .count(Change.NEW));
        assertEquals(new AnswerTally(4, 2, 15), c.laterTally());
    }

    private static Comparison.Row row(Comparison c, String key, Scope scope) {
        return c.rows().stream().filter(r -> r.item().key().equals(key) && r.scope() == scope).findFirst().orElseThrow();
    }
}
