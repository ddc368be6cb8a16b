package jp.tenken.domain.vendor;

import java.time.LocalDate;
import java.util.Objects;
import jp.tenken.domain.FiscalYear;

/**
 * The sending and return of one vendor's 事業者確認用 for one fiscal year: its status and the date of each step
 * (null until the step happened).
 */
public record VendorForm(long vendorId, FiscalYear year, VendorFormStatus status, LocalDate sentOn,
                         LocalDate receivedOn, LocalDate confirmedOn) {

    public VendorForm {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(status, "status");
    }

    /** A form never sent. */
    public static VendorForm notSent(long vendorId, FiscalYear year) {
        return new VendorForm(vendorId, year, VendorFormStatus.NOT_SENT, null, null, null);
    }

    /**
     * The form after moving to {@code status} on {@code date}: the step's date is set, later steps' dates are
     * cleared (going back to 送付済 means the return is awaited again), earlier ones are kept.
     */
    public VendorForm moveTo(VendorFormStatus status, LocalDate date) {
        return switch (status) {
            case NOT_SENT -> new VendorForm(vendorId, year, status, null, null, null);
            case SENT -> new VendorForm(vendorId, year, status, date, null, null);
            case RECEIVED -> new VendorForm(vendorId, year, status, sentOn, date, null);
            case CONFIRMED -> new VendorForm(vendorId, year, status, sentOn, receivedOn == null ? date : receivedOn,
                    date);
        };
    }
}
