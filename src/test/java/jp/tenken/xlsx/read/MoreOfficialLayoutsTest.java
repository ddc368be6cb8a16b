package jp.tenken.xlsx.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Scope;
import jp.tenken.domain.official.OfficialColumn;
import jp.tenken.domain.official.OfficialGrid;
import jp.tenken.domain.official.OfficialItem;
import jp.tenken.domain.official.OfficialReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three more layouts a ministry might plausibly choose (synthetic, never presented as official): numbers written
 * inside the item text under spaced header words; integer numbers and ○ under はい / いいえ; a 1回目 header carrying a
 * date placeholder over device sub-rows, with no form named anywhere.
 */
class MoreOfficialLayoutsTest {
    @TempDir
    Path dir;

    private OfficialGrid read(String name, OfficialSamples.Sheet s) throws Exception {
        Path f = s.save(dir.resolve(name + ".xlsx"));
        OfficialReading r = new OfficialGridReader().read(f);
        assertEquals(1, r.grids().size(), name + " " + r.unrecognised());
        assertEquals(Optional.of(new FiscalYear(2026)), r.year());
        return r.grids().get(0);
    }

    private static List<String> numbers(OfficialGrid g) {
        return g.items().stream().map(OfficialItem::number).toList();
    }

    @Test
    void threeMoreLayoutsAreRead() throws Exception {
        // 1. numbers inside the text, no number column, numeric 確認日 header with spaces
        OfficialSamples.Sheet a = new OfficialSamples.Sheet("チェックリスト");
        a.put(0, 0, "令和８年度版　医療機関確認用");
        a.put(2, 0, "チェック　項目").put(2, 1, "回　答").put(2, 2, "確 認 日").put(2, 3, "目標日");
        a.put(3, 0, "１．体制構築");
        a.put(4, 0, "①医療情報システム安全管理責任者を設置している。").put(4, 1, "はい");
        a.put(5, 0, "２．医療情報システムの管理・運用");
        a.put(6, 0, "①サーバ、端末PC、ネットワーク機器の台帳管理を行っている。").put(6, 1, "いいえ");
        a.put(7, 0, "②リモートメンテナンス（保守）を利用している機器の有無を事業者等に確認した。");
        a.box(2, 0, 7, 3);
        OfficialGrid ga = read("text-numbers", a);
        assertEquals(List.of("1-①", "2-①", "2-②"), numbers(ga));
        assertTrue(ga.columns().containsKey(OfficialColumn.ANSWER_1) && ga.columns().containsKey(OfficialColumn.CHECKED_1));
        assertEquals("医療情報システム安全管理責任者を設置している。", ga.items().get(0).text());
        // 2. integer item numbers as numbers, section column, ○ answers under はい / いいえ
        OfficialSamples.Sheet b = new OfficialSamples.Sheet("医療機関・薬局確認用");
        b.put(0, 0, "令和8年度 医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関・薬局確認用）");
        b.put(2, 0, "区分").put(2, 1, "番号").put(2, 2, "確認項目").put(2, 3, "はい").put(2, 4, "いいえ").put(2, 5, "確認日").put(2, 6, "備考");
        b.put(3, 0, "体制構築").put(3, 2, "医療情報システム安全管理責任者を設置している。").put(3, 3, "○");
        b.sheet.getRow(3).createCell(1).setCellValue(1);
        b.put(4, 0, "管理・運用").put(4, 2, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。").put(4, 4, "○");
        b.sheet.getRow(4).createCell(1).setCellValue(2);
        b.put(5, 0, "管理・運用").put(5, 2, "バックアップを取得している。");
        b.sheet.getRow(5).createCell(1).setCellValue(3);
        b.box(2, 0, 5, 6);
        OfficialGrid gb = read("numeric-numbers-circles", b);
        assertEquals(List.of("1", "2", "3"), numbers(gb));
        assertEquals(3, gb.columns().get(OfficialColumn.YES_1));
        assertEquals(4, gb.columns().get(OfficialColumn.NO_1));
        // 3. 1回目 with a date placeholder in the round header; scope sub-rows under a merged item
        OfficialSamples.Sheet c = new OfficialSamples.Sheet("Sheet1");
        c.put(0, 0, "医療機関におけるサイバーセキュリティ対策チェックリスト（令和8年度版）");
        c.put(2, 0, "No.").put(2, 1, "チェック項目").put(2, 2, "対象").put(2, 3, "1回目（確認日：令和　年　月　日）").put(2, 5, "2回目");
        c.put(3, 3, "はい／いいえ").put(3, 4, "目標日").put(3, 5, "はい／いいえ").put(3, 6, "目標日");
        c.merge(2, 3, 2, 4).merge(2, 5, 2, 6);
        c.put(4, 0, "2-⑥").put(4, 1, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。").put(4, 2, "サーバ").put(4, 3, "はい");
        c.put(5, 2, "端末PC").put(5, 3, "いいえ").put(5, 4, "令和8年12月1日");
        c.put(6, 2, "ネットワーク機器");
        c.merge(4, 0, 6, 0).merge(4, 1, 6, 1);
        c.box(2, 0, 6, 6);
        OfficialGrid gc = read("round-with-date-placeholder", c);
        assertEquals(List.of(Scope.SERVER, Scope.TERMINAL, Scope.NETWORK), gc.items().get(0).scopes());
        assertEquals(3, gc.columns().get(OfficialColumn.ANSWER_1));
        assertEquals(5, gc.columns().get(OfficialColumn.ANSWER_2));
        assertTrue(gc.forms().isEmpty(), "no form named anywhere: the take-in assumes one and says so");
    }
}
