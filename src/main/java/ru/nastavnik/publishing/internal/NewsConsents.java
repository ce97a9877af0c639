package ru.nastavnik.publishing.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/**
 * 152-ФЗ art. 10.1 for a news item: everyone it names, and everyone tagged in its photos, needs a valid consent to
 * distribution covering news (photos: a photo) on the section and on every channel the school posts to; otherwise
 * it is not published, and the curator reads who lacks what. Split from {@link PublicationManagement}.
 */
@Component
class NewsConsents {

    private final DistributionCover consents;
    private final ObjectProvider<ShownWithItem> shownWith;

    NewsConsents(DistributionCover consents, ObjectProvider<ShownWithItem> shownWith) {
        this.consents = consents;
        this.shownWith = shownWith;
    }

    void check(Publication publication) {
        List<String> missing = missing(publication);
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("people", "publishing.consent.missing", String.join(", ", missing));
        }
    }

    /**
     * Who the item names or shows in a photo without a valid consent to distribution covering a news item (photos:
     * a photo) on the section and every channel the school posts to, by name with what is lacking, sorted.
     */
    List<String> missing(Publication publication) {
        Map<PersonId, String> named = publication.view().people().stream()
                .filter(p -> !p.hidden())
                .collect(Collectors.toMap(
                        PublicationView.Named::person,
                        PublicationView.Named::name,
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
        Map<PersonId, String> shown = new java.util.LinkedHashMap<>();
        shownWith
                .orderedStream()
                .forEach(s -> s.shown(new PublicationId(publication.id())).forEach(shown::putIfAbsent));
        return consents.lacking(named, DistributionKind.NEWS, shown, consents.channelsOf(publication.organisation()));
    }

    void require(OrganisationId organisation, List<PersonId> people, Map<PersonId, String> names) {
        Map<PersonId, String> named = new java.util.LinkedHashMap<>();
        people.forEach(p -> named.put(p, names.get(p)));
        List<String> missing =
                consents.lacking(named, DistributionKind.NEWS, Map.of(), consents.channelsOf(organisation));
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("people", "publishing.consent.missing", String.join(", ", missing));
        }
    }
}
