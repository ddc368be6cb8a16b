package jp.tenken.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tenken.domain.edition.Scope;
import org.junit.jupiter.api.Test;

/** The checklist tells a clerk what the 機器台帳 and 連絡体制図 still lack, and opens them from 2-① and 3-①. */
class RegisterLinksTest extends ChecklistFixture {

    @Test
    void theReadinessLineNamesEmptyRegistersAndItems21And31OpenThem() {
        List<String> opened = new ArrayList<>();
        vm.setRegisters(wb.context().registers()::readinessNotes, () -> opened.add("registers"));
        loadWithFacility();
        List<String> notes = vm.readiness().registerNotes();
        assertTrue(notes.stream().anyMatch(n -> n.contains("機器台帳")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("連絡体制図")), notes.toString());
        vm.readiness().openRegisters();
        assertEquals(List.of("registers"), opened);

        GuidanceViewModel guidance = vm.guidance();
        assertEquals(Optional.of("guidance.openDeviceRegister"),
                guidance.registerOf(row("ops.device-ledger", Scope.ALL).item()));
        assertEquals(Optional.of("guidance.openContactChart"),
                guidance.registerOf(vm.rows().stream().filter(r -> r.item().key().equals("incident.contact-chart"))
                        .findFirst().orElseThrow().item()));
        assertEquals(Optional.empty(), guidance.registerOf(row("org.security-officer", Scope.NONE).item()));
        guidance.openRegisters();
        assertEquals(2, opened.size());
    }

    @Test
    void aSeventhEditionNoteOpensTheMaintenanceTabAndARegisterNoteTheRegisters() {
        List<String> opened = new ArrayList<>();
        vm.setRegisters(y -> List.of("機器台帳が空です（2-①）"), () -> opened.add("registers"));
        vm.setMaintenance(y -> List.of("保守委託機関編：判断できない"), () -> opened.add("maintenance"));
        String mds = "MDS／SDS（メディカル）：「いいえ」1 件のリスク評価・対応が未記入です";
        vm.setVendors(y -> List.of(mds), () -> opened.add("vendors"));
        loadWithFacility();
        assertEquals(List.of("機器台帳が空です（2-①）", "保守委託機関編：判断できない", mds), vm.readiness().registerNotes());
        vm.readiness().openRegisters("保守委託機関編：判断できない");
        vm.readiness().openRegisters("機器台帳が空です（2-①）");
        vm.readiness().openRegisters(mds);
        assertEquals(List.of("maintenance", "registers", "vendors"), opened);
    }
}
