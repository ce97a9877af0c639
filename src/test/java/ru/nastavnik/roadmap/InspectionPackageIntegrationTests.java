package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.mentorship.Mentorships;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.internal.RegulationOrders;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;

@SpringBootTest
@AutoConfigureMockMvc
class InspectionPackageIntegrationTests {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PairedSchool school;

    @Autowired
    Mentorships mentorships;

    @Autowired
    OrderRegister orders;

    @Autowired
    RegulationOrders regulations;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    @Test
    void thePackageHoldsThePeriodsOrdersWithScansTheConsentsOnFileButNotAWithdrawnOneAndAnIndex() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        LocalDate today = SchoolToday.date();
        var regulation = regulations.draftRegulation(curator, world.schoolA(), null, "Смирнову Ольгу Викторовну");
        orders.register(curator, regulation.id(), "12-о", today, new ByteArrayInputStream(PDF), "order.pdf");
        school.grow(curator, world.schoolA(), Collections.nCopies(1, "Проверяемая"));
        var pair = mentorships.list(curator, world.schoolA()).get(0);
        var assignment = orders.draftAssignment(curator, world.schoolA(), List.of(pair.id()));
        orders.register(curator, assignment.id(), "13-к", today, new ByteArrayInputStream(PDF), "assignment.pdf");
        var kept = staff.create(curator, world.schoolA(), Fixtures.teacher("Согласная", "Анна", "Ивановна"))
                .id();
        var gone = staff.create(curator, world.schoolA(), Fixtures.teacher("Отозвавшая", "Анна", "Ивановна"))
                .id();
        consents.recordGivenWithScan(
                curator,
                world.schoolA(),
                new GiveConsent(kept.toString(), ConsentPurpose.PERSONAL_DATA, today, null, null),
                new ByteArrayInputStream(PDF),
                "consent.pdf");
        var withdrawn = consents.recordGivenWithScan(
                curator,
                world.schoolA(),
                new GiveConsent(gone.toString(), ConsentPurpose.PERSONAL_DATA, today, null, null),
                new ByteArrayInputStream(PDF),
                "consent.pdf");
        consents.withdraw(curator, world.schoolA(), withdrawn.id(), today, "по заявлению");

        byte[] zip = mvc.perform(get("/roadmap/package.zip")
                        .param("from", today.minusDays(1).toString())
                        .param("to", today.toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, byte[]> files = unzip(zip);

        List<String> names = new ArrayList<>(files.keySet());
        assertThat(names.get(0)).isEqualTo("00 Опись документов.pdf");
        assertThat(names)
                .contains(
                        "01 Положение и дорожная карта/Положение о системе наставничества.pdf",
                        "01 Положение и дорожная карта/Дорожная карта.pdf",
                        "02 Приказы/Приказ № 12-о от " + ru.nastavnik.shared.web.Dates.DATE.format(today) + ".pdf",
                        "02 Приказы/Приказ № 12-о от " + ru.nastavnik.shared.web.Dates.DATE.format(today)
                                + " (скан).pdf");
        assertThat(names).anyMatch(n -> n.startsWith("02 Приказы/Приказ № 13-к"));
        assertThat(names).anyMatch(n -> n.startsWith("03 Согласия/Согласная Анна Ивановна"));
        assertThat(names).noneMatch(n -> n.contains("Отозвавшая"));
        // the register lists every consent in force given in the period, the withdrawn one not at all
        String register = InspectionPackageContributionsIntegrationTests.xlsx(
                        files.get("03 Согласия/00 Реестр согласий.xlsx"))
                .toString();
        assertThat(register).contains("Согласная Анна Ивановна", "в архиве").doesNotContain("Отозвавшая");
        // the agreement's file names its mentees: two pairs of one mentor from one day are told apart
        assertThat(names)
                .anyMatch(
                        n -> n.matches(
                                "04 Дополнительные соглашения/Проверяемая Анна Сергеевна с \\d\\d\\.\\d\\d\\.\\d{4} \\([А-ЯЁ][^)]+\\)\\.pdf"));
        assertThat(files.values()).allSatisfy(content -> assertThat(content).isNotEmpty());
        String index = ru.nastavnik.mentorship.DocumentTablesPdfTestsAccess.pdfText(
                        files.get("00 Опись документов.pdf"))
                .replaceAll("\\s+", " ");
        assertThat(index)
                .contains("ОПИСЬ ДОКУМЕНТОВ")
                .contains("12-о")
                .contains("13-к")
                .doesNotContain("Отозвавшая");
    }

    @Test
    void aReversedPeriodIsRefusedBeforeAnyByteAndAnotherSchoolsCuratorFindsNothing() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        String api = "/api/v1/organisations/" + world.schoolA() + "/inspection-package.zip";
        mvc.perform(get(api).param("from", "2026-11-30")
                        .param("to", "2026-11-01")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("раньше его начала")));
        mvc.perform(get(api).with(user(fixtures.user(Role.CURATOR, world.schoolB()))))
                .andExpect(status().isNotFound());
        mvc.perform(get(api).with(user(fixtures.user(Role.MENTOR, world.schoolA()))))
                .andExpect(status().isNotFound());
        mvc.perform(get(api).with(user(curator))).andExpect(status().isOk());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
