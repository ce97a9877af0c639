package ru.nastavnik.events;

import java.util.List;

/** For a school's curator: one event and which of her people answered it and came. */
public record Participation(EventView event, String organiserName, List<ParticipantView> people) {}
