package ru.nastavnik.shared.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The pages of the banks, the staff, the staff import and the practices take the organisation as a typed id: a
 * malformed one is an organisation that does not exist (404), never a 400, a 500 or the caller's own school instead.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MalformedOrganisationParameterIntegrationTests {

    private static final String BAD = "12345-not-an-id";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void aMalformedOrganisationIsNotFoundOnThePagesThatTakeOne() throws Exception {
        NastavnikPrincipal curator =
                fixtures.user(Role.CURATOR, fixtures.world().schoolA());
        List<AbstractMockHttpServletRequestBuilder<?>> requests = List.of(
                get("/bank/mentees").param("organisation", BAD),
                get("/bank/mentors").param("organisation", BAD),
                get("/bank/mentees/export").param("organisation", BAD),
                post("/bank/mentors/invite").param("organisation", BAD).with(csrf()),
                get("/people/staff").param("organisation", BAD),
                get("/people/staff/new").param("organisation", BAD),
                get("/people/staff/import").param("organisation", BAD),
                get("/people/staff/export").param("organisation", BAD),
                multipart("/people/staff/import")
                        .file(new MockMultipartFile(
                                "file",
                                "staff.csv",
                                "text/csv",
                                "ФИО\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("organisation", BAD)
                        .with(csrf()),
                get("/practices").param("organisation", BAD));
        for (AbstractMockHttpServletRequestBuilder<?> request : requests) {
            mvc.perform(request.with(user(curator))).andExpect(status().isNotFound());
        }
    }
}
