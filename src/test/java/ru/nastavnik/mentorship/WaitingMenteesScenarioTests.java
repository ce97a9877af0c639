package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Listeners;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.bank.BankFixtures;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.consent.ConsentGiven;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentWithdrawn;
import ru.nastavnik.mentorship.internal.PairManagement;
import ru.nastavnik.mentorship.internal.WaitingSearch;
import ru.nastavnik.mentorship.internal.WaitingView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The standing search for mentees left without a mentor, as the bank, consent and the pairs' end reach it: a pair
 * that ends frees its mentor's place, and the curator is told that mentor suits a mentee still waiting; a mentor's
 * consent to the duties starts a search, a consent of another purpose does not.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class WaitingMenteesScenarioTests {

    @Autowired
    BankFixtures bankFixtures;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    PairManagement mentorships;

    @Autowired
    WaitingSearch waiting;

    @Autowired
    BankManagement banks;

    @Autowired
    Listeners listeners;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    Fixtures worlds;

    @Test
    void aPairEndedByTheMenteesWithdrawalFreesHerMentorForAMenteeStillWaiting(Scenario scenario) {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        MentorshipView running = mentorships.get(pair.curator(), pair.mentorship());
        PersonId mentor = running.currentMentors().get(0).personId();
        PersonId mentee = running.members().stream()
                .filter(m -> m.role() == MemberRole.MENTEE)
                .findFirst()
                .orElseThrow()
                .personId();
        PersonId stillWaiting = waitingMentee(pair, "Тихонова");
        // the mentor's one place is taken: nobody is suggested yet
        assertThat(noticesOf(pair, stillWaiting)).isEmpty();

        scenario.publish(new ConsentWithdrawn(
                        pair.school(),
                        new ConsentId(UUID.randomUUID()),
                        mentee,
                        ConsentPurpose.PERSONAL_DATA,
                        SchoolToday.date()))
                .andWaitForStateChange(() -> noticesOf(pair, stillWaiting), notices -> !notices.isEmpty())
                .andVerify(notices -> assertThat(notices)
                        .extracting(WaitingView.NoticeView::mentorId)
                        .containsExactly(mentor));
    }

    /**
     * A mentor with a free place entered before the mentee did (entering a mentee starts no search): her consent to
     * the mentoring duties starts one and the mentee hears of her; a consent of another purpose does not.
     */
    @Test
    void aMentorsDutiesConsentStartsTheSearchAndAConsentOfAnotherPurposeDoesNot(Scenario scenario) {
        Fixtures.World world = worlds.world();
        NastavnikPrincipal curator = worlds.user(Role.CURATOR, world.schoolA());
        PersonId mentor = bankFixtures
                .aMentor(curator, world.schoolA(), "Орлова")
                .consenting(ConsentPurpose.MENTORING_DUTIES)
                .competences("exams")
                .enter();
        listeners.awaitCompletion();
        PersonId mentee = bankFixtures
                .aMentee(curator, world.schoolA(), "Медведева")
                .needs("exams")
                .enter();
        listeners.awaitCompletion();
        assertThat(noticesOf(curator, world.schoolA(), mentee)).isEmpty();

        ConsentGiven personalData = new ConsentGiven(
                world.schoolA(),
                new ConsentId(UUID.randomUUID()),
                mentee,
                ConsentPurpose.PERSONAL_DATA,
                SchoolToday.date());
        scenario.publish(personalData)
                .andWaitForStateChange(
                        () -> registry.findIncompletePublications().stream()
                                .noneMatch(p -> personalData.equals(p.getEvent())),
                        handled -> handled)
                .andVerify(handled ->
                        assertThat(noticesOf(curator, world.schoolA(), mentee)).isEmpty());

        scenario.publish(new ConsentGiven(
                        world.schoolA(),
                        new ConsentId(UUID.randomUUID()),
                        mentor,
                        ConsentPurpose.MENTORING_DUTIES,
                        SchoolToday.date()))
                .andWaitForStateChange(() -> noticesOf(curator, world.schoolA(), mentee), notices -> !notices.isEmpty())
                .andVerify(notices -> assertThat(notices)
                        .extracting(WaitingView.NoticeView::mentorId)
                        .containsExactly(mentor));
    }

    private PersonId waitingMentee(ProgrammeFixtures.ActivePair pair, String lastName) {
        PersonId person = bankFixtures
                .aMentee(pair.curator(), pair.school(), lastName)
                .needs("exams")
                .enter();
        listeners.awaitCompletion();
        return person;
    }

    private List<WaitingView.NoticeView> noticesOf(ProgrammeFixtures.ActivePair pair, PersonId mentee) {
        return noticesOf(pair.curator(), pair.school(), mentee);
    }

    private List<WaitingView.NoticeView> noticesOf(NastavnikPrincipal curator, OrganisationId school, PersonId mentee) {
        return waiting.list(curator, school).stream()
                .filter(w -> w.personId().equals(mentee))
                .flatMap(w -> w.notices().stream())
                .toList();
    }
}
