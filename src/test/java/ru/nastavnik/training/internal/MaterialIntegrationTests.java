package ru.nastavnik.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Materials published by a school and by its municipality, found in Russian, kept with their file history. */
@SpringBootTest
@AutoConfigureMockMvc
class MaterialIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures.World world;
    NastavnikPrincipal curatorA;
    NastavnikPrincipal mentorA;
    NastavnikPrincipal mentorB;
    NastavnikPrincipal methodologist;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curatorA = fixtures.user(Role.CURATOR, world.schoolA());
        mentorA = fixtures.user(Role.MENTOR, world.schoolA());
        mentorB = fixtures.user(Role.MENTOR, world.schoolB());
        methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
    }

    static MockMultipartHttpServletRequestBuilder publish(Object org, String title, byte[] file, String name) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/organisations/" + org + "/materials");
        if (file != null) {
            request.file(new MockMultipartFile("file", name, "application/pdf", file));
        }
        return request.param("kind", file == null ? "LINK" : "FILE")
                .param("title", title)
                .param("description", "Как выстроить доверительные отношения с семьями учеников")
                .param("topics", "parents")
                .param("audiences", "MENTORS");
    }

    private String id(MockMultipartHttpServletRequestBuilder request, NastavnikPrincipal as) throws Exception {
        return JsonPath.read(
                mvc.perform(request.with(user(as)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    @Test
    void aSchoolsMaterialIsFoundInRussianByItsOwnMentorsAndNotByAnotherSchool() throws Exception {
        String material =
                id(publish(world.schoolA(), "Работа с родителями молодого педагога", PDF, "памятка.pdf"), curatorA);

        // «родителям» finds «родителями»: the russian configuration stems the words
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/materials")
                        .param("q", "родителям")
                        .with(user(mentorA)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(material))
                .andExpect(jsonPath("$.content[0].topics[0].code").value("parents"))
                .andExpect(jsonPath("$.content[0].authorName").value(curatorA.fullName()));
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/materials")
                        .param("q", "оценивание")
                        .with(user(mentorA)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/materials")
                        .param("audience", "MENTEES")
                        .with(user(mentorA)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/materials")
                        .param("topic", "parents")
                        .with(user(mentorA)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/training/materials").param("q", "родители").with(user(mentorA)))
                .andExpect(content().string(containsString("Работа с родителями молодого педагога")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"publish-material\""))));

        mvc.perform(get("/api/v1/organisations/" + world.schoolB() + "/materials")
                        .with(user(mentorB)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/training/materials/" + material).with(user(mentorB))).andExpect(status().isNotFound());
        mvc.perform(get("/training/materials/" + material + "/files/1").with(user(mentorB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/training/materials/" + material + "/files/1").with(user(mentorA)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
    }

    @Test
    void theMunicipalitysMaterialIsReadInEverySchoolBelowAndEditedOnlyByItsMethodologist() throws Exception {
        String link = id(
                publish(world.municipality(), "Семинар о наставничестве", null, null)
                        .param("url", "https://edu.example.ru/seminar"),
                methodologist);

        for (NastavnikPrincipal mentor : new NastavnikPrincipal[] {mentorA, mentorB}) {
            mvc.perform(get("/api/v1/organisations/" + mentor.homeOrganisation().orElseThrow() + "/materials")
                            .with(user(mentor)))
                    .andExpect(jsonPath("$.content[0].id").value(link))
                    .andExpect(jsonPath("$.content[0].url").value("https://edu.example.ru/seminar"));
        }
        String etag = mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/materials/" + link)
                        .with(user(curatorA)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        String edit =
                "{\"title\":\"Перехват\",\"url\":\"https://edu.example.ru\",\"topics\":[],\"audiences\":[\"MENTORS\"]}";
        mvc.perform(put("/api/v1/organisations/" + world.schoolA() + "/materials/" + link)
                        .with(user(curatorA))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/organisations/" + world.municipality() + "/materials/" + link)
                        .with(user(methodologist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/organisations/" + world.municipality() + "/materials/" + link)
                        .with(user(methodologist))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Перехват"));
        mvc.perform(publish(world.schoolA(), "Наставник не публикует", PDF, "a.pdf")
                        .with(user(mentorA)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where subject_id = ?::uuid", Integer.class, link))
                .isEqualTo(2);
    }

    @Test
    void aFileThatLiesAboutItsTypeABadLinkAndAnEmptyTitleAreRefusedAndNothingIsKept() throws Exception {
        mvc.perform(publish(world.schoolA(), "Памятка", "это не PDF".getBytes(StandardCharsets.UTF_8), "памятка.pdf")
                        .with(user(curatorA)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("определено по содержимому")));
        mvc.perform(publish(world.schoolA(), "Ссылка", null, null)
                        .param("url", "javascript:alert(1)")
                        .with(user(curatorA)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("url"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("http://")));
        mvc.perform(publish(world.schoolA(), " ", PDF, "a.pdf").with(user(curatorA)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Название: укажите название материала."));
        mvc.perform(publish(world.schoolA(), "Тема не из словаря", PDF, "a.pdf")
                        .param("topics", "no-such-topic")
                        .with(user(curatorA)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("topics"));
        mvc.perform(multipart("/training/materials")
                        .param("organisation", world.schoolA().toString())
                        .param("kind", "LINK")
                        .param("title", "Без адреса")
                        .param("audiences", "MENTORS")
                        .with(user(curatorA))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("начинающийся с http://")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from training_material where organisation_id = ?",
                        Integer.class,
                        world.schoolA().value()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from stored_file where organisation_id = ? and purpose = 'training-material'",
                        Integer.class,
                        world.schoolA().value()))
                .isZero();
    }

    @Test
    void replacingTheFileKeepsTheOldVersionDownloadable() throws Exception {
        String material = id(publish(world.schoolA(), "Шаблон плана", PDF, "план.pdf"), curatorA);
        byte[] second = "%PDF-1.7\n% вторая версия\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/training/materials/" + material + "/file")
                        .file(new MockMultipartFile("file", "план-2.pdf", "application/pdf", second))
                        .with(user(curatorA))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/training/materials/" + material + "/file")
                        .file(new MockMultipartFile(
                                "file", "план.pdf", "application/pdf", "<html>".getBytes(StandardCharsets.UTF_8)))
                        .with(user(curatorA))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/materials/" + material)
                        .with(user(mentorA)))
                .andExpect(jsonPath("$.files.length()").value(2))
                .andExpect(jsonPath("$.files[0].originalName").value("план-2.pdf"));
        mvc.perform(get("/training/materials/" + material + "/files/1").with(user(mentorA)))
                .andExpect(content().bytes(PDF))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/materials/" + material + "/files/2")
                        .with(user(mentorA)))
                .andExpect(content().bytes(second));
        mvc.perform(get("/training/materials/" + material).with(user(curatorA)))
                .andExpect(content().string(containsString("Версия 1: план.pdf")))
                .andExpect(content().string(containsString("id=\"edit-material\"")));
        mvc.perform(multipart("/training/materials/" + material + "/file")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
                        .with(user(mentorA))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theEditFormSavesOnTheVersionItShowedAndRefusesAStaleOne() throws Exception {
        String material = id(publish(world.schoolA(), "Памятка наставнику", PDF, "a.pdf"), curatorA);
        mvc.perform(get("/training/materials/" + material + "/edit").with(user(curatorA)))
                .andExpect(content().string(containsString("value=\"Памятка наставнику\"")));
        mvc.perform(post("/training/materials/" + material)
                        .param("title", "Памятка наставнику, 2-е изд.")
                        .param("topics", "parents")
                        .param("audiences", "MENTORS", "CURATORS")
                        .param("version", "0")
                        .with(user(curatorA))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/training/materials/" + material)
                        .param("title", "Перезапись")
                        .param("audiences", "MENTORS")
                        .param("version", "0")
                        .with(user(curatorA))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("изменил кто-то другой")));
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/materials/" + material)
                        .with(user(mentorA)))
                .andExpect(jsonPath("$.title").value("Памятка наставнику, 2-е изд."))
                .andExpect(jsonPath("$.audiences.length()").value(2))
                .andExpect(header().string("ETag", "\"1\""));
    }
}
