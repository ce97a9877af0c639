package ru.nastavnik.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A teacher proposes a practice of her own, outside any programme, from «Мои практики»; her curator decides on it as
 * on any proposal, and she reads the decision there. Bad input keeps what she typed; a flood is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MyPracticesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTeachersOwnPracticeReachesHerCuratorAndSheReadsTheDecision() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal teacher = fixtures.user(Role.MENTOR, world.schoolA());
        var person = staff.create(curator, world.schoolA(), Fixtures.teacher("Методистова", "Ольга", "Игоревна"))
                .id();
        accounts.link(curator, world.schoolA(), person, teacher.getUsername(), true);

        // no title: refused in Russian, what she typed kept, nothing stored
        mvc.perform(post("/practices/my")
                        .with(user(teacher))
                        .with(csrf())
                        .param("title", "")
                        .param("summary", "Кейс-метод на заседаниях МО"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Название практики пусто")))
                .andExpect(content().string(containsString("Кейс-метод на заседаниях МО")));
        assertThat(count(world.schoolA())).isZero();

        mvc.perform(post("/practices/my")
                        .with(user(teacher))
                        .with(csrf())
                        .param("title", "Кейс-метод в работе с молодыми педагогами")
                        .param("summary", "Разбор педагогических ситуаций на заседаниях МО")
                        .param("results", "Молодые педагоги увереннее ведут родительские собрания"))
                .andExpect(status().is3xxRedirection());
        String id = jdbc.queryForObject(
                "select p.id::text from practice p join practice_author a on a.practice_id = p.id where a.person_id = ?",
                String.class,
                person.value());
        mvc.perform(get("/practices/my").with(user(teacher)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Кейс-метод в работе с молодыми педагогами")))
                .andExpect(content().string(containsString("Предложена педагогом")));

        // the curator finds it among the proposals and accepts it; the teacher reads «принята»
        mvc.perform(get("/practices")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Кейс-метод в работе с молодыми педагогами")));
        mvc.perform(post("/practices/" + id + "/accept").with(user(curator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me/practices").with(user(teacher)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("ACCEPTED"))
                .andExpect(jsonPath("$[0].sourceKind").value("OWN"));

        // her list links the title to her practice's page and says which library took it; when the municipality
        // takes it too, she reads the higher level
        mvc.perform(get("/practices/my").with(user(teacher)))
                .andExpect(content().string(containsString("href=\"/practices/my/" + id + "\"")))
                .andExpect(content().string(containsString("принята в копилку школы")));
        mvc.perform(post("/practices/" + id + "/proposal")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/practices/my/" + id).with(user(teacher)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("предложена: муниципальная копилка")));
        NastavnikPrincipal municipal = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        mvc.perform(post("/practices/" + id + "/level-acceptance")
                        .param("organisation", world.municipality().toString())
                        .with(user(municipal))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/practices/my").with(user(teacher)))
                .andExpect(content().string(containsString("принята в муниципальную копилку")));
        mvc.perform(get("/practices/my/" + id).with(user(teacher)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Кейс-метод в работе с молодыми педагогами")))
                .andExpect(content().string(containsString("принята в муниципальную копилку")))
                .andExpect(content().string(containsString("Молодые педагоги увереннее ведут родительские собрания")));

        // through the API too, up to five awaiting the curator at once
        for (int i = 1; i <= 5; i++) {
            mvc.perform(post("/api/v1/me/practices")
                            .with(user(teacher))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\":\"Практика " + i + "\",\"summary\":\"Описание\"}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/me/practices")
                        .with(user(teacher))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Практика 6\",\"summary\":\"Описание\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("дождитесь решения куратора")));
        assertThat(count(world.schoolA())).isEqualTo(6);

        // another school's teacher sees none of hers; an account linked to no record proposes nothing
        NastavnikPrincipal stranger = fixtures.user(Role.MENTOR, world.schoolB());
        mvc.perform(get("/practices/my").with(user(stranger)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Кейс-метод"))));
        mvc.perform(post("/api/v1/me/practices")
                        .with(user(stranger))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Чужая\",\"summary\":\"Описание\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("не связана с записью педагога")));
        assertThat(count(world.schoolB())).isZero();
    }

    private long count(ru.nastavnik.shared.OrganisationId school) {
        return jdbc.queryForObject(
                "select count(*) from practice where organisation_id = ?", Long.class, school.value());
    }
}
