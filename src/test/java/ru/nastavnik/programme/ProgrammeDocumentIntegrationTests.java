package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.mentorship.MatchingToOrderIntegrationTests;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.mentorship.internal.DocumentWordingTests;

/** The programme as a school files it: its grif, its plan table on the page, its file name. */
@SpringBootTest
@AutoConfigureMockMvc
public class ProgrammeDocumentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures fixtures;

    @Test
    void theGrifShowsTheNumberAndDateOfTheRegisteredApprovalOrder() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        String programme = programme(pair);
        String base = "/api/v1/organisations/" + pair.school();
        String order = JsonPath.read(
                mvc.perform(post(base + "/orders/programmes")
                                .with(user(pair.curator()))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"programmeIds\":[\"" + programme + "\"]}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        assertThat(document(pair, programme)).contains("от ____________ № ______");
        assertThat(fileName(
                        mvc.perform(get(base + "/orders/" + order + "/document").with(user(pair.curator())))
                                .andReturn()
                                .getResponse()
                                .getHeader("Content-Disposition")))
                .isEqualTo("Проект приказа об утверждении персонализированных программ наставничества.docx");

        mvc.perform(multipart(base + "/orders/" + order + "/register")
                        .file(new MockMultipartFile(
                                "scan", "p.pdf", "application/pdf", MatchingToOrderIntegrationTests.PDF))
                        .param("number", "12-о")
                        .param("orderDate", "2026-12-03")
                        .with(user(pair.curator())))
                .andExpect(status().isOk());

        assertThat(document(pair, programme))
                .contains("УТВЕРЖДЕНО")
                .contains("от 03.12.2026 № 12-о")
                .doesNotContain("№ ______");
        assertThat(fileName(
                        mvc.perform(get(base + "/orders/" + order + "/document").with(user(pair.curator())))
                                .andReturn()
                                .getResponse()
                                .getHeader("Content-Disposition")))
                .isEqualTo(
                        "Приказ № 12-о от 03.12.2026 об утверждении персонализированных программ наставничества.docx");
    }

    @Test
    void aProgrammeApprovedOnItsPageStillGoesIntoTheApprovalOrderOnceAndItsGrifShowsThatOrder() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        String programme = programme(pair);
        String base = "/api/v1/organisations/" + pair.school();
        mvc.perform(post("/api/v1/programmes/" + programme + "/approve").with(user(pair.curator())))
                .andExpect(status().isOk());
        mvc.perform(get("/mentorship/programmes").with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + programme + "\"")))
                .andExpect(content()
                        .string(containsString("Программу, утверждённую кнопкой на её странице, тоже отметьте здесь")));

        String order = JsonPath.read(
                mvc.perform(post(base + "/orders/programmes")
                                .with(user(pair.curator()))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"programmeIds\":[\"" + programme + "\"]}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(multipart(base + "/orders/" + order + "/register")
                        .file(new MockMultipartFile(
                                "scan", "p.pdf", "application/pdf", MatchingToOrderIntegrationTests.PDF))
                        .param("number", "14-о")
                        .param("orderDate", "2026-12-03")
                        .with(user(pair.curator())))
                .andExpect(status().isOk());

        assertThat(document(pair, programme)).contains("от 03.12.2026 № 14-о");
        mvc.perform(get("/mentorship/programmes").with(user(pair.curator())))
                .andExpect(content().string(not(containsString("value=\"" + programme + "\""))));
        mvc.perform(post(base + "/orders/programmes")
                        .with(user(pair.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programmeIds\":[\"" + programme + "\"]}"))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void eachApprovedProgrammeIsTheAppendixNumberedAsItsPairsRowInTheOrder() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        MentorshipId second = fixtures.anotherPair(pair, "Абрамова", "Яковлева", List.of("exams"));
        String morozova = programme(pair);
        String abramova = programme(pair, second.value().toString());
        String base = "/api/v1/organisations/" + pair.school();
        String order = JsonPath.read(
                mvc.perform(post(base + "/orders/programmes")
                                .with(user(pair.curator()))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"programmeIds\":[\"" + morozova + "\",\"" + abramova + "\"]}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        assertThat(document(pair, morozova)).contains("Приложение № ___");
        mvc.perform(multipart(base + "/orders/" + order + "/register")
                        .file(new MockMultipartFile(
                                "scan", "p.pdf", "application/pdf", MatchingToOrderIntegrationTests.PDF))
                        .param("number", "21-о")
                        .param("orderDate", "2026-12-03")
                        .with(user(pair.curator())))
                .andExpect(status().isOk());

        String orderText = DocumentWordingTests.text(
                mvc.perform(get(base + "/orders/" + order + "/document").with(user(pair.curator())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        // the rows by the mentors' names: Абрамова's pair first, though the curator chose Морозова's first
        assertThat(orderText)
                .contains("(приложения № 1–2 к приказу; номер приложения — номер строки таблицы)")
                .containsSubsequence("1\tАбрамова Анна Павловна", "2\tМорозова Вера Павловна");
        assertThat(document(pair, abramova)).contains("Приложение № 1\nк приказу от 03.12.2026 № 21-о");
        assertThat(document(pair, morozova)).contains("Приложение № 2\nк приказу от 03.12.2026 № 21-о");
    }

    @Test
    void theProgrammeIsDownloadedUnderARussianNameThatSaysWhoseItIs() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        String programme = programme(pair);
        String docx = mvc.perform(
                        get("/api/v1/programmes/" + programme + "/document").with(user(pair.curator())))
                .andReturn()
                .getResponse()
                .getHeader("Content-Disposition");
        String pdf = mvc.perform(get("/mentorship/programmes/" + programme + "/document.pdf")
                        .with(user(pair.mentee())))
                .andReturn()
                .getResponse()
                .getHeader("Content-Disposition");

        assertThat(fileName(docx))
                .startsWith("Программа наставничества — Соловьёва ")
                .endsWith(".docx");
        assertThat(fileName(pdf))
                .startsWith("Программа наставничества — Соловьёва ")
                .endsWith(".pdf");
    }

    /** The name a browser saves the file under: RFC 5987's filename*, percent-encoded UTF-8. */
    public static String fileName(String contentDisposition) {
        String encoded = contentDisposition.substring(contentDisposition.indexOf("filename*=UTF-8''") + 17);
        return java.net.URLDecoder.decode(encoded.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    String programme(ProgrammeFixtures.ActivePair pair) throws Exception {
        return programme(pair, pair.mentorship().value().toString());
    }

    String programme(ProgrammeFixtures.ActivePair pair, String mentorship) throws Exception {
        return JsonPath.read(
                mvc.perform(post("/api/v1/mentorships/" + mentorship + "/programme")
                                .with(user(pair.curator())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    String document(ProgrammeFixtures.ActivePair pair, String programme) throws Exception {
        return DocumentWordingTests.text(
                mvc.perform(get("/api/v1/programmes/" + programme + "/document").with(user(pair.curator())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
    }
}
