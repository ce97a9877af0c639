package ru.nastavnik.events.internal;

import java.time.Instant;
import ru.nastavnik.events.EventId;
import ru.nastavnik.survey.Results;

/** The feedback of an event for its organiser: when it went out, to how many, and the answers summed up. */
public record FeedbackView(EventId event, String eventTitle, Instant sentAt, int sent, Results results) {}
