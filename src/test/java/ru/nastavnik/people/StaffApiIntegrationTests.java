package ru.nastavnik.people;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.VersionedEdits;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

@SpringBootTest
@AutoConfigureMockMvc
class StaffApiIntegrationTests {

    private static final String TEACHER = """
            {"lastName":"Кузнецова","firstName":"Анна","middleName":"Сергеевна","gender":"FEMALE",
             "birthDate":"1990-05-17","positions":["учитель начальных классов"],"subjects":["русский язык","чтение"],
             "totalExperienceYears":8,"teachingExperienceYears":6,"qualificationCategory":"FIRST",
             "email":"kuznetsova@example.ru","phone":"+7 912 345-67-89"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

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
    void curatorCreatesReadsUpdatesAndArchivesATeacher() throws Exception {
        String id = create(TEACHER);
        String etag = mvc.perform(get(base + "/" + id).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastName").value("Кузнецова"))
                .andExpect(jsonPath("$.subjects[1]").value("чтение"))
                .andExpect(jsonPath("$.birthDate").value("1990-05-17"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put(base + "/" + id)
                        .with(user(curator))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEACHER.replace("\"FIRST\"", "\"HIGHEST\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qualificationCategory").value("HIGHEST"));
        mvc.perform(delete(base + "/" + id).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.archived").value(true));
        mvc.perform(get(base).with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get(base).param("archived", "true").with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    /** The supplementary agreement on mentoring names the contract: it goes in, comes back, and is changed by version. */
    @Test
    void theEmploymentContractIsCreatedReadAndChangedWithTheCard() throws Exception {
        String withContract = TEACHER.replace(
                "\"phone\"",
                "\"employmentContractNumber\":\"№ 15\",\"employmentContractDate\":\"2019-09-01\",\"phone\"");
        String id = create(withContract);
        String etag = mvc.perform(get(base + "/" + id).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.employmentContractNumber").value("15"))
                .andExpect(jsonPath("$.employmentContractDate").value("2019-09-01"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(get("/people/staff/" + id).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Номер трудового договора")))
                .andExpect(content().string(containsString("01.09.2019")));
        mvc.perform(get("/people/staff/" + id + "/edit").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"15\"")))
                .andExpect(content().string(containsString("value=\"2019-09-01\"")));
        String next = mvc.perform(put(base + "/" + id)
                        .with(user(curator))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withContract.replace("№ 15", "15-тд").replace("2019-09-01", "2020-01-10")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.employmentContractNumber").value("15-тд"))
                .andExpect(jsonPath("$.employmentContractDate").value("2020-01-10"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        org.assertj.core.api.Assertions.assertThat(next).isNotEqualTo(etag);
        mvc.perform(put(base + "/" + id)
                        .with(user(curator))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withContract))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put(base + "/" + id)
                        .with(user(curator))
                        .header("If-Match", next)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEACHER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.employmentContractNumber").doesNotExist());
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/audit")
                        .param("subject", id)
                        .with(user(curator)))
                .andExpect(jsonPath("$.content[*].details").value(hasItem(containsString("employmentContractNumber"))));
    }

    @Test
    void aContractDatedInTheFutureOrWithAnOverlongNumberIsRefusedInRussianAndNothingIsStored() throws Exception {
        String bad = TEACHER.replace(
                "\"phone\"",
                "\"employmentContractNumber\":\"" + "7".repeat(51) + "\",\"employmentContractDate\":\""
                        + SchoolToday.date().plusDays(2) + "\",\"phone\"");
        mvc.perform(post(base)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("employmentContractNumber")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("employmentContractDate")))
                .andExpect(jsonPath("$.errors[*].message")
                        .value(hasItem("Номер трудового договора — не длиннее 50 символов.")))
                .andExpect(jsonPath("$.errors[*].message")
                        .value(hasItem("Дата трудового договора не может быть позже сегодняшнего дня.")));
        mvc.perform(post(base)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEACHER.replace("\"phone\"", "\"employmentContractDate\":\"1019-09-01\",\"phone\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Дата трудового договора не может быть раньше 1950 года."));
        mvc.perform(get(base).with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void listIsPagedAndSearchable() throws Exception {
        for (String name : new String[] {"Абрамова", "Борисова", "Власова"}) {
            create(TEACHER.replace("Кузнецова", name).replace("kuznetsova@", name.length() + name.hashCode() + "@"));
        }
        mvc.perform(get(base).param("size", "2").with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].lastName").value("Абрамова"));
        mvc.perform(get(base).param("q", "бори").with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].lastName").value("Борисова"));
    }

    @Test
    void invalidDataIsRefusedFieldByFieldInRussian() throws Exception {
        String bad = TEACHER.replace("\"Анна\"", "\"\"")
                .replace("kuznetsova@example.ru", "not-an-email")
                .replace("\"teachingExperienceYears\":6", "\"teachingExperienceYears\":30");
        mvc.perform(post(base)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("firstName")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("email")))
                .andExpect(jsonPath("$.errors[*].message")
                        .value(hasItem("Педагогический стаж не может быть больше общего.")));
        mvc.perform(get(base).with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void malformedJsonIsA400WithARussianExplanation() throws Exception {
        mvc.perform(post(base)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gender\":\"X\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("gender"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("«gender»")));
        mvc.perform(post(base)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lastName\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("JSON")));
    }

    @Test
    void readingACardAndChangingItAreAudited() throws Exception {
        String id = create(TEACHER);
        mvc.perform(get(base + "/" + id).with(user(curator))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/audit")
                        .param("subject", id)
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].action").value("READ"))
                .andExpect(jsonPath("$.content[0].actor").value(curator.getUsername()))
                .andExpect(jsonPath("$.content[1].action").value("CREATE"));
    }

    @Test
    void aListShowingAPersonIsARecordedReadOfHerData() throws Exception {
        String id = create(TEACHER);
        mvc.perform(get(base).with(user(curator))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/audit")
                        .param("subject", id)
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].action").value("READ"))
                .andExpect(jsonPath("$.content[0].details").value("в списке педагогов"))
                .andExpect(jsonPath("$.content[0].actor").value(curator.getUsername()));
    }

    @Test
    void aListViewIsOneAuditRecordNamingEveryoneItShowed() throws Exception {
        String first = create(TEACHER);
        String second = create(TEACHER.replace("Кузнецова", "Смирнова").replace("kuznetsova", "smirnova"));
        mvc.perform(get(base).with(user(curator))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/audit").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].action").value("READ"))
                .andExpect(jsonPath("$.content[0].subjects.length()").value(2))
                .andExpect(jsonPath("$.content[0].subjects[*].id").value(hasItem(first)))
                .andExpect(jsonPath("$.content[0].subjects[*].id").value(hasItem(second)))
                .andExpect(jsonPath("$.content[0].subjects[*].name").value(hasItem("Смирнова Анна Сергеевна")))
                .andExpect(jsonPath("$.content[1].action").value("CREATE"));
        mvc.perform(get("/audit/entries")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Люди в списке: 2")));
    }

    @Test
    void aNulCharacterInABodyOrASearchIsABadRequestInRussian() throws Exception {
        mvc.perform(post(base)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEACHER.replace("\"Анна\"", "\"Ан\\u0000на\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("firstName"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("управляющие символы")));
        mvc.perform(get(base).param("q", "Ива\u0000нова").with(user(curator)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("«q»")));
        mvc.perform(get("/people/staff")
                        .param("organisation", world.schoolA().toString())
                        .param("q", "a\u202eb")
                        .with(user(curator)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aPageNumberPastAnyListIsABadRequestNotAServerError() throws Exception {
        mvc.perform(get(base).param("page", "85899346").with(user(curator)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("страницы")));
        mvc.perform(get("/people/staff")
                        .param("organisation", world.schoolA().toString())
                        .param("page", "99999999999")
                        .with(user(curator)))
                .andExpect(status().isBadRequest());
        mvc.perform(get(base).param("page", "-1").with(user(curator)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void aLatinLetterInsideACyrillicSurnameAndThousandsOfPositionsAreRefused() throws Exception {
        mvc.perform(post(base)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEACHER.replace("Кузнецова", "Кузнецовa")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lastName"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("латинские")));
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 10_000; i++) {
            many.append(i == 0 ? "" : ",").append("\"должность ").append(i).append('"');
        }
        many.append(']');
        mvc.perform(post(base)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEACHER.replace("[\"учитель начальных классов\"]", many.toString())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("positions"));
    }

    /** Two editors read the same card; the second to save is told, and the first one's change is kept. */
    @Test
    void aSecondEditOnAStaleVersionIsRefusedAndAnEditWithoutAVersionIsAskedForIt() throws Exception {
        String id = create(TEACHER);
        String etag = mvc.perform(get(base + "/" + id).with(user(curator)))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        org.assertj.core.api.Assertions.assertThat(etag).matches("\"\\d+\"");
        mvc.perform(put(base + "/" + id)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEACHER))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("If-Match")));
        String next = mvc.perform(put(base + "/" + id)
                        .with(user(curator))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEACHER.replace("Анна", "Алла")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        org.assertj.core.api.Assertions.assertThat(next).isNotEqualTo(etag);
        mvc.perform(put(base + "/" + id)
                        .with(user(curator))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEACHER.replace("Анна", "Инна")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", next))
                .andExpect(jsonPath("$.title").value(containsString("изменили")));
        mvc.perform(get(base + "/" + id).with(user(curator)))
                .andExpect(jsonPath("$.firstName").value("Алла"));
    }

    /** The web form carries the version; a stale save keeps what she typed and shows the value saved meanwhile. */
    @Test
    void aStaleWebFormKeepsHerInputAndShowsTheOtherValueBesideIt() throws Exception {
        String id = create(TEACHER);
        String etag = mvc.perform(get(base + "/" + id).with(user(curator)))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        String version = etag.replace("\"", "");
        mvc.perform(put(base + "/" + id)
                        .with(user(curator))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEACHER.replace("Анна", "Алла")))
                .andExpect(status().isOk());
        mvc.perform(post("/people/staff/" + id)
                        .with(user(curator))
                        .with(csrf())
                        .param("version", version)
                        .param("lastName", "Кузнецова")
                        .param("firstName", "Инна")
                        .param("middleName", "Сергеевна")
                        .param("gender", "FEMALE")
                        .param("positions", "учитель начальных классов"))
                .andExpect(VersionedEdits.staleFormKeeps("value=\"Инна\"", "Алла"));
        mvc.perform(get(base + "/" + id).with(user(curator)))
                .andExpect(jsonPath("$.firstName").value("Алла"));
    }

    private String create(String json) throws Exception {
        String body = mvc.perform(post(base)
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
