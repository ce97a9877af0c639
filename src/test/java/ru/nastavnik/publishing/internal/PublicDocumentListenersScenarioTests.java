package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import ru.nastavnik.Listeners;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentWithdrawn;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.people.PersonId;

/**
 * The public documents as consent sees them (issue 14, item 3): a withdrawn consent to distribution comes in after the
 * consent's commit, and her name leaves the order shown with names at once — the other names stay — announced as
 * {@link PublicDocumentChanged} for the document's posts; a withdrawn consent of another purpose changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class PublicDocumentListenersScenarioTests {

    @Autowired
    PublishingWorld worlds;

    @Autowired
    SiteOrders orders;

    @Autowired
    PublicDocuments documents;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    Listeners listeners;

    /** The assignment order № 31-к shown with the names of its pair, both of whom consented to distribution. */
    private record Shown(PublishingWorld.World world, PublicDocumentView document, Named mentee) {}

    private record Named(PersonId person, ConsentId consent) {}

    /** Made before the scenario starts, so that the events it records are the listener's alone. */
    Shown shown;

    @BeforeEach
    void showTheOrderWithNames() {
        shown = shownWithNames();
    }

    @Test
    void aWithdrawnConsentToDistributionHidesHerNameInTheDocumentShownWithNamesAndAnnouncesIt(Scenario scenario) {
        PublishingWorld.World w = shown.world();

        // waited for as committed state (the event is published inside the listener's transaction, before its commit)
        scenario.publish(withdrawn(w, shown.mentee(), ConsentPurpose.PUBLICATION))
                .andWaitForStateChange(() -> shownHtml(), html -> !html.contains("Новикова"))
                .andVerifyEvents(events -> {
                    assertThat(shownHtml()).contains("[имя скрыто]").contains("Выплатова Анна Сергеевна");
                    assertThat(events)
                            .contains(PublicDocumentChanged.class)
                            .matching(changed ->
                                    changed.document().equals(shown.document().id()))
                            .matching(PublicDocumentChanged::organisation, w.school());
                });
    }

    /** Her consent to the mentoring duties is not the consent to distribution: the document keeps her name. */
    @Test
    void aWithdrawnConsentOfAnotherPurposeLeavesTheDocumentAsItWas(Scenario scenario) {
        ConsentWithdrawn duties = withdrawn(shown.world(), shown.mentee(), ConsentPurpose.MENTORING_DUTIES);

        scenario.publish(duties)
                .andWaitForStateChange(
                        () -> registry.findIncompletePublications().stream()
                                .noneMatch(p -> duties.equals(p.getEvent())),
                        handled -> handled)
                .andVerifyEvents(events -> {
                    assertThat(shownHtml())
                            .contains("Выплатова Анна Сергеевна", "Новикова Анна Сергеевна")
                            .doesNotContain("[имя скрыто]");
                    assertThat(events.ofType(PublicDocumentChanged.class)).isEmpty();
                });
    }

    private Shown shownWithNames() {
        PublishingWorld.World w = worlds.create();
        OrderView order = orders.assignment(w);
        listeners.awaitCompletion();
        MentorshipView pair = orders.pair(w);
        PersonId mentor = pair.currentMentors().get(0).personId();
        PersonId mentee = pair.currentMentees().get(0).personId();
        worlds.consentToDistribution(w, mentor);
        ConsentId menteeConsent = worlds.consentToDistribution(w, mentee);
        PublicDocumentView document =
                documents.choose(w.curator(), w.school(), order.id(), DocumentPart.ORDER, DocumentMode.NAMED);
        assertThat(document.html()).contains("Выплатова Анна Сергеевна", "Новикова Анна Сергеевна");
        return new Shown(w, document, new Named(mentee, menteeConsent));
    }

    private String shownHtml() {
        return documents
                .shown(List.of(shown.world().school()), shown.document().id())
                .html();
    }

    private static ConsentWithdrawn withdrawn(PublishingWorld.World w, Named named, ConsentPurpose purpose) {
        return new ConsentWithdrawn(w.school(), named.consent(), named.person(), purpose, SchoolToday.date());
    }
}
