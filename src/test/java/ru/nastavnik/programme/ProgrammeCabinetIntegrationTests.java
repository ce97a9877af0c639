package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.ProgrammeFixtures;

/** What the pair sees of its programme outside its page: the document as PDF, what is due in the coming week. */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeCabinetIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures fixtures;

    @Test
    void theProgrammeDocumentIsAlsoAPdfWithItsText() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("parents"));
        String programme = create(pair);
        mvc.perform(get("/mentorship/programmes/" + programme).with(user(pair.curator())))
                .andExpect(content().string(containsString("/mentorship/programmes/" + programme + "/document.pdf")));
        byte[] pdf = mvc.perform(
                        get("/api/v1/programmes/" + programme + "/document.pdf").with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String text = ru.nastavnik.mentorship.DocumentTablesPdfTestsAccess.joined(
                    new PDFTextStripper().getText(document));
            assertThat(text)
                    .contains("ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА")
                    .contains("Соловьёва")
                    .contains("родительского собрания");
        }
        byte[] page = mvc.perform(get("/mentorship/programmes/" + programme + "/document.pdf")
                        .with(user(pair.curator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(page, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        mvc.perform(get("/api/v1/programmes/" + programme + "/document.pdf").with(user(pair.stranger())))
                .andExpect(status().isNotFound());
        // the pair prints its own programme too, with the names of the pair and nobody else's
        byte[] mentors = mvc.perform(
                        get("/api/v1/programmes/" + programme + "/document.pdf").with(user(pair.mentor())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(mentors)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Соловьёва");
        }
        mvc.perform(get("/mentorship/programmes/" + programme).with(user(pair.mentee())))
                .andExpect(content().string(containsString("/document.pdf")));
    }

    @Test
    void theCabinetShowsWhatIsDueInTheComingWeekBesidesWhatIsOverdue() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("parents"));
        String programme = create(pair);
        activity(pair, programme, "Разбор первого урока", SchoolToday.date().plusDays(3));
        activity(pair, programme, "Подготовка к собранию", SchoolToday.date().plusDays(7));
        activity(pair, programme, "Через две недели", SchoolToday.date().plusDays(12));
        activity(pair, programme, "Уже сделанное", SchoolToday.date().plusDays(5));
        mvc.perform(get("/api/v1/me/programmes").with(user(pair.mentee())))
                .andExpect(jsonPath("$[0].dueSoon.length()").value(0));
        mvc.perform(post("/api/v1/programmes/" + programme + "/approve").with(user(pair.curator())))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        List<String> done = JsonPath.read(
                mvc.perform(get("/api/v1/programmes/" + programme).with(user(pair.curator())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.programme.activities[?(@.title == 'Уже сделанное')].id");
        mvc.perform(post("/api/v1/programmes/" + programme + "/activities/" + done.get(0) + "/done")
                        .with(user(pair.mentee()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/me/programmes").with(user(pair.mentee())))
                .andExpect(jsonPath("$[0].dueSoon.length()").value(2))
                .andExpect(jsonPath("$[0].dueSoon[0].title").value("Разбор первого урока"))
                .andExpect(jsonPath("$[0].dueSoon[1].title").value("Подготовка к собранию"))
                .andExpect(jsonPath("$[0].activities[?(@.title == 'Через две недели')].dueSoon")
                        .value(false));
        mvc.perform(get("/mentorship/my").with(user(pair.mentor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("в ближайшие 7 дней: 2")))
                .andExpect(content().string(containsString("Разбор первого урока — до ")))
                .andExpect(content().string(not(containsString("Через две недели"))));
    }

    private String create(ProgrammeFixtures.ActivePair pair) throws Exception {
        return JsonPath.read(
                mvc.perform(post("/api/v1/mentorships/" + pair.mentorship() + "/programme")
                                .with(user(pair.curator())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private void activity(ProgrammeFixtures.ActivePair pair, String programme, String title, LocalDate due)
            throws Exception {
        mvc.perform(post("/api/v1/programmes/" + programme + "/activities")
                        .with(user(pair.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + title + "\",\"dueOn\":\"" + due + "\"}"))
                .andExpect(status().isOk());
    }
}
