package ru.nastavnik.publishing.channels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.ShownWithItem;

/** Who the item's photos show, for the consent check of publishing: only the photos still shown count. */
@Component
class PhotoPeople implements ShownWithItem {

    private final JdbcTemplate jdbc;

    PhotoPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<PersonId, String> shown(PublicationId publication) {
        Map<PersonId, String> shown = new LinkedHashMap<>();
        jdbc.query(
                """
                select pp.person_id, pp.shown_name from publication_photo_person pp join publication_photo f on f.id = pp.photo_id
                where f.publication_id = ? and f.hidden_at is null order by f.position, pp.shown_name""",
                rs -> {
                    shown.putIfAbsent(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2));
                },
                publication.value());
        return shown;
    }

    /** Each photo's people, by photo, for the curator's page. */
    Map<UUID, List<Tagged>> byPhoto(PublicationId publication) {
        Map<UUID, List<Tagged>> found = new LinkedHashMap<>();
        jdbc.query(
                """
                select pp.photo_id, pp.person_id, pp.shown_name from publication_photo_person pp
                join publication_photo f on f.id = pp.photo_id where f.publication_id = ? order by pp.shown_name""",
                rs -> {
                    found.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(new Tagged(new PersonId(rs.getObject(2, UUID.class)), rs.getString(3)));
                },
                publication.value());
        return found;
    }

    /** A person tagged in a photo, with her name as tagged. */
    record Tagged(PersonId person, String name) {}
}
