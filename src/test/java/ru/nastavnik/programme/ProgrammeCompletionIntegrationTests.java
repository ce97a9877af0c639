package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.programme.internal.ProgrammeWork;

/** A programme is not closed at 40 % months before its end by a slip: that takes a confirmation and a reason. */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeCompletionIntegrationTests {

    static final String REASON = "Наставляемая переведена в другую школу";

    @Autowired
    MockMvc mvc;

    @Autowired
    CompletedProgrammes programmes;

    @Autowired
    ProgrammeWork service;

    @Test
    void completingBeforeTheEndWithActivitiesUndoneAsksForConfirmationAndAReasonThatTheDocumentShowsButNotThePractice()
            throws Exception {
        CompletedProgrammes.Completed p = programmes.inProgress();
        String url = "/api/v1/programmes/" + p.programme();
        service.evaluate(p.mentee(), UUID.fromString(p.programme()), "Стала увереннее на уроках");
        service.evaluate(p.mentor(), UUID.fromString(p.programme()), "Цели достигнуты");

        mvc.perform(post(url + "/complete").with(user(p.curator())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("confirmed"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("укажите причину")));
        mvc.perform(post(url + "/complete")
                        .with(user(p.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmed\":true,\"reason\":\" \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/mentorship/programmes/" + p.programme() + "/complete")
                        .with(user(p.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(get(url).with(user(p.curator())))
                .andExpect(jsonPath("$.programme.status").value("IN_PROGRESS"));
        mvc.perform(get("/mentorship/programmes/" + p.programme()).with(user(p.curator())))
                .andExpect(content().string(containsString("id=\"completion-reason\"")));

        mvc.perform(post("/mentorship/programmes/" + p.programme() + "/complete")
                        .param("confirmed", "true")
                        .param("reason", REASON)
                        .with(user(p.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(url).with(user(p.curator())))
                .andExpect(jsonPath("$.programme.status").value("COMPLETED"))
                .andExpect(jsonPath("$.programme.completionNote").value(REASON));
        mvc.perform(get("/mentorship/programmes/" + p.programme()).with(user(p.mentor())))
                .andExpect(content().string(containsString(REASON)));
        mvc.perform(get("/mentorship/programmes")
                        .param("organisation", p.school().toString())
                        .with(user(p.curator())))
                .andExpect(content().string(containsString("досрочно или с невыполненными мероприятиями")));
        byte[] docx = mvc.perform(get(url + "/document").with(user(p.curator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains("Причина: " + REASON).contains("не выполнено");
        }
        // the reason is the school's own record, not part of the practice drafted for publication
        mvc.perform(get(url + "/practice").with(user(p.mentor())))
                .andExpect(jsonPath("$.summary").value(containsString("Выполнено мероприятий плана: 0 из")))
                .andExpect(jsonPath("$.summary").value(not(containsString(REASON))));
    }
}
