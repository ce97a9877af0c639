package ru.nastavnik.events;

import java.time.LocalTime;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.practices.PracticeId;

/**
 * One line of the agenda: when (in the organiser's zone), the topic, and who speaks — a person or free text — and,
 * when a pair presents its practice, that practice.
 */
public record AgendaEntry(LocalTime time, String topic, PersonId speaker, String speakerText, PracticeId practice) {

    public AgendaEntry(LocalTime time, String topic, PersonId speaker, String speakerText) {
        this(time, topic, speaker, speakerText, null);
    }
}
