package ru.nastavnik.events;

import java.time.LocalTime;

import ru.nastavnik.people.PersonId;

/** One line of the agenda: when (in the organiser's zone), the topic, and who speaks — a person or free text. */
public record AgendaEntry(LocalTime time, String topic, PersonId speaker, String speakerText) {
}
