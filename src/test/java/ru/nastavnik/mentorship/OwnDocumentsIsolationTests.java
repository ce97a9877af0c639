package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.mentorship.internal.PairManagement;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;

/**
 * A teacher finds on «Мои данные» the signed scans of the registered orders that name her pair and of the consents
 * she signed, and downloads them herself; a colleague outside the pair, a teacher of another school, or the
 * curator finds nothing of them (404).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OwnDocumentsIsolationTests {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PairedSchool school;

    @Autowired
    PairManagement mentorships;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ru.nastavnik.Listeners listeners;

    @Test
    void aTeacherDownloadsTheOrderThatNamesHerPairAndHerOwnConsentScanAndNoOneElses() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        school.grow(curator, world.schoolA(), List.of("Приказная"));
        var pair = mentorships.list(curator, world.schoolA()).get(0);
        var order = school.startByOrder(curator, world.schoolA(), List.of(pair.id()), "9-к", SchoolToday.date());
        var mentor = pair.currentMentors().get(0).personId();
        var teacher = fixtures.user(Role.MENTOR, world.schoolA());
        accounts.link(curator, world.schoolA(), mentor, teacher.getUsername(), true);
        var consent = consents.recordGiven(
                curator,
                world.schoolA(),
                new GiveConsent(
                        mentor.toString(),
                        ConsentPurpose.PUBLICATION,
                        SchoolToday.date().minusDays(1),
                        null,
                        List.of("новости раздела «Наставничество»"),
                        ru.nastavnik.consent.DistributionScope.everything()));
        consents.attachScan(curator, world.schoolA(), consent.id(), new ByteArrayInputStream(PDF), "signed.pdf");

        mvc.perform(get("/consent/my-data").with(user(teacher)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/mentorship/my/orders/" + order.id() + "/scan")))
                .andExpect(content().string(containsString("Приказ № 9-к")))
                .andExpect(content().string(containsString("/consent/my-data/consents/" + consent.id() + "/scan")));
        assertThat(mvc.perform(get("/mentorship/my/orders/" + order.id() + "/scan")
                                .with(user(teacher)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(PDF);
        assertThat(mvc.perform(get("/api/v1/me/consents/" + consent.id() + "/scan")
                                .with(user(teacher)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(PDF);
        mvc.perform(get("/api/v1/me/data").with(user(teacher)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.documents[0].href").value("/mentorship/my/orders/" + order.id() + "/scan"));
        listeners.awaitCompletion();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where subject_id = ? and action = 'DOWNLOAD'",
                        Long.class,
                        order.id()))
                .isPositive();

        // a colleague outside the pair: no order, no consent of another
        var colleague = fixtures.user(Role.MENTOR, world.schoolA());
        var other = staff.create(curator, world.schoolA(), Fixtures.teacher("Посторонняя", "Ирина", "Павловна"))
                .id();
        accounts.link(curator, world.schoolA(), other, colleague.getUsername(), true);
        mvc.perform(get("/consent/my-data").with(user(colleague)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/mentorship/my/orders/"))));
        mvc.perform(get("/mentorship/my/orders/" + order.id() + "/scan").with(user(colleague)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/orders/" + order.id() + "/scan").with(user(colleague)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/consent/my-data/consents/" + consent.id() + "/scan").with(user(colleague)))
                .andExpect(status().isNotFound());
        // a teacher of another school
        var curatorOfB = fixtures.user(Role.CURATOR, world.schoolB());
        var stranger = fixtures.user(Role.MENTOR, world.schoolB());
        var inB = staff.create(curatorOfB, world.schoolB(), Fixtures.teacher("Чужая", "Нина", "Петровна"))
                .id();
        accounts.link(curatorOfB, world.schoolB(), inB, stranger.getUsername(), true);
        for (String route : List.of(
                "/mentorship/my/orders/" + order.id() + "/scan",
                "/api/v1/me/orders/" + order.id() + "/scan",
                "/consent/my-data/consents/" + consent.id() + "/scan",
                "/api/v1/me/consents/" + consent.id() + "/scan")) {
            mvc.perform(get(route).with(user(stranger))).andExpect(status().isNotFound());
        }
        // the curator has no staff record of her own here: nothing of the teacher's
        mvc.perform(get("/api/v1/me/orders/" + order.id() + "/scan").with(user(curator)))
                .andExpect(status().isNotFound());
    }
}
