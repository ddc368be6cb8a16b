package jp.tenken.domain.year;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.RowKey;
import jp.tenken.domain.edition.Scope;

/**
 * How an answer of one edition is read for a row of another edition when an item's scopes changed (令和6年度版
 * answered セキュリティパッチ per サーバ／端末PC／ネットワーク機器, 令和7年度版 once for 医療情報システム全般).
 * <p>
 * The rule: {@link Scope#ALL} stands for {@link Scope#SERVER} + {@link Scope#TERMINAL} + {@link Scope#NETWORK}.
 * <ul>
 *   <li>Same scope on both sides (and {@code ALL} ↔ {@code NONE}, both meaning the item as a whole): the answer as
 *       it was.</li>
 *   <li>{@code ALL} ← device rows: いいえ if any device row is いいえ; はい only if every device row the earlier
 *       item had is はい; otherwise 未回答. The 確認日 is the latest of the device rows' dates, the 目標日 (for
 *       いいえ) the latest of the いいえ rows' targets, and the notes are joined with their device
 *       (「サーバ：…／端末PC：…」).</li>
 *   <li>A device row ← {@code ALL}: the {@code ALL} answer, for every device.</li>
 *   <li>A device row the earlier item did not have (and no {@code ALL} row to stand for it): 未回答.</li>
 * </ul>
 * The result always carries the later row's key, so it can be shown beside (never saved as) that row.
 */
public final class ScopeMapping {

    private ScopeMapping() {
    }

    /**
     * The answer {@code earlier} (an item of an earlier edition, answered in {@code sheet}) gives for the row
     * {@code target} of the later edition, for one round.
     */
    public static Answer map(Item earlier, AnswerSheet sheet, RowKey target, Round round) {
        List<Scope> had = earlier.scopes();
        Scope want = target.scope();
        if (had.contains(want)) {
            return moved(sheet.get(new RowKey(earlier.key(), want), round), target);
        }
        if (isWhole(want)) {
            Scope whole = had.stream().filter(ScopeMapping::isWhole).findFirst().orElse(null);
            if (whole != null) {
                return moved(sheet.get(new RowKey(earlier.key(), whole), round), target);
            }
            List<Scope> devices = had.stream().filter(Scope.devices()::contains).toList();
            return devices.isEmpty() ? Answer.empty(target, round) : combine(earlier, sheet, devices, target, round);
        }
        if (had.contains(Scope.ALL)) {
            return moved(sheet.get(new RowKey(earlier.key(), Scope.ALL), round), target);
        }
        return Answer.empty(target, round);
    }

    /** The rows of {@code earlier} that {@link #map} reads for the row {@code target} (none: it stays 未回答). */
    public static List<RowKey> sources(Item earlier, RowKey target) {
        List<Scope> had = earlier.scopes();
        Scope want = target.scope();
        if (had.contains(want)) {
            return List.of(new RowKey(earlier.key(), want));
        }
        if (isWhole(want)) {
            Scope whole = had.stream().filter(ScopeMapping::isWhole).findFirst().orElse(null);
            if (whole != null) {
                return List.of(new RowKey(earlier.key(), whole));
            }
            return had.stream().filter(Scope.devices()::contains).map(s -> new RowKey(earlier.key(), s)).toList();
        }
        return had.contains(Scope.ALL) ? List.of(new RowKey(earlier.key(), Scope.ALL)) : List.of();
    }

    private static boolean isWhole(Scope s) {
        return s == Scope.ALL || s == Scope.NONE;
    }

    private static Answer moved(Answer a, RowKey target) {
        return new Answer(target, a.round(), a.value(), a.checkedOn(), a.targetDate(), a.note(), a.changedAt());
    }

    private static Answer combine(Item earlier, AnswerSheet sheet, List<Scope> devices, RowKey target, Round round) {
        boolean anyNo = false;
        boolean allYes = true;
        LocalDate checked = null;
        LocalDate targetDate = null;
        List<String> notes = new ArrayList<>();
        for (Scope s : devices) {
            Answer a = sheet.get(new RowKey(earlier.key(), s), round);
            anyNo |= a.value() == AnswerValue.NO;
            allYes &= a.value() == AnswerValue.YES;
            checked = later(checked, a.checkedOn());
            if (a.value() == AnswerValue.NO) {
                targetDate = later(targetDate, a.targetDate());
            }
            if (!a.note().isBlank()) {
                notes.add(s.label() + "：" + a.note().strip());
            }
        }
        AnswerValue v = anyNo ? AnswerValue.NO : allYes ? AnswerValue.YES : AnswerValue.UNANSWERED;
        return new Answer(target, round, v, v == AnswerValue.UNANSWERED ? null : checked,
                v == AnswerValue.NO ? targetDate : null, String.join("／", notes), null);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b != null && b.isAfter(a) ? b : a;
    }
}
