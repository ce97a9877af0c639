package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.internal.DocumentWordingTests;
import ru.nastavnik.mentorship.internal.OrderManagement;
import ru.nastavnik.mentorship.internal.PairManagement;
import ru.nastavnik.shared.Role;

/**
 * The completion order thanks each mentor of its pairs with a «благодарность» of her own, in the dative, and no
 * mentor of a completed pair the order does not name.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GratitudePerMentorIntegrationTests {

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
    void eachMentorOfTheOrdersPairsGetsHerOwnLetterAndNoOneElseDoes() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        school.grow(curator, world.schoolA(), List.of("Усердная", "Старательная", "Прилежная"));
        var pairs = mentorships.list(curator, world.schoolA());
        assertThat(pairs).hasSize(3);
        pairs.forEach(p -> jdbc.update(
                "update mentorship set status = 'COMPLETED', ended_on = current_date where id = ?", p.id().value()));
        var named = pairs.subList(0, 2);
        String left = mentorOf(pairs.get(2));

        var order = orders.draftCompletion(
                curator, world.schoolA(), named.stream().map(MentorshipView::id).toList());
        orders.register(
                curator,
                order.id(),
                "41-о",
                SchoolToday.date(),
                new ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()),
                "order.pdf");
        String letters = DocumentWordingTests.text(mvc.perform(get("/api/v1/organisations/" + world.schoolA()
                                        + "/orders/" + order.id() + "/gratitude.docx")
                                .with(user(curator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .replaceAll("\\s+", " ");

        assertThat(letters.split("БЛАГОДАРНОСТЬ", -1))
                .as("one letter per mentor")
                .hasSize(3);
        for (MentorshipView pair : named) {
            assertThat(letters).contains("объявляется " + dative(mentorOf(pair)));
        }
        assertThat(letters).doesNotContain(left.split(" ")[0].substring(0, left.split(" ")[0].length() - 2));
    }

    private static String mentorOf(MentorshipView pair) {
        return pair.members().stream()
                .filter(m -> m.role() == MemberRole.MENTOR)
                .findFirst()
                .orElseThrow()
                .fullName();
    }

    /** «Усердная Анна Сергеевна» → «Усердной Анне Сергеевне»: the fixtures' mentors are all Анна Сергеевна. */
    private static String dative(String fullName) {
        String last = fullName.split(" ")[0];
        return last.substring(0, last.length() - 2) + "ой Анне Сергеевне";
    }
}
