package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.events.Events;
import ru.nastavnik.events.ProtocolDetails;
import ru.nastavnik.events.internal.EventDetails;
import ru.nastavnik.events.internal.EventManagement;
import ru.nastavnik.events.internal.OrganiserDocuments;
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.roadmap.internal.ActivityDocuments;
import ru.nastavnik.roadmap.internal.ActivityEvidenceLinks;
import ru.nastavnik.roadmap.internal.ActivityId;
import ru.nastavnik.roadmap.internal.EvidenceDocumentView;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A held event's protocol and a published item as an activity's evidence (issue 17): offered on the activity's page,
 * linked there and through the API, downloaded (the protocol's PDF, the item's page), counted in the roadmap; an event
 * not held or without its protocol, another school's event, a draft item and the same one twice are refused in Russian
 * and nothing is linked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoadmapEvidenceLinksIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RoadmapPlans plans;

    @Autowired
    ActivityDocuments documents;

    @Autowired
    ActivityEvidenceLinks links;

    @Autowired
    EventManagement eventManagement;

    @Autowired
    OrganiserDocuments eventDocuments;

    @Autowired
    Events events;

    @Autowired
    PublicationManagement publications;

    @Autowired
    PublicSites sites;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aHeldEventsProtocolAndAPublishedItemShowTheActivityDone() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        var activity = activity(curator, world.schoolA());
        EventId held = event(curator, world.schoolA(), "Семинар наставников", true, true);
        EventId noProtocol = event(curator, world.schoolA(), "Семинар без протокола", false, true);
        EventId planned = event(curator, world.schoolA(), "Будущий семинар", false, false);
        NastavnikPrincipal other = fixtures.user(Role.CURATOR, world.schoolB());
        EventId elsewhere = event(other, world.schoolB(), "Чужой семинар", true, true);
        sites.choose(curator, world.schoolA(), "school-" + world.tag());
        PublicationId published = publications
                .create(
                        curator,
                        world.schoolA(),
                        new PublicationDraft("Наставничество в школе", "<p>Итоги года</p>", List.of()))
                .publication()
                .id();
        publications.publish(curator, world.schoolA(), published);
        PublicationId draft = publications
                .create(curator, world.schoolA(), new PublicationDraft("Черновик", "<p>Ещё нет</p>", List.of()))
                .publication()
                .id();

        assertThat(links.linkableProtocols(curator, activity))
                .extracting(e -> e.id())
                .containsExactly(held);
        assertThat(links.linkablePublications(curator, activity))
                .extracting(PublishedEvidence.Published::id)
                .containsExactly(published.value());
        mvc.perform(get("/roadmap/activities/" + activity).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"link-protocol\"")))
                .andExpect(content().string(containsString("id=\"link-publication\"")))
                .andExpect(content().string(containsString("Семинар наставников")))
                .andExpect(content().string(containsString("Наставничество в школе")));

        for (EventId refused : List.of(noProtocol, planned)) {
            assertThatThrownBy(() -> links.linkProtocol(curator, activity, refused.value(), null))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).messageKey())
                                    .isEqualTo("roadmapEvidence.protocol.notHeld"));
        }
        String api = "/api/v1/organisations/" + world.schoolA() + "/roadmap/activities/" + activity + "/documents";
        mvc.perform(post(api + "/link-protocol")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"event\":\"" + elsewhere.value() + "\"}")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("провела сама школа")));
        mvc.perform(post(api + "/link-publication")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"publication\":\"" + draft.value() + "\"}")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("сейчас опубликована")));
        assertThat(documents.list(curator, activity)).isEmpty();

        mvc.perform(post("/roadmap/activities/" + activity + "/documents/link-protocol")
                        .param("event", held.value().toString())
                        .with(csrf())
                        .with(user(curator)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(api + "/link-publication")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"publication\":\"" + published.value() + "\"}")
                        .with(user(curator)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("PUBLICATION"))
                .andExpect(jsonPath("$.title").value(containsString("«Наставничество в школе»")));
        assertThatThrownBy(() -> links.linkProtocol(curator, activity, held.value(), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("roadmapEvidence.protocol.linked"));
        assertThatThrownBy(() -> links.linkPublication(curator, activity, published.value(), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("roadmapEvidence.publication.linked"));

        List<EvidenceDocumentView> linked = documents.list(curator, activity);
        assertThat(linked)
                .extracting(EvidenceDocumentView::source)
                .containsExactlyInAnyOrder(
                        EvidenceDocumentView.Source.PROTOCOL, EvidenceDocumentView.Source.PUBLICATION);
        EvidenceDocumentView protocol = linked.stream()
                .filter(d -> d.source() == EvidenceDocumentView.Source.PROTOCOL)
                .findFirst()
                .orElseThrow();
        assertThat(protocol.title()).startsWith("Протокол № 5 от ").endsWith("«Семинар наставников»");
        assertThat(protocol.event()).isEqualTo(held.value());
        byte[] pdf = mvc.perform(get(api + "/" + protocol.id()).with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        EvidenceDocumentView item = linked.stream()
                .filter(d -> d.source() == EvidenceDocumentView.Source.PUBLICATION)
                .findFirst()
                .orElseThrow();
        mvc.perform(get("/roadmap/activities/" + activity + "/documents/" + item.id())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Наставничество в школе</h1>")))
                .andExpect(content().string(containsString("<p>Итоги года</p>")));
        // an attached document shows the activity done
        var plan = plans.plan(curator, world.schoolA(), null).orElseThrow();
        assertThat(plan.stages().stream()
                        .flatMap(s -> s.activities().stream())
                        .filter(a -> a.id().equals(activity.value()))
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(ActivityStatus.DONE);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where organisation_id = ? and subject_type = "
                                + "'RoadmapActivity' and details like '%привязан%'",
                        Long.class, world.schoolA().value()))
                .isEqualTo(2);
    }

    /** The API's link bodies bind the ids typed, as the pages do: a malformed one is a 400 naming its field. */
    @Test
    void aMalformedIdInALinksBodyIsRefusedInRussianNamingItsField() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        var activity = activity(curator, world.schoolA());
        String api = "/api/v1/organisations/" + world.schoolA() + "/roadmap/activities/" + activity + "/documents";
        for (String[] link :
                List.of(new String[] {"/link", "order"}, new String[] {"/link-protocol", "event"}, new String[] {
                    "/link-publication", "publication"
                })) {
            mvc.perform(post(api + link[0])
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"" + link[1] + "\":\"не-идентификатор\"}")
                            .with(user(curator)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(link[1]))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("«" + link[1] + "»")));
        }
        assertThat(documents.list(curator, activity)).isEmpty();
    }

    private ActivityId activity(NastavnikPrincipal curator, OrganisationId school) {
        return new ActivityId(plans.plan(curator, school, null)
                .orElseThrow()
                .stages()
                .get(0)
                .activities()
                .get(0)
                .id());
    }

    /** An event of the school, moved into the past (planning one there is refused), with its protocol and held if asked. */
    private EventId event(
            NastavnikPrincipal curator, OrganisationId school, String title, boolean protocol, boolean held) {
        LocalDateTime tomorrow = SchoolToday.date().plusDays(1).atTime(10, 0);
        EventId id = eventManagement
                .plan(
                        curator,
                        school,
                        new EventDetails(
                                EventKind.SEMINAR,
                                null,
                                title,
                                "Обмен опытом",
                                tomorrow,
                                tomorrow.plusHours(2),
                                "Актовый зал",
                                null,
                                null,
                                List.of(school),
                                List.of(),
                                List.of(new AgendaEntry(
                                        LocalTime.of(10, 0), "Адаптация молодого учителя", null, "Куратор"))))
                .id();
        if (!held) {
            return id;
        }
        jdbc.update(
                "update event set starts_at = now() - interval '10 minutes', ends_at = now() + interval '1 hour' where id = ?",
                id.value());
        if (protocol) {
            eventDocuments.saveProtocol(
                    curator,
                    id,
                    events.card(curator, id).event().version(),
                    new ProtocolDetails(
                            "5",
                            "Смирнова Ольга Петровна",
                            "Белова И. К.",
                            "Доклад куратора",
                            null,
                            "Продолжить работу."));
        }
        eventManagement.held(curator, id);
        return id;
    }
}
