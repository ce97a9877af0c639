package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.internal.OrderManagement;
import ru.nastavnik.mentorship.internal.OrderSeries;
import ru.nastavnik.mentorship.internal.RegulationOrders;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.web.Dates;

/**
 * The register numbers orders per calendar year within each series: a number taken that year is refused in Russian
 * and keeps nothing (the order stays a draft, no scan is stored), the same number in another year is taken; the
 * signed scan is read through the API too; the inspection package of a period holds only that period's orders.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrderNumbersPerYearIntegrationTests {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RegulationOrders regulations;

    @Autowired
    OrderManagement orders;

    @Autowired
    OrderSeries series;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNumberIsTakenOncePerYearAndSeriesTheRefusalKeepsNoScanAndThePackageHoldsOnlyThePeriodsOrders()
            throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        LocalDate today = SchoolToday.date();
        LocalDate lastYear = LocalDate.of(today.getYear() - 1, 1, 15);
        var old = regulations.draftRegulation(curator, world.schoolA(), null, "Смирнову Ольгу Викторовну");
        orders.register(curator, old.id(), "5-о", lastYear, new ByteArrayInputStream(PDF), "old.pdf");
        assertThat(series.next(curator, world.schoolA(), lastYear.getYear()))
                .containsEntry(OrderKind.REGULATION, "6-о");
        assertThat(series.next(curator, world.schoolA(), today.getYear())).containsEntry(OrderKind.REGULATION, "1-о");

        String api = "/api/v1/organisations/" + world.schoolA() + "/orders/";
        // the same number in another calendar year is a new order of the journal
        var current = regulations.draftRegulation(curator, world.schoolA(), null, "Смирнову Ольгу Викторовну");
        mvc.perform(multipart(api + current.id() + "/register")
                        .file(scan())
                        .param("number", "5-о")
                        .param("orderDate", today.toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REGISTERED"));
        assertThat(series.next(curator, world.schoolA(), today.getYear())).containsEntry(OrderKind.REGULATION, "6-о");

        // the same number in the same year is refused, and nothing is kept
        var again = regulations.draftRegulation(curator, world.schoolA(), null, "Смирнову Ольгу Викторовну");
        long files = storedFiles(world.schoolA().value());
        mvc.perform(multipart(api + again.id() + "/register")
                        .file(scan())
                        .param("number", " 5-о ")
                        .param("orderDate", today.toString())
                        .with(user(curator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("number"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Номер 5-о уже занят другим приказом " + today.getYear() + " года."));
        assertThat(orders.get(curator, again.id()).status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(orders.get(curator, again.id()).number()).isNull();
        // a signed order is not dated after today (a new school registered one for two weeks ahead, session 33)
        mvc.perform(multipart(api + again.id() + "/register")
                        .file(scan())
                        .param("number", "77-о")
                        .param("orderDate", today.plusDays(2).toString())
                        .with(user(curator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("orderDate"))
                .andExpect(
                        jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Дата приказа позже")));
        assertThat(orders.get(curator, again.id()).status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(storedFiles(world.schoolA().value())).as("no scan stored").isEqualTo(files);
        mvc.perform(get(api + again.id() + "/scan").with(user(curator))).andExpect(status().isNotFound());

        // the register's signed scan through the API, to the school's own managers only
        assertThat(mvc.perform(get(api + current.id() + "/scan").with(user(curator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(PDF);
        mvc.perform(get(api + current.id() + "/scan").with(user(fixtures.user(Role.MENTOR, world.schoolA()))))
                .andExpect(status().isNotFound());
        mvc.perform(get(api + current.id() + "/scan").with(user(fixtures.user(Role.CURATOR, world.schoolB()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + world.schoolB() + "/orders/" + current.id() + "/scan")
                        .with(user(fixtures.user(Role.CURATOR, world.schoolB()))))
                .andExpect(status().isNotFound());

        // the package of this week holds this year's order with its scan and not last year's one of the same number
        List<String> names =
                entries(mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/inspection-package.zip")
                                .param("from", today.minusDays(6).toString())
                                .param("to", today.toString())
                                .with(user(curator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        assertThat(names.stream().filter(n -> n.startsWith("02 Приказы/")).toList())
                .containsExactlyInAnyOrder(
                        "02 Приказы/Приказ № 5-о от " + Dates.DATE.format(today) + ".pdf",
                        "02 Приказы/Приказ № 5-о от " + Dates.DATE.format(today) + " (скан).pdf");
    }

    private long storedFiles(java.util.UUID organisation) {
        return jdbc.queryForObject(
                "select count(*) from stored_file where organisation_id = ?", Long.class, organisation);
    }

    private static MockMultipartFile scan() {
        return new MockMultipartFile("scan", "signed.pdf", "application/pdf", PDF);
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
