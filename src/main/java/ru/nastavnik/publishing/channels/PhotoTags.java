package ru.nastavnik.publishing.channels;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.publishing.internal.PublicationStatus;
import ru.nastavnik.publishing.internal.PublicationView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The staff a news photo shows (Civil Code art. 152.1, 152-ФЗ art. 10.1): tagged by the curator, asked for consent to
 * distribution before the item goes public or is sent, and hidden with the photo the moment one of them withdraws it.
 */
@Service
@Transactional
public class PhotoTags {

    private final JdbcTemplate jdbc;
    private final PhotoPeople people;
    private final PublicationManagement publications;
    private final StaffManagement staff;
    private final ConsentCheck consents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PhotoTags(
            JdbcTemplate jdbc,
            PhotoPeople people,
            PublicationManagement publications,
            StaffManagement staff,
            ConsentCheck consents,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.publications = publications;
        this.staff = staff;
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    /** The staff a photo may be tagged with (the item's school's current staff); the list is a read of their names. */
    @Transactional(readOnly = true)
    public List<StaffView> candidates(NastavnikPrincipal caller, PublicationId publication) {
        PublicationView item = publications.get(caller, publication);
        List<StaffView> found = staff.current(caller, item.organisationId());
        events.publishEvent(AuditEvent.ofMany(
                item.organisationId(),
                AuditAction.READ,
                "Person",
                found.stream().map(v -> v.id().value()).toList(),
                "выбор людей на фото к новости"));
        return found;
    }

    /** Whom the photo shows, with each one's consent to distribution and the list's version; a read of their names. */
    @Transactional(readOnly = true)
    public PhotoPeopleView people(NastavnikPrincipal caller, PublicationId publication, UUID photo) {
        PublicationView item = publications.get(caller, publication);
        requirePhoto(publication, photo);
        List<PhotoPeople.Tagged> tagged = people.byPhoto(publication).getOrDefault(photo, List.of());
        Set<PersonId> valid = tagged.isEmpty()
                ? Set.of()
                : consents.coveredFor(
                        tagged.stream().map(PhotoPeople.Tagged::person).toList(),
                        DistributionKind.PHOTOS,
                        Set.of(DistributionChannel.SECTION));
        if (!tagged.isEmpty()) {
            events.publishEvent(AuditEvent.ofMany(
                    item.organisationId(),
                    AuditAction.READ,
                    "Person",
                    tagged.stream().map(t -> t.person().value()).toList(),
                    "люди на фото к новости " + publication));
        }
        Object[] photoRow = jdbc.queryForObject(
                "select hidden_at is not null, people_version from publication_photo where id = ?",
                (rs, i) -> new Object[] {rs.getBoolean(1), rs.getLong(2)},
                photo);
        return new PhotoPeopleView(
                photo,
                (Boolean) photoRow[0],
                tagged.stream()
                        .map(t -> new PhotoPeopleView.Shown(t.person(), t.name(), valid.contains(t.person())))
                        .toList(),
                (Long) photoRow[1]);
    }

    /**
     * The API's replacement of the list: made only on the version the caller read (If-Match; none → 428, another →
     * 412), the photo's row locked so that two writers cannot both pass the check.
     */
    public PhotoPeopleView tag(
            NastavnikPrincipal caller, PublicationId publication, UUID photo, List<PersonId> shown, Long readVersion) {
        publications.get(caller, publication);
        requirePhoto(publication, photo);
        Long current = jdbc.queryForObject(
                "select people_version from publication_photo where id = ? for update", Long.class, photo);
        StaleVersionException.check(readVersion, current == null ? 0 : current);
        tag(caller, publication, photo, shown);
        return people(caller, publication, photo);
    }

    /**
     * Tags the photo with the staff it shows (the list replaces the previous one). On an item already public each of
     * them must have a valid consent to distribution — refused with the Russian list of who lacks it, nothing changed.
     */
    public void tag(NastavnikPrincipal caller, PublicationId publication, UUID photo, List<PersonId> shown) {
        PublicationView item = publications.get(caller, publication);
        requirePhoto(publication, photo);
        List<PersonId> distinct =
                shown == null ? List.of() : shown.stream().distinct().toList();
        Map<PersonId, String> names = new java.util.LinkedHashMap<>();
        if (!distinct.isEmpty()) {
            staff.getAll(caller, item.organisationId(), distinct)
                    .forEach(v -> names.put(v.id(), v.data().fullName()));
        }
        if (item.status() == PublicationStatus.PUBLISHED || item.status() == PublicationStatus.SCHEDULED) {
            List<String> missing = lacking(names);
            if (!missing.isEmpty()) {
                throw InvalidInputException.of(
                        "people", "publishingDrafts.photo.consentMissing", String.join(", ", missing));
            }
        }
        jdbc.update("delete from publication_photo_person where photo_id = ?", photo);
        jdbc.update("update publication_photo set people_version = people_version + 1 where id = ?", photo);
        names.forEach((person, name) -> jdbc.update(
                "insert into publication_photo_person (photo_id, person_id, shown_name) values (?, ?, ?)",
                photo,
                person.value(),
                name));
        events.publishEvent(new AuditEvent(
                item.organisationId(),
                AuditAction.UPDATE,
                "PublicationPhoto",
                photo,
                "отмечены люди на фото к новости " + publication + ": " + names.size() + " чел.",
                names.keySet().stream().map(PersonId::value).toList()));
    }

    /** Those the item's shown photos show without a valid consent to distribution (the channels' check at send time). */
    @Transactional(readOnly = true)
    public List<String> lackingConsent(PublicationId publication) {
        return lacking(people.shown(publication));
    }

    /**
     * 152-ФЗ art. 10.1(12): the person withdrew her consent to distribution — every photo showing her is hidden at once
     * (the public page, the photo's address, the posts sent later); the item keeps the change as a revision, and the
     * posts already sent with it are listed for the curator to delete.
     */
    public void hide(PersonId person) {
        List<Object[]> found = jdbc.query(
                """
                select f.id, f.publication_id, f.organisation_id from publication_photo f
                join publication_photo_person pp on pp.photo_id = f.id where pp.person_id = ? and f.hidden_at is null""",
                (rs, i) -> new Object[] {
                    rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)
                },
                person.value());
        java.util.Set<UUID> items = new java.util.LinkedHashSet<>();
        for (Object[] row : found) {
            jdbc.update(
                    "update publication_photo set hidden_at = ? where id = ?", Timestamp.from(clock.instant()), row[0]);
            items.add((UUID) row[1]);
            events.publishEvent(new AuditEvent(
                    new OrganisationId((UUID) row[2]),
                    AuditAction.RESTRICT,
                    "Person",
                    person.value(),
                    "фото к новости " + row[1] + " скрыто после отзыва согласия на распространение"));
        }
        items.forEach(item -> publications.photoHidden(new PublicationId(item)));
    }

    private List<String> lacking(Map<PersonId, String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        Set<PersonId> valid =
                consents.coveredFor(names.keySet(), DistributionKind.PHOTOS, Set.of(DistributionChannel.SECTION));
        return names.entrySet().stream()
                .filter(e -> !valid.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .sorted()
                .toList();
    }

    private void requirePhoto(PublicationId publication, UUID photo) {
        Integer found = jdbc.queryForObject(
                "select count(*) from publication_photo where id = ? and publication_id = ?",
                Integer.class,
                photo,
                publication.value());
        if (found == null || found == 0) {
            throw new NotFoundException();
        }
    }
}
