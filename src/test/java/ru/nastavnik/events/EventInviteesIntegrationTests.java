package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * From the web form an organiser invites people by name (found among the staff of her territory only), all the mentors
 * of her territory at once, and names a speaker by full name, who becomes the person speaking.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventInviteesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventPeople people;

    @Test
    void theFormInvitesNamedPeopleAndAllMentorsOfTheTerritoryAndRecognisesASpeakerByFullName() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.municipality());
        NastavnikPrincipal curatorA = fixtures.user(Role.CURATOR, w.schoolA());
        NastavnikPrincipal curatorB = fixtures.user(Role.CURATOR, w.schoolB());
        String tag = w.tag().replaceAll("[^А-Яа-яЁё]", "");
        EventPeople.Teacher named = people.teacher(curatorA, w.schoolA(), Role.MENTEE, "Приглашённая" + tag);
        EventPeople.Teacher speaker = people.teacher(curatorB, w.schoolB(), Role.MENTEE, "Докладова" + tag);
        EventPeople.Teacher mentorB = people.teacher(curatorB, w.schoolB(), Role.MENTOR, "Наставникова" + tag);

        mvc.perform(get("/events/invitees")
                        .param("organisation", w.municipality().toString())
                        .param("q", "приглашённая" + tag)
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Приглашённая" + tag + " Анна Сергеевна")))
                .andExpect(content().string(containsString(named.person().toString())));
        mvc.perform(get("/api/v1/organisations/" + w.schoolA() + "/event-invitees")
                        .param("q", "Докладова" + tag)
                        .with(user(curatorA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/organisations/" + w.schoolA() + "/event-invitees")
                        .param("q", "Приглашённая" + tag)
                        .with(user(curatorA)))
                .andExpect(jsonPath("$[0].id").value(named.person().toString()));
        mvc.perform(get("/api/v1/organisations/" + w.municipality() + "/event-invitees")
                        .param("q", "Приглашённая")
                        .with(user(curatorA)))
                .andExpect(status().isNotFound());

        // the agenda's 10:00 and 11:00 lie within the hours
        LocalDateTime start = java.time.LocalDate.now().plusDays(8).atTime(10, 0);
        String location = mvc.perform(post("/events")
                        .with(user(methodologist))
                        .with(csrf())
                        .param("organisation", w.municipality().toString())
                        .param("kind", "SEMINAR")
                        .param("title", "Семинар для всех")
                        .param("startsAt", start.toString())
                        .param("endsAt", start.plusHours(2).toString())
                        .param("place", "Зал")
                        .param("allSchools", "true")
                        .param("people", named.person().toString())
                        .param(
                                "agenda",
                                "10:00 | Опыт школы | Докладова" + tag
                                        + " Анна Сергеевна\n11:00 | Вопросы | Гость из вуза"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String event = location.substring(location.lastIndexOf('/') + 1);
        String card = mvc.perform(get("/api/v1/events/" + event).with(user(methodologist)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(card, "$.event.schools"))
                .contains(w.schoolA().toString(), w.schoolB().toString());
        assertThat(JsonPath.<List<String>>read(card, "$.event.people"))
                .containsExactly(named.person().toString());
        assertThat(JsonPath.<String>read(card, "$.event.agenda[0].speaker"))
                .isEqualTo(speaker.person().toString());
        assertThat(JsonPath.<String>read(card, "$.event.agenda[1].speakerText")).isEqualTo("Гость из вуза");

        mvc.perform(post("/api/v1/events/" + event + "/registration").with(user(named.user())))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/events/" + event + "/registration").with(user(mentorB.user())))
                .andExpect(status().isCreated());
        // a speaker of the agenda is invited as one named: she answers and is marked as anyone else
        mvc.perform(post("/api/v1/events/" + event + "/registration").with(user(speaker.user())))
                .andExpect(status().isCreated());

        mvc.perform(get("/events/" + event + "/edit").with(user(methodologist)))
                .andExpect(content().string(containsString("Приглашённая" + tag + " Анна Сергеевна")))
                .andExpect(content().string(containsString("Опыт школы | Докладова" + tag + " Анна Сергеевна")))
                .andExpect(content().string(not(containsString("Наставникова"))));
    }

    @Autowired
    ru.nastavnik.bank.BankManagement banks;

    @Autowired
    ru.nastavnik.consent.ConsentManagement consents;

    /** The mentor bank's filter hands the mentors it found to a new event's form, chosen by name there. */
    @Test
    void theMentorsABankFilterFindsOpenANewEventsFormChosenByName() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        String tag = w.tag().replaceAll("[^А-Яа-яЁё]", "");
        EventPeople.Teacher trained = people.teacher(curator, w.schoolA(), Role.MENTOR, "Обученная" + tag);
        EventPeople.Teacher other = people.teacher(curator, w.schoolA(), Role.MENTOR, "Необученная" + tag);
        for (EventPeople.Teacher t : List.of(trained, other)) {
            for (var purpose : List.of(
                    ru.nastavnik.consent.ConsentPurpose.PERSONAL_DATA,
                    ru.nastavnik.consent.ConsentPurpose.MENTORING_DUTIES)) {
                consents.recordGiven(
                        curator,
                        w.schoolA(),
                        new ru.nastavnik.consent.GiveConsent(
                                t.person().toString(),
                                purpose,
                                SchoolToday.date().minusDays(1),
                                null,
                                null));
            }
        }
        banks.saveMentor(
                curator,
                w.schoolA(),
                new ru.nastavnik.bank.MentorRequest(
                        trained.person().toString(),
                        List.of("parents"),
                        null,
                        1,
                        List.of(),
                        null,
                        ru.nastavnik.bank.TrainingStatus.TRAINED,
                        false));
        banks.saveMentor(
                curator,
                w.schoolA(),
                new ru.nastavnik.bank.MentorRequest(
                        other.person().toString(),
                        List.of("parents"),
                        null,
                        1,
                        List.of(),
                        null,
                        ru.nastavnik.bank.TrainingStatus.NOT_TRAINED,
                        false));

        String next = mvc.perform(post("/bank/mentors/invite")
                        .param("organisation", w.schoolA().toString())
                        .param("training", "TRAINED")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(next).isEqualTo("/events/new?organisation=" + w.schoolA() + "&people=" + trained.person());
        mvc.perform(get(next).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"person-" + trained.person() + "\"")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(containsString("id=\"person-" + other.person() + "\""))));
        mvc.perform(post("/bank/mentors/invite")
                        .param("organisation", w.schoolB().toString())
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }
}
