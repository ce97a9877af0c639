package ru.nastavnik.roadmap.internal;

import java.time.LocalDate;
import ru.nastavnik.people.PersonId;

/** What the curator writes for an activity: its content, deadline (within the school year) and who answers for it. */
public record ActivityEdit(String content, LocalDate deadline, PersonId responsible) {}
