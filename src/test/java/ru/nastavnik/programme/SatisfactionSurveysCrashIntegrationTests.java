package ru.nastavnik.programme;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.Listeners;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.PairLookup;
import ru.nastavnik.mentorship.ProgrammeFixtures;

/** An effect of an asynchronous listener is not lost when the node dies between the commit and the listener. */
@SpringBootTest
@AutoConfigureMockMvc
class SatisfactionSurveysCrashIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    PairLookup pairs;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    Listeners listeners;

    @Test
    void questionnairesOfACompletionCommittedBeforeACrashAreSentWhenItsEventIsResubmitted() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        transactions.executeWithoutResult(status -> {
            MentorshipView mentorship = pairs.unnamed(pair.mentorship());
            events.publishEvent(new SatisfactionSurveys.Send(
                    SatisfactionSurveys.Curator.of(pair.curator()),
                    pair.school(),
                    mentorship.current(MemberRole.MENTEE),
                    mentorship.current(MemberRole.MENTOR)));
            crashAfterCommit();
        });
        mvc.perform(get("/api/v1/me/questionnaires").with(user(pair.mentee())))
                .andExpect(jsonPath("$.length()").value(0));

        // what a restart does (republish-outstanding-events-on-restart), for this event only
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof SatisfactionSurveys.Send send
                && send.organisation().equals(pair.school()));
        listeners.awaitCompletion();

        // the registry may record the resubmission a moment after it returns: wait for the effect, not a sleep
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .pollInterval(java.time.Duration.ofMillis(50))
                .untilAsserted(() -> {
                    listeners.awaitCompletion();
                    mvc.perform(get("/api/v1/me/questionnaires").with(user(pair.mentee())))
                            .andExpect(jsonPath("$[0].title").value(Matchers.containsString("анкета наставляемого")));
                });
        mvc.perform(get("/api/v1/me/questionnaires").with(user(pair.mentor())))
                .andExpect(jsonPath("$[0].title").value(Matchers.containsString("анкета наставника")));
    }

    /** The publication commits with the transaction, but the node "dies" before the listener is handed the event. */
    private static void crashAfterCommit() {
        List<TransactionSynchronization> kept = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> !s.getClass().getName().contains("TransactionalApplicationListener"))
                .toList();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.initSynchronization();
        kept.forEach(TransactionSynchronizationManager::registerSynchronization);
    }
}
