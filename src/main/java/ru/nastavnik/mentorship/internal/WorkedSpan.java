package ru.nastavnik.mentorship.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * When a pair worked: from its start (not before its order was registered) through the day before it ended (or its
 * planned end), less its pauses. {@code from} is null for a pair that never started.
 */
record WorkedSpan(LocalDate from, LocalDate until, List<Pause> pauses) {

    WorkedSpan {
        pauses = List.copyOf(pauses);
    }

    boolean worked(LocalDate day) {
        return from != null
                && !day.isBefore(from)
                && !day.isAfter(until)
                && pauses.stream().noneMatch(p -> p.covers(day));
    }
}
