package ru.nastavnik.consent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a mentor agrees to for one pair or group (Labour Code art. 351.8): whom — the mentees already in the
 * genitive with their positions («Сидорова Олега Петровича, учителя математики») — in which form and for how long.
 */
public record MentoringTerms(String mentees, String form, LocalDate startsOn, LocalDate endsOn) {

    public MentoringTerms {
        Objects.requireNonNull(mentees, "mentees");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("the term ends before it starts");
        }
    }
}
