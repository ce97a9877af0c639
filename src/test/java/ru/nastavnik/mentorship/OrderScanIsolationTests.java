package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.internal.OrderManagement;
import ru.nastavnik.mentorship.internal.RegulationOrders;
import ru.nastavnik.shared.Role;

/** A registered order's signed scan through the API is another school's 404, by its own address or by the caller's. */
@SpringBootTest
@AutoConfigureMockMvc
class OrderScanIsolationTests {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RegulationOrders regulations;

    @Autowired
    OrderManagement orders;

    @Test
    void anotherSchoolsCuratorGetsNoScanOfThisSchoolsOrder() throws Exception {
        var world = fixtures.world();
        var curatorOfA = fixtures.user(Role.CURATOR, world.schoolA());
        var order = regulations.draftRegulation(curatorOfA, world.schoolA(), null, "Смирнову Ольгу Викторовну");
        orders.register(curatorOfA, order.id(), "3-о", SchoolToday.date(), new ByteArrayInputStream(PDF), "signed.pdf");
        var curatorOfB = fixtures.user(Role.CURATOR, world.schoolB());

        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/orders/" + order.id() + "/scan")
                        .with(user(curatorOfB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + world.schoolB() + "/orders/" + order.id() + "/scan")
                        .with(user(curatorOfB)))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/orders/" + order.id() + "/scan")
                                .with(user(curatorOfA)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .as("the school's own curator still reads it")
                .isEqualTo(PDF);
    }
}
