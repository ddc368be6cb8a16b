package jp.tenken.service;

import java.nio.file.Path;
import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.Vendor;
import jp.tenken.domain.VendorForm;
import jp.tenken.domain.VendorFormStatus;
import jp.tenken.xlsx.write.ExportProgress;

/**
 * The vendors (事業者) and their 事業者確認用 per fiscal year: add and edit vendors, send a form (export it, blank
 * or with last year's answers as hints, and mark it 送付済 with today's date), and move it through 回収済 and
 * 確認済. Taking a returned file in is {@link ImportService}'s job.
 */
public final class VendorService {
    private final ChecklistService checklist;
    private final ExportService export;

    public VendorService(ChecklistService checklist, ExportService export) {
        this.checklist = checklist;
        this.export = export;
    }

    public ChecklistService checklist() {
        return checklist;
    }

    public List<VendorStatus> statuses(FiscalYear year) {
        return checklist.vendorStatuses(year);
    }

    public Vendor add(String name, String systems, String contact, boolean contracted) {
        return checklist.addVendor(name, systems, contact, contracted);
    }

    public Vendor update(Vendor vendor) {
        return checklist.updateVendor(vendor);
    }

    /**
     * Writes the vendor's 事業者確認用 of the year to {@code out} (ready to e-mail or print) and records it as
     * 送付済 today. A form already returned keeps its status: sending it again is a copy, not a new request.
     */
    public VendorForm send(FiscalYear year, long vendorId, boolean hints, Path out, ExportProgress progress) {
        export.exportVendorForm(year, vendorId, hints, out, progress);
        VendorForm now = checklist.workbook().vendorForms().get(year, vendorId);
        if (now.status().returned()) {
            return now;
        }
        return checklist.setVendorStatus(year, vendorId, VendorFormStatus.SENT);
    }

    public VendorForm setStatus(FiscalYear year, long vendorId, VendorFormStatus status) {
        return checklist.setVendorStatus(year, vendorId, status);
    }
}
