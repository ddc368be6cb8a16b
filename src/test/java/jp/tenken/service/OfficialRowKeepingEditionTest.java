package jp.tenken.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.tenken.catalog.Catalog;
import jp.tenken.catalog.CatalogReader;
import jp.tenken.catalog.PublishedFileReader;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.edition.Edition;
import jp.tenken.domain.edition.FormKind;
import jp.tenken.domain.edition.Item;
import jp.tenken.domain.edition.PublishedFile;
import jp.tenken.domain.official.OfficialLayout;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;
import jp.tenken.xlsx.read.OfficialSamples;
import jp.tenken.xlsx.read.RecognitionVariants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The take-in as the window shows it, in grids other than the usual ones: what the preview says, what it refuses,
 * and what the kept edition records (the 事業者確認用 joining the year's edition, each file's 出典).
 */
class OfficialRowKeepingEditionTest {
    static final FiscalYear R8 = FiscalYear.ofReiwa(8);

    @TempDir
    Path dir;

    @BeforeEach
    void japanese() {
        Messages.use(java.util.Locale.JAPANESE);
    }

    private Path catalogFolder() {
        return dir.resolve("appdata").resolve("catalog");
    }

    private OfficialEditionService service() {
        return new OfficialEditionService(new CatalogReader().read(List.of(catalogFolder())), catalogFolder());
    }

    private static String summary(OfficialEditionService.Preview p) {
        return String.join("\n", p.summary());
    }

    @Test
    void shortNumberedItemsAllBecomeItemsAndTheTakeInIsAllowed() throws Exception {
        OfficialEditionService.Preview p = service().preview(
                List.of(RecognitionVariants.shortNumberedItems(dir.resolve("001716187.xlsx"))), null);
        assertEquals(List.of(), p.problems());
        List<String> texts = p.edition().form(FormKind.FACILITY).orElseThrow().items().stream().map(Item::text)
                .toList();
        assertTrue(texts.contains(RecognitionVariants.SHORT_ITEM), texts::toString);
        assertTrue(texts.contains(RecognitionVariants.SHORT_LOG), texts::toString);
    }

    @Test
    void aNumberedRowNotReadAsAnItemBlocksTheTakeInAndSaysWhereItIs() throws Exception {
        OfficialEditionService s = service();
        OfficialEditionService.Preview p = s.preview(
                List.of(RecognitionVariants.repeatedNumberedRow(dir.resolve("001716187.xlsx"))), null);
        assertEquals(1, p.problems().size(), p.problems()::toString);
        String problem = p.problems().get(0);
        assertTrue(problem.contains("8行目") && problem.contains("番号「2-④」")
                && problem.contains("項目として読み取れませんでした"), problem);
        assertTrue(problem.contains("列の割り当て"), "it says what to do: " + problem);
        UserMessageException e = assertThrows(UserMessageException.class, () -> s.add(p));
        assertTrue(e.getMessage().contains("8行目"), e.getMessage());
        assertFalse(Files.exists(catalogFolder().resolve("R8-official.json")));
    }

    @Test
    void exampleSheetsAreSkippedSaidSoAndNeverWhereAnswersGo() throws Exception {
        OfficialEditionService s = service();
        OfficialEditionService.Preview p = s.preview(
                List.of(RecognitionVariants.exampleSheetsFirst(dir.resolve("001716187.xlsx"))), null);
        String text = summary(p);
        assertTrue(text.contains("シート「記入例」は記入例のため、様式として読み取らず、書き込みもしません"), text);
        assertTrue(text.contains("シート「Sheet2」は記入例のため"), text);
        assertEquals(List.of("医療機関・薬局確認用"), p.layout().tables().stream().map(OfficialLayout.Table::sheet)
                .distinct().toList(), "answers are written into the form's own sheet only");
    }

    @Test
    void theEditionIsNamedByTheFormsTitleNeverByItsId() throws Exception {
        OfficialEditionService.Preview p = service().preview(
                List.of(RecognitionVariants.coverNamesAnotherYear(dir.resolve("001716187.xlsx"))), null);
        assertEquals(R8, p.edition().fiscalYear(), "not the 令和7年度版 a cover note names");
        assertEquals("令和8年度版", p.edition().name());
        assertEquals(RecognitionVariants.FORM_TITLE,
                p.edition().form(FormKind.FACILITY).orElseThrow().title());
        String text = summary(p);
        assertTrue(text.contains("令和8年度版"), text);
        assertFalse(text.contains("R8-official"), text);
    }

    @Test
    void aVendorFormAloneJoinsTheYearsEditionTakenInEarlier() throws Exception {
        OfficialEditionService first = service();
        first.add(first.preview(List.of(OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx"))), null));
        Catalog before = new CatalogReader().read(List.of(catalogFolder()));
        List<String> facilityKeys = before.requireEdition("R8-official").form(FormKind.FACILITY).orElseThrow()
                .items().stream().map(Item::key).toList();

        OfficialEditionService s = service();
        Path vendor = OfficialSamples.vendorOnly(dir.resolve("001716188.xlsx"));
        OfficialEditionService.Preview p = s.preview(List.of(vendor), null);
        assertEquals(List.of(), p.problems());
        assertTrue(summary(p).contains("事業者確認用を、取り込み済みの「令和8年度版」に加えます"), summary(p));
        assertTrue(p.edition().form(FormKind.VENDOR).orElseThrow().items().stream().allMatch(Item::verified),
                "the vendor form in its own wording");
        s.add(p);

        Catalog after = new CatalogReader().read(List.of(catalogFolder()));
        Edition e = after.requireEdition("R8-official");
        assertEquals(facilityKeys, e.form(FormKind.FACILITY).orElseThrow().items().stream().map(Item::key).toList(),
                "the facility form and its keys are as they were (answers already given still match)");
        assertEquals(OfficialSamples.VENDOR_MDS, e.form(FormKind.VENDOR).orElseThrow().item("ops.mds-sds")
                .orElseThrow().text());
        OfficialLayout layout = after.official("R8-official").orElseThrow();
        assertEquals("001716188.xlsx", layout.tablesFor(FormKind.VENDOR).get(0).file());
        assertEquals("001716187.xlsx", layout.tablesFor(FormKind.FACILITY).get(0).file());
        assertTrue(Files.isRegularFile(catalogFolder().resolve("R8-official_001716187.xlsx")));
        assertTrue(Files.isRegularFile(catalogFolder().resolve("R8-official_001716188.xlsx")));
    }

    @Test
    void aVendorFormAloneWithNoEditionOfItsYearSaysWhatToTakeInFirst() throws Exception {
        Path vendor = OfficialSamples.vendorOnly(dir.resolve("001716188.xlsx"));
        UserMessageException e = assertThrows(UserMessageException.class,
                () -> service().preview(List.of(vendor), null));
        assertTrue(e.getMessage().contains("先に令和8年度の医療機関・薬局確認用"), e.getMessage());
        assertFalse(Files.exists(catalogFolder()));
    }

    @Test
    void eachFileIsJudgedAgainstThePublishedFilesAndTheVerdictIsKept() throws Exception {
        Path facility = OfficialSamples.facilityStandard(dir.resolve("001716187.xlsx"));
        Path vendor = OfficialSamples.vendorOnly(dir.resolve("001716188.xlsx"));
        String facilityHash = FileDigest.sha256(facility);
        PublishedFile.Register bundled = new PublishedFileReader().bundled();
        // as if our synthetic facility file were the published one: a register of our own making for the test
        PublishedFile.Register register = new PublishedFile.Register(List.of(new PublishedFile("001716187.xlsx",
                "test", Files.size(facility), facilityHash, "")), bundled.source(), false);
        OfficialEditionService s = new OfficialEditionService(new CatalogReader().read(List.of(catalogFolder())),
                catalogFolder(), register);
        OfficialEditionService.Preview p = s.preview(List.of(facility, vendor), null);
        assertEquals(List.of(), p.problems(), "a file that differs is never refused for that alone");
        List<String> lines = p.provenanceLines();
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).contains("「001716187.xlsx」") && lines.get(0).contains("厚生労働省が公表したファイルと同一")
                && lines.get(0).contains(facilityHash), lines.get(0));
        assertTrue(lines.get(1).contains("公表されたファイルと異なります（修正版・記入済み・編集されたファイルの可能性）"),
                lines.get(1));
        assertTrue(summary(p).contains(lines.get(1)), "the window shows it with the summary");

        s.add(p);
        OfficialLayout kept = new CatalogReader().read(List.of(catalogFolder())).official("R8-official").orElseThrow();
        assertEquals(List.of(new OfficialLayout.Source("001716187.xlsx", facilityHash, true,
                p.provenance().get(0).verdict()), new OfficialLayout.Source("001716188.xlsx",
                FileDigest.sha256(vendor), false, p.provenance().get(1).verdict())), kept.sources());
    }

    @Test
    void thePublishedFilesAreDataWithTheirSourceAndNotVerifiedByUs() {
        PublishedFile.Register r = new PublishedFileReader().bundled();
        assertFalse(r.verifiedByUs());
        assertTrue(r.source().contains("retrieved 2026-07-16"), r.source());
        PublishedFile facility = r.bySha256("B811208B1D29FE0F3310ADF810AA3B072E6272EB3669DE768B79949B6872C987")
                .orElseThrow();
        assertEquals("001716187.xlsx", facility.name());
        assertEquals(25_655, facility.bytes());
        assertEquals("https://www.mhlw.go.jp/content/10808000/001716187.xlsx", facility.url());
        assertEquals(25_018, r.files().stream().filter(f -> f.name().equals("001716188.xlsx")).findFirst()
                .orElseThrow().bytes());
    }
}
