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
 * (empty unless so) why the guideline clauses shown are not those of the year's edition, the readiness line's notes
 * (what the 機器台帳 and 連絡体制図 lack, what guideline 第7.0版 asks that is still open, the vendors' MDS/SDS
 * 「いいえ」 not yet assessed), which edition the year is on (null when the screen has no edition service), and the
 * past years that could still be added to the file.
 */
record LoadedYear(OpenForm form, List<YearSummary> years, Carryover carryover, List<VendorFlag> vendorFlags,
                  String guidelineNotice, ReadinessViewModel.Notes notes, EditionMoveService.YearEdition edition,
                  List<FiscalYear> addableYears) {
}
