package ru.nastavnik.programme;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.training.MaterialAudience;
import ru.nastavnik.training.MaterialKind;
import ru.nastavnik.training.internal.MaterialDraft;
import ru.nastavnik.training.internal.MaterialManagement;

/** The mentor's cabinet and each activity of the programme suggest the materials on the pair's needs. */
@SpringBootTest
@AutoConfigureMockMvc
class PairMaterialsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    MaterialManagement materials;

    @Autowired
    Programmes programmes;

    private void link(
            NastavnikPrincipal curator,
            ProgrammeFixtures.ActivePair pair,
            String title,
            String topic,
            MaterialAudience audience) {
        materials.publish(
                curator,
                pair.school(),
                MaterialKind.LINK,
                new MaterialDraft(title, null, "https://edu.example.ru/" + topic, List.of(topic), List.of(audience)),
                null,
                null);
    }

    @Test
    void theCabinetAndTheProgrammeSuggestTheMaterialsOnThePairsNeedsForEachSide() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("discipline"));
        link(pair.curator(), pair, "Дисциплина на уроке: приёмы", "discipline", MaterialAudience.MENTORS);
        link(pair.curator(), pair, "Разговор с родителями", "parents", MaterialAudience.MENTORS);
        link(pair.curator(), pair, "Дисциплина: памятка молодому учителю", "discipline", MaterialAudience.MENTEES);

        mvc.perform(get("/mentorship/my").with(user(pair.mentor())))
                .andExpect(content().string(containsString("Дисциплина на уроке: приёмы")))
                .andExpect(content().string(not(containsString("Разговор с родителями"))))
                .andExpect(content().string(not(containsString("памятка молодому учителю"))));
        mvc.perform(get("/mentorship/my").with(user(pair.mentee())))
                .andExpect(content().string(containsString("Дисциплина: памятка молодому учителю")))
                .andExpect(content().string(not(containsString("Дисциплина на уроке: приёмы"))));

        ProgrammeView programme = programmes.create(pair.curator(), pair.mentorship());
        programmes.approve(pair.curator(), programme.id());
        mvc.perform(get("/mentorship/programmes/" + programme.id()).with(user(pair.mentor())))
                .andExpect(content().string(containsString("Дисциплина на уроке: приёмы")))
                .andExpect(content().string(not(containsString("Разговор с родителями"))));
        // another school's pair with the same need is suggested nothing of this school
        ProgrammeFixtures.ActivePair other = fixtures.activePair(List.of("discipline"));
        mvc.perform(get("/mentorship/my").with(user(other.mentor())))
                .andExpect(content().string(not(containsString("Дисциплина на уроке: приёмы"))));
    }
}
