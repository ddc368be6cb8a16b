package jp.tenken.ui.checklist;

import java.util.List;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.vendor.VendorFlag;
import jp.tenken.domain.year.Carryover;
import jp.tenken.domain.year.YearSummary;
import jp.tenken.service.EditionMoveService;
import jp.tenken.service.OpenForm;

/**
 * What opening a fiscal year reads off the FX thread: its own form, the year list, last year's answers, vendors, and
 * (empty unless so) why the guideline clauses shown are not those of the year's edition, and what the 機器台帳 and
 * 連絡体制図 still lack this year, which edition the year is on (null when the screen has no edition service), and
 * the past years that could still be added to the file, and what guideline 第7.0版 asks that is still open
 * (保守委託機関編, 二要素認証), and the vendors' MDS/SDS 「いいえ」 not yet assessed.
 */
record LoadedYear(OpenForm form, List<YearSummary> years, Carryover carryover, List<VendorFlag> vendorFlags,
                  String guidelineNotice, List<String> registerNotes, EditionMoveService.YearEdition edition,
                  List<FiscalYear> addableYears, List<String> maintenanceNotes,
                  List<String> mdsSdsNotes) {
}
