package ru.nastavnik.publishing.internal;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
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
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A municipality with two schools, their curators, a teacher, a held event: what the publishing tests start from. */
@Component
class PublishingWorld {

    private final Fixtures fixtures;
    private final StaffManagement staff;
    private final ConsentManagement consents;
    private final EventManagement events;
    private final PublicSites sites;
    private final JdbcTemplate jdbc;

    PublishingWorld(
            Fixtures fixtures,
            StaffManagement staff,
            ConsentManagement consents,
            EventManagement events,
            PublicSites sites,
            JdbcTemplate jdbc) {
        this.fixtures = fixtures;
        this.staff = staff;
        this.consents = consents;
        this.events = events;
        this.sites = sites;
        this.jdbc = jdbc;
    }

    record World(Fixtures.World orgs, NastavnikPrincipal curator, NastavnikPrincipal otherCurator, String slug) {

        OrganisationId school() {
            return orgs.schoolA();
        }
    }

    World create() {
        Fixtures.World orgs = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, orgs.schoolA());
        NastavnikPrincipal other = fixtures.user(Role.CURATOR, orgs.schoolB());
        String slug = "school-" + orgs.tag();
        sites.choose(curator, orgs.schoolA(), slug);
        return new World(orgs, curator, other, slug);
    }

    NastavnikPrincipal methodologist(World world) {
        return fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.orgs().municipality());
    }

    PersonId teacher(World world, String lastName) {
        return staff.create(world.curator(), world.school(), Fixtures.teacher(lastName, "Ольга", "Петровна"))
                .id();
    }

    ConsentId consentToDistribution(World world, PersonId person) {
        return consents.recordGiven(
                        world.curator(),
                        world.school(),
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
        consents.withdraw(world.curator(), world.school(), consent, SchoolToday.date(), "не хочу");
    }

    /** An event of the school held ten minutes ago (planning one in the past is refused, so it is moved there). */
    EventId heldEvent(World world, String title) {
        return heldEvent(world.curator(), world.school(), world.school(), title);
    }

    /** An event {@code organiser} held ten minutes ago, {@code invited} asked to it ({@code by}: its organiser). */
    EventId heldEvent(NastavnikPrincipal by, OrganisationId organiser, OrganisationId invited, String title) {
        LocalDateTime tomorrow = SchoolToday.date().plusDays(1).atTime(10, 0);
        EventId id = events.plan(
                        by,
                        organiser,
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
                                List.of(invited),
                                List.of(),
                                List.of(new AgendaEntry(
                                        LocalTime.of(10, 0), "Адаптация молодого учителя", null, "Куратор"))))
                .id();
        jdbc.update(
                "update event set starts_at = now() - interval '10 minutes', ends_at = now() + interval '1 hour' where id = ?",
                id.value());
        events.held(by, id);
        return id;
    }

    UUID milestoneEvidence(OrganisationId school) {
        List<UUID> found = jdbc.queryForList(
                "select evidence_id from roadmap_milestone where organisation_id = ? and milestone = 'PUBLISHED'",
                UUID.class,
                school.value());
        return found.isEmpty() ? null : found.get(0);
    }
}
