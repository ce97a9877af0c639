package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import ru.nastavnik.monitoring.internal.SystemReviews;
import ru.nastavnik.programme.CompletedProgrammes;
import ru.nastavnik.shared.Role;

/**
 * The names downloads are saved under, now message keys (session 16), are the names the controllers wrote: the
 * payment statement from the page and the API, the system review, the inspection package and a programme activity's
 * calendar file (whose description still ends with the programme's line).
 */
@SpringBootTest
@AutoConfigureMockMvc
class HouseFileNamesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SystemReviews reviews;

    @Autowired
    CompletedProgrammes programmes;

    @Test
    void theSchoolsDownloadsKeepTheirNames() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        var director = fixtures.user(Role.DIRECTOR, world.schoolA());

        assertThat(fileName(get("/mentorship/payments/statement.xlsx")
                        .param("from", "2026-09-01")
                        .param("to", "2026-09-30")
                        .with(user(curator))))
                .isEqualTo("Ведомость выплат за наставничество 2026-09-01 — 2026-09-30.xlsx");
        assertThat(fileName(get("/api/v1/organisations/" + world.schoolA() + "/payment-statement.xlsx")
                        .param("from", "2026-09-01")
                        .param("to", "2026-09-30")
                        .with(user(curator))))
                .isEqualTo("Ведомость выплат 2026-09-01 — 2026-09-30.xlsx");
        String schoolYear = reviews.view(curator, world.schoolA(), 2026).schoolYear();
        assertThat(fileName(get("/monitoring/system-review/document")
                        .param("year", "2026")
                        .with(user(curator))))
                .isEqualTo("Анализ системы наставничества " + schoolYear.replace('/', '-') + ".docx");
        assertThat(fileName(get("/roadmap/package.zip")
                        .param("from", "2026-09-01")
                        .param("to", "2026-09-30")
                        .with(user(director))))
                .isEqualTo("Документы по наставничеству 01.09.2026 — 30.09.2026.zip");
    }

    @Test
    void aProgrammeActivitysCalendarFileKeepsItsNameAndItsProgrammeLine() throws Exception {
        CompletedProgrammes.Completed p = programmes.inProgress();
        String activity = JsonPath.<List<String>>read(
                        mvc.perform(get("/api/v1/programmes/" + p.programme()).with(user(p.mentor())))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.programme.activities[*].id")
                .get(0);
        MockHttpServletResponse ics = mvc.perform(
                        get("/mentorship/programmes/" + p.programme() + "/activities/" + activity + "/calendar.ics")
                                .with(user(p.mentee())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(ContentDisposition.parse(ics.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                        .getFilename())
                .isEqualTo("Мероприятие программы.ics");
        String description = ics.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                .replace("\r\n ", "")
                .lines()
                .filter(l -> l.startsWith("DESCRIPTION"))
                .findFirst()
                .orElseThrow();
        assertThat(description).endsWith("Программа наставничества");
    }

    private String fileName(RequestBuilder request) throws Exception {
        String header = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.CONTENT_DISPOSITION);
        return ContentDisposition.parse(header).getFilename();
    }
}
