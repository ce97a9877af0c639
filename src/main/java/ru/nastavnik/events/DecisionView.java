package ru.nastavnik.events;

import java.time.Instant;
import ru.nastavnik.practices.PracticeId;

/** A round table's decision on one practice, with the practice's title as it is now. */
public record DecisionView(DecisionKind kind, PracticeId practice, String title, Instant recordedAt) {}
