package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Another school's director neither sees a school's holidays nor sets them: as if the school did not exist. */
@SpringBootTest
@AutoConfigureMockMvc
class SchoolHolidaysIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SchoolCalendars calendars;

    @Test
    void anotherSchoolsDirectorIsAnsweredAsIfTheSchoolDidNotExist() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal other = fixtures.user(Role.DIRECTOR, world.schoolB());
        String page = "/organisation/organisations/" + world.schoolA() + "/holidays";
        String api = "/api/v1/organisations/" + world.schoolA() + "/school-holidays";

        mvc.perform(get(page).with(user(other))).andExpect(status().isNotFound());
        mvc.perform(post(page)
                        .with(user(other))
                        .with(csrf())
                        .param("version", "0")
                        .param("periods", "23.02.2027"))
                .andExpect(status().isNotFound());
        mvc.perform(get(api).with(user(other))).andExpect(status().isNotFound());
        mvc.perform(put(api).with(user(other))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"periods\":[{\"from\":\"2027-02-22\",\"to\":\"2027-02-28\"}]}"))
                .andExpect(status().isNotFound());

        assertThat(calendars.holidays(Fixtures.SYSTEM, world.schoolA()).own()).isFalse();
    }
}
