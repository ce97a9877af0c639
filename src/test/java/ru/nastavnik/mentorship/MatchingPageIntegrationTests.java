package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
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
import ru.nastavnik.StatementCountingDriver;
import ru.nastavnik.bank.BankFixtures;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.matching.Matching;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The matching page in a curator's words: the best distribution, its proof folded, untrained mentors flagged. */
@SpringBootTest
@AutoConfigureMockMvc
class MatchingPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BankFixtures bankFixtures;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Matching matching;

    @Test
    void theRunSaysItIsTheBestDistributionAndFlagsAMentorNotYetTrained() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        bankFixtures
                .aMentor(curator, world.schoolA(), "Необученная")
                .training(TrainingStatus.NOT_TRAINED)
                .enter();
        bankFixtures.aMentee(curator, world.schoolA(), "Новенькая").enter();
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

    @Test
    void thePageReadsTheStaffRecordsOfThePeopleItNamesNotTheWholeStaff() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        bankFixtures.aMentor(curator, world.schoolA(), "Подобранная").enter();
        bankFixtures.aMentee(curator, world.schoolA(), "Ожидающая").enter();
        matching.run(curator, world.schoolA(), null);

        StatementCountingDriver.record();
        String page;
        List<String> statements;
        try {
            page = mvc.perform(get("/matching/runs")
                            .param("organisation", world.schoolA().toString())
                            .with(user(curator)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        } finally {
            statements = StatementCountingDriver.stop();
        }

        assertThat(page).contains("Подобранная", "Ожидающая");
        assertThat(statements)
                .filteredOn(sql -> sql.replaceAll("\\s+", " ").contains("from person "))
                .as("the staff records read: by the ids of the people shown (a school may have a thousand)")
                .isNotEmpty()
                .allMatch(sql -> sql.contains("any("));
    }
}
