package jp.tenken.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.tenken.domain.FiscalYear;
import jp.tenken.domain.year.Facility;
import jp.tenken.domain.year.FacilityKind;
import jp.tenken.testing.TestWorkbook;
import jp.tenken.xlsx.read.OfficialSamples;

/**
 * Makes the input files the README's command lines expect, for {@code .ci/readme-commands.sh}: the default workbook
 * in {@code HOME/Documents/Tenken} (a clinic with 令和7年度 started) and a stand-in for the ministry's
 * {@code 001716187.xlsx} and 企画管理編 PDF {@code 001716292.pdf} in the folder the commands run in.
 * Usage: {@code ReadmeFixtures DOCUMENTS WORKDIR}.
 */
public final class ReadmeFixtures {
    private ReadmeFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path documents = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Files.createDirectories(documents);
        Files.createDirectories(work);
        try (TestWorkbook wb = TestWorkbook.create(documents.resolve("点検簿.tenken"), LocalDate.of(2025, 6, 10))) {
            wb.checklist().saveFacility(new Facility("さくら内科クリニック", FacilityKind.CLINIC));
            wb.checklist().open(FiscalYear.of(LocalDate.of(2025, 6, 10)), wb.checklist().ownForm(), null);
        }
        OfficialSamples.facilityStandard(work.resolve("001716187.xlsx"));
        jp.tenken.pdf.GuidelinePdfs.sample(work.resolve("001716292.pdf")); // a stand-in for the 企画管理編 PDF
    }
}
