package ru.nastavnik.matching.internal;

import java.util.UUID;
import ru.nastavnik.people.PersonId;

/** A standing pin (always propose) or exclusion (never propose) of a pair. */
public record DecisionView(
        UUID id, PersonId menteeId, String menteeName, PersonId mentorId, String mentorName, boolean pin) {}
