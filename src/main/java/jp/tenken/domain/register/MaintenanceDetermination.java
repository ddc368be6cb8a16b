package jp.tenken.domain.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.register.UpkeepChoice.UpdatesBy;
import jp.tenken.domain.vendor.Vendor;

/**
 * Whether 保守委託機関編 of guideline 第7.0版 applies to a clinic in a year, judged from its own 機器台帳 and vendors:
 * it applies (みなし遵守) when every server's security updates are the vendor's, written in the contract, 約款 or SLA;
 * it does not when the clinic applies some server's updates itself; it cannot be told when no server is registered or
 * some server's updates are unknown or not written down (the guideline's flowchart, note ※2, counts an unwritten
 * responsibility as possibly the clinic's). Each server says why in a {@link Reason}.
 */
public record MaintenanceDetermination(Outcome outcome, List<Reason> reasons) {

    /** The answer. */
    public enum Outcome {
        APPLIES("maintenance.outcome.applies"),
        DOES_NOT_APPLY("maintenance.outcome.doesNotApply"),
        UNDECIDED("maintenance.outcome.undecided");

        private final String messageKey;

        Outcome(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** One reason: what was found about one server (or that there is none), with the message key that says it. */
    public record Reason(Kind kind, String deviceName, String vendorName, String where, String clause) {
        public enum Kind {
            NO_SERVERS("maintenance.reason.noServers"),
            COVERED("maintenance.reason.covered"),
            BY_CLINIC("maintenance.reason.byClinic"),
            WHO_UNKNOWN("maintenance.reason.whoUnknown"),
            NO_VENDOR("maintenance.reason.noVendor"),
            NOT_CONTRACTED("maintenance.reason.notContracted"),
            NOT_WRITTEN("maintenance.reason.notWritten");

            private final String messageKey;

            Kind(String messageKey) {
                this.messageKey = messageKey;
            }

            public String messageKey() {
                return messageKey;
            }

            /** Whether this reason leaves the answer open (as opposed to deciding it either way). */
            boolean open() {
                return this != COVERED && this != BY_CLINIC;
            }
        }
    }

    /** The first fiscal year answered under guideline 第7.0版 (令和8年度, checklist 令和8年度版). */
    public static final int FIRST_YEAR = 2026;

    public MaintenanceDetermination {
        reasons = List.copyOf(reasons);
    }

    /** Whether a fiscal year is measured against guideline 第7.0版 (令和8年度 on), so these questions are asked. */
    public static boolean asked(FiscalYear year) {
        return year.startYear() >= FIRST_YEAR;
    }

    /**
     * Judges a year: its devices, what is recorded for each (by device id; a device with nothing recorded counts as
     * unknown), and its vendors as they stand in the year. {@code where} of a reason is the {@link
     * UpkeepChoice.WrittenIn} name, for the caller to put in words.
     */
    public static MaintenanceDetermination of(List<Device> devices, Map<Long, DeviceUpkeep> upkeep,
                                              List<Vendor> vendors) {
        List<Reason> reasons = new ArrayList<>();
        for (Device d : devices) {
            DeviceUpkeep u = upkeep.getOrDefault(d.id(), DeviceUpkeep.none(d.id()));
            if (!DeviceUpkeep.isServer(d, u)) {
                continue;
            }
            Vendor v = d.vendorId() == null ? null
                    : vendors.stream().filter(x -> x.id() == d.vendorId()).findFirst().orElse(null);
            String vendorName = v == null ? "" : v.name();
            Reason.Kind kind;
            if (u.updatesBy() == UpdatesBy.CLINIC) {
                kind = Reason.Kind.BY_CLINIC;
            } else if (u.updatesBy() == UpdatesBy.UNKNOWN) {
                kind = Reason.Kind.WHO_UNKNOWN;
            } else if (v == null) {
                kind = Reason.Kind.NO_VENDOR;
            } else if (!v.contracted()) {
                kind = Reason.Kind.NOT_CONTRACTED;
            } else if (!u.writtenIn().written()) {
                kind = Reason.Kind.NOT_WRITTEN;
            } else {
                kind = Reason.Kind.COVERED;
            }
            reasons.add(new Reason(kind, d.name(), vendorName, u.writtenIn().name(), u.clause()));
        }
        if (reasons.isEmpty()) {
            return new MaintenanceDetermination(Outcome.UNDECIDED,
                    List.of(new Reason(Reason.Kind.NO_SERVERS, "", "", "", "")));
        }
        Outcome outcome;
        if (reasons.stream().anyMatch(r -> r.kind() == Reason.Kind.BY_CLINIC)) {
            outcome = Outcome.DOES_NOT_APPLY;
        } else if (reasons.stream().anyMatch(r -> r.kind().open())) {
            outcome = Outcome.UNDECIDED;
        } else {
            outcome = Outcome.APPLIES;
        }
        return new MaintenanceDetermination(outcome, reasons);
    }
}
