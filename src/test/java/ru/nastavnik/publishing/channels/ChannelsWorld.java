package ru.nastavnik.publishing.channels;

import java.io.ByteArrayInputStream;
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
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Two schools of a municipality; school A has an address, a Telegram channel and a VK community set up. */
@Component
class ChannelsWorld {

    static final String BOT_TOKEN = "123456789:AAH-test_token_0123456789abcdefghijk";
    static final String VK_TOKEN = "vk1.a.test-community-token-0123456789abcdefghijklmnop";
    static final String CHAT = "@school_channel";
    static final String GROUP = "123456";

    private final Fixtures fixtures;
    private final PublicSites sites;
    private final ChannelSettings settings;
    private final PublicationManagement publications;
    private final StaffManagement staff;
    private final ConsentManagement consents;
    private final EventManagement events;
    private final PublicationPhotos photos;
    private final PhotoTags tags;
    private final JdbcTemplate jdbc;

    ChannelsWorld(
            Fixtures fixtures,
            PublicSites sites,
            ChannelSettings settings,
            PublicationManagement publications,
            StaffManagement staff,
            ConsentManagement consents,
            EventManagement events,
            PublicationPhotos photos,
            PhotoTags tags,
            JdbcTemplate jdbc) {
        this.events = events;
        this.photos = photos;
        this.tags = tags;
        this.jdbc = jdbc;
        this.fixtures = fixtures;
        this.sites = sites;
        this.settings = settings;
        this.publications = publications;
        this.staff = staff;
        this.consents = consents;
    }

    record World(Fixtures.World orgs, NastavnikPrincipal curator, NastavnikPrincipal otherCurator, String slug) {

        OrganisationId school() {
            return orgs.schoolA();
        }
    }

    World create(boolean withChannels) {
        Fixtures.World orgs = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, orgs.schoolA());
        String slug = "chan-" + orgs.tag();
        sites.choose(curator, orgs.schoolA(), slug);
        if (withChannels) {
            settings.save(curator, orgs.schoolA(), ChannelKind.TELEGRAM, true, CHAT, BOT_TOKEN);
            settings.save(curator, orgs.schoolA(), ChannelKind.VK, true, GROUP, VK_TOKEN);
        }
        return new World(orgs, curator, fixtures.user(Role.CURATOR, orgs.schoolB()), slug);
    }

    PublicationId draft(World w, String title, String body, List<PersonId> people) {
        return publications
                .create(w.curator(), w.school(), new PublicationDraft(title, body, people))
                .publication()
                .id();
    }

    PublicationId published(World w, String title) {
        PublicationId id = draft(w, title, "<p>Семинар наставников «Первый год» прошёл в актовом зале.</p>", List.of());
        publications.publish(w.curator(), w.school(), id);
        return id;
    }

    /** A published item and the photo on it. */
    record Posted(PublicationId item, UUID photo) {}

    /**
     * A published item showing her on its one photo (naming her too when {@code named}), its Telegram post and its VK
     * post sent (as if delivered): what a withdrawal or a narrowing of her consent then finds. She must have consented.
     */
    Posted posted(World w, PersonId person, boolean named) {
        PublicationId id =
                draft(w, "Открытый урок", "<p>Открытый урок наставника.</p>", named ? List.of(person) : List.of());
        PhotoView photo = photos.upload(w.curator(), id, new ByteArrayInputStream(TestImages.png(400, 300)), "a.png");
        tags.tag(w.curator(), id, photo.id(), List.of(person));
        publications.publish(w.curator(), w.school(), id);
        jdbc.update(
                "update publishing_outbox set status = 'SENT', remote_id = '77', remote_link = 'https://t.me/school_channel/77', sent_at = now() where publication_id = ? and kind = 'TELEGRAM'",
                id.value());
        jdbc.update(
                "update publishing_outbox set status = 'SENT', remote_id = '78', remote_link = 'https://vk.com/wall-123456_78', sent_at = now() where publication_id = ? and kind = 'VK'",
                id.value());
        return new Posted(id, photo.id());
    }

    PersonId teacher(World w, String lastName) {
        return staff.create(w.curator(), w.school(), Fixtures.teacher(lastName, "Ольга", "Петровна"))
                .id();
    }

    /** A teacher of another school, created by that school's own curator. */
    PersonId teacherOf(NastavnikPrincipal curator, OrganisationId school, String lastName) {
        return staff.create(curator, school, Fixtures.teacher(lastName, "Ольга", "Петровна"))
                .id();
    }

    ConsentId consent(World w, PersonId person) {
        return consents.recordGiven(
                        w.curator(),
                        w.school(),
                        new GiveConsent(
                                person.toString(),
                                ConsentPurpose.PUBLICATION,
                                SchoolToday.date(),
                                null,
                                List.of("новости раздела «Наставничество»"),
                                ru.nastavnik.consent.DistributionScope.everything()))
                .id();
    }

    void withdraw(World w, ConsentId consent) {
        consents.withdraw(w.curator(), w.school(), consent, SchoolToday.date(), "не хочу");
    }

    /** An event of the school held ten minutes ago (planning one in the past is refused, so it is moved there). */
    EventId heldEvent(World w, String title) {
        LocalDateTime tomorrow = SchoolToday.date().plusDays(1).atTime(10, 0);
        EventId id = events.plan(
                        w.curator(),
                        w.school(),
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
                                List.of(w.school()),
                                List.of(),
                                List.of(new AgendaEntry(
                                        LocalTime.of(10, 0), "Адаптация молодого учителя", null, "Куратор"))))
                .id();
        jdbc.update(
                "update event set starts_at = now() - interval '10 minutes', ends_at = now() + interval '1 hour' where id = ?",
                id.value());
        events.held(w.curator(), id);
        return id;
    }

    /** The municipality's own public page, chosen by its methodologist. */
    String municipalitySection(World w) {
        String slug = "mun-" + w.orgs().tag();
        sites.choose(
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.orgs().municipality()),
                w.orgs().municipality(),
                slug);
        return slug;
    }
}
