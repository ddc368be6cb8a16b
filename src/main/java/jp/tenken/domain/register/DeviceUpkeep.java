package jp.tenken.domain.register;

import java.time.LocalDate;
import jp.tenken.domain.register.UpkeepChoice.TwoFactor;
import jp.tenken.domain.register.UpkeepChoice.UpdatesBy;
import jp.tenken.domain.register.UpkeepChoice.WrittenIn;

/**
 * What guideline 第7.0版 asks about one device of a year's 機器台帳: whether the chart application (電子カルテ等)
 * completes its processing on this PC (then it counts as a server), who applies its security updates and where the
 * vendor's responsibility is written with the clause, and its 二要素認証 (with the planned date when 対応予定).
 */
public record DeviceUpkeep(long deviceId, boolean chartProcessing, UpdatesBy updatesBy, WrittenIn writtenIn,
                           String clause, TwoFactor twoFactor, LocalDate twoFactorBy) {

    public DeviceUpkeep {
        updatesBy = updatesBy == null ? UpdatesBy.UNKNOWN : updatesBy;
        writtenIn = writtenIn == null ? WrittenIn.UNCONFIRMED : writtenIn;
        clause = clause == null ? "" : clause.strip();
        twoFactor = twoFactor == null ? TwoFactor.UNKNOWN : twoFactor;
        twoFactorBy = twoFactor == TwoFactor.PLANNED ? twoFactorBy : null;
    }

    /** Nothing recorded yet for a device. */
    public static DeviceUpkeep none(long deviceId) {
        return new DeviceUpkeep(deviceId, false, UpdatesBy.UNKNOWN, WrittenIn.UNCONFIRMED, "", TwoFactor.UNKNOWN,
                null);
    }

    /** Whether the device counts as a server: a server, or a PC on which the chart application completes. */
    public static boolean isServer(Device d, DeviceUpkeep u) {
        return d.kind() == DeviceKind.SERVER || d.kind() == DeviceKind.TERMINAL && u != null && u.chartProcessing();
    }

    /** Whether 二要素認証 is asked of the device: client terminals and servers. */
    public static boolean asksTwoFactor(Device d, DeviceUpkeep u) {
        return d.kind() == DeviceKind.SERVER || d.kind() == DeviceKind.TERMINAL;
    }
}
