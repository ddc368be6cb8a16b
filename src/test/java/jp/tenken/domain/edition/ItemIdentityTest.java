package jp.tenken.domain.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Items and row keys write out their hash (and row keys their equality); sets of them must behave as before. */
class ItemIdentityTest {

    private static Item item(String key, String text) {
        return new Item(key, "1", "1-(1)", text, List.of(Scope.ALL), false,
                List.of(new GuidelineRef("経営管理編", "1.1.1", 1, null, true)), null,
                new Guidance("意味", "確認", "記録"), "出典", true, null, List.of());
    }

    @Test
    void equalItemsHashAlikeAndCollapseInASet() {
        Item a = item("k1", "医療情報システム安全管理責任者を設置している。");
        Item same = item("k1", "医療情報システム安全管理責任者を設置している。");
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        Set<Item> set = new LinkedHashSet<>(List.of(a, same, item("k2", "別の項目")));
        assertEquals(2, set.size());
    }

    @Test
    void itemsWithTheSameKeyButOtherWordingStayApart() {
        Item before = item("k1", "旧い文言");
        Item after = item("k1", "新しい文言");
        assertNotEquals(before, after);
        assertEquals(2, new LinkedHashSet<>(List.of(before, after)).size());
    }

    @Test
    void rowKeysAreEqualByItemAndScope() {
        assertEquals(new RowKey("k1", Scope.SERVER), new RowKey("k1", Scope.SERVER));
        assertEquals(new RowKey("k1", Scope.SERVER).hashCode(), new RowKey("k1", Scope.SERVER).hashCode());
        assertNotEquals(new RowKey("k1", Scope.SERVER), new RowKey("k1", Scope.TERMINAL));
        assertNotEquals(new RowKey("k1", Scope.SERVER), new RowKey("k2", Scope.SERVER));
    }
}
