package ru.nastavnik.bank;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A mentee entering the bank, or their needs updated: the category and the professional needs. */
public record MenteeRequest(
        @NotBlank(message = "{bank.personId.required}") String personId,
        @NotNull(message = "{bank.category.required}") MenteeCategory category,
        @Size(max = 200, message = "{bank.note.tooLong}") String categoryNote,
        List<String> needs,
        @Size(max = 2000, message = "{bank.note.tooLong}") String needsNote) {

    public MenteeRequest {
        needs = needs == null
                ? List.of()
                : needs.stream()
                        .filter(n -> n != null && !n.isBlank())
                        .distinct()
                        .toList();
    }

    /** The same request for this person (an edit's address names her). */
    public MenteeRequest of(ru.nastavnik.people.PersonId person) {
        return new MenteeRequest(person.toString(), category, categoryNote, needs, needsNote);
    }
}
