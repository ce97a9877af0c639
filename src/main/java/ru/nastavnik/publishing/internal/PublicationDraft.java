package ru.nastavnik.publishing.internal;

import java.util.List;
import ru.nastavnik.people.PersonId;

/** What the curator writes: a title, the text (HTML, sanitised on saving) and the people it names. */
public record PublicationDraft(String title, String body, List<PersonId> people) {

    public PublicationDraft {
        people = people == null ? List.of() : List.copyOf(people);
    }
}
