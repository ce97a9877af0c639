package ru.nastavnik.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A large bank is shown a page at a time, and the read recorded names the people on that page only. */
@SpringBootTest
@AutoConfigureMockMvc
class BankPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    BankFixtures bankFixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyFiveMentorsAreShownFiftyAPageAndOnlyThoseShownAreRecordedAsRead() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        for (int i = 0; i < 55; i++) {
            bankFixtures.aMentor(curator, world.schoolA(), "Наставникова").enter();
        }
        String org = world.schoolA().toString();

        String first = mvc.perform(
                        get("/bank/mentors").param("organisation", org).with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String second = mvc.perform(get("/bank/mentors")
                        .param("organisation", org)
                        .param("page", "1")
                        .with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(rows(first)).isEqualTo(50);
        assertThat(rows(second)).isEqualTo(5);
        assertThat(first).contains("Всего: 55").contains("page=1");
        Integer named = jdbc.queryForObject(
                "select cardinality(subject_ids) from audit_entry where organisation_id = ? "
                        + "and action = 'READ' and details = 'в банке наставников' order by id desc limit 1",
                Integer.class,
                world.schoolA().value());
        assertThat(named).as("the last view named the 5 people of page 2").isEqualTo(5);
    }

    @Test
    void aSearchByNameFindsMentorsBeyondTheFirstPageAndEveryRowShownIsNamed() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        for (int i = 0; i < 53; i++) {
            bankFixtures
                    .aMentor(curator, world.schoolA(), i < 2 ? "Редкова" : "Обычнова")
                    .enter();
        }
        String org = world.schoolA().toString();

        String first = table(
                mvc.perform(get("/bank/mentors").param("organisation", org).with(user(curator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        String found = table(mvc.perform(get("/bank/mentors")
                        .param("organisation", org)
                        .param("q", "редкова")
                        .with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsString());

        List<String> shown = List.of(first.split("<tr")).subList(2, 52);
        assertThat(shown)
                .as("each of the 50 rows is named")
                .allSatisfy(row -> assertThat(row).contains("Анна Сергеевна"));
        assertThat(found.split("<tr")).as("the header and the two found").hasSize(4);
        assertThat(List.of(found.split("<tr")).subList(2, 4))
                .allSatisfy(row -> assertThat(row).contains("Редкова Анна Сергеевна"));
        assertThat(found).doesNotContain("Обычнова");
    }

    @Test
    void theListCarriesNoFormPerRowAndAMentorIsTakenOutOfTheBankOnHerEntryPage() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String person = bankFixtures
                .aMentor(curator, world.schoolA(), "Уходящева")
                .enter()
                .toString();
        String org = world.schoolA().toString();

        String list = table(
                mvc.perform(get("/bank/mentors").param("organisation", org).with(user(curator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        String entry = mvc.perform(get("/bank/mentors/" + person + "/edit")
                        .param("organisation", org)
                        .with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post("/bank/mentors/" + person + "/leave")
                .param("organisation", org)
                .param("reason", "Перевелась")
                .with(user(curator))
                .with(csrf()));
        String after = mvc.perform(
                        get("/bank/mentors").param("organisation", org).with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(list).contains("Уходящева").doesNotContain("<form").doesNotContain("/leave");
        assertThat(entry)
                .contains("action=\"/bank/mentors/" + person + "/leave\"")
                .contains("id=\"leaveReason\"");
        assertThat(after.contains("id=\"mentor-bank\"") ? table(after) : "").doesNotContain("Уходящева");
        assertThat(after.substring(after.indexOf("id=\"mentor-bank-left\"")))
                .contains("Уходящева")
                .contains("Перевелась");
    }

    private static String table(String html) {
        String table = html.substring(html.indexOf("id=\"mentor-bank\""));
        return table.substring(0, table.indexOf("</table>"));
    }

    private static int rows(String html) {
        String table = html.substring(html.indexOf("id=\"mentor-bank\""));
        table = table.substring(0, table.indexOf("</table>"));
        return table.split("<tr", -1).length - 2;
    }
}
