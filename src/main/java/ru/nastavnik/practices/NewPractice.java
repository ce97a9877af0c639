package ru.nastavnik.practices;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/** A proposal as the proposing module hands it over: whose, what, by whom, drawn from what. */
public record NewPractice(
        OrganisationId organisation,
        String title,
        String summary,
        List<PersonId> authors,
        PracticeSourceKind sourceKind,
        UUID sourceId) {

    public NewPractice {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(sourceKind, "source kind");
        Objects.requireNonNull(sourceId, "source id");
        title = title == null ? null : title.strip();
        summary = summary == null ? null : summary.strip();
        authors = authors == null ? List.of() : List.copyOf(authors);
        if (title == null || title.isEmpty() || title.length() > 300) {
            throw InvalidInputException.of("title", "practice.title.invalid");
        }
        if (summary == null || summary.isEmpty() || summary.length() > 8000) {
            throw InvalidInputException.of("summary", "practice.summary.invalid");
        }
        if (authors.isEmpty() || authors.size() > 20) {
            throw InvalidInputException.of("authors", "practice.authors.invalid");
        }
    }
}
