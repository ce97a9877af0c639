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
import ru.nastavnik.Staffroom;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.matching.Matching;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The matching page in a curator's words: the best distribution, its proof folded, untrained mentors flagged. */
@SpringBootTest
@AutoConfigureMockMvc
class MatchingPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staffroom staffroom;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    @Autowired
    BankManagement banks;

    @Autowired
    Matching matching;

    @Test
    void theRunSaysItIsTheBestDistributionAndFlagsAMentorNotYetTrained() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String untrained = person(curator, world, "Необученная");
        banks.saveMentor(
                curator,
                world.schoolA(),
                new MentorRequest(
                        untrained, List.of("parents"), null, 1, List.of(), null, TrainingStatus.NOT_TRAINED, false));
        banks.saveMentee(
                curator,
                world.schoolA(),
                new MenteeRequest(
                        person(curator, world, "Новенькая"),
                        MenteeCategory.YOUNG_SPECIALIST,
                        null,
                        List.of("parents"),
                        null));
        matching.run(curator, world.schoolA(), null);

        mvc.perform(get("/matching/runs")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Это лучшее распределение")))
                .andExpect(content().string(containsString("<summary>Как это проверено</summary>")))
                .andExpect(content().string(containsString("ещё не обучен(а) как наставник")))
                .andExpect(content().string(not(containsString("двойственным сертификатом"))));
    }

    private String person(NastavnikPrincipal curator, Fixtures.World world, String lastName) {
        return staffroom.teacher(curator, world.schoolA(), lastName).toString();
    }
}
