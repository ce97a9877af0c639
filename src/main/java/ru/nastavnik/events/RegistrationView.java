package ru.nastavnik.events;

import java.time.Instant;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** A registration as its organiser, the person's curator and the person herself see it (no name: see {@link ParticipantView}). */
public record RegistrationView(
        EventId event,
        PersonId person,
        OrganisationId school,
        RegistrationStatus status,
        Instant registeredAt,
        boolean attended,
        Instant attendedAt,
        boolean selfCheckedIn) {}
