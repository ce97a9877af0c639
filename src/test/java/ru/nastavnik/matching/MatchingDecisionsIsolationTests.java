package ru.nastavnik.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.CrossTenant;
import ru.nastavnik.Fixtures;
import ru.nastavnik.bank.BankFixtures;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.matching.internal.MatchingDecisions;
import ru.nastavnik.matching.internal.MatchingWishes;
import ru.nastavnik.matching.internal.WishView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * School B's pinned pair and recorded wish: school A's curator can neither add one to B nor remove B's, by B's
 * address or by her own with B's ids (404); B's decision and wish stay.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MatchingDecisionsIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    BankFixtures bankFixtures;

    @Autowired
    MatchingDecisions decisions;

    @Autowired
    MatchingWishes wishes;

    @Test
    void anotherSchoolsDecisionsAndWishesAreNotFound() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, world.schoolB());
        NastavnikPrincipal curatorOfA = fixtures.user(Role.CURATOR, world.schoolA());
        String mentee = bankFixtures
                .aMentee(curatorOfB, world.schoolB(), "Подопечная")
                .named("Анна", "Ивановна")
                .category(MenteeCategory.ON_REQUEST)
                .enter()
                .toString();
        String mentor = bankFixtures
                .aMentor(curatorOfB, world.schoolB(), "Опытная")
                .named("Анна", "Ивановна")
                .enter()
                .toString();
        decisions.decide(curatorOfB, world.schoolB(), PersonId.of(mentee), PersonId.of(mentor), true);
        String decision =
                decisions.decisions(curatorOfB, world.schoolB()).get(0).id().toString();
        String wish = wishes.record(curatorOfB, world.schoolB(), PersonId.of(mentee), PersonId.of(mentor), true)
                .id()
                .toString();
        String b = world.schoolB().toString();
        String a = world.schoolA().toString();
        String api = "/api/v1/organisations/" + b;
        String aApi = "/api/v1/organisations/" + a;
        CrossTenant.refused(
                mvc,
                curatorOfA,
                404,
                List.of(
                        post(api + "/matching-decisions")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"menteeId\":\"" + mentee + "\",\"mentorId\":\"" + mentor
                                        + "\",\"pin\":false}"),
                        delete(api + "/matching-decisions/" + decision),
                        delete(aApi + "/matching-decisions/" + decision),
                        delete(api + "/matching-wishes/" + wish),
                        delete(aApi + "/matching-wishes/" + wish),
                        post("/matching/decisions/" + decision + "/delete")
                                .param("organisation", b)
                                .with(csrf()),
                        post("/matching/decisions/" + decision + "/delete")
                                .param("organisation", a)
                                .with(csrf()),
                        post("/matching/wishes/" + wish + "/delete")
                                .param("organisation", b)
                                .with(csrf()),
                        post("/matching/wishes/" + wish + "/delete")
                                .param("organisation", a)
                                .with(csrf())));
        assertThat(decisions.decisions(curatorOfB, world.schoolB()))
                .singleElement()
                .satisfies(d -> assertThat(d.pin()).isTrue());
        assertThat(wishes.list(curatorOfB, world.schoolB()))
                .extracting(WishView::id)
                .map(Object::toString)
                .containsExactly(wish);
    }
}
