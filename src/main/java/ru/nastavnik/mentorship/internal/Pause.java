package ru.nastavnik.mentorship.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;

/** A pause of a pair's work: from the day it was paused to the day it resumed (open while it lasts). */
@Embeddable
record Pause(
        @Column(name = "paused_on") LocalDate pausedOn,
        @Column(name = "resumed_on") LocalDate resumedOn) {

    boolean covers(LocalDate day) {
        return !day.isBefore(pausedOn) && (resumedOn == null || day.isBefore(resumedOn));
    }

    /** The pair is paused today: a pause begun and undone the same day is replaced, not kept twice. */
    static void begin(List<Pause> pauses, LocalDate today) {
        pauses.removeIf(p -> p.pausedOn().equals(today));
        pauses.add(new Pause(today, null));
    }

    /** The open pause ends today. */
    static void end(List<Pause> pauses, LocalDate today) {
        pauses.replaceAll(p -> p.resumedOn() == null ? new Pause(p.pausedOn(), today) : p);
    }
}
