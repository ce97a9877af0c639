package ru.nastavnik.bank;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A mentor entering the bank or updating their profile. A missing capacity takes the organisation's default. */
public record MentorRequest(
        @NotBlank(message = "{bank.personId.required}") String personId,
        List<String> competences,
        @Size(max = 2000, message = "{bank.note.tooLong}") String achievements,
        Integer capacity,
        List<String> preferredForms,
        @Size(max = 500, message = "{bank.note.tooLong}") String availability,
        TrainingStatus trainingStatus,
        Boolean sharedBank) {

    public MentorRequest {
        competences = competences == null
                ? List.of()
                : competences.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .distinct()
                        .toList();
        sharedBank = Boolean.TRUE.equals(sharedBank);
        preferredForms = preferredForms == null
                ? List.of()
                : preferredForms.stream()
                        .filter(f -> f != null && !f.isBlank())
                        .distinct()
                        .toList();
    }

    /** The same profile for this person (an edit's address names her). */
    public MentorRequest of(ru.nastavnik.people.PersonId person) {
        return new MentorRequest(
                person.toString(),
                competences,
                achievements,
                capacity,
                preferredForms,
                availability,
                trainingStatus,
                sharedBank);
    }
}
