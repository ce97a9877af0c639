package ru.nastavnik.publishing.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.events.internal.EventDetails;
import ru.nastavnik.events.internal.EventManagement;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.publishing.internal.PageVersions;
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A municipality («area-…») with two schools («school-…» is school A), their curators, and what the page cache's
 * tests do to them; {@link #node()} is a second application node: the same database, its own page cache.
 */
@Component
class PublicPageWorld {

    private final Fixtures fixtures;
    private final StaffManagement staff;
    private final ConsentManagement consents;
    private final EventManagement events;
    private final PublicSites sites;
    private final PublicationManagement publications;
    private final PageVersions versions;
    private final WebApplicationContext context;
    private final Filter security;
    private final JdbcTemplate jdbc;
    private final java.time.Clock clock;

    PublicPageWorld(
            Fixtures fixtures,
            StaffManagement staff,
            ConsentManagement consents,
            EventManagement events,
            PublicSites sites,
            PublicationManagement publications,
            PageVersions versions,
            WebApplicationContext context,
            @Qualifier("springSecurityFilterChain") Filter security,
            JdbcTemplate jdbc,
            java.time.Clock clock) {
        this.fixtures = fixtures;
        this.staff = staff;
        this.consents = consents;
        this.events = events;
        this.sites = sites;
        this.publications = publications;
        this.versions = versions;
        this.context = context;
        this.security = security;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record World(
            Fixtures.World orgs,
            NastavnikPrincipal curator,
            NastavnikPrincipal otherCurator,
            String slug,
            String area) {

        String section() {
            return "/o/" + slug + "/nastavnichestvo";
        }

        String areaSection() {
            return "/o/" + area + "/nastavnichestvo";
        }
    }

    World create() {
        Fixtures.World orgs = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, orgs.schoolA());
        NastavnikPrincipal other = fixtures.user(Role.CURATOR, orgs.schoolB());
        sites.choose(curator, orgs.schoolA(), "school-" + orgs.tag());
        sites.choose(
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, orgs.municipality()),
                orgs.municipality(),
                "area-" + orgs.tag());
        return new World(orgs, curator, other, "school-" + orgs.tag(), "area-" + orgs.tag());
    }

    /** Another node of the installation: the same database and code, a page cache of its own. */
    Node node() {
        PublicPageCache cache = new PublicPageCache(1 << 24);
        return new Node(
                MockMvcBuilders.webAppContextSetup(context)
                        .addFilters(security, new PublicPageFilter(versions, cache, clock))
                        .build(),
                cache);
    }

    record Node(MockMvc mvc, PublicPageCache cache) {}

    static String read(MockMvc mvc, String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    PersonId teacher(World world, String lastName) {
        return staff.create(world.curator(), world.orgs().schoolA(), Fixtures.teacher(lastName, "Ольга", "Петровна"))
                .id();
    }

    ConsentId consentToDistribution(World world, PersonId person) {
        return consents.recordGiven(
                        world.curator(),
                        world.orgs().schoolA(),
                        new GiveConsent(
                                person.toString(),
                                ConsentPurpose.PUBLICATION,
                                SchoolToday.date(),
                                null,
                                List.of("новости раздела «Наставничество»"),
                                ru.nastavnik.consent.DistributionScope.everything()))
                .id();
    }

    void withdraw(World world, ConsentId consent) {
        consents.withdraw(world.curator(), world.orgs().schoolA(), consent, SchoolToday.date(), "не хочу");
    }

    PublicationId published(World world, String title, List<PersonId> named) {
        PublicationId id = publications
                .create(
                        world.curator(),
                        world.orgs().schoolA(),
                        new PublicationDraft(title, "<p>" + title + ".</p>", named))
                .publication()
                .id();
        publications.publish(world.curator(), world.orgs().schoolA(), id);
        return id;
    }

    /** An event of the school held ten minutes ago (planning one in the past is refused, so it is moved there). */
    EventId heldEvent(NastavnikPrincipal curator, ru.nastavnik.shared.OrganisationId school, String title) {
        LocalDateTime tomorrow = SchoolToday.date().plusDays(1).atTime(10, 0);
        EventId id = events.plan(
                        curator,
                        school,
                        new EventDetails(
                                EventKind.SEMINAR,
                                null,
                                title,
                                "Обмен опытом наставников",
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
        jdbc.update(
                "update event set starts_at = now() - interval '10 minutes', ends_at = now() + interval '1 hour' where id = ?",
                id.value());
        events.held(curator, id);
        return id;
    }

    long eventVersion(EventId event) {
        return jdbc.queryForObject("select version from event where id = ?", Long.class, event.value());
    }
}
