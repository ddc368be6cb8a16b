package jp.tenken.domain.register;

import java.util.Locale;
import java.util.Optional;
import jp.tenken.domain.FullWidth;

/** The kind of a device in the 機器台帳, as item 2-① names them, plus medical devices on the network. */
public enum DeviceKind {
    SERVER("サーバ"),
    TERMINAL("端末PC"),
    NETWORK("ネットワーク機器"),
    MEDICAL("医療機器"),
    OTHER("その他");

    private final String label;

    DeviceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The kind a person's word names (サーバー, PC, パソコン, ルータ, UTM, モダリティ…); empty when the word names
     * none, so the caller can file it as その他 and say so.
     */
    public static Optional<DeviceKind> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = FullWidth.toHalfWidth(text.strip()).toLowerCase(Locale.ROOT);
        for (DeviceKind k : values()) {
            if (t.replace("ー", "").equals(k.label.replace("ー", "").toLowerCase(Locale.ROOT))
                    || t.equals(k.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        if (t.contains("サーバ") || t.contains("server") || t.contains("nas")) {
            return Optional.of(SERVER);
        }
        if (t.contains("ルータ") || t.contains("router") || t.contains("スイッチ") || t.contains("switch")
                || t.contains("utm") || t.contains("ファイアウォール") || t.contains("firewall") || t.contains("vpn")
                || t.contains("無線lan") || t.contains("ネットワーク") || t.contains("アクセスポイント")) {
            return Optional.of(NETWORK);
        }
        if (t.contains("医療機器") || t.contains("モダリティ") || t.contains("ct") && t.length() <= 4
                || t.contains("mri") || t.contains("x線") || t.contains("内視鏡") || t.contains("心電計")) {
            return Optional.of(MEDICAL);
        }
        if (t.contains("pc") || t.contains("パソコン") || t.contains("端末") || t.contains("ノート")
                || t.contains("デスクトップ") || t.contains("タブレット") || t.contains("クライアント")) {
            return Optional.of(TERMINAL);
        }
        if (t.equals("その他") || t.equals("other")) {
            return Optional.of(OTHER);
        }
        return Optional.empty();
    }
}
