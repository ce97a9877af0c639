package ru.nastavnik;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.stereotype.Component;

/**
 * The asynchronous listeners ({@code @ApplicationModuleListener}) finish after the request that published their
 * event: a test that observes their effect waits here until every stored publication is done, instead of sleeping.
 */
@Component
public class Listeners {

    private static final List<Status> UNDER_WAY = List.of(Status.PUBLISHED, Status.PROCESSING, Status.RESUBMITTED);

    private final EventPublicationRepository publications;

    Listeners(EventPublicationRepository publications) {
        this.publications = publications;
    }

    /** Returns when no event published so far waits for or runs in a listener. */
    public void awaitCompletion() {
        try {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> UNDER_WAY.stream()
                                    .mapToInt(publications::countByStatus)
                                    .sum()
                            == 0);
        } catch (org.awaitility.core.ConditionTimeoutException stuck) {
            // which listener holds the wait, and since when: a timeout alone says nothing of it
            throw new AssertionError(
                    "event publications still under way after 30 s: "
                            + publications.findIncompletePublications().stream()
                                    .map(p -> p.getStatus() + " " + p.getTargetIdentifier() + " "
                                            + p.getEvent().getClass().getSimpleName() + " published "
                                            + p.getPublicationDate() + " attempts " + p.getCompletionAttempts())
                                    .toList(),
                    stuck);
        }
    }
}
