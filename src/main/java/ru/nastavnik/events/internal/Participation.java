package ru.nastavnik.events.internal;

import java.util.List;
import ru.nastavnik.events.EventView;
import ru.nastavnik.events.ParticipantView;

/** For a school's curator: one event and which of her people answered it and came. */
public record Participation(EventView event, String organiserName, List<ParticipantView> people) {}
