package jp.tenken.domain.edition;

import java.util.List;

/** What one answer row covers: the whole system, or one kind of device when the form asks per device. */
public enum Scope {
    ALL("医療情報システム全般"),
    SERVER("サーバ"),
    TERMINAL("端末PC"),
    NETWORK("ネットワーク機器"),
    /** Items about the organisation (責任者, 連絡体制図…) carry no device scope on the form. */
    NONE("");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The device scopes that 医療情報システム全般 stands for. */
    public static List<Scope> devices() {
        return List.of(SERVER, TERMINAL, NETWORK);
    }
}
