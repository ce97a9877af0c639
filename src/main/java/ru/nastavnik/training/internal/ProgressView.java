package ru.nastavnik.training.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.training.MentorCourseId;

/** A mentor's way through a course: the steps done, the one to do next ({@code null} once done), when she completed it. */
public record ProgressView(
        MentorCourseId course, PersonId person, Set<UUID> done, int total, UUID next, LocalDate completedOn) {

    public int percent() {
        return total == 0 ? 0 : Math.min(100, done.size() * 100 / total);
    }
}
