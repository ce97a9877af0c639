package ru.nastavnik.publishing.channels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.DistributionCover;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.shared.PublicBaseUrl;

/**
 * Makes a post of a news item at the moment it is sent, never earlier: a name hidden since the item was published
 * is hidden in the post too, and the module's consent rule is asked again — a person named without a valid consent
 * to distribution (152-ФЗ art. 10.1) stops the post, listing who lacks it.
 */
@Component
class PostComposer {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** The item is no longer public (or never had an address): the post is cancelled, not failed. */
    static final class NotPublic extends RuntimeException {
        NotPublic() {
            super(null, null, false, false);
        }
    }

    private final JdbcTemplate jdbc;
    private final DistributionCover consents;
    private final PublicationPhotos photos;
    private final PublicBaseUrl baseUrl;
    private final MessageSource messages;

    PostComposer(
            JdbcTemplate jdbc,
            DistributionCover consents,
            PublicationPhotos photos,
            PublicBaseUrl baseUrl,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.photos = photos;
        this.baseUrl = baseUrl;
        this.messages = messages;
    }

    /** The post for one channel: everyone in it must be covered for that resource (a news item; a photo). */
    Post compose(PublicationId id, ChannelKind channel) {
        List<Item> found =
                jdbc.query("""
                select p.title, p.body, s.slug from publication p join publishing_site s on s.organisation_id = p.organisation_id
                where p.id = ? and p.status = 'PUBLISHED'""", (rs, i) -> new Item(rs.getString(1), rs.getString(2), rs.getString(3)), id.value());
        if (found.isEmpty()) {
            throw new NotPublic();
        }
        Item item = found.get(0);
        Map<PersonId, String> named = new LinkedHashMap<>();
        jdbc.query(
                "select person_id, shown_name from publication_person where publication_id = ? and not hidden",
                rs -> {
                    named.put(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2));
                },
                id.value());
        // those in its photos too (Civil Code art. 152.1): a photo is sent only with their consent to distribution
        List<String> missing = consents.lacking(
                named,
                DistributionKind.NEWS,
                photos.shownPeople(id),
                Set.of(DistributionChannel.valueOf(channel.name())));
        if (!missing.isEmpty()) {
            throw ChannelFailure.permanent("channels.error.consent", String.join(", ", missing));
        }
        return new Post(
                item.title(),
                PlainText.of(item.body()),
                messages.getMessage("channels.post.more", null, RUSSIAN),
                baseUrl.of("/o/" + item.slug() + "/nastavnichestvo/news/" + id),
                photos.first(id).orElse(null));
    }

    private record Item(String title, String body, String slug) {}
}
