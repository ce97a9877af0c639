package ru.nastavnik.mentorship.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;

/**
 * A pair or group to form: one mentor with one or more mentees, or several mentors with one mentee. The period
 * of a personalised programme is three months to a year (the 2021 methodological recommendations).
 */
public record NewMentorship(
        List<PersonId> mentors,
        List<PersonId> mentees,
        String form,
        LocalDate startsOn,
        LocalDate endsOn,
        UUID proposalId) {

    public NewMentorship {
        mentors = mentors == null ? List.of() : mentors.stream().distinct().toList();
        mentees = mentees == null ? List.of() : mentees.stream().distinct().toList();
        form = form == null ? null : form.strip();
        if (mentors.isEmpty()) {
            throw InvalidInputException.of("mentors", "mentorship.mentors.required");
        }
        if (mentees.isEmpty()) {
            throw InvalidInputException.of("mentees", "mentorship.mentees.required");
        }
        if (mentors.size() > 1 && mentees.size() > 1) {
            throw InvalidInputException.of("mentors", "mentorship.manyToMany");
        }
        if (mentors.stream().anyMatch(mentees::contains)) {
            throw InvalidInputException.of("mentees", "mentorship.samePerson");
        }
        if (form == null || form.isBlank() || form.length() > 200) {
            throw InvalidInputException.of("form", "mentorship.form.required");
        }
        if (startsOn == null || endsOn == null) {
            throw InvalidInputException.of("startsOn", "mentorship.period.required");
        }
        if (endsOn.isBefore(startsOn.plusMonths(3)) || endsOn.isAfter(startsOn.plusYears(1))) {
            throw InvalidInputException.of("endsOn", "mentorship.period.length");
        }
    }
}
