package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.CrossTenant;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Listeners;
import ru.nastavnik.bank.BankFixtures;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.mentorship.internal.SupportKind;
import ru.nastavnik.mentorship.internal.WaitingSearch;
import ru.nastavnik.mentorship.internal.WaitingView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A mentee of school B waiting for a mentor, with the support given meanwhile and the notice of a mentor found:
 * school A's curator can neither end the support nor mark the notice seen, by B's address or by her own (404).
 */
@SpringBootTest
@AutoConfigureMockMvc
class WaitingSupportIsolationTests {

    @Autowired
    BankFixtures bankFixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    BankManagement banks;

    @Autowired
    WaitingSearch waiting;

    @Autowired
    Listeners listeners;

    @Test
    void anotherSchoolsSupportAndNoticeAreNotFound() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, world.schoolB());
        NastavnikPrincipal curatorOfA = fixtures.user(Role.CURATOR, world.schoolA());
        PersonId mentee = bankFixtures
                .aMentee(curatorOfB, world.schoolB(), "Ожидающая")
                .needs("exams")
                .enter();
        waiting.assignSupport(curatorOfB, world.schoolB(), mentee, SupportKind.GROUP, "методобъединение");
        PersonId mentor = bankFixtures
                .aMentor(curatorOfB, world.schoolB(), "Найденная")
                .consenting(ConsentPurpose.MENTORING_DUTIES)
                .competences("exams")
                .enter();
        listeners.awaitCompletion();
        WaitingView before = waitingOf(curatorOfB, world, mentee);
        String support = before.supports().get(0).id().toString();
        String notice = before.notices().get(0).id().toString();
        String b = world.schoolB().toString();
        String a = world.schoolA().toString();
        CrossTenant.refused(
                mvc,
                curatorOfA,
                404,
                List.of(
                        post("/mentorship/supports/" + support + "/end")
                                .param("organisation", b)
                                .with(csrf()),
                        post("/mentorship/supports/" + support + "/end")
                                .param("organisation", a)
                                .with(csrf()),
                        post("/mentorship/notices/" + notice + "/seen")
                                .param("organisation", b)
                                .with(csrf()),
                        post("/mentorship/notices/" + notice + "/seen")
                                .param("organisation", a)
                                .with(csrf()),
                        post("/api/v1/organisations/" + b + "/supports/" + support + "/end"),
                        post("/api/v1/organisations/" + a + "/supports/" + support + "/end"),
                        post("/api/v1/organisations/" + b + "/notices/" + notice + "/seen"),
                        post("/api/v1/organisations/" + a + "/notices/" + notice + "/seen")));
        WaitingView after = waitingOf(curatorOfB, world, mentee);
        assertThat(after.supports())
                .singleElement()
                .satisfies(s -> assertThat(s.endedOn()).isNull());
        assertThat(after.notices())
                .extracting(WaitingView.NoticeView::id)
                .map(Object::toString)
                .containsExactly(notice);
    }

    private WaitingView waitingOf(NastavnikPrincipal curator, Fixtures.World world, PersonId mentee) {
        return waiting.list(curator, world.schoolB()).stream()
                .filter(w -> w.personId().equals(mentee))
                .findFirst()
                .orElseThrow();
    }
}
