package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.internal.DocumentWordingTests;
import ru.nastavnik.mentorship.internal.OrderManagement;
import ru.nastavnik.mentorship.internal.PairManagement;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.web.Dates;

/** The order on the completion of programmes and on rewarding mentors, and each mentor's «благодарность». */
@SpringBootTest
@AutoConfigureMockMvc
class CompletionOrderIntegrationTests {

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
    JdbcTemplate jdbc;

    @Test
    void completedPairsGoIntoTheCompletionOrderOnceAndEachMentorGetsHerThanksInTheDative() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        school.grow(curator, world.schoolA(), Collections.nCopies(2, "Благодарная"));
        var pairs = mentorships.list(curator, world.schoolA());
        var done = pairs.get(0).id();
        var running = pairs.get(1).id();
        // the pair's programme was completed (the path through the programme is tested elsewhere)
        jdbc.update("update mentorship set status = 'COMPLETED', ended_on = current_date where id = ?", done.value());

        assertThatThrownBy(() -> orders.draftCompletion(curator, world.schoolA(), List.of(done, running)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("mentorship.order.notCompleted"));
        String api = "/api/v1/organisations/" + world.schoolA();
        String order = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(post(api + "/orders/completion")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"mentorshipIds\":[\"" + done + "\"]}")
                                .with(user(curator)))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.kind").value("COMPLETION"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        assertThatThrownBy(() -> orders.draftCompletion(curator, world.schoolA(), List.of(done)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("mentorship.order.completion.twice"));

        String text = DocumentWordingTests.text(mvc.perform(
                                get("/mentorship/orders/" + order + "/document").with(user(curator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .replaceAll("\\s+", " ");
        assertThat(text)
                .contains("О завершении реализации персонализированных программ наставничества и поощрении наставников")
                .contains("Объявить благодарность")
                .contains("Благодарная Анна Сергеевна")
                // completed before its term (the day the database set above, not the school's clock)
                .contains(Dates.DATE.format(jdbc.queryForObject(
                                "select ended_on from mentorship where id = ?",
                                java.time.LocalDate.class,
                                done.value()))
                        + " (досрочно)")
                // the school's two mentors of one name, told apart by their subjects
                .contains("Благодарная Анна Сергеевна, учитель (математика)");
        orders.register(
                curator,
                java.util.UUID.fromString(order),
                "40-о",
                SchoolToday.date(),
                new ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()),
                "order.pdf");
        String thanks = DocumentWordingTests.text(mvc.perform(get(api + "/orders/" + order + "/gratitude.docx")
                                .with(user(curator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .replaceAll("\\s+", " ");
        assertThat(thanks)
                .contains("БЛАГОДАРНОСТЬ")
                .contains("объявляется Благодарной Анне Сергеевне")
                .contains("Новикова Анна Сергеевна")
                .contains("№ 40-о");
        mvc.perform(get("/mentorship/orders/" + order + "/gratitude.docx")
                        .with(user(fixtures.user(Role.CURATOR, world.schoolB()))))
                .andExpect(status().isNotFound());
    }
}
