package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import ru.nastavnik.Listeners;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderRegistered;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.programme.ProgrammeCompleted;
import ru.nastavnik.publishing.PublicationSource;

/**
 * The drafts the system writes (issue 14, item 3), as mentorship and programme see publishing: an order assigning pairs
 * registered → one draft of counts naming nobody, never a second on a redelivery, none for an order of another kind or
 * one this school has not registered; a programme completed → a draft naming the pair only when every mentor and
 * mentee has a valid consent to distribution, otherwise none. The events come in after their commit, through the
 * publication registry, as in production.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class SystemDraftsScenarioTests {

    private static final LocalDate ORDER_DATE = LocalDate.of(2026, 9, 2);

    @Autowired
    PublishingWorld worlds;

    @Autowired
    SiteOrders orders;

    @Autowired
    PublicationManagement publications;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    Listeners listeners;

    @Test
    void aRegisteredAssignmentOrderIsDraftedOnceAsCountsNamingNobody(Scenario scenario) {
        PublishingWorld.World w = worlds.create();
        OrderView order = orders.draftedAssignment(w);

        scenario.stimulate(() -> orders.registerAssignment(w, order))
                .andWaitForStateChange(() -> drafts(w, PublicationSource.ORDER), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).singleElement().satisfies(d -> {
                    assertThat(d.status()).isEqualTo(PublicationStatus.DRAFT);
                    assertThat(d.sourceId()).isEqualTo(order.id());
                    assertThat(d.title()).isEqualTo("Сформированы наставнические пары");
                    assertThat(d.body())
                            .isEqualTo(
                                    "<p>Приказом № 31-к от 02.09.2026 закреплены наставнические пары (группы): менее трёх."
                                            + " В них наставников — менее трёх, наставляемых — менее трёх.</p>")
                            .doesNotContain("Выплатова", "Новикова");
                    assertThat(d.people()).isEmpty();
                }));

        // the same registration delivered again (after a crash): nothing more is drafted
        OrderRegistered again = new OrderRegistered(w.school(), order.id(), OrderKind.ASSIGNMENT, "31-к", ORDER_DATE);
        scenario.publish(again)
                .andWaitForStateChange(() -> handled(again), handled -> handled)
                .andVerify(handled ->
                        assertThat(drafts(w, PublicationSource.ORDER)).hasSize(1));
    }

    /**
     * The school's assignment order heard as another kind, an order id this school never registered, and another
     * school's event for this school's order: none of them is pairs assigned here, so nothing is drafted.
     */
    @Test
    void anOrderOfAnotherKindOrNotRegisteredHereIsNotDrafted(Scenario scenario) {
        PublishingWorld.World w = worlds.create();
        OrderView order = orders.draftedAssignment(w);

        for (OrderRegistered registered : List.of(
                new OrderRegistered(w.school(), order.id(), OrderKind.ASSIGNMENT, "31-к", ORDER_DATE),
                new OrderRegistered(w.school(), UUID.randomUUID(), OrderKind.ASSIGNMENT, "32-к", ORDER_DATE),
                new OrderRegistered(w.orgs().schoolB(), order.id(), OrderKind.ASSIGNMENT, "33-к", ORDER_DATE),
                new OrderRegistered(w.school(), order.id(), OrderKind.TERMINATION, "34-к", ORDER_DATE))) {
            scenario.publish(registered)
                    .andWaitForStateChange(() -> handled(registered), handled -> handled)
                    .andVerify(handled -> {
                        assertThat(publications.list(w.curator(), w.school())).isEmpty();
                        assertThat(publications.list(w.otherCurator(), w.orgs().schoolB()))
                                .isEmpty();
                    });
        }
    }

    @Test
    void aCompletedProgrammeIsDraftedNamingThePairOnlyOnceBothConsentedToDistribution(Scenario scenario) {
        PublishingWorld.World w = worlds.create();
        orders.assignment(w);
        listeners.awaitCompletion();
        MentorshipView pair = orders.pair(w);
        PersonId mentor = pair.currentMentors().get(0).personId();
        PersonId mentee = pair.currentMentees().get(0).personId();

        // neither consented, then only the mentor: a completion names identifiable people, so no draft at all
        expectNoDraft(scenario, w, completed(w, pair.id()));
        worlds.consentToDistribution(w, mentor);
        expectNoDraft(scenario, w, completed(w, pair.id()));

        worlds.consentToDistribution(w, mentee);
        ProgrammeCompleted completed = completed(w, pair.id());
        scenario.publish(completed)
                .andWaitForStateChange(() -> drafts(w, PublicationSource.PROGRAMME), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).singleElement().satisfies(d -> {
                    assertThat(d.status()).isEqualTo(PublicationStatus.DRAFT);
                    assertThat(d.sourceId()).isEqualTo(completed.programme());
                    assertThat(d.title()).isEqualTo("Завершена программа наставничества");
                    assertThat(d.body())
                            .contains("наставник Выплатова Анна Сергеевна и наставляемый Новикова Анна Сергеевна"
                                    + " завершили персонализированную программу наставничества");
                    assertThat(d.people())
                            .extracting(PublicationView.Named::person)
                            .containsExactlyInAnyOrder(mentor, mentee);
                    assertThat(publications.history(w.curator(), w.school(), d.id()))
                            .extracting(RevisionView::action)
                            .containsExactly("DRAFTED");
                }));
    }

    /** A completion of a pair that is not there (another module's stale id): nothing to name, nothing drafted. */
    @Test
    void aCompletionOfAnUnknownPairIsNotDrafted(Scenario scenario) {
        PublishingWorld.World w = worlds.create();
        expectNoDraft(scenario, w, completed(w, new MentorshipId(UUID.randomUUID())));
    }

    private void expectNoDraft(Scenario scenario, PublishingWorld.World w, ProgrammeCompleted completed) {
        scenario.publish(completed)
                .andWaitForStateChange(() -> handled(completed), handled -> handled)
                .andVerify(handled ->
                        assertThat(drafts(w, PublicationSource.PROGRAMME)).isEmpty());
    }

    private static ProgrammeCompleted completed(PublishingWorld.World w, MentorshipId pair) {
        return new ProgrammeCompleted(w.school(), UUID.randomUUID(), pair);
    }

    /** Every listener of the event is done: the registry holds no incomplete publication of it. */
    private boolean handled(Object event) {
        return registry.findIncompletePublications().stream().noneMatch(p -> event.equals(p.getEvent()));
    }

    private List<PublicationView> drafts(PublishingWorld.World w, PublicationSource source) {
        return publications.list(w.curator(), w.school()).stream()
                .filter(p -> p.sourceKind() == source)
                .toList();
    }
}
