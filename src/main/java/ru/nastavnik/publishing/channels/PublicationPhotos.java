package ru.nastavnik.publishing.channels;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.StoredFileId;
import ru.nastavnik.documents.StoredFiles;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.PublicSections;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.publishing.internal.PublicationView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Photos of news items, kept through the documents module's file store after {@link ImageProcessing} (resized,
 * metadata stripped); the public page shows them only while the item is published. Named {@code publicationPhotos}
 * for the public item's template.
 */
@Service("publicationPhotos")
@Transactional
public class PublicationPhotos {

    static final long MAX_UPLOAD = 10L * 1024 * 1024;
    static final int MAX_PER_ITEM = 10;
    private static final String PURPOSE = "publication-photo";

    /** A photo's bytes as served on the public page. */
    public record Served(byte[] bytes, String contentType) {}

    private final JdbcTemplate jdbc;
    private final StoredFiles files;
    private final PublicationManagement publications;
    private final PublicSections sections;
    private final PhotoPeople people;
    private final PhotoTags tags;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicationPhotos(
            JdbcTemplate jdbc,
            StoredFiles files,
            PublicationManagement publications,
            PublicSections sections,
            PhotoPeople people,
            PhotoTags tags,
            ApplicationEventPublisher events,
            Clock clock) {
        this.people = people;
        this.tags = tags;
        this.jdbc = jdbc;
        this.files = files;
        this.publications = publications;
        this.sections = sections;
        this.events = events;
        this.clock = clock;
    }

    public PhotoView upload(NastavnikPrincipal caller, PublicationId publication, InputStream content, String name) {
        PublicationView item = publications.get(caller, publication);
        OrganisationId organisation = item.organisationId();
        Integer count = jdbc.queryForObject(
                "select count(*) from publication_photo where publication_id = ?", Integer.class, publication.value());
        if (count != null && count >= MAX_PER_ITEM) {
            throw InvalidInputException.of("file", "channels.photo.tooMany", MAX_PER_ITEM);
        }
        ImageProcessing.Processed photo = ImageProcessing.normalise(read(content));
        var stored = files.store(
                organisation,
                PURPOSE,
                new ByteArrayInputStream(photo.bytes()),
                "photo." + photo.type().extension(),
                Set.of(FileType.JPEG, FileType.PNG),
                MAX_UPLOAD);
        UUID id = UUID.randomUUID();
        jdbc.update(
                """
                insert into publication_photo (id, publication_id, organisation_id, file_id, content_type, width, height, position, created_at)
                values (?, ?, ?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from publication_photo where publication_id = ?), ?)""",
                id,
                publication.value(),
                organisation.value(),
                stored.id().value(),
                photo.type().contentType(),
                photo.width(),
                photo.height(),
                publication.value(),
                Timestamp.from(clock.instant()));
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.CREATE,
                "PublicationPhoto",
                id,
                "фото к новости " + publication + " (" + photo.width() + "×" + photo.height()
                        + ", метаданные удалены)"));
        publications.photosChanged(caller, publication, true);
        return new PhotoView(id, photo.width(), photo.height());
    }

    /** The curator's view: every photo, with whom it shows and whether it was hidden after a withdrawal. */
    @Transactional(readOnly = true)
    public List<PhotoView> list(NastavnikPrincipal caller, PublicationId publication) {
        publications.get(caller, publication);
        Map<UUID, List<PhotoPeople.Tagged>> tagged = people.byPhoto(publication);
        return jdbc.query(
                "select id, width, height, hidden_at is not null from publication_photo where publication_id = ? order by position",
                (rs, i) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new PhotoView(
                            id,
                            rs.getInt(2),
                            rs.getInt(3),
                            tagged.getOrDefault(id, List.of()).stream()
                                    .map(PhotoPeople.Tagged::name)
                                    .toList(),
                            rs.getBoolean(4));
                },
                publication.value());
    }

    /** Those the item's shown photos show without a valid consent to distribution (the channels' check at send time). */
    @Transactional(readOnly = true)
    public List<String> lackingConsent(PublicationId publication) {
        return tags.lackingConsent(publication);
    }

    /** Whom the item's shown photos show, by name: the channels' check at send time asks their consent per channel. */
    Map<PersonId, String> shownPeople(PublicationId publication) {
        return people.shown(publication);
    }

    public void delete(NastavnikPrincipal caller, PublicationId publication, UUID photo) {
        PublicationView item = publications.get(caller, publication);
        if (jdbc.update("delete from publication_photo where id = ? and publication_id = ?", photo, publication.value())
                == 0) {
            throw new NotFoundException();
        }
        events.publishEvent(new AuditEvent(
                item.organisationId(),
                AuditAction.ARCHIVE,
                "PublicationPhoto",
                photo,
                "фото снято с новости " + publication));
        publications.photosChanged(caller, publication, false);
    }

    /** The photos of an item the caller already may see (the public page has checked it is published); never a hidden one. */
    @Transactional(readOnly = true)
    public List<PhotoView> of(PublicationId publication) {
        return jdbc.query(
                "select id, width, height from publication_photo where publication_id = ? and hidden_at is null order by position",
                (rs, i) -> new PhotoView(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3)),
                publication.value());
    }

    /** A photo on the public page: only of a published item of the section at {@code slug}, else 404. */
    @Transactional(readOnly = true)
    public Served published(String slug, PublicationId publication, UUID photo) {
        PublicationView item = sections.item(slug, publication);
        return jdbc
                .query(
                        "select file_id, content_type from publication_photo where id = ? and publication_id = ? and hidden_at is null",
                        (rs, i) -> new Served(
                                files.read(item.organisationId(), new StoredFileId(rs.getObject(1, UUID.class))),
                                rs.getString(2)),
                        photo,
                        publication.value())
                .stream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** The first photo still shown, sent with the channel post. */
    @Transactional(readOnly = true)
    Optional<Post.Photo> first(PublicationId publication) {
        return jdbc
                .query(
                        "select organisation_id, file_id, content_type, id from publication_photo where publication_id = ? and hidden_at is null order by position limit 1",
                        (rs, i) -> new Post.Photo(
                                rs.getObject(4, UUID.class),
                                files.read(
                                        new OrganisationId(rs.getObject(1, UUID.class)),
                                        new StoredFileId(rs.getObject(2, UUID.class))),
                                rs.getString(3),
                                "photo." + (rs.getString(3).endsWith("png") ? "png" : "jpg")),
                        publication.value())
                .stream()
                .findFirst();
    }

    private static byte[] read(InputStream content) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) MAX_UPLOAD + 1);
            if (bytes.length == 0) {
                throw InvalidInputException.of("file", "channels.photo.empty");
            }
            if (bytes.length > MAX_UPLOAD) {
                throw InvalidInputException.of("file", "channels.photo.tooLarge", MAX_UPLOAD / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
