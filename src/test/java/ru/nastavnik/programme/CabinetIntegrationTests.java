package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.bank.BankFixtures;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.practices.PracticeDescription;
import ru.nastavnik.programme.internal.ProgrammePractices;
import ru.nastavnik.shared.Role;

/** The landing page leads each role on: a mentor to her mentees, a mentee to her mentor and programme, a curator on. */
@SpringBootTest
@AutoConfigureMockMvc
class CabinetIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    Fixtures users;

    @Autowired
    Programmes programmes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BankFixtures banks;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    CompletedProgrammes completed;

    @Autowired
    ProgrammePractices practices;

    @Test
    void theLandingPageShowsTheMentorHerMenteesAndTheMenteeHerMentorWithTheirProgramme() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("parents"));
        mvc.perform(get("/").with(user(pair.mentor())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"tile-mentees\""),
                                containsString("Соловьёва Вера Павловна"),
                                containsString("программа ещё не составлена: проект составляет куратор"),
                                containsString("вы дорабатываете его цель, задачи и мероприятия вместе с наставляемым"),
                                containsString("href=\"/mentorship/my\""))));
        ProgrammeView programme = programmes.create(pair.curator(), pair.mentorship());
        programmes.approve(pair.curator(), programme.id());
        mvc.perform(get("/").with(user(pair.mentee())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"tile-my-programme\""),
                                containsString("<a href=\"/mentorship/programmes/" + programme.id()
                                        + "\">Морозова Вера Павловна</a>"),
                                containsString("программа выполнена на 0 %"),
                                not(containsString("tile-choose-mentor")))));
        mvc.perform(get("/mentorship/my").with(user(pair.mentee())))
                .andExpect(content()
                        .string(allOf(
                                containsString("Ваш наставник:"),
                                containsString("Морозова Вера Павловна"),
                                containsString("/mentorship/programmes/" + programme.id()))));
        // a mentee waiting in the bank without a pair is offered to choose a mentor, one not in the bank is not (the
        // choice would refuse her); the curator goes on to the roadmap, not to a cabinet
        mvc.perform(get("/").with(user(pair.stranger())))
                .andExpect(content().string(not(containsString("tile-choose-mentor"))));
        banks.aMentee(
                        pair.curator(),
                        pair.school(),
                        accounts.ownId(pair.stranger()).orElseThrow())
                .enter();
        mvc.perform(get("/").with(user(pair.stranger())))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"tile-choose-mentor\""),
                                not(containsString("tile-my-programme")))));
        mvc.perform(get("/").with(user(pair.curator())))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"tile-roadmap\""),
                                containsString("id=\"tile-pairs\""),
                                not(containsString("tile-mentees")))));
    }

    /**
     * The tester's completed pair: the mentee's home page offered «Выбор наставника», which told her she was not in
     * the bank (the completion took her out), and neither home page led to the finished programme or its practice.
     */
    @Test
    void afterTheProgrammeIsCompletedBothHomePagesLinkItAndItsPracticeAndTheMenteeIsNotOfferedToChooseAMentor()
            throws Exception {
        CompletedProgrammes.Completed p = completed.complete(completed.inProgress());
        String practice = "/mentorship/programmes/" + p.programme() + "#practice";

        for (var who : List.of(p.mentor(), p.mentee())) {
            mvc.perform(get("/").with(user(who)))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString("id=\"tile-finished-programmes\""),
                                    containsString("href=\"" + practice + "\""),
                                    containsString("опыт программы можно предложить как лучшую практику"),
                                    not(containsString("tile-choose-mentor")))));
        }
        mvc.perform(get("/matching/my").with(user(p.mentee())))
                .andExpect(content().string(containsString("Вы не состоите в банке наставляемых")));

        practices.propose(
                p.mentee(),
                UUID.fromString(p.programme()),
                new PracticeDescription("Правила в классе", "Как мы выстроили правила", null, null, null, null, null));
        mvc.perform(get("/").with(user(p.mentor())))
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/mentorship/programmes/" + p.programme() + "\""),
                                containsString("опыт программы предложен как лучшая практика"),
                                not(containsString("можно предложить")))));
    }

    @Test
    void herListOfProgrammesRecordsTheReadOfTheOthersInHerPairsAndNotOfHerself() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("parents"));
        ProgrammeView programme = programmes.create(pair.curator(), pair.mentorship());
        long before = listReads(pair);

        mvc.perform(get("/api/v1/me/programmes").with(user(pair.mentor())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title", containsString("Соловьёва")));

        assertThat(listReads(pair))
                .as("one read record in the pair's school's log")
                .isEqualTo(before + 1);
        List<UUID> named = jdbc.queryForList(
                "select unnest(subject_ids) from audit_entry where organisation_id = ? and actor_id = ?"
                        + " and details = 'в списке своих программ наставничества'",
                UUID.class,
                pair.school().value(),
                pair.mentor().id().value());
        assertThat(named)
                .as("the mentee named to her, not the mentor herself")
                .containsExactly(jdbc.queryForObject(
                        "select person_id from mentorship_member where mentorship_id = ? and role = 'MENTEE'",
                        UUID.class,
                        programme.mentorshipId().value()));
    }

    @Test
    void herCabinetPageRecordsOneReadForItsPairsAndItsProgrammes() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("parents"));
        programmes.create(pair.curator(), pair.mentorship());
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);

        mvc.perform(get("/mentorship/my").with(user(pair.mentor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Соловьёва")));

        assertThat(jdbc.queryForList(
                        "select details from audit_entry where id > ? and actor_id = ? and action = 'READ'",
                        String.class,
                        before,
                        pair.mentor().id().value()))
                .as("one record for the page, not one for its pairs and another for its programmes")
                .containsExactly("в личном кабинете участника пары");
    }

    private long listReads(ProgrammeFixtures.ActivePair pair) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where organisation_id = ? and actor_id = ? and action = 'READ'"
                        + " and details = 'в списке своих программ наставничества'",
                Long.class,
                pair.school().value(),
                pair.mentor().id().value());
    }

    @Test
    void aTeacherWhoseAccountIsLinkedToNoStaffRecordIsToldWhyHerCabinetIsEmpty() throws Exception {
        var mentor = users.user(Role.MENTOR, users.world().schoolA());
        mvc.perform(get("/").with(user(mentor)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"tile-cabinet\""),
                                containsString("не связана с записью в реестре педагогов"))));
    }
}
