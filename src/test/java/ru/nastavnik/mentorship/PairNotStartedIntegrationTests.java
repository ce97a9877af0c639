package ru.nastavnik.mentorship;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * A pair whose order is signed but whose first day has not come «начнёт работу …», not «работает» (a new school's
 * review, session 33: pairs from 14.12 were shown at work on 07.12).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PairNotStartedIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PairedSchool school;

    @Autowired
    Mentorships mentorships;

    @Test
    void aPairStartingTomorrowIsShownAsStartingThenNotAsAtWork() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        school.grow(curator, world.schoolA(), List.of("Завтрашняя"));
        MentorshipView pair = mentorships.list(curator, world.schoolA()).get(0);
        school.startByOrder(curator, world.schoolA(), List.of(pair.id()), "77-о", SchoolToday.date());
        String starts = "начнёт работу " + Dates.DATE.format(SchoolToday.date().plusDays(1));

        mvc.perform(get("/mentorship/pairs")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(starts)))
                .andExpect(content().string(not(containsString(">работает<"))));
        mvc.perform(get("/mentorship/pairs/{id}", pair.id()).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(starts)));
    }
}
