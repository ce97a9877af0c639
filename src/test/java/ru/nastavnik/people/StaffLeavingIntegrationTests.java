package ru.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A person's leaving (date, reason, comment) on the API, the card and the import; the rehire; the audit; and what it
 * does to her pairs: a pair of two ends on her last working day, a group goes on without her.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffLeavingIntegrationTests {

    static final String TEACHER = """
            {"lastName":"Лебедева","firstName":"Дарья","gender":"FEMALE","birthDate":"1999-02-03",
             "positions":["учитель"],"teachingExperienceYears":1,"hiredOn":"2024-09-01"%s}""";
    static final String LEFT =
            ",\"leftOn\":\"2025-06-30\",\"leavingReason\":\"OWN_WISH\",\"leavingComment\":\"переезд\"";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures.World world;
    NastavnikPrincipal curator;
    String base;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        base = "/api/v1/organisations/" + world.schoolA() + "/staff";
    }

    @Test
    void theApiRecordsALeavingByVersionAndTheListShowsWhoLeft() throws Exception {
        String id = create(TEACHER.formatted(""));
        String etag = etag(id);
        mvc.perform(put(base + "/" + id)
                        .with(user(curator))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEACHER.formatted(LEFT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leftOn").value("2025-06-30"))
                .andExpect(jsonPath("$.leavingReason").value("OWN_WISH"))
                .andExpect(jsonPath("$.leavingComment").value("переезд"))
                .andExpect(jsonPath("$.archived").value(true));
        // the version read before the leaving is stale now
        mvc.perform(put(base + "/" + id)
                        .with(user(curator))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEACHER.formatted("")))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get(base).with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get(base).param("left", "true").with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].leftOn").value("2025-06-30"));
        String list = mvc.perform(get("/people/staff")
                        .param("organisation", world.schoolA().toString())
                        .param("left", "true")
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Лебедева", "Уволен(а) 30.06.2025");
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/audit")
                        .param("subject", id)
                        .with(user(curator)))
                .andExpect(jsonPath("$.content[*].details")
                        .value(hasItem(containsString("увольнение 30.06.2025 (по собственному желанию)"))));
    }

    @Test
    void aLeavingInTheFutureBeforeTheHireOrWithoutAReasonIsRefusedInRussianAndNothingChanges() throws Exception {
        String id = create(TEACHER.formatted(""));
        String tomorrow = SchoolToday.date().plusDays(1).toString();
        refused(id, LEFT.replace("2025-06-30", tomorrow), "leftOn", "позже сегодняшнего дня");
        refused(id, LEFT.replace("2025-06-30", "2024-08-31"), "leftOn", "раньше даты приёма (01.09.2024)");
        refused(id, LEFT.replace(",\"leavingReason\":\"OWN_WISH\"", ""), "leavingReason", "Укажите причину");
        refused(id, ",\"leavingReason\":\"RETIREMENT\"", "leftOn", "Укажите дату увольнения");
        mvc.perform(get(base + "/" + id).with(user(curator)))
                .andExpect(jsonPath("$.leftOn").doesNotExist())
                .andExpect(jsonPath("$.archived").value(false));
    }

    @Test
    void theCardRecordsALeavingAndTheCuratorRehiresWithTheAudit() throws Exception {
        String id = create(TEACHER.formatted(""));
        mvc.perform(post("/people/staff/" + id)
                        .with(user(curator))
                        .with(csrf())
                        .param("lastName", "Лебедева")
                        .param("firstName", "Дарья")
                        .param("gender", "FEMALE")
                        .param("positions", "учитель")
                        .param("hiredOn", "2024-09-01")
                        .param("version", "0")
                        .param("leftOn", "2025-08-31")
                        .param("leavingReason", "FIXED_TERM_END"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/staff/" + id));
        mvc.perform(get("/people/staff/" + id).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Уволен(а) 31.08.2025")))
                .andExpect(content().string(containsString("Истечение срочного трудового договора")));
        // a stale card shows what was saved meanwhile beside her input, and changes nothing
        mvc.perform(post("/people/staff/" + id)
                        .with(user(curator))
                        .with(csrf())
                        .param("lastName", "Лебедева")
                        .param("firstName", "Дарья")
                        .param("gender", "FEMALE")
                        .param("positions", "учитель")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("31.08.2025")));
        mvc.perform(post("/people/staff/" + id + "/restore").with(user(curator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/" + id).with(user(curator)))
                .andExpect(jsonPath("$.leftOn").doesNotExist())
                .andExpect(jsonPath("$.leavingReason").doesNotExist())
                .andExpect(jsonPath("$.archived").value(false));
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/audit")
                        .param("subject", id)
                        .with(user(curator)))
                .andExpect(jsonPath("$.content[*].details")
                        .value(hasItem(containsString("снята отметка об увольнении 31.08.2025"))));
    }

    /** The pair of two ends on her last working day; the group of two mentees goes on with the other one. */
    @Test
    void herPairEndsOnHerLastWorkingDayAndHerGroupGoesOnWithoutHer() throws Exception {
        String id = create(TEACHER.formatted(""));
        UUID mentee = UUID.fromString(id);
        UUID mentor = UUID.fromString(create(TEACHER.formatted("").replace("Лебедева", "Орлова")));
        UUID other = UUID.fromString(create(TEACHER.formatted("").replace("Лебедева", "Зуева")));
        UUID pair = pair(LocalDate.of(2025, 1, 15), mentor, mentee);
        UUID group = pair(LocalDate.of(2025, 2, 1), mentor, mentee, other);
        mvc.perform(put(base + "/" + id)
                        .with(user(curator))
                        .header("If-Match", etag(id))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEACHER.formatted(LEFT)))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForMap("select status, ended_on from mentorship where id = ?", pair))
                .containsEntry("status", "TERMINATED")
                .containsEntry("ended_on", java.sql.Date.valueOf("2025-06-30"));
        assertThat(jdbc.queryForObject("select status from mentorship where id = ?", String.class, group))
                .isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject(
                        "select to_date from mentorship_member where mentorship_id = ? and person_id = ?",
                        java.sql.Date.class,
                        group,
                        mentee))
                .isEqualTo(java.sql.Date.valueOf("2025-06-30"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from mentorship_member where mentorship_id = ? and to_date is null",
                        Integer.class,
                        group))
                .isEqualTo(2);
    }

    @Test
    void theImportReadsLeavingColumnsAndRefusesABadOneNamingRowAndColumnStoringNothing() throws Exception {
        String header = "Фамилия;Имя;Пол;Должность;Дата приёма;Дата увольнения;Причина увольнения\n";
        String good =
                "Соколова;Вера;Ж;учитель;01.09.2020;30.06.2024;по собственному желанию\nПетров;Иван;М;учитель;01.09.2021;;\n";
        String tomorrow =
                ru.nastavnik.shared.web.Dates.DATE.format(SchoolToday.date().plusDays(1));
        String bad = good + "Белова;Нина;Ж;учитель;01.09.2020;31.13.2024;выход на пенсию\n"
                + "Носов;Олег;М;учитель;01.09.2020;01.07.2024;ушёл сам\n"
                + "Лисина;Ада;Ж;учитель;01.09.2020;" + tomorrow + ";иное\n"
                + "Гусев;Ян;М;учитель;01.09.2020;01.07.2019;иное\n";
        upload(header + bad)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.stored").value(false))
                .andExpect(jsonPath("$.errorCount").value(4))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("Дата увольнения"))
                .andExpect(jsonPath("$.errors[1].row").value(5))
                .andExpect(jsonPath("$.errors[1].column").value("Причина увольнения"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("«ушёл сам» не распознана")))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("позже сегодняшнего дня")))
                .andExpect(jsonPath("$.errors[3].column").value("Дата увольнения"))
                .andExpect(jsonPath("$.errors[3].message").value(containsString("раньше даты приёма (01.09.2020)")));
        mvc.perform(get(base).param("archived", "true").with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(0));
        upload(header + good)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        mvc.perform(get(base).param("left", "true").with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].lastName").value("Соколова"))
                .andExpect(jsonPath("$.content[0].leavingReason").value("OWN_WISH"))
                .andExpect(jsonPath("$.content[0].archived").value(true));
    }

    private void refused(String id, String leaving, String field, String message) throws Exception {
        mvc.perform(put(base + "/" + id)
                        .with(user(curator))
                        .header("If-Match", etag(id))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEACHER.formatted(leaving)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString(message))));
    }

    private UUID pair(LocalDate startsOn, UUID mentor, UUID... mentees) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into mentorship (id, organisation_id, form, starts_on, ends_on, status, created_at)
                values (?, ?, 'педагог — педагог', ?, ?, 'ACTIVE', now())""", id, world.schoolA().value(), startsOn, startsOn.plusMonths(9));
        member(id, mentor, "MENTOR", startsOn);
        for (UUID mentee : mentees) {
            member(id, mentee, "MENTEE", startsOn);
        }
        return id;
    }

    private void member(UUID pair, UUID person, String role, LocalDate from) {
        jdbc.update("""
                insert into mentorship_member (mentorship_id, person_id, organisation_id, role, from_date)
                values (?, ?, ?, ?, ?)""", pair, person, world.schoolA().value(), role, from);
    }

    private String create(String json) throws Exception {
        return JsonPath.read(
                mvc.perform(post(base)
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private String etag(String id) throws Exception {
        return mvc.perform(get(base + "/" + id).with(user(curator)))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
    }

    private org.springframework.test.web.servlet.ResultActions upload(String csv) throws Exception {
        return mvc.perform(multipart(base + "/import")
                .file(new MockMultipartFile(
                        "file", "staff.csv", "application/octet-stream", csv.getBytes(StandardCharsets.UTF_8)))
                .with(user(curator)));
    }
}
