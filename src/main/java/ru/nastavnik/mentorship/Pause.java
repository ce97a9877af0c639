package ru.nastavnik.mentorship;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A pause of a pair's work: from the day it was paused to the day it resumed (open while it lasts). */
@Embeddable
record Pause(@Column(name = "paused_on") LocalDate pausedOn, @Column(name = "resumed_on") LocalDate resumedOn) {

    boolean covers(LocalDate day) {
        return !day.isBefore(pausedOn) && (resumedOn == null || day.isBefore(resumedOn));
    }
}
