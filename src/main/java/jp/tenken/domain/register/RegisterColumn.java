package jp.tenken.domain.register;

import java.util.List;
import java.util.Locale;
import jp.tenken.domain.FullWidth;

/** What a column of a clinic's own device list holds, and the header words that usually name it. */
public enum RegisterColumn {
    NAME("機器名", List.of("機器名", "名称", "機器", "ホスト名", "端末名", "コンピュータ名", "コンピューター名", "pc名", "装置名", "name")),
    KIND("種別", List.of("種別", "種類", "区分", "分類", "機器種別", "type")),
    LOCATION("設置場所", List.of("設置場所", "場所", "設置先", "部屋", "部署", "location")),
    MAKER("メーカー", List.of("メーカー", "メーカ", "製造元", "製造者", "maker", "vendor名")),
    MODEL("型番", List.of("型番", "機種", "モデル", "型式", "model")),
    OS("OS", List.of("os", "ｏｓ", "オペレーティングシステム", "基本ソフト")),
    OS_VERSION("OSのバージョン", List.of("バージョン", "ver", "version", "版")),
    ROLE("役割", List.of("役割", "用途", "システム", "使用目的", "業務")),
    VENDOR("保守事業者", List.of("保守事業者", "保守業者", "保守会社", "事業者", "ベンダ", "業者", "保守")),
    REMOTE("リモート保守", List.of("リモート", "遠隔")),
    SUPPORT_END("サポート終了日", List.of("サポート終了", "サポート期限", "eol", "保守期限", "保守終了", "延長サポート")),
    LAST_UPDATE("最終更新日", List.of("最終更新", "更新日", "アップデート", "パッチ", "更新適用")),
    ADMINISTRATOR("管理者アカウント", List.of("管理者", "管理担当", "アカウント", "担当者")),
    NOTE("備考", List.of("備考", "メモ", "注記", "note"));

    /** Characters a header cell has at most. */
    static final int MAX_HEADER_LENGTH = 16;

    private final String label;
    private final List<String> words;

    RegisterColumn(String label, List<String> words) {
        this.label = label;
        this.words = words;
    }

    public String label() {
        return label;
    }

    /**
     * How well a header names this column: 3 for the whole header, 2 when it starts with a word, 1 when it
     * contains one, 0 when none (and for a long text: a title or a sentence is not a header).
     */
    public int score(String header) {
        if (header == null || header.isBlank() || header.strip().length() > MAX_HEADER_LENGTH) {
            return 0;
        }
        String h = FullWidth.toHalfWidth(header).toLowerCase(Locale.ROOT).replaceAll("[\\s・/（）()]", "");
        int best = 0;
        for (String w : words) {
            String word = FullWidth.toHalfWidth(w).toLowerCase(Locale.ROOT);
            if (h.equals(word)) {
                return 3;
            }
            if (h.startsWith(word)) {
                best = Math.max(best, 2);
            } else if (h.contains(word)) {
                best = Math.max(best, 1);
            }
        }
        return best;
    }
}
