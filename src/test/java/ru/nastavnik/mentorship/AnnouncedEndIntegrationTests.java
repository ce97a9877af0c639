package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.shared.web.Dates;

/** Labour Code art. 351.8: the employer ends a pair early by an order, which it may issue with the notice. */
@SpringBootTest
@AutoConfigureMockMvc
class AnnouncedEndIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures fixtures;

    @Test
    void aPairWhoseEarlyEndIsAnnouncedForALaterDateCanBePutInTheTerminationOrderAtOnce() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        String base = "/api/v1/organisations/" + pair.school();
        LocalDate due = SchoolToday.date().plusDays(20);
        mvc.perform(post(base + "/mentorships/" + pair.mentorship() + "/terminate")
                        .with(user(pair.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"initiator\":\"EMPLOYER\",\"reason\":\"перевод наставника\",\"effectiveOn\":\""
                                + due + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.terminationDueOn").value(due.toString()));

        mvc.perform(get("/mentorship/pairs").with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pair-" + pair.mentorship() + "\"")));
        mvc.perform(post("/mentorship/orders/termination")
                        .param("organisation", pair.school().toString())
                        .param("mentorshipIds", pair.mentorship().toString())
                        .with(user(pair.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/mentorship/orders?organisation=" + pair.school()));
        String order = JsonPath.read(
                        mvc.perform(get(base + "/orders").with(user(pair.curator())))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.content[?(@.kind == 'TERMINATION')].id")
                .toString()
                .replaceAll("[\\[\\]\"]", "");
        byte[] docx = mvc.perform(get(base + "/orders/" + order + "/document").with(user(pair.curator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains(Dates.DATE.format(due)).contains("перевод наставника");
        }
    }
}
