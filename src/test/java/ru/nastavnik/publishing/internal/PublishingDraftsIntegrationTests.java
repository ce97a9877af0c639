package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.Listeners;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.DecisionKind;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.events.Events;
import ru.nastavnik.events.ProtocolDetails;
import ru.nastavnik.events.internal.EventDetails;
import ru.nastavnik.events.internal.EventManagement;
import ru.nastavnik.events.internal.OrganiserDocuments;
import ru.nastavnik.events.internal.RoundTableDecisionManagement;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.OrderRegistered;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.practices.PracticeShelf;
import ru.nastavnik.programme.ProgrammeCompleted;
import ru.nastavnik.publishing.PublicationSource;

/**
 * News the system drafts from what happened — a round table's decisions, pairs assigned by a registered order (counts
 * only), a programme completed (only with both sides' consent to distribution) — each a draft, never public by itself,
 * kept with its revision, shown to the curator with its source.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublishingDraftsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    SiteOrders orders;

    @Autowired
    PublicationManagement publications;

    @Autowired
    OrderNews news;

    @Autowired
    EventManagement eventManagement;

    @Autowired
    OrganiserDocuments eventDocuments;

    @Autowired
    Events events;

    @Autowired
    RoundTableDecisionManagement decisions;

    @Autowired
    PracticeShelf shelf;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Listeners listeners;

    @Test
    void aRoundTablesDraftQuotesItsDecisionsDateAndAttendanceAndNamesNobody() throws Exception {
        PublishingWorld.World w = worlds.create();
        PracticeShelf.Shelved practice = shelf.proposed(w.school(), "Наставник на час", "Короткие консультации");
        LocalDateTime tomorrow = SchoolToday.date().plusDays(1).atTime(15, 0);
        EventId id = eventManagement
                .plan(
                        w.curator(),
                        w.school(),
                        new EventDetails(
                                EventKind.ROUND_TABLE,
                                null,
                                "Итоги года наставничества",
                                "Обсуждение практик",
                                tomorrow,
                                tomorrow.plusHours(2),
                                "Библиотека",
                                null,
                                null,
                                List.of(w.school()),
                                List.of(),
                                List.of(new AgendaEntry(LocalTime.of(15, 0), "Практики школы", null, "Куратор"))))
                .id();
        jdbc.update(
                "update event set starts_at = now() - interval '10 minutes', ends_at = now() + interval '1 hour' where id = ?",
                id.value());
        decisions.record(w.curator(), id, DecisionKind.RECOGNISE_BEST, List.of(practice.id()));
        eventDocuments.saveProtocol(
                w.curator(),
                id,
                events.card(w.curator(), id).event().version(),
                new ProtocolDetails(
                        "3",
                        "Смирнова Ольга Петровна",
                        "Белова И. К.",
                        "Доклад куратора",
                        null,
                        "Поручить Смирновой О. П. подготовить методические рекомендации.\nСледующий круглый стол провести в марте."));
        eventManagement.held(w.curator(), id);
        String date = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .format(events.card(w.curator(), id)
                        .event()
                        .startsAt()
                        .atZone(events.card(w.curator(), id).event().zone()));

        Saved drafted = publications.draftFromEvent(w.curator(), w.school(), id);

        PublicationView draft = drafted.publication();
        assertThat(draft.status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(draft.sourceKind()).isEqualTo(PublicationSource.ROUND_TABLE);
        assertThat(draft.title()).isEqualTo("Круглый стол «Итоги года наставничества»: решения");
        assertThat(draft.body())
                .isEqualTo("<p>" + date + " состоялся круглый стол «Итоги года наставничества».</p>"
                        + "<h3>Обсуждали</h3><ul><li>Практики школы</li></ul>"
                        + "<h3>Решения круглого стола</h3><ol>"
                        + "<li>Поручить [имя скрыто] подготовить методические рекомендации.</li>"
                        + "<li>Следующий круглый стол провести в марте.</li>"
                        + "<li>Признать лучшими практики: «Наставник на час».</li></ol>"
                        + "<p>Приняли участие: 0 чел.</p>");
        assertThat(draft.people()).isEmpty();
        assertThat(publications.history(w.curator(), w.school(), draft.id()))
                .extracting(RevisionView::action)
                .containsExactly("DRAFTED");
        mvc.perform(get("/publishing/publications")
                        .param("organisation", w.school().toString())
                        .with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("По решениям круглого стола")));
        mvc.perform(get("/o/" + w.slug() + "/nastavnichestvo/news/" + draft.id()))
                .andExpect(status().isNotFound());
    }

    @Test
    void pairsAssignedByARegisteredOrderAreDraftedByTheSystemOnceAsCountsNamingNobody() throws Exception {
        PublishingWorld.World w = worlds.create();
        OrderView order = orders.assignment(w);
        listeners.awaitCompletion();

        List<PublicationView> drafts = publications.list(w.curator(), w.school());
        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(PublicationStatus.DRAFT);
            assertThat(d.sourceKind()).isEqualTo(PublicationSource.ORDER);
            assertThat(d.sourceId()).isEqualTo(order.id());
            assertThat(d.title()).isEqualTo("Сформированы наставнические пары");
            assertThat(d.body())
                    .isEqualTo("<p>Приказом № 31-к от 02.09.2026 закреплены наставнические пары (группы): менее трёх."
                            + " В них наставников — менее трёх, наставляемых — менее трёх.</p>");
            assertThat(d.people()).isEmpty();
        });
        assertThat(publications.history(w.curator(), w.school(), drafts.get(0).id()))
                .singleElement()
                .satisfies(r -> assertThat(r.by()).isEmpty());

        // delivered again (after a crash): nothing more is drafted
        assertThat(news.draftPairsFormed(
                        new OrderRegistered(w.school(), order.id(), order.kind(), "31-к", LocalDate.of(2026, 9, 2))))
                .isEmpty();
        assertThat(publications.list(w.curator(), w.school())).hasSize(1);
        mvc.perform(get("/publishing/publications")
                        .param("organisation", w.school().toString())
                        .with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("По зарегистрированному приказу")));
    }

    @Test
    void aCompletedProgrammeIsDraftedOnlyWhenBothMentorAndMenteeConsentedToDistribution() throws Exception {
        PublishingWorld.World w = worlds.create();
        orders.assignment(w);
        listeners.awaitCompletion();
        MentorshipView pair = orders.pair(w);
        PersonId mentor = pair.currentMentors().get(0).personId();
        PersonId mentee = pair.currentMentees().get(0).personId();

        complete(w, UUID.randomUUID(), pair);
        assertThat(programmeDrafts(w)).isEmpty();

        worlds.consentToDistribution(w, mentor);
        complete(w, UUID.randomUUID(), pair);
        assertThat(programmeDrafts(w)).isEmpty();

        ConsentId menteeConsent = worlds.consentToDistribution(w, mentee);
        UUID programme = UUID.randomUUID();
        complete(w, programme, pair);
        assertThat(programmeDrafts(w)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(PublicationStatus.DRAFT);
            assertThat(d.sourceId()).isEqualTo(programme);
            assertThat(d.title()).isEqualTo("Завершена программа наставничества");
            assertThat(d.body())
                    .contains("наставник Выплатова Анна Сергеевна и наставляемый Новикова Анна Сергеевна"
                            + " завершили персонализированную программу наставничества");
            assertThat(d.people()).extracting(PublicationView.Named::person).containsExactlyInAnyOrder(mentor, mentee);
        });
        // the same completion heard again drafts nothing more
        complete(w, programme, pair);
        assertThat(programmeDrafts(w)).hasSize(1);

        PublicationView draft = programmeDrafts(w).get(0);
        publications.publish(w.curator(), w.school(), draft.id());
        worlds.withdraw(w, menteeConsent);
        listeners.awaitCompletion();
        assertThat(publications.get(w.curator(), w.school(), draft.id()).body())
                .doesNotContain("Новикова")
                .contains("наставляемый [имя скрыто]");
    }

    private void complete(PublishingWorld.World w, UUID programme, MentorshipView pair) {
        transactions.executeWithoutResult(
                s -> publisher.publishEvent(new ProgrammeCompleted(w.school(), programme, pair.id())));
        listeners.awaitCompletion();
    }

    private List<PublicationView> programmeDrafts(PublishingWorld.World w) {
        return publications.list(w.curator(), w.school()).stream()
                .filter(p -> p.sourceKind() == PublicationSource.PROGRAMME)
                .toList();
    }
}
