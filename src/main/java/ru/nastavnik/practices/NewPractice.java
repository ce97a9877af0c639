package ru.nastavnik.practices;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/**
 * A proposal as the proposing module hands it over: whose, what, by whom, drawn from what. {@code description}: the
 * title and summary, and whatever sections of the contest's shape the proposer wrote already (a programme knows its
 * goals, content and results); those left empty are written later on the practice's card.
 */
public record NewPractice(
        OrganisationId organisation,
        PracticeDescription description,
        List<PersonId> authors,
        PracticeSourceKind sourceKind,
        UUID sourceId) {

    public NewPractice {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sourceKind, "source kind");
        Objects.requireNonNull(sourceId, "source id");
        authors = authors == null ? List.of() : List.copyOf(authors);
        if (authors.isEmpty() || authors.size() > 20) {
            throw InvalidInputException.of("authors", "practice.authors.invalid");
        }
    }

    /** A proposal of its title and summary only. */
    public NewPractice(
            OrganisationId organisation,
            String title,
            String summary,
            List<PersonId> authors,
            PracticeSourceKind sourceKind,
            UUID sourceId) {
        this(
                organisation,
                new PracticeDescription(title, summary, null, null, null, null, null),
                authors,
                sourceKind,
                sourceId);
    }
}
