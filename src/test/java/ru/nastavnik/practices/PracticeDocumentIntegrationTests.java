package ru.nastavnik.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.web.Flash;

/** The school describes its practice in the contest's sections and records the authors' consent; the DOCX carries it all. */
@SpringBootTest
@AutoConfigureMockMvc
class PracticeDocumentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PracticeShelf shelf;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aConsentRecordedOnTheCardMeanwhileLeavesTheLaterOneUnsavedWithAMessageNotAServerError() throws Exception {
        Fixtures.World world = fixtures.world();
        PracticeShelf.Shelved p = shelf.accepted(world.schoolA(), "Взаимопосещение", "Кратко о практике");
        String opened = mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/practices/" + p.id())
                        .with(user(p.curator())))
                .andReturn()
                .getResponse()
                .getHeader("ETag")
                .replace("\"", "");
        mvc.perform(post("/practices/" + p.id() + "/consent")
                        .param("givenOn", "2026-11-20")
                        .param("version", opened)
                        .with(user(p.curator()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/practices/" + p.id()))
                .andExpect(flash().attributeExists("flash"));
        // the same card, opened before the consent above was recorded
        mvc.perform(post("/practices/" + p.id() + "/consent")
                        .param("givenOn", "2026-11-21")
                        .param("version", opened)
                        .with(user(p.curator()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/practices/" + p.id()))
                .andExpect(result -> assertThat(((Flash) result.getFlashMap().get("flashError")).key())
                        .isEqualTo("error.conflict"));
        mvc.perform(post("/practices/" + p.id() + "/consent")
                        .param("givenOn", "2026-11-22")
                        .with(user(p.curator()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("без версии")));
        mvc.perform(get("/practices/" + p.id()).with(user(p.curator())))
                .andExpect(content().string(containsString("20.11.2026")))
                .andExpect(content().string(not(containsString("21.11.2026"))));
    }

    @Test
    void theContestEntryReadsBackWithItsSectionsAuthorsAndConsent() throws Exception {
        Fixtures.World world = fixtures.world();
        PracticeShelf.Shelved p = shelf.accepted(world.schoolA(), "Взаимопосещение", "Кратко о практике");
        String api = "/api/v1/organisations/" + world.schoolA() + "/practices/" + p.id();
        String body = """
                {"title":"Взаимопосещение уроков","summary":"Кратко о практике","problem":"Молодые учителя уходят из школы",
                 "goals":"Закрепить молодого учителя","content":"Еженедельные посещения уроков","results":"Никто не ушёл",
                 "materials":"Карта наблюдения урока"}""";
        mvc.perform(put(api + "/description")
                        .with(user(p.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isPreconditionRequired());
        String etag = mvc.perform(get(api).with(user(p.curator())))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put(api + "/description")
                        .with(user(p.curator()))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Кратко о практике", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("summary"));
        mvc.perform(put(api + "/description")
                        .with(user(p.curator()))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description.problem").value("Молодые учителя уходят из школы"));
        mvc.perform(put(api + "/description")
                        .with(user(p.curator()))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isPreconditionFailed());

        String current = mvc.perform(get(api).with(user(p.curator())))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put(api + "/distribution-consent")
                        .with(user(p.curator()))
                        .header("If-Match", current)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenOn\":\"2099-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("givenOn"));
        mvc.perform(post("/practices/" + p.id() + "/consent")
                        .param("givenOn", "2026-11-20")
                        .param("version", current.replace("\"", ""))
                        .with(user(p.curator()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/practices/" + p.id()));
        mvc.perform(get(api).with(user(p.curator())))
                .andExpect(jsonPath("$.practice.distributionConsent.givenOn").value("2026-11-20"))
                .andExpect(jsonPath("$.practice.distributionConsent.recordedBy")
                        .value(p.curator().id().value().toString()));
        mvc.perform(get("/practices/" + p.id()).with(user(p.curator())))
                .andExpect(content().string(containsString("20.11.2026")));

        byte[] docx = mvc.perform(get(api + "/document").with(user(p.curator())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".docx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            text = extractor.getText();
        }
        assertThat(text)
                .contains(
                        "ОПИСАНИЕ ПРАКТИКИ НАСТАВНИЧЕСТВА",
                        "Взаимопосещение уроков",
                        "Лебедева Ольга Игоревна",
                        "Молодые учителя уходят из школы",
                        "Закрепить молодого учителя",
                        "Еженедельные посещения уроков",
                        "Никто не ушёл",
                        "Карта наблюдения урока",
                        "копилка школы",
                        "получено 20.11.2026");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where organisation_id = ? and action = 'GENERATE' "
                                + "and ? = any(subject_ids)",
                        Long.class,
                        world.schoolA().value(),
                        p.author().value()))
                .isEqualTo(1);

        // the municipality reads the school's accepted practice in its library, and prints it too
        var municipal = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        mvc.perform(get("/practices/" + p.id() + "/document").with(user(municipal)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations/" + world.municipality() + "/practices/" + p.id() + "/document")
                        .with(user(municipal)))
                .andExpect(status().isOk());
    }

    @Test
    void theDescriptionFormKeepsWhatWasTypedOnAStaleSaveAndIsClosedWhileALevelAboveDecides() throws Exception {
        Fixtures.World world = fixtures.world();
        PracticeShelf.Shelved p = shelf.accepted(world.schoolA(), "Клуб молодого педагога", "Встречи");
        mvc.perform(get("/practices/" + p.id() + "/edit").with(user(p.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Клуб молодого педагога")));
        mvc.perform(post("/practices/" + p.id() + "/edit")
                        .param("title", "Клуб")
                        .param("summary", "")
                        .param("version", "0")
                        .with(user(p.curator()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Описание практики пусто")));
        String read = version(world, p);
        jdbc.update(
                "update practice set version = version + 1, problem = 'Сохранено другим' where id = ?", p.id().value());
        mvc.perform(post("/practices/" + p.id() + "/edit")
                        .param("title", "Клуб")
                        .param("summary", "Встречи")
                        .param("problem", "Моя проблема")
                        .param("version", read)
                        .with(user(p.curator()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Сохранено другим")))
                .andExpect(content().string(containsString("Моя проблема")));
        mvc.perform(post("/practices/" + p.id() + "/edit")
                        .param("title", "Клуб")
                        .param("summary", "Встречи")
                        .param("problem", "Моя проблема")
                        .param("version", version(world, p))
                        .with(user(p.curator()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/practices/" + p.id()));
        mvc.perform(post("/api/v1/organisations/" + world.schoolA() + "/practices/" + p.id() + "/proposal")
                        .with(user(p.curator())))
                .andExpect(status().isOk());
        mvc.perform(post("/practices/" + p.id() + "/edit")
                        .param("title", "Клуб")
                        .param("summary", "Встречи")
                        .param("version", version(world, p))
                        .with(user(p.curator()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("рассматривается на уровне выше")));
        var municipal = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        mvc.perform(get("/practices/library").with(user(municipal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"proposals\"")))
                .andExpect(content().string(containsString("Клуб")));
        mvc.perform(get("/practices/" + p.id() + "/edit").with(user(municipal))).andExpect(status().isNotFound());
    }

    private String version(Fixtures.World world, PracticeShelf.Shelved p) throws Exception {
        return mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/practices/" + p.id())
                        .with(user(p.curator())))
                .andReturn()
                .getResponse()
                .getHeader("ETag")
                .replace("\"", "");
    }
}
