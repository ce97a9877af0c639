package ru.nastavnik.consent.web;

import java.util.List;
import ru.nastavnik.consent.internal.FormFormat;
import ru.nastavnik.people.PersonId;

/** The people ticked on the overview to print consent forms for, and the file's format (PDF unless asked). */
record FormsBatch(List<String> person, String format) {

    List<PersonId> people() {
        return person == null ? List.of() : person.stream().map(PersonId::of).toList();
    }

    FormFormat fileFormat() {
        return FormFormat.parse(format == null || format.isBlank() ? "pdf" : format);
    }
}
