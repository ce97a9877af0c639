package ru.nastavnik.events;

import java.util.List;

/**
 * An event's page: {@code participants} are all registrations for its organiser, only her school's people for a
 * curator, none for others; {@code mine} is the caller's own answer (or null); {@code checkinCode} only for the
 * organiser; {@code speakers} names each agenda line's speaker.
 */
public record EventCard(
        EventView event,
        String organiserName,
        boolean organiser,
        boolean mayAnswer,
        RegistrationView mine,
        List<String> schoolNames,
        List<String> speakers,
        List<ParticipantView> participants,
        String checkinCode) {}
