package jp.tenken.domain.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tenken.domain.register.UpkeepChoice.TwoFactor;

/**
 * A client terminal or server whose 二要素認証 is still open with regard to the reference date guideline 第7.0版
 * gives (令和9年4月1日): not recorded, planned for after it or with no date, or left to the next system renewal
 * (allowed, provided a vendor able to provide it is chosen then: a reminder, not a fault).
 */
public record TwoFactorFlag(Kind kind, String deviceName, LocalDate date) {

    /** The reference date for 二要素認証 in guideline 第7.0版 (令和9年4月1日). */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2027, 4, 1);

    /** What is open, with the message key that says it. */
    public enum Kind {
        UNKNOWN("maintenance.twoFactorFlag.unknown"),
        UNKNOWN_PAST("maintenance.twoFactorFlag.unknownPast"),
        PLANNED_NO_DATE("maintenance.twoFactorFlag.plannedNoDate"),
        PLANNED_LATE("maintenance.twoFactorFlag.plannedLate"),
        PLANNED_OVERDUE("maintenance.twoFactorFlag.plannedOverdue"),
        AT_RENEWAL("maintenance.twoFactorFlag.atRenewal");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The open 二要素認証 of a year's terminals and servers, judged on {@code today}. */
    public static List<TwoFactorFlag> of(List<Device> devices, Map<Long, DeviceUpkeep> upkeep, LocalDate today) {
        boolean past = !today.isBefore(REFERENCE_DATE);
        List<TwoFactorFlag> out = new ArrayList<>();
        for (Device d : devices) {
            DeviceUpkeep u = upkeep.getOrDefault(d.id(), DeviceUpkeep.none(d.id()));
            if (!DeviceUpkeep.asksTwoFactor(d, u) || u.twoFactor() == TwoFactor.DONE) {
                continue;
            }
            switch (u.twoFactor()) {
                case UNKNOWN -> out.add(new TwoFactorFlag(past ? Kind.UNKNOWN_PAST : Kind.UNKNOWN, d.name(),
                        REFERENCE_DATE));
                case PLANNED -> {
                    LocalDate by = u.twoFactorBy();
                    if (by == null) {
                        out.add(new TwoFactorFlag(Kind.PLANNED_NO_DATE, d.name(), REFERENCE_DATE));
                    } else if (by.isBefore(today)) {
                        out.add(new TwoFactorFlag(Kind.PLANNED_OVERDUE, d.name(), by));
                    } else if (by.isAfter(REFERENCE_DATE)) {
                        out.add(new TwoFactorFlag(Kind.PLANNED_LATE, d.name(), by));
                    }
                }
                case AT_RENEWAL -> out.add(new TwoFactorFlag(Kind.AT_RENEWAL, d.name(), REFERENCE_DATE));
                default -> { }
            }
        }
        return out;
    }
}
