package ru.nastavnik.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A form bound as a record answers a value that does not convert as a parameter did: a malformed typed id is a
 * record that does not exist (404), a malformed date a bad request (400) that names the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormRecordsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void aMalformedTypedIdInAFormIsNotFound() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());

        mvc.perform(post("/roadmap/activities")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", world.schoolA().toString())
                        .param("content", "Взаимопосещение уроков")
                        .param("responsible", "12345-not-an-id"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMalformedDateInAFormIsABadRequestNamingTheField() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());

        mvc.perform(post("/mentorship/pairs")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", world.schoolA().toString())
                        .param("form", "традиционная (один на один)")
                        .param("startsOn", "31.12.2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("«startsOn»")));
    }
}
