package ru.nastavnik.mentorship;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.programme.CompletedProgrammes;

/** A mentee whose programme completed has had her need met: she leaves the bank until the curator returns her. */
@SpringBootTest
@AutoConfigureMockMvc
class CompletedMenteesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CompletedProgrammes programmes;

    @Test
    void aMenteeWhoseProgrammeCompletedLeavesTheBankAndIsNeitherWaitingNorMatchedUntilReturned() throws Exception {
        CompletedProgrammes.Completed done = programmes.complete(programmes.inProgress());
        String base = "/api/v1/organisations/" + done.school();
        String mentee = JsonPath.read(
                mvc.perform(get(base + "/mentees").param("includeLeft", "true").with(user(done.curator())))
                        .andExpect(jsonPath("$.content.length()").value(1))
                        .andExpect(jsonPath("$.content[0].leftReason")
                                .value(containsString("программа наставничества завершена")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.content[0].personId");
        mvc.perform(get(base + "/mentees").with(user(done.curator())))
                .andExpect(jsonPath("$.content.length()").value(0));
        mvc.perform(get(base + "/waiting-mentees").with(user(done.curator())))
                .andExpect(jsonPath("$.content.length()").value(0));
        mvc.perform(post(base + "/matching-runs").with(user(done.curator())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.proposals.length()").value(0));
        mvc.perform(get("/bank/mentees").with(user(done.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Вернуть в банк")));

        mvc.perform(post("/bank/mentees/" + mentee + "/return")
                        .param("organisation", done.school().toString())
                        .with(user(done.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/waiting-mentees").with(user(done.curator())))
                .andExpect(jsonPath("$.content.length()").value(1));
        mvc.perform(post(base + "/mentees/" + mentee + "/return").with(user(done.curator())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("уже состоит")));
        mvc.perform(post(base + "/mentees/" + mentee + "/return").with(user(done.stranger())))
                .andExpect(status().isNotFound());
    }
}
