package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.shared.Role;

@SpringBootTest
@AutoConfigureMockMvc
class OrderSeriesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PairedSchool school;

    @Autowired
    PairManagement mentorships;

    @Autowired
    OrderManagement orders;

    @Autowired
    OrderSeries series;

    @Test
    void theHighestNumberOfASeriesIsFoundAmongOthers() {
        assertThat(OrderSeries.highest(List.of("12-о", "3-к", "9-к", "10", "к-11", "999999999999-к"), "-к"))
                .isEqualTo(9);
        assertThat(OrderSeries.highest(List.of("12-о", "3-к", "10"), "")).isEqualTo(10);
        assertThat(OrderSeries.highest(List.of(), "-о")).isZero();
    }

    @Test
    void eachKindHasItsSeriesAndTheRegisterSuggestsItsNextNumberThisYear() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        mvc.perform(post("/mentorship/orders/series")
                        .param("kind", "ASSIGNMENT")
                        .param("suffix", "-к")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        school.grow(curator, world.schoolA(), Collections.nCopies(2, "Серийная"));
        var pairs = mentorships.list(curator, world.schoolA());
        var first = orders.draftAssignment(
                curator, world.schoolA(), List.of(pairs.get(0).id()));
        orders.register(
                curator,
                first.id(),
                "5-к",
                SchoolToday.date(),
                new ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()),
                "order.pdf");
        orders.draftAssignment(curator, world.schoolA(), List.of(pairs.get(1).id()));

        assertThat(series.next(curator, world.schoolA(), SchoolToday.date().getYear()))
                .containsEntry(OrderKind.ASSIGNMENT, "6-к")
                .containsEntry(OrderKind.REGULATION, "1-о");
        mvc.perform(get("/mentorship/orders").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"6-к\"")));
        String api = "/api/v1/organisations/" + world.schoolA() + "/order-series";
        mvc.perform(get(api).with(user(curator)))
                .andExpect(jsonPath("$.suffixes.ASSIGNMENT").value("-к"))
                .andExpect(jsonPath("$.next.ASSIGNMENT").value("6-к"));
        mvc.perform(put(api + "/TERMINATION")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"suffix\":\"-о; drop\"}")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("до 8 букв или цифр")));
        mvc.perform(put(api + "/TERMINATION")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"suffix\":\"/пр\"}")
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.next.TERMINATION").value("1/пр"));
        mvc.perform(get(api).with(user(fixtures.user(Role.CURATOR, world.schoolB()))))
                .andExpect(status().isNotFound());
    }
}
