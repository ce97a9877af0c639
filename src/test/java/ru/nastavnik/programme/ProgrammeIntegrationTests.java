package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Listeners;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A programme from the mentee's needs, approved, worked through by the pair with evidence, evaluated and completed. */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    Listeners listeners;

    @Test
    void registeringTheOrderApprovingProgrammesApprovesAndStartsThem() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        String programme = JsonPath.read(
                mvc.perform(post("/api/v1/mentorships/" + pair.mentorship() + "/programme")
                                .with(user(pair.curator())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String base = "/api/v1/organisations/" + pair.school();
        String order = JsonPath.read(
                mvc.perform(post(base + "/orders/programmes")
                                .with(user(pair.curator()))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"programmeIds\":[\"" + programme + "\"]}"))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.kind").value("PROGRAMME_APPROVAL"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        byte[] docx = mvc.perform(get(base + "/orders/" + order + "/document").with(user(pair.curator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText())
                    .contains("Об утверждении персонализированных программ наставничества")
                    .contains("Соловьёва Вера Павловна");
        }
        mvc.perform(multipart(base + "/orders/" + order + "/register")
                        .file(new MockMultipartFile(
                                "scan",
                                "p.pdf",
                                "application/pdf",
                                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()))
                        .param("number", "P-" + order.substring(0, 6))
                        .param("orderDate", SchoolToday.date().toString())
                        .with(user(pair.curator())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/programmes/" + programme).with(user(pair.curator())))
                .andExpect(jsonPath("$.programme.status").value("IN_PROGRESS"));
        mvc.perform(post(base + "/orders/programmes")
                        .with(user(pair.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programmeIds\":[\"" + programme + "\"]}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void thePairWorksThroughItsProgrammeAndOnlyThePairAndTheCuratorMayTouchIt() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("discipline", "parents"));
        NastavnikPrincipal curator = pair.curator();
        String programme = JsonPath.read(
                mvc.perform(post("/api/v1/mentorships/" + pair.mentorship() + "/programme")
                                .with(user(curator)))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status").value("DRAFT"))
                        .andExpect(jsonPath("$.activities.length()").value(5))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(post("/api/v1/mentorships/" + pair.mentorship() + "/programme")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/programmes/" + programme).with(user(pair.mentor())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.isMentor").value(true))
                .andExpect(jsonPath("$.mayEdit").value(false));
        mvc.perform(post("/api/v1/programmes/" + programme + "/approve").with(user(pair.mentor())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/programmes/" + programme + "/approve").with(user(curator)))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));

        String activity = JsonPath.read(
                mvc.perform(get("/api/v1/programmes/" + programme).with(user(curator)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.programme.activities[1].id");
        mvc.perform(post("/api/v1/programmes/" + programme + "/activities/" + activity + "/done")
                        .with(user(pair.stranger()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/programmes/" + programme + "/activities/" + activity + "/done")
                        .with(user(pair.mentor()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"Разобрали три ситуации\"}"))
                .andExpect(jsonPath("$.activities[1].doneOn")
                        .value(SchoolToday.date().toString()));
        MockMultipartFile hostile =
                new MockMultipartFile("file", "план.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0, 1, 2});
        mvc.perform(multipart("/api/v1/programmes/" + programme + "/activities/" + activity + "/evidence")
                        .file(hostile)
                        .param("title", "План")
                        .with(user(pair.mentor())))
                .andExpect(status().isUnprocessableContent());
        MockMultipartFile pdf = new MockMultipartFile(
                "file", "план.pdf", "application/pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes());
        String evidence = JsonPath.read(
                mvc.perform(multipart("/api/v1/programmes/" + programme + "/activities/" + activity + "/evidence")
                                .file(pdf)
                                .param("title", "Конспект")
                                .with(user(pair.mentee())))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.file").value(true))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        org.assertj.core.api.Assertions.assertThat(ProgrammeDocumentIntegrationTests.fileName(
                        mvc.perform(get("/mentorship/programmes/" + programme + "/evidence/" + evidence)
                                        .with(user(pair.mentor())))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getHeader("Content-Disposition")))
                .as("the file comes back under the name it was uploaded with")
                .isEqualTo("план.pdf");
        mvc.perform(multipart("/api/v1/programmes/" + programme + "/activities/" + activity + "/evidence")
                        .param("title", "Видео урока")
                        .param("url", "https://school.example/video")
                        .with(user(pair.mentor())))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/programmes/" + programme + "/meetings")
                        .with(user(pair.mentee()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"" + SchoolToday.date()
                                + "\",\"topic\":\"Разбор урока\",\"outcome\":\"Договорились о правилах\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/programmes/" + programme + "/comments")
                        .with(user(pair.mentee()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Можно перенести встречу на четверг?\"}"))
                .andExpect(jsonPath("$.authorRole").value("MENTEE"));
        mvc.perform(post("/api/v1/programmes/" + programme + "/comments")
                        .with(user(pair.stranger()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Чужой\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes/" + programme).with(user(pair.mentor())))
                .andExpect(jsonPath("$.comments[0].text").value("Можно перенести встречу на четверг?"));
        mvc.perform(get("/api/v1/organisations/" + pair.school() + "/programmes")
                        .with(user(curator)))
                .andExpect(jsonPath("$.content[0].activities[1].doneOn").exists());
        mvc.perform(get("/api/v1/me/programmes").with(user(pair.mentee())))
                .andExpect(jsonPath("$.length()").value(1));

        mvc.perform(post("/api/v1/programmes/" + programme + "/complete").with(user(curator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("самооценка")));
        mvc.perform(post("/api/v1/programmes/" + programme + "/evaluation")
                        .with(user(pair.mentee()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Стала увереннее на уроках\"}"))
                .andExpect(jsonPath("$.menteeEvaluation").value("Стала увереннее на уроках"));
        mvc.perform(post("/api/v1/programmes/" + programme + "/evaluation")
                        .with(user(pair.mentor()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Цели достигнуты\"}"))
                .andExpect(jsonPath("$.mentorEvaluation").value("Цели достигнуты"));

        byte[] docx = mvc.perform(
                        get("/api/v1/programmes/" + programme + "/document").with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText())
                    .contains("ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА")
                    .contains("УТВЕРЖДЕНО")
                    .contains("Дисциплина и мотивация на уроке")
                    .contains("выполнено")
                    .contains("Цели достигнуты")
                    .contains("Наставляемый: Соловьёва");
        }
        mvc.perform(post("/api/v1/programmes/" + programme + "/complete")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmed\":true,\"reason\":\"Цели достигнуты раньше срока\"}"))
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        mvc.perform(get("/api/v1/organisations/" + pair.school() + "/mentorships/" + pair.mentorship())
                        .with(user(curator)))
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        listeners.awaitCompletion();
        mvc.perform(get("/api/v1/me/questionnaires").with(user(pair.mentee())))
                .andExpect(jsonPath("$[0].title").value(containsString("анкета наставляемого")));
        mvc.perform(get("/api/v1/me/questionnaires").with(user(pair.mentor())))
                .andExpect(jsonPath("$[0].title").value(containsString("анкета наставника")));
    }
}
